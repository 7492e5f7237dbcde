// `npm start`: the embedded demo in one command. Keeps a secret under data/, applies
// migrations, imports content/, seeds demo accounts on first run, builds when the source
// changed, then serves. With a PostgreSQL DATABASE_URL it only builds and serves: a school
// runs `npm run db:migrate` once, as its own step (README, "Running it for a whole school").
import { spawnSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sourceFingerprint } from './source-fingerprint.mjs';

const root = path.resolve(import.meta.dirname, '..');
process.chdir(root);
const isEmbedded = !process.env.DATABASE_URL || process.env.DATABASE_URL.startsWith('file:');

function run(label, command, args, env = process.env) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`✖ ${label} failed`);
    process.exit(result.status ?? 1);
  }
}

function ensureSecret() {
  if (process.env.BETTER_AUTH_SECRET) return;
  if (!isEmbedded) {
    console.error('Set BETTER_AUTH_SECRET (32+ random characters) for a PostgreSQL deployment.');
    process.exit(2);
  }
  mkdirSync('data', { recursive: true });
  const file = path.join('data', 'secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  process.env.BETTER_AUTH_SECRET = readFileSync(file, 'utf8').trim();
}


ensureSecret();
const bin = (name) => path.join('node_modules', '.bin', name);

if (isEmbedded || process.env.GLEANER_MIGRATE_ON_START === '1') run('Applying database migrations', bin('prisma'), ['migrate', 'deploy']);
if (isEmbedded || process.env.GLEANER_SEED_DEMO === '1') {
  run('Importing content/ and demo accounts', bin('tsx'), ['--conditions=react-server', 'scripts/setup.ts', '--demo']);
}

const distDir = process.env.NEXT_DIST_DIR || '.next';
const stamp = path.join(distDir, 'gleaner-source-fingerprint');
const fingerprint = sourceFingerprint(process.cwd());
if (!existsSync(path.join(distDir, 'BUILD_ID')) || !existsSync(stamp) || readFileSync(stamp, 'utf8') !== fingerprint) {
  run('Building the app', bin('next'), ['build']);
  writeFileSync(stamp, fingerprint);
} else {
  console.log('\n▶ Build is up to date');
}

const port = process.env.PORT ?? '3000';
process.env.BETTER_AUTH_URL ??= `http://localhost:${port}`;
console.log(`\n▶ Gleaner is starting on http://localhost:${port}`);
const server = spawn(bin('next'), ['start', '-p', port], { stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
