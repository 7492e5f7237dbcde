// better-auth configured for Gleaner: email + password, sessions in the database,
// argon2id hashes, database-backed rate limiting. Created lazily because the Prisma client is.
import 'server-only';
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import { resolveDatabaseTarget } from './database-url';
import { getDb } from './db';
import { getEnv, getPublicUrl } from './env';
import { hashPassword, verifyPassword } from './password';

export const SESSION_IDLE_SECONDS = 60 * 60 * 24 * 7;
export const SESSION_ABSOLUTE_SECONDS = 60 * 60 * 24 * 30;
export const SESSION_UPDATE_AGE_SECONDS = 60 * 60 * 24;

async function createAuth() {
  const env = getEnv();
  const db = await getDb();
  const publicUrl = getPublicUrl();
  const provider = resolveDatabaseTarget().provider;
  return betterAuth({
    appName: 'Gleaner',
    baseURL: publicUrl,
    secret: env.BETTER_AUTH_SECRET ?? (env.NODE_ENV === 'production' ? undefined : 'gleaner-development-secret-not-for-production'),
    database: prismaAdapter(db, { provider }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 8,
      maxPasswordLength: 128,
      autoSignIn: true,
      password: { hash: hashPassword, verify: verifyPassword },
    },
    user: {
      additionalFields: {
        // Never taken from sign-up input: teachers are made by the seed or (later) an admin.
        role: { type: 'string', input: false, defaultValue: 'student', required: false },
      },
    },
    session: {
      expiresIn: SESSION_IDLE_SECONDS,
      updateAge: SESSION_UPDATE_AGE_SECONDS,
    },
    rateLimit: {
      enabled: true,
      storage: 'database',
      window: 60,
      max: 100,
      customRules: {
        '/sign-in/email': { window: 60, max: 10 },
        '/sign-up/email': { window: 60, max: 10 },
      },
    },
    advanced: {
      useSecureCookies: publicUrl.startsWith('https://'),
      // Without a header the proxy overwrites, better-auth would put every client in one
      // shared bucket and lock a whole class out; sign-in is limited per account in
      // lib/actions/auth.ts instead.
      ipAddress: env.TRUSTED_CLIENT_IP_HEADER
        ? { ipAddressHeaders: [env.TRUSTED_CLIENT_IP_HEADER] }
        : { disableIpTracking: true },
    },
    plugins: [nextCookies()],
  });
}

export type Auth = Awaited<ReturnType<typeof createAuth>>;

const globalForAuth = globalThis as unknown as { gleanerAuth?: Promise<Auth> };

export function getAuth(): Promise<Auth> {
  globalForAuth.gleanerAuth ??= createAuth().catch((error) => {
    globalForAuth.gleanerAuth = undefined;
    throw error;
  });
  return globalForAuth.gleanerAuth;
}
