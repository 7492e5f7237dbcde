// Reads (and, for the clock tests, edits) the server's database directly with plain SQL,
// on SQLite (better-sqlite3) or PostgreSQL (pg): the tests check what was really stored.
import Database from 'better-sqlite3';
import pg from 'pg';

export interface Sql {
  all<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  one<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T | undefined>;
  run(sql: string, params?: unknown[]): Promise<void>;
  close(): Promise<void>;
  kind: 'sqlite' | 'postgresql';
}

export async function openSql(databaseUrl: string): Promise<Sql> {
  if (databaseUrl.startsWith('file:')) {
    const db = new Database(databaseUrl.slice('file:'.length));
    db.pragma('busy_timeout = 10000');
    return {
      kind: 'sqlite',
      all: async <T>(sql: string, params: unknown[] = []) => db.prepare(sql).all(...params) as T[],
      one: async <T>(sql: string, params: unknown[] = []) => db.prepare(sql).get(...params) as T | undefined,
      run: async (sql: string, params: unknown[] = []) => void db.prepare(sql).run(...params),
      close: async () => void db.close(),
    };
  }
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const numbered = (sql: string) => {
    let n = 0;
    return sql.replace(/\?/g, () => `$${++n}`);
  };
  return {
    kind: 'postgresql',
    all: async <T>(sql: string, params: unknown[] = []) => (await pool.query(numbered(sql), params)).rows as T[],
    one: async <T>(sql: string, params: unknown[] = []) => (await pool.query(numbered(sql), params)).rows[0] as T | undefined,
    run: async (sql: string, params: unknown[] = []) => void (await pool.query(numbered(sql), params)),
    close: () => pool.end(),
  };
}

const TABLES = ['user', 'session', 'account', 'Article', 'Question', 'Quiz', 'QuizQuestion', 'Attempt', 'Response', 'Flashcard', 'StudyCard', 'ReviewLog', 'StudySettings', 'Class', 'Enrollment', 'Assignment', 'TeacherInvite', 'PasswordResetLink'];

/**
 * A fingerprint of the data a forged request could change: every row of the main tables, minus
 * timestamps that reads refresh. Equal before and after means nothing was written.
 */
export async function snapshot(sql: Sql): Promise<string> {
  const parts: string[] = [];
  const existing = new Set(
    (sql.kind === 'sqlite'
      ? await sql.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
      : await sql.all<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'")
    ).map((r) => r.name),
  );
  for (const table of TABLES.filter((t) => existing.has(t))) {
    const rows = await sql.all(`SELECT * FROM "${table}" ORDER BY "id"`).catch(() => sql.all(`SELECT * FROM "${table}" ORDER BY 1, 2`));
    const stable = rows.map((row) => {
      const copy: Record<string, unknown> = { ...row };
      // A valid session's expiry slides on use; that is a read, not a change.
      if (table === 'session') {
        delete copy.expiresAt;
        delete copy.updatedAt;
      }
      return copy;
    });
    parts.push(`${table}:${JSON.stringify(stable, (_k, v) => (typeof v === 'bigint' ? String(v) : v))}`);
  }
  return parts.join('\n');
}
