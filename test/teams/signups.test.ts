import { rmSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listOutbox } from '../../src/outbox/outbox';
import { replyActivity } from '../../src/teams/render';
import { ANNA, BOB, replyText, startHarness, type Harness, type TestUser } from '../support/botHarness';
import { BEFORE, seedDirWith, testEvent } from '../support/signupFactory';

const CAROL: TestUser = { id: '29:carol', aadObjectId: '00000000-0000-0000-0000-00000000c003', name: 'Carol Bakker' };
const DAAN: TestUser = { id: '29:daan', aadObjectId: '00000000-0000-0000-0000-00000000d004', name: 'Daan Smit' };

function event() {
  return testEvent({
    sessions: [
      { code: 'r1-netneutraal', title: 'Netneutraal bouwen', round: 'ronde-1', capacity: 1, organisers: ['tg-duurzaamheid'] },
      { code: 'r1-wonen', title: 'Wonen en zorg in de wijk', round: 'ronde-1', capacity: null },
      { code: 'r2-veilig', title: 'Veilige wijken', round: 'ronde-2', capacity: 2 },
      { code: 'opening', title: 'Opening', kind: 'plenair', signup: false, start: '09:30' },
      { code: 'excursie-havenkwartier', title: 'Stadssafari Havenkwartier (met de fiets)', kind: 'excursie', capacity: 10 },
    ],
  });
}

