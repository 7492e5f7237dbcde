'use server';
// Ceiling (b), server-action form (the kind Gleaner's quiz uses): the same write, with the same
// `(previousState, formData)` signature as a `useActionState` action, and nothing else.
import { openCeilingDb, runWrite } from '../../../write.mjs';

const globalForDb = globalThis;

export async function writeAction(_previous, formData) {
  globalForDb.ceilingWrite ??= openCeilingDb(process.env.CEILING_WRITE_FILE);
  runWrite(globalForDb.ceilingWrite, Object.fromEntries(formData.entries()));
  return { status: 'ok', message: 'Saved' };
}
