// Test harness shared by the security and durability suites: one production build (its own
// dist dir, rebuilt only when the source changed), fresh databases, and `next start` servers
// that a test can start, kill with any signal, and restart.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { sourceFingerprint } from '../../../scripts/source-fingerprint.mjs';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const DIST_DIR = process.env.SECURITY_DIST_DIR ?? '.next-security';
export const SECRET = 'security-suite-secret-security-suite-secret';

const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);


/** Builds the app into DIST_DIR once; a later run with unchanged source reuses it. */
export function ensureBuild(): void {
  const dist = path.join(ROOT, DIST_DIR);
  const stamp = path.join(dist, 'security-source-fingerprint');
  const before = sourceFingerprint(ROOT);
  if (existsSync(path.join(dist, 'BUILD_ID'))) {
    // SECURITY_REUSE_BUILD=1 takes whatever build is there (a developer iterating on the tests).
    if (process.env.SECURITY_REUSE_BUILD === '1') return;
    if (existsSync(stamp) && readFileSync(stamp, 'utf8') === before) return;
  }
  const started = Date.now();
  execFileSync(bin('next'), ['build'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', BETTER_AUTH_SECRET: SECRET },
  });
  writeFileSync(stamp, before);
  console.log(`built ${DIST_DIR} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Server action ids from the production build, keyed "lib/actions/file.ts#exportName". */
export function actionIds(): Record<string, string> {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, DIST_DIR, 'server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const out: Record<string, string> = {};
  for (const [id, entry] of Object.entries(manifest.node)) out[`${entry.filename ?? '?'}#${entry.exportedName ?? id}`] = id;
  return out;
}

/** Route handlers in the build (app/**\/route.ts), as URL patterns like /api/auth/[...all]. */
export function routeHandlers(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, DIST_DIR, 'app-path-routes-manifest.json'), 'utf8')) as Record<string, string>;
  return Object.entries(manifest)
    .filter(([key]) => key.endsWith('/route'))
    // app/icon.svg and other metadata files: static files Next serves as routes, not handlers.
    .filter(([key]) => !/^\/(?:icon|apple-icon|favicon|robots|sitemap|manifest|opengraph-image|twitter-image)\b[^/]*\/route$/.test(key))
    .map(([, route]) => route)
    .sort();
}

/** A fresh SQLite file under data/<suite>/ with every migration applied. */
export function freshSqlite(suite: 'security' | 'durability', name: string): string {
  const dir = path.join(ROOT, 'data', suite);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.db`);
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
  const url = `file:${file}`;
  migrate(url);
  return url;
}

/** A fresh database on the PostgreSQL server at $PG_URL, migrated; null when PG_URL is unset. */
export async function freshPostgres(prefix: string): Promise<string | null> {
  const admin = process.env.PG_URL;
  if (!admin) return null;
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const u = new URL(admin);
  u.pathname = `/${name}`;
  const url = u.toString();
  migrate(url);
  return url;
}

/** Drops a database made by freshPostgres (servers using it must be stopped first). */
export async function dropPostgres(url: string): Promise<void> {
  const admin = process.env.PG_URL;
  if (!admin) return;
  const name = new URL(url).pathname.slice(1);
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

function migrate(url: string): void {
  execFileSync(bin('prisma'), ['migrate', 'deploy'], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, stdio: 'pipe' });
}

/** Runs tests/security/support/seed.ts (the app's own Prisma client) against a database. */
export function seed<T>(databaseUrl: string, command: string, payload: unknown = {}): T {
  const out = execFileSync(bin('tsx'), ['--conditions=react-server', 'tests/security/support/seed.ts', command, JSON.stringify(payload)], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out) as T;
}

/** The cookie better-auth expects for a session token: token.HMAC-SHA256(secret), URL-encoded. */
export function sessionCookie(token: string, secret = SECRET): string {
  const signature = createHmac('sha256', secret).update(token).digest('base64');
  return `better-auth.session_token=${encodeURIComponent(`${token}.${signature}`)}`;
}

export interface ServerHandle {
  url: string;
  port: number;
  process: ChildProcess;
  /** Everything the server printed so far. */
  output(): string;
  /** Kills the whole process group and waits for it to exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export interface ServerOptions {
  port: number;
  databaseUrl: string;
  env?: Record<string, string>;
}

/** `next start` on the suite's build; resolves when /api/health answers 200. */
export async function startServer({ port, databaseUrl, env = {} }: ServerOptions): Promise<ServerHandle> {
  const url = `http://localhost:${port}`;
  // A server left over from an interrupted run would answer the health check for this one.
  const stale = await fetch(`${url}/api/health`).then(() => true, () => false);
  if (stale) throw new Error(`port ${port} is already in use: stop the server left there first`);
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port)], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_DIST_DIR: DIST_DIR,
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: databaseUrl,
      BETTER_AUTH_SECRET: SECRET,
      BETTER_AUTH_URL: url,
      PORT: String(port),
      ...env,
    },
  });
  let log = '';
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const handle: ServerHandle = {
    url,
    port,
    process: child,
    output: () => log,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid!, signal);
        } catch {
          // already gone
        }
      }
      await exited;
    },
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server on ${port} exited early:\n${log}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return handle;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await handle.stop('SIGKILL');
      throw new Error(`server on ${port} did not become healthy:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
