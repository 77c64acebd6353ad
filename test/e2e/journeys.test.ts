/**
 * The journeys a person walks, in Microsoft's Teams emulator in a real browser:
 * ask → read the session card → Aanmelden → the card changes → open the calendar
 * link → a valid invite → "agenda" gives a feed with the session → "mijn
 * programma" → Afmelden → the feed is empty again → the "aanmelden" form signs up
 * for one session per round → on the waiting list of a full walk, a personal
 * message arrives when a seat frees up → "Andere sessies in deze ronde", a
 * tapped list row and "Programma van de dag" each open what they say; in a group chat the personal
 * link is refused; and a secretary links a channel and posts an announcement
 * that arrives there. Each step leaves a screenshot in test-results/e2e/.
 * One bot and one emulator for the whole file: the steps build on each other,
 * like a person's morning of the netwerkdag (the clock is pinned to it).
 */
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseIcs, rfcProblems } from '../calendar/icsCheck';
import { copyOfSeeds, type SeedDir } from '../support/seedDir';
import { chromiumMissingReason, EMULATOR_USER, Screenshots, SHOTS_DIR, startE2E, type E2E } from './support/emulator';
import { TeamsPage } from './support/teamsPage';

const NOW = '2026-02-04T09:30:00+01:00';
/** An admin who is not the emulator's user: Sanne (the emulator's user) is only a secretary. */
const ADMIN = '00000000-0000-0000-0000-0000000000ad';
const TEAM = 'G40 Stedennetwerk';
const CHANNEL = 'Themagroep Woningmarkt';
const BOT_NAME = 'G40 Netwerkdag';
const SESSION = 'Samenwerken aan het woongeluk van onze inwoners';
const WALK = 'Stadswandeling door Zoetermeer: maak kennis met de stad';
const missing = chromiumMissingReason();
if (missing) console.warn(`e2e-journeys overgeslagen: ${missing}`);

