// npm run db:backup [-- FILE]: an online backup of the database in DATABASE_URL.
import { backupDatabase, defaultBackupFile } from '../lib/backup';
import { resolveDatabaseTarget } from '../lib/database-url';

const target = resolveDatabaseTarget();
const file = process.argv[2] ?? defaultBackupFile(target);
backupDatabase(target, file)
  .then(() => console.log(`Backup written to ${file}`))
  .catch((error: Error) => {
    console.error(`Backup failed: ${error.message}`);
    process.exit(1);
  });
