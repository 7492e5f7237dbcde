// Imports content/ (drawing questions) and, when asked, seeds the demo accounts.
// Usage: tsx --conditions=react-server scripts/setup.ts [--demo] [--content DIR]
import path from 'node:path';
import { loadArticles, SHIPPED_ARTICLES_DIR } from '../lib/content';
import { disconnectDb, getDb } from '../lib/db';
import { seedDemoAccounts } from '../lib/demo-accounts';
import { seedDemoClassroom } from '../lib/demo-classroom';
import { importArticles } from '../lib/import-content';

async function main() {
  const args = process.argv.slice(2);
  const contentIndex = args.indexOf('--content');
  const dir = path.resolve(contentIndex >= 0 ? args[contentIndex + 1] : SHIPPED_ARTICLES_DIR);
  const db = await getDb();
  const articles = await loadArticles(dir);
  console.log(`Importing ${articles.length} article(s) from ${path.relative(process.cwd(), dir) || '.'}`);
  await importArticles(db, articles, (done, total, r) => {
    console.log(`  [${done}/${total}] ${r.slug}: ${r.outcome}, ${r.questionCount} questions`);
  });
  if (args.includes('--demo')) {
    const created = await seedDemoAccounts(db);
    console.log(created ? `Created ${created} demo account(s) (see README).` : 'Demo accounts already exist.');
    if (created && (await seedDemoClassroom(db))) console.log('Created the demo class with an assignment (teacher@gleaner.test; ada@ and ben@ are in it).');
  }
  await disconnectDb();
}

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  await disconnectDb().catch(() => {});
  process.exit(1);
});
