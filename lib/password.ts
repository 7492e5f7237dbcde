// argon2id at OWASP's recommended parameters (m=19 MiB, t=2, p=1).
import 'server-only';
import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2's `Algorithm` is a const enum, which isolatedModules cannot inline: 2 is Argon2id.
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword({ hash: stored, password }: { hash: string; password: string }): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    // A malformed stored hash is a failed sign-in, not a server error.
    return false;
  }
}