describe('sign-ups in Teams', () => {
  let h: Harness;
  let seeds: string;
  let eventId: number;
  const sid = (code: string) => h.bot.services.programme.getSessionByCode(eventId, code)!.id;
  const card = (res: { body: any }) => replyText({ attachments: [{ content: res.body.value }] });
  const aad = (u: TestUser) => u.aadObjectId!;

  beforeAll(async () => {
    seeds = seedDirWith([event()]);
    h = await startHarness({ now: BEFORE, seedsDir: seeds, env: { ADMIN_AAD_OBJECT_IDS: aad(DAAN) } });
    eventId = h.bot.services.programme.getEventBySlug('test-teststad')!.id;
  });
  afterAll(async () => {
    await h.close();
    rmSync(seeds, { recursive: true, force: true });
  });
  // Every test starts from nobody signed up and arranges what it needs, so the file passes in any order.
  beforeEach(async () => {
    await h.connector.waitFor(() => (h.bot.db.prepare("SELECT COUNT(*) FROM outbox WHERE status = 'sending'").pluck().get() as number) === 0, 5_000);
    // Conversations forget which netwerkdag they were about ("aanmelden zoetermeer" made the next "aanmelden" mean Zoetermeer).
    h.bot.db.exec("DELETE FROM outbox; DELETE FROM signup_events; DELETE FROM signups; DELETE FROM bot_state WHERE key LIKE '%/conversations/%';");
  });
  const signUp = (u: TestUser, code: string, onFull: 'refuse' | 'wait' = 'refuse') =>
    h.bot.services.signups.signUp({ userId: aad(u), name: u.name }, sid(code), { onFull });

  it('invokeJoin_returnsRefreshedCardWithOwnStateInInvokeResponse', async () => {
    const res = await h.invoke('signup.join', { sessionId: sid('r2-veilig'), eventId }, ANNA);

    expect(res.status).toBe(200);
    expect(res.body.statusCode).toBe(200);
    expect(res.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(res.body.value.version).toBe('1.5');
    const text = card(res);
    expect(text).toContain('Je bent aangemeld voor "Veilige wijken".');
    expect(text).toContain('[Afmelden]');
    expect(h.bot.services.signups.confirmedSessionIds(aad(ANNA))).toEqual([sid('r2-veilig')]);
  });

  it('invokeJoin_doubleClick_isIdempotent', async () => {
    await h.invoke('signup.join', { sessionId: sid('excursie-havenkwartier'), eventId }, BOB);

    const again = await h.invoke('signup.join', { sessionId: sid('excursie-havenkwartier'), eventId }, BOB);

    expect(card(again)).toContain('Je was al aangemeld');
    expect(h.bot.services.signups.history(sid('excursie-havenkwartier'), aad(BOB))).toHaveLength(1);
  });

  it('invokeJoin_full_showsVolThenWaitGivesPlace', async () => {
    await h.invoke('signup.join', { sessionId: sid('r1-netneutraal'), eventId }, ANNA);

    const full = await h.invoke('signup.join', { sessionId: sid('r1-netneutraal'), eventId }, BOB);
    const wait = await h.invoke('signup.wait', { sessionId: sid('r1-netneutraal'), eventId }, BOB);

    expect(card(full)).toContain('"Netneutraal bouwen" is vol. Wil je op de wachtlijst?');
    expect(card(full)).toContain('[Op de wachtlijst]');
    expect(card(wait)).toContain('Je staat op de wachtlijst (plaats 1)');
  });

  it('invokeJoin_secondInRound_offersSwitch_thenSwitchesAtOnce', async () => {
    signUp(ANNA, 'r1-netneutraal');
    signUp(BOB, 'r1-netneutraal', 'wait');

    const offer = await h.invoke('signup.join', { sessionId: sid('r1-wonen'), eventId }, ANNA);

    expect(card(offer)).toContain('Je bent in deze ronde al aangemeld voor "Netneutraal bouwen". Wil je wisselen?');
    expect(card(offer)).toContain('[Wissel naar deze sessie]');

    const switched = await h.invoke('signup.switch', { sessionId: sid('r1-wonen'), eventId }, ANNA);

    expect(card(switched)).toContain('Je bent afgemeld voor "Netneutraal bouwen". Je bent aangemeld voor "Wonen en zorg in de wijk".');
    // Anna's seat went to Bob, who waited, and he is told so through the outbox.
    expect(h.bot.services.signups.confirmedSessionIds(aad(BOB))).toContain(sid('r1-netneutraal'));
    const notice = listOutbox(h.bot.db, { kind: 'waitlist_promoted', targetKey: `user:${aad(BOB)}` });
    expect(notice).toHaveLength(1);
  });

  it('refresh_cardCarriesRefreshForTheClickerOnly_andRefreshVerbShowsCurrentState', async () => {
    const before = h.connector.received.length;
    const res = await h.invoke('signup.join', { sessionId: sid('r1-netneutraal'), eventId }, BOB, { replyToId: 'card-7' });
    const later = await h.invoke('signup.refresh', { sessionId: sid('r1-netneutraal'), eventId }, BOB);

    expect(res.body.value.refresh).toEqual({
      action: { type: 'Action.Execute', verb: 'signup.refresh', data: { verb: 'signup.refresh', sessionId: sid('r1-netneutraal'), eventId } },
      userIds: [BOB.id],
    });
    // The card is answered to the clicker only: nothing replaces the message for everyone.
    expect(h.connector.received.slice(before).filter((r) => r.method === 'PUT')).toEqual([]);
    expect(card(later)).toContain('Je bent aangemeld');
    expect(card(later)).not.toContain('Je was al aangemeld');
  });

  it('promotionNotice_rendersPersonalCardWithCalendarLink', () => {
    signUp(ANNA, 'r1-netneutraal');
    signUp(BOB, 'r1-netneutraal', 'wait');
    h.bot.services.signups.cancel({ userId: aad(ANNA), name: ANNA.name }, sid('r1-netneutraal'));
    const [message] = listOutbox(h.bot.db, { kind: 'waitlist_promoted', targetKey: `user:${aad(BOB)}` });

    const activity = replyActivity(h.bot.core.renderers.waitlist_promoted!(message!)!);

    const text = replyText(activity);
    expect(text).toContain('Je stond op de wachtlijst voor "Netneutraal bouwen" en bent nu aangemeld.');
    expect(text).toContain('[Afmelden]');
    expect(JSON.stringify(activity)).toContain(`https://g40.example.nl/agenda/sessie/${sid('r1-netneutraal')}.ics`);
  });

  it('invokeCancel_freesSeat', async () => {
    signUp(BOB, 'r1-netneutraal');

    const res = await h.invoke('signup.cancel', { sessionId: sid('r1-netneutraal'), eventId }, BOB);

    expect(card(res)).toContain('Je bent afgemeld voor "Netneutraal bouwen".');
    expect(card(res)).toContain('[Aanmelden]');
    expect(card(res)).toContain('Nog 1 plaats');
  });

  it('badInput_refusedClearlyAndChangesNothing', async () => {
    const before = h.bot.db.prepare('SELECT COUNT(*) AS n FROM signup_events').get();

    const forged = await h.invoke('signup.join', { sessionId: 987654, eventId }, CAROL);
    const tampered = await h.invoke('signup.join', { sessionId: `${sid('r2-veilig')}; DROP TABLE signups`, eventId }, CAROL);
    const missing = await h.invoke('signup.join', {}, CAROL);
    const otherEvent = await h.invoke('signup.join', { sessionId: sid('r2-veilig'), eventId: eventId + 1 }, CAROL);
    const noSignup = await h.invoke('signup.join', { sessionId: sid('opening'), eventId }, CAROL);
    // No Entra id and no usable channel id: the bot cannot tell who clicked.
    const anonymous = await h.invoke('signup.join', { sessionId: sid('r2-veilig'), eventId }, CAROL, {
      from: { id: `29:${'x'.repeat(300)}`, name: 'Carol' },
    });
    const noFrom = await h.invoke('signup.join', { sessionId: sid('r2-veilig'), eventId }, CAROL, { from: { name: 'Carol' } });

    expect(forged.body.value).toBe('Die sessie ken ik niet (meer). Vraag de kaart of het programma opnieuw op.');
    expect(tampered.body.value).toBe('De gegevens van deze kaart kloppen niet. Vraag de kaart opnieuw op.');
    expect(missing.body.value).toBe('De gegevens van deze kaart kloppen niet. Vraag de kaart opnieuw op.');
    expect(card(otherEvent)).toContain('Deze sessie hoort niet bij deze netwerkdag.');
    expect(card(noSignup)).toContain('Voor dit onderdeel hoef je je niet aan te melden.');
    expect(anonymous.status).toBe(200);
    expect(card(anonymous)).toContain('Ik kan niet zien wie je bent, dus ik kan je niet aanmelden.');
    expect(noFrom.status).toBeGreaterThanOrEqual(400);
    expect(h.bot.db.prepare('SELECT COUNT(*) AS n FROM signup_events').get()).toEqual(before);
  });

  it('aanmelden_showsFormPerRoundWithSeats_submitReportsPerRound', async () => {
    signUp(ANNA, 'r2-veilig');

    const form = (await h.say('aanmelden', CAROL)).at(-1);

    const content = form.attachments[0].content;
    const sets = content.body.filter((e: any) => e.type === 'Input.ChoiceSet');
    expect(sets.map((s: any) => s.choices.map((c: any) => c.title))).toEqual([
      ['(geen keuze)', 'Netneutraal bouwen (nog 1 plaatsen)', 'Wonen en zorg in de wijk'],
      ['(geen keuze)', 'Veilige wijken (nog 1 plaatsen)'],
    ]);
    const [r1, r2] = sets.map((s: any) => s.id);

    const res = await h.invoke('signup.submit', { eventId, [r1]: String(sid('r1-netneutraal')), [r2]: String(sid('r2-veilig')) }, CAROL);

    const text = card(res);
    expect(text).toContain('Eerste ronde: Je bent aangemeld voor "Netneutraal bouwen".');
    expect(text).toContain('Tweede ronde: Je bent aangemeld voor "Veilige wijken".');
  });

  it('aanmeldenSubmit_tamperedChoice_refusedAndChangesNothing', async () => {
    const before = h.bot.db.prepare('SELECT COUNT(*) AS n FROM signup_events').get();
    const round1 = h.bot.services.programme.getSession(sid('r1-wonen'))!.roundId!;

    const bad = await h.invoke('signup.submit', { eventId, [`round_${round1}`]: 'abc' }, DAAN);
    const wrongRound = await h.invoke('signup.submit', { eventId, [`round_${round1}`]: String(sid('r2-veilig')) }, DAAN);
    const flood = await h.invoke('signup.submit', { eventId, ...Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`round_${i + 1}`, '1'])) }, DAAN);

    expect(bad.body.value).toBe('De gegevens van deze kaart kloppen niet. Vraag de kaart opnieuw op.');
    expect(flood.body.value).toBe('De gegevens van deze kaart kloppen niet. Vraag de kaart opnieuw op.');
    expect(card(wrongRound)).toContain('Die sessie ken ik niet (meer).');
    expect(h.bot.db.prepare('SELECT COUNT(*) AS n FROM signup_events').get()).toEqual(before);
  });

  it('aanmeldenNamedPastEvent_saysItIsOver', async () => {
    const reply = (await h.say('aanmelden zoetermeer', CAROL)).at(-1);

    expect(replyText(reply)).toBe('G40 Netwerkdag Zoetermeer: Deze netwerkdag is al voorbij; de aanmelding is gesloten.'.replace('G40 Netwerkdag Zoetermeer', h.bot.services.programme.getEventBySlug('2026-02-04-zoetermeer')!.title));
  });

  it('aanmeldenUnknownEvent_saysSoAndOffersTheDefault', async () => {
    const reply = (await h.say('aanmelden atlantis', CAROL)).at(-1);

    expect(replyText(reply)).toBe('Ik ken geen netwerkdag "atlantis". Typ "aanmelden" voor de eerstvolgende.');
  });

  it('aanmeldenWithASessionsName_showsThatSessionToSignUpWith_andSignsUpForNothingYet', async () => {
    const before = h.bot.db.prepare('SELECT COUNT(*) AS n FROM signups').get();
    const reply = (await h.say('aanmelden netneutraal bouwen', CAROL)).at(-1);

    const text = replyText(reply);
    expect(text).toContain('Netneutraal bouwen');
    expect(text).toContain('Bedoel je deze sessie? Meld je aan met de knop, of typ "aanmelden voor Netneutraal bouwen".');
    // Words that fit several sessions: their cards, to pick one from.
    const several = await h.say('aanmelden wijken', CAROL);
    expect(replyText(several[0])).toContain('Ik vond meer dan één sessie bij "wijken". Welke bedoel je?');
    expect(several.at(-1).attachments.length).toBeGreaterThan(1);
    expect(h.bot.db.prepare('SELECT COUNT(*) AS n FROM signups').get()).toEqual(before);
  });

  it('mijnProgramma_listsInTimeOrderWithAfmelden', async () => {
    signUp(CAROL, 'r2-veilig');
    signUp(CAROL, 'r1-netneutraal');

    const reply = (await h.say('mijn programma', CAROL)).at(-1);

    const text = replyText(reply);
    expect(text.indexOf('Netneutraal bouwen')).toBeLessThan(text.indexOf('Veilige wijken'));
    expect(text.match(/\[Afmelden\]/g)).toHaveLength(2);
  });

  it('textRoutes_signUpAndCancelByTitle', async () => {
    signUp(CAROL, 'r1-netneutraal');
    signUp(BOB, 'excursie-havenkwartier');

    const signedUp = (await h.say('meld me aan voor Netneutraal bouwen', DAAN)).at(-1);
    const cancelled = (await h.say('afmelden voor de excursie Havenkwartier', BOB)).at(-1);

    // The real Oss programme has a "Netneutraal bouwen" too; the upcoming netwerkdag wins. It is full: Carol holds the seat.
    expect(replyText(signedUp)).toContain('"Netneutraal bouwen" is vol. Wil je op de wachtlijst?');
    expect(replyText(signedUp)).toContain('Netwerkdag Teststad');
    expect(replyText(cancelled)).toContain('Je bent afgemeld voor "Stadssafari Havenkwartier (met de fiets)".');
  });

  it('textRoute_realProgrammeSession_resolvedAcrossNetwerkdagen', async () => {
    const reply = (await h.say('afmelden voor de excursie Piushaven', ANNA)).at(-1);

    expect(replyText(reply)).toContain('Je was niet aangemeld voor "Stadssafari 8: Gebiedstransformatie Piushaven (met de fiets)".');
  });

  it('textRoute_unknownSession_saysSoAndChangesNothing', async () => {
    const before = h.bot.db.prepare('SELECT COUNT(*) AS n FROM signup_events').get();

    const reply = (await h.say('meld me aan voor quantumfysica', ANNA)).at(-1);

    expect(replyText(reply)).toBe('Ik vond geen sessie om je voor aan te melden bij "quantumfysica". Probeer een deel van de titel.');
    expect(h.bot.db.prepare('SELECT COUNT(*) AS n FROM signup_events').get()).toEqual(before);
  });

  it('deelnemers_onlyForOrganisers_withWorkingSignedCsvLink', async () => {
    signUp(CAROL, 'r1-netneutraal');

    const refused = (await h.say('deelnemers Netneutraal bouwen', ANNA)).at(-1);
    const list = (await h.say('deelnemers Netneutraal bouwen', DAAN)).at(-1);

    expect(replyText(refused)).toBe('De deelnemerslijst is alleen voor beheerders en de secretaris van de organiserende themagroep.');
    const text = replyText(list);
    expect(text).toContain('1 aangemeld van 1 plaatsen, 0 op de wachtlijst.');
    expect(text).toContain('Carol Bakker');
    const url: string = list.attachments[0].content.actions[0].url;
    expect(url).toMatch(/^https:\/\/g40\.example\.nl\/aanmeldingen\/sessie\/\d+\.csv\?exp=\d+&sig=[\w-]+$/);

    const local = url.replace('https://g40.example.nl', h.baseUrl);
    const csv = await fetch(local);
    const forged = await fetch(local.replace(/sessie\/\d+/, `sessie/${sid('r2-veilig')}`));
    const bare = await fetch(`${h.baseUrl}/aanmeldingen/sessie/${sid('r1-netneutraal')}.csv`);

    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(Buffer.from(await csv.arrayBuffer()).toString('utf8')).toBe(
      `\ufeffNaam;Gebruiker;Status;Plaats op wachtlijst;Sinds\r\nCarol Bakker;${aad(CAROL)};aangemeld;;2026-03-03T09:00:00.000Z\r\n`,
    );
    expect(forged.status).toBe(403);
    expect(bare.status).toBe(403);
  });
});
