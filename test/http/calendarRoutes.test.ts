import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANNA, BOB, startHarness, type Harness } from '../support/botHarness';
import { parseIcs, rfcProblems } from '../calendar/icsCheck';

// Two weeks before the Zoetermeer day: registration is open.
const NOW = '2026-01-20T10:00:00+01:00';
const NOT_FOUND = 'Deze agenda-link bestaat niet (meer). Vraag de bot in Teams om een nieuwe link.';

describe('calendar over HTTP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ now: NOW });
  });
  afterAll(async () => {
    await h.close();
  });

  function sessionId(eventSlug: string, code: string): number {
    const programme = h.bot.services.programme;
    return programme.getSessionByCode(programme.getEventBySlug(eventSlug)!.id, code)!.id;
  }

  function feedToken(userId: string): string {
    const url = h.bot.services.calendar.renewFeedLink(userId).url;
    expect(url.startsWith('https://g40.example.nl/agenda/feed/')).toBe(true);
    return url.slice('https://g40.example.nl/agenda/feed/'.length, -'.ics'.length);
  }

  it('sessionIcs_knownSession_isCalendarFileWithFilename', async () => {
    const id = sessionId('2026-02-04-zoetermeer', 'opening');

    const res = await fetch(`${h.baseUrl}/agenda/sessie/${id}.ics`);
    const body = await res.text();

    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="2026-02-04-zoetermeer-opening.ics"');
    expect(rfcProblems(body)).toEqual([]);
    const event = parseIcs(body).events[0]!;
    expect([event.uid, event.startUtc, event.endUtc]).toEqual([
      'opening.2026-02-04-zoetermeer@g40-netwerkdag',
      '2026-02-04T09:00:00.000Z',
      '2026-02-04T10:30:00.000Z',
    ]);
    expect(event.url).toBe(`https://g40.example.nl/agenda/sessie/${id}.ics`);
    expect(event.location).toBe('Stadstheater Zoetermeer, Theaterplein 10, Zoetermeer');
  });

  it('sessionIcs_roundSession_takesTheRoundsTime', async () => {
    const id = sessionId('2026-02-04-zoetermeer', 'r2-inclusieve-arbeidsmarkt');

    const body = await (await fetch(`${h.baseUrl}/agenda/sessie/${id}.ics`)).text();

    expect(parseIcs(body).events[0]!.startUtc).toBe('2026-02-04T13:15:00.000Z');
  });

  it('sessionIcs_sessionWithoutTime_is404WithDutchReason', async () => {
    const id = sessionId('2025-09-25-tilburg', 'keynote-wilthagen');

    const res = await fetch(`${h.baseUrl}/agenda/sessie/${id}.ics`);

    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await res.text()).toBe(
      'Voor "Keynote Ton Wilthagen: Arbeidsmarkt, de achilleshiel van brede welvaart" staat nog geen tijd in het programma, dus er is (nog) geen agenda-uitnodiging. Kijk later nog eens in de bot.',
    );
  });

  it('sessionIcs_unknownOrMalformedId_isSame404', async () => {
    const paths = ['999999.ics', 'abc.ics', '1.5.ics', '-1.ics', `${'9'.repeat(400)}.ics`, '1', '%00.ics', '1.ics.ics', 'x/1.ics'];

    const answers = await Promise.all(
      paths.map(async (p) => {
        const res = await fetch(`${h.baseUrl}/agenda/sessie/${p}`);
        return [res.status, await res.text()];
      }),
    );

    expect(answers).toEqual(paths.map(() => [404, NOT_FOUND]));
  });

  it('feed_signUpThenCancel_sessionComesAndGoes', async () => {
    const id = sessionId('2026-02-04-zoetermeer', 'r1-woongeluk-inwoners');
    const token = feedToken(ANNA.aadObjectId!);
    const anna = { userId: ANNA.aadObjectId!, name: ANNA.name };

    expect(h.bot.services.signups.signUp(anna, id).kind).toBe('confirmed');
    const withSession = await fetch(`${h.baseUrl}/agenda/feed/${token}.ics`);
    const withBody = await withSession.text();
    expect(h.bot.services.signups.cancel(anna, id).kind).toBe('cancelled');
    const withoutBody = await (await fetch(`${h.baseUrl}/agenda/feed/${token}.ics`)).text();

    expect(withSession.status).toBe(200);
    expect(withSession.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(withSession.headers.get('content-disposition')).toBe('inline; filename="g40-netwerkdag.ics"');
    expect(withSession.headers.get('cache-control')).toBe('private, no-store');
    expect(withSession.headers.get('referrer-policy')).toBe('no-referrer');
    expect(parseIcs(withBody).events.map((e) => [e.uid, e.startUtc])).toEqual([
      ['r1-woongeluk-inwoners.2026-02-04-zoetermeer@g40-netwerkdag', '2026-02-04T11:00:00.000Z'],
    ]);
    expect(parseIcs(withoutBody).events).toEqual([]);
    expect(rfcProblems(withBody)).toEqual([]);
  });

  it('feed_badTokens_allGetTheSame404AndNoDetail', async () => {
    const real = feedToken(BOB.aadObjectId!);
    const candidates = [
      '0'.repeat(64),
      real.slice(0, 63),
      `${real}0`,
      real.toUpperCase(),
      BOB.aadObjectId!,
      encodeURIComponent(ANNA.aadObjectId!),
      'x',
      `${'a'.repeat(500)}`,
    ];

    const answers = await Promise.all(
      candidates.map(async (c) => {
        const res = await fetch(`${h.baseUrl}/agenda/feed/${c}.ics`);
        return [res.status, res.headers.get('content-type'), await res.text()];
      }),
    );

    expect(answers).toEqual(candidates.map(() => [404, 'text/plain; charset=utf-8', NOT_FOUND]));
  });

  it('feed_renewed_oldTokenIs404NewTokenWorks', async () => {
    const old = feedToken(BOB.aadObjectId!);

    const renewed = feedToken(BOB.aadObjectId!);

    expect((await fetch(`${h.baseUrl}/agenda/feed/${old}.ics`)).status).toBe(404);
    expect((await fetch(`${h.baseUrl}/agenda/feed/${renewed}.ics`)).status).toBe(200);
  });
});
