/**
 * The outbox survives a crash: the real bot (src/main.ts) runs as a child
 * process, is killed with SIGKILL halfway through a batch of personal
 * messages, and started again on the same database; everything arrives, with
 * at most the one message that was in flight sent twice.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueue, saveConversationRef } from '../../src/announcements/outbox';
import { fixedClock } from '../../src/clock';
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

  afterAll(async () => {
    await connector.stop();
    rmSync(dir, { recursive: true, force: true });
  });

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

    const perPerson = new Map<string, number>();
    for (const m of connector.messages()) perPerson.set(m.conversationId, (perPerson.get(m.conversationId) ?? 0) + 1);
    const duplicates = [...perPerson.values()].reduce((sum, n) => sum + n - 1, 0);
    expect(beforeRestart).toBeLessThan(PEOPLE);
    expect(perPerson.size).toBe(PEOPLE);
    expect(duplicates).toBeLessThanOrEqual(1);
  }, 90_000);
});
