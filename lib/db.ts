// The one Prisma client. DATABASE_URL picks the driver adapter: SQLite (embedded default)
// through better-sqlite3, or PostgreSQL through pg. Both generated clients come from the
// same models, so the SQLite client's type serves for both.
import 'server-only';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { resolveDatabaseTarget } from './database-url';
import { withTurns } from './sqlite-turns';
import type { PrismaClient } from './generated/sqlite/client';

export type Db = PrismaClient;

// Prisma gives an interactive transaction 2 s to get a connection by default. When a whole
// class submits at once, the pool (PostgreSQL) or the single connection (SQLite) is busy for
// longer than that, and the submit failed with P2028 instead of waiting its turn
// (tests/durability/concurrency.spec.ts). Waiting longer costs a slow reply, never a lost answer.
const TRANSACTION_OPTIONS = { maxWait: 20_000, timeout: 30_000 };

// GLEANER_LOG_QUERIES=1 prints every SQL statement with its duration (for profiling; bench/README.md).
const LOG_LEVELS: 'query'[] = process.env.GLEANER_LOG_QUERIES === '1' ? ['query'] : [];

const globalForDb = globalThis as unknown as { gleanerDb?: Promise<Db> };

async function createDb(): Promise<Db> {
  const target = resolveDatabaseTarget();
  if (target.provider === 'postgresql') {
    const [{ PrismaClient: PgClient }, { PrismaPg }] = await Promise.all([
      import('./generated/postgres/client'),
      import('@prisma/adapter-pg'),
    ]);
    const adapter = new PrismaPg({ connectionString: target.url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    return new PgClient({ adapter, transactionOptions: TRANSACTION_OPTIONS, log: LOG_LEVELS }) as unknown as Db;
  }
  const [{ PrismaClient: SqliteClient }, { PrismaBetterSQLite3 }] = await Promise.all([
    import('./generated/sqlite/client'),
    import('@prisma/adapter-better-sqlite3'),
  ]);
  mkdirSync(path.dirname(target.file), { recursive: true });
  // `timeout` is better-sqlite3's busy_timeout: a second process (an import, a backup) waits
  // instead of failing with SQLITE_BUSY.
  // withTurns: a statement outside a transaction waits while another request's is open
  // (lib/sqlite-turns.ts says why).
  const adapter = withTurns(new PrismaBetterSQLite3({ url: target.file, timeout: 10_000 }));
  const db = new SqliteClient({ adapter, transactionOptions: TRANSACTION_OPTIONS, log: LOG_LEVELS });
  // WAL lets readers run beside the writer; synchronous=FULL makes every acknowledged
  // answer durable before the server replies (DESIGN.md, security rules). The adapter keeps
  // one connection, so pragmas set here hold for every later query.
  await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  await db.$queryRawUnsafe('PRAGMA synchronous = FULL');
  await db.$queryRawUnsafe('PRAGMA foreign_keys = ON');
  return db;
}

/** The shared client, created on first use (one per process, also across dev hot reloads). */
export function getDb(): Promise<Db> {
  globalForDb.gleanerDb ??= createDb().catch((error) => {
    globalForDb.gleanerDb = undefined;
    throw error;
  });
  return globalForDb.gleanerDb;
}

let provider: 'sqlite' | 'postgresql' | undefined;

/** Whether the client talks to PostgreSQL: for the few statements written per dialect (row locks). */
export function isPostgres(): boolean {
  // Read once, like the client itself: DATABASE_URL does not change while the process runs.
  provider ??= resolveDatabaseTarget().provider;
  return provider === 'postgresql';
}

/** For scripts and tests that must release the database file or the pool before exiting. */
export async function disconnectDb(): Promise<void> {
  const pending = globalForDb.gleanerDb;
  globalForDb.gleanerDb = undefined;
  if (pending) await (await pending).$disconnect();
}
