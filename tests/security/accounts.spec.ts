// Accounts and sessions, attacked over raw HTTP against the production build (SQLite server).
// The admin's reset link ending old sessions is proved in e2e/admin.spec.ts.
import { expect, test } from '@playwright/test';
import { App, targets, type SignInResult } from './support/app';
import { actionMessage, hasSession, median, newAccount, send, timed } from './support/client';

const app = new App(targets()[0]);
test.afterAll(() => app.close());

const WRONG = 'That email and password do not match an account.';
const LIMITED = /Too many failed sign-ins/;
let address = 0;
/** A fresh client address, as the school's proxy would set it. */
const from = () => ({ 'x-real-ip': `10.1.${Math.floor(++address / 250)}.${address % 250}` });

test('wrong password and unknown email: the same message, in similar time', async () => {
  const user = await app.signUp();
  const wrong: number[] = [];
  const unknown: number[] = [];
  const messages = new Set<string | null>();
  for (let i = 0; i < 9; i++) {
    const a = await timed(() => app.signIn(user.email, `not-the-password-${i}`, from()));
    const b = await timed(() => app.signIn(`nobody-${i}-${user.email}`, `not-the-password-${i}`, from()));
    expect(a.value.cookie).toBeNull();
    expect(b.value.cookie).toBeNull();
    expect([a.value.result.status, b.value.result.status], a.value.result.body.slice(0, 300)).toEqual([401, 401]);
    messages.add(actionMessage(a.value.result.body)).add(actionMessage(b.value.result.body));
    wrong.push(a.ms);
    unknown.push(b.ms);
  }
  expect([...messages]).toEqual([WRONG]);
  const [w, u] = [median(wrong), median(unknown)];
  console.log(`sign-in refusal, median of 9: wrong password ${w.toFixed(0)} ms, unknown email ${u.toFixed(0)} ms`);
  // An unknown email still pays for one argon2id hash, so the two cannot be told apart by time.
  // Without it the unknown email answers in a fraction of the time (difference ~90% of the slower).
  expect(Math.abs(w - u)).toBeLessThan(0.6 * Math.max(w, u));
});

/** A refusal for being limited: 429, Retry-After within the 15-minute window, the friendly message. */
function expectLimited(result: SignInResult, label: string): void {
  expect(result.status, label).toBe(429);
  const retryAfter = Number(result.headers.get('retry-after'));
  expect(retryAfter, label).toBeGreaterThan(0);
  expect(retryAfter, label).toBeLessThanOrEqual(15 * 60);
  expect(actionMessage(result.body) ?? result.body, label).toMatch(LIMITED);
}

/** A no-JavaScript refusal: the sign-in form itself, with the email as typed and no password. */
function expectRefusalForm(body: string, email: string, password?: string): void {
  expect(body).toContain('<form method="post" action="/api/sign-in"');
  expect(body).toContain(`value="${email}"`);
  expect(body).not.toContain('http-equiv="refresh"');
  if (password) expect(body).not.toContain(password);
}

test('failed sign-ins are limited per account and address (429 + Retry-After), without locking out the class behind it', async () => {
  const victim = await app.signUp('victim');
  const classmate = await app.signUp('classmate');
  const school = from();
  for (let i = 0; i < 10; i++) {
    const { result } = await app.signIn(victim.email, `guess-${i}`, school);
    expect(result.status).toBe(401);
    expect(result.headers.get('retry-after')).toBeNull();
    expect(actionMessage(result.body)).toBe(WRONG);
  }
  // The 11th try is refused even with the right password, and a forged x-forwarded-for does not reset it.
  for (const headers of [school, { ...school, 'x-forwarded-for': '203.0.113.7' }, { ...school, 'x-forwarded-for': '198.51.100.1, 10.9.9.9' }]) {
    const blocked = await app.signIn(victim.email, victim.password, headers);
    expect(blocked.cookie).toBeNull();
    expectLimited(blocked.result, JSON.stringify(headers));
  }
  // A plain form post (no JavaScript) gets the same 429, and the sign-in form again with the
  // message and the email as typed (never the password).
  const plain = await app.signIn(victim.email, victim.password, school, undefined, { form: true });
  expect(plain.cookie).toBeNull();
  expectLimited(plain.result, 'form post');
  expect(plain.result.headers.get('content-type')).toContain('text/html');
  expectRefusalForm(plain.result.body, victim.email, victim.password);
  // Same NAT address, other account: the rest of the class signs in.
  expect((await app.signIn(classmate.email, classmate.password, school)).cookie).not.toBeNull();
  // The victim from another address (home) still can.
  expect((await app.signIn(victim.email, victim.password, from())).cookie).not.toBeNull();
});

