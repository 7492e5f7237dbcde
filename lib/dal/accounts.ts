// Account lookups for the sign-up form, before any account exists.
import 'server-only';
import { getDb } from '@/lib/db';

/**
 * Anyone (sign-up is public): whether an account already uses this email (lower-cased, as
 * sign-up stores it). Sign-up says so anyway when it fails, so this tells nobody more; asking
 * first lets the form report it together with the other fields' errors.
 */
export async function isEmailRegistered(email: string): Promise<boolean> {
  const db = await getDb();
  return (await db.user.findUnique({ where: { email }, select: { id: true } })) !== null;
}
