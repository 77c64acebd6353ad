/**
 * GET /healthz says whether the database can still do the bot's work: a read the
 * connection answers from memory is not enough (the finding: 200 with a full disk
 * or a damaged database), so the check commits one small write and looks at the file.
 */
import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/botHarness';

const health = async (h: Harness) => {
  const res = await fetch(`${h.baseUrl}/healthz`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describe('GET /healthz', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close().catch(() => undefined);
    h = undefined;
  });

  it('healthyDatabase_gets200_andTheProbeRowIsWritten', async () => {
    h = await startHarness();

    const res = await health(h);

    expect(res).toEqual({ status: 200, body: { status: 'ok', events: 5 } });
    const row = h.bot.db.prepare('SELECT checked_at FROM health_probe WHERE id = 1').get() as { checked_at: string };
    expect(Number.isNaN(Date.parse(row.checked_at))).toBe(false);
  });

  // As on a read-only file or mount: reads still work, every write fails.
  it('databaseThatCannotWrite_gets503_andRecoversWhenItCanAgain', async () => {
    h = await startHarness();
    h.bot.db.pragma('query_only = ON');

    const refused = await health(h);
    h.bot.db.pragma('query_only = OFF');
    const recovered = await health(h);

    expect(refused).toEqual({ status: 503, body: { status: 'error' } });
    expect(recovered.status).toBe(200);
  });

  // The connection still holds every page it needs in memory, so a read alone kept saying 200.
  it('databaseFileOverwrittenWhileRunning_gets503', async () => {
    h = await startHarness();
    const file = join(h.dir, 'test.db');
    h.bot.db.pragma('wal_checkpoint(TRUNCATE)');
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(statSync(file).size, 0x5a), 0, statSync(file).size, 0);
    closeSync(fd);

    const res = await health(h);

    expect(res).toEqual({ status: 503, body: { status: 'error' } });
  });
});
