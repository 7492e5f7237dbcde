import { getDb } from '@/lib/db';

export const dynamic = 'force-dynamic';

/** For load balancers and start scripts: 200 when the database answers. */
export async function GET(): Promise<Response> {
  try {
    const db = await getDb();
    await db.$queryRawUnsafe('SELECT 1');
    return Response.json({ status: 'ok' });
  } catch {
    return Response.json({ status: 'unavailable' }, { status: 503 });
  }
}
