import { describe, expect, it } from 'vitest';
import { inTransaction, isConstraintError, migrate, openDatabase } from '../../src/db/database';
import { MIGRATIONS } from '../../src/db/migrations';

describe('database', () => {
  it('open_appliesEveryMigrationOnceInOrder', () => {
    const db = openDatabase(':memory:');

    const applied = (db.prepare('SELECT id FROM schema_migrations ORDER BY id').all() as { id: number }[]).map((r) => r.id);
    const again = migrate(db, MIGRATIONS);

    expect(applied).toEqual(MIGRATIONS.map((m) => m.id).sort((a, b) => a - b));
    expect(again).toEqual([]);
  });

  it('migrationIds_areUnique', () => {
    expect(new Set(MIGRATIONS.map((m) => m.id)).size).toBe(MIGRATIONS.length);
  });

  it('foreignKeysAndWal_areOn', () => {
    const db = openDatabase(':memory:');

    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('failingMigration_rollsBackAndIsNotRecorded', () => {
    const db = openDatabase(':memory:');

    expect(() => migrate(db, [{ id: 999, name: 'kapot', sql: 'CREATE TABLE t (x); INSERT INTO nope VALUES (1);' }])).toThrow();
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 't'").get()).toBeUndefined();
    expect(db.prepare('SELECT id FROM schema_migrations WHERE id = 999').get()).toBeUndefined();
  });

  it('inTransaction_rollsBackOnThrow', () => {
    const db = openDatabase(':memory:');
    db.exec('CREATE TABLE t (x INTEGER UNIQUE)');

    expect(() =>
      inTransaction(db, () => {
        db.prepare('INSERT INTO t VALUES (1)').run();
        db.prepare('INSERT INTO t VALUES (1)').run();
      }),
    ).toThrow();
    expect(db.prepare('SELECT COUNT(*) AS n FROM t').get()).toEqual({ n: 0 });
  });

  it('isConstraintError_usesSqliteCodes', () => {
    const db = openDatabase(':memory:');
    db.exec('CREATE TABLE t (x INTEGER UNIQUE)');
    db.prepare('INSERT INTO t VALUES (1)').run();

    let caught: unknown;
    try {
      db.prepare('INSERT INTO t VALUES (1)').run();
    } catch (err) {
      caught = err;
    }

    expect(isConstraintError(caught)).toBe(true);
    expect(isConstraintError(new Error('SQLITE_CONSTRAINT in message only'))).toBe(false);
  });
});
