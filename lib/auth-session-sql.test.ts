// The fast session read answers only the plain case; these are the checks that keep it to that.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isPlainCurrentSession, readCookie, verifySignedToken, type SessionViewerRow } from './auth-session-sql';

const SECRET = 'test-secret-for-signing-cookies-0123456789';
const sign = (token: string, secret = SECRET) => `${token}.${createHmac('sha256', secret).update(token).digest('base64')}`;

describe('readCookie', () => {
  it('finds one cookie among several and URL-decodes it as better-call does', () => {
    const header = `theme=dark; better-auth.session_token=${encodeURIComponent(sign('abc'))}; other=1`;
    expect(readCookie(header, 'better-auth.session_token')).toBe(sign('abc'));
    expect(readCookie(header, 'session_token')).toBeNull();
    expect(readCookie('x=%E0%A4%A', 'x')).toBeNull();
  });
});

describe('verifySignedToken', () => {
  it('accepts the token signed with the secret and nothing else', () => {
    expect(verifySignedToken(sign('tok123'), SECRET)).toBe('tok123');
    expect(verifySignedToken(sign('tok123', 'another-secret'), SECRET)).toBeNull();
    // A token swapped under a valid signature of another token.
    expect(verifySignedToken(`tok124.${sign('tok123').split('.')[1]}`, SECRET)).toBeNull();
    expect(verifySignedToken('tok123', SECRET)).toBeNull();
    expect(verifySignedToken('tok123.short=', SECRET)).toBeNull();
  });
});

describe('isPlainCurrentSession', () => {
  const rules = { idleSeconds: 7 * 86400, updateAgeSeconds: 86400, absoluteSeconds: 30 * 86400 };
  const now = Date.parse('2026-12-01T12:00:00Z');
  const row = (expiresInSeconds: number, ageSeconds: number): SessionViewerRow => ({
    userId: 'u', name: 'N', email: 'e@x', role: 'student',
    expiresAt: new Date(now + expiresInSeconds * 1000), createdAt: new Date(now - ageSeconds * 1000),
  });

  it('answers for a session slid less than a day ago', () => {
    expect(isPlainCurrentSession(row(7 * 86400 - 3600, 3600), rules, now)).toBe(true);
  });
  it('leaves to better-auth a session due for its sliding refresh, an expired one and one past the absolute limit', () => {
    expect(isPlainCurrentSession(row(6 * 86400, 86400), rules, now)).toBe(false);
    expect(isPlainCurrentSession(row(-1, 8 * 86400), rules, now)).toBe(false);
    expect(isPlainCurrentSession(row(7 * 86400 - 60, 31 * 86400), rules, now)).toBe(false);
  });
});
