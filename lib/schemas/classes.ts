// Classes: creating one, joining with a code, removing a student. No server imports.
import { z } from 'zod';

/** Unambiguous: no 0/O, 1/I/L, so a code read off a projector is typed right. */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 6;

const id = z.string().min(1).max(64).regex(/^[a-z0-9]+$/i, 'Invalid id.');

/** What students type: any case, with spaces or dashes ("abc-123", "ABC 123"). */
export function normalizeJoinCode(raw: string): string {
  return raw.replace(/[\s-]+/g, '').toUpperCase();
}

export function isJoinCode(code: string): boolean {
  return code.length === JOIN_CODE_LENGTH && [...code].every((c) => JOIN_CODE_ALPHABET.includes(c));
}

export const joinCodeSchema = z
  .string()
  .max(40, 'That is not a class code.')
  .transform(normalizeJoinCode)
  .refine((code) => code.length > 0, 'Enter the class code.')
  .refine((code) => code.length === 0 || isJoinCode(code), `A class code has ${JOIN_CODE_LENGTH} letters and digits.`);

export const createClassSchema = z
  .object({ name: z.string().trim().min(1, 'Enter a name for the class.').max(100, 'Use at most 100 characters.') })
  .strict();

export const joinClassSchema = z.object({ code: joinCodeSchema }).strict();

export const removeStudentSchema = z.object({ classId: id, studentId: z.string().min(1).max(64) }).strict();

export const archiveClassSchema = z.object({ classId: id, archive: z.enum(['yes', 'no']) }).strict();