test('without a trusted proxy header the limit is per account, and x-forwarded-for is ignored', async () => {
  const https = new App({ name: 'sqlite', base: process.env.SEC_HTTPS_BASE!, databaseUrl: '' });
  const account = newAccount('noproxy');
  await https.action('auth', 'signUp', { fields: { ...account } });
  for (let i = 0; i < 10; i++) {
    const { result } = await https.signIn(account.email, `guess-${i}`, { 'x-forwarded-for': `203.0.113.${i}` });
    expect(result.status).toBe(401);
  }
  const blocked = await https.signIn(account.email, account.password, { 'x-forwarded-for': '198.51.100.99' });
  expect(blocked.cookie).toBeNull();
  expectLimited(blocked.result, 'no trusted header');
});

test('sign-in without JavaScript: 303 to a same-site `next` only; refusals lead back to the form', async () => {
  const user = await app.signUp();
  const cases: [string | undefined, string][] = [
    ['/scores', '/scores'],
    [undefined, '/'],
    ['//evil.example/x', '/'],
    ['https://evil.example/', '/'],
    ['/\\evil.example', '/'],
  ];
  for (const [next, expected] of cases) {
    const { cookie, result } = await app.signIn(user.email, user.password, from(), undefined, { form: true, next });
    expect(result.status, String(next)).toBe(303);
    expect(result.location, String(next)).toBe(expected);
    expect(cookie, String(next)).not.toBeNull();
  }
  // The JSON answer of the enhanced form follows the same rule.
  const json = await app.signIn(user.email, user.password, from(), undefined, { next: '//evil.example' });
  expect(JSON.parse(json.result.body)).toEqual({ status: 'ok', redirectTo: '/' });
  const wrong = await app.signIn(user.email, 'not-the-password', from(), undefined, { form: true, next: '/scores' });
  expect(wrong.result.status).toBe(401);
  expectRefusalForm(wrong.result.body, user.email, 'not-the-password');
  expect(wrong.result.body).toContain('<input type="hidden" name="next" value="/scores">');
  const invalid = await app.signIn('not-an-email', '', from(), undefined, { form: true });
  expect(invalid.result.status).toBe(400);
  expectRefusalForm(invalid.result.body, 'not-an-email');
  expect(invalid.result.body).toContain('Enter a valid email address.</p>');
  // What was typed comes back as text, never as markup.
  const markup = await app.signIn('"><script>alert(1)</script>@x.example', 'pw', from(), undefined, { form: true });
  expect(markup.result.status).toBe(400);
  expect(markup.result.body).not.toContain('<script>');
  expect(markup.result.body).toContain('value="&#34;&#62;&#60;script&#62;alert(1)&#60;/script&#62;@x.example"');
});

test('in Chromium, with and without JavaScript: the message in the page, the status on the wire', async ({ browser }) => {
  const user = await app.signUp('browser');
  const home = from();
  for (const javaScriptEnabled of [false, true]) {
    const context = await browser.newContext({ baseURL: app.base, javaScriptEnabled, extraHTTPHeaders: home });
    const page = await context.newPage();
    const statuses: number[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('/api/sign-in')) statuses.push(r.status());
    });
    const attempt = async (password: string) => {
      await page.goto('/sign-in?next=/scores');
      await page.getByLabel('Email').fill(user.email);
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Sign in' }).click();
    };
    const label = `JavaScript ${javaScriptEnabled ? 'on' : 'off'}`;
    await attempt('not-the-password');
    await expect(page.getByRole('alert').filter({ hasText: 'do not match' }), label).toHaveText(WRONG);
    // The email is still there (and not in the address bar); only the password is typed again.
    await expect(page.getByLabel('Email'), label).toHaveValue(user.email);
    expect(page.url(), label).not.toContain(user.email.split('@')[0]);
    await page.getByLabel('Password').fill(user.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page, label).toHaveURL(/\/scores$/);
    await expect(page.getByRole('button', { name: 'Sign out' }), label).toBeVisible();
    // Locked from this address by ten wrong passwords (raw posts), the form shows why.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('link', { name: 'Sign in' }).first()).toBeVisible();
    for (let i = 0; i < 10; i++) await app.signIn(user.email, `guess-${i}`, home);
    await attempt(user.password);
    await expect(page.getByRole('alert').filter({ hasText: 'Too many' }), label).toHaveText(LIMITED);
    expect(statuses, label).toEqual([401, javaScriptEnabled ? 200 : 303, 429]);
    await context.close();
    // Unlock for the next round, as the window's end would.
    await (await app.sql()).run('DELETE FROM "rateLimit" WHERE "key" LIKE ?', [`gleaner-sign-in:${user.email}:%`]);
  }
});

