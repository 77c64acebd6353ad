import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import { openDatabase } from '../../src/db/database';
import { importSeedSet } from '../../src/programme/importSeeds';
import { loadSeedSet } from '../../src/programme/seedFiles';
import { ProgrammeStore } from '../../src/programme/store';

describe('ProgrammeStore over the real seeds', () => {
  let store: ProgrammeStore;
  beforeAll(() => {
    const db = openDatabase(':memory:');
    importSeedSet(db, loadSeedSet('seeds'), fixedClock('2026-11-23T10:00:00+01:00'));
    store = new ProgrammeStore(db);
  });

  it('listEvents_inDateOrderWithDays', () => {
    const events = store.listEvents();

    expect(events.map((e) => [e.slug, e.kind, e.days.length])).toEqual([
      ['2023-02-10-haarlem', 'bestuurlijk', 1],
      ['2023-04-13-zaanstad', 'ambtelijk', 1],
      ['2025-03-13-oss', 'ambtelijk', 1],
      ['2025-09-25-tilburg', 'bestuurlijk', 2],
      ['2026-02-04-zoetermeer', 'bestuurlijk', 1],
    ]);
  });

  it('zaanstad_registrationClosedWithNote', () => {
    const zaanstad = store.getEventBySlug('2023-04-13-zaanstad')!;

    expect(zaanstad.registrationOpen).toBe(false);
    expect(zaanstad.registrationNote).toMatch(/gesloten/);
  });

  it('roundSessions_inheritRoundTime', () => {
    const z = store.getEventBySlug('2026-02-04-zoetermeer')!;
    const ronde2 = store.listRounds(z.id).find((r) => r.code === 'ronde-2')!;

    const sessions = store.listSessions(z.id, { roundId: ronde2.id });

    expect(sessions).toHaveLength(6);
    expect(new Set(sessions.map((s) => `${s.start}-${s.end}`))).toEqual(new Set(['14:15-15:15']));
    expect(ronde2.note).toMatch(/14\.00-15\.00/);
  });

  it('listSessions_timeOrderUnknownTimesLast', () => {
    const tilburg = store.getEventBySlug('2025-09-25-tilburg')!;
    const day2 = tilburg.days[1]!;

    const sessions = store.listSessions(tilburg.id, { dayId: day2.id });

    const firstUnknown = sessions.findIndex((s) => s.start === null);
    expect(sessions[0]!.start).toBe('09:15');
    expect(firstUnknown).toBeGreaterThan(0);
    expect(sessions.slice(firstUnknown).every((s) => s.start === null)).toBe(true);
  });

  it('sessionsOfOrganiser_findsZjoAcrossEvents', () => {
    const zjo = store.getOrganiserBySlug('tg-zjo')!;

    const sessions = store.sessionsOfOrganiser(zjo.id);

    expect(zjo.abbreviation).toBe('ZJO');
    expect(sessions.length).toBeGreaterThanOrEqual(3);
    const events = new Set(sessions.map((s) => store.getEvent(s.eventId)!.city));
    expect(events.has('Zoetermeer')).toBe(true);
  });

  it('details_carryPeopleOrganisersAndDay', () => {
    const z = store.getEventBySlug('2026-02-04-zoetermeer')!;
    const session = store.getSessionByCode(z.id, 'r1-lobbyagenda-zorg-veiligheid')!;

    const d = store.getSessionDetails(session.id)!;

    expect(d.people.map((p) => [p.name, p.role])).toEqual([['Richard Korteland', 'moderator']]);
    expect(d.day.venue).toMatch(/Stadstheater/);
    expect(d.round!.code).toBe('ronde-1');
    expect(d.event.city).toBe('Zoetermeer');
  });

  it('vergadertNiet_isRecordedAsVervalt', () => {
    const haarlem = store.getEventBySlug('2023-02-10-haarlem')!;

    const cancelled = store.listSessions(haarlem.id).filter((s) => s.status === 'vervalt');

    expect(cancelled.length).toBeGreaterThanOrEqual(1);
    expect(cancelled.some((s) => s.notes.includes('Vergadert niet.'))).toBe(true);
  });
});
