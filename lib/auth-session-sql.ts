// The viewer of a request with a valid, current session, read with one SQL statement.
//
// Why: every page and action asks who the viewer is, and better-auth's getSession runs two
// Prisma query-builder calls (session, then user) that Prisma 6 compiles in WebAssembly each
// time — about 7 % of the quiz page's CPU profile (README, Performance). This reads the same
// rows in one raw statement.
//
// It only ever answers the plain case: a correctly signed session cookie whose session exists,
// has not expired, needs no refresh yet and is inside the absolute limit. Anything else —
// no cookie, a bad signature, an unknown or expired session, a session due for its sliding
// refresh, "don't remember me", a cookie-cache cookie — returns `undefined`, and the caller
// asks better-auth, which does the refresh, the clean-up and the cookie writes as before.
// The signature check is better-call's (HMAC-SHA256 of the token with the auth secret,
// base64, after the last "."), compared in constant time.
import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Auth } from './auth-server';
import { getDb } from './db';

export interface SessionViewerRow {
  userId: string;
  name: string;
  email: string;
  role: string | null;
  expiresAt: Date;
  createdAt: Date;
}

export interface SessionRules {
  idleSeconds: number;
  updateAgeSeconds: number;
  absoluteSeconds: number;
}

/** One cookie's value from a Cookie header, URL-decoded as better-call decodes it; null if absent. */
export function readCookie(cookieHeader: string, name: string): string | null {
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1 || part.slice(0, eq).trim() !== name) continue;
    const raw = part.slice(eq + 1).trim();
    try {
      return raw.includes('%') ? decodeURIComponent(raw) : raw;
    } catch {
      return null;
    }
  }
  return null;
}

/** The token of a signed cookie value `token.signature`, or null when the signature is not ours. */
export function verifySignedToken(value: string, secret: string): string | null {
  const dot = value.lastIndexOf('.');
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const signature = value.slice(dot + 1);
  if (signature.length !== 44 || !signature.endsWith('=')) return null;
  const expected = createHmac('sha256', secret).update(token).digest();
  const given = Buffer.from(signature, 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected) ? token : null;
}

/** Whether the fast path may answer for this session row at `now` (else better-auth decides). */
export function isPlainCurrentSession(row: SessionViewerRow, rules: SessionRules, now: number): boolean {
  const expiresAt = row.expiresAt.getTime();
  if (!(expiresAt > now)) return false;
  // better-auth slides the expiry once updateAge has passed since the last slide.
  if (expiresAt - rules.idleSeconds * 1000 + rules.updateAgeSeconds * 1000 <= now) return false;
  return now - row.createdAt.getTime() <= rules.absoluteSeconds * 1000;
}

/**
 * The signed-in user for these request headers when the session is plainly current, or
 * undefined when better-auth must decide (see the top of this file).
 */
export async function readSessionViewer(auth: Auth, requestHeaders: Headers, rules: SessionRules, now = Date.now()): Promise<SessionViewerRow | undefined> {
  const cookieHeader = requestHeaders.get('cookie');
  if (!cookieHeader) return undefined;
  const context = await auth.$context;
  const cookies = context.authCookies;
  // Cookie-cache data or "don't remember me" need better-auth's own handling.
  if (cookieHeader.includes(cookies.sessionData.name) || cookieHeader.includes(cookies.dontRememberToken.name)) return undefined;
  const value = readCookie(cookieHeader, cookies.sessionToken.name);
  const token = value && verifySignedToken(value, context.secret);
  if (!token) return undefined;
  const db = await getDb();
  const rows = await db.$queryRaw<SessionViewerRow[]>`
    SELECT u."id" AS "userId", u."name", u."email", u."role", s."expiresAt", s."createdAt"
    FROM "session" s JOIN "user" u ON u."id" = s."userId"
    WHERE s."token" = ${token}`;
  const row = rows[0];
  return row && isPlainCurrentSession(row, rules, now) ? row : undefined;
}
