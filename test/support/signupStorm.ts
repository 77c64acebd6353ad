/**
 * The sign-up storm: many people clicking Aanmelden on a few sessions in the
 * same instant, from several worker threads, each with its own connection to
 * one SQLite file (as several bot instances or processes would). Used by the
 * concurrency test and by `npm run bench:signups`.
 */
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';

export interface StormClick {
  userId: string;
  sessionId: number;
}

export interface StormWorkerData {
  dbPath: string;
  now: string;
  clicks: StormClick[];
  /** Int32 flag the workers wait on, so they all start together. */
  start: SharedArrayBuffer;
}

export interface StormWorkerResult {
  outcomes: Record<string, number>;
  busyRetries: number;
  clicks: number;
}

/**
 * Who clicks what: user i goes for session i mod n; every 5th also clicks a
 * second session of the same round (must be refused as a conflict), every
 * 7th double-clicks.
 */
export function stormClicks(userIds: string[], sessionIds: number[]): StormClick[] {
  const clicks: StormClick[] = [];
  userIds.forEach((userId, i) => {
    const first = sessionIds[i % sessionIds.length]!;
    clicks.push({ userId, sessionId: first });
    if (i % 7 === 0) clicks.push({ userId, sessionId: first });
    if (i % 5 === 0) clicks.push({ userId, sessionId: sessionIds[(i + 1) % sessionIds.length]! });
  });
  return clicks;
}

export interface StormRun {
  /** Resolves when every worker has its connection open and waits for go(). */
  ready: Promise<void>;
  /** Resolves when every worker is done. */
  done: Promise<StormWorkerResult[]>;
  /** Releases all workers at once. */
  go(): void;
}

/** Starts `workers` threads, each with a share of the clicks; they wait for go(). */
export function startStorm(dbPath: string, now: string, clicks: StormClick[], workers: number): StormRun {
  const start = new SharedArrayBuffer(4);
  const file = resolve(__dirname, 'signupStormWorker.ts');
  const results: Promise<StormWorkerResult>[] = [];
  const ready: Promise<void>[] = [];
  for (let w = 0; w < workers; w++) {
    const share = clicks.filter((_, i) => i % workers === w);
    const data: StormWorkerData = { dbPath, now, clicks: share, start };
    // The worker is TypeScript: register tsx in it before loading the file.
    const worker = new Worker(`require('tsx/cjs'); require(${JSON.stringify(file)});`, { eval: true, workerData: data });
    let onReady!: () => void;
    ready.push(new Promise<void>((r) => (onReady = r)));
    results.push(
      new Promise((resolveResult, reject) => {
        worker.on('message', (m: 'ready' | StormWorkerResult) => (m === 'ready' ? onReady() : resolveResult(m)));
        worker.once('error', reject);
        worker.once('exit', (code) => code !== 0 && reject(new Error(`storm worker exited with ${code}`)));
      }),
    );
  }
  return {
    ready: Promise.all(ready).then(() => undefined),
    done: Promise.all(results),
    go() {
      const flag = new Int32Array(start);
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
    },
  };
}
