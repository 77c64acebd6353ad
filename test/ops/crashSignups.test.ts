/**
 * Crash safety of sign-ups: the real process is SIGKILLed in the middle of a
 * storm of sign-up, waiting-list and cancel clicks over HTTP. After a restart
 * on the same file every rule still holds: no session over capacity, nobody
 * twice in a round, nobody waiting while a seat is free (a cancel and its
 * promotion are one transaction), history and promotion notices match the rows.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WAITLIST_PROMOTED } from '../../src/signups/service';
import { invokeActivity, type TestUser } from '../support/botHarness';
import { ConnectorStandIn } from '../support/connector';
import { startMain, type BotProcess } from '../support/process';
import { BEFORE, seedDirWith, stormEvent } from '../support/signupFactory';

const USERS = 400;
const IN_FLIGHT = 40;
/** Completed clicks after which the process is killed: well inside the storm. */
const KILL_AFTER = 250;

const dir = mkdtempSync(join(tmpdir(), 'g40-crash-'));
const dbPath = join(dir, 'crash.db');

function invoke(bot: BotProcess, serviceUrl: string, verb: string, data: Record<string, unknown>, user: TestUser) {
  const activity = invokeActivity(serviceUrl, verb, data, user);
  return fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
}

describe('sign-ups survive SIGKILL', () => {
  let seeds: string;
  const connector = new ConnectorStandIn();
  beforeAll(async () => {
    seeds = seedDirWith([stormEvent()], { withRealEvents: false });
    await connector.start();
  });
  afterAll(async () => {
    await connector.stop();
    rmSync(seeds, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  });

  it('sigkillMidStorm_restart_noOverbookingNoHalfDoneSignup', async () => {
    const env = { DATABASE_PATH: dbPath, SEEDS_DIR: seeds, NOW: BEFORE, LOG_LEVEL: 'warn' };
    const first = await startMain({ ...env, LOG_LEVEL: 'info' });
    const peek = new Database(dbPath, { readonly: true });
    const eventId = (peek.prepare(`SELECT id FROM events WHERE slug = 'test-storm'`).get() as { id: number }).id;
    const sessionIds = (peek.prepare('SELECT id FROM sessions WHERE event_id = ? ORDER BY id').all(eventId) as { id: number }[]).map((r) => r.id);
    peek.close();

    // Every user joins (or queues for) a session; every fourth then cancels, which promotes someone waiting.
    const clicks: (() => Promise<Response>)[] = [];
    for (let i = 0; i < USERS; i++) {
      const user: TestUser = { id: `29:crash-${i}`, aadObjectId: `crash-${i}`, name: `Deelnemer ${i}` };
      const sessionId = sessionIds[i % sessionIds.length]!;
      clicks.push(() => invoke(first, connector.url, 'signup.wait', { sessionId, eventId }, user));
      if (i % 4 === 0) clicks.push(() => invoke(first, connector.url, 'signup.cancel', { sessionId, eventId }, user));
    }
    let completed = 0;
    let next = 0;
    let killed: Promise<number | null> | null = null;
    const lane = async () => {
      while (next < clicks.length && !killed) {
        const click = clicks[next++]!;
        try {
          await click();
          if (++completed >= KILL_AFTER && !killed) killed = first.stop('SIGKILL');
        } catch {
          // The connection died with the process: exactly the case under test.
        }
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
    await killed;

    const second = await startMain({ ...env, LOG_LEVEL: 'info' });
    const after = await invoke(second, connector.url, 'signup.wait', { sessionId: sessionIds[0], eventId }, { id: '29:late', aadObjectId: 'late', name: 'Laat' });
    const afterStatus = after.status;
    await second.stop('SIGTERM');

    expect(completed).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(completed).toBeLessThan(clicks.length);
    expect(afterStatus).toBe(200);
    const db = new Database(dbPath, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const perSession = db
        .prepare(
          `SELECT s.id, s.capacity,
                  SUM(u.status = 'confirmed') AS confirmed, SUM(u.status = 'waiting') AS waiting
             FROM sessions s LEFT JOIN signups u ON u.session_id = s.id
            WHERE s.event_id = ? GROUP BY s.id`,
        )
        .all(eventId) as { id: number; capacity: number; confirmed: number; waiting: number }[];
      expect(perSession.filter((s) => s.confirmed > s.capacity)).toEqual([]);
      // A cancel without its promotion would leave a seat free while someone waits.
      expect(perSession.filter((s) => s.confirmed < s.capacity && s.waiting > 0)).toEqual([]);
      expect(perSession.reduce((n, s) => n + s.confirmed + s.waiting, 0)).toBeGreaterThan(0);
      const twice = db.prepare(`SELECT user_id FROM signups WHERE status <> 'cancelled' GROUP BY user_id, round_key HAVING COUNT(*) > 1`).all();
      expect(twice).toEqual([]);
      // Each row's status is where its history ends: no row changed without its record, or the reverse.
      const mismatched = db
        .prepare(
          `SELECT u.id FROM signups u
            WHERE u.status IS NOT (SELECT e.to_status FROM signup_events e WHERE e.signup_id = u.id ORDER BY e.id DESC LIMIT 1)`,
        )
        .all();
      expect(mismatched).toEqual([]);
      const seqs = db.prepare(`SELECT session_id, queue_seq, COUNT(*) AS n FROM signups WHERE status = 'waiting' GROUP BY session_id, queue_seq HAVING n > 1`).all();
      expect(seqs).toEqual([]);
      // Every promotion has its notice queued in the same transaction.
      const promotions = db.prepare(`SELECT COUNT(*) AS n FROM signup_events WHERE action = 'promote'`).get() as { n: number };
      const notices = db.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE kind = ?`).get(WAITLIST_PROMOTED) as { n: number };
      expect(notices.n).toBe(promotions.n);
    } finally {
      db.close();
    }
  }, 120_000);
});
