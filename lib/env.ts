// Environment parsed once. Defaults make the embedded demo run with no .env at all;
// `npm start` (scripts/start.mjs) generates and keeps a secret under data/.
import 'server-only';
import { z } from 'zod';

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.string().max(2000).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // The address people type into their browser; decides Secure cookies and trusted origins.
  BETTER_AUTH_URL: z.url().optional(),
  BETTER_AUTH_SECRET: z.string().min(32).optional(),
  // A header that the school's reverse proxy overwrites with the client address
  // (e.g. x-real-ip). Unset: no header is trusted, since any client could forge one.
  TRUSTED_CLIENT_IP_HEADER: z.string().max(100).optional(),
  // The embedded demo may let anyone who ticks "I am a teacher" become one at once;
  // a school leaves it unset so the admin approves each teacher.
  GLEANER_OPEN_TEACHER_SIGNUP: z.stringbool().default(false),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= envSchema.parse(process.env);
  return cached;
}

export function getPublicUrl(): string {
  const env = getEnv();
  return env.BETTER_AUTH_URL ?? `http://localhost:${env.PORT}`;
}
