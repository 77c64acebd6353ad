import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type TestUser } from '../support/botHarness';
import { BEFORE, seedDirWith, stormEvent } from '../support/signupFactory';
import { startStorm, stormClicks } from '../support/signupStorm';

const USERS = 500;
const WORKERS = 4;
/** Users clicking through the bot's own HTTP path while the workers hammer the same file. */
const HTTP_USERS = 100;

describe('sign-up storm', () => {
  let h: Harness;
  let seeds: string;

  beforeAll(async () => {
    seeds = seedDirWith([stormEvent()], { withRealEvents: false });
    h = await startHarness({ now: BEFORE, seedsDir: seeds });
  });
  afterAll(async () => {
    await h.close();
    rmSync(seeds, { recursive: true, force: true });
  });

  it('storm_500usersOn4SessionsOf40_exactly160ConfirmedRestWaitingNobodyTwiceInARound', async () => {
    const programme = h.bot.services.programme;
    const event = programme.getEventBySlug('test-storm')!;
    const sessionIds = programme.listSessions(event.id).map((s) => s.id);
    const users = Array.from({ length: USERS }, (_, i) => `storm-user-${i}`);
    const clicks = stormClicks(users, sessionIds);
    const viaWorkers = clicks.filter((c) => Number(c.userId.split('-')[2]) >= HTTP_USERS);
    const viaHttp = clicks.filter((c) => Number(c.userId.split('-')[2]) < HTTP_USERS);
    const storm = startStorm(h.bot.config.DATABASE_PATH, BEFORE, viaWorkers, WORKERS);
    await storm.ready;

    storm.go();
    const http = Promise.all(
      viaHttp.map((c) => {
        const user: TestUser = { id: `29:${c.userId}`, aadObjectId: c.userId, name: c.userId };
        return h.invoke('signup.wait', { sessionId: c.sessionId, eventId: event.id }, user);
      }),
    );
    const [results, responses] = await Promise.all([storm.done, http]);

    expect(results.reduce((n, r) => n + r.clicks, 0)).toBe(viaWorkers.length);
    expect(responses.every((r) => r.status === 200)).toBe(true);
    const db = h.bot.db;
    const perSession = db
      .prepare(`SELECT session_id, status, COUNT(*) AS n FROM signups GROUP BY session_id, status ORDER BY session_id, status`)
      .all() as { session_id: number; status: string; n: number }[];
    expect(perSession.filter((r) => r.status === 'confirmed').map((r) => r.n)).toEqual([40, 40, 40, 40]);
    expect(perSession.filter((r) => r.status === 'waiting').reduce((n, r) => n + r.n, 0)).toBe(USERS - 160);
    expect(perSession.some((r) => r.status === 'cancelled')).toBe(false);
    const twice = db.prepare(`SELECT user_id FROM signups WHERE status <> 'cancelled' GROUP BY user_id, round_key HAVING COUNT(*) > 1`).all();
    expect(twice).toEqual([]);
    expect(db.prepare(`SELECT COUNT(DISTINCT user_id) AS n FROM signups`).get()).toEqual({ n: USERS });
    // Waiting places per session are 1..n without gaps or doubles.
    for (const id of sessionIds) {
      const seqs = (db.prepare(`SELECT queue_seq FROM signups WHERE session_id = ? AND status = 'waiting' ORDER BY queue_seq`).all(id) as {
        queue_seq: number;
      }[]).map((r) => r.queue_seq);
      expect(new Set(seqs).size).toBe(seqs.length);
    }
    // One recorded change per person: double clicks and conflicting second clicks changed nothing.
    expect(db.prepare('SELECT COUNT(*) AS n FROM signup_events').get()).toEqual({ n: USERS });
  }, 60_000);
});