test('sign-in from another site is refused (login CSRF), and GET signs nobody in', async () => {
  const user = await app.signUp();
  const foreign: Record<string, string>[] = [
    { origin: 'https://evil.example' },
    { origin: 'null' },
    { origin: 'http://localhost.evil.example' },
    { 'sec-fetch-site': 'cross-site' },
  ];
  for (const headers of foreign) {
    const { cookie, result } = await app.signIn(user.email, user.password, { ...from(), ...headers }, undefined, { form: true });
    expect(result.status, JSON.stringify(headers)).toBe(403);
    expect(cookie).toBeNull();
  }
  const noOrigin = await send(`${app.base}/api/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email: user.email, password: user.password }),
    redirect: 'manual',
  });
  expect(noOrigin.status).toBe(403);
  const get = await send(`${app.base}/api/sign-in?email=${encodeURIComponent(user.email)}&password=${encodeURIComponent(user.password)}`, { redirect: 'manual' });
  expect(get.status).toBe(405);
  expect(get.headers.getSetCookie()).toEqual([]);
});

test('better-auth endpoints that skip the limit and the input checks are not reachable', async () => {
  const user = await app.signUp();
  for (const path of ['/api/auth/sign-in/email', '/api/auth/sign-up/email', '/api/auth/update-user', '/api/auth/change-password', '/api/auth/delete-user']) {
    const response = await send(`${app.base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: app.base, cookie: user.cookie },
      body: JSON.stringify({ email: user.email, password: user.password, name: 'x', newPassword: 'another-password-1', currentPassword: user.password }),
    });
    expect(response.status, path).toBe(404);
  }
  // The app's own sign-in still works, and 12 refused REST guesses did not lock anything.
  expect((await app.signIn(user.email, user.password, from())).cookie).not.toBeNull();
});

test('session cookie: HttpOnly, SameSite=Lax, Secure when the public URL is https', async () => {
  const plain = await app.action('auth', 'signUp', { fields: { ...newAccount() } });
  const cookie = plain.headers.getSetCookie().find((c) => c.includes('session_token='))!;
  expect(cookie).toMatch(/;\s*HttpOnly/i);
  expect(cookie).toMatch(/;\s*SameSite=Lax/i);
  expect(cookie).not.toMatch(/;\s*Secure/i);

  const https = new App({ name: 'sqlite', base: process.env.SEC_HTTPS_BASE!, databaseUrl: '' });
  const secure = await https.action('auth', 'signUp', { fields: { ...newAccount() } });
  const secureCookie = secure.headers.getSetCookie().find((c) => c.includes('session_token='));
  expect(secureCookie, secure.body.slice(0, 300)).toBeDefined();
  expect(secureCookie).toMatch(/^__Secure-/);
  expect(secureCookie).toMatch(/;\s*Secure/i);
  expect(secureCookie).toMatch(/;\s*HttpOnly/i);
  expect(secureCookie).toMatch(/;\s*SameSite=Lax/i);
});

test('a new session token at every sign-in, even when the request brings one', async () => {
  const user = await app.signUp();
  const first = await app.signIn(user.email, user.password, from(), user.cookie);
  const second = await app.signIn(user.email, user.password, from());
  const tokens = [user.cookie, first.cookie, second.cookie];
  expect(new Set(tokens).size).toBe(3);
});

