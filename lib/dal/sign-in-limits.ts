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

/** Anyone: true when this account (from this address) has failed too often recently. */
export async function isSignInBlocked(email: string, clientAddress: string | null, now = Date.now()): Promise<boolean> {
  const db = await getDb();
  const row = await db.rateLimit.findUnique({ where: { key: keyFor(email, clientAddress) }, select: { count: true, lastRequest: true } });
  if (!row) return false;
  return now - Number(row.lastRequest) < SIGN_IN_WINDOW_MS && row.count >= SIGN_IN_MAX_FAILURES;
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