// In order, also under `sequence.shuffle`: the steps are one person's morning in one emulator
// (sign up, then the card, the invite, the feed, then cancel …); starting the emulator and
// Chromium afresh for each step would cost about ten seconds a step.
describe.skipIf(missing !== null)('journeys in the Teams emulator', { shuffle: false }, () => {
  let e2e: E2E;
  let teams: TeamsPage;
  let feedUrl = '';
  let seeds: SeedDir;

  beforeAll(async () => {
    console.log(`e2e: screenshots in ${SHOTS_DIR}`);
    // The programme names no capacity for the lunch walk; the organiser gives it one seat, so it can fill up.
    seeds = copyOfSeeds();
    seeds.edit('2026-02-04-zoetermeer.yaml', /(?<head>code: wandeling-stadswandeling-zoetermeer\n(?:    .*\n)*?    capacity: )null/, '$<head>1');
    e2e = await startE2E({
      now: NOW,
      seedsDir: seeds.dir,
      env: { ADMIN_AAD_OBJECT_IDS: ADMIN },
      arrange: (bot) => {
        const granted = bot.services.announcements.grantSecretary({ userId: ADMIN }, { userId: EMULATOR_USER.aadObjectId, name: EMULATOR_USER.name }, 'Woningmarkt');
        if (granted.kind !== 'granted') throw new Error(`secretaris niet aangewezen: ${granted.kind}`);
      },
    });
    teams = new TeamsPage(e2e.page);
    await teams.waitForWelcome();
  }, 60_000);

  afterEach(async (ctx) => {
    // What the page showed when a step failed: the first thing to look at.
    if (ctx.task.result?.state === 'fail') await new Screenshots(e2e.page, `fout-${ctx.task.name}`).take('pagina');
  });

  afterAll(async () => {
    await e2e?.close();
    seeds?.remove();
  });

  it('question_answeredWithSessionCard', async () => {
    const shots = new Screenshots(e2e.page, '1-vraag');
    await shots.take('welkom');

    const card = (await teams.say('Waar is de sessie van Woningmarkt?'))!;
    await shots.take('sessiekaart');

    const text = await card.innerText();
    expect(text.split('\n')[0]).toBe(SESSION);
    expect(text).toContain('woensdag 4 februari 2026, 12.00–13.00 uur');
    expect(text).toContain('Stadstheater Zoetermeer, Theaterplein 10, Zoetermeer');
    expect(text).toContain('Themagroep Woningmarkt');
    expect(await card.getByRole('button', { name: 'Aanmelden' }).count()).toBe(1);
    expect(await card.getByText('Toevoegen aan agenda').count()).toBe(1);
  }, 60_000);

  it('aanmelden_refreshesTheCardToMyState', async () => {
    const shots = new Screenshots(e2e.page, '2-aanmelden');
    const card = teams.lastCard();

    await teams.press(card, 'Aanmelden');
    await card.getByText('Je bent aangemeld', { exact: true }).waitFor({ timeout: 15_000 });
    await shots.take('aangemeld');

    expect(await card.getByRole('button', { name: 'Afmelden' }).count()).toBe(1);
    expect(await card.getByRole('button', { name: 'Aanmelden' }).count()).toBe(0);
    const rows = e2e.bot.db
      .prepare('SELECT s.title, g.status FROM signups g JOIN sessions s ON s.id = g.session_id WHERE g.user_id = ?')
      .all(EMULATOR_USER.aadObjectId);
    expect(rows).toEqual([{ title: SESSION, status: 'confirmed' }]);
  }, 60_000);

  it('calendarLink_opensValidInvite', async () => {
    const shots = new Screenshots(e2e.page, '3-agenda');
    const card = teams.lastCard();

    const download = await teams.openDownload(card.getByText('Toevoegen aan agenda'));
    await shots.take('link-geopend');
    const ics = readFileSync((await download.path())!, 'utf8');

    expect(download.url()).toMatch(new RegExp(`^${e2e.botUrl}/agenda/sessie/\\d+\\.ics$`));
    expect(rfcProblems(ics)).toEqual([]);
    const calendar = parseIcs(ics);
    expect(calendar.method).toBe('PUBLISH');
    expect(calendar.tzids).toEqual(['Europe/Amsterdam']);
    expect(calendar.events.map((e) => [e.summary, e.startTzid, e.startUtc, e.endUtc])).toEqual([
      [`${SESSION} (G40 Zoetermeer)`, 'Europe/Amsterdam', '2026-02-04T11:00:00.000Z', '2026-02-04T12:00:00.000Z'],
    ]);
  }, 60_000);

  it('agenda_givesPersonalFeedWithMySession', async () => {
    const shots = new Screenshots(e2e.page, '4-agenda-abonnement');

    await teams.say('agenda', { text: /Dit is je persoonlijke agenda-link/ });
    await shots.take('link');
    const reply = await teams.messageText(/Dit is je persoonlijke agenda-link/);
    const url = reply.match(/http:\/\/127\.0\.0\.1:\d+\/agenda\/feed\/\S+\.ics/)?.[0];
    // Outlook, not the browser, fetches a subscription; the test does what Outlook does.
    const feed = await fetch(url!);

    expect(url).toBeDefined();
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const ics = await feed.text();
    expect(rfcProblems(ics)).toEqual([]);
    expect(parseIcs(ics).events.map((e) => e.summary)).toEqual([`${SESSION} (G40 Zoetermeer)`]);
    feedUrl = url!;
  }, 60_000);

  it('mijnProgramma_afmelden_refreshesCardAndEmptiesFeed', async () => {
    const shots = new Screenshots(e2e.page, '5-afmelden');

    const card = (await teams.say('mijn programma'))!;
    await shots.take('mijn-programma');
    expect(await card.innerText()).toContain(SESSION);
    await teams.press(card, 'Afmelden');
    await card.getByText(`Je bent afgemeld voor "${SESSION}".`).waitFor({ timeout: 15_000 });
    await shots.take('afgemeld');

    const rows = e2e.bot.db.prepare('SELECT status FROM signups WHERE user_id = ?').all(EMULATOR_USER.aadObjectId);
    expect(rows).toEqual([{ status: 'cancelled' }]);
    expect(parseIcs(await (await fetch(feedUrl)).text()).events).toEqual([]);
  }, 60_000);

  it('aanmeldformulier_onePerRound_reportsEachRound', async () => {
    const shots = new Screenshots(e2e.page, '6-aanmeldformulier');

    const form = (await teams.say('aanmelden'))!;
    await form.getByRole('radio', { name: 'De Zoetermeerse VvE-aanpak: VvE Jonkerbos' }).check();
    await form.getByRole('radio', { name: 'Binnensteden en Stadslogistiek' }).check();
    await shots.take('keuzes');
    await teams.press(form, 'Aanmelden voor mijn keuzes');
    await e2e.page.getByText('Wat er met je keuzes gebeurde').last().waitFor({ timeout: 15_000 });
    await shots.take('uitslag');

    const report = await teams.cards().filter({ hasText: 'Wat er met je keuzes gebeurde' }).last().innerText();
    expect(report.split('\n').filter((l) => l.trim() !== '')).toEqual([
      'Wat er met je keuzes gebeurde',
      'Eerste ronde deelsessies',
      'Je bent aangemeld voor "De Zoetermeerse VvE-aanpak: VvE Jonkerbos".',
      'Tweede ronde deelsessies',
      'Je bent aangemeld voor "Binnensteden en Stadslogistiek".',
    ]);
    const confirmed = e2e.bot.db
      .prepare("SELECT s.title FROM signups g JOIN sessions s ON s.id = g.session_id WHERE g.user_id = ? AND g.status = 'confirmed' ORDER BY s.title")
      .all(EMULATOR_USER.aadObjectId);
    expect(confirmed).toEqual([{ title: 'Binnensteden en Stadslogistiek' }, { title: 'De Zoetermeerse VvE-aanpak: VvE Jonkerbos' }]);
  }, 60_000);

  it('wachtlijst_seatFreesUp_personalMessageArrives', async () => {
    const shots = new Screenshots(e2e.page, '7-wachtlijst');
    const { id } = e2e.bot.db.prepare('SELECT id FROM sessions WHERE title = ?').get(WALK) as { id: number };
    const colleague = { userId: '00000000-0000-0000-0000-000000000021', name: 'Ahmed El Amrani' };
    expect(e2e.bot.services.signups.signUp(colleague, id).kind).toBe('confirmed');

    const card = (await teams.say('Stadswandeling door Zoetermeer'))!;
    await shots.take('vol');
    await teams.press(card, 'Op de wachtlijst');
    await card.getByText('Je staat op de wachtlijst (plaats 1)', { exact: true }).waitFor({ timeout: 15_000 });
    await shots.take('op-de-wachtlijst');
    const before = await teams.cards().count();
    e2e.bot.services.signups.cancel(colleague, id);
    const notice = (await teams.waitForReply(before, { newCard: true, text: 'Er is een plek voor je vrijgekomen' }))!;
    await shots.take('plek-vrijgekomen');

    expect(await notice.innerText()).toContain(`Je stond op de wachtlijst voor "${WALK}" en bent nu aangemeld.`);
    const mine = e2e.bot.db.prepare('SELECT status FROM signups WHERE user_id = ? AND session_id = ?').get(EMULATOR_USER.aadObjectId, id);
    expect(mine).toEqual({ status: 'confirmed' });
  }, 60_000);

  it('buttons_roundDayAndListRow_workInTheEmulator', async () => {
    const shots = new Screenshots(e2e.page, '8-knoppen');
    // Another session of the same round, to tap in the round's list.
    const other = (
      e2e.bot.db
        .prepare('SELECT o.title FROM sessions s JOIN sessions o ON o.round_id = s.round_id AND o.id != s.id WHERE s.title = ? ORDER BY o.position LIMIT 1')
        .get(SESSION) as { title: string }
    ).title;

    const card = (await teams.say('Waar is de sessie van Woningmarkt?'))!;
    let before = await teams.cards().count();
    await teams.press(card, 'Andere sessies in deze ronde');
    const round = (await teams.waitForReply(before, { newCard: true }))!;
    await shots.take('ronde');
    expect(await round.innerText()).toContain(SESSION);
    expect(await round.innerText()).toContain(other);

    before = await teams.cards().count();
    await round.getByText(other, { exact: true }).click();
    const tapped = (await teams.waitForReply(before, { newCard: true }))!;
    await shots.take('rij-aangetikt');
    expect((await tapped.innerText()).split('\n')[0]).toBe(other);

    before = await teams.cards().count();
    await teams.press(tapped, 'Programma van de dag');
    const day = (await teams.waitForReply(before, { newCard: true }))!;
    await shots.take('programma-van-de-dag');
    expect(await day.innerText()).toContain('Programma');
    expect(await day.innerText()).toContain(SESSION);
  }, 90_000);

  it('groupChat_agendaLink_isRefusedAsPersonal', async () => {
    const shots = new Screenshots(e2e.page, '9-groepsgesprek');
    await teams.openGroupChat('Netwerkdag Zoetermeer');

    await teams.sayToBot(BOT_NAME, 'agenda', { text: /Je agenda-link is persoonlijk/ });
    await shots.take('agenda-geweigerd');

    const reply = await teams.messageText(/Je agenda-link is persoonlijk/);
    expect(reply.trim()).toBe('Je agenda-link is persoonlijk. Vraag hem in een 1-op-1-chat met mij, niet in een kanaal of groepsgesprek.');
    expect(await e2e.page.getByText(/\/agenda\/feed\//).count()).toBe(0);
  }, 60_000);

  it('secretary_linksChannel_andPostsAnnouncementThere', async () => {
    const shots = new Screenshots(e2e.page, '10-aankondiging');
    await teams.openChannel(TEAM, CHANNEL);
    await teams.waitForWelcome();
    await teams.postToBot(BOT_NAME, 'koppel Woningmarkt', { text: /is nu gekoppeld aan Woningmarkt/ });
    await shots.take('kanaal-gekoppeld');

    await teams.openPersonalChat();
    const compose = (await teams.say('aankondiging'))!;
    await compose.getByLabel('Titel').fill('Sessie verplaatst naar de Oranjezaal');
    await compose.getByLabel('Bericht').fill('De sessie over woongeluk is om 12.00 uur in de Oranjezaal.');
    await shots.take('opstellen');
    // Universal Actions: the card itself turns into the preview, then into the outcome.
    await teams.press(compose, 'Voorbeeld bekijken');
    await compose.getByText(/^Wordt geplaatst in/).waitFor({ timeout: 15_000 });
    await shots.take('voorbeeld');
    await teams.press(compose, 'Plaatsen');
    await compose.getByText(/^(Geplaatst in|Staat klaar voor)/).waitFor({ timeout: 15_000 });
    await shots.take('geplaatst');
    await teams.openChannel(TEAM, CHANNEL);
    await e2e.page.getByText('Sessie verplaatst naar de Oranjezaal').first().waitFor({ timeout: 15_000 });
    await shots.take('in-het-kanaal');

    const posted = teams.cards().filter({ hasText: 'Sessie verplaatst naar de Oranjezaal' });
    expect(await posted.count()).toBe(1);
    expect(await posted.innerText()).toContain('De sessie over woongeluk is om 12.00 uur in de Oranjezaal.');
    const sent = e2e.bot.db.prepare("SELECT status, attempts FROM outbox WHERE kind = 'announcement'").all();
    expect(sent).toEqual([{ status: 'sent', attempts: 1 }]);
    const links = e2e.bot.services.announcements.channels.links().map((l) => [l.group.name, l.channelId]);
    expect(links).toEqual([['Themagroep Woningmarkt', 'channel-woningmarkt']]);
    await teams.openChannel(TEAM, 'General');
    expect(await teams.cards().filter({ hasText: 'Sessie verplaatst naar de Oranjezaal' }).count()).toBe(0);
  }, 90_000);
});
