/**
 * Who gets a freed seat: the waiting list, in order, and only in a session that
 * is still on. Seats are freed by a cancel or by the programme (a re-import
 * with a higher capacity); both go through one promotion.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listOutbox } from '../../src/outbox/outbox';
import { fixedClock } from '../../src/clock';
import type { Db } from '../../src/db/database';
import { importSeedSet } from '../../src/programme/importSeeds';
import { loadSeedSet } from '../../src/programme/seedFiles';
import { ProgrammeStore } from '../../src/programme/store';
import { Roles } from '../../src/roles/roles';
import { SignupService } from '../../src/signups/service';
import { BEFORE, dbWith, testEvent } from '../support/signupFactory';

type Extra = { capacity?: number | null; status?: 'gepland' | 'vervalt'; gone?: boolean };

function event(extra: Extra = {}) {
  const sessions = [{ code: 'r1-other', round: 'ronde-1', capacity: null }];
  if (!extra.gone) {
    sessions.unshift({ code: 'r1-klein', round: 'ronde-1', capacity: extra.capacity === undefined ? 1 : extra.capacity, ...(extra.status ? { status: extra.status } : {}) } as never);
  }
  return testEvent({ sessions });
}

describe('waiting list promotion', () => {
  let db: Db;
  let store: ProgrammeStore;
  let imports = 0;
  const service = () => new SignupService(db, store, new Roles(db, [], () => BEFORE), fixedClock(BEFORE));
  const klein = () => store.getSessionByCode(store.getEventBySlug('test-teststad')!.id, 'r1-klein')!.id;
  const user = (n: number) => ({ userId: `user-${n}`, name: `Persoon ${n}` });
  const status = (n: number) =>
    (db.prepare('SELECT status FROM signups WHERE session_id = ? AND user_id = ?').get(klein(), `user-${n}`) as { status: string } | undefined)?.status;
  const promotedTo = () => listOutbox(db, { kind: 'waitlist_promoted' }).map((r) => r.targetKey);
  const reimport = (extra: Extra, now = BEFORE) =>
    importSeedSet(db, { organisers: loadSeedSet('seeds').organisers, events: [{ file: 'x.yaml', hash: `re-${++imports}`, seed: event(extra) }] }, fixedClock(now));

  /** user-1 holds the one seat; user-2, user-3, user-4 wait in that order. */
  beforeEach(() => {
    db = dbWith([event()]);
    store = new ProgrammeStore(db);
    expect(service().signUp(user(1), klein()).kind).toBe('confirmed');
    for (const n of [2, 3, 4]) expect(service().signUp(user(n), klein(), { onFull: 'wait' }).kind).toBe('waiting');
  });
  afterEach(() => db.close());

  it('cancel_openSession_promotesFirstWaiting (the path both fixes share)', () => {
    expect(service().cancel(user(1), klein())).toMatchObject({ kind: 'cancelled', promotedUserId: 'user-2' });
    expect(promotedTo()).toEqual(['user:user-2']);
  });

  it('cancel_sessionMarkedVervaltByReimport_promotesNobody_nobodyToldSeatFreed', () => {
    reimport({ status: 'vervalt' });

    const out = service().cancel(user(1), klein());

    expect(out).toMatchObject({ kind: 'cancelled', promotedUserId: null });
    expect([status(2), status(3), status(4)]).toEqual(['waiting', 'waiting', 'waiting']);
    expect(promotedTo()).toEqual([]);
  });

  it('cancel_sessionRemovedByReimport_promotesNobody', () => {
    reimport({ gone: true });

    const out = service().cancel(user(1), klein());

    expect(out).toMatchObject({ kind: 'cancelled', promotedUserId: null });
    expect(status(2)).toBe('waiting');
    expect(promotedTo()).toEqual([]);
  });

  it('reimport_capacityRaised_promotesWaitingInOrder_withNoticesInTheImport', () => {
    reimport({ capacity: 3 });

    expect([status(1), status(2), status(3), status(4)]).toEqual(['confirmed', 'confirmed', 'confirmed', 'waiting']);
    expect(promotedTo()).toEqual(['user:user-2', 'user:user-3']);
    expect(service().history(klein(), 'user-2').at(-1)).toMatchObject({ action: 'promote', from: 'waiting', to: 'confirmed', actor: 'system' });
  });

  it('reimport_capacityRaised_newcomerAfterwardsQueuesBehindTheOnesStillWaiting', () => {
    reimport({ capacity: 3 });

    const out = service().signUp(user(5), klein(), { onFull: 'wait' });

    expect(out).toMatchObject({ kind: 'waiting', position: 2 });
    expect(status(4)).toBe('waiting');
  });

  it('reimport_noLimitAnyMore_everyoneWaitingPromoted', () => {
    reimport({ capacity: null });

    expect([status(2), status(3), status(4)]).toEqual(['confirmed', 'confirmed', 'confirmed']);
  });

  it('reimport_capacityRaisedAfterSessionBegan_promotesNobody', () => {
    reimport({ capacity: 3 }, '2026-03-10T10:05:00+01:00');

    expect(status(2)).toBe('waiting');
    expect(promotedTo()).toEqual([]);
  });

  it('reimport_twice_promotesOnce', () => {
    reimport({ capacity: 2 });
    reimport({ capacity: 2 });

    expect(promotedTo()).toEqual(['user:user-2']);
  });

  it('signUp_seatFreeWhileOthersWait_newcomerDoesNotJumpTheQueue', () => {
    // A free seat with a queue: the state a capacity change outside the import would leave.
    db.prepare('UPDATE sessions SET capacity = 2 WHERE id = ?').run(klein());

    const out = service().signUp(user(5), klein(), { onFull: 'wait' });

    expect(out).toMatchObject({ kind: 'waiting', position: 3 });
    expect(status(2)).toBe('confirmed');
    expect(promotedTo()).toEqual(['user:user-2']);
  });

  it('signUp_refuseWhenFull_seatFreeWhileOthersWait_isFullForTheNewcomer', () => {
    db.prepare('UPDATE sessions SET capacity = 2 WHERE id = ?').run(klein());

    expect(service().signUp(user(5), klein())).toMatchObject({ kind: 'full' });
    expect(status(5)).toBeUndefined();
  });
});
