/**
 * The registration window (issue 14): a setting per netwerkdag, optionally per session, that the one
 * sign-up rule follows: before it 'notYetOpen', from its end on 'closed'; the texts name the moment.
 */
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import { ProgrammeStore } from '../../src/programme/store';
import { checkEvent, SeedError } from '../../src/programme/seedFiles';
import { eventSeed } from '../../src/programme/seedSchema';
import { Roles } from '../../src/roles/roles';
import { availability, eventAvailability, signupRefusal } from '../../src/signups/rules';
import { SignupService } from '../../src/signups/service';
import type { NetworkEvent, Session } from '../../src/programme/types';
import { signupTexts } from '../../src/texts/signups';
import { dbWith, testEvent } from '../support/signupFactory';
import { dutchErrorMap } from '../../src/zodDutch';

function session(over: Partial<Session> = {}): Session {
  return {
    id: 7, eventId: 1, dayId: 1, date: '2026-03-10', roundId: 3, code: 's', position: 1, title: 'S', kind: 'keuzesessie',
    description: '', room: null, location: null, start: '10:00', end: '11:00', signupEnabled: true, signupSource: 'setting', capacity: 40,
    status: 'gepland', notes: [], inferred: {}, version: 1, removed: false, ...over,
  };
}
const event = (over: Partial<NetworkEvent> = {}) =>
  ({ registrationOpen: true, registrationNote: null, days: [{ date: '2026-03-10' }], ...over }) as NetworkEvent;
const at = (iso: string) => DateTime.fromISO(iso, { setZone: true });

describe('registration window', () => {
  const windowed = event({ registrationFrom: '2026-01-05 09:00', registrationUntil: '2026-01-28 17:00' });

  it('signupRefusal_beforeWindowNotYetOpen_inWindowOpen_fromItsEndClosed', () => {
    expect(signupRefusal(session(), windowed, at('2026-01-05T08:59:00+01:00'))).toBe('notYetOpen');
    expect(signupRefusal(session(), windowed, at('2026-01-05T09:00:00+01:00'))).toBeNull();
    expect(signupRefusal(session(), windowed, at('2026-01-28T16:59:00+01:00'))).toBeNull();
    expect(signupRefusal(session(), windowed, at('2026-01-28T17:00:00+01:00'))).toBe('registrationClosed');
    // Amsterdam wall time whatever the instant's zone: 17:00 in January is 16:00 UTC.
    expect(signupRefusal(session(), windowed, at('2026-01-28T15:59:00Z'))).toBeNull();
    expect(signupRefusal(session(), windowed, at('2026-01-28T16:00:00Z'))).toBe('registrationClosed');
  });

  it('signupRefusal_sessionBoundOverridesOnlyThatBound', () => {
    const s = session({ registrationUntil: '2026-02-10 12:00' });
    expect(signupRefusal(s, windowed, at('2026-02-01T12:00:00+01:00'))).toBeNull();
    expect(signupRefusal(s, windowed, at('2026-01-04T12:00:00+01:00'))).toBe('notYetOpen');
    expect(signupRefusal(s, windowed, at('2026-02-10T12:00:00+01:00'))).toBe('registrationClosed');
  });

  it('signupRefusal_closedByProgrammeWinsOverWindow', () => {
    const closed = event({ registrationOpen: false, registrationFrom: '2026-01-05 09:00' });
    expect(signupRefusal(session(), closed, at('2026-01-01T12:00:00+01:00'))).toBe('registrationClosed');
  });

  it('availability_andEventAvailability_followTheSameWindow', () => {
    expect(availability(session(), windowed, at('2026-01-01T12:00:00+01:00'))).toBe('notYetOpen');
    expect(availability(session(), windowed, at('2026-01-10T12:00:00+01:00'))).toBe('open');
    expect(availability(session(), windowed, at('2026-02-01T12:00:00+01:00'))).toBe('closed');
    expect(eventAvailability(windowed, at('2026-01-01T12:00:00+01:00'))).toBe('notYetOpen');
    expect(eventAvailability(windowed, at('2026-01-10T12:00:00+01:00'))).toBe('open');
    expect(eventAvailability(windowed, at('2026-02-01T12:00:00+01:00'))).toBe('closed');
    expect(eventAvailability(windowed, at('2026-03-11T12:00:00+01:00'))).toBe('past');
  });

  it('texts_nameTheMomentInDutch', () => {
    const w = { from: '2026-01-05 09:00', until: '2026-01-28 17:00' };
    expect(signupTexts.windowLine(w)).toBe('Aanmelden kan tot 28 januari, 17.00 uur.');
    expect(signupTexts.refusal('notYetOpen', null, w)).toBe('Aanmelden kan vanaf 5 januari, 9.00 uur.');
    expect(signupTexts.refusal('registrationClosed', null, w)).toBe('Aanmelden kon tot 28 januari, 17.00 uur; de aanmelding is gesloten.');
    expect(signupTexts.refusal('registrationClosed', 'De zalen zijn vol.')).toBe('Aanmelden is gesloten. De zalen zijn vol.');
  });
});

