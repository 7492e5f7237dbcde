// Ceiling (c): a dynamic page doing one Prisma query against the benchmark's database.
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '../../../../../lib/generated/sqlite/client';

export const dynamic = 'force-dynamic';

const globalForDb = globalThis;
globalForDb.ceilingDb ??= new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: process.env.CEILING_PRISMA_FILE }) });

export default async function DynamicPage() {
  const article = await globalForDb.ceilingDb.article.findFirst({ select: { title: true }, orderBy: { slug: 'asc' } });
  return (
    <main>
      <h1>{article?.title ?? 'No article'}</h1>
    </main>
  );
}
