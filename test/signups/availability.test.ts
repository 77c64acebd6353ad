import { DateTime } from 'luxon';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import type { Db } from '../../src/db/database';
import { ProgrammeStore } from '../../src/programme/store';
import { Roles } from '../../src/roles/roles';
import { availability } from '../../src/signups/rules';
import { SignupService } from '../../src/signups/service';
import { signupExtras } from '../../src/teams/cards/signUpCards';
import { BEFORE, dbWith, testEvent } from '../support/signupFactory';

/**
 * "Can I still sign up?" has one answer: what the answers say (rules.availability)
 * is what the session card's state says and whether it offers Aanmelden.
 */
describe('one availability rule for answers and cards', () => {
  let db: Db;
  let store: ProgrammeStore;
  beforeEach(() => {
    db = dbWith([
      testEvent({
        sessions: [
          { code: 'open', round: 'ronde-1' },
          { code: 'vrij', round: 'ronde-1', signup: false, kind: 'plenair' as const },
          { code: 'vervalt', round: 'ronde-2', status: 'vervalt' as const },
        ],
      }),
      testEvent({ slug: 'test-dicht', city: 'Dichtstad', open: false, sessions: [{ code: 'x', round: 'ronde-1' }] }),
    ]);
    store = new ProgrammeStore(db);
  });
  afterEach(() => db.close());

  const moments = [BEFORE, '2026-03-10T10:30:00+01:00', '2026-03-11T09:00:00+01:00'];

  it('stateOf_availability_isTheRulesAvailability_andTheCardOffersAanmeldenOnlyWhenOpen', () => {
    const seen = new Set<string>();
    for (const at of moments) {
      const service = new SignupService(db, store, new Roles(db, [], () => at), fixedClock(at));
      for (const event of store.listEvents()) {
        for (const session of store.listSessions(event.id)) {
          const state = service.stateOf(session, 'user-1');
          const rule = availability(session, event, DateTime.fromISO(at));
          seen.add(rule);
          expect(state.availability, `${session.code} at ${at}`).toBe(rule);
          const buttons = (signupExtras(state).actions ?? []).map((a) => (a as { verb?: string }).verb);
          expect(buttons.includes('signup.join'), `${session.code} at ${at}`).toBe(rule === 'open');
        }
      }
    }
    // Every kind of answer occurred, so the comparison covered them all.
    expect([...seen].sort()).toEqual(['cancelled', 'closed', 'notNeeded', 'open', 'past', 'started']);
  });
});
