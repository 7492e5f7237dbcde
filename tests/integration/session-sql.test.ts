// The one-statement session read against a real database and a real better-auth sign-up: it
// finds the user of a fresh session, and leaves every other case to better-auth.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAuth, SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS, SESSION_UPDATE_AGE_SECONDS } from '@/lib/auth-server';
import { readSessionViewer } from '@/lib/auth-session-sql';
import { disconnectDb, getDb, type Db } from '@/lib/db';

const RULES = { idleSeconds: SESSION_IDLE_SECONDS, updateAgeSeconds: SESSION_UPDATE_AGE_SECONDS, absoluteSeconds: SESSION_ABSOLUTE_SECONDS };
let db: Db;

beforeAll(async () => {
  db = await getDb();
});
afterAll(async () => {
  await disconnectDb();
});

async function signUp(label: string): Promise<{ userId: string; cookie: string }> {
  const auth = await getAuth();
  const email = `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@session.test`;
  const response = await auth.api.signUpEmail({ body: { email, password: 'a long enough password 42', name: label }, asResponse: true });
  expect(response.status).toBe(200);
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  return { userId: user.id, cookie };
}

const read = async (cookie: string, now?: number) => readSessionViewer(await getAuth(), new Headers({ cookie }), RULES, now);

describe('readSessionViewer', () => {
  it('finds the user of a fresh session in one statement', async () => {
    const { userId, cookie } = await signUp('fresh');
    expect(await read(cookie)).toMatchObject({ userId, name: 'fresh', role: 'student' });
  });

  it('leaves a forged, unknown, expiring or too old session to better-auth', async () => {
    const { userId, cookie } = await signUp('edge');
    const [name, value] = cookie.split(/=(.*)/s);
    // A different token under the real signature: refused by the signature check.
    expect(await read(`${name}=${encodeURIComponent(`x${decodeURIComponent(value)}`)}`)).toBeUndefined();
    expect(await read('better-auth.session_token=nothing')).toBeUndefined();
    // Due for better-auth's sliding refresh a day after the last one.
    expect(await read(cookie, Date.now() + (SESSION_UPDATE_AGE_SECONDS + 60) * 1000)).toBeUndefined();
    // Expired, or past the absolute limit.
    await db.session.updateMany({ where: { userId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await read(cookie)).toBeUndefined();
    await db.session.updateMany({ where: { userId }, data: { expiresAt: new Date(Date.now() + 3600_000), createdAt: new Date(Date.now() - (SESSION_ABSOLUTE_SECONDS + 60) * 1000) } });
    expect(await read(cookie)).toBeUndefined();
    // A signed-out session is gone.
    await db.session.deleteMany({ where: { userId } });
    expect(await read(cookie)).toBeUndefined();
  });
});
