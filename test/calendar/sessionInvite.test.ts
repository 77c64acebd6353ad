import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import { CalendarService, type InviteOutcome } from '../../src/calendar/calendarService';
import { autumnEvent, CALENDAR_OPTIONS, calendarWorld, FakeConfirmedSessions, NOW, springEvent, type CalendarWorld } from './factories';
import { calendarLines, eventLines, parseIcs, rfcProblems } from './icsCheck';


let world: CalendarWorld;

function service(w: CalendarWorld, now = NOW): CalendarService {
  return new CalendarService(w.db, w.store, new FakeConfirmedSessions(), CALENDAR_OPTIONS, fixedClock(now));
}

function invite(w: CalendarWorld, slug: string, code: string): string {
  const outcome: InviteOutcome = service(w).sessionInvite(w.session(slug, code).id);
  if (outcome.kind !== 'file') throw new Error(`expected a file, got ${outcome.kind}`);
  return outcome.ics;
}

afterEach(() => world?.db.close());

describe('session invite', () => {
  it('sessionInvite_autumnDst_placesSameWallTimeAtDifferentUtcEitherSide', () => {
    world = calendarWorld(autumnEvent());

    const saturday = parseIcs(invite(world, '2025-10-25-herfst', 'zaterdag')).events[0]!;
    const sunday = parseIcs(invite(world, '2025-10-25-herfst', 'zondag')).events[0]!;

    expect(saturday.startTzid).toBe('Europe/Amsterdam');
    expect([saturday.startUtc, saturday.endUtc]).toEqual(['2025-10-25T12:15:00.000Z', '2025-10-25T13:15:00.000Z']);
    expect(sunday.startTzid).toBe('Europe/Amsterdam');
    expect([sunday.startUtc, sunday.endUtc]).toEqual(['2025-10-26T13:15:00.000Z', '2025-10-26T14:15:00.000Z']);
  });

  it('sessionInvite_springDst_placesSameWallTimeAtDifferentUtcEitherSide', () => {
    world = calendarWorld(springEvent());

    const saturday = parseIcs(invite(world, '2025-03-29-lente', 'zaterdag')).events[0]!;
    const sunday = parseIcs(invite(world, '2025-03-29-lente', 'zondag')).events[0]!;

    expect([saturday.startUtc, saturday.endUtc]).toEqual(['2025-03-29T08:00:00.000Z', '2025-03-29T09:30:00.000Z']);
    expect([sunday.startUtc, sunday.endUtc]).toEqual(['2025-03-30T07:00:00.000Z', '2025-03-30T08:30:00.000Z']);
  });

  it('sessionInvite_always_writesAmsterdamWallTimeWithMatchingVtimezone', () => {
    world = calendarWorld(autumnEvent());

    const ics = invite(world, '2025-10-25-herfst', 'zondag');

    expect(eventLines(ics, 'DTSTART')).toEqual(['DTSTART;TZID=Europe/Amsterdam:20251026T141500']);
    expect(eventLines(ics, 'DTEND')).toEqual(['DTEND;TZID=Europe/Amsterdam:20251026T151500']);
    expect(parseIcs(ics).tzids).toEqual(['Europe/Amsterdam']);
    expect(calendarLines(ics, 'TZID')).toEqual(['TZID:Europe/Amsterdam']);
    expect(ics).not.toMatch(/TIMEZONE-ID|X-WR-TIMEZONE/);
  });

  it('sessionInvite_always_passesTheRfcCheck', () => {
    world = calendarWorld(autumnEvent(), springEvent());

    const problems = [
      invite(world, '2025-10-25-herfst', 'zaterdag'),
      invite(world, '2025-10-25-herfst', 'zondag'),
      invite(world, '2025-03-29-lente', 'zondag'),
    ].flatMap(rfcProblems);

    expect(problems).toEqual([]);
  });

  it('sessionInvite_always_isPublishWithOrganizerAndNoCalendarName', () => {
    world = calendarWorld(autumnEvent());

    const ics = invite(world, '2025-10-25-herfst', 'zondag');
    const parsed = parseIcs(ics);

    expect(parsed.method).toBe('PUBLISH');
    expect(parsed.name).toBeNull();
    expect(parsed.events).toHaveLength(1);
    expect(eventLines(ics, 'ORGANIZER')).toEqual(['ORGANIZER;CN="G40 Stedennetwerk":mailto:info@g40stedennetwerk.nl']);
    expect(eventLines(ics, 'ATTENDEE')).toEqual([]);
    expect(calendarLines(ics, 'PRODID')).toEqual(['PRODID:-//G40 Stedennetwerk//Netwerkdag-bot//NL']);
    expect(ics).not.toMatch(/X-WR-CALNAME|REFRESH-INTERVAL/);
  });

  it('sessionInvite_always_carriesStableUidStampLocationAndUrl', () => {
    world = calendarWorld(autumnEvent());
    const id = world.session('2025-10-25-herfst', 'zondag').id;

    const event = parseIcs(invite(world, '2025-10-25-herfst', 'zondag')).events[0]!;

    expect(event.uid).toBe('zondag.2025-10-25-herfst@g40-netwerkdag');
    expect(event.stamp).toBe('2026-02-04T08:30:00.000Z');
    expect(event.summary).toBe('Zondagsessie (G40 Tilburg)');
    expect(event.location).toBe('Zaal 2, Theaters Tilburg, Louis Bouwmeesterplein 1, Tilburg');
    expect(event.url).toBe(`https://g40.example.nl/agenda/sessie/${id}.ics`);
    expect(event.status).toBe('CONFIRMED');
    expect(event.description).toBe('Netwerkdag Herfst, zondag 26 oktober 2025\nRonde: Eerste ronde');
  });

  it('sessionInvite_ownLocation_isTheLocationWithoutTheDaysVenue', () => {
    world = calendarWorld(
      autumnEvent([
        // Tilburg's dinner: a room in another building than the day's venue.
        { code: 'diner', start: '19:00', end: '21:30', room: 'Textiel-Lab', location: 'TextielMuseum' },
        { code: 'wandeling', start: '12:00', end: '13:00', location: 'Start bij het stadhuis' },
      ]),
    );

    expect(parseIcs(invite(world, '2025-10-25-herfst', 'diner')).events[0]!.location).toBe('Textiel-Lab, TextielMuseum');
    expect(parseIcs(invite(world, '2025-10-25-herfst', 'wandeling')).events[0]!.location).toBe('Start bij het stadhuis');
    // A room is in the venue: there the venue and address stay.
    expect(parseIcs(invite(world, '2025-10-25-herfst', 'zondag')).events[0]!.location).toBe(
      'Zaal 2, Theaters Tilburg, Louis Bouwmeesterplein 1, Tilburg',
    );
  });

  it('sessionInvite_inferredRoom_carriesItsNoteInTheDescription', () => {
    world = calendarWorld(
      autumnEvent([
        { code: 'kolom', start: '10:00', end: '11:00', room: 'Zaal 4', inferred: { room: 'Zaal afgeleid uit de kolomvolgorde van het programma.' } },
      ]),
    );

    expect(parseIcs(invite(world, '2025-10-25-herfst', 'kolom')).events[0]!.description).toContain(
      'Zaal afgeleid uit de kolomvolgorde van het programma.',
    );
  });

  it('sessionInvite_reimportWithChangedTime_keepsUidAndIncrementsSequence', () => {
    world = calendarWorld(autumnEvent());
    const before = parseIcs(invite(world, '2025-10-25-herfst', 'zaterdag')).events[0]!;

    world.importSeeds(
      autumnEvent([], {
        sessions: [
          { code: 'zaterdag', title: 'Zaterdagsessie', kind: 'plenair', day: '2025-10-25', start: '15:00', end: '16:00', room: 'Zaal 1' },
          { code: 'zondag', title: 'Zondagsessie', kind: 'keuzesessie', day: '2025-10-26', round: 'ronde-1', room: 'Zaal 2', signup: true },
        ],
      }),
    );
    const after = parseIcs(invite(world, '2025-10-25-herfst', 'zaterdag')).events[0]!;

    expect(before.sequence).toBe(1);
    expect(after.uid).toBe(before.uid);
    expect(after.sequence).toBe(2);
    expect(after.startUtc).toBe('2025-10-25T13:00:00.000Z');
  });

  it('sessionInvite_reimportUnchanged_keepsUidAndSequence', () => {
    world = calendarWorld(autumnEvent());
    const before = parseIcs(invite(world, '2025-10-25-herfst', 'zondag')).events[0]!;

    world.importSeeds(autumnEvent());
    const after = parseIcs(invite(world, '2025-10-25-herfst', 'zondag')).events[0]!;

    expect([after.uid, after.sequence]).toEqual([before.uid, before.sequence]);
  });

  it('sessionInvite_textWithCommasSemicolonsNewlines_isEscapedAndRoundTrips', () => {
    const description = 'Wonen, werken; leven.\nTweede regel met \\ backslash.';
    world = calendarWorld(
      autumnEvent([
        { code: 'lastig', title: 'Wonen, werken; leven', start: '10:00', end: '11:00', room: 'Zaal 3; boven', description },
      ]),
    );

    const ics = invite(world, '2025-10-25-herfst', 'lastig');
    const event = parseIcs(ics).events[0]!;

    expect(eventLines(ics, 'SUMMARY')).toEqual(['SUMMARY:Wonen\\, werken\\; leven (G40 Tilburg)']);
    expect(eventLines(ics, 'LOCATION')).toEqual([
      'LOCATION:Zaal 3\\; boven\\, Theaters Tilburg\\, Louis Bouwmeesterplein 1\\, Tilburg',
    ]);
    expect(event.summary).toBe('Wonen, werken; leven (G40 Tilburg)');
    expect(event.location).toBe('Zaal 3; boven, Theaters Tilburg, Louis Bouwmeesterplein 1, Tilburg');
    expect(event.description).toBe(`Netwerkdag Herfst, zondag 26 oktober 2025\n\n${description}`);
    expect(ics).not.toMatch(/[^\r]\n/);
  });

  it('sessionInvite_longMultibyteText_foldsAt75OctetsWithCrlf', () => {
    const description = 'Financiën en één gedeelde aanpak – ' + 'Zoë’s verhaal over gemeenten € '.repeat(12);
    world = calendarWorld(autumnEvent([{ code: 'lang', start: '10:00', end: '11:00', description }]));

    const ics = invite(world, '2025-10-25-herfst', 'lang');
    const rawLines = ics.split('\r\n');

    expect(rawLines.some((l) => l.startsWith(' '))).toBe(true);
    expect(Math.max(...rawLines.map((l) => Buffer.byteLength(l, 'utf8')))).toBeLessThanOrEqual(75);
    expect(rfcProblems(ics)).toEqual([]);
    expect(parseIcs(ics).events[0]!.description).toBe(`Netwerkdag Herfst, zondag 26 oktober 2025\n\n${description.trim()}`);
  });

  it('sessionInvite_noFloatingTimesAnywhere', () => {
    world = calendarWorld(autumnEvent(), springEvent());

    const ics = [invite(world, '2025-10-25-herfst', 'zondag'), invite(world, '2025-03-29-lente', 'zaterdag')].join('');
    const timed = ['DTSTART', 'DTEND', 'DTSTAMP', 'CREATED', 'LAST-MODIFIED', 'RECURRENCE-ID'].flatMap((p) => eventLines(ics, p));

    expect(timed.length).toBe(6);
    expect(timed.filter((l) => !l.includes(';TZID=Europe/Amsterdam:') && !/:\d{8}T\d{6}Z$/.test(l))).toEqual([]);
  });

  it('sessionInvite_startWithoutEnd_hasNoDtendAndSaysSo', () => {
    world = calendarWorld(autumnEvent([{ code: 'borrel', title: 'Borrel', start: '16:00' }]));

    const ics = invite(world, '2025-10-25-herfst', 'borrel');
    const event = parseIcs(ics).events[0]!;

    expect(eventLines(ics, 'DTEND')).toEqual([]);
    expect(event.startUtc).toBe('2025-10-26T15:00:00.000Z');
    expect(event.description).toContain('De eindtijd staat niet in het programma.');
    expect(rfcProblems(ics)).toEqual([]);
  });

  it('sessionInvite_noKnownTime_isNoTimeOutcome', () => {
    world = calendarWorld(autumnEvent([{ code: 'ooit', title: 'Tijd volgt' }]));

    const outcome = service(world).sessionInvite(world.session('2025-10-25-herfst', 'ooit').id);

    expect(outcome).toEqual({ kind: 'noTime', title: 'Tijd volgt' });
  });

  it('sessionInvite_unknownId_isNotFound', () => {
    world = calendarWorld(autumnEvent());

    expect(service(world).sessionInvite(999_999)).toEqual({ kind: 'notFound' });
  });

  it('sessionInvite_cancelledSession_isCancelledUpdateOfSameEntry', () => {
    world = calendarWorld(autumnEvent());
    world.importSeeds(
      autumnEvent([], {
        sessions: [
          { code: 'zaterdag', title: 'Zaterdagsessie', kind: 'plenair', day: '2025-10-25', start: '14:15', end: '15:15', room: 'Zaal 1', status: 'vervalt' },
          { code: 'zondag', title: 'Zondagsessie', kind: 'keuzesessie', day: '2025-10-26', round: 'ronde-1', room: 'Zaal 2', signup: true },
        ],
      }),
    );

    const ics = invite(world, '2025-10-25-herfst', 'zaterdag');
    const event = parseIcs(ics).events[0]!;

    expect([event.uid, event.sequence, event.status]).toEqual(['zaterdag.2025-10-25-herfst@g40-netwerkdag', 2, 'CANCELLED']);
    expect(event.summary).toBe('Vervalt: Zaterdagsessie (G40 Tilburg)');
    expect(rfcProblems(ics)).toEqual([]);
  });

  it('sessionInvite_baseUrlWithTrailingSlash_buildsCleanUrl', () => {
    world = calendarWorld(autumnEvent());
    const id = world.session('2025-10-25-herfst', 'zondag').id;
    const calendar = new CalendarService(
      world.db,
      world.store,
      new FakeConfirmedSessions(),
      { ...CALENDAR_OPTIONS, publicBaseUrl: 'https://g40.example.nl/bot/' },
      fixedClock(NOW),
    );

    const outcome = calendar.sessionInvite(id);

    expect(outcome.kind === 'file' && parseIcs(outcome.ics).events[0]!.url).toBe(`https://g40.example.nl/bot/agenda/sessie/${id}.ics`);
  });

  it('sessionLinks_perSessionState_buttonsOnlyForTimedLiveSessions', () => {
    world = calendarWorld(autumnEvent([{ code: 'ooit', title: 'Tijd volgt' }]));
    world.importSeeds(
      autumnEvent([{ code: 'ooit', title: 'Tijd volgt' }], {
        sessions: [
          { code: 'zaterdag', title: 'Zaterdagsessie', kind: 'plenair', day: '2025-10-25', start: '14:15', end: '15:15', status: 'vervalt' },
          { code: 'zondag', title: 'Zondagsessie', kind: 'keuzesessie', day: '2025-10-26', round: 'ronde-1' },
          { code: 'ooit', title: 'Tijd volgt', kind: 'overig', day: '2025-10-26' },
        ],
      }),
    );
    const calendar = service(world);

    const kinds = ['zaterdag', 'zondag', 'ooit'].map((code) => calendar.sessionLinks(world.session('2025-10-25-herfst', code)).kind);

    expect(kinds).toEqual(['cancelled', 'links', 'noTime']);
  });

  it('sessionInvite_filename_namesEventAndSession', () => {
    world = calendarWorld(autumnEvent());

    const outcome = service(world).sessionInvite(world.session('2025-10-25-herfst', 'zondag').id);

    expect(outcome.kind === 'file' && outcome.filename).toBe('2025-10-25-herfst-zondag.ics');
  });
});
