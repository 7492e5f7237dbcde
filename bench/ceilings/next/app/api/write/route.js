// Ceiling (b), route-handler form: the same write in a minimal Next.js route handler.
import { openCeilingDb, runWrite } from '../../../../write.mjs';

export const dynamic = 'force-dynamic';

const globalForDb = globalThis;
globalForDb.ceilingWrite ??= openCeilingDb(process.env.CEILING_WRITE_FILE);

export async function POST(request) {
  try {
    runWrite(globalForDb.ceilingWrite, Object.fromEntries(new URLSearchParams(await request.text())));
    return Response.json({ status: 'ok' });
  } catch (error) {
    return Response.json({ status: 'error', message: String(error) }, { status: 400 });
  }
}
