/**
 * End-to-end rig: the real bot (composeBot, in-process, pinned clock, temp
 * database) on a loopback port, Microsoft's Teams emulator (m365agentsplayground,
 * started exactly as `npm run playground` starts it) pointed at it, and Debian's
 * Chromium driven by playwright-core. Nothing leaves 127.0.0.1: the emulator's
 * telemetry is off and the page's requests to Microsoft's CDN are aborted.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { fixedClock } from '../../../src/clock';
import { composeBot, type BotInstance } from '../../../src/compose';
import { loadConfig } from '../../../src/config';
import { silentLogger } from '../../../src/log';
// The same start-up as `npm run playground` (types in scripts/playground.d.mts).
import { startPlayground } from '../../../scripts/playground.mjs';

export const CHROMIUM = '/usr/bin/chromium';
export const SHOTS_DIR = resolve('test-results', 'e2e');
/** The emulator's current user (scripts/playground.yml). */
export const EMULATOR_USER = { id: 'user-id-0', aadObjectId: '00000000-0000-0000-0000-000000000020', name: 'Sanne Bakker' };

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Chromium still looks up Google hosts (autofill, accounts) on its own; resolve nothing but loopback.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
  '--disable-features=AutofillServerCommunication',
];

/**
 * Null when Debian's Chromium is there; otherwise tries to install it (as root,
 * with apt-get, as .ci/run does) and returns why the journeys cannot run if that fails.
 */
export function chromiumMissingReason(): string | null {
  if (existsSync(CHROMIUM)) return null;
  const howTo = 'installeer het met: apt-get update && apt-get install -y chromium (.ci/run doet dat)';
  if (process.platform !== 'linux' || process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    return `${CHROMIUM} ontbreekt; ${howTo}`;
  }
  console.log(`e2e: ${CHROMIUM} ontbreekt; installeren met apt-get …`);
  const install = spawnSync('sh', ['-c', 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium'], {
    encoding: 'utf8',
    timeout: 10 * 60_000,
  });
  if (existsSync(CHROMIUM)) return null;
  const tail = `${install.stdout ?? ''}${install.stderr ?? ''}`.trim().split('\n').slice(-3).join(' | ');
  return `${CHROMIUM} ontbreekt en installeren lukte niet (${tail || install.error?.message || `code ${install.status}`}); ${howTo}`;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

export interface E2EOptions {
  now: string;
  /** Default: the real seeds/. */
  seedsDir?: string;
  env?: Record<string, string>;
  /** Runs against the composed bot before the emulator connects (e.g. grant a role). */
  arrange?(bot: BotInstance): void;
}

export interface E2E {
  bot: BotInstance;
  botUrl: string;
  emulatorUrl: string;
  context: BrowserContext;
  page: Page;
  /** What the emulator printed, for failure messages. */
  emulatorLog: string[];
  close(): Promise<void>;
}

export async function startE2E(options: E2EOptions): Promise<E2E> {
  const dir = mkdtempSync(join(tmpdir(), 'g40-e2e-'));
  const port = await freePort();
  const botUrl = `http://127.0.0.1:${port}`;
  const config = loadConfig({
    DATABASE_PATH: join(dir, 'e2e.db'),
    SEEDS_DIR: options.seedsDir ?? 'seeds',
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    // Card links (calendar, CSV) must point at this very bot so the browser can follow them.
    PUBLIC_BASE_URL: botUrl,
    NOW: options.now,
    ...(options.env ?? {}),
  });
  const bot = composeBot(config, { log: silentLogger, clock: fixedClock(options.now) });
  options.arrange?.(bot);
  await new Promise<void>((r) => bot.server.listen(port, '127.0.0.1', r));
  bot.start();

  const emulatorLog: string[] = [];
  let child: ChildProcess | undefined;
  let playgroundDir: string | undefined;
  let context: BrowserContext | undefined;
  try {
    const playground = await startPlayground({
      botEndpoint: `${botUrl}/api/messages`,
      port: await freePort(),
      openBrowser: false,
      output: (line: string) => emulatorLog.push(line),
    });
    child = playground.child;
    playgroundDir = playground.workDir;
    // If the test worker dies without close(), the emulator must not outlive it.
    const killEmulator = () => playground.child.kill('SIGTERM');
    process.once('exit', killEmulator);
    // A persistent context is how Playwright takes a fresh --user-data-dir.
    context = await chromium.launchPersistentContext(join(dir, 'chromium'), {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      viewport: { width: 1400, height: 1000 },
      locale: 'nl-NL',
      acceptDownloads: true,
    });
    await context.route(
      (url) => !/^(127\.0\.0\.1|localhost)$/.test(url.hostname) && url.protocol !== 'data:' && url.protocol !== 'blob:',
      (route) => route.abort(),
    );
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(playground.url);
    const e2e: E2E = {
      bot,
      botUrl,
      emulatorUrl: playground.url,
      context,
      page,
      emulatorLog,
      async close() {
        await context?.close().catch(() => undefined);
        child?.kill('SIGTERM');
        process.off('exit', killEmulator);
        await bot.close();
        rmSync(dir, { recursive: true, force: true });
        rmSync(playground.workDir, { recursive: true, force: true });
      },
    };
    return e2e;
  } catch (err) {
    await context?.close().catch(() => undefined);
    child?.kill('SIGTERM');
    await bot.close();
    rmSync(dir, { recursive: true, force: true });
    if (playgroundDir) rmSync(playgroundDir, { recursive: true, force: true });
    throw new Error(`${(err as Error).message}\nemulator:\n${emulatorLog.join('')}`);
  }
}

/** Numbered screenshots of one journey: test-results/e2e/<journey>/<nn>-<step>.png */
export class Screenshots {
  private step = 0;
  readonly dir: string;

  constructor(private readonly page: Page, journey: string) {
    this.dir = join(SHOTS_DIR, journey);
    // No clean-up first: two runs at once (a developer and CI) must not pull the folder from under each other.
    mkdirSync(this.dir, { recursive: true });
  }

  async take(name: string): Promise<string> {
    this.step++;
    const path = join(this.dir, `${String(this.step).padStart(2, '0')}-${name}.png`);
    await this.page.screenshot({ path });
    return path;
  }
}
