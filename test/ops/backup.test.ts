import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database';
import { createLogger, silentLogger } from '../../src/log';
import { backupDatabase, backupFileName, startBackupSchedule } from '../../src/ops/backup';
import { startHarness } from '../support/botHarness';

const dir = mkdtempSync(join(tmpdir(), 'g40-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');

// Another process writes without pause; every transaction moves an amount between two rows, so a
// consistent snapshot always has both rows summing to zero and one ledger row per transfer.
const WRITER = `
const Database = require('better-sqlite3');
const db = new Database(process.argv[1]);
db.pragma('journal_mode = WAL');
db.pragma('busy_timeout = 5000');
const move = db.transaction((n) => {
  db.prepare('UPDATE accounts SET balance = balance - ? WHERE id = 1').run(n);
  db.prepare('UPDATE accounts SET balance = balance + ? WHERE id = 2').run(n);
  db.prepare('INSERT INTO ledger (amount, filler) VALUES (?, ?)').run(n, 'x'.repeat(500));
});
let i = 0;
process.stdout.write('writing\\n');
for (;;) move((i++ % 97) + 1);
`;

function runBackupCli(dbPath: string, target: string) {
  return spawnSync(TSX, ['scripts/backup.ts', target], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATABASE_PATH: dbPath },
    encoding: 'utf8',
  });
}

function assertConsistent(file: string): number {
  const copy = new Database(file, { readonly: true });
  try {
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    const sum = copy.prepare('SELECT SUM(balance) AS s FROM accounts').get() as { s: number };
    const ledger = copy.prepare('SELECT COUNT(*) AS n, COALESCE(SUM(amount), 0) AS total FROM ledger').get() as { n: number; total: number };
    const moved = copy.prepare('SELECT balance FROM accounts WHERE id = 2').get() as { balance: number };
    expect(sum.s).toBe(0);
    expect(moved.balance).toBe(ledger.total);
    expect((copy.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number }).n).toBe(0);
    return ledger.n;
  } finally {
    copy.close();
  }
}

describe('backup', () => {
  it('backupCli_duringHeavyWritesFromAnotherProcess_givesConsistentOpenableCopies', async () => {
    const dbPath = join(dir, 'live.db');
    const db = openDatabase(dbPath);
    db.exec(`CREATE TABLE accounts (id INTEGER PRIMARY KEY, balance INTEGER NOT NULL);
             INSERT INTO accounts VALUES (1, 0), (2, 0);
             CREATE TABLE ledger (id INTEGER PRIMARY KEY, amount INTEGER NOT NULL, filler TEXT)`);
    db.close();
    const writer = spawn(process.execPath, ['-e', WRITER, dbPath], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise((resolve) => writer.stdout!.once('data', resolve));

    const counts: number[] = [];
    try {
      for (const name of ['a.db', 'b.db', 'c.db']) {
        const result = runBackupCli(dbPath, join(dir, 'copies', name));
        expect(result.status, result.stderr).toBe(0);
        expect(result.stdout).toContain('Backup geschreven');
        counts.push(assertConsistent(join(dir, 'copies', name)));
      }
    } finally {
      writer.kill('SIGKILL');
    }

    // The writer kept going between the copies, so each is a different snapshot.
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[2]).toBeGreaterThan(counts[0]!);
  }, 60_000);

  it('backupCli_existingTarget_refusesAndKeepsIt', () => {
    const dbPath = join(dir, 'small.db');
    openDatabase(dbPath).close();
    expect(runBackupCli(dbPath, join(dir, 'small-copy.db')).status).toBe(0);

    const again = runBackupCli(dbPath, join(dir, 'small-copy.db'));

    expect(again.status).toBe(1);
    expect(again.stderr).toContain('Backupbestand bestaat al');
  }, 30_000);

  it('backupCli_withoutTarget_explainsUsage', () => {
    const result = spawnSync(TSX, ['scripts/backup.ts'], { env: { PATH: process.env.PATH ?? '' }, encoding: 'utf8' });

    expect(result.status).toBe(2);
    expect(result.stderr).toContain('npm run backup -- <doelbestand>');
  }, 30_000);

  it('restore_copiedBackup_opensWithAllData', () => {
    const live = openDatabase(join(dir, 'restore-live.db'));
    live.exec("CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES ('bewaard')");
    backupDatabase(live, join(dir, 'restore-backup.db'));
    live.close();

    const restored = openDatabase(join(dir, 'restore-backup.db'));

    expect(restored.prepare('SELECT t FROM notes').all()).toEqual([{ t: 'bewaard' }]);
    restored.close();
  });

  it('schedule_takesBackupAtStartAndKeepsNewest', () => {
    const db = openDatabase(':memory:');
    const target = join(dir, 'scheduled');
    let t = Date.parse('2026-02-04T08:00:00Z');
    const schedule = startBackupSchedule({ db, dir: target, intervalMs: 3_600_000, keep: 2, log: silentLogger, now: () => new Date(t) });

    for (let i = 0; i < 3; i++) {
      t += 60_000;
      schedule.runOnce();
    }
    schedule.stop();

    expect(readdirSync(target).sort()).toEqual(['netwerkdag-20260204T080200Z.db', 'netwerkdag-20260204T080300Z.db']);
    db.close();
  });

  it('schedule_failingBackup_logsAndKeepsRunning', () => {
    const db = openDatabase(':memory:');
    const lines: string[] = [];
    const log = createLogger('info', {}, (l) => lines.push(l));
    // A file where the backup folder should be: every backup fails.
    const notAFolder = join(dir, 'not-a-folder');
    writeFileSync(notAFolder, '');

    const schedule = startBackupSchedule({ db, dir: notAFolder, intervalMs: 3_600_000, keep: 2, log });
    const second = schedule.runOnce();
    schedule.stop();

    expect(second).toBeNull();
    expect(lines.map((l) => JSON.parse(l).event)).toEqual(['backup_failed', 'backup_failed']);
    db.close();
  });

  it('backupFileName_isSortableUtc', () => {
    expect(backupFileName(new Date('2026-02-04T09:30:05.123+01:00'))).toBe('netwerkdag-20260204T083005Z.db');
  });

  it('compose_withBackupDir_backsUpOnStart', async () => {
    const backupDir = join(dir, 'compose-backups');
    const h = await startHarness({ env: { BACKUP_DIR: backupDir, BACKUP_INTERVAL_MINUTES: '60' } });
    await h.close();

    const files = readdirSync(backupDir);
    expect(files).toHaveLength(1);
    const copy = new Database(join(backupDir, files[0]!), { readonly: true });
    expect((copy.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number }).n).toBe(5);
    copy.close();
  });
});