describe('registration window in the seed and the service', () => {
  const base = (settings: Record<string, unknown>) => ({
    ...testEvent({ sessions: [{ code: 'a', round: 'ronde-1', capacity: 2 }] }),
    registration: { open: 'unknown', note: null },
    settings,
  });

  it('seed_badMoment_dutchError', () => {
    const parsed = eventSeed.safeParse(base({ registration_open: true, registration_until: '28-01-2026 17:00' }), { errorMap: dutchErrorMap });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.message).toBe('moet JJJJ-MM-DD UU:MM zijn (bijv. 2026-01-28 17:00)');
    const impossible = eventSeed.safeParse(base({ registration_until: '2026-02-30 17:00' }), { errorMap: dutchErrorMap });
    expect(impossible.error!.issues.map((i) => i.message)).toContain('bestaat niet als datum en tijd');
  });

  it('seed_untilNotAfterFrom_refused_windowAllowedBesideProgrammesOwnWord', () => {
    const seed = eventSeed.parse(base({ registration_open: true, registration_from: '2026-02-01 09:00', registration_until: '2026-02-01 09:00' }));
    expect(() => checkEvent('x.yaml', seed, new Set())).toThrow(SeedError);
    expect(() => checkEvent('x.yaml', seed, new Set())).toThrow(/aanmelden tot 2026-02-01 09:00 ligt niet na aanmelden vanaf/);
    // The programme says open; a deadline is still the bot's own setting and allowed.
    const open = eventSeed.parse({ ...base({ registration_until: '2026-03-01 17:00' }), registration: { open: true, note: null } });
    expect(() => checkEvent('x.yaml', open, new Set())).not.toThrow();
  });

  it('service_refusesOutsideTheWindowWithItsMoment_takesSignupsInside', () => {
    const seed = eventSeed.parse(base({ registration_open: true, registration_from: '2026-02-01 09:00', registration_until: '2026-03-06 17:00' }));
    const db = dbWith([seed]);
    const programme = new ProgrammeStore(db);
    const sessionId = programme.getSessionByCode(programme.getEventBySlug(seed.slug)!.id, 'a')!.id;
    const service = (now: string) => new SignupService(db, programme, new Roles(db, [], () => now), fixedClock(now));
    const me = { userId: 'u1', name: 'Anna' };

    const early = service('2026-01-31T12:00:00+01:00').signUp(me, sessionId);
    const late = service('2026-03-06T17:00:00+01:00').signUp(me, sessionId);
    const inside = service('2026-03-03T10:00:00+01:00').signUp(me, sessionId);

    expect(early).toMatchObject({ kind: 'refused', reason: 'notYetOpen', window: { from: '2026-02-01 09:00', until: '2026-03-06 17:00' } });
    expect(late).toMatchObject({ kind: 'refused', reason: 'registrationClosed', note: null });
    expect(signupTexts.refusal('registrationClosed', null, (late as { window?: { from: string | null; until: string | null } }).window ?? null)).toBe(
      'Aanmelden kon tot 6 maart, 17.00 uur; de aanmelding is gesloten.',
    );
    expect(inside).toMatchObject({ kind: 'confirmed' });
    expect(service('2026-03-03T10:00:00+01:00').stateOf(programme.getSession(sessionId)!, 'u1').window).toEqual({
      from: '2026-02-01 09:00',
      until: '2026-03-06 17:00',
    });
  });
});
