import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import { openDatabase, type Db } from '../../src/db/database';
import { Answerer, MAX_LIST, type Answer } from '../../src/answers';
import { importSeedSet } from '../../src/programme/importSeeds';
import { loadSeedSet } from '../../src/programme/seedFiles';
import { ProgrammeStore } from '../../src/programme/store';
import { answers } from '../../src/texts/answers';

const ZOETERMEER_MORNING = '2026-02-04T09:30:00+01:00';

function codes(answer: Answer): string[] {
  if (answer.kind === 'session') return [answer.session.code];
  if (answer.kind === 'sessions' || answer.kind === 'round') return answer.sessions.map((s) => s.code);
  return [];
}

function city(answer: Answer): string | null {
  return 'context' in answer ? answer.context.event.city : null;
}

describe('Answerer', () => {
  let db: Db;
  let store: ProgrammeStore;
  const at = (iso: string) => new Answerer(store, fixedClock(iso));
  let answerer: Answerer;
  let eventId: (cityName: string) => number;
  beforeAll(() => {
    db = openDatabase(':memory:');
    importSeedSet(db, loadSeedSet('seeds'), fixedClock(ZOETERMEER_MORNING));
    store = new ProgrammeStore(db);
    answerer = at(ZOETERMEER_MORNING);
    eventId = (cityName) => store.listEvents().find((e) => e.city === cityName)!.id;
  });
  afterAll(() => db.close());

  it('now_whileSessionsRun_listsThem', () => {
    const answer = at('2026-02-04T10:30:00+01:00').answer('wat is er nu?');

    expect(answer.kind === 'sessions' && answer.reason).toBe('now');
    expect(codes(answer)).toEqual(['opening', 'plenair-keynote-van-oudenhoven']);
  });

  it('now_beforeTheDayStarts_showsWhatComesNext', () => {
    const answer = answerer.answer('wat is er nu');

    expect(answer.kind === 'sessions' && [answer.reason, answer.at]).toEqual(['next', '09:30']);
    expect(codes(answer)).toEqual(['inloop']);
  });

  it('soon_inTheBreak_listsTheNextRound', () => {
    const answer = at('2026-02-04T11:40:00+01:00').answer('wat is er straks?');

    expect(codes(answer)).toEqual([
      'r1-lobbyagenda-zorg-veiligheid',
      'r1-woongeluk-inwoners',
      'r1-vve-aanpak-jonkerbos',
      'r1-pijleroverleg-economie-werk',
    ]);
  });

  it('today_onADayWithoutNetwerkdag_saysSo', () => {
    const answer = at('2026-11-23T10:00:00+01:00').answer('wat is er vandaag?');

    expect(answer.kind).toBe('notToday');
    expect(city(answer)).toBe('Zoetermeer');
  });

  it('noEventNamed_usesTheConversationsEvent', () => {
    const answer = answerer.answer('welke wandelingen zijn er?', { lastEventId: eventId('Zaanstad') });

    expect(answer.kind === 'sessions' && answer.context.choice).toBe('conversation');
    expect(codes(answer)).toEqual(['wandeling-monet', 'wandeling-maak-centrum', 'wandeling-zaanse-houtbouw']);
  });

  it('noEventNamedNoContext_usesNextUpcoming', () => {
    const answer = at('2024-06-01T12:00:00+02:00').answer('waar is de netwerkdag?');

    expect(answer.kind === 'event' && [answer.context.event.city, answer.context.choice]).toEqual(['Oss', 'upcoming']);
  });

  it('noEventNamedNothingUpcoming_usesMostRecent', () => {
    const answer = at('2026-11-23T10:00:00+01:00').answer('waar is de netwerkdag?');

    expect(answer.kind === 'event' && [answer.context.event.city, answer.context.choice]).toEqual(['Zoetermeer', 'recent']);
  });

  it('followUpWithoutEvent_usesLastSession', () => {
    const first = answerer.answer('wanneer is de stadssafari piushaven');
    const second = answerer.answer('en waar is die?', {
      lastEventId: eventId('Tilburg'),
      lastSessionId: first.kind === 'session' ? first.session.id : undefined,
    });

    expect(second.kind === 'session' && [second.session.code, second.focus]).toEqual(['excursie-piushaven', 'where']);
  });

  it('severalEquallyGood_showsThemAll', () => {
    const answer = answerer.answer('stadssafari met de fiets in tilburg');

    expect(answer.kind === 'sessions' && answer.reason).toBe('ambiguous');
    expect(codes(answer)).toEqual(['excursie-vorstelijk-landschap', 'excursie-piushaven']);
  });

  it('longList_isCompleteUpToTheCap_andCounted', () => {
    // No programme has more than MAX_LIST (20) sessions of one kind: the longest list, Haarlem's 19 keuzesessies, is whole.
    const answer = answerer.answer('welke keuzesessies zijn er in haarlem');

    expect(answer.kind === 'sessions' && [answer.sessions.length, answer.total]).toEqual([19, 19]);
    expect(MAX_LIST).toBeGreaterThanOrEqual(19);
  });

  it('unknownTopic_saysNotFoundAndInventsNothing', () => {
    const answer = answerer.answer('wanneer is de sessie over ruimtevaart?');

    expect(answer).toMatchObject({ kind: 'notFound', terms: ['ruimtevaart'] });
  });

  it('gibberish_isUnclear', () => {
    expect(answerer.answer('qwrtzp xkcd').kind).toBe('unclear');
  });

  it('cancelledSession_isFoundWithItsStatus', () => {
    const answer = answerer.answer('vergadert de themagroep veiligheid in zaanstad?');

    expect(answer.kind === 'session' && [answer.session.code, answer.session.status]).toEqual(['tg-veiligheid', 'vervalt']);
  });

  it('ossSession_hasNoTime', () => {
    const answer = answerer.answer('hoe laat begint netneutraal bouwen?');

    expect(answer.kind === 'session' && [answer.session.start, answer.session.end, answer.context.choice]).toEqual([null, null, 'found']);
  });

  it('timeNoProgrammeKnows_saysNothingAndThatTimesAreUnknown', () => {
    const answer = answerer.answer('wat is er om 10.00 in oss');

    expect(answer).toMatchObject({ kind: 'nothingAt', at: '10:00', timesUnknown: true });
  });

  it('signup_zaanstadClosed_pastDaysPast_todayOpen', () => {
    const zaanstad = answerer.answer('kan ik me nog aanmelden voor zaanstad?');
    const oss = answerer.answer('kan ik me nog aanmelden voor oss?');
    const today = answerer.answer('kan ik me nog aanmelden?');

    expect([zaanstad, oss, today].map((a) => (a.kind === 'event' ? a.signup : a.kind))).toEqual(['closed', 'past', 'open']);
  });

  it('person_byLastNameOnly_findsTheirSession', () => {
    const answer = answerer.answer('waar spreekt Oolthuis?');

    expect(codes(answer)).toEqual(['r2-netneutraal-bouwen']);
  });

  it('organiser_byAliasAbbreviationAndName_findsTheirSessions', () => {
    const byAlias = answerer.answer('wat doet de sociale pijler in haarlem');
    const byAbbreviation = answerer.answer('wat doet WWZ in haarlem');
    const byName = answerer.answer('wat doet TG Woningmarkt in haarlem');

    expect([codes(byAlias), codes(byAbbreviation), codes(byName)]).toEqual([
      // Named as a pijler, over the whole day: what the pijler itself organised (its themagroepen have their own names).
      ['pijler-sociaal', 'r3-gesprek-staatssecretaris-van-der-burg'],
      ['r1-wonen-welzijn-zorg'],
      ['r1-woningmarkt'],
    ]);
  });

  it('clockTimeForms_allMeanTheSameTime', () => {
    const forms = ['wat is er om 14.45 in tilburg', 'wat is er om 14:45 in tilburg', 'tilburg 14u45'];

    expect(forms.map((q) => codes(answerer.answer(q)))).toEqual(forms.map(() => ['pijler-fysiek', 'pijler-sociaal', 'pijler-economie-en-werk']));
  });

  it('roundForms_allMeanTheSecondRound', () => {
    const forms = ['ronde 2 in haarlem', 'tweede ronde in haarlem', '2e ronde haarlem', 'na de lunch in haarlem'];

    expect(forms.map((q) => codes(answerer.answer(q)).length)).toEqual([4, 4, 4, 4]);
  });

  it('diacriticsAndTypos_areFolded', () => {
    expect(codes(answerer.answer('Financiën in Tilburg'))).toEqual(['r1-financien']);
    expect(codes(answerer.answer('zorgfrade'))).toEqual(['r2-zorgfraude']);
  });

  it('dayByNumberAndWeekday_picksTheDay', () => {
    const byNumber = answerer.answer('programma dag 2 tilburg');
    const byWeekday = answerer.answer('programma tilburg vrijdag');

    expect(byNumber.kind === 'programme' && byNumber.days.map((d) => d.day.date)).toEqual(['2025-09-26']);
    expect(byWeekday.kind === 'programme' && byWeekday.days.map((d) => d.day.date)).toEqual(['2025-09-26']);
  });

  it('overview_namesEventAndAllDays', () => {
    const answer = answerer.overview('tilburg');

    expect(answer.kind === 'programme' && answer.days.length).toBe(2);
  });

  it('overviewOfSomethingInTheProgramme_isThatQuestion_notTheWholeProgramme', () => {
    expect(answerer.overview('van alles wat zjo heeft georganiseerd op netwerkdagen aub').kind).toBe('organiser');
    const excursions = answerer.overview('excursies tilburg');
    expect([excursions.kind, excursions.kind === 'sessions' && excursions.sessions.every((s) => s.kind === 'excursie')]).toEqual(['sessions', true]);
    expect(answerer.overview('tilburg dag 2').kind).toBe('programme');
  });

  it('findSessions_namedSession_isUniqueEvenInAnotherEvent', () => {
    const match = answerer.findSessions('meld me aan voor Netneutraal bouwen');

    expect(match.kind === 'found' && [match.unique, match.context.event.city, match.sessions.map((s) => s.code)]).toEqual([
      true,
      'Oss',
      ['r2-netneutraal-bouwen'],
    ]);
  });

  it('findSessions_withEventId_prefersThatEvent', () => {
    const match = answerer.findSessions('themagroep veiligheid', { eventId: eventId('Haarlem') });

    expect(match.kind === 'found' && match.sessions.map((s) => s.code)).toEqual(['r1-veiligheid']);
  });

  it('findSessions_nothingNamed_isNone', () => {
    expect(answerer.findSessions('meld me aan').kind).toBe('none');
  });

  it('everySession_isFoundByTheQueryItsListEntrySends', () => {
    const missed = store
      .listEvents()
      .flatMap((e) => store.listSessions(e.id).map((s) => ({ s, q: answers.sessionQuery(s.title, e.city, s.start) })))
      .filter(({ s, q }) => {
        const answer = answerer.answer(q);
        return !(answer.kind === 'session' && answer.session.id === s.id);
      })
      .map(({ q }) => q);

    expect(missed).toEqual([]);
  });

  it('round_askedWhen_answersTheRoundItselfWithNoteAndSessions', () => {
    const answer = answerer.answer('hoe laat begint de tweede ronde?');

    expect(answer.kind === 'round' && answer.rounds.map(({ round }) => [round.name, round.start, round.end, round.note])).toEqual([
      ['Tweede ronde deelsessies', '14:15', '15:15', 'De toelichting noemt voor ronde 2 14.00-15.00 uur; het programmaschema 14.15-15.15 uur.'],
    ]);
    expect(codes(answer)).toHaveLength(6);
  });

  it('round_timeUnknown_keepsTheTimeNullAndNamesTheDay', () => {
    const answer = answerer.answer('hoe laat is themaronde 2 in tilburg?');

    expect(answer.kind === 'round' && answer.rounds.map(({ round, day }) => [round.name, round.start, day.dayNumber])).toEqual([
      ['Themaronde 2', null, 2],
    ]);
    expect(codes(answer)).toHaveLength(5);
  });

  it('round_withATopic_isStillAboutSessions', () => {
    const answer = answerer.answer('wanneer is de sessie over de wmo in ronde 2?');

    expect(answer.kind).toBe('session');
  });

  it('person_whoIs_givesFunctionsRolesAndSessionsPerNetwerkdag', () => {
    const answer = answerer.answer('wie is Paul Depla');

    expect(answer.kind === 'person' && answer.people.map((p) => [p.name, p.functions, p.roles])).toEqual([
      ['Paul Depla', ['G40-voorzitter'], ['spreker']],
    ]);
    expect(
      answer.kind === 'person' && answer.people[0]!.appearances.map((a) => [a.event.city, a.sessions.map((s) => s.code)]),
    ).toEqual([
      ['Zoetermeer', ['opening', 'afsluiting']],
      ['Tilburg', ['opening', 'plenair-welkom-dag-2']],
      ['Haarlem', ['opening']],
    ]);
  });

  it('person_withoutFunctionElsewhere_noFunctionAndTheirNetwerkdag', () => {
    const answer = answerer.answer('wie is Gabor Oolthuis?');

    expect(answer.kind === 'person' && [answer.context.event.city, answer.context.choice, answer.people[0]!.functions]).toEqual([
      'Oss',
      'found',
      [],
    ]);
  });

  it('person_namedNetwerkdag_onlyThatOne', () => {
    const answer = answerer.answer('wie is Depla in haarlem');

    expect(answer.kind === 'person' && answer.people[0]!.appearances.map((a) => a.event.city)).toEqual(['Haarlem']);
  });

  it('signup_severalOptions_carryTheirOwnState', () => {
    const answer = at('2025-09-26T10:00:00+02:00').answer('kan ik me nog aanmelden voor de lunch in tilburg');

    // The sign-up rules' own order: a part that takes no sign-ups says so before anything about time.
    expect(answer.kind === 'sessions' && answer.sessions.map((s, i) => [s.code, answer.signups?.[i]])).toEqual([
      ['inloop-lunch', 'notNeeded'],
      ['lunchlezing-tilburgerberaad', 'open'],
      ['lunchwandeling-binnenstad', 'open'],
    ]);
  });

  it('signup_listWithoutSignupQuestion_hasNoStates', () => {
    const answer = answerer.answer('welke plenaire sessies zijn er?');

    expect(answer.kind === 'sessions' && answer.signups).toBeNull();
  });

  it('signup_sessionAlreadyBegun_isStarted', () => {
    const answer = at('2026-02-04T12:30:00+01:00').answer('kan ik me nog aanmelden voor de lobbyagenda zorg en veiligheid?');

    expect(answer.kind === 'session' && answer.signup).toBe('started');
  });

  it('now_inTheBreak_isTheBreak', () => {
    const answer = at('2026-02-04T11:50:00+01:00').answer('wat is er nu?');

    expect(answer.kind === 'sessions' && [answer.reason, answer.at]).toEqual(['now', '11:50']);
    expect(codes(answer)).toEqual(['pauze']);
  });

  it('soon_inTheBreak_nextRoundAndWhatIsOnNow', () => {
    const answer = at('2026-02-04T11:50:00+01:00').answer('wat is er straks?');

    expect(answer.kind === 'sessions' && [answer.reason, answer.current.map((s) => s.code)]).toEqual(['next', ['pauze']]);
    expect(codes(answer)).toHaveLength(4);
  });

  it('who_severalSessions_peoplePerSessionWithEveryRole', () => {
    const answer = answerer.answer('wie zijn de sprekers in de eerste ronde in zoetermeer?');

    expect(answer.kind === 'sessions' && answer.sessions.map((s, i) => [s.code, answer.people?.[i]?.map((p) => [p.name, p.role, p.function])])).toEqual([
      ['r1-lobbyagenda-zorg-veiligheid', [['Richard Korteland', 'moderator', 'burgemeester']]],
      ['r1-woongeluk-inwoners', []],
      ['r1-vve-aanpak-jonkerbos', []],
      [
        'r1-pijleroverleg-economie-werk',
        [
          ['Frank den Brok', 'voorzitter', null],
          ['Paul van Dijk', 'gast', 'Nederlands Comité voor Ondernemerschap'],
          ['Yvonne Salvino', 'spreker', null],
          ['Jorn Koelemaij', 'spreker', 'Platform31'],
        ],
      ],
    ]);
  });

  it('who_excursions_peopleParallelToTheSessions', () => {
    const answer = answerer.answer('wie spreekt er bij de excursies in tilburg?');

    expect(answer.kind === 'sessions' && [answer.sessions.length, answer.people?.length]).toEqual([8, 8]);
    expect(answer.kind === 'sessions' && answer.people!.flat().map((p) => p.name)).toEqual(['Anouk Pronk']);
  });

  it('who_now_namesThePeopleOfWhatRuns', () => {
    const answer = at('2026-02-04T10:30:00+01:00').answer('wie spreekt er nu?');

    expect(answer.kind === 'sessions' && [answer.reason, answer.people?.map((ps) => ps.map((p) => p.name))]).toEqual([
      'now',
      [['Michel Bezuijen', 'Paul Depla'], ['Karen van Oudenhoven']],
    ]);
  });

  it('who_oneSession_staysTheSessionAnswer', () => {
    const answer = answerer.answer('wie spreekt er bij de opening?');

    expect(answer.kind === 'session' && [answer.focus, answer.session.code]).toEqual(['who', 'opening']);
  });

  it('listNotAskingWho_hasNoPeople', () => {
    const answer = answerer.answer('wat is er om 14:45');

    expect(answer.kind === 'sessions' && answer.people).toBeNull();
  });

  it('castLine_withAndWithoutPeople_oneLinePerSession', () => {
    const lines = [answers.castLine('Opening', ['A (spreker)', 'B (gast, VNG)']), answers.castLine('Financiën', [])];

    expect(answers.castList(lines)).toBe('- "Opening": A (spreker) en B (gast, VNG)\n- "Financiën": het programma noemt geen namen');
  });
});
