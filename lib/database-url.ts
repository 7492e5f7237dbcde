// Reads DATABASE_URL once for the app, the Prisma CLI config and the scripts, so all three
// agree on which database they talk to. Unset means the embedded SQLite demo under data/.
import path from 'node:path';

export const DEFAULT_SQLITE_URL = 'file:./data/gleaner.db';

export type DatabaseTarget =
  | { provider: 'sqlite'; url: string; file: string }
  | { provider: 'postgresql'; url: string; host: string; port: number; database: string; user: string; password: string };

export function resolveDatabaseTarget(raw: string | undefined = process.env.DATABASE_URL): DatabaseTarget {
  const url = raw?.trim() || DEFAULT_SQLITE_URL;
  if (url.startsWith('file:')) {
    const file = path.resolve(url.slice('file:'.length));
    return { provider: 'sqlite', url: `file:${file}`, file };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    const u = new URL(url);
    return {
      provider: 'postgresql',
      url,
      host: decodeURIComponent(u.hostname) || '127.0.0.1',
      port: Number(u.port || 5432),
      database: decodeURIComponent(u.pathname.replace(/^\//, '')) || 'postgres',
      user: decodeURIComponent(u.username) || 'postgres',
      password: decodeURIComponent(u.password),
    };
  }
  throw new Error('DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)');
}
