import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { NetworkEvent, Session } from '../../src/programme/types';
import { cancelRefusal, newcomerGetsSeat, promotionRefusal, roundKey, signupRefusal, timeRefusal } from '../../src/signups/rules';

function session(over: Partial<Session> = {}): Session {
  return {
    id: 7, eventId: 1, dayId: 1, date: '2026-03-29', roundId: 3, code: 's', position: 1, title: 'S', kind: 'keuzesessie',
    description: '', room: null, location: null, start: '10:00', end: '11:00', signupEnabled: true, signupSource: 'setting', capacity: 40,
    status: 'gepland', notes: [], inferred: {}, version: 1, removed: false, ...over,
  };
}

const event = (open = true) => ({ registrationOpen: open, registrationNote: null }) as NetworkEvent;
const at = (iso: string) => DateTime.fromISO(iso, { setZone: true });

describe('sign-up rules', () => {
  it('timeRefusal_usesAmsterdamWallTimeWhateverTheInstantsZone', () => {
    // 29 March 2026 is the switch to summer time: 10:00 in Amsterdam is 08:00 UTC.
    expect(timeRefusal(session(), at('2026-03-29T07:59:00Z'))).toBeNull();
    expect(timeRefusal(session(), at('2026-03-29T08:00:00Z'))).toBe('started');
  });

  it('timeRefusal_unknownTime_theDayIsTheLimit', () => {
    expect(timeRefusal(session({ start: null }), at('2026-03-29T23:59:00+02:00'))).toBeNull();
    expect(timeRefusal(session({ start: null }), at('2026-03-30T00:00:00+02:00'))).toBe('past');
  });

  it('signupRefusal_reasonsInOrder', () => {
    const before = at('2026-03-20T12:00:00+01:00');

    expect(signupRefusal(session({ removed: true, status: 'vervalt' }), event(), before)).toBe('sessionRemoved');
    expect(signupRefusal(session({ status: 'vervalt', signupEnabled: false }), event(), before)).toBe('sessionCancelled');
    expect(signupRefusal(session({ signupEnabled: false }), event(false), before)).toBe('noSignupNeeded');
    expect(signupRefusal(session(), event(false), at('2026-03-30T09:00:00+02:00'))).toBe('past');
    expect(signupRefusal(session(), event(false), before)).toBe('registrationClosed');
    expect(signupRefusal(session(), event(), before)).toBeNull();
  });

  it('cancelRefusal_allowedWhenClosedOrDropped_notOnceStarted', () => {
    expect(cancelRefusal(session({ status: 'vervalt' }), at('2026-03-20T12:00:00+01:00'))).toBeNull();
    expect(cancelRefusal(session(), at('2026-03-29T10:30:00+02:00'))).toBe('started');
  });

  it('roundKey_roundOrTheSessionItself', () => {
    expect(roundKey(session())).toBe(3);
    expect(roundKey(session({ roundId: null }))).toBe(-7);
  });

  it('newcomerGetsSeat_onlyWhenASeatIsFreeAndNobodyWaits', () => {
    expect(newcomerGetsSeat(2, 1, 0)).toBe(true);
    expect(newcomerGetsSeat(2, 1, 1)).toBe(false);
    expect(newcomerGetsSeat(null, 5, 1)).toBe(false);
    expect(newcomerGetsSeat(null, 5, 0)).toBe(true);
    expect(newcomerGetsSeat(2, 2, 0)).toBe(false);
  });

  it('promotionRefusal_deadOrBegunSessionTakesNobody', () => {
    const before = at('2026-03-20T12:00:00+01:00');
    expect(promotionRefusal(session(), before)).toBeNull();
    expect(promotionRefusal(session({ status: 'vervalt' }), before)).toBe('sessionCancelled');
    expect(promotionRefusal(session({ removed: true }), before)).toBe('sessionRemoved');
    expect(promotionRefusal(session(), at('2026-03-29T10:00:00+02:00'))).toBe('started');
  });
});
