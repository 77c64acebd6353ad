/**
 * The outbox survives a crash: the real bot (src/main.ts) runs as a child
 * process, is killed with SIGKILL halfway through a batch of personal
 * messages, and started again on the same database; everything arrives. What
 * was in flight at the kill (delivered, not yet recorded as sent) is sent
 * again: at most OUTBOX_CONCURRENCY messages, at most one per person, and the
 * README names that same bound.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { enqueue, saveConversationRef } from '../../src/outbox/outbox';
import { fixedClock } from '../../src/clock';
import { loadConfig } from '../../src/config';
import { openDatabase } from '../../src/db/database';
import { importSeedSet } from '../../src/programme/importSeeds';
import { loadSeedSet } from '../../src/programme/seedFiles';
import { ProgrammeStore } from '../../src/programme/store';
import { ConnectorStandIn } from '../support/connector';

const NOW = '2026-02-04T09:30:00+01:00';
const PEOPLE = 12;

function startBot(env: Record<string, string>): { child: ChildProcess; exited: Promise<void> } {
  // node itself with tsx's loader, not the tsx CLI: the CLI forwards signals to a child, and SIGKILL would orphan that child.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { child, exited };
}

describe('outbox across a crash', () => {
  const connector = new ConnectorStandIn();
  let dir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    await connector.start();
  });

  /** A fresh database per test: the seeds and PEOPLE pending personal messages. */
  beforeEach(() => {
    connector.clear();
    connector.holds = () => undefined;
    dir = mkdtempSync(join(tmpdir(), 'g40-restart-'));
    const dbPath = join(dir, 'bot.db');
    const db = openDatabase(dbPath);
    importSeedSet(db, loadSeedSet('seeds'), fixedClock(NOW));
    const store = new ProgrammeStore(db);
    const session = store.getSessionByCode(store.getEventBySlug('2026-02-04-zoetermeer')!.id, 'r1-woongeluk-inwoners')!;
    for (let i = 1; i <= PEOPLE; i++) {
      const reference = {
        channelId: 'msteams',
        serviceUrl: connector.url,
        conversation: { id: `a:person-${i}`, conversationType: 'personal' },
        bot: { id: '28:bot' },
        user: { id: `29:person-${i}` },
      };
      saveConversationRef(db, `user:person-${i}`, JSON.stringify(reference), '2026-02-04T08:00:00.000Z');
      enqueue(
        db,
        {
          kind: 'session_changed',
          target: { type: 'user', userId: `person-${i}` },
          payload: { sessionId: session.id, version: session.version, changes: [{ field: 'zaal', oldValue: null, newValue: 'Oranjezaal' }] },
        },
        '2026-02-04T08:00:00.000Z',
      );
    }
    db.close();
    env = {
      DATABASE_PATH: dbPath,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      NOW,
      NODE_ENV: 'test',
      BOT_ID: '',
      // Slow enough that a kill lands mid-batch; a short lease so the restart takes over quickly.
      OUTBOX_TENANT_LIMITS: '3/1000',
      OUTBOX_CONCURRENCY: '1',
      OUTBOX_LEASE_MS: '500',
      OUTBOX_SEND_TIMEOUT_MS: '400',
      OUTBOX_POLL_MS: '50',
    };
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  afterAll(async () => {
    await connector.stop();
  });

  function duplicatesPerPerson(): number[] {
    const perPerson = new Map<string, number>();
    for (const m of connector.messages()) perPerson.set(m.conversationId, (perPerson.get(m.conversationId) ?? 0) + 1);
    expect(perPerson.size).toBe(PEOPLE);
    return [...perPerson.values()].map((n) => n - 1);
  }

  it('sigkillMidBatch_restartDeliversTheRest_atMostOneDuplicate', async () => {
    const first = startBot(env);
    await connector.waitFor((r) => r.filter((x) => x.body.type === 'message').length >= 4, 30_000);
    first.child.kill('SIGKILL');
    await first.exited;
    const beforeRestart = connector.messages().length;

    const second = startBot(env);
    try {
      await connector.waitFor(
        () => new Set(connector.messages().map((m) => m.conversationId)).size === PEOPLE,
        30_000,
      );
      await new Promise((r) => setTimeout(r, 500));
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }

    const duplicates = duplicatesPerPerson().reduce((sum, n) => sum + n, 0);
    expect(beforeRestart).toBeLessThan(PEOPLE);
    // One send at a time (OUTBOX_CONCURRENCY=1): at most that one is repeated.
    expect(duplicates).toBeLessThanOrEqual(1);
  }, 90_000);

  it('sigkillWithEverySlotInFlight_exactlyThoseAreSentTwice_neverMoreThanConcurrency_atMostOnePerPerson', async () => {
    // The worst case: every slot holds a message Teams has delivered but not yet acknowledged.
    const concurrency = 3;
    connector.holds = () => 60_000;
    const first = startBot({ ...env, OUTBOX_CONCURRENCY: String(concurrency), OUTBOX_TENANT_LIMITS: '50/1000', OUTBOX_LEASE_MS: '60000', OUTBOX_SEND_TIMEOUT_MS: '30000' });
    try {
      await connector.waitFor((r) => r.filter((x) => x.body.type === 'message').length >= concurrency, 30_000);
      // All slots are taken: nothing more goes out while the answers are held.
      await new Promise((r) => setTimeout(r, 300));
      expect(connector.messages()).toHaveLength(concurrency);
    } finally {
      first.child.kill('SIGKILL');
      await first.exited;
    }
    connector.holds = () => undefined;

    // An hour later by the clock, so the dead process's leases have lapsed.
    const second = startBot({ ...env, NOW: '2026-02-04T10:30:00+01:00', OUTBOX_CONCURRENCY: String(concurrency), OUTBOX_TENANT_LIMITS: '50/1000' });
    try {
      await connector.waitFor(() => new Set(connector.messages().map((m) => m.conversationId)).size === PEOPLE, 30_000);
      await new Promise((r) => setTimeout(r, 500));
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }

    const duplicates = duplicatesPerPerson();
    expect(Math.max(...duplicates)).toBe(1);
    expect(duplicates.reduce((sum, n) => sum + n, 0)).toBe(concurrency);
  }, 90_000);

  it('readme_namesTheSameBound_andItsDefaultIsTheConfigDefault', () => {
    const readme = readFileSync('README.md', 'utf8');
    const claim = readme.match(/hoogstens `OUTBOX_CONCURRENCY` berichten \(standaard (\d+)\)[^.]*per ontvanger hoogstens één/);
    expect(claim, 'README states the duplicate bound after a crash').not.toBeNull();
    expect(Number(claim![1])).toBe(loadConfig({}).OUTBOX_CONCURRENCY);
    expect(readFileSync('env.sample', 'utf8')).toContain(`OUTBOX_CONCURRENCY=${claim![1]}`);
    expect(readme).not.toContain('hoogstens één dubbel bericht');
  });
});
