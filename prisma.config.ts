// Prisma CLI configuration. DATABASE_URL picks the schema folder, the migrations and the
// driver adapter; the JS schema engine means no engine binary is downloaded (DESIGN.md).
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { PrismaConfig } from 'prisma';
import { resolveDatabaseTarget } from './lib/database-url';

const target = resolveDatabaseTarget();

async function sqliteAdapter() {
  const { PrismaBetterSQLite3 } = await import('@prisma/adapter-better-sqlite3');
  if (target.provider !== 'sqlite') throw new Error('unreachable');
  mkdirSync(path.dirname(target.file), { recursive: true });
  const factory = new PrismaBetterSQLite3({ url: target.file });
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  // The in-memory shadow database (drift checks) gets each migration file as one statement,
  // which better-sqlite3's prepare() refuses; run argument-less SQL as a script instead.
  factory.connectToShadowDb = async () => {
    const shadow = await connectToShadowDb();
    const executeRaw = shadow.executeRaw.bind(shadow);
    shadow.executeRaw = async (query) => {
      if (query.args.length > 0) return executeRaw(query);
      await shadow.executeScript(query.sql);
      return 0;
    };
    return shadow;
  };
  return factory;
}

async function postgresAdapter() {
  const { PrismaPg } = await import('@prisma/adapter-pg');
  if (target.provider !== 'postgresql') throw new Error('unreachable');
  const config = {
    host: target.host,
    port: target.port,
    database: target.database,
    user: target.user,
    password: target.password,
  };
  const factory = new PrismaPg(config);
  patchCatalogTypes(await factory.connect());
  // The stock shadow database is dropped while its own pool still holds a connection,
  // which PostgreSQL refuses; close the pool first, then drop.
  factory.connectToShadowDb = async () => {
    const main = await factory.connect();
    const database = `prisma_shadow_${randomUUID().replace(/-/g, '')}`;
    await main.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = await new PrismaPg({ ...config, database }).connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await main.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
      await main.dispose();
    };
    return shadow;
  };
  return factory;
}

/**
 * The schema engine reads PostgreSQL's catalog, whose `name` (OID 19) and `"char"` (OID 18)
 * columns the adapter rejects as unsupported (prisma/orm#27403). Report them as text; only the
 * CLI loads this patch, the app's runtime client is untouched.
 */
function patchCatalogTypes(adapter: object) {
  let proto = Object.getPrototypeOf(adapter);
  while (proto && !Object.hasOwn(proto, 'performIO')) proto = Object.getPrototypeOf(proto);
  if (!proto || proto.__gleanerPatched) return;
  const original = proto.performIO;
  proto.performIO = async function (this: unknown, ...args: unknown[]) {
    const result = await original.apply(this, args);
    for (const field of result.fields ?? []) {
      if (field.dataTypeID === 19 || field.dataTypeID === 18) field.dataTypeID = 25;
    }
    return result;
  };
  proto.__gleanerPatched = true;
}

const folder = target.provider === 'sqlite' ? 'sqlite' : 'postgres';

export default {
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', folder),
  migrations: { path: path.join('prisma', folder, 'migrations') },
  adapter: target.provider === 'sqlite' ? sqliteAdapter : postgresAdapter,
} satisfies PrismaConfig;
