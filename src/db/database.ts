/**
 * Opens the one SQLite database the bot keeps everything in, applies the
 * numbered migrations, and offers the one transaction helper every domain uses.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { MIGRATIONS, type Migration } from './migrations';

export type Db = Database.Database;

export interface OpenOptions {
  /** Extra migrations appended after the built-in ones (tests use this). */
  migrations?: Migration[];
}

export function openDatabase(path: string, options: OpenOptions = {}): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  // WAL lets the HTTP handlers read while a sign-up writes; busy_timeout makes a
  // second process (a CLI, a restarted instance) wait instead of failing at once.
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  migrate(db, [...MIGRATIONS, ...(options.migrations ?? [])]);
  return db;
}

export function migrate(db: Db, migrations: Migration[]): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const done = new Set(
    (db.prepare('SELECT id FROM schema_migrations').all() as { id: number }[]).map((r) => r.id),
  );
  const applied: number[] = [];
  const ids = new Set<number>();
  for (const m of [...migrations].sort((a, b) => a.id - b.id)) {
    if (ids.has(m.id)) throw new Error(`Migratie ${m.id} staat er twee keer in`);
    ids.add(m.id);
    if (done.has(m.id)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)').run(
        m.id,
        m.name,
        new Date().toISOString(),
      );
    }).immediate();
    applied.push(m.id);
  }
  return applied;
}

/**
 * Runs `fn` in one write transaction (BEGIN IMMEDIATE, so two writers never
 * deadlock on lock upgrade). Throwing rolls everything back.
 */
export function inTransaction<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).immediate();
}

/** SQLite's own error codes, so callers never match on message text. */
export function isConstraintError(err: unknown, code = 'SQLITE_CONSTRAINT'): boolean {
  return typeof err === 'object' && err !== null && 'code' in err && String((err as { code: unknown }).code).startsWith(code);
}
