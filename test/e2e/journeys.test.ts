/**
 * The journeys a person walks, in Microsoft's Teams emulator in a real browser:
 * ask → read the session card → Aanmelden → the card changes → open the calendar
 * link → a valid invite. Each step leaves a screenshot in test-results/e2e/.
 * One bot and one emulator for the whole file: the steps build on each other,
 * like a person's morning of the netwerkdag (the clock is pinned to it).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIcs, rfcProblems } from '../calendar/icsCheck';
import { chromiumMissingReason, EMULATOR_USER, Screenshots, SHOTS_DIR, startE2E, type E2E } from './support/emulator';
import { TeamsPage } from './support/teamsPage';

const NOW = '2026-02-04T09:30:00+01:00';
const SESSION = 'Samenwerken aan het woongeluk van onze inwoners';
const missing = chromiumMissingReason();
if (missing) console.warn(`e2e-journeys overgeslagen: ${missing}`);

describe.skipIf(missing !== null)('journeys in the Teams emulator', () => {
  let e2e: E2E;
  let teams: TeamsPage;

  beforeAll(async () => {
    console.log(`e2e: screenshots in ${SHOTS_DIR}`);
    e2e = await startE2E({ now: NOW });
    teams = new TeamsPage(e2e.page);
    await teams.waitForWelcome();
  }, 60_000);

  afterAll(async () => {
    await e2e?.close();
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
});
