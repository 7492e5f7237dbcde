// Failed sign-ins counted per account (and per client address when a trusted proxy header
// names it), in the database so every app instance shares the count. Per account, not per
// address alone: a whole class behind one school NAT must still be able to sign in.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { getDb } from '@/lib/db';

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const SIGN_IN_MAX_FAILURES = 10;

function keyFor(email: string, clientAddress: string | null): string {
  return `gleaner-sign-in:${email}:${clientAddress ?? '*'}`;
}

/**
 * Anyone: how many seconds until this account (from this address) may try again — 0 when it
 * has not failed too often recently. The window starts at the first failure and is not
 * extended by refused tries, so the answer is also the HTTP Retry-After.
 */
export async function getSignInRetryAfterSeconds(email: string, clientAddress: string | null, now = Date.now()): Promise<number> {
  const db = await getDb();
  const row = await db.rateLimit.findUnique({ where: { key: keyFor(email, clientAddress) }, select: { count: true, lastRequest: true } });
  if (!row || row.count < SIGN_IN_MAX_FAILURES) return 0;
  const remaining = Number(row.lastRequest) + SIGN_IN_WINDOW_MS - now;
  return remaining > 0 ? Math.ceil(remaining / 1000) : 0;
}

export async function recordSignInFailure(email: string, clientAddress: string | null, now = Date.now()): Promise<void> {
  const db = await getDb();
  const key = keyFor(email, clientAddress);
  await db.$transaction(async (tx) => {
    const row = await tx.rateLimit.findUnique({ where: { key }, select: { count: true, lastRequest: true } });
    const expired = !row || now - Number(row.lastRequest) >= SIGN_IN_WINDOW_MS;
    await tx.rateLimit.upsert({
      where: { key },
      create: { id: randomUUID(), key, count: 1, lastRequest: BigInt(now) },
      update: expired ? { count: 1, lastRequest: BigInt(now) } : { count: { increment: 1 } },
    });
  });
}

export async function clearSignInFailures(email: string, clientAddress: string | null): Promise<void> {
  const db = await getDb();
  await db.rateLimit.deleteMany({ where: { key: keyFor(email, clientAddress) } });
}
