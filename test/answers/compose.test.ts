import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answers';
import { understand } from '../../src/answers/understand';
import { ALFA_MORNING, answerWorld, codesOf, oneDayNetwerkdag, QUIET_DAY, type AnswerWorld } from './factory';

describe('compose: the answer by what was asked (made-up programme)', () => {
  let w: AnswerWorld;
  const ask = (text: string, iso = ALFA_MORNING, context = {}) => w.answererAt(iso).answer(text, context);
  const kind = (a: Answer) => a.kind;
  beforeAll(() => {
    w = answerWorld();
  });

  it('theCityOfANetwerkdag_isWhereItIs_notTheSessionsWithStadInTheirTitle_andThePluralListsTheNetwerkdagen', () => {
    const gamma = { ...oneDayNetwerkdag('Gammaveen', '2024-10-01', 'ambtelijk', [
      { code: 'stadswandeling', title: 'Stadswandeling door Gammaveen', kind: 'wandeling', start: '12:00', end: '13:00' },
    ]), days: [{ date: '2024-10-01', venue: null, address: null }] };
    const world = answerWorld([gamma]);
    const at = (q: string) => world.answererAt(ALFA_MORNING).answer(q);
    for (const q of ['in welke stad zijn we vandaag', 'wat is de gaststad van vandaag', 'welke stad is de gastheer vandaag']) {
      const a = at(q);
      expect([q, a.kind, a.kind === 'event' && a.focus, 'context' in a && a.context.event.city]).toEqual([q, 'event', 'where', 'Alfastad']);
    }
    const gammaDay = at('in welke stad was de netwerkdag van oktober 2024');
    expect([gammaDay.kind, gammaDay.kind === 'event' && gammaDay.focus, codesOf(gammaDay)]).toEqual(['event', 'where', []]);
    for (const q of ['in welke steden was de G40 al', 'welke gaststeden zijn er geweest']) expect([q, at(q).kind]).toEqual([q, 'events']);
    // Asked with more than the netwerkdag, "welke stad" is about what a session says.
    expect(understand('welke stad komt daar als voorbeeld langs', world.catalogue).focus).not.toBe('where');
  });

  it('theOverviewCommandWithARound_isThatRound_notTheWholeProgramme', () => {
    const a = w.answererAt(ALFA_MORNING).overview('tweede ronde');
    expect([a.kind, codesOf(a).sort()]).toEqual(['round', ['r2-cultuur', 'r2-wonen-overleg']]);
    expect(w.answererAt(ALFA_MORNING).overview('').kind).toBe('programme');
  });

  it('theThemagroepSaidWithDeAndNoName_isTheOneNamedBefore_orBehindTheSessionLastShown', () => {
    const world = answerWorld([oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [
      { code: 'd-wonen', title: 'Betaalbaar bouwen', kind: 'keuzesessie', start: '10:00', end: '11:00', organisers: ['tg-wonen'] },
      { code: 'd-cultuur', title: 'Festivals in de stad', kind: 'keuzesessie', start: '10:00', end: '11:00', organisers: ['tg-cultuur'] },
    ])]);
    const at = (q: string, context = {}) => world.answererAt(ALFA_MORNING).answer(q, context);
    const first = 'wat organiseert themagroep Cultuur vandaag?';
    for (const q of ['en wat deed de themagroep in Deltastad?', 'had die themagroep ook iets in Deltastad']) {
      const a = at(q, { lastQuestion: first });
      expect([q, codesOf(a), a.kind !== 'notFound' && 'repeats' in a && a.repeats]).toEqual([q, ['d-cultuur'], q.replace(/(de|die) themagroep/, 'de Themagroep Cultuur')]);
    }
    // Nothing named before: the group behind the session last shown.
    const shown = world.store.listEvents().find((e) => e.city === 'Alfastad')!.id;
    const woningbouw = world.store.getSessionByCode(shown, 'r1-woningbouw')!.id;
    expect(codesOf(at('en wat deed de themagroep in Deltastad?', { lastQuestion: 'waar is dat?', lastSessionId: woningbouw }))).toEqual(['d-wonen']);
  });

  it('clockTimeInWords_listsWhatRunsThen', () => {
    for (const q of ['wat is er om half elf', 'wat is er om 10.30', 'wat loopt er om kwart voor elf']) expect(codesOf(ask(q)).sort()).toEqual(['r1-mobiliteit', 'r1-woningbouw']);
  });

  it('fromAClockTime_whatRunsThenAndEverythingAfter_atOnlyWhatRunsThen', () => {
    for (const q of ['ik moet om 2 uur weg, wat mis ik?', 'wat is er na 14.00', 'wat is er vanaf twee uur']) {
      const a = ask(q);
      expect([q, a.kind === 'sessions' && a.reason, codesOf(a).sort()]).toEqual([q, 'from', ['afsluiting', 'r2-cultuur', 'r2-wonen-overleg']]);
    }
    expect(codesOf(ask('wat is er om 2 uur')).sort()).toEqual(['r2-cultuur', 'r2-wonen-overleg']);
  });

  it('theFirstThingOfTheDay_theLunchBreak_andTheMainSpeaker_inOtherWords', () => {
    const delta = answerWorld([oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [
      { code: 'inloop', title: 'Inloop met koffie', kind: 'inloop', start: '09:00', end: '09:30' },
      { code: 'keynote', title: 'Keynote: de stad van morgen', kind: 'plenair', start: '09:30', end: '10:30' },
      { code: 'lunch', title: 'Lunch', kind: 'lunch', start: '12:00', end: '13:00' },
    ])]).answererAt('2024-05-16T08:30:00+02:00');
    const code = (t: string) => codesOf(delta.answer(t));
    expect(['wat is het eerste wat er vandaag gebeurt', 'vanaf hoe laat ben ik welkom', 'ik ben er net, wat is t eerste op het programma'].map(code)).toEqual([['inloop'], ['inloop'], ['inloop']]);
    expect(['tot hoe laat duurt de lunchpauze', 'when do we eat'].map(code)).toEqual([['lunch'], ['lunch']]);
    expect(['wie is de hoofdspreker', "who's the main speaker"].map(code)).toEqual([['keynote'], ['keynote']]);
    // "bedoel ik" says what was meant: it asks nothing about whom the day is for.
    expect(code('hoe laat gaat het echt beginnen, de keynote bedoel ik')).toEqual(['keynote']);
  });

  it('aKindOfSessionAndATime_nameIt_whateverElseTheAskerSaysOfIt', () => {
    // "verzamelen" is said of the morning only; the walk at lunch is what is asked about.
    const gamma = answerWorld([oneDayNetwerkdag('Gammastad', '2024-05-16', 'ambtelijk', [
      { code: 'opening', title: 'Opening', kind: 'plenair', start: '09:30', end: '10:30', description: 'We verzamelen in de grote zaal.' },
      { code: 'lunch', title: 'Lunch', kind: 'lunch', start: '12:00', end: '13:00' },
      { code: 'wandeling', title: 'Wandeling door het park', kind: 'wandeling', start: '12:00', end: '13:00', location: 'Parkpoort' },
    ])]).answererAt('2024-05-16T08:30:00+02:00');
    for (const q of ['waar verzamelen we voor die wandeling tijdens de lunch?', 'waar verzamelen we voor de wandeling in de middagpauze']) {
      expect([q, codesOf(gamma.answer(q))]).toEqual([q, ['wandeling']]);
    }
  });

  it('whenTheDayBegins_withAPartWithoutATimeAfterTheWalkIn_isTheWalkIn_notALaterTimedPart', () => {
    const zeta = answerWorld([oneDayNetwerkdag('Zetastad', '2024-05-16', 'ambtelijk', [
      { code: 'inloop', title: 'Inloop met koffie', kind: 'inloop', start: '09:00', end: '09:30' },
      { code: 'keynote', title: 'Keynote', kind: 'plenair', start: null, end: null },
      { code: 'pitch', title: 'Pitch', kind: 'plenair', start: '11:00', end: '11:15' },
    ])]).answererAt('2024-05-16T08:30:00+02:00');
    for (const q of ['hoe laat begint de dag', 'hoe vroeg moest je er zijn']) {
      const a = zeta.answer(q);
      expect([q, a.kind === 'event' && [a.bound, a.properStart?.code, a.firstPart?.code]]).toEqual([q, ['start', undefined, 'inloop']]);
    }
  });

  it('aPlaceWithoutANetwerkdag_thatAProgrammeSpeaksOfWithTheOtherWords_isPartOfTheTopic', () => {
    const eta = answerWorld([oneDayNetwerkdag('Etastad', '2024-05-16', 'ambtelijk', [
      { code: 'wonen', title: 'Wonen voor iedereen', kind: 'keuzesessie', start: '10:00', end: '11:00', description: 'De aanpak voor aandachtsgroepen in Zwolle.' },
      { code: 'trein', title: 'Mobiliteit', kind: 'keuzesessie', start: '11:00', end: '12:00', description: 'Over de trein en de bus.' },
    ])]).answererAt('2024-05-16T08:30:00+02:00');
    expect(codesOf(eta.answer('waar hoor ik meer over de aanpak voor aandachtsgroepen in zwolle'))).toEqual(['wonen']);
    // Said of the place in no text together: still no netwerkdag there.
    expect(eta.answer('hoe laat gaat de laatste trein naar zwolle').kind).toBe('noEventIn');
    expect(eta.answer('was er een netwerkdag in zwolle').kind).toBe('noEventIn');
  });

  it('someoneNamedWithToday_notOnTodaysProgramme_butNamedInASessionOfIt_isThatSession', () => {
    // Sanne Dekker spoke in Betadorp; today's programme only says her name.
    const delta = answerWorld([oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [
      { code: 'vervolg', title: 'Energie in de wijk, deel 2', kind: 'keuzesessie', start: '10:00', end: '11:00', description: 'Een vervolg op het gesprek met Sanne Dekker.' },
      { code: 'cultuur', title: 'Cultuur in de stad', kind: 'keuzesessie', start: '10:00', end: '11:00' },
    ])]).answererAt('2024-05-16T08:30:00+02:00');
    for (const t of ['komt Sanne Dekker vandaag ook aan bod?', 'sanne dekker vandaag', 'in welke sessie van vandaag wordt het gesprek met Sanne Dekker voortgezet']) {
      const a = delta.answer(t);
      expect([t, a.kind !== 'unclear' && 'context' in a && a.context.event.city, codesOf(a)]).toEqual([t, 'Deltastad', ['vervolg']]);
    }
    // Not said of today: who she is, where she spoke.
    expect(delta.answer('wie is Sanne Dekker').kind).toBe('person');
  });

  it('onADayWithoutTimes_theLunchInTheProgrammesOrder_partsTheMorningFromTheAfternoon', () => {
    const delta = answerWorld([oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [
      { code: 'inloop', title: 'Inloop', kind: 'inloop', start: '09:00', end: '09:30' },
      { code: 'ochtend', title: 'Wonen', kind: 'keuzesessie', start: null, end: null },
      { code: 'lunch', title: 'Lunch', kind: 'lunch', start: null, end: null },
      { code: 'middag', title: 'Werk', kind: 'keuzesessie', start: null, end: null },
    ])]).answererAt('2024-05-16T08:30:00+02:00');
    expect(codesOf(delta.answer('welke keuzesessies zijn er in de ochtend'))).toEqual(['ochtend']);
    expect(codesOf(delta.answer("welke keuzesessies zijn er 's middags"))).toEqual(['middag']);
  });

  it('choiceSessions_areNotAMeetingDuringTheLunch', () => {
    const delta = answerWorld([oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [
      { code: 'r1', title: 'Wonen', kind: 'keuzesessie', start: '10:00', end: '11:00' },
      { code: 'tg-overleg', title: 'Themagroep Cultuur', kind: 'overleg', start: '10:00', end: '11:00' },
      { code: 'lunch', title: 'Lunch', kind: 'lunch', start: '12:00', end: '13:00' },
      { code: 'ab-overleg', title: 'Lunchoverleg van het bestuur', kind: 'overleg', start: '12:15', end: '12:45' },
      { code: 'r2', title: 'Werk', kind: 'keuzesessie', start: '13:00', end: '14:00' },
    ])]).answererAt('2024-05-16T08:30:00+02:00');
    for (const t of ['welke keuzesessies zijn er vandaag', 'alle deelsessies']) expect([t, codesOf(delta.answer(t)).sort()]).toEqual([t, ['r1', 'r2', 'tg-overleg']]);
  });

  it('notComingAlong_isLeftOut', () => {
    for (const t of ['als ik niet mee wandel, wat is er dan tijdens de lunch', 'wat is er tijdens de lunch als ik niet mee wandel']) {
      expect([t, codesOf(ask(t))]).toEqual([t, ['lunch']]);
    }
  });

  it('superlatives_theRoundOrNetwerkdagWithTheMostSessions_theLongestPartOrNetwerkdag', () => {
    // Alfastad's first round has two sessions; the second one, its themagroep meeting being cancelled.
    for (const t of ['welke ronde heeft vandaag de meeste sessies?', 'grootste ronde', 'in welke ronde heb ik het meest te kiezen']) {
      const a = ask(t);
      expect([t, a.kind === 'round' && a.rounds.map((r) => r.round.code), codesOf(a).sort()]).toEqual([t, ['ronde-1'], ['r1-mobiliteit', 'r1-woningbouw']]);
    }
    const city = (t: string) => { const a = ask(t); return a.kind === 'event' && a.context.event.city; };
    expect(city('welke netwerkdag had de meeste sessies')).toBe('Alfastad');
    // Betadorp took two days.
    expect(city('wat was de langste netwerkdag?')).toBe('Betadorp');
    // The borrel of 14.30–16.00 is the longest part of the day ("dag" only says where).
    expect(codesOf(ask('wat is het langste onderdeel van de dag'))).toEqual(['afsluiting']);
  });

  it('rightBeforeTheLunch_isWhatComesLastBeforeIt_notTheWholeMorning', () => {
    const delta = answerWorld([oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [
      { code: 'opening', title: 'Opening', kind: 'plenair', start: '09:30', end: '10:00' },
      { code: 'pitch-a', title: 'Pitches wonen', kind: 'keuzesessie', start: '10:00', end: '11:00' },
      { code: 'pitch-b', title: 'Pitches werk', kind: 'keuzesessie', start: '10:00', end: '11:00' },
      { code: 'debat', title: 'Debat', kind: 'plenair', start: '11:00', end: '12:00' },
      { code: 'looptijd', title: 'Lopen naar de lunch', kind: 'overig', start: '12:00', end: '12:05' },
      { code: 'lunch', title: 'Lunch', kind: 'lunch', start: '12:05', end: '13:00' },
    ])]).answererAt('2024-05-16T08:30:00+02:00');
    for (const t of ['wat is er net voor de lunch', 'wat is er vlak voor de lunch?', 'what is on right before lunch']) expect([t, codesOf(delta.answer(t))]).toEqual([t, ['debat']]);
    expect(codesOf(delta.answer('wat is er voor de lunch')).sort()).toEqual(['debat', 'looptijd', 'opening', 'pitch-a', 'pitch-b']);
  });

  it('theFirstThingOfTheDay_askedWithWhat', () => {
    const delta = answerWorld([oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [
      { code: 'inloop', title: 'Inloop met koffie', kind: 'inloop', start: '09:00', end: '09:30' },
      { code: 'keynote', title: 'Keynote: de stad van morgen', kind: 'plenair', start: '09:30', end: '10:30' },
    ])]).answererAt('2024-05-16T08:30:00+02:00');
    for (const q of ['Waar begint de dag vandaag mee?', 'waarmee begint de dag', 'waar beginnen we mee', 'de dag begint met wat?']) {
      expect([q, codesOf(delta.answer(q))]).toEqual([q, ['inloop']]);
    }
  });

  it('whoHoldAFunction_onThisNetwerkdagFirst_andAllOfThemWhenAskedForAll', () => {
    const people = (a: Answer) => (a.kind === 'person' ? a.people.map((p) => p.name) : []);
    // Five burgemeesters on one day, one of them with a long function, and one on another netwerkdag.
    const epsilon = answerWorld([
      oneDayNetwerkdag('Epsilonstad', '2024-05-16', 'bestuurlijk', [
        { code: 'opening', title: 'Opening', kind: 'plenair', start: '10:00', end: '10:30', people: [{ name: 'Bram Kok', role: 'spreker', function: 'burgemeester' }] },
        {
          code: 'slot', title: 'Afsluiting', kind: 'plenair', start: '15:00', end: '16:00',
          people: [
            { name: 'Cor Lam', role: 'gast', function: 'burgemeester' },
            { name: 'Dirk Mol', role: 'gast', function: 'burgemeester' },
            { name: 'Eva Pen', role: 'gast', function: 'burgemeester' },
            { name: 'Gijs Ros', role: 'gast', function: 'burgemeester van Zetastad, gaststad van de volgende netwerkdag in het najaar' },
          ],
        },
      ]),
    ]).answererAt('2024-05-16T09:00:00+02:00');
    expect(people(epsilon.answer('welke burgemeesters zijn er vandaag')).sort()).toEqual(['Bram Kok', 'Cor Lam', 'Dirk Mol', 'Eva Pen', 'Gijs Ros']);
    expect(people(epsilon.answer('welke burgemeesters zijn er vandaag'))).not.toContain('Anke Bakker');
  });

  it('howManyOfAThing_theProgrammeCounts_showsTheSessionThatSaysTheNumber', () => {
    const delta = answerWorld([oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [
      { code: 'optoppen', title: 'Optoppen in de wijk', kind: 'keuzesessie', start: '10:00', end: '11:00', description: 'De stad bouwt samen met corporaties 300 tot 500 nieuwe woningen op bestaande flats.' },
      { code: 'jeugd', title: 'Jeugdzorg', kind: 'keuzesessie', start: '10:00', end: '11:00', description: 'Over jeugdzorg in de wijk.' },
    ])]).answererAt('2024-05-16T09:00:00+02:00');
    expect(codesOf(delta.answer('hoeveel woningen komen er met optoppen bij?'))).toEqual(['optoppen']);
    // Nothing else named, or nothing that gives the number: the programme does not count it.
    expect(['hoeveel woningen zijn er', 'hoeveel inwoners heeft de wijk met jeugdzorg'].map((t) => delta.answer(t).kind)).toEqual(['notFound', 'notFound']);
  });

  it('whenARoundIs_withAClockTimeGuessed_isTheRound', () => {
    for (const t of ['begint ronde 2 om drie uur?', 'hoe laat begint de tweede ronde, 13.00 of 14.00?']) {
      const a = ask(t);
      expect([t, a.kind, codesOf(a)]).toEqual([t, 'round', ['r2-cultuur', 'r2-wonen-overleg']]);
    }
  });

  it('partsOfTheDay_beforeAfterAndDuringLunch_endOfDay', () => {
    expect(codesOf(ask('welke sessies zijn er voor de lunch')).filter((c) => c.startsWith('r')).sort()).toEqual(['r1-mobiliteit', 'r1-woningbouw']);
    const after = ask('wat is er na de lunch');
    expect([after.kind, codesOf(after)]).toEqual(['round', ['r2-cultuur', 'r2-wonen-overleg']]);
    // In other words: "voor we gaan lunchen", "als de lunch voorbij is".
    expect(codesOf(ask('wat is er net voor we gaan lunchen')).filter((c) => c.startsWith('r')).sort()).toEqual(['r1-mobiliteit', 'r1-woningbouw']);
    expect(codesOf(ask('en wat doen we als de lunch voorbij is'))).toEqual(['r2-cultuur', 'r2-wonen-overleg']);
    expect(codesOf(ask('wat is er tijdens de lunch')).sort()).toEqual(['lunch', 'wandeling-haven']);
    // What one can do then: the choices, not the lunch itself.
    for (const q of ['wat kan ik doen tijdens de lunch', 'wat is het lunchprogramma', 'welke keuzes zijn er in de lunchpauze']) expect([q, codesOf(ask(q))]).toEqual([q, ['wandeling-haven']]);
    expect(codesOf(ask('wat is er aan het eind van de dag'))).toEqual(['afsluiting']);
  });

  it('theThemeAskedWithWordsOfTheNetwerkdagsOwnSummary_isItsTheme_otherWordsAreNot', () => {
    for (const t of ['wat is het thema vandaag, iets met middelgrote steden?', 'ruimtelijke opgave, was dat het motto van vandaag?']) {
      const theme = ask(t);
      expect([t, theme.kind === 'event' && theme.focus]).toEqual([t, 'what']);
    }
    expect(ask('wat is het thema vandaag, iets met woningbouw?').kind).not.toBe('event');
  });

  it('themeOfToday_isTheNetwerkdagsTheme_andAThemagroepsPijlerIsAFactOfTheOrganiser', () => {
    for (const q of ['wat is het thema van vandaag', 'waar staat de dag in het teken van?', 'waar gaat het vandaag over']) {
      const theme = ask(q);
      expect([q, theme.kind === 'event' && theme.focus]).toEqual([q, 'what']);
    }
    // "kwart over twee" is a time, not "waar gaat het over".
    expect(kind(ask('wat is er vandaag om kwart over twee'))).not.toBe('event');
    const pillar = ask('bij welke pijler hoort TWB');
    expect(pillar.kind === 'organiser' && pillar.pillar?.name).toBe('Ruimtelijke pijler');
  });

  it('aPijlersThemagroepen_andAThemagroepsPijler_askedWithOnderAndVallen_areFactsOfTheOrganiser', () => {
    for (const q of ['onder welke pijler valt wonen en bouwen?', 'bij welke pijler behoort de themagroep wonen en bouwen']) {
      const a = ask(q);
      expect([q, a.kind === 'organiser' && a.pillar?.name]).toEqual([q, 'Ruimtelijke pijler']);
    }
    for (const q of ['welke themagroepen vallen onder de ruimtelijke pijler?', 'themagroepen ruimtelijke pijler']) {
      const a = ask(q);
      expect([q, a.kind === 'organiser' && a.members.map((m) => m.slug)]).toEqual([q, ['tg-wonen']]);
    }
    // Asked of one netwerkdag, it is about what those themagroepen did there.
    expect(kind(ask('welke themagroepen van de ruimtelijke pijler kwamen vandaag bijeen'))).not.toBe('organiser');
  });

  it('whatAnAbbreviationStandsFor_withARemarkAfterAComma_isStillWhatItStandsFor', () => {
    const a = ask('waar staat TWB voor, zie het steeds in de stukken');
    expect(a.kind === 'organiser' && [a.meaning, a.organiser.slug]).toEqual([true, 'tg-wonen']);
  });

  it('functionAskedForToday_isNotLookedUpOnAnotherNetwerkdag', () => {
    // Only Betadorp's programme has a wethouder (Sanne Dekker); today is Alfastad.
    const a = ask('welke wethouders spreken vandaag');
    expect('context' in a && a.context.event.city).toBe('Alfastad');
    const there = ask('welke wethouders spraken in betadorp');
    expect(there.kind === 'person' && there.people.map((p) => p.name)).toEqual(['Sanne Dekker']);
  });

  it('someoneNamedWhoIsNotOnTodaysProgramme_isShownWhereTheyAre', () => {
    const a = ask('wat doet sanne dekker vandaag');
    expect(a.kind === 'person' && [a.context.event.city, a.people.map((p) => p.name)]).toEqual(['Betadorp', ['Sanne Dekker']]);
  });

  it('whichRound_theSessionAskedFor_saidAsARoundQuestion', () => {
    for (const q of ['in welke ronde is de sessie over cultuur', 'welke ronde is cultuur als motor']) {
      const a = ask(q);
      expect([q, a.kind === 'session' && a.focus, codesOf(a)]).toEqual([q, 'round', ['r2-cultuur']]);
    }
  });

  it('aSessionNamedLikeAnOrganiser_isTheSessionWhenTheQuestionSaysSessie', () => {
    // "Themagroep Wonen en Bouwen" is both a themagroep and the title of its meeting.
    expect(kind(ask('wat doet wonen en bouwen'))).toBe('organiser');
    const a = ask('wat houdt de sessie wonen en bouwen in');
    expect([kind(a), codesOf(a)]).toEqual(['sessions', ['r1-woningbouw', 'r2-wonen-overleg']]);
  });

  it('acrossNetwerkdagen_inWelkeStedenAndHoeVaak_andWhoSpeaksToday', () => {
    const where = ask('in welke steden was themagroep wonen en bouwen');
    expect(kind(where)).toBe('organiser');
    const often = ask('hoe vaak sprak joris vermeer');
    expect(often.kind === 'person' && often.people[0]!.appearances.map((a) => a.event.city).sort()).toEqual(['Alfastad', 'Betadorp']);
    const today = ask('wie spreken er vandaag allemaal');
    expect(today.kind === 'event' && today.focus).toBe('who');
  });

  it('aDayNamed_whatIsOnThen_isThatDaysProgramme', () => {
    for (const [q, iso] of [['wat was er op de tweede dag in betadorp', ALFA_MORNING], ['wat is er morgen', '2025-06-04T09:00:00+02:00']] as const) {
      const a = ask(q, iso);
      expect([q, a.kind === 'programme' && a.days.map((d) => d.day.date)]).toEqual([q, ['2025-06-05']]);
    }
  });

  it('whoHasARoleOnTheDay_isSaid_withTheOneSessionTheyAreIn', () => {
    for (const t of ['wie is de dagvoorzitter', 'dagvoorzitter alfastad', 'wie was dagvoorzitter in alfastad']) {
      const a = ask(t);
      expect([t, a.kind === 'event' && [a.focus, a.people.map((p) => p.name), a.session?.code]]).toEqual([t, ['who', ['Joris Vermeer'], 'opening']]);
    }
    // Several sessions: no one session to show.
    const speakers = ask('wie zijn de sprekers in betadorp');
    expect(speakers.kind === 'event' && [speakers.people.length > 1, speakers.session]).toEqual([true, undefined]);
  });

  it('whenTheDayStarts_onADayThatOpensWithAWalkIn_isAlsoWhenTheProgrammeProperBegins', () => {
    const delta = answerWorld([oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [
      { code: 'inloop', title: 'Inloop met koffie', kind: 'inloop', start: '09:00', end: '09:30' },
      { code: 'opening', title: 'Opening', kind: 'plenair', start: '09:30', end: '10:00' },
    ])]).answererAt(ALFA_MORNING);
    for (const t of ['hoe laat begint het in deltastad', 'hoelaat begint t in deltastad eigenlijk', 'hoe laat beginnen we in deltastad']) {
      const a = delta.answer(t);
      expect([t, a.kind === 'event' && [a.bound, a.times[0]!.start, a.properStart?.code]]).toEqual([t, ['start', '09:00', 'opening']]);
    }
    // A day without a walk-in: its start is the programme's.
    const alfa = ask('hoe laat begint het');
    expect(alfa.kind === 'event' && [alfa.bound, alfa.properStart]).toEqual(['start', undefined]);
  });

  it('whoChairsASessionNamedByItsTitle_isWhoeverHasThatRoleThere', () => {
    // Joris Vermeer is the opening's dagvoorzitter; no one's function text says "opening".
    const a = ask('wie zit de opening voor');
    expect(a.kind === 'session' && [a.session.code, a.focus]).toEqual(['opening', 'who']);
  });

  it('howToCancel_forOneSession_isSaidAsCancelling_andForOneselfShowsOnesSignUps', () => {
    const a = ask('hoe werkt afmelden voor de wandeling');
    expect(a.kind === 'session' && [a.session.code, a.focus, a.cancel]).toEqual(['wandeling-haven', 'signup', true]);
    expect(ask('hoe kan ik me afmelden voor de wandeling', ALFA_MORNING, { mySessionIds: () => [] }).kind).toBe('personal');
  });

  it('whenTheWholeProgrammeEndsOrStarts_byItsVerb_isTheDaysEndOrStart', () => {
    for (const t of ['wanneer is het programma vandaag afgelopen?', 'What time does today\'s programme finish?', 'wanneer eindigt de netwerkdag in alfastad']) {
      const a = ask(t);
      expect([t, a.kind === 'event' && [a.bound, a.times[0]!.end]]).toEqual([t, ['end', '16:00']]);
    }
    const start = ask('wanneer begint het programma in alfastad');
    expect(start.kind === 'event' && start.bound).toBe('start');
    // "dat onderdeel", "die ronde": a part of the day pointed back to, not the day.
    expect(ask('hoe laat begint die ronde?', ALFA_MORNING, { lastQuestion: 'wat is er in ronde 2' }).kind).not.toBe('event');
  });

  it('whoOrganises_theSessionWithItsOrganisers', () => {
    const a = ask('welke themagroep organiseert de sessie over woningbouw');
    expect(a.kind === 'session' && [a.focus, a.session.code, a.session.organisers.map((o) => o.slug)]).toEqual(['organiser', 'r1-woningbouw', ['tg-wonen', 'pijler-ruimte']]);
  });

  it('eventFacts_endThemeAndVenue', () => {
    const end = ask('hoe laat zijn we klaar?');
    expect(end.kind === 'event' && [end.focus, end.bound, end.times[0]!.end]).toEqual(['when', 'end', '16:00']);
    const theme = ask('wat is het thema van de netwerkdag in alfastad');
    expect(theme.kind === 'event' && theme.focus).toBe('what');
    const venue = ask('adres muziekcentrum');
    expect(venue.kind === 'event' && venue.focus).toBe('where');
    // The building named with the netwerkdag is asking where it was, not for a session that mentions it.
    const delta = answerWorld([oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [
      { code: 'welkom', title: 'Welkom', kind: 'plenair', start: '10:00', end: '10:30', description: 'Welkom in de raadzaal van het stadhuis.' },
    ])]).answererAt('2024-05-16T09:00:00+02:00');
    const building = delta.answer('waar was deltastad precies? in het stadhuis?');
    expect(building.kind === 'event' && [building.focus, building.context.event.city]).toEqual(['where', 'Deltastad']);
  });

  it('functionAskedTheOtherWayRound_findsWhoHoldsIt', () => {
    for (const q of ['wie is de voorzitter van de ruimtelijke pijler', 'wie zit de ruimtelijke pijler voor', 'voorzitter ruimtelijke pijler']) {
      const a = ask(q);
      expect(a.kind === 'person' && a.people.map((p) => p.name)).toEqual(['Joris Vermeer']);
    }
  });

  it('personAcrossNetwerkdagen_everyAppearance', () => {
    const a = ask('bij welke netwerkdagen was joris vermeer');

    expect(a.kind === 'person' && a.people[0]!.appearances.map((x) => x.event.city)).toEqual(['Alfastad', 'Betadorp']);
  });

  it('personOnlyMentionedInAText_isSaidApart_notAsTakingPart', () => {
    const a = ask('bij welke netwerkdagen was anke bakker');

    expect(a.kind === 'person' && [a.people[0]!.appearances.map((x) => x.event.city), a.people[0]!.mentioned.map((x) => x.sessions.map((s) => s.code))]).toEqual([
      ['Alfastad'],
      [['energie']],
    ]);
  });

  it('nameOnNoProgramme_saysSo_neverSomeoneWhoSharesAName', () => {
    for (const [q, name] of [
      ['wie is Mark Rutte', 'Mark Rutte'],
      ['wat doet anke de wit', 'anke de wit'],
      ['Piet Bakker', 'Piet Bakker'],
      // Also where the question asks for netwerkdagen.
      ['op welke netwerkdagen sprak dr. J. Jansen', 'J. Jansen'],
      // Also after a function: not the people who hold it.
      ['heeft wethouder Yilmaz ergens een sessie geleid?', 'Yilmaz'],
    ]) {
      const a = ask(q!);
      expect(a.kind === 'unknownName' && a.name).toBe(name);
    }
  });

  it('abbreviation_meaningAndWorkAcrossNetwerkdagen', () => {
    const a = ask('wat betekent TWB');

    expect(a.kind === 'organiser' && [a.organiser.name, a.pillar?.name]).toEqual(['Themagroep Wonen en Bouwen', 'Ruimtelijke pijler']);
    expect(a.kind === 'organiser' && a.appearances.map((x) => x.sessions.map((s) => s.code))).toEqual([['r1-woningbouw', 'r2-wonen-overleg']]);
  });

  it('pijler_includesItsThemagroepen_completeListsByFilter', () => {
    expect(codesOf(ask('welke sessies heeft de ruimtelijke pijler in ronde 1')).sort()).toEqual(['r1-mobiliteit', 'r1-woningbouw']);
    expect(codesOf(ask('welke themagroepen vergaderen niet'))).toEqual(['r2-wonen-overleg']);
    expect(codesOf(ask('welke wandelingen zijn er'))).toEqual(['wandeling-haven']);
  });

  it('pijlerNamedWithoutAListWord_andWithoutAMeetingOfItsOwn_showsAlsoItsThemagroepen', () => {
    // Telegraphic: no "welke sessies"; the pijler has no session titled after itself here.
    expect(codesOf(ask('ruimtelijke pijler ronde 1')).sort()).toEqual(['r1-mobiliteit', 'r1-woningbouw']);
  });

  it('topicThatMatchesNothing_isNotFound_notAListOfWeakMatches', () => {
    for (const q of ['wanneer is de workshop blockchain', 'sessie over ruimtevaart', 'yoga']) expect(['notFound', 'unclear']).toContain(kind(ask(q)));
  });

  it('aRoomOfAnotherNetwerkdag_onTheNetwerkdagNamed_isAWord_whereTheQuestionSaysMore', () => {
    // Betadorp has no "Grote zaal" (Alfastad does).
    expect(codesOf(ask('wie spreekt er in Betadorp in de grote zaal over energie'))).toEqual(['energie']);
    expect(kind(ask('wat is er in Betadorp in de grote zaal'))).toBe('notFound');
    expect(codesOf(ask('wie spreekt er in de grote zaal'))).toEqual(['opening']);
  });

  it('aWordNoProgrammeHas_withWordsOnlySaidInPassing_isNotFound_butAWordOfATitleStillFinds', () => {
    // "water" is only in a walk's description, "parkeren" in one; "windmolens" in no programme.
    for (const q of ['iets over windmolens aan het water?', 'windmolens parkeren']) expect([q, kind(ask(q))]).toEqual([q, 'notFound']);
    expect(codesOf(ask('iets over het water'))).toEqual(['wandeling-haven']);
    expect(codesOf(ask('iets over windmolens en woningen?'))).toEqual(['r1-woningbouw']);
  });

  it('topic_strongMatchInAnotherNetwerkdag_isWidenedAndSaysWhere', () => {
    const a = ask('warmtenetten');

    expect(a.kind === 'session' && [a.session.code, a.context.choice]).toEqual(['energie', 'found']);
  });

  it('netwerkdagen_allAndNext_fromWhatTheProgrammeSays', () => {
    const all = ask('welke netwerkdagen zijn er geweest', QUIET_DAY);
    expect(all.kind === 'events' && all.events.map((e) => e.city)).toEqual(['Betadorp', 'Alfastad']);
    const next = ask('wanneer is de volgende netwerkdag', '2026-06-01T12:00:00+02:00');
    expect(next.kind === 'nextEvent' && [next.upcoming, next.mentions.map((m) => m.text)]).toEqual([null, ['Tot slot: de volgende tweedaagse is op 1 en 2 oktober in Gammaveen.']]);
    // Quoted from the programme of Betadorp: the reply is about what that programme says.
    expect(next.kind === 'nextEvent' && next.quoted?.event.city).toBe('Betadorp');
    const upcoming = ask('wanneer is de volgende netwerkdag', QUIET_DAY);
    expect(upcoming.kind === 'nextEvent' && upcoming.upcoming?.city).toBe('Alfastad');
    for (const t of ['komt er nog een netwerkdag?', 'is er binnenkort weer een netwerkdag']) {
      const again = ask(t, QUIET_DAY);
      expect([t, again.kind === 'nextEvent' && again.upcoming?.city]).toEqual([t, 'Alfastad']);
    }
  });

  it('thePreviousNetwerkdag_isTheLastOneThatEndedBeforeToday_asIfNamed', () => {
    // On Alfastad's own day the previous one is Betadorp's.
    for (const t of ['wanneer was de vorige netwerkdag?', 'waar was de vorige netwerkdag']) {
      const a = ask(t, ALFA_MORNING);
      expect([t, a.kind, 'context' in a && a.context.event.city]).toEqual([t, 'event', 'Betadorp']);
    }
    // "de vorige netwerkdagen" lists them.
    expect(ask('wat waren de vorige netwerkdagen', ALFA_MORNING).kind).toBe('events');
  });

  it('aNetwerkdagPickedByTimeDaysOrBuilding_withNothingElseAsked_isAnsweredAboutItself', () => {
    const one = (t: string, iso = ALFA_MORNING) => {
      const a = ask(t, iso);
      return [t, a.kind, a.kind === 'event' && a.focus, 'context' in a && a.context.event.city];
    };
    // Betadorp is the first (2025), has two days and meets in a stadhuis on its second; Alfastad is the last.
    expect(one('eerste netwerkdag')).toEqual(['eerste netwerkdag', 'event', 'when', 'Betadorp']);
    expect(one('welke netwerkdag duurde twee dagen?')).toEqual(['welke netwerkdag duurde twee dagen?', 'event', 'when', 'Betadorp']);
    expect(one('was er een netwerkdag met overnachting')).toEqual(['was er een netwerkdag met overnachting', 'event', 'when', 'Betadorp']);
    expect(one('waar was de laatste ambtelijke netwerkdag')).toEqual(['waar was de laatste ambtelijke netwerkdag', 'event', 'where', 'Alfastad']);
    expect(one('wat was de vorige netwerkdag')).toEqual(['wat was de vorige netwerkdag', 'event', 'what', 'Betadorp']);
    // (One netwerkdag fits: that one, as if named.)
    expect(one('welke netwerkdagen waren in een gemeentehuis')).toEqual(['welke netwerkdagen waren in een gemeentehuis', 'event', 'when', 'Betadorp']);
    // No netwerkdag last year, seen from 2028: said so, not another year's.
    const none = ask('welke netwerkdagen waren er vorig jaar', '2028-05-01T12:00:00+02:00');
    expect(none.kind === 'events' && none.events).toEqual([]);
    // With something asked of it, the pick only says where to look.
    expect(one('wie sprak er op de eerste netwerkdag')).toEqual(['wie sprak er op de eerste netwerkdag', 'event', 'who', 'Betadorp']);
    expect(codesOf(ask('hoe laat was het slotdebat op de eerste netwerkdag'))).toEqual(['slot']);
  });

  it('theThemagroepenOrPijlersThemselves_askedOfNoNetwerkdag_areEveryOneByPijler', () => {
    const groups = (t: string) => {
      const a = ask(t);
      return a.kind === 'structure' ? [a.organiserKind, a.groups.map((g) => [g.pillar?.slug ?? null, g.members.map((m) => m.slug)])] : a.kind;
    };
    // tg-wonen is under the Ruimtelijke pijler; tg-cultuur under none.
    for (const t of ['welke themagroepen zijn er allemaal', 'lijst themagroepen', 'themagroepen?']) {
      expect([t, groups(t)]).toEqual([t, ['themagroep', [['pijler-ruimte', ['tg-wonen']], [null, ['tg-cultuur']]]]]);
    }
    expect(groups('welke pijlers zijn er')).toEqual(['pijler', [['pijler-ruimte', ['tg-wonen']]]]);
    // Of a netwerkdag, a day or a round: their sessions.
    for (const t of ['welke themagroepen zijn er vandaag', 'welke themagroepen waren er in betadorp', 'welke themagroepen zijn er in de tweede ronde']) {
      expect([t, ask(t).kind !== 'structure']).toEqual([t, true]);
    }
  });

  it('theThemagroepenInGeneral_inASentenceAboutSomethingElse_doNotNarrowToTheirSessions_butAGroupsNameDoes', () => {
    const delta = answerWorld([oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [
        { code: 'wonen', title: 'Wonen in Deltastad', kind: 'keuzesessie', start: '10:00', end: '11:00', organisers: ['tg-wonen'], description: 'Over nieuwe woningen.' },
        { code: 'slot', title: 'Feestelijke afsluiting', kind: 'plenair', start: '15:00', end: '16:00', description: 'We nemen afscheid van de voorzitters van de themagroepen.' },
    ])]).answererAt(ALFA_MORNING);
    for (const t of ['wanneer nemen we afscheid van de voorzitters van de themagroepen in deltastad?', 'afscheid themagroepen deltastad']) {
      expect([t, codesOf(delta.answer(t))]).toEqual([t, ['slot']]);
    }
    // "de themagroep afscheid" names a group no programme has: nothing, not the session that mentions the word.
    expect(delta.answer('wat doet de themagroep afscheid in deltastad').kind).toBe('notFound');
  });

  it('whichSessionsAPartnerIsPartOf_areThoseItOrganises_isNamedInTheTitleOrDescriptionOf_orSpeaksAt', () => {
    // Kennisbureau Noord (KBN) organises "Cijfers"; its title names it in "Wonen"; its director speaks at "Energie"; the
    // descriptions of "Erfgoed" and "Cultuur" name it. "Mobiliteit" has nothing of it.
    const delta = answerWorld([oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [
        { code: 'cijfers', title: 'Cijfers over de stad', kind: 'keuzesessie', start: '10:00', end: '11:00', organisers: ['kennisbureau'], description: 'Nieuwe cijfers.' },
        { code: 'wonen', title: 'Wonen met Kennisbureau Noord', kind: 'keuzesessie', start: '11:00', end: '12:00', description: 'Over woningen.' },
        { code: 'energie', title: 'Energie in de wijk', kind: 'keuzesessie', start: '13:00', end: '14:00', description: 'Over warmte.',
          people: [{ name: 'Karel de Vries', role: 'spreker', function: 'directeur KBN' }] },
        { code: 'cultuur', title: 'Cultuur', kind: 'keuzesessie', start: '14:00', end: '15:00', description: 'Over musea, met cijfers van onder meer het Kennisbureau Noord, de provincie en het Rijk.' },
        { code: 'erfgoed', title: 'Erfgoed', kind: 'keuzesessie', start: '15:00', end: '16:00', description: 'Ter introductie een presentatie vanuit het Kennisbureau Noord.' },
        { code: 'mobiliteit', title: 'Mobiliteit', kind: 'keuzesessie', start: '15:00', end: '16:00', description: 'Over het kennen van de noorderstad.' },
    ])]).answererAt(ALFA_MORNING);
    for (const t of ['bij welke sessies is het kennisbureau noord betrokken in deltastad?', 'welke sessies met KBN in deltastad']) {
      expect([t, codesOf(delta.answer(t)).sort()]).toEqual([t, ['cijfers', 'cultuur', 'energie', 'erfgoed', 'wonen']]);
    }
    // Asked for the one session of an organiser: the one it organises.
    expect(codesOf(delta.answer('de sessie van KBN in deltastad'))).toEqual(['cijfers']);
    // Named alone ("KBN in deltastad", "wat doet KBN daar"), a partner that is there is everywhere it takes part.
    for (const t of ['kbn in deltastad', 'wat doet het kennisbureau noord in deltastad']) {
      expect([t, codesOf(delta.answer(t)).sort()]).toEqual([t, ['cijfers', 'cultuur', 'energie', 'erfgoed', 'wonen']]);
    }
  });

  it('theSessionsOfAThemagroep_askedAsAList_areAllItOrganises_itsNameAloneItsOwnMeeting', () => {
    const delta = answerWorld([oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [
      { code: 'overleg', title: 'Themagroep Cultuur', kind: 'overleg', start: '10:00', end: '11:00', organisers: ['tg-cultuur'] },
      { code: 'musea', title: 'Wandeling langs de musea', kind: 'wandeling', start: '12:00', end: '13:00', organisers: ['tg-cultuur'] },
      { code: 'wonen', title: 'Wonen in de binnenstad', kind: 'keuzesessie', start: '12:00', end: '13:00', organisers: ['tg-wonen'] },
    ])]).answererAt(ALFA_MORNING);
    for (const t of ['welke sessies organiseert de themagroep cultuur in deltastad', 'alle onderdelen van themagroep cultuur in deltastad']) {
      expect([t, codesOf(delta.answer(t)).sort()]).toEqual([t, ['musea', 'overleg']]);
    }
    expect(codesOf(delta.answer('themagroep cultuur in deltastad'))).toEqual(['overleg']);
  });

  it('excursionsAtLunch_areTheWalksAndTheVisitsOfTheLunchProgramme', () => {
    const theta = answerWorld([{
      ...oneDayNetwerkdag('Thetastad', '2024-05-16', 'ambtelijk', [
        { code: 'lunch', title: 'Lunch', kind: 'lunch', start: '12:00', end: '13:00' },
        { code: 'wandeling', title: 'Wandeling door de haven', kind: 'wandeling', round: 'lunch-keuze' },
        { code: 'museum', title: 'Bezoek aan het stadsmuseum', kind: 'excursie', round: 'lunch-keuze' },
        { code: 'fabriek', title: 'Bezoek aan de fabriek', kind: 'excursie', start: '15:00', end: '16:00' },
      ]),
      rounds: [{ code: 'lunch-keuze', name: 'Lunchprogramma', start: '12:00', end: '13:00', lunch: true }],
    }]).answererAt('2024-05-16T09:00:00+02:00');
    for (const q of ['welke excursies zijn er tijdens de lunch', 'excursies lunch']) {
      expect([q, codesOf(theta.answer(q)).sort()]).toEqual([q, ['museum', 'wandeling']]);
    }
    // Over the whole day, an excursion is a visit.
    expect(codesOf(theta.answer('welke excursies zijn er')).sort()).toEqual(['fabriek', 'museum']);
  });

  it('practicalMattersNoProgrammeMentions_getNothingFound_notTheSessionTheyName', () => {
    for (const q of ['krijgen we de powerpoints van de opening', 'dresscode opening', 'livestream opening']) {
      expect([q, codesOf(ask(q)), ask(q).kind === 'event']).toEqual([q, [], false]);
    }
  });

  it('signUpState_isTheSignupRulesOwn_cancelledIsNeverOpen', () => {
    const a = ask('kan ik me aanmelden voor themagroep wonen en bouwen');

    expect(a.kind === 'session' && [a.session.code, a.signup]).toEqual(['r2-wonen-overleg', 'cancelled']);
  });

  it('signUpForTheDay_followsTheRegistrationWindow', () => {
    const state = (iso: string) => {
      const a = ask('kan ik me aanmelden voor de netwerkdag in alfastad', iso);
      return a.kind === 'event' && a.signup;
    };

    expect([state('2026-01-15T12:00:00+01:00'), state('2026-02-15T12:00:00+01:00'), state('2026-03-09T18:00:00+01:00')]).toEqual(['notYetOpen', 'open', 'closed']);
  });

  it('personal_fromOnesOwnSignUps', () => {
    const woningbouw = w.catalogue.sessions.get(w.store.getEventBySlug('2026-03-10-alfastad')!.id)!.find((s) => s.code === 'r1-woningbouw')!;
    const a = ask('waar moet ik nu zijn?', '2026-03-10T10:45:00+01:00', { mySessionIds: () => [woningbouw.id] });

    expect(a.kind === 'personal' && [a.current.map((s) => s.code), a.next]).toEqual([['r1-woningbouw'], []]);
    const none = ask('wat is mijn volgende sessie', ALFA_MORNING, { mySessionIds: () => [] });
    expect(none.kind === 'personal' && none.sessions).toEqual([]);
    // Signed up for nothing, a personal question that names something is about what it names.
    const named = 'ik doe woningbouw, waar moet ik heen?';
    expect(codesOf(ask(named, ALFA_MORNING, { mySessionIds: () => [] }))).toEqual(['r1-woningbouw']);
    expect(ask(named, '2026-03-10T10:45:00+01:00', { mySessionIds: () => [woningbouw.id] }).kind).toBe('personal');
  });

  it('followUp_enInAnotherTown_repeatsTheQuestionThere', () => {
    const a = ask('en in betadorp?', ALFA_MORNING, { lastQuestion: 'waar gaat het over warmtenetten' });

    expect(a.kind === 'session' && [a.session.code, a.repeats]).toEqual(['energie', 'waar gaat het over warmtenetten']);
  });

  it('followUp_aCorrection_nee_inAnotherTownBedoelIk_repeatsTheQuestionThere', () => {
    for (const t of ['nee, in betadorp bedoel ik', 'nee ik bedoel in betadorp', 'oeps, correctie: in betadorp']) {
      const a = ask(t, ALFA_MORNING, { lastQuestion: 'wat doet de ruimtelijke pijler vandaag' });
      expect([t, a.kind !== 'unclear' && 'context' in a && a.context.event.city, codesOf(a)]).toEqual([t, 'Betadorp', ['energie']]);
    }
  });

  it('sessionsOrganisedByAKindOfGroup_saidWithDoor_asksForTheSessions_notWhoOrganises', () => {
    for (const t of ['welke sessies worden vandaag door een themagroep georganiseerd?', 'welke onderdelen zijn vandaag georganiseerd door een themagroep']) {
      expect([t, codesOf(ask(t)).sort()]).toEqual([t, ['r1-woningbouw', 'r2-cultuur', 'r2-wonen-overleg']]);
    }
    // "door welke themagroep": asks who.
    expect(ask('door welke themagroep wordt de sessie over cultuur georganiseerd?').kind).toBe('organiser');
  });

  it('followUp_welkeDaarvan_looksOnlyAtWhatThePreviousAnswerListed', () => {
    const alfa = w.store.getEventBySlug('2026-03-10-alfastad')!.id;
    const listed = ['r1-woningbouw', 'r1-mobiliteit'].map((code) => w.store.getSessionByCode(alfa, code)!.id);
    const context = { lastListIds: listed, lastEventId: alfa, lastQuestion: 'wat is er in ronde 1' };
    // "wonen" is also the themagroep of round 2's meeting: among the two listed, only the one on housing.
    expect(codesOf(ask('welke daarvan gaan over wonen?', ALFA_MORNING, context))).toEqual(['r1-woningbouw']);
    expect(codesOf(ask('welke van die sessies is van een themagroep', ALFA_MORNING, context))).toEqual(['r1-woningbouw']);
    // Without a list before, the question is asked of the whole netwerkdag.
    expect(codesOf(ask('welke daarvan gaan over wonen?')).sort()).toContain('r2-wonen-overleg');
  });

  it('followUp_enVandaag_repeatsTheQuestionForTodaysNetwerkdag', () => {
    const beta = w.store.getEventBySlug('2025-06-04-betadorp')!.id;
    const a = ask('en vandaag?', ALFA_MORNING, { lastQuestion: 'wat doet de ruimtelijke pijler in betadorp', lastEventId: beta });

    expect([a.kind !== 'unclear' && 'context' in a && a.context.event.city, codesOf(a).sort()]).toEqual(['Alfastad', ['r1-mobiliteit', 'r1-woningbouw']]);
  });

  it('pijlerNamedAsPijler_overTheWholeDay_isWhatThePijlerItselfOrganised', () => {
    // r2-wonen-overleg is its themagroep's meeting, not the pijler's.
    for (const t of ['wat doet de ruimtelijke pijler vandaag', 'welke sessies organiseert de ruimtelijke pijler vandaag', 'ruimtelijke pijler sessies vandaag']) {
      expect([t, codesOf(ask(t)).sort()]).toEqual([t, ['r1-mobiliteit', 'r1-woningbouw']]);
    }
    // With its themagroepen named, or in one round (the choice one has there): the themagroepen's sessions too.
    expect(codesOf(ask('wat doen de ruimtelijke pijler en haar themagroepen vandaag')).sort()).toEqual(['r1-mobiliteit', 'r1-woningbouw', 'r2-wonen-overleg']);
    expect(codesOf(ask('welke sessies heeft de ruimtelijke pijler in ronde 2'))).toEqual(['r2-wonen-overleg']);
  });

  it('followUp_enInAnotherTown_afterAQuestionAboutToday_isNotAboutToday', () => {
    // "vandaag" named today's netwerkdag; the follow-up names another one, so it no longer holds.
    const a = ask('en in betadorp?', ALFA_MORNING, { lastQuestion: 'wat doet de ruimtelijke pijler vandaag' });

    expect([a.kind !== 'unclear' && 'context' in a && a.context.event.city, codesOf(a)]).toEqual(['Betadorp', ['energie']]);
  });

  it('followUp_anOrdinalAlone_isTheRoundOrDayThePreviousQuestionCounted', () => {
    const alfa = w.store.getEventBySlug('2026-03-10-alfastad')!.id;
    const first = ask('en in de eerste?', ALFA_MORNING, { lastQuestion: 'welke sessies zijn er in de tweede ronde', lastEventId: alfa });
    expect([first.kind, codesOf(first).sort()]).toEqual(['round', ['r1-mobiliteit', 'r1-woningbouw']]);
    const second = ask('en ronde 2?', ALFA_MORNING, { lastQuestion: 'welke sessies zijn er in de eerste ronde', lastEventId: alfa });
    expect([second.kind, codesOf(second).sort()]).toEqual(['round', ['r2-cultuur', 'r2-wonen-overleg']]);
    const day = ask('en de tweede?', ALFA_MORNING, { lastQuestion: 'wat is er op dag 1 in betadorp' });
    expect(day.kind !== 'unclear' && 'context' in day && [day.context.event.city, day.context.day?.date]).toEqual(['Betadorp', '2025-06-05']);
    // With nothing it could count, an ordinal is not understood.
    expect(kind(ask('de tweede?'))).toBe('unclear');
  });

  it('followUp_whenItStarts_afterARoundOrAPartOfTheDay_isThatRoundsTime_notTheDays', () => {
    const alfa = w.store.getEventBySlug('2026-03-10-alfastad')!.id;
    for (const [before, t] of [['tweede ronde', 'begintijd?'], ['welke sessies zijn er in de tweede ronde', 'hoe laat gaan die van start'], ['wat is er na de lunch', 'hoe laat begint dat?']]) {
      const a = ask(t!, ALFA_MORNING, { lastQuestion: before, lastEventId: alfa });
      expect([before, t, a.kind, a.kind === 'round' && a.rounds.map((r) => r.round.start)]).toEqual([before, t, 'round', ['13:15']]);
    }
    // Without a previous question about a round, the day's own start.
    expect(kind(ask('begintijd?', ALFA_MORNING, { lastQuestion: 'programma', lastEventId: alfa }))).toBe('event');
  });

  it('followUp_anOrdinalAlone_afterAListThatWasNotOfRoundsOrDays_isThatItemOfTheList', () => {
    const alfa = w.store.getEventBySlug('2026-03-10-alfastad')!.id;
    const listed = ['r1-mobiliteit', 'r2-cultuur', 'r1-woningbouw'].map((code) => w.store.getSessionByCode(alfa, code)!.id);
    const context = { lastQuestion: 'welke sessies zijn er vandaag', lastEventId: alfa, lastListIds: listed };
    expect(codesOf(ask('en de tweede?', ALFA_MORNING, context))).toEqual(['r2-cultuur']);
    expect(codesOf(ask('de derde', ALFA_MORNING, context))).toEqual(['r1-woningbouw']);
    // Beyond the list, nothing it could count.
    expect(kind(ask('de vijfde?', ALFA_MORNING, context))).toBe('unclear');
    // Asked who, where or when of one of them: that one, asked that way.
    const who = ask('wie leidt de eerste', ALFA_MORNING, context);
    expect([codesOf(who), who.kind === 'session' && who.focus]).toEqual([['r1-mobiliteit'], 'who']);
    const where = ask('waar is de derde?', ALFA_MORNING, context);
    expect([codesOf(where), where.kind === 'session' && where.focus]).toEqual([['r1-woningbouw'], 'where']);
  });

  it('followUp_dieThemagroep_isTheThemagroepOfTheSessionThePreviousAnswerWasAbout', () => {
    const delta = answerWorld([oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [
      { code: 'cultuur', title: 'Themagroep Cultuur', kind: 'overleg', start: '10:00', end: '11:00', organisers: ['tg-cultuur'], description: 'Over musea.' },
      { code: 'wonen', title: 'Themagroep Wonen en Bouwen', kind: 'overleg', start: '10:00', end: '11:00', organisers: ['tg-wonen'], description: 'Over woningen.' },
    ])]);
    const alfa = delta.store.getEventBySlug('2026-03-10-alfastad')!.id;
    const overleg = delta.store.getSessionByCode(alfa, 'r2-wonen-overleg')!.id;
    const a = delta.answererAt(ALFA_MORNING).answer('en waar ging die themagroep in deltastad over?', { lastEventId: alfa, lastSessionId: overleg, lastQuestion: 'wat doet de themagroep wonen' });
    expect(codesOf(a)).toEqual(['wonen']);
  });

  it('followUp_hijOrHaar_isThePersonThePreviousAnswerWasAbout', () => {
    const joris = understand('joris vermeer', w.catalogue).personIds;
    const a = ask('en wat doet hij vandaag?', ALFA_MORNING, { lastPersonIds: joris });

    // Joris Vermeer chairs today's opening.
    expect(codesOf(a)).toEqual(['opening']);
    expect(codesOf(ask('en wat doet hij vandaag?', ALFA_MORNING))).not.toEqual(['opening']);
  });

  it('followUp_dieSessie_isTheSessionThePreviousAnswerWasAbout_whenItFits', () => {
    const alfa = w.store.getEventBySlug('2026-03-10-alfastad')!.id;
    const woningbouw = w.store.getSessionByCode(alfa, 'r1-woningbouw')!.id;

    expect(codesOf(ask('en waar is die sessie in ronde 1?', ALFA_MORNING, { lastSessionId: woningbouw }))).toEqual(['r1-woningbouw']);
    expect(codesOf(ask('en waar is die sessie in ronde 1?', ALFA_MORNING)).sort()).toEqual(['r1-mobiliteit', 'r1-woningbouw']);
  });

  it('followUp_daarna_isAfterWhatThePreviousAnswerWasAbout_notAfterNow', () => {
    const alfa = w.store.getEventBySlug('2026-03-10-alfastad')!.id;
    // The previous answer was about the first round (10.30–11.30); now is 9.00.
    const a = ask('en wat is er daarna?', ALFA_MORNING, { lastEnd: { eventId: alfa, date: '2026-03-10', time: '11:30' } });
    expect(codesOf(a)).toEqual(['lunch', 'wandeling-haven']);
    expect(codesOf(ask('en wat is er daarna?', ALFA_MORNING))).toEqual(['opening']);
  });

  it('followUp_inDiezelfdeRonde_isTheRoundOfTheSessionThePreviousAnswerWasAbout', () => {
    const alfa = w.store.getEventBySlug('2026-03-10-alfastad')!.id;
    const cultuur = w.store.getSessionByCode(alfa, 'r2-cultuur')!.id;
    for (const q of ['welke sessies liepen er allemaal in diezelfde ronde?', 'wat is er nog meer in die ronde', 'en in dezelfde ronde?']) {
      const a = ask(q, ALFA_MORNING, { lastSessionId: cultuur });
      expect([q, a.kind, codesOf(a).sort()]).toEqual([q, 'round', ['r2-cultuur', 'r2-wonen-overleg']]);
    }
  });

  it('followUp_deAndereInDieRonde_isTheRestOfTheRoundOfTheSessionThePreviousAnswerWasAbout', () => {
    const alfa = w.store.getEventBySlug('2026-03-10-alfastad')!.id;
    const cultuur = w.store.getSessionByCode(alfa, 'r2-cultuur')!.id;
    for (const q of ['en de andere sessies in die ronde?', 'wat waren de overige sessies in diezelfde ronde']) {
      const a = ask(q, ALFA_MORNING, { lastSessionId: cultuur });
      expect([q, a.kind, codesOf(a)]).toEqual([q, 'round', ['r2-wonen-overleg']]);
    }
  });

  it('theRestOfTheRoundOfSomethingNamedInTheSameMessage_isWhatRunsBesideIt', () => {
    for (const q of ['ik ga naar cultuur als motor, wat loopt er verder in die ronde?', 'ik zit bij de themagroep wonen en bouwen, wat is er nog meer in die ronde']) {
      const a = ask(q, ALFA_MORNING);
      const named = q.includes('cultuur') ? 'r2-wonen-overleg' : 'r2-cultuur';
      expect([q, codesOf(a)]).toEqual([q, [named]]);
    }
  });

  it('followUp_daarvoor_isWhatEndsLastBeforeWhatThePreviousAnswerWasAboutBegins', () => {
    const alfa = w.store.getEventBySlug('2026-03-10-alfastad')!.id;
    // The previous answer was about the first round (10.30–11.30): before it, the opening (9.30–10.15).
    const round1 = { eventId: alfa, date: '2026-03-10', time: '11:30', start: '10:30' };
    for (const q of ['wat is er vlak daarvoor?', 'en wat was er daarvoor']) expect([q, codesOf(ask(q, ALFA_MORNING, { lastEnd: round1 }))]).toEqual([q, ['opening']]);
    // The afternoon round (13.15): the lunch and its walk end last before it.
    const round2 = { eventId: alfa, date: '2026-03-10', time: '14:15', start: '13:15' };
    expect(codesOf(ask('wat is er vlak daarvoor?', ALFA_MORNING, { lastEnd: round2 })).sort()).toEqual(['lunch', 'wandeling-haven']);
    // Signing up "daarvoor" is for it, not before it.
    expect(kind(ask('moet ik me daarvoor aanmelden?', ALFA_MORNING, { lastEnd: round1 }))).not.toBe('sessions');
  });

  it('alongside_whatRunsAtTheSameTimeAsTheThingNamed_isTheRestOfItsRoundAndWhatOverlapsIt', () => {
    for (const q of ['wat loopt er parallel aan de sessie over woningbouw?', 'tegelijk met woningbouw versnellen', 'wat is er op hetzelfde moment als woningbouw versnellen']) {
      expect([q, codesOf(ask(q))]).toEqual([q, ['r1-mobiliteit']]);
    }
    // No round: what overlaps it in time (the borrel starts after the second round ends; the opening overlaps nothing).
    expect(codesOf(ask('wat loopt er tegelijk met de afsluiting'))).toEqual([]);
    expect(kind(ask('wat loopt er tegelijk met de afsluiting'))).toBe('nothingAt');
    // Said of something else, "tegelijk" asks nothing of the kind.
    expect(kind(ask('kan ik twee sessies tegelijk volgen?'))).not.toBe('nothingAt');
  });

  it('aRelationToAThingNamedByAFunction_isAboutTheSessionsOfWhoeverHoldsIt_notAboutWhoHoldsIt', () => {
    const eta = answerWorld([oneDayNetwerkdag('Etastad', '2024-05-16', 'bestuurlijk', [
      { code: 'opening', title: 'Opening', kind: 'plenair', start: '10:00', end: '10:30' },
      { code: 'rijk', title: 'Gesprek met de staatssecretaris', kind: 'keuzesessie', start: '10:30', end: '11:30', people: [{ name: 'Eva Kroon', role: 'gast', function: 'staatssecretaris' }] },
      { code: 'wonen', title: 'Themagroep Woningmarkt', kind: 'keuzesessie', start: '10:30', end: '11:30' },
      { code: 'europa', title: 'Themagroep Europa', kind: 'keuzesessie', start: '10:30', end: '11:30' },
      { code: 'lunch', title: 'Lunch', kind: 'lunch', start: '11:30', end: '12:30' },
    ])]).answererAt('2024-05-16T09:00:00+02:00');
    for (const q of ['wat liep er parallel aan het gesprek met de staatssecretaris?', 'wat is er tegelijk met de sessie van de staatssecretaris', 'tegelijk met de staatssecretaris']) {
      expect([q, codesOf(eta.answer(q)).sort()]).toEqual([q, ['europa', 'wonen']]);
    }
    for (const q of ['wat is er na het gesprek met de staatssecretaris?', 'en na de sessie van de staatssecretaris?']) {
      expect([q, codesOf(eta.answer(q))]).toEqual([q, ['lunch']]);
    }
    // Asked who, the function is still who holds it.
    expect(eta.answer('wie is de staatssecretaris?')).toMatchObject({ kind: 'person' });
  });

  it('aMessageThatFindsNothing_isAskedAgainWithoutTheSentencesBeforeItsQuestion', () => {
    const eta = answerWorld([oneDayNetwerkdag('Etastad', '2024-05-16', 'bestuurlijk', [
      { code: 'opening', title: 'Opening', kind: 'plenair', start: '10:00', end: '10:30', people: [{ name: 'Eva Kroon', role: 'spreker', function: 'burgemeester van Etastad' }] },
      { code: 'wonen', title: 'Woningbouw versnellen', kind: 'keuzesessie', start: '10:30', end: '11:30' },
    ])]).answererAt('2024-05-16T09:00:00+02:00');
    const q = 'Ik schrijf voor de Krommeriner Courant. Welke burgemeesters spreken er vandaag?';
    expect(eta.answer(q)).toMatchObject({ kind: 'person' });
  });

  it('justBeforeAThingNamed_isWhatEndsLastBeforeItBegins_withTheRestOfThatRound', () => {
    const eta = answerWorld([{
      ...oneDayNetwerkdag('Etastad', '2024-05-16', 'bestuurlijk', [
        { code: 'opening', title: 'Opening', kind: 'plenair', start: '10:00', end: '10:30' },
        { code: 'pauze', title: 'Pauze', kind: 'pauze', start: '10:30', end: '11:00' },
        { code: 'rijk', title: 'Gesprek met de minister', kind: 'keuzesessie', round: 'ronde-1', start: '11:00', end: '11:45' },
        { code: 'wonen', title: 'Themagroep Woningmarkt', kind: 'keuzesessie', round: 'ronde-1' },
        { code: 'europa', title: 'Themagroep Europa', kind: 'keuzesessie', round: 'ronde-1' },
        { code: 'slot', title: 'Plenaire afsluiting', kind: 'plenair', start: '12:15', end: '12:45' },
        { code: 'borrel', title: 'Borrel', kind: 'borrel', start: '12:45', end: '14:00' },
      ]),
      rounds: [{ code: 'ronde-1', name: 'Eerste ronde', start: '11:00', end: '12:00', number: 1 }],
    }]).answererAt('2024-05-16T09:00:00+02:00');
    // The minister's talk ends before the round does, and is as much "just before" the closing.
    for (const q of ['wat is er vlak voor de afsluiting?', 'voor de afsluiting', 'welke sessies zijn er voorafgaand aan de plenaire afsluiting', 'what is on just before the closing']) {
      expect([q, codesOf(eta.answer(q)).sort()]).toEqual([q, ['europa', 'rijk', 'wonen']]);
    }
    expect(codesOf(eta.answer('wat is er net voor de borrel'))).toEqual(['slot']);
    // Asked about the thing itself, or about another thing that comes before it, "voor" says no "just before".
    expect(codesOf(eta.answer('hoe laat moet ik in de zaal zitten voor de afsluiting'))).toEqual(['slot']);
    expect(codesOf(eta.answer('kan ik me aanmelden voor de borrel'))).toEqual(['borrel']);
    // A part of the day said with the thing named says which one: after the morning break, the round.
    expect(codesOf(eta.answer('wat is er na de ochtendpauze')).sort()).toEqual(['europa', 'rijk', 'wonen']);
    // "net", "vlak" only say how close: "ben er net, wat is er nu" searches for nothing.
    expect(eta.answer('ben er net, wat is er nu eigenlijk').kind).not.toBe('notFound');
  });

  it('aRoundBeforeAThingNamed_isTheRound_thatComesBeforeIt', () => {
    const eta = answerWorld([{
      ...oneDayNetwerkdag('Etastad', '2024-05-16', 'bestuurlijk', [
        { code: 'opening', title: 'Opening', kind: 'plenair', start: '10:00', end: '10:30' },
        { code: 'wonen', title: 'Themagroep Woningmarkt', kind: 'keuzesessie', round: 'ronde-1' },
        { code: 'europa', title: 'Themagroep Europa', kind: 'keuzesessie', round: 'ronde-1' },
        { code: 'werk', title: 'Themagroep Werk', kind: 'keuzesessie', round: 'ronde-2' },
        { code: 'zorg', title: 'Themagroep Zorg', kind: 'keuzesessie', round: 'ronde-2' },
        { code: 'borrel', title: 'Netwerkborrel', kind: 'borrel', start: '12:30', end: '14:00' },
      ]),
      rounds: [
        { code: 'ronde-1', name: 'Eerste ronde', start: '10:30', end: '11:30', number: 1 },
        { code: 'ronde-2', name: 'Tweede ronde', start: '11:30', end: '12:30', number: 2 },
      ],
    }]).answererAt('2024-05-16T09:00:00+02:00');
    for (const q of ['wat was er allemaal in de laatste ronde voor de borrel', 'welke sessies zijn er in de tweede ronde voor de borrel']) {
      expect([q, codesOf(eta.answer(q)).sort()]).toEqual([q, ['werk', 'zorg']]);
    }
    // Without a round, "voor de borrel" is still what comes just before it.
    expect(codesOf(eta.answer('wat is er vlak voor de borrel')).sort()).toEqual(['werk', 'zorg']);
  });

  it('afterAThingNamed_askedForSessionsToChoose_skipsTheBreak', () => {
    const eta = answerWorld([oneDayNetwerkdag('Etastad', '2024-05-16', 'ambtelijk', [
      { code: 'keynote', title: 'Keynote over de stad', kind: 'plenair', start: '10:00', end: '11:00' },
      { code: 'pauze', title: 'Pauze', kind: 'pauze', start: '11:00', end: '11:15' },
      { code: 'a', title: 'Wonen in de wijk', kind: 'keuzesessie', start: '11:15', end: '12:15' },
      { code: 'b', title: 'Werk en inkomen', kind: 'keuzesessie', start: '11:15', end: '12:15' },
    ])]).answererAt('2024-05-16T08:30:00+02:00');
    for (const q of ['welke sessies kan ik na de keynote kiezen?', 'wat kan ik doen na de keynote']) expect([q, codesOf(eta.answer(q)).sort()]).toEqual([q, ['a', 'b']]);
    // What comes next, asked as such, is the break.
    expect(codesOf(eta.answer('wat komt er na de keynote'))).toEqual(['pauze']);
  });

  it('afterAThingNamed_onADayWithoutTimes_isWhatComesNextInTheProgrammesOrder_wholeRound', () => {
    const theta = answerWorld([{
      ...oneDayNetwerkdag('Thetastad', '2024-05-16', 'ambtelijk', [
        { code: 'plenair', title: 'Plenair: de campus van de toekomst', kind: 'plenair', start: null, end: null },
        { code: 'r1-a', title: 'Spoorzones ontwikkelen', kind: 'keuzesessie', round: 'ronde-1', start: null, end: null },
        { code: 'r1-b', title: 'Leefbare wijken', kind: 'keuzesessie', round: 'ronde-1', start: null, end: null },
        { code: 'lunch', title: 'Lunch', kind: 'lunch', start: null, end: null },
      ]),
      rounds: [{ code: 'ronde-1', name: 'Keuzesessies ronde 1', start: null, end: null, number: 1 }],
    }]).answererAt('2024-05-16T08:30:00+02:00');
    for (const q of ['wat kon je kiezen na het plenaire deel in thetastad', 'wat kwam er na de campus van de toekomst in thetastad']) {
      expect([q, codesOf(theta.answer(q)).sort()]).toEqual([q, ['r1-a', 'r1-b']]);
    }
    expect(codesOf(theta.answer('wat kwam er na leefbare wijken in thetastad'))).toEqual(['lunch']);
  });

  it('severalFitEqually_theOneTheConversationWasAbout_isTheAnswer', () => {
    const world = answerWorld([oneDayNetwerkdag('Iotastad', '2024-05-16', 'ambtelijk', [
      { code: 'wijk', title: 'Wonen in de wijk', kind: 'keuzesessie', start: '10:00', end: '11:00', people: [{ name: 'Anna Wit', role: 'spreker' }] },
      { code: 'stad', title: 'Wonen in de stad', kind: 'keuzesessie', start: '10:00', end: '11:00', people: [{ name: 'Bert Zwart', role: 'spreker' }] },
    ])]);
    const iota = world.answererAt('2024-05-16T08:30:00+02:00');
    const stad = world.store.getSessionByCode(world.store.getEventBySlug('2024-05-16-iotastad')!.id, 'stad')!.id;
    expect(codesOf(iota.answer('wie spreekt er bij wonen?', { lastSessionId: stad }))).toEqual(['stad']);
    // Without that conversation: both, and which one is meant is asked.
    expect(codesOf(iota.answer('wie spreekt er bij wonen?')).sort()).toEqual(['stad', 'wijk']);
  });

  it('whenOrWhereSomeoneByFunctionIs_isTheSessionTheyAreIn_hereOrWhereTheyAre', () => {
    // Only Betadorp's closing debate has a wethouder and a vicevoorzitter; the conversation is on the Alfastad morning.
    for (const q of ['wanneer spreekt de wethouder?', 'hoe laat is de wethouder aan de beurt', 'waar spreekt de vicevoorzitter?']) {
      const a = ask(q);
      expect([q, codesOf(a), 'context' in a && a.context.event.slug]).toEqual([q, ['slot'], '2025-06-04-betadorp']);
    }
  });

  it('aboutWordsNoProgrammeHas_atATime_isNothingFound_notWhatRunsThen', () => {
    const a = ask('iets over hittestress of wateroverlast vanmiddag?');
    expect(a.kind === 'notFound' && a.terms).toEqual(['hittestress', 'wateroverlast']);
    expect(kind(ask('is er in ronde 2 iets over blockchain'))).toBe('notFound');
    // Without "over", the time is what is asked: what runs then.
    expect(kind(ask('wat is er vanmiddag'))).not.toBe('notFound');
  });

  it('followUp_daarDeVoorzitter_isTheChairOfWhoeverOrganisedThePreviousSession', () => {
    const alfa = w.store.getEventBySlug('2026-03-10-alfastad')!.id;
    const cultuur = w.store.getSessionByCode(alfa, 'r2-cultuur')!.id;
    const a = ask('en wie is daar de voorzitter van?', ALFA_MORNING, { lastSessionId: cultuur });

    expect(a.kind === 'person' && a.people.map((p) => p.name)).toEqual(['Lotte Jansma']);
  });

  it('roleThisNetwerkdagLacks_isLookedUpWhereTheProgrammeNamesIt_andSaysSo', () => {
    const beta = w.store.getEventBySlug('2025-06-04-betadorp')!.id;
    const a = ask('wie was de dag voorzitter', QUIET_DAY, { lastEventId: beta });

    expect(a.kind === 'event' && [a.context.event.city, a.context.choice, a.people.map((p) => p.name)]).toEqual(['Alfastad', 'found', ['Joris Vermeer']]);
  });

  it('socialAndEnglish', () => {
    expect([kind(ask('hallo')), kind(ask('bedankt!')), kind(ask('doei'))]).toEqual(['social', 'social', 'social']);
    const en = ask('where is the opening?');
    expect(en.kind === 'session' && [en.session.code, en.english]).toEqual(['opening', true]);
  });

  it('afterSomethingNamed_isWhatStartsFirstOnceThatHasEnded', () => {
    for (const q of ['wat komt er na de opening?', 'wat is er na de openng', 'na opening', 'wie spreekt er na Anke Bakker']) {
      expect([q, codesOf(ask(q)).sort()]).toEqual([q, ['r1-mobiliteit', 'r1-woningbouw']]);
    }
    for (const q of ['wat is er na de tweede ronde', 'wat doen we na ronde 2?', 'en meteen na de 2e ronde']) expect([q, codesOf(ask(q))]).toEqual([q, ['afsluiting']]);
    // The netwerkdag of the thing named, said as found there.
    const other = ask('wat kwam er na de sessie over energietransitie');
    expect(other.kind === 'nothingAt' || other.kind === 'sessions' || other.kind === 'session' ? other.context.event.title : null).toBe('Bestuurlijke netwerkdagen Betadorp');
  });

  it('policyWordsTheProgrammeDoesNotUse_findItsOwnWords', () => {
    // "verkeer" is also one letter from the surname Vermeer: a word of the synonym table is no typo.
    for (const q of ['iets over verkeer?', 'sessie over bereikbaarheid', 'wat is er over vervoer']) expect([q, codesOf(ask(q))]).toEqual([q, ['r1-mobiliteit']]);
    for (const q of ['iets over huizen', 'woningtekort', 'iets over huizen bouwen']) expect([q, codesOf(ask(q)).includes('r1-woningbouw')]).toEqual([q, true]);
  });

  it('aGemeenteWhereNoNetwerkdagWas_isAnsweredAsSuch_butAPersonOfThatCityIsNot', () => {
    const cases: [string, string][] = [['was er een netwerkdag in zwolle', 'Zwolle'], ['programma Groningen', 'Groningen'], ['wie sprak er in Bergen op Zoom', 'Bergen op Zoom']];
    for (const [q, city] of cases) {
      const a = ask(q);
      expect([q, a.kind === 'noEventIn' && a.city]).toEqual([q, city]);
    }
    expect(kind(ask('wat is er in alfastad'))).not.toBe('noEventIn');
    expect(kind(ask('wie is de burgemeester van Zwolle'))).not.toBe('noEventIn');
  });

  it('aGemeenteThatIsAlsoASurnameOnTheProgramme_isThePlace_saidWithANetwerkdagOrProgramme', () => {
    const delta = answerWorld([oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [
        { code: 'gebied', title: 'Gebiedsontwikkeling', kind: 'keuzesessie', start: '11:00', end: '12:00', people: [{ name: 'Maarten Hoorn', role: 'spreker', function: 'expert' }] },
    ])]).answererAt(ALFA_MORNING);
    for (const q of ['welke sessies waren er op de netwerkdag in Hoorn?', 'programma hoorn netwerkdag']) {
      const a = delta.answer(q);
      expect([q, a.kind === 'noEventIn' && a.city]).toEqual([q, 'Hoorn']);
    }
    expect(delta.answer('wat deed maarten hoorn').kind).not.toBe('noEventIn');
    // A kind of netwerkdag said with the gemeente narrows nothing: there is none there.
    expect(delta.answer('welke sessies waren er op de ambtelijke netwerkdag in Dordrecht?').kind).toBe('noEventIn');
  });

  it('whereOrWhenOfTheSessionAboutATopic_isTheBestMatch_whileWhichSessionsAreAllThatFit', () => {
    expect(codesOf(ask('welke sessies gaan over de stad')).sort()).toEqual(['r1-mobiliteit', 'r2-cultuur']);
    expect(codesOf(ask('in welke zaal is de sessie over de stad'))).toEqual(['r1-mobiliteit']);
    expect(codesOf(ask('hoe laat begint de sessie over de stad'))).toEqual(['r1-mobiliteit']);
  });

  it('aTitleThatSaysIt_beatsATextThatMerelyMentionsIt_evenWhenAllThatFitAreAskedFor', () => {
    // "Energie in de wijk" has the wijk in its title; the terugblik names "warmte in de wijk" once among many other things.
    const delta = answerWorld([oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [
        { code: 'energie-wijk', title: 'Energie in de wijk', kind: 'keuzesessie', start: '10:00', end: '11:00', description: 'Over warmtenetten en isolatie.' },
        { code: 'terugblik', title: 'Terugblik', kind: 'plenair', start: '15:00', end: '16:00',
          description: 'Een terugblik op de dag met bezoeken, debatten, gesprekken en ontmoetingen tussen ambtenaren uit veertig steden, over kosten, personeel, regelgeving, huisvesting, jeugd, onderwijs, zorg, veiligheid, cultuur, sport, warmte in de wijk, Europa, financien, bestuur en samenwerking met provincie en Rijk, met aan het eind een vooruitblik.' },
        { code: 'fietsen', title: 'Fietsen', kind: 'keuzesessie', start: '11:00', end: '12:00', description: 'Over fietspaden in de binnenstad.' },
    ])]).answererAt(ALFA_MORNING);
    for (const t of ['is er iets over warmte in de wijk in deltastad', 'welke sessies gaan over warmte in de wijk in deltastad', 'iets over de wijk en warmte in deltastad?']) {
      expect([t, codesOf(delta.answer(t))]).toEqual([t, ['energie-wijk']]);
    }
  });

  it('allSessionsOnATopic_includeATitleThatSaysItInARelatedWord_besideOneThatSaysTheWordItself', () => {
    // words.json: zorg is related to the Wmo. Asked for every session about zorg, the Wmo session's title says it too.
    const delta = answerWorld([oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [
        { code: 'zorg-wijk', title: 'Zorg in de wijk', kind: 'keuzesessie', start: '10:00', end: '11:00', description: 'Over wijkteams.' },
        { code: 'wmo', title: 'De toekomst van de Wmo', kind: 'keuzesessie', start: '11:00', end: '12:00', description: 'Over de houdbaarheid van de wet.' },
        { code: 'fietsen', title: 'Fietsen', kind: 'keuzesessie', start: '11:00', end: '12:00', description: 'Over fietspaden in de binnenstad.' },
    ])]).answererAt(ALFA_MORNING);
    for (const t of ['welke sessies gaan over zorg in deltastad?', 'zorg sessies deltastad', 'alles over zorg in deltastad']) {
      expect([t, codesOf(delta.answer(t)).sort()]).toEqual([t, ['wmo', 'zorg-wijk']]);
    }
    // Asked where the one about zorg is: the title that says the word itself.
    expect(codesOf(delta.answer('in welke zaal is de sessie over zorg in deltastad'))).toEqual(['zorg-wijk']);
  });

  it('aYearNoNetwerkdagWasHeldIn_thatTheProgrammeNames_isATopic_whileANetwerkdagsYearPicksIt', () => {
    const delta = answerWorld([oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [
        { code: 'koers', title: 'Verkenning Nederland 2040', kind: 'keuzesessie', start: '10:00', end: '11:00', description: 'Vier scenario\'s voor het land in 2040.' },
        { code: 'fietsen', title: 'Nederland fietsland', kind: 'keuzesessie', start: '11:00', end: '12:00', description: 'Over fietspaden in de binnenstad.' },
    ])]).answererAt(ALFA_MORNING);
    // (Both titles say "Nederland": the year tells them apart.)
    for (const t of ['wie deed de presentatie over nederland in 2040', 'nederland 2040']) {
      const a = delta.answer(t);
      expect([t, a.kind !== 'unclear' && 'context' in a && a.context.event.city, codesOf(a)]).toEqual([t, 'Deltastad', ['koers']]);
    }
    // 2024 is the year of the netwerkdag in Deltastad: it names that netwerkdag.
    const year = delta.answer('wat was er in 2024 over fietsen');
    expect([year.kind !== 'unclear' && 'context' in year && year.context.event.city, codesOf(year)]).toEqual(['Deltastad', ['fietsen']]);
  });

  it('geopendOrWelkomstwoord_isTheOpening', () => {
    for (const t of ['door wie werd de dag geopend?', 'welkomstwoord door wie', 'wie verzorgt het openingswoord']) expect([t, codesOf(ask(t))]).toEqual([t, ['opening']]);
  });

  it('aWordForExcursionsThatAnotherProgrammeTitlesWith_isThoseExcursions_notTodaysWalk', () => {
    const delta = answerWorld([oneDayNetwerkdag('Deltastad', '2024-05-16', 'bestuurlijk', [
        { code: 'safari-1', title: 'Stadssafari 1: de haven', kind: 'excursie', start: '14:00', end: '16:00' },
        { code: 'safari-2', title: 'Stadssafari 2: het stadhuis', kind: 'excursie', start: '14:00', end: '16:00' },
    ])]).answererAt(ALFA_MORNING);
    for (const t of ['welke stadssafaris waren er', 'welke stadssafari\'s konden deelnemers kiezen']) expect([t, codesOf(delta.answer(t)).sort()]).toEqual([t, ['safari-1', 'safari-2']]);
    // Excursions by their own name are today's walk.
    expect(codesOf(delta.answer('welke excursies zijn er vandaag'))).toEqual(['wandeling-haven']);
  });

  it('theEndOfTheDay_isWhatTheProgrammeEndsWith_evenWhenItGivesThatNoTime', () => {
    const delta = answerWorld([oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [
        { code: 'debat', title: 'Slotdebat', kind: 'plenair', start: '15:00', end: '16:00' },
        { code: 'borrel', title: 'Nazit en borrel', kind: 'borrel', start: null, end: null },
        // Listed at the end as not meeting: not how the day ended.
        { code: 'tg-niet', title: 'Themagroep Havens', kind: 'overleg', start: null, end: null, status: 'vervalt' },
    ])]).answererAt(ALFA_MORNING);
    for (const t of ['hoe werd de dag in deltastad afgesloten?', 'wie sloot de dag af in deltastad', 'hoe eindigde de dag in deltastad']) {
      expect([t, codesOf(delta.answer(t))]).toEqual([t, ['borrel']]);
    }
    // With times throughout, the last timed part; "het slot" is the closing.
    for (const t of ['wat is er aan het eind van de dag', 'wie sluit de dag af', 'wie spreekt bij het slot']) expect([t, codesOf(ask(t))]).toEqual([t, ['afsluiting']]);
  });

  it('whereWasItWithAGuessAtTheBuilding_isWhereTheNetwerkdagWas', () => {
    for (const t of ['waar was het in betadorp, stadhuis of zo?', 'waar was betadorp, in een theater?']) {
      const a = ask(t);
      expect([t, a.kind === 'event' && [a.context.event.city, a.focus]]).toEqual([t, ['Betadorp', 'where']]);
    }
  });

  it('whereSomethingWithoutAPlaceIs_saysWhatItsNotesSayAboutThePlace', () => {
    const delta = answerWorld([oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [
        { code: 'polder', title: 'Wandeling door de polder', kind: 'wandeling', start: '12:00', end: '13:00', notes: ['Vertrekt vanaf het station.', 'Neem laarzen mee.'] },
    ])]).answererAt(ALFA_MORNING);
    const a = delta.answer('waar begint de wandeling door de polder?');
    expect(a.kind === 'session' && [a.session.code, a.placeNotes]).toEqual(['polder', ['Vertrekt vanaf het station.']]);
    // Asked when, the notes about the place are not part of the answer.
    const when = delta.answer('hoe laat is de wandeling door de polder?');
    expect(when.kind === 'session' && when.placeNotes).toBeUndefined();
  });

  it('aWordNoProgrammeHas_saidOfTheLunch_isSomethingTheProgrammeDoesNotSay', () => {
    const delta = answerWorld([oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [
        { code: 'lunch', title: 'Lunch', kind: 'lunch', start: '12:00', end: '13:00' },
        { code: 'wandeling', title: 'Lunchwandeling langs de haven', kind: 'wandeling', start: '12:15', end: '12:45' },
    ])]).answererAt(ALFA_MORNING);
    for (const q of ['was er een vegetarische optie bij de lunch in deltastad?', 'glutenvrij eten lunch deltastad', 'wat was het menu bij de lunch in deltastad']) {
      const a = delta.answer(q);
      expect([q, a.kind]).toEqual([q, 'notFound']);
    }
    // Asked what there was to do then, it is the lunch's programme.
    expect(codesOf(delta.answer('wat kon je doen tijdens de lunch in deltastad'))).toContain('wandeling');
  });

  it('aFunctionInThePlural_listsEveryHolder_andSaysSo_whileTheSingularAsksForOne', () => {
    const delta = answerWorld([oneDayNetwerkdag('Deltastad', '2024-05-16', 'bestuurlijk', [
        { code: 'opening', title: 'Opening', kind: 'plenair', start: '10:00', end: '10:30', people: [{ name: 'Anke Krommerin', role: 'spreker', function: 'burgemeester' }] },
        { code: 'haven', title: 'Havens en logistiek', kind: 'keuzesessie', start: '11:00', end: '12:00', people: [{ name: 'Joost Terwal', role: 'moderator', function: 'burgemeester' }] },
    ])]).answererAt(ALFA_MORNING);
    const plural = delta.answer('welke burgemeesters waren er in deltastad');
    expect([plural.kind, plural.kind === 'person' && plural.people.length, plural.kind === 'person' && plural.listed]).toEqual(['person', 2, true]);
    const one = delta.answer('welke burgemeester opende in deltastad');
    expect(one.kind === 'person' && one.listed).toBeFalsy();
  });

  it('aClockWindow_isWhatRunsAtItsStartAndWhatBeginsBeforeItsEnd', () => {
    const delta = answerWorld([oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [
        { code: 'debat', title: 'Openingsdebat', kind: 'plenair', start: '13:00', end: '14:30' },
        { code: 'pijler', title: 'Pijleroverleg', kind: 'overleg', start: '14:45', end: '16:00' },
        { code: 'borrel', title: 'Borrel', kind: 'borrel', start: '16:00', end: '17:00' },
    ])]).answererAt(ALFA_MORNING);
    const a = delta.answer('wat was er tussen 13.20 en 16.00 in deltastad');
    expect([codesOf(a), a.kind === 'sessions' && [a.reason, a.at, a.to]]).toEqual([['debat', 'pijler'], ['window', '13:20', '16:00']]);
    // At one time, only what runs then.
    expect(codesOf(delta.answer('wat was er om 13.20 in deltastad'))).toEqual(['debat']);
  });

  it('theAfternoon_onADayWhoseLunchBeginsAfterNoon_isWhatFollowsTheLunch', () => {
    const world = (lunchStart: string) => answerWorld([oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [
        { code: 'vroeg', title: 'Havens en logistiek', kind: 'keuzesessie', start: '12:00', end: '13:00' },
        { code: 'lunch', title: 'Lunch', kind: 'lunch', start: lunchStart, end: '14:00' },
        { code: 'laat', title: 'Dijken en duinen', kind: 'keuzesessie', start: '14:00', end: '15:00' },
    ])]).answererAt(ALFA_MORNING);
    for (const t of ['welke keuzesessies waren er in de middag in deltastad', "welke keuzesessies waren 's middags in deltastad"]) {
      expect([t, codesOf(world('13:00').answer(t))]).toEqual([t, ['laat']]);
      // With the lunch at noon, the afternoon begins at noon as ever.
      expect([t, codesOf(world('12:00').answer(t)).sort()]).toEqual([t, ['laat', 'vroeg']]);
    }
    expect(codesOf(world('13:00').answer("wat was er 's middags in deltastad")).sort()).toEqual(['laat', 'lunch']);
  });

  it('aFactDeepInADescription_isTheSentenceHoldingTheAskedWordsTheTitleDoesNot', () => {
    const delta = answerWorld([oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [
        {
          code: 'wijken', title: 'Sterke wijken', kind: 'keuzesessie', start: '12:00', end: '13:00',
          description: 'Over de aanpak in de wijken. Eerst een onderzoek naar eenzaamheid. Daarna de aanpak voor mantelzorgers in Epsilonburg, als voorbeeld.',
        },
    ])]).answererAt(ALFA_MORNING);
    const a = delta.answer('welke stad was het voorbeeld bij de aanpak voor mantelzorgers in sterke wijken in deltastad?');
    expect(a.kind === 'session' && [a.session.code, a.passage]).toEqual(['wijken', 'Daarna de aanpak voor mantelzorgers in Epsilonburg, als voorbeeld.']);
    // Words only the title holds name the session; they ask no fact of its text.
    const b = delta.answer('wanneer was sterke wijken in deltastad?');
    expect(b.kind === 'session' && b.passage).toBeUndefined();
  });

  it('aCountOfSomethingNoProgrammeCounts_isNothingFound_notTheSessionsThatMentionIt', () => {
    // "woningen" is in the description of Woningbouw versnellen; how many a city builds is not in the programme.
    const a = ask('hoeveel woningen bouwt alfastad per jaar?');
    expect([a.kind, a.kind === 'notFound' && a.terms]).toEqual(['notFound', ['woningen']]);
    for (const t of ['hoeveel sessies zijn er vandaag', 'hoeveel rondes zijn er', 'hoeveel sprekers zijn er bij de opening']) expect([t, kind(ask(t))]).not.toEqual([t, 'notFound']);
  });

  it('aThemagroepsNameAlone_onADayItHasNothing_isWhatItDidOnTheNetwerkdagen', () => {
    // On the Betadorp day the Themagroep Cultuur has nothing; in Alfastad it has "Cultuur als motor".
    const a = ask('themagroep cultuur', '2025-06-04T10:00:00+02:00');
    expect(a.kind === 'organiser' && a.appearances.map((x) => [x.event.city, x.sessions.map((s) => s.code)])).toEqual([['Alfastad', ['r2-cultuur']]]);
    // On a day it has something, that.
    expect(codesOf(ask('themagroep cultuur'))).toEqual(['r2-cultuur']);
  });

  it('beforeOrAfterARound_isWhatComesRightBeforeOrAfterIt_notWhatIsInIt', () => {
    expect(codesOf(ask('wat is er voor de eerste ronde?'))).toEqual(['opening']);
    expect(codesOf(ask('wat is er na ronde 2'))).toEqual(['afsluiting']);
    expect(codesOf(ask('is er een lunch voor de tweede ronde?'))).toEqual(['lunch']);
    // In it, as before.
    expect(codesOf(ask('wat is er in de eerste ronde')).sort()).toEqual(['r1-mobiliteit', 'r1-woningbouw']);
  });

  it('aRequestForWork_isNotAnsweredWithSessions', () => {
    for (const t of ['schrijf een gedichtje over woningbouw', 'verzin een grap over mobiliteit in de binnenstad']) expect([t, kind(ask(t))]).toEqual([t, 'notFound']);
    // The verb inside a question is just a word.
    expect(codesOf(ask('wie schrijft er over woningbouw'))).toEqual(['r1-woningbouw']);
  });

  it('overleg_isAKindOfSession_soAListOfThemIsTheMeetings', () => {
    expect(codesOf(ask('welke overleggen zijn er vandaag'))).toEqual(['r2-wonen-overleg']);
  });

  it('aWordNoProgrammeHas_withOnlyAWordSaidOfNearlyEverything_isNothingFound_butBesideARealTopicTheTopicCounts', () => {
    // "stad" is said of a third of the made-up sessions; "mobiliteit" of one.
    const none = ask('is er iets over blockchain in de stad');
    expect([none.kind, none.kind === 'notFound' && none.terms]).toEqual(['notFound', ['blockchain']]);
    expect(codesOf(ask('is er iets over blockchain en mobiliteit'))).toEqual(['r1-mobiliteit']);
  });

  it('theFirstItem_isTheWalkInToo_theFirstSessionIsTheProgrammeProper', () => {
    const epsilon = answerWorld([oneDayNetwerkdag('Epsilonstad', '2024-06-06', 'ambtelijk', [
        { code: 'inloop', title: 'Inloop met koffie', kind: 'inloop', start: '09:00', end: '09:30' },
        { code: 'opening', title: 'Opening', kind: 'plenair', start: '09:30', end: '10:00' },
        { code: 'debat', title: 'Debat', kind: 'plenair', start: '10:00', end: '11:00' },
    ])]).answererAt(ALFA_MORNING);
    expect(codesOf(epsilon.answer('wat was het eerste onderdeel in epsilonstad'))).toEqual(['inloop']);
    expect(codesOf(epsilon.answer('wat was de eerste sessie in epsilonstad'))).toEqual(['opening']);
  });

  it('whoWithAFunction_whereADescriptionNamesWhatHappened_isThatSession', () => {
    const zeta = answerWorld([oneDayNetwerkdag('Zetastad', '2024-09-12', 'bestuurlijk', [
        { code: 'opening', title: 'Opening', kind: 'plenair', start: '10:00', end: '10:30', people: [{ name: 'Jan Jansen', role: 'spreker', function: 'burgemeester van Zetastad' }] },
        { code: 'slot', title: 'Slotakkoord', kind: 'plenair', start: '16:00', end: '16:30', description: 'De voorzitter draagt het stokje over aan een nieuwe voorzitter.',
          people: [{ name: 'Piet Post', role: 'spreker', function: 'burgemeester van Omegadorp' }] },
    ])]).answererAt(ALFA_MORNING);
    expect(codesOf(zeta.answer('aan welke burgemeester wordt het stokje overgedragen in zetastad'))).toEqual(['slot']);
    // No netwerkdag named, and nothing like it today in Alfastad: where a description does say it, said as found there.
    const elsewhere = zeta.answer('aan welke burgemeester werd het stokje overgedragen');
    expect([codesOf(elsewhere), elsewhere.kind === 'session' && elsewhere.context.event.city, elsewhere.kind === 'session' && elsewhere.context.choice]).toEqual([['slot'], 'Zetastad', 'found']);
  });

  it('whichPersonHoldsAFunctionInAGroup_isThatPerson_notAllTheGroupDid', () => {
    for (const t of ['welke voorzitter heeft de themagroep cultuur', 'welke persoon is voorzitter van de themagroep cultuur']) {
      const a = ask(t);
      expect([t, a.kind, a.kind === 'person' && a.people.map((p) => p.name)]).toEqual([t, 'person', ['Lotte Jansma']]);
    }
  });

  it('theNetwerkdagenOfOnePlace_areThatNetwerkdag_withItsDays', () => {
    for (const q of ['op welke dagen waren de netwerkdagen in Betadorp?', 'wanneer waren de netwerkdagen in betadorp']) {
      const a = ask(q);
      expect([q, a.kind, a.kind === 'event' && [a.context.event.title, a.focus]]).toEqual([q, 'event', ['Bestuurlijke netwerkdagen Betadorp', 'when']]);
    }
    expect(kind(ask('welke netwerkdagen zijn er geweest'))).toBe('events');
    // Their theme is what they were about.
    for (const q of ['welk thema hadden de netwerkdagen in Betadorp?', 'wat was het thema van de netwerkdagen in betadorp']) {
      const a = ask(q);
      expect([q, a.kind, a.kind === 'event' && a.focus]).toEqual([q, 'event', 'what']);
    }
  });

  it('aFunctionAtTheSessionTheWordsName_isThatSession_withThem', () => {
    for (const q of ['welke burgemeester heette ons welkom?', 'welke burgemeester sprak bij de opening']) {
      const a = ask(q);
      // The session with everyone there, not a profile of every burgemeester on the programme.
      expect([q, a.kind, codesOf(a)]).toEqual([q, 'session', ['opening']]);
    }
    // "voorzitter" is also a role nobody has there: the function still finds the session its title names.
    const chair = ask('welke voorzitter leidt de sessie cultuur als motor');
    expect([chair.kind, codesOf(chair)]).toEqual(['session', ['r2-cultuur']]);
  });

  it('whichPijlers_theirOwnMeetings_notASessionTheyShareWithAThemagroep', () => {
    // (Of no netwerkdag or day, "welke pijlers zijn er" asks for the G40's pijlers themselves: see below.)
    for (const q of ['welke pijlers zijn er vandaag', 'pijlers alfastad']) expect([q, codesOf(ask(q))]).toEqual([q, ['r1-mobiliteit']]);
    expect(codesOf(ask('welke themagroepen zijn er vandaag')).sort()).toEqual(['r1-woningbouw', 'r2-cultuur', 'r2-wonen-overleg']);
  });

  it('whenDoesItStart_afterAnAnswerAboutASession_isThatSession_elseTheDay', () => {
    const alfa = w.store.getEventBySlug('2026-03-10-alfastad')!.id;
    const session = w.store.getSessionByCode(alfa, 'r1-woningbouw')!;
    const after = ask('hoe laat begint het?', ALFA_MORNING, { lastEventId: alfa, lastSessionId: session.id });
    expect(after.kind === 'session' && [after.session.code, after.focus]).toEqual(['r1-woningbouw', 'when']);
    expect(kind(ask('hoe laat begint het?'))).toBe('event');
  });

  it('followUp_enInX_afterAFollowUpAboutASession_isThatSessionsCounterpartThere', () => {
    const alfa = w.store.getEventBySlug('2026-03-10-alfastad')!.id;
    const mobility = w.store.getSessionByCode(alfa, 'r1-mobiliteit')!;
    // The conversation: "waar is mobiliteit in de binnenstad?", then "en hoe laat?"; now "en in betadorp?".
    const a = ask('en in betadorp?', ALFA_MORNING, { lastQuestion: 'en hoe laat?', lastSessionId: mobility.id, lastEventId: alfa });
    // The same organiser's session there (the Ruimtelijke pijler's), and still "when".
    expect(a.kind === 'session' && [a.session.code, a.focus]).toEqual(['energie', 'when']);
  });

  it('followUp_aBareQuestionWord_asksThePreviousQuestionThatWay_orAboutThePreviousSession', () => {
    const alfa = w.store.getEventBySlug('2026-03-10-alfastad')!.id;
    // After a list of the first round: its time.
    const round = ask('hoe laat?', ALFA_MORNING, { lastQuestion: 'wat is er in de eerste ronde', lastEventId: alfa });
    expect([round.kind, codesOf(round).sort()]).toEqual(['round', ['r1-mobiliteit', 'r1-woningbouw']]);
    // After one session: until when that session runs.
    const session = w.store.getSessionByCode(alfa, 'r1-woningbouw')!;
    const until = ask('tot hoe laat?', ALFA_MORNING, { lastEventId: alfa, lastSessionId: session.id });
    expect(until.kind === 'session' && until.session.code).toBe('r1-woningbouw');
    // Asked fresh, or with "we": the day.
    expect(kind(ask('tot hoe laat?'))).toBe('event');
    expect(kind(ask('tot hoe laat zijn we bezig?', ALFA_MORNING, { lastEventId: alfa, lastSessionId: session.id }))).toBe('event');
  });

  it('aPersonNamed_withWordsThatFitNoneOfTheirSessions_isStillThatPersonsSession', () => {
    // "haven" is on the programme, but not at Karel de Vries's session: his session, not "niets gevonden".
    expect(codesOf(ask('waar spreekt Karel de Vries bij de haven'))).toEqual(['r1-woningbouw']);
  });

  it('netwerkdagenForBestuurders_areTheBestuurlijkeNetwerkdagen', () => {
    // Betadorp is the one bestuurlijke: that netwerkdag with its days, not a question about people called "bestuurder".
    const a = ask('welke netwerkdagen waren er voor bestuurders');
    expect(a.kind === 'event' && [a.context.event.city, a.focus]).toEqual(['Betadorp', 'when']);
  });

  it('whomTheNetwerkdagIsFor_isWhatItsProgrammeSays_orThatItSaysNothing', () => {
    for (const q of ['voor wie is de netwerkdag bedoeld?', 'doelgroep alfastad', 'wie mogen er komen']) {
      const a = ask(q);
      expect([q, a.kind === 'event' && a.audience]).toEqual([q, ['Voor wie: ambtenaren van de G40-steden en hun partners.']]);
    }
    const beta = ask('voor wie was de netwerkdag in betadorp bedoeld');
    expect(beta.kind === 'event' && beta.audience).toEqual([]);
  });

  it('theOpeningOfADayNoTitleCallsThat_isHowTheDayBegins_inProgrammeOrderWithoutTimes', () => {
    const delta = answerWorld([{ ...oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [
      { code: 'inloop', title: 'Inloop', kind: 'inloop', start: null, end: null },
      { code: 'plenair', title: 'Plenair: de stad van morgen', kind: 'plenair', start: null, end: null,
        people: [{ name: 'Lotte Smit', role: 'spreker', function: 'burgemeester' }] },
      { code: 'r1-a', title: 'Havens', kind: 'keuzesessie', round: 'ronde-1', start: null, end: null },
      { code: 'r1-b', title: 'Dijken', kind: 'keuzesessie', round: 'ronde-1', start: null, end: null },
    ]), rounds: [{ code: 'ronde-1', name: 'Eerste ronde', start: null, end: null, number: 1 }] }]).answererAt(ALFA_MORNING);
    for (const t of ['wie waren de sprekers bij de opening in deltastad', 'opening deltastad', 'wie deed het welkom in deltastad']) {
      expect([t, codesOf(delta.answer(t))]).toEqual([t, ['plenair']]);
    }
    // The last round's sessions run side by side: the day ended with all of them.
    expect(codesOf(delta.answer('wat was de afsluiting in deltastad')).sort()).toEqual(['r1-a', 'r1-b']);
    // A day with a session titled so: that session.
    expect(codesOf(ask('wie spreekt bij de opening'))).toEqual(['opening']);
  });

  it('whereSomeoneSpoke_whoIsOnSeveralNetwerkdagen_isAllOfThem_unlessADayOrNetwerkdagIsSaid', () => {
    for (const t of ['waar sprak joris vermeer', 'joris vermeer, waar sprak die', 'wanneer spreekt Joris Vermeer']) {
      const a = ask(t);
      expect([t, a.kind === 'person' && a.people[0]!.appearances.map((x) => x.event.city)]).toEqual([t, ['Alfastad', 'Betadorp']]);
    }
    expect(codesOf(ask('waar spreekt joris vermeer vandaag'))).toEqual(['opening']);
    expect(codesOf(ask('waar sprak joris vermeer in betadorp'))).toEqual(['energie']);
    // On one netwerkdag only: that session, with its room.
    expect(kind(ask('waar spreekt karel de vries'))).toBe('session');
  });

  it('theAskedWordsSideBySideInATitle_nameThatSession_alsoAgainstANearerNetwerkdag', () => {
    const world = answerWorld([
      oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [
        { code: 'data-named', title: 'Datagedreven gebiedsontwikkeling versnellen, van willen naar doen', kind: 'keuzesessie', start: '10:00', end: '11:00' },
      ]),
      oneDayNetwerkdag('Epsilonstad', '2025-09-12', 'ambtelijk', [
        { code: 'data-apart', title: 'Gebiedsontwikkeling, datagedreven', kind: 'keuzesessie', start: '10:00', end: '11:00' },
      ]),
    ]).answererAt(ALFA_MORNING);
    for (const t of ['datagedreven gebiedsontwikkeling', 'sessie datagedreven gebiedsontwikkeling?', 'wanneer was datagedreven gebiedsontwikkeling']) {
      const a = world.answer(t);
      expect([t, codesOf(a), 'context' in a && a.context.event.city]).toEqual([t, ['data-named'], 'Deltastad']);
    }
  });

  it('everythingAfterTheLunch_isTheRestOfTheDay_andStraksWithATimeIsThatTime', () => {
    expect(codesOf(ask('wat is er allemaal na de lunch'))).toEqual(['r2-cultuur', 'r2-wonen-overleg', 'afsluiting']);
    expect(codesOf(ask('wat is er na de lunch'))).toEqual(['r2-cultuur', 'r2-wonen-overleg']);
    // "straks" says it is today; the time said decides what is meant (not whatever comes next).
    expect(codesOf(ask('wat is er straks na de lunch'))).toEqual(['r2-cultuur', 'r2-wonen-overleg']);
    expect(codesOf(ask('wat is er straks om 2 uur'))).toEqual(['r2-cultuur', 'r2-wonen-overleg']);
    expect(codesOf(ask('wat is er straks'))).toEqual(['opening']);
    // With an organiser, a topic or a person, "straks" only says today: that one's session today, not whatever comes next.
    const straks: [string, string[]][] = [
      ['wat doet wonen en bouwen straks', ['r1-woningbouw', 'r2-wonen-overleg']],
      ['straks iets over cultuur?', ['r2-cultuur']],
      ['waar spreekt karel de vries straks', ['r1-woningbouw']],
    ];
    for (const [t, codes] of straks) expect([t, codesOf(ask(t))]).toEqual([t, codes]);
  });

  it('askedOfEveryNetwerkdag_isWhatFitsOnEachOfThem_newestFirst', () => {
    const delta = answerWorld([oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [
      { code: 'energie-wijk', title: 'Energie in de buurt', kind: 'keuzesessie', start: '10:00', end: '11:00', description: 'Over warmtenetten.',
        people: [{ name: 'Lotte Smit', role: 'spreker', function: 'onderzoeker bij Kennisbureau Noord' }] },
      { code: 'bibliotheek', title: 'De bibliotheek van morgen', kind: 'keuzesessie', start: '11:00', end: '12:00', description: 'Over lezen en ontmoeten.' },
    ])]).answererAt(ALFA_MORNING);
    const where = (a: Answer) => (a.kind === 'across' ? a.appearances.map((x) => [x.event.city, x.sessions.map((s) => s.code)]) : a.kind);
    for (const t of ['op welke netwerkdagen ging het over energie?', 'energie op alle netwerkdagen', 'wanneer was energie allemaal aan de orde bij de netwerkdagen']) {
      expect([t, where(delta.answer(t))]).toEqual([t, [['Betadorp', ['energie']], ['Deltastad', ['energie-wijk']]]]);
    }
    // A partner that organises nothing, named in the people's functions and texts.
    for (const t of ['bij welke netwerkdagen was Kennisbureau Noord betrokken?', 'kennisbureau noord netwerkdagen', 'waar deed het kennisbureau noord allemaal iets']) {
      expect([t, where(delta.answer(t))]).toEqual([t, [['Alfastad', ['r1-woningbouw']], ['Deltastad', ['energie-wijk']]]]);
    }
    // On one netwerkdag only: that one's sessions, as any question; nowhere: the netwerkdagen themselves are still listed.
    expect(codesOf(delta.answer('op welke netwerkdagen ging het over de bibliotheek?'))).toEqual(['bibliotheek']);
    expect(delta.answer('welke netwerkdagen zijn er tot nu toe geweest?').kind).toBe('events');
  });

  it('anOrganiserAcrossNetwerkdagen_isNotNarrowedByWordsOnlySaidInPassing', () => {
    const delta = answerWorld([oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [
      { code: 'wonen-delta', title: 'Bouwen in de polder', kind: 'keuzesessie', start: '10:00', end: '11:00', organisers: ['tg-wonen'], description: 'Een gezamenlijke sessie met de provincie.' },
    ])]).answererAt(ALFA_MORNING);
    const where = (a: Answer) => (a.kind === 'across' ? a.appearances.map((x) => x.event.city) : [a.kind, codesOf(a)]);
    for (const t of ['bij welke netwerkdagen had TWB een eigen of gezamenlijke sessie?', 'op welke netwerkdagen had de themagroep wonen en bouwen een gezamenlijke sessie']) {
      expect([t, where(delta.answer(t))]).toEqual([t, ['Alfastad', 'Deltastad']]);
    }
    // A word of a title still narrows.
    expect(where(delta.answer('bij welke netwerkdagen had TWB een sessie over de polder?'))).toEqual(['session', ['wonen-delta']]);
  });

  it('aWordNoProgrammeHas_withOnlyTheDay_findsNothing_notTheDaysProgrammeOrTheme', () => {
    for (const t of ['is er iets over skills vandaag', 'vandaag iets met blockchain?']) expect([t, kind(ask(t))]).toEqual([t, 'notFound']);
    expect(kind(ask('wat is er vandaag'))).toBe('programme');
    expect(kind(ask('waar gaat het vandaag over'))).toBe('event');
  });

  it('introducingOneself_withAFunction_asksNothingAboutThatFunction', () => {
    expect(codesOf(ask('ik ben burgemeester, welke sessie over woningbouw raad je aan'))).toEqual(['r1-woningbouw']);
    expect(kind(ask('welke burgemeester spreekt er vandaag'))).not.toBe('notFound');
  });

  it('aFunctionAndATopic_onAnotherNetwerkdag_onlyWithoutToday', () => {
    // Joris Vermeer, voorzitter, spoke about netcongestie in Betadorp.
    expect(codesOf(ask('welke voorzitter sprak over netcongestie'))).toEqual(['energie']);
    expect(codesOf(ask('welke voorzitter spreekt vandaag over netcongestie'))).toEqual([]);
  });

  it('whatIMissed_arrivingAtATime_isWhatBeganBeforeIt', () => {
    for (const t of ['ik kom om 11 uur binnen, wat heb ik gemist', 'ik was er pas om 11 uur, wat heb ik gemist?']) {
      const a = ask(t);
      expect([t, codesOf(a), a.kind === 'sessions' && a.reason]).toEqual([t, ['opening', 'r1-woningbouw', 'r1-mobiliteit'], 'until']);
    }
    // Leaving at a time: what one misses is what runs then and after.
    expect(codesOf(ask('om 11 uur weg, wat mis ik?'))).toContain('afsluiting');
  });

  it('aStartOrEndTime_ofARoundNamed_isTheRounds_notTheDays', () => {
    for (const t of ['begintijd ronde 2', 'eindtijd tweede ronde']) {
      const a = ask(t);
      expect([t, a.kind, a.kind === 'round' && a.rounds.map((r) => r.round.number)]).toEqual([t, 'round', [2]]);
    }
    expect(ask('begintijd').kind).toBe('event');
  });

  it('betweenTwoThingsNamed_isWhatStartsAfterTheFirstEndsAndBeforeTheSecondBegins', () => {
    for (const t of ['wat zit er tussen de lunch en de afsluiting?', 'tussen lunch en afsluiting']) expect([t, codesOf(ask(t)).sort()]).toEqual([t, ['r2-cultuur', 'r2-wonen-overleg']]);
    expect(codesOf(ask('wat is er tussen de opening en de lunch')).sort()).toEqual(['r1-mobiliteit', 'r1-woningbouw']);
    // Words that are no two moments are a question like any other.
    expect(codesOf(ask('woningbouw tussen rijk en gemeenten'))).toEqual(['r1-woningbouw']);
  });

  it('betweenAThingNamedTwice_takesTheOneThatEndsBeforeTheOtherBegins', () => {
    // "Het plenaire deel" is the morning's plenary and the closing one: only the morning's ends before the first round.
    const delta = answerWorld([{
      ...oneDayNetwerkdag('Deltastad', '2024-05-16', 'bestuurlijk', [
        { code: 'keynote', title: 'Plenair: keynote en panel', kind: 'plenair', start: '10:00', end: '11:30' },
        { code: 'pauze', title: 'Pauze', kind: 'pauze', start: '11:30', end: '12:00' },
        { code: 'r1-a', title: 'Havens', kind: 'keuzesessie', round: 'r1', start: '12:00', end: '13:00' },
        { code: 'r1-b', title: 'Dijken', kind: 'keuzesessie', round: 'r1', start: '12:00', end: '13:00' },
        { code: 'slot', title: 'Plenaire afsluiting', kind: 'plenair', start: '15:15', end: '16:00' },
      ]),
      rounds: [{ code: 'r1', name: 'Eerste ronde', start: '12:00', end: '13:00', number: 1 }],
    }]).answererAt(ALFA_MORNING);
    for (const t of ['was er in deltastad een pauze tussen het plenaire deel en de eerste ronde?', 'deltastad: tussen plenair en ronde 1?']) {
      expect([t, codesOf(delta.answer(t))]).toEqual([t, ['pauze']]);
    }
  });

  it('thePlenaryPart_deelIsNoTopic_soAnotherNetwerkdagsTextWithDeelDoesNotPullTheQuestionThere', () => {
    const world = answerWorld([
      oneDayNetwerkdag('Alfastad', '2026-03-10', 'bestuurlijk', [
        { code: 'plenair', title: 'Plenair: de stad van morgen', kind: 'plenair', start: '09:30', end: '10:15' },
        { code: 'havens', title: 'Havens', kind: 'keuzesessie', start: '10:30', end: '11:30' },
      ]),
      oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [
        { code: 'delta-plenair', title: 'Plenair: de delta', kind: 'plenair', start: '10:00', end: '11:00', description: 'De delta bestaat voor een groot deel uit water.' },
        { code: 'delta-dijken', title: 'Dijken', kind: 'keuzesessie', start: '11:15', end: '12:00' },
      ]),
    ]).answererAt(ALFA_MORNING);
    for (const t of ['wat is er na het plenaire deel', 'hoe laat is het plenaire deel afgelopen']) {
      const a = world.answer(t);
      expect([t, a.kind !== 'notFound' && 'context' in a && a.context.event.city]).toEqual([t, 'Alfastad']);
    }
  });

  it('anException_leavesWhatItNamesOutOfTheList', () => {
    for (const t of ['wat is er in ronde 1 behalve mobiliteit?', 'ronde 1 zonder de sessie over mobiliteit', 'eerste ronde, maar niet mobiliteit graag']) {
      expect([t, codesOf(ask(t))]).toEqual([t, ['r1-woningbouw']]);
    }
    expect(codesOf(ask('ik wil in ronde 1 iets anders dan woningbouw, wat blijft er over?'))).toEqual(['r1-mobiliteit']);
    // Two things left out at once, by the title or by the text ("per bus").
    const delta = answerWorld([oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [
      { code: 'ex-fiets', title: 'Excursie polder (met de fiets)', kind: 'excursie', start: '15:00', end: '17:00' },
      { code: 'ex-bus', title: 'Excursie haven', kind: 'excursie', start: '15:00', end: '17:00', description: 'Per bus naar de nieuwe kades.' },
      { code: 'ex-voet', title: 'Excursie binnenstad (te voet)', kind: 'excursie', start: '15:00', end: '17:00' },
      { code: 'optoppen', title: 'Optoppen en aanplakken', kind: 'keuzesessie', start: '11:00', end: '12:00', description: 'Extra woningen zonder nieuwe grond: bouwen op bestaande daken.' },
      { code: 'woningmarkt', title: 'De woningmarkt', kind: 'keuzesessie', start: '11:00', end: '12:00', description: 'Extra woningen voor starters.' },
    ])]).answererAt(ALFA_MORNING);
    expect(codesOf(delta.answer('excursies in deltastad zonder fiets of bus'))).toEqual(['ex-voet']);
    // Words that a session found says itself ("zonder nieuwe grond") are no exception: that session.
    expect(codesOf(delta.answer('deltastad: extra woningen zonder nieuwe grond, welke sessie?'))).toEqual(['optoppen']);
    // Leaving out all there is shows what there is ("behalve de wandeling nog een wandeling?": only that one).
    expect(codesOf(ask('is er behalve de wandeling door de haven nog een wandeling?'))).toEqual(['wandeling-haven']);
  });

  it('betweenSomethingAndAWholeRound_takesTheRoundAsOneMoment', () => {
    const excursion = (n: number) => ({ code: `ex-${n}`, title: `Excursie ${n}: de haven`, kind: 'excursie' as const, round: 'safari', start: '16:15', end: '18:00' });
    const delta = answerWorld([{
      ...oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [
        { code: 'debat', title: 'Openingsdebat', kind: 'plenair', start: '13:00', end: '14:30' },
        { code: 'pijler', title: 'Pijleroverleg', kind: 'overleg', start: '14:45', end: '16:00' },
        ...[1, 2, 3, 4, 5].map(excursion),
      ]),
      rounds: [{ code: 'safari', name: 'Excursies', start: '16:15', end: '18:00', number: 1 }],
    }]).answererAt(ALFA_MORNING);
    expect(codesOf(delta.answer('wat was er in deltastad tussen het openingsdebat en de excursies?'))).toEqual(['pijler']);
  });

  it('afterOneThingNamedButBeforeAnother_isTheSameAsBetweenThem', () => {
    for (const t of ['wat kan ik doen na de lunch maar voor de afsluiting?', 'na lunch en voor afsluiting', 'what is on after lunch and before the closing'])
      expect([t, codesOf(ask(t)).sort()]).toEqual([t, ['r2-cultuur', 'r2-wonen-overleg']]);
    // "voor" that names no moment ("voor mij") leaves the question what it was: after the lunch.
    expect(codesOf(ask('wat is er na de lunch voor mij')).sort()).toEqual(codesOf(ask('wat is er na de lunch')).sort());
  });

  it('partOfTheDay_includesPartsWithoutATime_betweenTwoTimedPartsOfThatPart', () => {
    const delta = answerWorld([oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [
      { code: 'inloop', title: 'Inloop', kind: 'inloop', start: '09:00', end: '09:30' },
      { code: 'welkom', title: 'Welkom', kind: 'plenair' },
      { code: 'keynote', title: 'Keynote', kind: 'plenair' },
      { code: 'pauze', title: 'Pauze', kind: 'pauze', start: '11:00', end: '11:15' },
      { code: 'middag', title: 'Middagsessie', kind: 'keuzesessie', start: '13:00', end: '14:00' },
      { code: 'slot', title: 'Slotwoord', kind: 'plenair' },
    ])]).answererAt(ALFA_MORNING);
    expect(codesOf(delta.answer("wat stond er 's ochtends op het programma in Deltastad?")).sort()).toEqual(['inloop', 'keynote', 'pauze', 'welkom']);
    // After the last timed part nothing says when it was.
    expect(codesOf(delta.answer("wat was er 's middags in Deltastad?"))).toEqual(['middag']);
  });

  it('aWordThatIsAWordOfOneTitle_andOnlyTheStartOfALaterCompoundInAnother_isTheFirst', () => {
    const delta = answerWorld([oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [
      { code: 'campus', title: 'Wandeling over de campus, thuisbasis van de chemie', kind: 'excursie', start: '12:00', end: '13:00' },
      { code: 'opvang', title: 'Bezoek aan de opvang ‘Thuis in Deltastad’', kind: 'excursie', start: '12:00', end: '13:00' },
      { code: 'lunch', title: 'Lunch in de hal', kind: 'pauze', start: '13:00', end: '14:00' },
      { code: 'lunchlezing', title: 'Lunchlezing over democratie', kind: 'keuzesessie', start: '13:00', end: '14:00' },
      { code: 'wijk', title: 'Wijkaanpak in de praktijk', kind: 'keuzesessie', start: '14:00', end: '15:00' },
      { code: 'wijkteam', title: 'Wijkteams en de wijk', kind: 'keuzesessie', start: '14:00', end: '15:00' },
    ])]).answererAt(ALFA_MORNING);
    for (const t of ['thuis in deltastad', 'de sessie thuis, deltastad']) expect([t, codesOf(delta.answer(t))]).toEqual([t, ['opvang']]);
    // A title that begins with the word in a compound is a kind of that thing: "Lunchlezing" stays beside "Lunch".
    expect(codesOf(delta.answer('kan ik me aanmelden voor de lunch in deltastad')).sort()).toEqual(['lunch', 'lunchlezing']);
    // A list asked for still has both.
    expect(codesOf(delta.answer('welke sessies gaan over de wijk in Deltastad')).sort()).toEqual(['wijk', 'wijkteam']);
  });

  it('everydayWordsForPolicyTerms_findTheSessionsThatUseThoseTerms', () => {
    const delta = answerWorld([oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [
      { code: 'logistiek', title: 'Stadslogistiek in de kern', kind: 'keuzesessie', start: '10:00', end: '11:00' },
      { code: 'optoppen', title: 'Optoppen en uitplinten', kind: 'keuzesessie', start: '10:00', end: '11:00' },
      { code: 'rijk', title: 'In gesprek met de staatssecretaris', kind: 'plenair', start: '11:00', end: '12:00', people: [{ name: 'Eva Kroon', role: 'spreker', function: 'staatssecretaris' }] },
      { code: 'kringloop', title: 'Circulariteit in de bouw', kind: 'keuzesessie', start: '12:00', end: '13:00' },
      { code: 'net', title: 'Bouwen ondanks netcongestie', kind: 'keuzesessie', start: '13:00', end: '14:00' },
      { code: 'splitsen', title: 'Woningsplitsen in de praktijk', kind: 'keuzesessie', start: '13:00', end: '14:00' },
      { code: 'wmo', title: 'Houdbaarheid van de Wmo', kind: 'keuzesessie', start: '14:00', end: '15:00' },
      { code: 'tekort', title: 'Het woningtekort', kind: 'keuzesessie', start: '14:00', end: '15:00' },
    ])]).answererAt('2024-05-16T09:00:00+02:00');
    for (const [t, code] of [
      ['iets over vrachtwagens in het centrum?', 'logistiek'],
      ['die sessie over bezorgverkeer', 'logistiek'],
      ['een sessie over extra verdiepingen bovenop gebouwen?', 'optoppen'],
      ['met welke bewindspersoon spraken we?', 'rijk'],
      ['waar ging het over circulair bouwen?', 'kringloop'],
      ['is er iets over het volle stroomnet?', 'net'],
      ['elektriciteitsnet vol, wat nu', 'net'],
      // "besproken" is how the question is asked, not what it is about.
      ['waar werd het splitsen van woningen besproken?', 'splitsen'],
      ['is er iets over zorg?', 'wmo'],
      ['is er iets over de woningnood?', 'tekort'],
      ['wooncrisis', 'tekort'],
    ]) {
      expect([t, codesOf(delta.answer(t!))]).toEqual([t, [code]]);
    }
  });

  it('aRoleTodaysProgrammeDoesNotName_isNotLookedForElsewhere_whenTodayIsSaid', () => {
    const world = answerWorld([
      oneDayNetwerkdag('Epsilonburg', '2023-05-11', 'bestuurlijk', [
        { code: 'opening', title: 'Opening', kind: 'plenair', start: '10:00', end: '10:30', people: [{ name: 'Ria Smit', role: 'dagvoorzitter', function: null }] },
      ]),
      oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [{ code: 'welkom', title: 'Welkom', kind: 'plenair', start: '10:00', end: '10:30' }]),
    ]).answererAt('2024-05-16T09:00:00+02:00');
    const today = world.answer('wie is de dagvoorzitter vandaag?');
    expect([today.kind, 'context' in today && today.context.event.city]).toEqual(['event', 'Deltastad']);
    // Without "vandaag": the nearest netwerkdag that names one, said so.
    const any = world.answer('wie was de dagvoorzitter?');
    expect('context' in any && [any.context.event.city, any.context.choice]).toEqual(['Epsilonburg', 'found']);
  });

  it('whoIsThereFromAnOrganisation_isThePeopleWhoseFunctionSaysIt_notTheSessionsThatMentionIt', () => {
    const delta = answerWorld([oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [
      { code: 'lobby', title: 'Lobbyagenda', kind: 'overleg', start: '10:00', end: '11:00', description: 'Wat vragen we van BZK en het ministerie van VWS?' },
      { code: 'slot', title: 'Afsluiting', kind: 'plenair', start: '16:00', end: '16:30', people: [{ name: 'Eva Kroon', role: 'spreker', function: 'DG Openbaar Bestuur, BZK' }] },
      { code: 'wonen', title: 'Wonen in de wijk', kind: 'keuzesessie', start: '11:00', end: '12:00', people: [{ name: 'Tom Smit', role: 'spreker', function: 'wethouder wonen' }] },
    ])]).answererAt('2024-05-16T09:00:00+02:00');
    const nameOf = (a: ReturnType<typeof delta.answer>) => (a.kind === 'person' ? a.people.map((p) => p.name) : a.kind);
    for (const t of ['komt er iemand van BZK?', 'die DG van bzk, hoe heet die', 'wie van het ministerie is er vandaag', 'wie is er vandaag namens het Rijk?']) {
      expect([t, nameOf(delta.answer(t))]).toEqual([t, ['Eva Kroon']]);
    }
    // Not asked who, or a topic rather than an employer: as before.
    expect(codesOf(delta.answer('wat vragen we van BZK?'))).toContain('lobby');
    expect(codesOf(delta.answer('wie spreekt er over wonen?'))).toEqual(['wonen']);
  });

  it('aThemagroepsWordAskedAsATopic_isTheGroupsSessionsAndThoseTitledWithIt', () => {
    const delta = answerWorld([oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [
      { code: 'cultuur-overleg', title: 'Themagroep Cultuur', kind: 'overleg', start: '10:00', end: '11:00', organisers: ['tg-cultuur'] },
      { code: 'erfgoed', title: 'Cultuur en erfgoed in de wijk', kind: 'keuzesessie', start: '11:00', end: '12:00' },
      { code: 'sport', title: 'Sport in de wijk', kind: 'keuzesessie', start: '11:00', end: '12:00' },
    ])]).answererAt('2024-05-16T09:00:00+02:00');
    for (const t of ['welke sessies gaan vandaag over cultuur?', 'wat is er vandaag over cultuur']) {
      expect([t, codesOf(delta.answer(t)).sort()]).toEqual([t, ['cultuur-overleg', 'erfgoed']]);
    }
    // The themagroep named as such is its own sessions.
    expect(codesOf(delta.answer('wat doet de themagroep cultuur vandaag'))).toEqual(['cultuur-overleg']);
  });

  it('severalNetwerkdagenNamed_withAnOrganiserOrKind_isWhatEachOfThoseHad', () => {
    const world = answerWorld([
      oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [{ code: 'wonen-delta', title: 'Bouwen in de polder', kind: 'keuzesessie', start: '10:00', end: '11:00', organisers: ['tg-wonen'] }]),
      oneDayNetwerkdag('Gammastad', '2023-05-16', 'ambtelijk', [{ code: 'wonen-gamma', title: 'Wonen aan het water', kind: 'keuzesessie', start: '10:00', end: '11:00', organisers: ['tg-wonen'] }]),
    ]).answererAt(ALFA_MORNING);
    const where = (a: Answer) => (a.kind === 'across' ? a.appearances.map((x) => x.event.city) : [a.kind, codesOf(a)]);
    for (const t of ['wat deed TWB in Deltastad en Gammastad', 'was TWB er ook bij in Gammastad of alleen in Deltastad']) {
      expect([t, where(world.answer(t))]).toEqual([t, ['Deltastad', 'Gammastad']]);
    }
  });

  it('someoneAboutSomethingAcrossNetwerkdagen_isTheirSessionsAboutItOnEach', () => {
    const delta = answerWorld([oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [
      { code: 'woningbouw-delta', title: 'Woningbouw in de polder', kind: 'keuzesessie', start: '10:00', end: '11:00',
        people: [{ name: 'Karel de Vries', role: 'spreker', function: 'directeur Kennisbureau Noord' }] },
      { code: 'cultuur-delta', title: 'Cultuur in de polder', kind: 'keuzesessie', start: '11:00', end: '12:00',
        people: [{ name: 'Karel de Vries', role: 'spreker', function: 'directeur Kennisbureau Noord' }] },
    ])]).answererAt(ALFA_MORNING);
    const where = (a: Answer) => (a.kind === 'across' ? a.appearances.map((x) => [x.event.city, x.sessions.map((s) => s.code)]) : [a.kind, codesOf(a)]);
    for (const t of ['op welke netwerkdagen sprak Karel de Vries over woningbouw?', 'bij welke netwerkdagen ging karel de vries in op woningbouw']) {
      expect([t, where(delta.answer(t))]).toEqual([t, [['Alfastad', ['r1-woningbouw']], ['Deltastad', ['woningbouw-delta']]]]);
    }
  });

  it('sessionsOfAKind_duringTheNetwerkdagen_areThoseSessions_notTheNetwerkdagen', () => {
    const delta = answerWorld([oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [
      { code: 'lunch', title: 'Lunch', kind: 'lunch', start: '12:00', end: '13:00' },
      { code: 'wandeling-dijk', title: 'Wandeling over de dijk', kind: 'wandeling', start: '12:00', end: '13:00' },
      { code: 'fietstocht', title: 'Fietstocht langs de polder', kind: 'excursie', start: '15:00', end: '16:00' },
    ])]).answererAt(ALFA_MORNING);
    const where = (a: Answer) => (a.kind === 'across' ? a.appearances.map((x) => [x.event.city, x.sessions.map((s) => s.code)]) : [a.kind, codesOf(a)]);
    for (const t of ['welke wandelingen waren er op de netwerkdagen', 'wandelingen op alle netwerkdagen', 'bij welke netwerkdagen kon je wandelen tijdens de lunch']) {
      expect([t, where(delta.answer(t))]).toEqual([t, [['Alfastad', ['wandeling-haven']], ['Deltastad', ['wandeling-dijk']]]]);
    }
    for (const t of ['welke excursies waren er tijdens de netwerkdag in Deltastad?', 'welke excursies waren er op de netwerkdagen in deltastad']) {
      expect([t, where(delta.answer(t))]).toEqual([t, ['session', ['fietstocht']]]);
    }
  });

  it('aThemagroepNamedOnADayItHasNothing_saysSo_notTheSessionsOfOtherThemagroepen', () => {
    const delta = answerWorld([oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [
      { code: 'tg-wonen-overleg', title: 'Themagroep Wonen en Bouwen', kind: 'overleg', organisers: ['tg-wonen'], start: '10:00', end: '11:00' },
      { code: 'slot', title: 'Afsluiting', kind: 'plenair', start: '15:00', end: '16:00' },
    ])]).answererAt('2024-05-16T08:30:00+02:00');
    for (const t of ['heeft de themagroep cultuur vandaag een sessie?', 'themagroep cultuur vandaag overleg?', 'is de tg cultuur er vandaag ook']) {
      expect([t, delta.answer(t)]).toMatchObject([t, { kind: 'notFound', absent: ['Themagroep Cultuur'] }]);
    }
    expect(codesOf(delta.answer('wat doet de themagroep wonen en bouwen vandaag'))).toEqual(['tg-wonen-overleg']);
  });

  it('allerlaatsteAndAllereerste_areTheLastAndTheFirst', () => {
    const delta = answerWorld([oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [
      { code: 'inloop', title: 'Inloop met koffie', kind: 'inloop', start: '09:00', end: '09:30' },
      { code: 'keynote', title: 'Keynote: de stad van morgen', kind: 'plenair', start: '09:30', end: '10:30' },
      { code: 'borrel', title: 'Borrel', kind: 'borrel', start: '16:00', end: '17:00' },
    ])]).answererAt('2024-05-16T08:30:00+02:00');
    expect(['wat is het allerlaatste onderdeel van vandaag', 'wat is het laatste onderdeel van vandaag'].map((t) => codesOf(delta.answer(t)))).toEqual([['borrel'], ['borrel']]);
    expect(codesOf(delta.answer('wat is het allereerste onderdeel vandaag'))).toEqual(['inloop']);
  });

  it('aFactNoProgrammeGives_isNotFound_notTheSessionsOfWhomeverItNames', () => {
    for (const t of ['Wat is het e-mailadres van Anke Bakker?', 'telefoonnummer karel de vries', 'wat is het mailadres van de organisatie']) {
      expect([t, ask(t)]).toMatchObject([t, { kind: 'notFound' }]);
    }
    expect(codesOf(ask('wanneer spreekt Anke Bakker'))).not.toEqual([]);
  });

  it('aFunctionOfAnEmployerNoProgrammeNamesForIt_isNobody_notTheHolderElsewhere', () => {
    const delta = answerWorld([oneDayNetwerkdag('Deltastad', '2024-05-16', 'bestuurlijk', [
      { code: 'debat', title: 'Debat over de binnenstad', kind: 'plenair', start: '10:00', end: '11:00', people: [
        { name: 'Piet Smit', role: 'spreker', function: 'wethouder van Deltastad' },
        { name: 'Eva Mol', role: 'spreker', function: 'directeur, gemeente Breda' },
      ] },
    ])]).answererAt('2024-05-16T08:30:00+02:00');
    const names = (a: Answer) => (a.kind === 'person' ? a.people.map((p) => p.name) : a.kind === 'sessions' || a.kind === 'session' ? codesOf(a) : [a.kind]);
    expect(names(delta.answer('wie is de wethouder van Deltastad'))).toEqual(['Piet Smit']);
    for (const t of ['wie is de wethouder van Breda', 'wie is de burgemeester van Amsterdam', 'wie is de wethouder van Nijmegen']) {
      expect([t, names(delta.answer(t))]).not.toEqual([t, ['Piet Smit']]);
    }
    expect(delta.answer('wie is de burgemeester van Amsterdam').kind).toBe('notFound');
  });

  it('afterAPlenaryPartThatSharesItsSlot_isTheNextInTheProgrammesOrder', () => {
    const delta = answerWorld([oneDayNetwerkdag('Deltastad', '2024-05-16', 'bestuurlijk', [
      { code: 'welkom', title: 'Welkomstwoord', kind: 'plenair', start: '10:00', end: '11:00' },
      { code: 'keynote', title: 'Keynote over de stad van morgen', kind: 'plenair', start: '10:00', end: '11:00' },
      { code: 'pauze', title: 'Pauze', kind: 'pauze', start: '11:00', end: '11:15' },
    ])]).answererAt('2024-05-16T08:30:00+02:00');
    for (const t of ['wat komt er na het welkomstwoord?', 'en na het welkomstwoord?']) expect([t, codesOf(delta.answer(t))]).toEqual([t, ['keynote']]);
    expect(codesOf(delta.answer('wat komt er na de keynote?'))).toEqual(['pauze']);
  });

  it('whatOneMissesByGoingToSomething_isWhatRunsAlongsideIt', () => {
    for (const t of ['als ik naar de sessie over mobiliteit ga, wat mis ik dan?', 'wat kan ik doen als ik niet naar de mobiliteitssessie ga', 'als ik voor mobiliteit kies, wat mis ik']) {
      expect([t, codesOf(ask(t))]).toEqual([t, ['r1-woningbouw']]);
    }
    // A time one leaves at is not a thing one goes to.
    expect(codesOf(ask('ik moet om 2 uur weg, wat mis ik?')).sort()).toEqual(['afsluiting', 'r2-cultuur', 'r2-wonen-overleg']);
  });

  it('theThemeOfAPartOfTheDayTitledByTheWordsAsked_isThatPart_notTheDaysTheme', () => {
    const delta = answerWorld([{
      ...oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [
        { code: 'plenair', title: 'Plenair: de stad van morgen', kind: 'plenair', start: '10:00', end: '11:00', description: 'Over groei en ruimte.' },
        { code: 'r1-wonen', title: 'Woningbouw versnellen', kind: 'keuzesessie', start: '11:00', end: '12:00' },
      ]),
      summary: 'Ambtelijke netwerkdag over de groeiende stad. In het plenaire deel spreken twee hoogleraren.',
    }]).answererAt('2024-05-16T08:30:00+02:00');
    expect(codesOf(delta.answer('wat was het thema van het plenaire deel in Deltastad?'))).toEqual(['plenair']);
    expect(delta.answer('wat is het thema van de netwerkdag in Deltastad?').kind).toBe('event');
  });

  it('aRoomOfAnotherNetwerkdagsBuilding_onADayNamedByToday_isAWord_notARoom', () => {
    const delta = answerWorld([
      oneDayNetwerkdag('Deltastad', '2024-05-16', 'bestuurlijk', [
        { code: 'debat', title: 'Debat over de binnenstad', kind: 'plenair', start: '10:00', end: '11:00', people: [{ name: 'Piet Smit', role: 'spreker', function: 'wethouder' }] },
      ]),
      oneDayNetwerkdag('Epsilonstad', '2023-10-12', 'ambtelijk', [
        { code: 'podium', title: 'Pitches van jonge ondernemers', kind: 'plenair', start: '10:00', end: '11:00', room: 'Podium', people: [{ name: 'Piet Smit', role: 'spreker', function: 'wethouder' }] },
      ]),
    ]).answererAt('2024-05-16T08:30:00+02:00');
    expect(codesOf(delta.answer('wanneer is Piet Smit vandaag op het podium'))).toEqual(['debat']);
  });
});
