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

/** The database cannot be used at start: the reason in Dutch, for the operator (main exits 2 with it). */
export class DatabaseOpenError extends Error {
  constructor(readonly path: string, readonly reason: string, options?: { cause?: unknown }) {
    super(`Database ${path}: ${reason}`, options);
    this.name = 'DatabaseOpenError';
  }
}

/**
 * Every statement is prepared once per connection and then reused: SQLite
 * compiling the same SQL for each question and each card was a measurable part
 * of a turn. Safe because the code only calls get/all/run (no iterate, pluck or
 * raw, which would hold or change a shared statement).
 */
function reusePreparedStatements(db: Db): void {
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, ReturnType<Db['prepare']>>();
  db.prepare = ((sql: string) => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = prepare(sql);
      // Generated SQL (a varying IN list) must not grow the cache without end.
      if (cache.size > 500) cache.clear();
      cache.set(sql, statement);
    }
    return statement;
  }) as Db['prepare'];
}

export function openDatabase(path: string, options: OpenOptions = {}): Db {
  let db: Db | undefined;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
    // WAL lets the HTTP handlers read while a sign-up writes; busy_timeout makes a
    // second process (a CLI, a restarted instance) wait instead of failing at once.
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    // Damage found now stops the start with a clear reason; found later it fails a sign-up halfway through
    // the day. The file is a few MB at most, so this takes milliseconds.
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new DatabaseOpenError(path, `${DAMAGED} (quick_check: ${String(check).slice(0, 200)})`);
    reusePreparedStatements(db);
    migrate(db, [...MIGRATIONS, ...(options.migrations ?? [])]);
    return db;
  } catch (err) {
    try {
      db?.close();
    } catch {
      // Closing a database that could not be opened properly may fail too; the first error is the one to report.
    }
    if (err instanceof DatabaseOpenError) throw err;
    throw new DatabaseOpenError(path, describeDatabaseError(err), { cause: err });
  }
}

/**
 * A second, read-only connection to the same file, for a worker thread that only reads (the
 * answers' own copy of the programme). It applies no migrations: the main connection did.
 */
export function openReadOnlyDatabase(path: string): Db {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  reusePreparedStatements(db);
  return db;
}

const DAMAGED = 'is beschadigd. Zet de laatste backup terug (README, "Terugzetten")';

/** SQLite's and the file system's error codes, in words an operator can act on. */
export function describeDatabaseError(err: unknown): string {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
  const detail = err instanceof Error ? err.message : String(err);
  if (code === 'SQLITE_NOTADB') return `is geen SQLite-database (of de kop is beschadigd). Zet de laatste backup terug (README, "Terugzetten") of kies een ander DATABASE_PATH`;
  if (code.startsWith('SQLITE_CORRUPT')) return DAMAGED;
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_PERM' || code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return `kan niet worden beschreven (${detail}). De bot moet het bestand en de map eromheen kunnen lezen en schrijven`;
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return `kan niet worden beschreven: de schijf is vol`;
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'ENOTDIR' || code === 'EEXIST' || code === 'EISDIR') {
    return `kan niet worden geopend of aangemaakt (${detail}). Controleer DATABASE_PATH: het moet een bestand zijn in een map die bestaat of kan worden aangemaakt`;
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return `is bezet door een ander proces (${detail})`;
  return `kan niet worden geopend (${code || 'fout'}: ${detail})`;
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

/** Any error SQLite raised (as opposed to one from our own code). */
export function isSqliteError(err: unknown): boolean {
  return isConstraintError(err, 'SQLITE_');
}

/** Writes a consistent copy of the open database to `path` (VACUUM INTO reads inside one transaction, so writers may go on). */
export function snapshotInto(db: Db, path: string): void {
  db.prepare('VACUUM INTO ?').run(path);
}
