import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/clock';
import { openDatabase, type Db } from '../../../src/db/database';
import { importSeedSet } from '../../../src/programme/importSeeds';
import { loadSeedSet } from '../../../src/programme/seedFiles';
import { ProgrammeStore } from '../../../src/programme/store';
import type { SessionDetails } from '../../../src/programme/types';
import type { SessionView } from '../../../src/bot/types';
import type { SessionCalendarLinks } from '../../../src/calendar/calendarService';
import type { SessionSignupState } from '../../../src/signups/types';
import { text } from '../../../src/teams/cards/adaptive';
import { renderSessionCard } from '../../../src/teams/cards/sessionCard';

/** A session as the core hands it over: here without sign-up and without a time (no calendar buttons) unless given. */
function view(details: SessionDetails, signup: Partial<SessionSignupState> = {}, calendar: SessionCalendarLinks = { kind: 'cancelled' }): SessionView {
  return {
    details,
    signup: { session: details, mine: null, confirmed: 0, waiting: 0, seatsLeft: null, availability: 'notNeeded', closed: 'noSignupNeeded', otherInRound: null, ...signup },
    calendar,
  };
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

  it('extras_signupThenCalendar_areAddedInOrder', () => {
    const open = { availability: 'open' as const, closed: null, seatsLeft: 12 };
    const links = { kind: 'links' as const, icsUrl: 'https://x.example/a.ics', outlookWebUrl: 'https://outlook.example/x' };

    const card = renderSessionCard(view(session('Zoetermeer', 'r2-houdbaarheid-wmo'), open, links), 'Gelukt');

    expect(card.version).toBe('1.5');
    expect(card.body[0]).toEqual(text('Gelukt', { weight: 'Bolder' }));
    expect(card.body).toContainEqual(text('Nog 12 plaatsen', { isSubtle: true }));
    expect(card.actions!.slice(0, 3).map((a) => a.title)).toEqual(['Aanmelden', 'Toevoegen aan agenda', 'Outlook op het web']);
  });

  it('facts_showTimeRoundPlaceOrganisersAndPeople', () => {
    const card = renderSessionCard(view(session('Haarlem', 'r1-woningmarkt')));
    const facts = card.body.find((b) => b.type === 'FactSet') as unknown as { facts: { title: string; value: string }[] };

    expect(facts.facts).toEqual([
      { title: 'Wanneer', value: 'vrijdag 10 februari 2023, 11.40–12.40 uur' },
      { title: 'Ronde', value: 'Eerste ronde themagroepen' },
      // The programme pairs rooms and sessions only by column order: the card says so.
      {
        title: 'Waar',
        value:
          'Zaal 2 \\(Stadhuis van Haarlem\\). Let op: zaal afgeleid uit de kolomvolgorde van het programma: de programmatekst zet onderdelen en zalen in kolommen, maar koppelt ze niet.',
      },
      { title: 'Organisatie', value: 'Themagroep Woningmarkt' },
      { title: 'Wie', value: 'Karin Schrederhof \\(spreker, wethouder gemeente Delft en voorzitter van de themagroep Woningmarkt\\)' },
    ]);
  });

  it('unknownTimeAndPlace_areSaidToBeUnknown', () => {
    const card = renderSessionCard(view(session('Zaanstad', 'r2-europa')));
    const facts = card.body.find((b) => b.type === 'FactSet') as unknown as { facts: { title: string; value: string }[] };

    expect(facts.facts.slice(0, 3).map((f) => f.value)).toEqual([
      'donderdag 13 april 2023, tijd niet bekend',
      // The blokkenschema is missing from the programme text: the block exists, its place in the day is unknown.
      'Blok: themagroepen en bijeenkomst Circulariteit \\(volgorde in de dag niet bekend\\)',
      'niet bekend \\(staat niet in het programma\\)',
    ]);
  });

  it('ownLocation_getsNoVenueAppended_aRoomInTheVenueDoes', () => {
    const where = (city: string, code: string) => {
      const card = renderSessionCard(view(session(city, code)));
      const facts = card.body.find((b) => b.type === 'FactSet') as unknown as { facts: { title: string; value: string }[] };
      return facts.facts.find((f) => f.title === 'Waar')!.value;
    };

    // "Korte wandeling van LocHal … naar TextielMuseum": the dinner is not at the day's venue.
    expect(where('Tilburg', 'diner-textielmuseum')).toBe('Textiel-Lab, TextielMuseum');
    expect(where('Oss', 'bezoek-museum-jan-cunen')).toBe('Museum Jan Cunen, naast het gemeentehuis');
    expect(where('Tilburg', 'opening')).toBe('Glazen zaal \\(LocHal, Spoorzone Tilburg\\)');
  });

  it('inferredOrganiser_carriesItsNote', () => {
    const card = renderSessionCard(view(session('Tilburg', 'excursie-piushaven')));
    const facts = card.body.find((b) => b.type === 'FactSet') as unknown as { facts: { title: string; value: string }[] };

    expect(facts.facts.find((f) => f.title === 'Organisatie')!.value).toBe(
      'Gemeente Tilburg. Let op: afgeleid: de toelichting spreekt als gemeente Tilburg \\(‘we’\\), maar noemt geen organisator.',
    );
  });

  it('cancelledSession_saysItDoesNotMeet', () => {
    const card = renderSessionCard(view(session('Haarlem', 'tg-armoede-schuldhulpverlening')));

    expect(JSON.stringify(card.body)).toContain('vergadert niet');
  });
});
