/**
 * The database half of GET /healthz: cheap, but honest about whether the bot can
 * still do its work. A read alone is not: SQLite answers it from pages in memory
 * even when the file beneath was overwritten, and a full disk or read-only file
 * only shows when something is written.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { inTransaction, type Db } from './database';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

export interface DatabaseHealth {
  events: number;
}

export class DatabaseUnhealthy extends Error {
  constructor(readonly reason: string) {
    super(`Database niet gezond: ${reason}`);
    this.name = 'DatabaseUnhealthy';
  }
}

/**
 * Throws when the database cannot serve: the file on disk is no longer an SQLite
 * database (overwritten, truncated), or one small write cannot be committed
 * (read-only, full disk, damaged probe page). One row, one page: well under a millisecond.
 */
export function checkDatabaseHealth(db: Db, now: Date): DatabaseHealth {
  if (!db.memory) {
    // What is on disk now, not what the connection cached: a damaged header means no restart will open it.
    const header = Buffer.alloc(SQLITE_MAGIC.length);
    const fd = openSync(db.name, 'r');
    try {
      readSync(fd, header, 0, header.length, 0);
    } finally {
      closeSync(fd);
    }
    if (!header.equals(SQLITE_MAGIC)) throw new DatabaseUnhealthy('het bestand is geen SQLite-database meer');
  }
  const written = inTransaction(db, () => db.prepare('UPDATE health_probe SET checked_at = ? WHERE id = 1').run(now.toISOString()).changes);
  if (written !== 1) throw new DatabaseUnhealthy('de controlerij ontbreekt');
  const row = db.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number };
  return { events: row.n };
}
