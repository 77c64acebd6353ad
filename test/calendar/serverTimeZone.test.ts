/**
 * The server's own TZ must not move a session: this file runs in its own
 * process (vitest forks per file) with TZ set to New York before any date is made.
 */
process.env.TZ = 'America/New_York';

import { afterAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import { CalendarService } from '../../src/calendar/calendarService';
import { autumnEvent, CALENDAR_OPTIONS, calendarWorld, FakeConfirmedSessions, NOW, springEvent } from './factories';
import { eventLines, parseIcs, rfcProblems } from './icsCheck';

const world = calendarWorld(autumnEvent(), springEvent());
const calendar = new CalendarService(
  world.db,
  world.store,
  new FakeConfirmedSessions(),
  CALENDAR_OPTIONS,
  fixedClock(NOW),
);

afterAll(() => world.db.close());

describe('server time zone', () => {
  it('serverTz_isReallyNewYorkInThisProcess', () => {
    expect(new Date('2025-10-26T13:15:00Z').getHours()).toBe(9);
    expect(new Date('2025-03-30T07:00:00Z').getHours()).toBe(3);
  });

  it('sessionInvite_underNewYorkTz_keepsAmsterdamWallTimesAcrossBothDstChanges', () => {
    const autumn = calendar.sessionInvite(world.session('2025-10-25-herfst', 'zondag').id);
    const spring = calendar.sessionInvite(world.session('2025-03-29-lente', 'zondag').id);
    if (autumn.kind !== 'file' || spring.kind !== 'file') throw new Error('expected files');

    expect(eventLines(autumn.ics, 'DTSTART')).toEqual(['DTSTART;TZID=Europe/Amsterdam:20251026T141500']);
    expect(eventLines(spring.ics, 'DTSTART')).toEqual(['DTSTART;TZID=Europe/Amsterdam:20250330T090000']);
    expect(eventLines(autumn.ics, 'DTSTAMP')).toEqual(['DTSTAMP:20260204T083000Z']);
    expect(parseIcs(autumn.ics).events[0]!.startUtc).toBe('2025-10-26T13:15:00.000Z');
    expect(parseIcs(spring.ics).events[0]!.startUtc).toBe('2025-03-30T07:00:00.000Z');
    expect([...rfcProblems(autumn.ics), ...rfcProblems(spring.ics)]).toEqual([]);
  });

  it('outlookLink_underNewYorkTz_givesAmsterdamOffsets', () => {
    const links = calendar.sessionLinks(world.session('2025-10-25-herfst', 'zondag'));
    if (links.kind !== 'links') throw new Error('expected links');

    const url = new URL(links.outlookWebUrl);

    expect(url.searchParams.get('startdt')).toBe('2025-10-26T14:15:00+01:00');
    expect(url.searchParams.get('enddt')).toBe('2025-10-26T15:15:00+01:00');
  });
});
