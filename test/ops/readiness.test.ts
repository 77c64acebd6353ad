import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { composeBot } from '../../src/compose';
import { loadConfig } from '../../src/config';
import { silentLogger } from '../../src/log';
import { Readiness } from '../../src/ops/readiness';

const dir = mkdtempSync(join(tmpdir(), 'g40-ready-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readiness', () => {
  it('readyz_isNotReadyUntilStartThenReady', async () => {
    const bot = composeBot(loadConfig({ DATABASE_PATH: join(dir, 'r.db'), LOG_LEVEL: 'silent' }), { log: silentLogger });
    await new Promise<void>((resolve) => bot.server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(bot.server.address() as AddressInfo).port}`;

    const before = await fetch(`${url}/readyz`);
    const health = await fetch(`${url}/healthz`);
    bot.start();
    const after = await fetch(`${url}/readyz`);
    const closing = bot.close();
    const phaseWhileClosing = bot.readiness.phase;
    await closing;

    expect([before.status, await before.json()]).toEqual([503, { status: 'starting' }]);
    expect(health.status).toBe(200);
    expect([after.status, await after.json()]).toEqual([200, { status: 'ready' }]);
    expect(phaseWhileClosing).toBe('stopping');
  });

  it('readiness_closeBeforeStart_staysStopping', () => {
    const readiness = new Readiness();

    readiness.markStopping();
    readiness.markReady();

    expect(readiness.phase).toBe('stopping');
  });
});
