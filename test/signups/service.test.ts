import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import type { Db } from '../../src/db/database';
import { listOutbox } from '../../src/outbox/outbox';
import { ProgrammeStore } from '../../src/programme/store';
import { Roles } from '../../src/roles/roles';
import { SignupService } from '../../src/signups/service';
import { BEFORE, dbWith, testEvent } from '../support/signupFactory';

const ADMIN = 'admin-1';

function sessions() {
  return [
    { code: 'r1-klein', round: 'ronde-1', capacity: 2, organisers: ['tg-duurzaamheid'] },
    { code: 'r1-groot', round: 'ronde-1', capacity: null },
    { code: 'r1-vrij', round: 'ronde-1', signup: false, kind: 'plenair' as const },
    { code: 'r2-vol', round: 'ronde-2', capacity: 1 },
    { code: 'r2-vervalt', round: 'ronde-2', status: 'vervalt' as const },
    { code: 'excursie', kind: 'excursie' as const, capacity: 3 },
  ];
}

describe('SignupService', () => {
  let db: Db;
  let store: ProgrammeStore;
  let now = BEFORE;
  const service = () => new SignupService(db, store, new Roles(db, [ADMIN], () => now), () => fixedClock(now)());
  const id = (code: string, slug = 'test-teststad') => store.getSessionByCode(store.getEventBySlug(slug)!.id, code)!.id;
  const user = (n: number) => ({ userId: `user-${n}`, name: `Persoon ${n}` });

  beforeEach(() => {
    now = BEFORE;
    db = dbWith([testEvent({ sessions: sessions() }), testEvent({ slug: 'test-dicht', city: 'Dichtstad', open: false, sessions: [{ code: 'x', round: 'ronde-1' }] })]);
    store = new ProgrammeStore(db);
  });
  afterEach(() => db.close());

  it('signUp_openSessionWithSeat_confirmsAndRecordsWhoAndWhen', () => {
    const out = service().signUp(user(1), id('r1-klein'));

    expect(out.kind).toBe('confirmed');
    expect(service().history(id('r1-klein'), 'user-1')).toEqual([
      { action: 'signup', from: null, to: 'confirmed', actor: 'user-1', at: '2026-03-03T09:00:00.000Z' },
    ]);
  });

  it('signUp_twice_isIdempotent', () => {
    service().signUp(user(1), id('r1-klein'));

    const again = service().signUp(user(1), id('r1-klein'));

    expect(again).toMatchObject({ kind: 'confirmed', already: true });
    expect(service().history(id('r1-klein'), 'user-1')).toHaveLength(1);
  });

  it('signUp_sessionWithoutSignup_refusedNoSignupNeeded', () => {
    expect(service().signUp(user(1), id('r1-vrij'))).toMatchObject({ kind: 'refused', reason: 'noSignupNeeded' });
  });

  it('signUp_registrationClosed_refusedWithEventNote', () => {
    expect(service().signUp(user(1), id('x', 'test-dicht'))).toMatchObject({
      kind: 'refused',
      reason: 'registrationClosed',
      note: 'De zalen zijn vol.',
    });
  });

  it('signUp_cancelledSession_refused', () => {
    expect(service().signUp(user(1), id('r2-vervalt'))).toMatchObject({ kind: 'refused', reason: 'sessionCancelled' });
  });

  it('signUp_removedSession_refused', () => {
    db.prepare('UPDATE sessions SET removed_at = ? WHERE id = ?').run('2026-03-01T00:00:00Z', id('r1-groot'));

    expect(service().signUp(user(1), id('r1-groot'))).toMatchObject({ kind: 'refused', reason: 'sessionRemoved' });
  });

  it('signUp_afterStart_refusedStarted', () => {
    now = '2026-03-10T10:00:00+01:00';

    expect(service().signUp(user(1), id('r1-klein'))).toMatchObject({ kind: 'refused', reason: 'started' });
    expect(service().signUp(user(1), id('r2-vol')).kind).toBe('confirmed');
  });

  it('signUp_unknownTimeOnTheDay_allowedUntilTheDayIsOver', () => {
    now = '2026-03-10T23:59:00+01:00';
    expect(service().signUp(user(1), id('excursie')).kind).toBe('confirmed');

    now = '2026-03-11T00:01:00+01:00';
    expect(service().signUp(user(2), id('excursie'))).toMatchObject({ kind: 'refused', reason: 'past' });
  });

  it('signUp_unknownSessionOrMissingIdentityOrOtherEvent_refusedAndNothingChanges', () => {
    const s = service();

    expect(s.signUp(user(1), 999_999)).toMatchObject({ kind: 'refused', reason: 'unknownSession' });
    expect(s.signUp(null, id('r1-klein'))).toMatchObject({ kind: 'refused', reason: 'noIdentity' });
    expect(s.signUp({ userId: '', name: '' }, id('r1-klein'))).toMatchObject({ kind: 'refused', reason: 'noIdentity' });
    expect(s.signUp(user(1), id('x', 'test-dicht'), { eventId: store.getEventBySlug('test-teststad')!.id })).toMatchObject({
      kind: 'refused',
      reason: 'wrongEvent',
    });
    expect(db.prepare('SELECT COUNT(*) AS n FROM signups').get()).toEqual({ n: 0 });
  });

  it('signUp_full_reportsFullAndChangesNothing', () => {
    service().signUp(user(1), id('r2-vol'));

    const out = service().signUp(user(2), id('r2-vol'));

    expect(out).toMatchObject({ kind: 'full', waiting: 0 });
    expect(service().stateOf(store.getSession(id('r2-vol'))!, 'user-2').mine).toBeNull();
  });

  it('signUp_fullAndWillingToWait_joinsWaitingListWithPlace', () => {
    service().signUp(user(1), id('r2-vol'));
    service().signUp(user(2), id('r2-vol'), { onFull: 'wait' });

    const out = service().signUp(user(3), id('r2-vol'), { onFull: 'wait' });

    expect(out).toMatchObject({ kind: 'waiting', position: 2, already: false });
  });

  it('signUp_noCapacity_neverFull', () => {
    for (let i = 0; i < 50; i++) expect(service().signUp(user(i), id('r1-groot')).kind).toBe('confirmed');
  });

  it('signUp_secondSessionInRound_offersSwitchAndChangesNothing', () => {
    service().signUp(user(1), id('r1-klein'));

    const out = service().signUp(user(1), id('r1-groot'));

    expect(out).toMatchObject({ kind: 'conflict', currentStatus: 'confirmed' });
    expect(out.kind === 'conflict' && out.current.code).toBe('r1-klein');
    expect(service().stateOf(store.getSession(id('r1-klein'))!, 'user-1').mine).toEqual({ status: 'confirmed' });
  });

  it('signUp_switch_cancelsFirstTakesSecondAndPromotesWaiting', () => {
    service().signUp(user(1), id('r1-klein'));
    service().signUp(user(2), id('r1-klein'));
    service().signUp(user(3), id('r1-klein'), { onFull: 'wait' });

    const out = service().signUp(user(1), id('r1-groot'), { switchRound: true });

    expect(out).toMatchObject({ kind: 'confirmed', already: false });
    expect(out.kind === 'confirmed' && out.switchedFrom?.code).toBe('r1-klein');
    expect(service().confirmedSessionIds('user-1')).toEqual([id('r1-groot')]);
    expect(service().stateOf(store.getSession(id('r1-klein'))!, 'user-3').mine).toEqual({ status: 'confirmed' });
    expect(service().history(id('r1-klein'), 'user-1').map((e) => e.action)).toEqual(['signup', 'switch_out']);
  });

  it('database_refusesTwoActiveSignupsInOneRound_evenBypassingTheRules', () => {
    service().signUp(user(1), id('r1-klein'));
    const round = store.getSession(id('r1-groot'))!.roundId!;

    const sneak = () =>
      db
        .prepare(
          `INSERT INTO signups (session_id, event_id, round_key, user_id, status, created_at, updated_at)
           VALUES (?, ?, ?, 'user-1', 'confirmed', 'x', 'x')`,
        )
        .run(id('r1-groot'), store.getSession(id('r1-groot'))!.eventId, round);

    expect(sneak).toThrow(/UNIQUE/);
  });

  it('signUp_switchWhenTargetFull_keepsTheFirstSession', () => {
    db.prepare('UPDATE sessions SET capacity = 1 WHERE id = ?').run(id('r1-groot'));
    service().signUp(user(9), id('r1-groot'));
    service().signUp(user(1), id('r1-klein'));

    const out = service().signUp(user(1), id('r1-groot'), { switchRound: true });

    expect(out.kind).toBe('full');
    expect(service().confirmedSessionIds('user-1')).toEqual([id('r1-klein')]);
  });

  it('cancel_confirmed_freesSeatPromotesFirstWaitingAndEnqueuesNotice', () => {
    service().signUp(user(1), id('r2-vol'));
    service().signUp(user(2), id('r2-vol'), { onFull: 'wait' });
    service().signUp(user(3), id('r2-vol'), { onFull: 'wait' });

    const out = service().cancel(user(1), id('r2-vol'));

    expect(out).toMatchObject({ kind: 'cancelled', was: 'confirmed', promotedUserId: 'user-2' });
    expect(service().stateOf(store.getSession(id('r2-vol'))!, 'user-3').mine).toEqual({ status: 'waiting', position: 1 });
    const notices = listOutbox(db, { kind: 'waitlist_promoted' });
    expect(notices.map((n) => [n.targetKey, n.payload.sessionId])).toEqual([['user:user-2', id('r2-vol')]]);
    expect(service().history(id('r2-vol'), 'user-2').map((e) => [e.action, e.actor])).toEqual([
      ['waitlist', 'user-2'],
      ['promote', 'system'],
    ]);
  });

  it('cancel_twice_isIdempotent', () => {
    service().signUp(user(1), id('r2-vol'));
    service().cancel(user(1), id('r2-vol'));

    const again = service().cancel(user(1), id('r2-vol'));

    expect(again.kind).toBe('notSignedUp');
    expect(service().history(id('r2-vol'), 'user-1')).toHaveLength(2);
  });

  it('cancel_waiting_promotesNobody', () => {
    service().signUp(user(1), id('r2-vol'));
    service().signUp(user(2), id('r2-vol'), { onFull: 'wait' });

    const out = service().cancel(user(2), id('r2-vol'));

    expect(out).toMatchObject({ kind: 'cancelled', was: 'waiting', promotedUserId: null });
    expect(listOutbox(db, { kind: 'waitlist_promoted' })).toEqual([]);
  });

  it('cancel_afterStart_refused', () => {
    service().signUp(user(1), id('r1-klein'));
    now = '2026-03-10T10:30:00+01:00';

    expect(service().cancel(user(1), id('r1-klein'))).toMatchObject({ kind: 'refused', reason: 'started' });
  });

  it('signUpMany_perRound_reportsEachAndSwitchesExplicitly', () => {
    const eventId = store.getEventBySlug('test-teststad')!.id;
    const r1 = store.getSession(id('r1-klein'))!.roundId!;
    const r2 = store.getSession(id('r2-vol'))!.roundId!;
    service().signUp(user(1), id('r1-groot'));
    service().signUp(user(9), id('r2-vol'));

    const out = service().signUpMany(user(1), eventId, [
      { roundId: r1, sessionId: id('r1-klein') },
      { roundId: r2, sessionId: id('r2-vol') },
    ]);

    expect(out.map((o) => [o.roundId, o.outcome.kind])).toEqual([
      [r1, 'confirmed'],
      [r2, 'waiting'],
    ]);
    expect(service().confirmedSessionIds('user-1')).toEqual([id('r1-klein')]);
  });

  it('signUpMany_sessionUnderWrongRound_refused', () => {
    const eventId = store.getEventBySlug('test-teststad')!.id;
    const r2 = store.getSession(id('r2-vol'))!.roundId!;

    const out = service().signUpMany(user(1), eventId, [{ roundId: r2, sessionId: id('r1-klein') }]);

    expect(out[0]!.outcome).toMatchObject({ kind: 'refused', reason: 'unknownSession' });
    expect(db.prepare('SELECT COUNT(*) AS n FROM signups').get()).toEqual({ n: 0 });
  });

  it('mySignups_groupsPerEventInTimeOrder', () => {
    service().signUp(user(1), id('excursie'));
    service().signUp(user(1), id('r2-vol'));
    service().signUp(user(1), id('r1-groot'));

    const mine = service().mySignups('user-1');

    expect(mine.map((g) => [g.event.slug, g.signups.map((s) => s.session.code)])).toEqual([
      ['test-teststad', ['r1-groot', 'r2-vol', 'excursie']],
    ]);
  });

  it('confirmedSessionIds_excludesWaitingCancelledAndRemoved', () => {
    service().signUp(user(9), id('r2-vol'));
    service().signUp(user(1), id('r2-vol'), { onFull: 'wait' });
    service().signUp(user(1), id('excursie'));
    service().signUp(user(1), id('r1-groot'));
    service().cancel(user(1), id('excursie'));
    db.prepare('UPDATE sessions SET removed_at = ? WHERE id = ?').run('2026-03-04T00:00:00Z', id('r1-groot'));

    expect(service().confirmedSessionIds('user-1')).toEqual([]);
  });

  it('participants_onlyAdminsAndSecretariesOfAnOrganiser', () => {
    service().signUp(user(1), id('r1-klein'));
    service().signUp(user(2), id('r1-klein'));
    service().signUp(user(3), id('r1-klein'), { onFull: 'wait' });
    const duurzaamheid = store.getOrganiserBySlug('tg-duurzaamheid')!.id;
    const veiligheid = store.getOrganiserBySlug('tg-veiligheid')!.id;
    const roles = new Roles(db, [ADMIN], () => now);
    roles.grantSecretary({ userId: ADMIN }, 'sec-duurzaam', 'Sec', duurzaamheid);
    roles.grantSecretary({ userId: ADMIN }, 'sec-veilig', 'Sec', veiligheid);

    const bySecretary = service().participants({ userId: 'sec-duurzaam' }, id('r1-klein'));

    expect(bySecretary.kind === 'list' && [bySecretary.confirmed.map((p) => p.name), bySecretary.waiting.map((p) => [p.name, p.position])]).toEqual([
      ['Persoon 1', 'Persoon 2'],
      [['Persoon 3', 1]],
    ]);
    expect(service().participants({ userId: ADMIN }, id('r1-klein')).kind).toBe('list');
    expect(service().participants({ userId: 'sec-veilig' }, id('r1-klein')).kind).toBe('forbidden');
    expect(service().participants({ userId: 'user-1' }, id('r1-klein')).kind).toBe('forbidden');
    expect(service().participants({ userId: ADMIN }, 424242)).toMatchObject({ kind: 'refused', reason: 'unknownSession' });
  });

  it('names_storedAndShownAsOneCleanLine_alsoRowsStoredBeforeCleaning_andSecretaryNames', () => {
    service().signUp({ userId: 'user-1', name: 'Anna\n\u202Ede Vries ' }, id('r1-klein'));
    service().signUp(user(2), id('r1-klein'));
    // A row written before names were cleaned on the way in.
    db.prepare('UPDATE signups SET user_name = ? WHERE user_id = ?').run('Bob\r\nJansen\u2066', 'user-2');
    const roles = new Roles(db, [ADMIN], () => now);
    roles.grantSecretary({ userId: ADMIN }, 'sec-1', 'Sec\nretaris\u202E', store.getOrganiserBySlug('tg-duurzaamheid')!.id);

    const list = service().participants({ userId: ADMIN }, id('r1-klein'));

    expect(list.kind === 'list' && list.confirmed.map((p) => p.name)).toEqual(['Anna de Vries', 'Bob Jansen']);
    expect((db.prepare('SELECT user_name FROM signups WHERE user_id = ?').get('user-1') as { user_name: string }).user_name).toBe('Anna de Vries');
    expect(roles.listSecretaries().map((s) => s.userName)).toEqual(['Sec retaris']);
  });

  it('participantsLink_signedAndExpiring_forgeryRefused', () => {
    service().signUp(user(1), id('r1-klein'));

    const made = service().participantsLink({ userId: ADMIN }, id('r1-klein'), 1);
    expect(made.kind).toBe('link');
    const link = made.kind === 'link' ? made.link : null!;

    expect(service().openParticipantsLink(link).kind).toBe('list');
    expect(service().openParticipantsLink({ ...link, sessionId: id('r1-groot') })).toEqual({ kind: 'denied', why: 'badSignature' });
    expect(service().openParticipantsLink({ ...link, expires: link.expires + 3600 })).toEqual({ kind: 'denied', why: 'badSignature' });
    expect(service().participantsLink({ userId: 'user-1' }, id('r1-klein')).kind).toBe('forbidden');
    now = '2026-03-03T11:00:01+01:00';
    expect(service().openParticipantsLink(link)).toEqual({ kind: 'denied', why: 'expired' });
  });
});
