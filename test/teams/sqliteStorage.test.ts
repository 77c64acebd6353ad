import { describe, expect, it } from 'vitest';
import { SqliteStorage } from '../../src/teams/sqliteStorage';
import { openDatabase } from '../../src/db/database';

describe('SqliteStorage', () => {
  it('writeThenRead_roundTripsWithETag', async () => {
    const storage = new SqliteStorage(openDatabase(':memory:'));

    await storage.write({ 'msteams/conversations/c1': { lastEventId: 5 } });
    const read = await storage.read(['msteams/conversations/c1', 'missing']);

    expect(read).toEqual({ 'msteams/conversations/c1': { lastEventId: 5, eTag: '1' } });
  });

  it('staleETag_isRefusedAndKeepsTheNewerValue', async () => {
    const storage = new SqliteStorage(openDatabase(':memory:'));
    await storage.write({ k: { n: 1 } });
    const first = await storage.read(['k']);
    await storage.write({ k: { ...first.k, n: 2 } });

    await expect(storage.write({ k: { ...first.k, n: 3 } })).rejects.toThrow(/eTag conflict/);
    expect((await storage.read(['k'])).k).toEqual({ n: 2, eTag: '2' });
  });

  it('severalKeys_oneStale_noneIsWritten', async () => {
    const storage = new SqliteStorage(openDatabase(':memory:'));
    await storage.write({ a: { n: 1 }, b: { n: 1 } });
    const first = await storage.read(['a', 'b']);
    await storage.write({ b: { ...first.b, n: 2 } });

    await expect(storage.write({ a: { ...first.a, n: 3 }, b: { ...first.b, n: 3 } })).rejects.toThrow(/eTag conflict for key b/);
    expect(await storage.read(['a', 'b'])).toEqual({ a: { n: 1, eTag: '1' }, b: { n: 2, eTag: '2' } });
  });

  it('starOrNoETag_overwrites_andANewKeyIsWrittenWhateverItsETag', async () => {
    const storage = new SqliteStorage(openDatabase(':memory:'));
    await storage.write({ k: { n: 1 } });
    await storage.write({ k: { n: 2, eTag: '*' } });
    await storage.write({ k: { n: 3 } });
    await storage.write({ fresh: { n: 1, eTag: '7' } });

    expect(await storage.read(['k', 'fresh'])).toEqual({ k: { n: 3, eTag: '3' }, fresh: { n: 1, eTag: '1' } });
  });

  it('writesOfOneTick_areCommittedTogether_andAStaleOneIsRefusedAlone', async () => {
    let commits = 0;
    const storage = new SqliteStorage(openDatabase(':memory:'), () => `2026-02-04T09:3${commits++}:00Z`);
    await storage.write({ a: { n: 1 }, b: { n: 1 }, c: { n: 1 } });
    const first = await storage.read(['a', 'b', 'c']);
    await storage.write({ b: { ...first.b, n: 2 } });
    commits = 0;

    // Three turns save at once: the second one's state of b is stale; its a is not written either.
    const results = await Promise.allSettled([
      storage.write({ a: { ...first.a, n: 3 } }),
      storage.write({ b: { ...first.b, n: 3 }, c: { ...first.c, n: 3 } }),
      storage.write({ c: { ...first.c, n: 4 } }),
    ]);

    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await storage.read(['a', 'b', 'c'])).toEqual({ a: { n: 3, eTag: '2' }, b: { n: 2, eTag: '2' }, c: { n: 4, eTag: '2' } });
    expect(commits).toBe(1);
  });

  it('delete_removesKeys', async () => {
    const storage = new SqliteStorage(openDatabase(':memory:'));
    await storage.write({ a: { x: 1 }, b: { x: 2 } });

    await storage.delete(['a']);

    expect(Object.keys(await storage.read(['a', 'b']))).toEqual(['b']);
  });

  it('stateSurvivesReopeningTheFile', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'g40-state-'));
    const path = join(dir, 's.db');
    const db1 = openDatabase(path);
    await new SqliteStorage(db1).write({ 'user/anna': { welcomed: true } });
    db1.close();

    const db2 = openDatabase(path);
    const read = await new SqliteStorage(db2).read(['user/anna']);
    db2.close();
    rmSync(dir, { recursive: true, force: true });

    expect(read['user/anna']).toEqual({ welcomed: true, eTag: '1' });
  });
});
