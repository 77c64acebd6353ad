import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import { importEventSeeds } from '../../src/programme/importSeeds';
import { calendarExtras } from '../../src/teams/cards/sessionCard';
import { ANNA, BOB, replyText, TENANT, startHarness, type Harness, type TestUser } from '../support/botHarness';

// The Zoetermeer morning; the feed link itself does not depend on the day.
const NOW = '2026-02-04T09:30:00+01:00';
const FEED_URL = /https:\/\/g40\.example\.nl\/agenda\/feed\/([0-9a-f]{64})\.ics/;

/** Every Action.OpenUrl in the replies' cards. */
function openUrlActions(replies: any[]): { title: string; url: string }[] {
  const found: { title: string; url: string }[] = [];
  const walk = (node: any): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (node.type === 'Action.OpenUrl') found.push({ title: node.title, url: node.url });
    Object.values(node).forEach(walk);
  };
  for (const reply of replies) for (const a of reply.attachments ?? []) walk(a.content);
  return found;
}

describe('calendar in Teams', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ now: NOW });
    // Past the welcome card, so each test sees only the reply it asks for.
    for (const user of [ANNA, BOB]) await h.say('hulp', user);
  });
  afterAll(async () => {
    await h.close();
  });

  async function ask(text: string, user: TestUser, extra: Record<string, unknown> = {}): Promise<string> {
    const replies = await h.say(text, user, extra);
    expect(replies).toHaveLength(1);
    return replies[0].text as string;
  }

  function details(eventSlug: string, code: string) {
    const programme = h.bot.services.programme;
    const session = programme.getSessionByCode(programme.getEventBySlug(eventSlug)!.id, code)!;
    return programme.getSessionDetails(session.id)!;
  }

  it('agenda_firstTime_givesWorkingFeedLinkWithOutlookHowTo', async () => {
    const reply = await ask('agenda', ANNA);
    const token = FEED_URL.exec(reply)?.[1];
    const res = await fetch(`${h.baseUrl}/agenda/feed/${token}.ics`);

    expect(token).toBeDefined();
    expect(reply).toContain('Agenda toevoegen > Abonneren vanaf internet');
    expect(reply).toContain('agenda vernieuwen');
    expect(res.status).toBe(200);
  });

  it('agenda_secondTime_saysLinkExistsWithoutShowingIt', async () => {
    await ask('agenda', BOB);

    const reply = await ask('Agenda', BOB);

    expect(reply).toBe(
      'Je hebt al een persoonlijke agenda-link (gemaakt op 4 februari 2026). Om je privacy te beschermen bewaar ik de link zelf niet; hij staat eerder in dit gesprek.\n' +
        'Kwijt of per ongeluk gedeeld? Typ "agenda vernieuwen": je krijgt een nieuwe link en de oude werkt dan niet meer.',
    );
    expect(reply).not.toMatch(FEED_URL);
  });

  it('agendaVernieuwen_givesNewLink_andOldOneStopsWorking', async () => {
    const user: TestUser = { id: '29:carla', aadObjectId: 'aad-carla', name: 'Carla' };
    await h.say('hulp', user);
    const old = FEED_URL.exec(await ask('agenda', user))![1];

    const reply = await ask('agenda vernieuwen', user);
    const renewed = FEED_URL.exec(reply)![1];

    expect(renewed).not.toBe(old);
    expect(reply).toContain('De oude werkt niet meer');
    expect((await fetch(`${h.baseUrl}/agenda/feed/${old}.ics`)).status).toBe(404);
    expect((await fetch(`${h.baseUrl}/agenda/feed/${renewed}.ics`)).status).toBe(200);
  });

  it('agenda_inChannel_refusesAndIssuesNoLink', async () => {
    const user: TestUser = { id: '29:dirk', aadObjectId: 'aad-dirk', name: 'Dirk' };
    const channel = {
      conversation: { id: '19:themagroep@thread.tacv2', conversationType: 'channel', tenantId: TENANT },
      channelData: { tenant: { id: TENANT }, channel: { id: '19:themagroep@thread.tacv2' } },
    };

    const replies = await h.say('agenda', user, channel);
    const rows = h.bot.db.prepare('SELECT COUNT(*) AS n FROM calendar_feeds WHERE user_id = ?').get('aad-dirk') as { n: number };

    expect(replies.map((r) => r.text)).toEqual([
      'Je agenda-link is persoonlijk. Vraag hem in een 1-op-1-chat met mij, niet in een kanaal of groepsgesprek.',
    ]);
    expect(rows.n).toBe(0);
  });

  it('calendarExtras_timedSession_addsIcsAndOutlookWebButtons', () => {
    const session = details('2026-02-04-zoetermeer', 'opening');

    const extras = calendarExtras(h.bot.services.calendar.sessionLinks(session));

    expect(extras.body).toBeUndefined();
    expect(extras.actions).toHaveLength(2);
    expect(extras.actions![0]).toEqual({
      type: 'Action.OpenUrl',
      title: 'Toevoegen aan agenda',
      url: `https://g40.example.nl/agenda/sessie/${session.id}.ics`,
    });
    const outlook = extras.actions![1]!;
    expect(outlook.type).toBe('Action.OpenUrl');
    expect(outlook.title).toBe('Outlook op het web');
    const url = new URL(outlook.url as string);
    expect(url.origin + url.pathname).toBe('https://outlook.office.com/calendar/0/deeplink/compose');
    expect(url.searchParams.get('subject')).toBe('Opening (G40 Zoetermeer)');
    expect(url.searchParams.get('startdt')).toBe('2026-02-04T10:00:00+01:00');
    expect(url.searchParams.get('enddt')).toBe('2026-02-04T11:30:00+01:00');
    expect(url.searchParams.get('location')).toBe('Stadstheater Zoetermeer, Theaterplein 10, Zoetermeer');
    expect(url.searchParams.get('body')).toMatch(/^Bestuurlijke netwerkdag Zoetermeer, woensdag 4 februari 2026\n/);
    expect(outlook.url as string).not.toMatch(/[ +]/);
  });

  it('calendarExtras_sessionWithoutTime_saysWhyInsteadOfButtons', () => {
    const session = details('2025-09-25-tilburg', 'keynote-wilthagen');

    const extras = calendarExtras(h.bot.services.calendar.sessionLinks(session));

    expect(extras.actions).toBeUndefined();
    expect(extras.body).toEqual([
      {
        type: 'TextBlock',
        text: 'Nog geen tijd bekend in het programma, dus nog geen agenda-uitnodiging.',
        wrap: true,
        isSubtle: true,
        size: 'Small',
      },
    ]);
  });

  it('sessionCard_fromAQuestion_offersInviteThatDownloadsAsIcs', async () => {
    const replies = await h.say('Wat is de opening in Zoetermeer?', ANNA);
    const buttons = openUrlActions(replies);
    const invite = buttons.find((b) => b.title === 'Toevoegen aan agenda')!;
    const res = await fetch(invite.url.replace('https://g40.example.nl', h.baseUrl));

    expect(buttons.map((b) => b.title)).toEqual(expect.arrayContaining(['Toevoegen aan agenda', 'Outlook op het web']));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(await res.text()).toContain('UID:opening.2026-02-04-zoetermeer@g40-netwerkdag');
  });

  it('sessionCard_afterTheProgrammeChangedATime_outlookLinkHasTheNewTime', async () => {
    const outlook = async () => openUrlActions(await h.say('Wanneer is Samenwerken aan het woongeluk van onze inwoners?', BOB)).find((b) => b.title === 'Outlook op het web')!.url;
    const before = await outlook();
    expect(decodeURIComponent(before)).toContain('startdt=2026-02-04T12:00:00+01:00');

    const programme = h.bot.services.programme;
    const seed = structuredClone(programme.eventSeed('2026-02-04-zoetermeer')!);
    const session = seed.sessions.find((x) => x.code === 'r1-woongeluk-inwoners')!;
    session.start = '12:05';
    importEventSeeds(h.bot.db, [{ file: 'test', hash: 'test:later-start', seed, origin: 'published' }], fixedClock(NOW));

    expect(decodeURIComponent(await outlook())).toContain('startdt=2026-02-04T12:05:00+01:00');
  });

  it('sessionCard_sessionWithoutTime_saysWhyAndOffersNoInvite', async () => {
    const replies = await h.say('Wanneer is de keynote van Wilthagen?', ANNA);

    expect(replies.map(replyText).join('\n')).toContain('Nog geen tijd bekend in het programma, dus nog geen agenda-uitnodiging.');
    expect(openUrlActions(replies).map((b) => b.title)).not.toContain('Toevoegen aan agenda');
  });
});
