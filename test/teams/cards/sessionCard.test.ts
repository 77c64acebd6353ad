import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/clock';
import { openDatabase, type Db } from '../../../src/db/database';
import { importSeedSet } from '../../../src/programme/importSeeds';
import { loadSeedSet } from '../../../src/programme/seedFiles';
import { ProgrammeStore } from '../../../src/programme/store';
import type { SessionDetails } from '../../../src/programme/types';
import { execute, text } from '../../../src/teams/cards/adaptive';
import { renderSessionCard } from '../../../src/teams/cards/sessionCard';
import type { BotDeps } from '../../../src/teams/deps';
import type { SessionExtrasProvider } from '../../../src/teams/sessionExtras';

/** Only what the card reads from deps: the extras providers. */
function depsWith(sessionExtras: SessionExtrasProvider[]): BotDeps {
  return { sessionExtras } as BotDeps;
}

describe('renderSessionCard', () => {
  let db: Db;
  let store: ProgrammeStore;
  const session = (city: string, code: string): SessionDetails => {
    const event = store.listEvents().find((e) => e.city === city)!;
    return store.getSessionDetails(store.getSessionByCode(event.id, code)!.id)!;
  };
  beforeAll(() => {
    db = openDatabase(':memory:');
    importSeedSet(db, loadSeedSet('seeds'), fixedClock('2026-02-04T09:30:00+01:00'));
    store = new ProgrammeStore(db);
  });
  afterAll(() => db.close());

  it('extras_fromEveryProvider_areAddedInOrder', () => {
    const signups: SessionExtrasProvider = (s) => ({ body: [text(`plaatsen ${s.code}`)], actions: [execute('Aanmelden', 'signup.join')] });
    const calendar: SessionExtrasProvider = () => ({ actions: [execute('Agenda', 'calendar.add')] });

    const card = renderSessionCard(session('Zoetermeer', 'r2-houdbaarheid-wmo'), null, depsWith([signups, calendar]));

    expect(card.version).toBe('1.5');
    expect(card.body).toContainEqual(text('plaatsen r2-houdbaarheid-wmo'));
    expect(card.actions!.slice(0, 2).map((a) => a.title)).toEqual(['Aanmelden', 'Agenda']);
  });

  it('facts_showTimeRoundPlaceOrganisersAndPeople', () => {
    const card = renderSessionCard(session('Haarlem', 'r1-woningmarkt'), null, depsWith([]));
    const facts = card.body.find((b) => b.type === 'FactSet') as unknown as { facts: { title: string; value: string }[] };

    expect(facts.facts).toEqual([
      { title: 'Wanneer', value: 'vrijdag 10 februari 2023, 11.40–12.40 uur' },
      { title: 'Ronde', value: 'Eerste ronde themagroepen' },
      { title: 'Waar', value: 'Zaal 2 \\(Stadhuis van Haarlem\\)' },
      { title: 'Organisatie', value: 'Themagroep Woningmarkt' },
      { title: 'Wie', value: 'Karin Schrederhof \\(spreker, wethouder gemeente Delft en voorzitter van de themagroep Woningmarkt\\)' },
    ]);
  });

  it('unknownTimeAndPlace_areSaidToBeUnknown', () => {
    const card = renderSessionCard(session('Zaanstad', 'r2-europa'), null, depsWith([]));
    const facts = card.body.find((b) => b.type === 'FactSet') as unknown as { facts: { title: string; value: string }[] };

    expect(facts.facts.slice(0, 3).map((f) => f.value)).toEqual([
      'donderdag 13 april 2023, tijd niet bekend',
      'Tweede blok: themagroepen en bijeenkomst Circulariteit',
      'niet bekend \\(staat niet in het programma\\)',
    ]);
  });

  it('cancelledSession_saysItDoesNotMeet', () => {
    const card = renderSessionCard(session('Haarlem', 'tg-armoede-schuldhulpverlening'), null, depsWith([]));

    expect(JSON.stringify(card.body)).toContain('vergadert niet');
  });
});
