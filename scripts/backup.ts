// One backup of the live database: `npm run backup -- <target-file>` (DATABASE_PATH from the environment).
// Safe while the bot runs and writes: VACUUM INTO copies one consistent snapshot.
// Restore: stop the bot, copy the backup to DATABASE_PATH, remove DATABASE_PATH-wal and -shm, start the bot.
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { ConfigError, loadConfig } from '../src/config';
import { backupDatabase } from '../src/ops/backup';

const target = process.argv[2];
if (!target) {
  console.error('Gebruik: npm run backup -- <doelbestand>');
  process.exit(2);
}
try {
  const { DATABASE_PATH } = loadConfig();
  if (!existsSync(DATABASE_PATH)) throw new Error(`Database niet gevonden: ${DATABASE_PATH}`);
  // Read-only and without migrations: a backup never changes the database it copies.
  const db = new Database(DATABASE_PATH, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  try {
    backupDatabase(db, target);
  } finally {
    db.close();
  }
  console.log(`Backup geschreven: ${target}`);
} catch (err) {
  console.error(err instanceof ConfigError ? err.message : `Backup mislukt: ${(err as Error).message}`);
  process.exit(1);
}
