/**
 * `npm run playground`: Microsoft's local Teams emulator (m365agentsplayground)
 * against the bot at http://127.0.0.1:$PORT/api/messages, with the mock team in
 * scripts/playground.yml. The end-to-end tests start it through startPlayground().
 *
 * The emulator exits when it cannot spawn `xdg-open` (headless machines), so a
 * no-op xdg-open goes first on PATH there, and TEAMSAPPTESTER_BROWSER=none.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const PLAYGROUND_CLI = join(here, '..', 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');
export const PLAYGROUND_CONFIG = join(here, 'playground.yml');

function hasDesktop() {
  if (process.platform !== 'linux') return true;
  const onPath = (process.env.PATH ?? '').split(':').some((d) => d && existsSync(join(d, 'xdg-open')));
  return onPath && Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

/**
 * Starts the emulator; resolves once it listens, with its web address.
 * Options: botEndpoint, port (0 = any free one), configPath, openBrowser, output (a function for its log lines).
 */
export function startPlayground(options) {
  const workDir = mkdtempSync(join(tmpdir(), 'g40-playground-'));
  const openBrowser = options.openBrowser ?? hasDesktop();
  const env = {
    ...process.env,
    M365_AGENTS_PLAYGROUND_CONFIG_PATH: options.configPath ?? PLAYGROUND_CONFIG,
    M365_AGENTS_PLAYGROUND_LOGFILE: join(workDir, 'm365agentsplayground.log'),
    // --disable-telemetry stops its events, but the Application Insights SDK it starts anyway
    // still phones home (statsbeat to applicationinsights.azure.com, Azure metadata probes).
    APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
    APPLICATION_INSIGHTS_NO_DIAGNOSTIC_CHANNEL: 'true',
  };
  if (!openBrowser) {
    writeFileSync(join(workDir, 'xdg-open'), '#!/bin/sh\nexit 0\n');
    chmodSync(join(workDir, 'xdg-open'), 0o755);
    env.PATH = `${workDir}:${process.env.PATH ?? ''}`;
    env.TEAMSAPPTESTER_BROWSER = 'none';
  }
  const args = [PLAYGROUND_CLI, '-e', options.botEndpoint, '-c', 'msteams', '-p', String(options.port ?? 56150), '--disable-telemetry'];
  // cwd = workDir: the emulator writes a devTools/ folder into its working directory.
  const child = spawn(process.execPath, args, { cwd: workDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = options.output ?? ((line) => process.stdout.write(line));
  const logFile = env.M365_AGENTS_PLAYGROUND_LOGFILE;
  let exited = null;
  child.on('exit', (code, signal) => {
    exited = code ?? signal;
  });
  // Its errors (e.g. an invalid playground.yml) go to the log file, not to stderr.
  const failure = () => {
    let reasons = '';
    try {
      reasons = readFileSync(logFile, 'utf8').split('\n').filter((l) => l.startsWith('error ')).join('\n');
    } catch {
      // no log written
    }
    rmSync(workDir, { recursive: true, force: true });
    return new Error(`de emulator stopte (code ${exited})${reasons ? `:\n${reasons}` : ''}`);
  };
  return new Promise((resolve, reject) => {
    let listening = false;
    const onData = (chunk) => {
      const text = chunk.toString();
      output(text);
      const m = text.match(/Listening on (\d+)/);
      if (m && !listening) {
        listening = true;
        void waitUntilServing(`http://localhost:${m[1]}`).then(
          (url) => resolve({ child, url, port: Number(m[1]), workDir }),
          reject,
        );
      }
    };
    // It prints "Listening" before it has read its config; only a page that loads means it is up.
    const waitUntilServing = async (url) => {
      for (let i = 0; i < 200; i++) {
        if (exited !== null) throw failure();
        try {
          const res = await fetch(url);
          if (res.ok) return url;
        } catch {
          // not yet
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`de emulator antwoordt niet op ${url}`);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', () => {
      if (!listening) reject(failure());
    });
  });
}

async function main() {
  const port = Number(process.env.PORT ?? 3978);
  const botEndpoint = process.env.BOT_ENDPOINT ?? `http://127.0.0.1:${port}/api/messages`;
  const health = new URL('/healthz', botEndpoint);
  try {
    const res = await fetch(health, { signal: AbortSignal.timeout(2000) });
    console.log(`Bot gevonden op ${botEndpoint} (${res.status}).`);
  } catch {
    console.log(`Let op: de bot antwoordt niet op ${health}. Start hem in een ander venster met:`);
    console.log('  NOW=2026-02-04T09:30:00+01:00 npm run dev');
    console.log('De emulator verbindt zodra je de pagina opent of herlaadt.');
  }
  const playground = await startPlayground({
    botEndpoint,
    port: Number(process.env.PLAYGROUND_PORT ?? 56150),
    output: (text) => process.stdout.write(text),
  });
  console.log(`\nOpen ${playground.url} in je browser om met de bot te chatten. Stoppen: Ctrl+C.`);
  const stop = () => playground.child.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  playground.child.on('exit', (code) => {
    rmSync(playground.workDir, { recursive: true, force: true });
    process.exit(code ?? 0);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err) => {
    console.error(err.message ?? err);
    process.exit(1);
  });
}
