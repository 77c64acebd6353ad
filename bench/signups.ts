/**
 * npm run bench:signups — the sign-up storm of the concurrency test, timed:
 * 500 people on 4 sessions of 40 seats, (1) from worker threads with their own
 * connections to one SQLite file, (2) through the bot's HTTP path (invokes).
 * Prints figures only; nothing is asserted here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../src/db/database';
import { startHarness, type TestUser } from '../test/support/botHarness';
import { BEFORE, importEvents, seedDirWith, stormEvent } from '../test/support/signupFactory';
import { startStorm, stormClicks } from '../test/support/signupStorm';

const USERS = Number(process.env.BENCH_USERS ?? 500);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 4);

function line(label: string, clicks: number, people: number, ms: number, extra = ''): void {
  console.log(
    `${label.padEnd(34)} ${String(clicks).padStart(5)} clicks ${String(people).padStart(5)} people  ${ms.toFixed(0).padStart(6)} ms  ${((people / ms) * 1000).toFixed(0).padStart(6)} sign-ups/s${extra}`,
  );
}

function summary(db: ReturnType<typeof openDatabase>): string {
  const rows = db.prepare(`SELECT status, COUNT(*) AS n FROM signups GROUP BY status ORDER BY status`).all() as { status: string; n: number }[];
  return rows.map((r) => `${r.status}=${r.n}`).join(' ');
}

async function workerStorm(workers: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'g40-bench-'));
  try {
    const path = join(dir, 'bench.db');
    const db = openDatabase(path);
    importEvents(db, [stormEvent()]);
    const sessionIds = (db.prepare('SELECT id FROM sessions ORDER BY id').all() as { id: number }[]).map((r) => r.id);
    const clicks = stormClicks(
      Array.from({ length: USERS }, (_, i) => `bench-${i}`),
      sessionIds,
    );
    const storm = startStorm(path, BEFORE, clicks, workers);
    await storm.ready;
    const t0 = performance.now();
    storm.go();
    const results = await storm.done;
    const ms = performance.now() - t0;
    const busy = results.reduce((n, r) => n + r.busyRetries, 0);
    line(`${workers} worker thread(s), own connections`, clicks.length, USERS, ms, `  busy retries ${busy}  [${summary(db)}]`);
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function httpStorm(): Promise<void> {
  const seeds = seedDirWith([stormEvent()], { withRealEvents: false });
  const h = await startHarness({ now: BEFORE, seedsDir: seeds });
  try {
    const event = h.bot.services.programme.getEventBySlug('test-storm')!;
    const sessionIds = h.bot.services.programme.listSessions(event.id).map((s) => s.id);
    const clicks = stormClicks(
      Array.from({ length: USERS }, (_, i) => `bench-http-${i}`),
      sessionIds,
    );
    const t0 = performance.now();
    const responses = await Promise.all(
      clicks.map((c) => {
        const user: TestUser = { id: `29:${c.userId}`, aadObjectId: c.userId, name: c.userId };
        return h.invoke('signup.wait', { sessionId: c.sessionId, eventId: event.id }, user);
      }),
    );
    const ms = performance.now() - t0;
    const failed = responses.filter((r) => r.status !== 200).length;
    line('HTTP invokes, one bot process', clicks.length, USERS, ms, `  non-200 ${failed}  [${summary(h.bot.db)}]`);
  } finally {
    await h.close();
    rmSync(seeds, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  console.log(`Sign-up storm: ${USERS} people, 4 sessions of 40 seats, one round (Node ${process.version})`);
  await workerStorm(1);
  await workerStorm(WORKERS);
  await httpStorm();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
