import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain, startMain } from '../support/process';

const dir = mkdtempSync(join(tmpdir(), 'g40-main-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('main process', () => {
  it('start_loadsAllFiveNetwerkdagenAndStopsCleanlyOnSigterm', async () => {
    const bot = await startMain({ DATABASE_PATH: join(dir, 'a.db'), LOG_LEVEL: 'info' });

    const health = await (await fetch(`${bot.url}/healthz`)).json();
    const code = await bot.stop('SIGTERM');

    expect(health).toEqual({ status: 'ok', events: 5 });
    expect(bot.logs.some((l) => l.event === 'local_mode')).toBe(true);
    expect(code).toBe(0);
  }, 60_000);

  it('restart_keepsTheDatabaseAndImportsNothingTwice', async () => {
    const first = await startMain({ DATABASE_PATH: join(dir, 'b.db'), LOG_LEVEL: 'info' });
    await first.stop();
    const second = await startMain({ DATABASE_PATH: join(dir, 'b.db'), LOG_LEVEL: 'info' });
    await second.stop();

    const imported = second.logs.find((l) => l.event === 'seeds_imported') as { events: string[] };
    expect(imported.events.every((e) => e.endsWith(':ongewijzigd'))).toBe(true);
  }, 60_000);

  it('invalidConfig_exitsWithMessageNamingTheVariable', async () => {
    const { done } = runMain({ DATABASE_PATH: join(dir, 'c.db'), PORT: 'negentig' });

    const { code, stderr } = await done;

    expect(code).toBe(2);
    expect(stderr).toMatch(/Ongeldige configuratie: PORT: /);
  }, 30_000);

  it('productionWithoutBotId_refusesToStart', async () => {
    const { done } = runMain({ DATABASE_PATH: join(dir, 'd.db'), NODE_ENV: 'production', LOG_LEVEL: 'info' });

    const { code, stdout } = await done;

    expect(code).toBe(2);
    expect(stdout).toMatch(/local_mode_refused/);
  }, 30_000);

  it('brokenSeeds_refuseToStartAndSayWhere', async () => {
    const { done } = runMain({ DATABASE_PATH: join(dir, 'e.db'), SEEDS_DIR: join(dir, 'geen-seeds') });

    const { code, stderr } = await done;

    expect(code).toBe(2);
    expect(stderr).toMatch(/Seeds ongeldig: .*geen-seeds/);
  }, 30_000);
});
