// npm run db:restore -- FILE --yes: replaces the database in DATABASE_URL with a backup.
// SQLite: stop Gleaner first. PostgreSQL: restore, then restart the instances.
import { restoreDatabase } from '../lib/backup';
import { resolveDatabaseTarget } from '../lib/database-url';

const [file, confirm] = process.argv.slice(2);
if (!file || confirm !== '--yes') {
  console.error('usage: npm run db:restore -- FILE --yes   (replaces the current database)');
  process.exit(2);
}
restoreDatabase(resolveDatabaseTarget(), file)
  .then(() => console.log(`Restored ${file}`))
  .catch((error: Error) => {
    console.error(`Restore failed: ${error.message}`);
    process.exit(1);
  });
