/**
 * Backups of the one SQLite file: VACUUM INTO writes a consistent snapshot
 * while the bot keeps writing (it reads inside one transaction), and the
 * scheduler keeps the newest few copies in BACKUP_DIR.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { snapshotInto, type Db } from '../db/database';
import type { Logger } from '../log';

const BACKUP_FILE = /^netwerkdag-\d{8}T\d{6}Z\.db$/;

/**
 * Writes a snapshot of `db` to `target`. The copy is made next to the target
 * and renamed into place, so a crash never leaves a half-written backup under
 * the real name. Refuses to overwrite an existing file.
 */
export function backupDatabase(db: Db, target: string): void {
  if (existsSync(target)) throw new Error(`Backupbestand bestaat al: ${target}`);
  mkdirSync(dirname(target), { recursive: true });
  const partial = join(dirname(target), `.${basename(target)}.partial`);
  rmSync(partial, { force: true });
  try {
    snapshotInto(db, partial);
    renameSync(partial, target);
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  }
}

/** File name of a scheduled backup: sortable UTC timestamp, so the newest sorts last. */
export function backupFileName(at: Date): string {
  return `netwerkdag-${at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}.db`;
}

export interface BackupScheduleOptions {
  db: Db;
  dir: string;
  intervalMs: number;
  keep: number;
  log: Logger;
  /** Wall time for file names only; never a domain decision. */
  now?: () => Date;
}

export interface BackupSchedule {
  /** Takes one backup now (also what the timer calls); returns the file or null when it failed. */
  runOnce(): string | null;
  stop(): void;
}

/** Takes a backup at once, then every intervalMs, pruning all but the newest `keep`. */
export function startBackupSchedule(options: BackupScheduleOptions): BackupSchedule {
  const { db, dir, intervalMs, keep, log } = options;
  const now = options.now ?? (() => new Date());
  const runOnce = (): string | null => {
    const target = join(dir, backupFileName(now()));
    try {
      if (existsSync(target)) return target;
      backupDatabase(db, target);
      const old = readdirSync(dir).filter((f) => BACKUP_FILE.test(f)).sort().slice(0, -keep);
      for (const f of old) rmSync(join(dir, f), { force: true });
      log.info('backup_written', { file: target, pruned: old.length });
      return target;
    } catch (error) {
      // A full disk must not stop the bot; the next run tries again and the log says why.
      log.error('backup_failed', { file: target, error });
      return null;
    }
  };
  runOnce();
  const timer = setInterval(runOnce, intervalMs);
  timer.unref();
  return { runOnce, stop: () => clearInterval(timer) };
}
