// One build, then the servers every spec talks to: SQLite on 3400 (behind a "proxy" that sets
// x-real-ip), the same app on PostgreSQL on 3401 when $PG_URL is set, and an https-configured
// instance on 3402 for the Secure-cookie check. Their URLs reach the workers through the environment.
import { dropPostgres, ensureBuild, freshPostgres, freshSqlite, seed, startServer, type ServerHandle } from './support/harness';

export default async function globalSetup(): Promise<() => Promise<void>> {
  ensureBuild();
  const servers: ServerHandle[] = [];
  const sqliteUrl = freshSqlite('security', 'gleaner');
  const pgUrl = await freshPostgres('gleaner_security');
  // The first account on an installation becomes the admin; take that seat before the tests sign up.
  for (const url of [sqliteUrl, pgUrl]) if (url) seed(url, 'admin');
  const env = { TRUSTED_CLIENT_IP_HEADER: 'x-real-ip' };
  const started = await Promise.all([
    startServer({ port: 3400, databaseUrl: sqliteUrl, env }),
    pgUrl ? startServer({ port: 3401, databaseUrl: pgUrl, env }) : null,
    startServer({ port: 3402, databaseUrl: freshSqlite('security', 'https'), env: { BETTER_AUTH_URL: 'https://gleaner.school.example' } }),
  ]);
  for (const s of started) if (s) servers.push(s);
  process.env.SEC_SQLITE_BASE = started[0]!.url;
  process.env.SEC_SQLITE_DB = sqliteUrl;
  if (started[1] && pgUrl) {
    process.env.SEC_PG_BASE = started[1].url;
    process.env.SEC_PG_DB = pgUrl;
  }
  process.env.SEC_HTTPS_BASE = started[2]!.url;
  return async () => {
    await Promise.all(servers.map((s) => s.stop()));
    if (pgUrl) await dropPostgres(pgUrl);
  };
}
