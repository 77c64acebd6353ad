/**
 * Runs src/main.ts as a real child process (via tsx), as `npm start` would,
 * and reads its JSON log lines to learn the port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface BotProcess {
  child: ChildProcess;
  url: string;
  logs: Record<string, unknown>[];
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

// node with tsx as a loader rather than the tsx CLI: the CLI relays SIGTERM and, when the child does not
// confirm within 30 ms (a busy machine), SIGKILLs it, which would make shutdown tests flaky.
const NODE_ARGS = ['--import', 'tsx', join(process.cwd(), 'src', 'main.ts')];

/** `preload`: extra modules node imports before main (tests use one to inject a fault). */
export function runMain(
  env: Record<string, string>,
  preload: string[] = [],
): { child: ChildProcess; done: Promise<{ code: number | null; stdout: string; stderr: string }> } {
  const child = spawn(process.execPath, [...preload.flatMap((p) => ['--import', p]), ...NODE_ARGS], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += String(d)));
  child.stderr!.on('data', (d) => (stderr += String(d)));
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, stdout, stderr })),
  );
  return { child, done };
}

export async function startMain(env: Record<string, string>, timeoutMs = 30_000, preload: string[] = []): Promise<BotProcess> {
  const { child, done } = runMain(env, preload);
  const logs: Record<string, unknown>[] = [];
  let buffer = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('bot did not start in time')), timeoutMs);
    child.stdout!.on('data', (d) => {
      buffer += String(d);
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        try {
          const entry = JSON.parse(line) as Record<string, unknown>;
          logs.push(entry);
          if (entry.event === 'listening') {
            clearTimeout(timer);
            resolve(String(entry.url).replace('[::]', '127.0.0.1').replace('0.0.0.0', '127.0.0.1'));
          }
        } catch {
          // not a log line
        }
      }
    });
    void done.then(({ code, stderr }) => {
      clearTimeout(timer);
      reject(new Error(`bot exited (${code}) before listening: ${stderr}`));
    });
  });
  return {
    child,
    url,
    logs,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null) return child.exitCode;
      child.kill(signal);
      return (await done).code;
    },
  };
}
