// One-time link tokens (teacher invites, password resets). Only the SHA-256 hash is stored, so a
// copy of the database cannot be turned into working links.
import { createHash, randomBytes } from 'node:crypto';

export function newLinkToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
