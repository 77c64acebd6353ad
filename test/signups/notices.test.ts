import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enqueueChangeNotices, enqueueDueReminders, type SignedUpUsers } from '../../src/signups/notices';
import { listOutbox } from '../../src/outbox/outbox';
import { fixedClock } from '../../src/clock';
import type { Db } from '../../src/db/database';
import { importSeedSet } from '../../src/programme/importSeeds';
import { loadSeedSet } from '../../src/programme/seedFiles';
import { ProgrammeStore } from '../../src/programme/store';
import { BEFORE, dbWith, testEvent } from '../support/signupFactory';

const signedUp = (ids: string[], waiting: string[] = []): SignedUpUsers => ({ signedUpUserIds: () => ids, waitingUserIds: () => waiting });

describe('change notices and reminders', () => {
  let db: Db;
  let store: ProgrammeStore;
  const sessionId = () => store.getSessionByCode(store.getEventBySlug('test-teststad')!.id, 'r1-wonen')!.id;

  beforeEach(() => {
    db = dbWith([testEvent({ sessions: [{ code: 'r1-wonen', round: 'ronde-1', organisers: ['tg-woningmarkt', 'tg-zjo'], room: 'Zaal 1' }] })]);
    store = new ProgrammeStore(db);
  });
  afterEach(() => db.close());

  function reimport(room: string, title = 'Sessie r1-wonen') {
    const seed = testEvent({ sessions: [{ code: 'r1-wonen', round: 'ronde-1', organisers: ['tg-woningmarkt', 'tg-zjo'], room, title }] });
    return importSeedSet(db, { organisers: loadSeedSet('seeds').organisers, events: [{ file: 'x.yaml', hash: `h-${room}-${title}`, seed }] }, fixedClock(BEFORE));
  }

  it('enqueueChangeNotices_roomChanged_eachPersonAndEachLinkedGroup', () => {
    const report = reimport('Oranjezaal');
    const woningmarkt = store.getOrganiserBySlug('tg-woningmarkt')!.id;

    const n = enqueueChangeNotices(db, store, signedUp(['u1', 'u2']), report.changes, fixedClock(BEFORE)(), (ids) => ids.filter((id) => id === woningmarkt));
    const again = enqueueChangeNotices(db, store, signedUp(['u1', 'u2']), report.changes, fixedClock(BEFORE)(), (ids) => ids.filter((id) => id === woningmarkt));

    expect(n).toBe(3);
    expect(again).toBe(3);
    const rows = listOutbox(db, { kind: 'session_changed' });
    expect(rows.map((r) => r.targetKey)).toEqual(['user:u1', 'user:u2', `themegroup:${woningmarkt}`]);
    expect(rows[0]!.payload).toEqual({ sessionId: sessionId(), version: 2, changes: [{ field: 'zaal', oldValue: 'Zaal 1', newValue: 'Oranjezaal' }] });
  });

  it('enqueueChangeNotices_onlyTitleChanged_sendsNothing', () => {
    const report = reimport('Zaal 1', 'Nieuwe titel');

    enqueueChangeNotices(db, store, signedUp(['u1']), report.changes, fixedClock(BEFORE)(), (ids) => ids);

    expect(report.changes.map((c) => c.field)).toEqual(['titel']);
    expect(listOutbox(db)).toEqual([]);
  });

  it('enqueueChangeNotices_sessionAlreadyPast_sendsNothing', () => {
    const report = reimport('Oranjezaal');

    enqueueChangeNotices(db, store, signedUp(['u1']), report.changes, fixedClock('2026-03-11T09:00:00+01:00')(), (ids) => ids);

    expect(listOutbox(db)).toEqual([]);
  });

  it('enqueueChangeNotices_sessionNowVervalt_waitingListToldItIsOff_once', () => {
    const seed = testEvent({ sessions: [{ code: 'r1-wonen', round: 'ronde-1', organisers: ['tg-woningmarkt', 'tg-zjo'], room: 'Zaal 1', status: 'vervalt' }] });
    const report = importSeedSet(db, { organisers: loadSeedSet('seeds').organisers, events: [{ file: 'x.yaml', hash: 'h-off', seed }] }, fixedClock(BEFORE));

    enqueueChangeNotices(db, store, signedUp(['u1'], ['w1', 'w2']), report.changes, fixedClock(BEFORE)(), () => []);
    enqueueChangeNotices(db, store, signedUp(['u1'], ['w1', 'w2']), report.changes, fixedClock(BEFORE)(), () => []);

    const rows = listOutbox(db, { kind: 'session_changed' });
    expect(rows.map((r) => r.targetKey)).toEqual(['user:u1', 'user:w1', 'user:w2']);
    expect(rows[0]!.payload).not.toHaveProperty('waiting');
    expect(rows[1]!.payload).toMatchObject({ waiting: true, changes: [{ field: 'status', oldValue: 'gepland', newValue: 'vervalt' }] });
  });

  it('enqueueChangeNotices_sessionRemoved_waitingListTold', () => {
    const seed = testEvent({ sessions: [{ code: 'r1-ander', round: 'ronde-1' }] });
    const report = importSeedSet(db, { organisers: loadSeedSet('seeds').organisers, events: [{ file: 'x.yaml', hash: 'h-gone', seed }] }, fixedClock(BEFORE));

    enqueueChangeNotices(db, store, signedUp([], ['w1']), report.changes, fixedClock(BEFORE)(), () => []);

    expect(listOutbox(db, { kind: 'session_changed' }).map((r) => [r.targetKey, r.payload.waiting])).toEqual([['user:w1', true]]);
  });

  it('enqueueChangeNotices_roomChanged_waitingListNotBothered', () => {
    const report = reimport('Oranjezaal');

    enqueueChangeNotices(db, store, signedUp(['u1'], ['w1']), report.changes, fixedClock(BEFORE)(), () => []);

    expect(listOutbox(db, { kind: 'session_changed' }).map((r) => r.targetKey)).toEqual(['user:u1']);
  });

  it('enqueueDueReminders_withinWindow_oncePerPersonAndVersion', () => {
    const at = (iso: string) => fixedClock(iso)();

    const early = enqueueDueReminders(db, store, signedUp(['u1']), at('2026-03-10T09:30:00+01:00'), 15);
    const due = enqueueDueReminders(db, store, signedUp(['u1', 'u2']), at('2026-03-10T09:50:00+01:00'), 15);
    enqueueDueReminders(db, store, signedUp(['u1', 'u2']), at('2026-03-10T09:55:00+01:00'), 15);
    const started = enqueueDueReminders(db, store, signedUp(['u3']), at('2026-03-10T10:00:00+01:00'), 15);

    expect([early, due, started]).toEqual([0, 2, 0]);
    expect(listOutbox(db, { kind: 'reminder' }).map((r) => [r.targetKey, r.dedupeKey])).toEqual([
      ['user:u1', `reminder:u1:${sessionId()}:v1`],
      ['user:u2', `reminder:u2:${sessionId()}:v1`],
    ]);
  });
});