test('sign-out ends the session on the server, not just in the browser', async () => {
  const user = await app.signUp();
  expect(await hasSession(app.base, user.cookie)).toBe(true);
  const out = await app.action('auth', 'signOut', { arity: 0, cookie: user.cookie });
  expect(out.status).toBeLessThan(400);
  // The old cookie, replayed by an attacker who copied it, is dead.
  expect(await hasSession(app.base, user.cookie)).toBe(false);
  const sql = await app.sql();
  expect((await sql.all('SELECT "id" FROM "session" WHERE "userId" = ?', [user.id])).length).toBe(0);
});

/** Moves a stored timestamp, in the format the database already uses for it. */
function shifted(current: unknown, ms: number): unknown {
  const next = new Date(Date.now() + ms);
  if (typeof current === 'number') return next.getTime();
  if (typeof current === 'string' && /^\d+$/.test(current)) return String(next.getTime());
  if (typeof current === 'string') return next.toISOString();
  return next;
}

test('idle timeout: a session unused past its expiry is refused', async () => {
  const user = await app.signUp();
  const sql = await app.sql();
  const row = await sql.one<{ expiresAt: unknown }>('SELECT "expiresAt" FROM "session" WHERE "userId" = ?', [user.id]);
  await sql.run('UPDATE "session" SET "expiresAt" = ? WHERE "userId" = ?', [shifted(row!.expiresAt, -1000), user.id]);
  expect(await hasSession(app.base, user.cookie)).toBe(false);
  const page = await send(`${app.base}/scores`, { headers: { cookie: user.cookie }, redirect: 'manual' });
  expect(page.status).toBe(307);
  expect(page.headers.get('location')).toContain('/sign-in');
});

test('absolute timeout: a session older than 30 days is ended even while in use', async () => {
  const user = await app.signUp();
  const sql = await app.sql();
  const before = await send(`${app.base}/scores`, { headers: { cookie: user.cookie }, redirect: 'manual' });
  expect(before.status).toBe(200);
  const row = await sql.one<{ createdAt: unknown }>('SELECT "createdAt" FROM "session" WHERE "userId" = ?', [user.id]);
  await sql.run('UPDATE "session" SET "createdAt" = ? WHERE "userId" = ?', [shifted(row!.createdAt, -31 * 86_400_000), user.id]);
  const after = await send(`${app.base}/scores`, { headers: { cookie: user.cookie }, redirect: 'manual' });
  expect(after.status).toBe(307);
  expect(after.headers.get('location')).toContain('/sign-in');
  expect((await sql.all('SELECT "id" FROM "session" WHERE "userId" = ?', [user.id])).length).toBe(0);
});

test('passwords are stored as argon2id at OWASP parameters (m=19 MiB, t=2, p=1)', async () => {
  const user = await app.signUp();
  const sql = await app.sql();
  const row = await sql.one<{ password: string }>('SELECT "password" FROM "account" WHERE "userId" = ?', [user.id]);
  expect(row!.password).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  expect(row!.password).not.toContain(user.password);
});

test('a role sent with sign-up is refused, and every sign-up is a student', async () => {
  const sql = await app.sql();
  for (const role of ['admin', 'teacher']) {
    const account = newAccount();
    const result = await app.action('auth', 'signUp', { fields: { ...account, role } });
    expect(result.redirect, role).toBeNull();
    expect(await sql.one('SELECT "id" FROM "user" WHERE "email" = ?', [account.email]), role).toBeUndefined();
  }
  const user = await app.signUp();
  expect(await sql.one<{ role: string }>('SELECT "role" FROM "user" WHERE "id" = ?', [user.id])).toEqual({ role: 'student' });
});

test('very short and very common passwords are refused; 64 characters are accepted', async () => {
  const sql = await app.sql();
  for (const password of ['short1', 'password123', 'Password1', '12345678', 'qwertyuiop']) {
    const account = newAccount();
    const result = await app.action('auth', 'signUp', { fields: { ...account, password } });
    expect(result.redirect, password).toBeNull();
    expect(result.body, password).toContain('"fieldErrors":{"password"');
    expect(await sql.one('SELECT "id" FROM "user" WHERE "email" = ?', [account.email]), password).toBeUndefined();
  }
  const long = newAccount();
  long.password = 'A'.repeat(20) + 'b'.repeat(20) + '7'.repeat(20) + 'xyz!';
  expect(long.password).toHaveLength(64);
  const user = await app.signUp('long', 'student', long);
  expect((await app.signIn(user.email, long.password, from())).cookie).not.toBeNull();
});
