// Starts `npm start` for Playwright on a fresh database. It refuses any database that is not
// a local SQLite file or a PostgreSQL server on this machine, so a test run never wipes real data.
import { rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import path from 'node:path';

const url = process.env.DATABASE_URL ?? '';
if (url.startsWith('file:')) {
  const file = path.resolve(url.slice(5));
  if (!file.includes(`${path.sep}e2e${path.sep}`)) throw new Error(`refusing to wipe ${file}: e2e databases live in an e2e/ folder`);
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
} else if (!/^postgres(ql)?:\/\/[^/]*@?(127\.0\.0\.1|localhost)[:/]/.test(url)) {
  throw new Error('e2e runs only against a local database');
} else {
  process.env.GLEANER_MIGRATE_ON_START = '1';
  process.env.GLEANER_SEED_DEMO = '1';
  process.env.BETTER_AUTH_SECRET ??= 'e2e-secret-e2e-secret-e2e-secret-e2e';
}
const child = spawn(process.execPath, ['scripts/start.mjs'], { stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
