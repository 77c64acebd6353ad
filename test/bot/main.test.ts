import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openDatabase } from '../../src/db/database';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { ANNA, messageActivity } from '../support/botHarness';
import { ConnectorStandIn } from '../support/connector';
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

  it('localModeWithoutHost_listensOnLoopbackAndSaysSo', async () => {
    const bot = await startMain({ DATABASE_PATH: join(dir, 'h.db'), LOG_LEVEL: 'info', HOST: '' });
    const health = await fetch(`${bot.url}/healthz`);
    await bot.stop();

    const listening = bot.logs.find((l) => l.event === 'listening')!;
    expect(health.status).toBe(200);
    expect(listening.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(listening.reach).toMatch(/alleen bereikbaar vanaf deze machine \(127\.0\.0\.1\)/);
    expect(bot.logs.some((l) => l.event === 'local_mode_exposed')).toBe(false);
  }, 60_000);

  it('localModeWithExplicitHostOnAllInterfaces_warnsLoudly', async () => {
    const bot = await startMain({ DATABASE_PATH: join(dir, 'i.db'), LOG_LEVEL: 'info', HOST: '0.0.0.0' });
    await bot.stop();

    expect(bot.logs.find((l) => l.event === 'local_mode_exposed')).toMatchObject({ level: 'warn' });
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

  // A raw stack trace before: now one Dutch sentence that says what is wrong and what to do, and exit 2 like bad config.
  it('databaseFileThatIsNoDatabase_refusesToStartWithDutchReason', async () => {
    const file = join(dir, 'geen-database.db');
    writeFileSync(file, 'dit is geen database, maar een boodschappenlijst\n'.repeat(200));

    const { code, stderr } = await runMain({ DATABASE_PATH: file }).done;

    expect(code).toBe(2);
    expect(stderr).toContain(`Database ${file}: is geen SQLite-database`);
    expect(stderr).not.toMatch(/^\s+at /m);
  }, 30_000);

  it('damagedDatabase_refusesToStartWithDutchReason', async () => {
    const file = join(dir, 'beschadigd.db');
    openDatabase(file).close();
    // Keep the header page, scribble over everything after it.
    const size = statSync(file).size;
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(size - 4096, 0x5a), 0, size - 4096, 4096);
    closeSync(fd);

    const { code, stderr } = await runMain({ DATABASE_PATH: file }).done;

    expect(code).toBe(2);
    expect(stderr).toContain(`Database ${file}: is beschadigd. Zet de laatste backup terug`);
    expect(stderr).not.toMatch(/^\s+at /m);
  }, 30_000);

  it('databasePathThatCannotBeOpened_refusesToStartWithDutchReason', async () => {
    const folder = join(dir, 'een-map.db');
    mkdirSync(folder);

    const { code, stderr } = await runMain({ DATABASE_PATH: folder }).done;

    expect(code).toBe(2);
    expect(stderr).toContain(`Database ${folder}: kan niet worden geopend of aangemaakt`);
    expect(stderr).not.toMatch(/^\s+at /m);
  }, 30_000);

  it('brokenSeeds_refuseToStartAndSayWhere', async () => {
    const { done } = runMain({ DATABASE_PATH: join(dir, 'e.db'), SEEDS_DIR: join(dir, 'geen-seeds') });

    const { code, stderr } = await done;

    expect(code).toBe(2);
    expect(stderr).toMatch(/Seeds ongeldig: .*geen-seeds/);
  }, 30_000);

  // The exact request of the red-team report (curl -X POST -H 'Content-Type: application/json'
  // -H 'Content-Encoding: gzip' --data '{"type":"message"}'), and a truncated gzip body: each ended the process.
  it('gzipHeaderOrTruncatedGzip_isRefused_andTheProcessKeepsServing', async () => {
    const connector = new ConnectorStandIn();
    await connector.start();
    const bot = await startMain({ DATABASE_PATH: join(dir, 'f.db'), LOG_LEVEL: 'info' });
    const post = (headers: Record<string, string>, body: string | Uint8Array) =>
      fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });

    const plain = await post({ 'Content-Encoding': 'gzip' }, '{"type":"message"}');
    const truncated = await post({ 'Content-Encoding': 'gzip' }, gzipSync('{"type":"message","text":"hulp"}').subarray(0, 15));
    const normal = await post({}, JSON.stringify(messageActivity(connector.url, 'hulp', ANNA)));
    const health = await fetch(`${bot.url}/healthz`);
    const alive = bot.child.exitCode === null;
    await bot.stop();
    await connector.stop();

    expect([plain.status, truncated.status]).toEqual([415, 415]);
    expect(normal.status).toBe(200);
    expect(connector.received.some((r) => r.body.type === 'message')).toBe(true);
    expect(health.status).toBe(200);
    expect(alive).toBe(true);
  }, 60_000);

  it('uncaughtExceptionWhileServing_isLogged_andTheProcessKeepsServing', async () => {
    const fault = pathToFileURL(join(process.cwd(), 'test', 'support', 'throwOnSignal.mjs')).href;
    const bot = await startMain({ DATABASE_PATH: join(dir, 'g.db'), LOG_LEVEL: 'info' }, 30_000, [fault]);

    bot.child.kill('SIGUSR2');
    const deadline = Date.now() + 10_000;
    while (!bot.logs.some((l) => l.event === 'uncaught_exception') && bot.child.exitCode === null && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const health = bot.child.exitCode === null ? (await fetch(`${bot.url}/healthz`)).status : null;
    const alive = bot.child.exitCode === null;
    const code = await bot.stop('SIGTERM');

    expect(bot.logs.find((l) => l.event === 'uncaught_exception')).toMatchObject({ level: 'error', serving: true });
    expect(alive).toBe(true);
    expect(health).toBe(200);
    expect(code).toBe(0);
  }, 60_000);
});
