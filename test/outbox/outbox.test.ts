import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimDue, enqueue, getOutboxMessage, markFailed, markRetry, markSent, nextDueAt, releaseExpiredLeases } from '../../src/outbox/outbox';
import { openDatabase, type Db } from '../../src/db/database';

const T0 = '2026-02-04T08:30:00.000Z';
const LEASE = '2026-02-04T08:32:00.000Z';

function message(userId: string, extra: Record<string, unknown> = {}) {
  return { kind: 'reminder', target: { type: 'user' as const, userId }, payload: { n: 1 }, ...extra };
}

describe('outbox state machine', () => {
  let db: Db;
  beforeEach(() => {
    db = openDatabase(':memory:');
  });
  afterEach(() => db.close());

  it('claimDue_takesDueRowsOncePerConversation_andLeasesThem', () => {
    const a1 = enqueue(db, message('a'), T0);
    enqueue(db, message('a'), T0);
    const b1 = enqueue(db, message('b'), T0);
    enqueue(db, message('c', { notBefore: '2026-02-04T10:00:00.000Z' }), T0);

    const claimed = claimDue(db, T0, LEASE, 10);
    const again = claimDue(db, T0, LEASE, 10, ['user:a']);

    expect(claimed.map((r) => [r.id, r.status, r.attempts])).toEqual([
      [a1, 'sending', 1],
      [b1, 'sending', 1],
    ]);
    expect(again).toEqual([]);
  });

  it('releaseExpiredLeases_crashedSend_goesBackToPending', () => {
    const id = enqueue(db, message('a'), T0);
    claimDue(db, T0, LEASE, 1);

    const early = releaseExpiredLeases(db, '2026-02-04T08:31:00.000Z');
    const late = releaseExpiredLeases(db, '2026-02-04T08:33:00.000Z');

    expect([early, late]).toEqual([0, 1]);
    expect(getOutboxMessage(db, id)).toMatchObject({ status: 'pending', attempts: 1 });
  });

  it('markRetry_thenSent_recordsEachStep', () => {
    const id = enqueue(db, message('a'), T0);
    claimDue(db, T0, LEASE, 1);

    markRetry(db, id, '2026-02-04T08:30:05.000Z', 'HTTP 429');
    const waiting = getOutboxMessage(db, id);
    const tooEarly = claimDue(db, '2026-02-04T08:30:01.000Z', LEASE, 1);
    claimDue(db, '2026-02-04T08:30:05.000Z', LEASE, 1);
    markSent(db, id, 'act-1', '2026-02-04T08:30:06.000Z');

    expect(waiting).toMatchObject({ status: 'pending', lastError: 'HTTP 429', notBefore: '2026-02-04T08:30:05.000Z' });
    expect(tooEarly).toEqual([]);
    expect(getOutboxMessage(db, id)).toMatchObject({ status: 'sent', attempts: 2, deliveredId: 'act-1', lastError: null });
  });

  it('markFailed_keepsTheReason_andIsNeverClaimedAgain', () => {
    const id = enqueue(db, message('a'), T0);
    claimDue(db, T0, LEASE, 1);

    markFailed(db, id, 'HTTP 403: removed');

    expect(getOutboxMessage(db, id)).toMatchObject({ status: 'failed', lastError: 'HTTP 403: removed' });
    expect(claimDue(db, '2026-02-05T00:00:00.000Z', LEASE, 1)).toEqual([]);
    expect(nextDueAt(db)).toBeNull();
  });

  it('enqueue_sameDedupeKey_keepsOneMessage', () => {
    const first = enqueue(db, message('a', { dedupeKey: 'reminder:a:1:v1' }), T0);

    const second = enqueue(db, message('a', { dedupeKey: 'reminder:a:1:v1' }), T0);

    expect(second).toBe(first);
    expect(claimDue(db, T0, LEASE, 10)).toHaveLength(1);
  });
});
