import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import { CalendarService } from '../../src/calendar/calendarService';
import { autumnEvent, CALENDAR_OPTIONS, calendarWorld, FakeConfirmedSessions, NOW, springEvent, type CalendarWorld } from './factories';
import { calendarLines, parseIcs, rfcProblems } from './icsCheck';

const ANNA = 'aad-anna';
const BOB = 'aad-bob';

let world: CalendarWorld;
let signups: FakeConfirmedSessions;
let calendar: CalendarService;

function setUp(...events: Parameters<typeof calendarWorld>): void {
  world = calendarWorld(...events);
  signups = new FakeConfirmedSessions();
  calendar = new CalendarService(world.db, world.store, signups, CALENDAR_OPTIONS, fixedClock(NOW));
}

function tokenOf(url: string): string {
  const match = /^https:\/\/g40\.example\.nl\/agenda\/feed\/([0-9a-f]{64})\.ics$/.exec(url);
  if (!match) throw new Error(`not a feed url: ${url}`);
  return match[1]!;
}

function newFeedToken(userId: string): string {
  const link = calendar.feedLink(userId);
  if (link.kind !== 'created') throw new Error('expected a new link');
  return tokenOf(link.url);
}

function feedOf(token: string): string {
  const outcome = calendar.feed(token);
  if (outcome.kind !== 'file') throw new Error('expected a feed');
  return outcome.ics;
}

afterEach(() => world?.db.close());

describe('personal feed', () => {
  it('feed_confirmedSessions_listsEachWithItsUidAndAmsterdamTimes', () => {
    setUp(autumnEvent(), springEvent());
    const token = newFeedToken(ANNA);
    signups.byUser.set(ANNA, [world.session('2025-10-25-herfst', 'zondag').id, world.session('2025-03-29-lente', 'zondag').id]);

    const ics = feedOf(token);
    const parsed = parseIcs(ics);

    expect(parsed.method).toBe('PUBLISH');
    expect(parsed.name).toBe('G40 Netwerkdag – mijn sessies');
    expect(parsed.tzids).toEqual(['Europe/Amsterdam']);
    expect(parsed.events.map((e) => [e.uid, e.startTzid, e.startUtc])).toEqual([
      ['zondag.2025-03-29-lente@g40-netwerkdag', 'Europe/Amsterdam', '2025-03-30T07:00:00.000Z'],
      ['zondag.2025-10-25-herfst@g40-netwerkdag', 'Europe/Amsterdam', '2025-10-26T13:15:00.000Z'],
    ]);
    expect(rfcProblems(ics)).toEqual([]);
  });

  it('feed_always_asksForHourlyRefresh', () => {
    setUp(autumnEvent());
    const token = newFeedToken(ANNA);

    const ics = feedOf(token);

    expect(calendarLines(ics, 'REFRESH-INTERVAL')).toEqual(['REFRESH-INTERVAL;VALUE=DURATION:PT1H']);
    expect(calendarLines(ics, 'X-PUBLISHED-TTL')).toEqual(['X-PUBLISHED-TTL:PT1H']);
  });

  it('feed_cancelledSignup_disappearsFromFeed', () => {
    setUp(autumnEvent());
    const token = newFeedToken(ANNA);
    const saturday = world.session('2025-10-25-herfst', 'zaterdag').id;
    const sunday = world.session('2025-10-25-herfst', 'zondag').id;
    signups.byUser.set(ANNA, [saturday, sunday]);
    const before = parseIcs(feedOf(token)).events.map((e) => e.uid);

    signups.byUser.set(ANNA, [sunday]);
    const after = parseIcs(feedOf(token)).events.map((e) => e.uid);

    expect(before).toEqual(['zaterdag.2025-10-25-herfst@g40-netwerkdag', 'zondag.2025-10-25-herfst@g40-netwerkdag']);
    expect(after).toEqual(['zondag.2025-10-25-herfst@g40-netwerkdag']);
  });

  it('feed_sessionWithoutTimeOrUnknownId_isLeftOut', () => {
    setUp(autumnEvent([{ code: 'ooit', title: 'Tijd volgt' }]));
    const token = newFeedToken(ANNA);
    signups.byUser.set(ANNA, [world.session('2025-10-25-herfst', 'ooit').id, 424242, world.session('2025-10-25-herfst', 'zondag').id]);

    const parsed = parseIcs(feedOf(token));

    expect(parsed.events.map((e) => e.uid)).toEqual(['zondag.2025-10-25-herfst@g40-netwerkdag']);
  });

  it('feed_noSignups_isValidEmptyCalendar', () => {
    setUp(autumnEvent());
    const token = newFeedToken(ANNA);

    const ics = feedOf(token);

    expect(parseIcs(ics).events).toEqual([]);
    expect(rfcProblems(ics)).toEqual([]);
  });

  it('feed_showsOnlyTheTokenOwnersSessions', () => {
    setUp(autumnEvent());
    const annaToken = newFeedToken(ANNA);
    const bobToken = newFeedToken(BOB);
    signups.byUser.set(ANNA, [world.session('2025-10-25-herfst', 'zaterdag').id]);
    signups.byUser.set(BOB, [world.session('2025-10-25-herfst', 'zondag').id]);

    expect(parseIcs(feedOf(annaToken)).events.map((e) => e.uid)).toEqual(['zaterdag.2025-10-25-herfst@g40-netwerkdag']);
    expect(parseIcs(feedOf(bobToken)).events.map((e) => e.uid)).toEqual(['zondag.2025-10-25-herfst@g40-netwerkdag']);
  });
});

