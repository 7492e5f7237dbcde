// Prints the settings of the app's own SQLite connection (lib/db.ts), the one every answer is
// written through. Run with tsx --conditions=react-server and DATABASE_URL set.
import { disconnectDb, getDb } from '../../../lib/db';

async function main() {
  const db = await getDb();
  const read = async (name: string) => {
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`);
    return Object.values(rows[0] ?? {})[0];
  };
  const out: Record<string, unknown> = {};
  for (const name of ['journal_mode', 'busy_timeout', 'synchronous', 'foreign_keys']) out[name] = String(await read(name));
  process.stdout.write(JSON.stringify(out));
  await disconnectDb();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
