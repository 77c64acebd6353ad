import { DateTime } from 'luxon';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enqueue, getOutboxMessage, type OutboxRow } from '../../src/outbox/outbox';
import { TEAMS_CONVERSATION_LIMITS } from '../../src/outbox/rateLimiter';
import { OutboxSignals } from '../../src/outbox/signals';
import { OutboxWorker, type Prepared, type Sender, type SendResult, type WorkerSettings } from '../../src/outbox/worker';
import { runningClock } from '../../src/clock';
import { openDatabase, type Db } from '../../src/db/database';
import { silentLogger } from '../../src/log';

const T0 = '2026-02-04T08:30:00.000Z';

/** A step that never answers by itself: the attempt ends only when aborted, and then after `endsMs`. */
type Hang = { kind: 'hang'; endsMs: number };

/**
 * A sender that answers from a script per message id, then "sent"; it records
 * every attempt and how many ran at once. Each target is its own conversation
 * unless `conversations` maps it to a shared one.
 */
class ScriptedSender implements Sender {
  readonly attempts: number[] = [];
  running = 0;
  peakRunning = 0;
  constructor(
    private readonly script: Record<number, (SendResult | Hang)[]> = {},
    private readonly conversations: Record<string, string> = {},
  ) {}
  prepare(row: OutboxRow): Prepared {
    return { kind: 'ready', conversation: this.conversations[row.targetKey] ?? row.targetKey, send: (signal) => this.send(row, signal) };
  }
  private async send(row: OutboxRow, signal: AbortSignal): Promise<SendResult> {
    this.attempts.push(row.id);
    this.running++;
    this.peakRunning = Math.max(this.peakRunning, this.running);
    try {
      const step = this.script[row.id]?.shift() ?? { kind: 'sent', deliveredId: `act-${row.id}` };
      if (step.kind !== 'hang') return step;
      await new Promise<void>((resolve) => signal.addEventListener('abort', () => setTimeout(resolve, step.endsMs)));
      throw new Error('aborted');
    } finally {
      this.running--;
    }
  }
}

async function until(check: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('OutboxWorker', () => {
  let db: Db;
  let worker: OutboxWorker | null = null;
  const start = (sender: Sender, settings: Partial<WorkerSettings> = {}) => {
    worker = new OutboxWorker(
      db,
      sender,
      {
        concurrency: 4,
        leaseMs: 60_000,
        sendTimeoutMs: 30_000,
        pollMs: 20,
        conversationLimits: TEAMS_CONVERSATION_LIMITS,
        globalLimits: [{ count: 50, windowMs: 1000 }],
        retry: { baseMs: 10, maxMs: 50, maxAttempts: 4 },
        ...settings,
      },
      runningClock(DateTime.fromISO(T0, { zone: 'utc' })),
      new OutboxSignals(),
      silentLogger,
    );
    worker.start();
  };
  beforeEach(() => {
    db = openDatabase(':memory:');
  });
  afterEach(async () => {
    await worker?.stop();
    db.close();
  });

  it('worker_throttledThenServerError_retriesAndSendsOnce', async () => {
    const id = enqueue(db, { kind: 'reminder', target: { type: 'user', userId: 'a' }, payload: {} }, T0);
    const sender = new ScriptedSender({
      [id]: [
        { kind: 'failed', failure: { status: 429, retryAfterMs: 100, message: 'throttled' } },
        { kind: 'failed', failure: { status: 502, message: 'bad gateway' } },
      ],
    });

    start(sender);
    await until(() => getOutboxMessage(db, id)!.status === 'sent');

    expect(sender.attempts).toEqual([id, id, id]);
    expect(getOutboxMessage(db, id)).toMatchObject({ status: 'sent', attempts: 3, deliveredId: `act-${id}` });
  });

  it('worker_forbidden_recordsFailureWithoutRetrying', async () => {
    const id = enqueue(db, { kind: 'reminder', target: { type: 'user', userId: 'a' }, payload: {} }, T0);
    const sender = new ScriptedSender({ [id]: [{ kind: 'failed', failure: { status: 403, message: 'blocked' } }] });

    start(sender);
    await until(() => getOutboxMessage(db, id)!.status === 'failed');
    await new Promise((r) => setTimeout(r, 100));

    expect(sender.attempts).toEqual([id]);
    expect(getOutboxMessage(db, id)!.lastError).toBe('HTTP 403: blocked');
  });

  it('worker_undeliverable_failsAtOnce', async () => {
    const id = enqueue(db, { kind: 'reminder', target: { type: 'user', userId: 'a' }, payload: {} }, T0);
    const sender = new ScriptedSender({ [id]: [{ kind: 'undeliverable', reason: 'no_conversation' }] });

    start(sender);
    await until(() => getOutboxMessage(db, id)!.status === 'failed');

    expect(getOutboxMessage(db, id)).toMatchObject({ status: 'failed', attempts: 1, lastError: 'no_conversation' });
  });

  it('worker_manyMessages_eachSentExactlyOnce', async () => {
    const ids = Array.from({ length: 30 }, (_, i) =>
      enqueue(db, { kind: 'reminder', target: { type: 'user', userId: `u${i % 10}` }, payload: {} }, T0),
    );
    const sender = new ScriptedSender(Object.fromEntries(ids.filter((_, i) => i % 7 === 0).map((id) => [id, [{ kind: 'failed', failure: { status: 503, message: 'x' } } as SendResult]])));

    start(sender);
    await until(() => ids.every((id) => getOutboxMessage(db, id)!.status === 'sent'));

    const sentCounts = ids.map((id) => sender.attempts.filter((a) => a === id).length);
    expect(sentCounts).toEqual(ids.map((_, i) => (i % 7 === 0 ? 2 : 1)));
  });

  it('worker_twoGroupsLinkedToOneChannel_shareThatChannelsLimit', async () => {
    const post = (group: number) => enqueue(db, { kind: 'announcement', target: { type: 'channel', themeGroupId: group }, payload: {} }, T0);
    const shared = [post(1), post(2), post(1), post(2)];
    const elsewhere = post(3);
    const sender = new ScriptedSender({}, { 'themegroup:1': 'channel-x', 'themegroup:2': 'channel-x', 'themegroup:3': 'channel-y' });

    start(sender, { conversationLimits: [{ count: 2, windowMs: 60_000 }] });
    await until(() => sender.attempts.length === 3);
    await new Promise((r) => setTimeout(r, 200));

    expect([...sender.attempts].sort()).toEqual([shared[0], shared[1], elsewhere].sort());
    expect(shared.map((id) => getOutboxMessage(db, id)!.status)).toEqual(['sent', 'sent', 'pending', 'pending']);
    expect(shared.map((id) => getOutboxMessage(db, id)!.attempts)).toEqual([1, 1, 0, 0]);
  });

  it('worker_sendHangsPastTimeout_abortsRetriesAndNeverOverlaps', async () => {
    const id = enqueue(db, { kind: 'reminder', target: { type: 'user', userId: 'a' }, payload: {} }, T0);
    // The hung attempt ends 150 ms after its abort; the backoff (10-50 ms) would be due well before that.
    const sender = new ScriptedSender({ [id]: [{ kind: 'hang', endsMs: 150 }] });

    start(sender, { leaseMs: 200, sendTimeoutMs: 50 });
    await until(() => getOutboxMessage(db, id)!.status === 'sent');

    expect(sender.attempts).toEqual([id, id]);
    expect(sender.peakRunning).toBe(1);
    expect(getOutboxMessage(db, id)).toMatchObject({ status: 'sent', attempts: 2, deliveredId: `act-${id}` });
  });
});