describe('feed tokens', () => {
  it('feedLink_secondRequest_reportsExistingLinkWithoutRevealingIt', () => {
    setUp(autumnEvent());
    newFeedToken(ANNA);

    const again = calendar.feedLink(ANNA);

    expect(again).toEqual({ kind: 'exists', createdAt: '2026-02-04T08:30:00.000Z' });
  });

  it('feedLink_token_isRandom256BitsAndOnlyItsHashIsStored', () => {
    setUp(autumnEvent());

    const anna = newFeedToken(ANNA);
    const bob = newFeedToken(BOB);
    const rows = world.db.prepare('SELECT user_id, token_hash FROM calendar_feeds ORDER BY user_id').all() as {
      user_id: string;
      token_hash: string;
    }[];

    expect(anna).toMatch(/^[0-9a-f]{64}$/);
    expect(anna).not.toBe(bob);
    expect(rows.map((r) => r.user_id)).toEqual([ANNA, BOB]);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
    expect(JSON.stringify(rows)).not.toContain(anna);
  });

  it('renewFeedLink_oldTokenStopsWorkingNewOneWorks', () => {
    setUp(autumnEvent());
    const old = newFeedToken(ANNA);

    const renewed = tokenOf(calendar.renewFeedLink(ANNA).url);

    expect(renewed).not.toBe(old);
    expect(calendar.feed(old)).toEqual({ kind: 'notFound' });
    expect(calendar.feed(renewed).kind).toBe('file');
  });

  it('renewFeedLink_withoutEarlierLink_createsOne', () => {
    setUp(autumnEvent());

    const token = tokenOf(calendar.renewFeedLink(ANNA).url);

    expect(calendar.feed(token).kind).toBe('file');
  });

  it('feed_badTokens_allGetTheSameNotFound', () => {
    setUp(autumnEvent());
    const real = newFeedToken(ANNA);
    const flipped = (real[0] === 'a' ? 'b' : 'a') + real.slice(1);

    const outcomes = ['', 'x', ANNA, flipped, real.slice(0, 63), `${real}a`, real.toUpperCase(), '../../etc/passwd', '0'.repeat(64)].map(
      (t) => calendar.feed(t),
    );

    expect(outcomes.every((o) => o.kind === 'notFound')).toBe(true);
  });
});
