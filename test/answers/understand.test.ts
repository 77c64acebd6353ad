import { beforeAll, describe, expect, it } from 'vitest';
import { leadInSentences, understand, withoutLetterFrame } from '../../src/answers/understand';
import { WORDS } from '../../src/answers/words';
import { answerWorld, oneDayNetwerkdag, type AnswerWorld } from './factory';

describe('understand: text → Question', () => {
  let w: AnswerWorld;
  const u = (text: string) => understand(text, w.catalogue);
  beforeAll(() => {
    w = answerWorld();
  });

  it('questionWords_decideTheFocus_inEveryPhrasing', () => {
    expect(['wie spreekt bij de opening', 'sprekers opening', 'wie sprak er bij de openng'].map((t) => u(t).focus)).toEqual(['who', 'who', 'who']);
    expect(['waar is de opening', 'zaal opening', 'waar was de opening eigenlijk'].map((t) => u(t).focus)).toEqual(['where', 'where', 'where']);
    expect(['wanneer begint de opening', 'hoe laat opening', 'wanner is de opening'].map((t) => u(t).focus)).toEqual(['when', 'when', 'when']);
  });

  it('theVerbRightAfterWelkeSessies_isNoTopic_whileATopicThereIs', () => {
    for (const q of ['welke sessies vormden de eerste ronde', 'welke keuzesessies boden ze in de eerste ronde']) {
      const x = u(q);
      expect([q, x.topic, x.unknown, x.round?.number]).toEqual([q, [], [], 1]);
    }
    // Telegraphic: no verb there, the topic ("welke sessies woningbouw").
    expect(u('welke sessies woningbouw').topic).toEqual(['woningbouw']);
  });

  it('zonderAfterAGroupOfPeople_describesThem_andLeavesNothingOut', () => {
    const x = u('is er iets voor mensen zonder woning');
    expect([x.topic, x.unknown, x.excluding]).toEqual([['woning'], [], undefined]);
    // After anything else it still leaves out what follows.
    expect(u('wat is er in de eerste ronde zonder woningbouw').excluding?.parts.map((p) => p.topic)).toEqual([['woningbouw']]);
  });

  it('regionalAndChatSpellings_areReadAsTheWordsTheyStandFor', () => {
    expect([u('hoe laat mot ik er zijn').focus, u('hoe laat mot ik er zijn').unknown]).toEqual(['when', []]);
    expect(u('hebbie iets over woningbouw').topic).toEqual(['woningbouw']);
    expect(u('hebbie iets over woningbouw').unknown).toEqual([]);
  });

  it('derInChat_isEr_butAParticleOfASurnameStays', () => {
    const x = u('wat is der te kiezen in de eerste ronde');
    expect([x.topic, x.unknown, x.round?.number]).toEqual([[], [], 1]);
    expect(u('wat is der allegaar te doen in de eerste ronde').unknown).toEqual([]);
    // ("van der" begins a surname: the name is read as typed.)
    expect(u('wat doet van der molen').topic).not.toContain('er');
  });

  it('genericProgrammeVerbs_areNoTopic_evenWhereADescriptionHasThem', () => {
    const zeta = answerWorld([{
      ...oneDayNetwerkdag('Zetastad', '2024-06-20', 'ambtelijk', [
        { code: 'wonen', title: 'Themagroep Woningmarkt', kind: 'keuzesessie', round: 'ronde-1', description: 'Er wordt een lunch aangeboden en de agenda wordt toegelicht.' },
      ]),
      rounds: [{ code: 'ronde-1', name: 'Eerste ronde', start: '11:00', end: '12:00', number: 1 }],
    }]);
    for (const q of ['welke sessies worden er in de eerste ronde aangeboden', 'wat wordt er in de eerste ronde toegelicht']) {
      const x = understand(q, zeta.catalogue);
      expect([q, x.topic, x.round?.number]).toEqual([q, [], 1]);
    }
  });

  it('aFunctionWithAModalVerb_isWhomOnePlansFor_notWhoHoldsIt', () => {
    for (const q of ['hoe laat moet de burgemeester bij het overleg zijn', 'de wethouder wil om twee uur naar een sessie, wat is er dan']) {
      const x = u(q);
      expect([q, x.functions, x.topic.includes('burgemeester') || x.topic.includes('wethouder')]).toEqual([q, [], false]);
    }
    // Without a modal verb, or with "van …", it is the function asked about.
    expect(u('wanneer spreekt de burgemeester').functions).toEqual(['burgemeester']);
    expect(u('wanneer moet de burgemeester van Alfastad spreken').functions).toEqual(['burgemeester']);
  });

  it('planningForOnesWethouder_aroundATime_asksWhatFits_notWhoHoldsTheFunction', () => {
    for (const q of ['mijn wethouder komt pas om 13.15, wat kan ze nog zien', 'als de wethouder pas om 10.30 binnenkomt, welke onderdelen heeft ze dan gemist?']) {
      const x = u(q);
      expect([q, x.focus === 'who', x.functions, x.topic, x.kinds]).toEqual([q, false, [], [], undefined]);
    }
    expect([u('als de wethouder pas om 10.30 binnenkomt, welke onderdelen heeft ze dan gemist?').untilTime, u('mijn wethouder komt pas om 13.15, wat kan ze nog zien').fromTime]).toEqual([true, true]);
    // "pas om 15.00 beschikbaar" is arriving, not places left; asked who, the function is asked about.
    const free = u('de wethouder is pas om 13.15 beschikbaar, welke onderdelen kan zij nog bijwonen');
    expect([free.focus, free.fromTime]).toEqual(['list', true]);
    expect(u('wie is onze voorzitter').functions).toEqual(['voorzitter']);
  });

  it('aGuest_isARoleOnTheProgramme_notAWordToSearch', () => {
    for (const q of ['wie was daar te gast?', 'welke gasten zijn er bij de opening']) expect([q, u(q).roles, u(q).topic.filter((t) => t.startsWith('gast'))]).toEqual([q, ['gast'], []]);
    expect(u('wie is de gastspreker bij de opening').roles).toEqual(['spreker']);
  });

  it('activitiesDuringALunch_areWhatIsOn_notAWordToSearch', () => {
    const x = u('welke activiteiten zijn er tijdens de lunch');
    expect([x.topic, x.unknown, x.part]).toEqual([[], [], 'duringLunch']);
  });

  it('typosInQuestionWords_areMended_butNamesAsTypedAreNot', () => {
    expect(u('wanner is de lunsh').focus).toBe('when');
    expect(u('wie is Piet Bakker').unknownName).toBe('Piet Bakker');
  });

  it('city_namesTheNetwerkdag_evenMisspelledOrAsAlias', () => {
    const alfa = w.store.getEventBySlug('2026-03-10-alfastad')!.id;

    expect([u('programma alfastad').eventIds, u('programma alfasdat').eventIds, u('programma Alfadam').eventIds]).toEqual([[alfa], [alfa], [alfa]]);
    // The venue's own name ("Muziekcentrum Alfastad") names the netwerkdag; a word for any building does not.
    expect([u('wie sprak er in het muziekcentrum').eventIds, u('wie sprak er in het kasteel').eventIds]).toEqual([[alfa], null]);
    // The adjective names the city too.
    expect([u('wie opende de alfastadse dag').eventIds, u('wat deden ze op de Alfadamse netwerkdag').eventIds]).toEqual([[alfa], [alfa]]);
  });

  it('organiser_byNameAbbreviationOrAlias', () => {
    expect(['themagroep wonen en bouwen', 'TWB', 'wonen en bouwen'].map((t) => u(t).organisers.map((o) => o.slug))).toEqual([['tg-wonen'], ['tg-wonen'], ['tg-wonen']]);
  });

  it('person_byFullNameOrSurname_notByAFirstNameAlone', () => {
    expect(u('wie is Anke Bakker').personIds).toHaveLength(1);
    expect(u('wat doet bakker').personIds).toHaveLength(1);
    expect(u('wat doet Anke de Wit').personIds).toEqual([]);
    expect(u('wat doet Anke de Wit').unknownName).toBe('Anke de Wit');
  });

  it('aCommonFirstName_typedInLowerCase_beforeAWordNoProgrammeHas_isSomeoneNotOnTheProgramme', () => {
    // (The surname would otherwise be read as a typo of a programme word: "schouten" as "scholen".)
    expect(['waar is carola schouten', 'wat doet hamza el idrissi vandaag', 'spreekt marnix ooms ook?'].map((t) => u(t).unknownName)).toEqual([
      'carola schouten',
      'hamza el idrissi',
      'marnix ooms',
    ]);
  });

  it('aSurnameWithItsParticleTypedAgainstIt_afterTheFirstName_isThatPerson', () => {
    const karel = u('karel de vries').personIds;
    expect(karel.length).toBe(1);
    expect([u('wat doet karel devries').personIds, u('wat doet Karel Devries').personIds]).toEqual([karel, karel]);
    // Only someone on the programme by that first name and surname: no one else is made of a glued word.
    expect(u('wat doet piet devries').personIds).toEqual([]);
  });

  it('bothDaysNamed_isTheWholeNetwerkdag_oneDayNamed_isThatDay', () => {
    expect(['waar waren dag 1 en dag 2 in betadorp', 'waar was dag 1 en 2 in betadorp', 'wat is er op dag 2 in betadorp'].map((t) => u(t).dayNumber)).toEqual([undefined, undefined, 2]);
  });

  it('theVenueOfOneDay_namesThatDay_whereTheDaysAreInDifferentPlaces', () => {
    const world = answerWorld([{
      ...oneDayNetwerkdag('Gammaveen', '2024-10-01', 'bestuurlijk', [
        { code: 'opening', title: 'Opening', kind: 'plenair', day: '2024-10-01', start: '13:00', end: '13:30' },
        { code: 'ontbijt', title: 'Ontbijtsessie', kind: 'plenair', day: '2024-10-02', start: '09:00', end: '10:00' },
      ]),
      days: [{ date: '2024-10-01', venue: 'De Fabriek, Gammaveen', address: null }, { date: '2024-10-02', venue: 'Stadhuis Gammaveen', address: null }],
    }]);
    const gamma = world.store.getEventBySlug('2024-10-01-gammaveen')!.id;
    const q = (t: string) => understand(t, world.catalogue);
    expect([q('wie heette ons welkom in de fabriek').eventIds, q('wie heette ons welkom in de fabriek').dayNumber]).toEqual([[gamma], 1]);
    // The city alone names no day.
    expect(q('wie heette ons welkom in gammaveen').dayNumber).toBeUndefined();
  });

  it('aNetwerkdagPickedByTime_byDaysOrByBuilding_isReadFromTheWordsBesideIt', () => {
    const alfa = w.store.getEventBySlug('2026-03-10-alfastad')!.id;
    const beta = w.store.getEventBySlug('2025-06-04-betadorp')!.id;
    const order = (t: string) => u(t).eventOrder;
    expect(['de eerste netwerkdag', 'welke netwerkdag was het eerst', 'de allereerste editie'].map(order)).toEqual(['first', 'first', 'first']);
    expect(['wat was de laatste ambtelijke netwerkdag?', 'de meest recente ambtelijke dag', 'welke netwerkdag was de laatste'].map(order)).toEqual(['last', 'last', 'last']);
    expect(order('vorige netwerkdag')).toBe('previous');
    // An order word that counts something else is no pick of a netwerkdag ("de vorige netwerkdagen" are a list).
    expect(['wat is de eerste ronde van de netwerkdag', 'de eerste dag van de netwerkdag', 'de vorige netwerkdagen', 'de laatste sessie'].map(order)).toEqual([null, null, null, null]);
    expect([u('wat was er vorig jaar').yearsAgo, u('twee jaar geleden').yearsAgo, u('welke netwerkdagen zijn er dit jaar').yearsAgo, u('wat is er vandaag').yearsAgo]).toEqual([1, 2, 0, null]);
    // Betadorp has two days: "twee dagen", "tweedaagse", "met overnachting" name it, but not "over twee dagen".
    expect(['welke netwerkdag duurde twee dagen', 'de tweedaagse', 'welke was met overnachting'].map((t) => u(t).eventIds)).toEqual([[beta], [beta], [beta]]);
    expect(u('wat is er over twee dagen').eventIds).toBeNull();
    // Betadorp's second day is in a stadhuis; a gemeentehuis is one too. Only of a netwerkdag named as such.
    expect([u('welke netwerkdagen waren in een stadhuis').eventIds, u('was er een netwerkdag in een gemeentehuis').eventIds, u('welke netwerkdag was in een muziekcentrum').eventIds]).toEqual([[beta], [beta], [alfa]]);
    expect(u('welke sessie was in het stadhuis').eventIds).toBeNull();
    // Nothing else asked: the question is about the netwerkdagen themselves; with a topic it only narrows.
    expect([u('de eerste netwerkdag').events, u('welke netwerkdag duurde twee dagen').events, u('wie sprak er op de eerste netwerkdag over cultuur').events]).toEqual(['list', 'list', null]);
  });

  it('perNetwerkdag_asksOfEachOne_aantalAsksForTheList_andComingBackIsNoTopic', () => {
    expect(['excursies per netwerkdag', 'cultuur per editie', 'excursies in alfastad'].map((t) => u(t).allEvents)).toEqual([true, true, false]);
    expect([u('aantal cultuur alfastad').wantsList, u('cultuur alfastad').wantsList]).toEqual([true, false]);
    expect(u('hoe vaak kwam cultuur terug').topic).toEqual([]);
  });

  it('whoLeadsAGroup_asksForItsVoorzitter_whoLeadsASessionDoesNot', () => {
    expect(['wie leidt de ruimtelijke pijler', 'wie leid de ruimtelijke pijler', 'wie is de trekker van de themagroep cultuur'].map((t) => u(t).functions)).toEqual([['voorzitter'], ['voorzitter'], ['voorzitter']]);
    // A session about a group's subject is led by its moderator: no function is asked for.
    expect(['wie leidt de sessie van de ruimtelijke pijler', 'wie leidt het gesprek over cultuur als motor'].map((t) => u(t).functions)).toEqual([[], []]);
  });

  it('anException_isTakenOutOfTheQuestion_eachThingItNamesReadApart', () => {
    const q = u('tweede ronde, niks met wonen of cultuur graag');
    expect([q.round?.number, q.topic, q.excluding?.parts.map((p) => [...p.topic, ...p.organisers.map((o) => o.name)])]).toEqual([2, [], [['wonen'], ['Themagroep Cultuur']]]);
    // What follows "nog" is asked again; the words of the exception are never searched.
    const walk = u('is er behalve de lunch nog een wandeling?');
    expect([walk.kinds, walk.topic, walk.excluding?.parts.length]).toEqual([['wandeling'], [], 1]);
    // "buiten": outside a place, no exception, and neither it nor the place is searched.
    expect([u('kan ik tijdens de lunch buiten de zaal iets doen').topic, u('kan ik tijdens de lunch buiten de zaal iets doen').excluding]).toEqual([[], undefined]);
  });

  it('besidesWithNogOrOok_andOtherThan_areExceptions_aPlaceBesideIsNot', () => {
    const walk = u('is er naast de lunch vandaag nog een wandeling?');
    expect([walk.kinds, walk.topic, walk.excluding?.parts.map((p) => p.topic)]).toEqual([['wandeling'], [], [['lunch']]]);
    const other = u('andere sessies dan die over wonen');
    expect([other.topic, other.excluding?.parts.map((p) => p.topic)]).toEqual([[], [['wonen']]]);
    // Without "nog" or "ook": a place beside another.
    expect(u('waar is de wandeling naast de foyer').excluding).toBeUndefined();
  });

  it('theNetwerkdagBeforeTodaysOrThisOne_saidAfterTheNoun_isThePreviousOne', () => {
    expect(['wat was de netwerkdag voor die van vandaag', 'welke netwerkdag was er voor deze', 'de netwerkdag vóór alfastad'].map((t) => u(t).eventOrder)).toEqual([
      'previous', 'previous', 'previous',
    ]);
    // ("de netwerkdag voor ambtenaren": for whom, no order.)
    expect(u('de netwerkdag voor ambtenaren').eventOrder).toBe(null);
  });

  it('whatWasDiscussed_isNoTopic_andTheNetwerkdagBeforeThisOne_isThePreviousOne', () => {
    expect(u('wat bespraken ze bij de lunch').topic).toEqual([]);
    expect(['waar was de netwerkdag hiervoor', 'de netwerkdag daarvoor'].map((t) => u(t).eventOrder)).toEqual(['previous', 'previous']);
  });

  it('whichWereOfAKind_asksForTheNetwerkdagenOfThatKind_notForSessions', () => {
    expect(['welke waren bestuurlijk?', 'welke waren er voor ambtenaren'].map((t) => u(t).events)).toEqual(['list', 'list']);
    expect(['welke bestuurlijke sessies waren er', 'welke sprekers waren er voor bestuurders'].map((t) => u(t).events)).toEqual([null, null]);
    expect(u('wnnr is de lunch').focus).toBe('when');
  });

  it('aTitleThenVanHetAndAProgrammeWord_isWhereSomeoneWorks_notASurname', () => {
    expect(['wie is die mevrouw van het kennisbureau', 'die meneer van de cultuur, jan nogwat'].map((t) => u(t).unknownName)).toEqual([null, null]);
    expect([u('wie is mevrouw Kok').unknownName, u('spreekt meneer van Dijk vandaag').unknownName]).toEqual(['Kok', 'van Dijk']);
  });

  it('vaker_asksAcrossEveryNetwerkdag', () => {
    expect(['was joris vermeer er vaker?', 'sprak anke bakker vaker'].map((t) => u(t).allEvents)).toEqual([true, true]);
    expect(u('was joris vermeer er vaker?').topic).toEqual([]);
  });

  it('allTheDays_isEveryNetwerkdag_unlessACityIsNamed', () => {
    expect(['themagroep cultuur alle dagen', 'mobiliteit elke editie', 'cultuur, elke keer?'].map((t) => u(t).allEvents)).toEqual([true, true, true]);
    expect(u('wat is er in betadorp op alle dagen').allEvents).toBe(false);
  });

  it('aWordGluedToACity_isBothWords_andARoundOnTheProgramme_isTheRound', () => {
    const alfa = w.store.getEventBySlug('2026-03-10-alfastad')!.id;
    expect([u('wanneer wasalfastad').eventIds, u('lunch inalfastad').eventIds, u('wanneer wasalfastad').focus]).toEqual([[alfa], [alfa], 'when']);
    // A word that is no city after its head stays as it was.
    expect(u('wanneer wasgoed').eventIds).toBeNull();
    const round = u('kunt u mij aangeven welke sessies er in de tweede ronde op het programma staan?');
    expect([round.focus, round.round?.number, round.topic]).toEqual(['list', 2, []]);
    expect(u('wat staat er op het programma').focus).toBe('programme');
    expect(u('hoe vroeg moet ik er zijn').focus).toBe('when');
  });

  it('theGemeenteTheAskerComesFrom_besideANetwerkdagsCity_isNoNameAndNoTopic', () => {
    const alfa = w.store.getEventBySlug('2026-03-10-alfastad')!.id;
    const q = u('Ik rij zo vanuit Den Bosch naar Alfastad, in welk gebouw moet ik zijn?');
    expect([q.unknownName, q.topic, q.eventIds, q.focus]).toEqual([null, [], [alfa], 'where']);
    expect(u('wie is Femke Halsema').unknownName).toBe('Femke Halsema');
  });

  it('askingToBeGivenSomething_isNoTopic_andWhatHasAWordInIt_isAboutThatWord', () => {
    const whole = u('Kunt u mij het volledige programma van vandaag geven?');
    expect([whole.focus, whole.topic]).toEqual(['programme', []]);
    const erin = u('alles met cultuur erin aub');
    expect([erin.aboutTopic, erin.unknown]).toEqual([true, []]);
  });

  it('thePoliteFrameOfAMessage_isNoPartOfTheQuestion', () => {
    const q = u('Goedemorgen, excuses dat ik u zo vroeg lastigval. Mijn wethouder vroeg mij of er iets over mobiliteit is. Alvast hartelijk dank voor de moeite!');
    expect([q.focus === 'when', q.part, q.topic.filter((t) => t !== 'wethouder'), q.unknownName]).toEqual([false, undefined, ['mobiliteit'], null]);
    const signed = u('Zou u mij kunnen zeggen hoe laat de opening begint? Met vriendelijke groet.');
    expect([signed.focus, signed.unknownName]).toEqual(['when', null]);
    expect(u('Sorry voor de vraag, wie spreekt er bij de opening?').unknownName).toBeNull();
    // "voor het eerst" is a saying, no first item of the day; "hoe vroeg" still asks when.
    expect(u('ik ben hier voor het eerst, wat is er over mobiliteit').part).toBeUndefined();
    expect(u('hoe vroeg begint de opening').focus).toBe('when');
    expect(u('bedankt, tot ziens').social).toBe('goodbye');
    // After a greeting, the clause that asks something is the question, whatever it starts with.
    const asked = u('Goedemiddag, ik ben bezig met een terugblik en ik zou graag weten wie de opening deed. Bij voorbaat dank.');
    expect([asked.social, asked.focus]).toEqual([null, 'who']);
    expect(u('Hallo, ik ben nieuw hier').social).toBe('greeting');
    expect(u('Wanneer is de opening? Met vriendelijke groet en dank voor uw hulp.').topic).toEqual(['opening']);
    // Praise of the asking itself, an apology that is joined on, and "bijvoorbeeld" say nothing of what is asked.
    const framed = u('Hallo, wat fijn dat dit kan via de chat. Ik vroeg me af, en het spijt me als dit al ergens staat, of er iets over mobiliteit is, bijvoorbeeld een wandeling?');
    expect([framed.social, framed.topic, framed.unknown, framed.kinds]).toEqual([null, ['mobiliteit'], [], ['wandeling']]);
    expect(u('Wat handig dat dit kan. Wie spreekt er bij de opening?').focus).toBe('who');
    // "bestond uit" says what something is made of, not what it is about.
    const made = u('Uit welke onderdelen bestond het lunchprogramma in Alfastad?');
    expect([made.topic, made.unknown]).toEqual([[], []]);
    // "werksessies" are sessions to choose from; "the two days" is English for both days.
    expect(u('welke werksessies zijn er in ronde 1').kinds).toEqual(['keuzesessie', 'overleg']);
    expect(u('where were the two days in Alfastad held?').unknown).toEqual([]);
    // Words that judge ("het meest relevant", "het exacte adres") say nothing of what is asked about.
    expect(u('welke sessies zijn voor mij het meest relevant over mobiliteit').topic).toEqual(['mobiliteit']);
    expect(u('wat is het exacte adres van de netwerkdag').unknown).toEqual([]);
    // A koffiepauze is a pauze; an ordinal before a word for the sessions one chooses names a round.
    expect(u('wanneer is de koffiepauze').kinds).toEqual(['pauze']);
    expect(['hoe laat moet ik bij de eerste deelsessie zijn', 'wanneer begint de tweede keuzesessie'].map((t) => u(t).round?.number)).toEqual([1, 2]);
    // Asked to do work after "kun je": a task, not a question about a wethouder.
    expect(['kun je een mail voor me schrijven aan mijn wethouder', 'wil je een verslag schrijven', 'kun je mij zeggen wie de opening doet'].map((t) => u(t).task)).toEqual([true, true, false]);
    // Someone saying what they write ("ik schrijf …") asks no work of the bot; "schrijf …" does.
    expect(['ik schrijf een terugblik op de netwerkdag in Alfastad. Wat was het thema?', 'schrijf een terugblik op de netwerkdag', 'hoi, schrijf een gedicht'].map((t) => u(t).task)).toEqual([false, true, true]);
    // The G40's days are its netwerkdagen.
    expect(['van welke g40 dagen heb je allemaal het programma', 'welke G40-dagen zijn er geweest'].map((t) => u(t).events)).toEqual(['list', 'list']);
    // For whom one asks, at the end, is no part of the question; ", voor de lunch" still says when.
    expect(['wat is het adres hier, voor de fotograaf?', 'wie spreekt bij de opening, voor mijn nieuwsbrief'].map((t) => u(t).unknown)).toEqual([[], []]);
    expect(u('wat is er om 11.00, voor de lunch?').part).toBe('beforeLunch');
    // "middagsessies", "ochtendsessie": the part of the day and a word for sessions.
    expect(['wanneer beginnen de middagsessies', 'welke ochtendsessie is er'].map((t) => [u(t).part, u(t).unknown])).toEqual([['afternoon', []], ['morning', []]]);
    // "waarmee", "waarin" ask; they are no topic.
    expect(['waarmee werd de dag in Alfastad afgesloten', 'waarin ging het over wonen'].map((t) => [...u(t).topic, ...u(t).unknown].filter((w) => w.startsWith('waar')))).toEqual([[], []]);
    // "waar … mee" asks with what, not where.
    expect(u('waar doet Bureau Stad vandaag aan mee').asks.has('where')).toBe(false);
  });

  it('theMiddagpauze_isTheLunch_evenSplit_andADgIsAFunction', () => {
    expect(['wat kon je in de middagpauze doen', 'wat is er tijdens de middag pauze'].map((t) => u(t).part)).toEqual(['duringLunch', 'duringLunch']);
    expect(u('wie is die DG van BZK').functions).toEqual(['dg']);
  });

  it('verbsThatOnlyFrameTheQuestion_areNoTopic', () => {
    expect(['wie gaf de sessie over mobiliteit', 'wie leidde die over mobiliteit enzo', 'wat ligt er tegenwoordig over mobiliteit'].map((t) => [...u(t).topic, ...u(t).unknown])).toEqual([['mobiliteit'], ['mobiliteit'], ['mobiliteit']]);
    expect(['is er aandacht voor mobiliteit', 'mobiliteit, dat stuk'].map((t) => [...u(t).topic, ...u(t).unknown])).toEqual([['mobiliteit'], ['mobiliteit']]);
    expect(['ik kijk terug op mobiliteit', 'mobiliteit ipv woningbouw', 'mobiliteit, wat zat daarin'].map((t) => [...u(t).topic, ...u(t).unknown])).toEqual([['mobiliteit'], ['mobiliteit', 'woningbouw'], ['mobiliteit']]);
  });

  it('theNaOfAPartOfTheDay_isNoFromOfAClockTime', () => {
    expect(['welke sessies zijn er na de lunch, om 13.30 uur?', 'wat is er na 13.30', 'vanaf half twee', 'wat is er vanmiddag vanaf 14.00'].map((t) => u(t).fromTime)).toEqual([false, true, true, true]);
  });

  it('aWindowSaidInWords_isAWindow_bothEndsTimes', () => {
    const win = (t: string) => [u(t).time, u(t).timeTo];
    expect([win('wat is er tussen twee en drie'), win('tussen half twee en drie uur'), win('wat is er binnen te doen tussen één en kwart over twee')]).toEqual([
      ['14:00', '15:00'],
      ['13:30', '15:00'],
      ['13:00', '14:15'],
    ]);
    // "binnen te doen" is inside, not arriving; and no topic.
    const inside = u('wat is er binnen te doen tussen één en kwart over twee');
    expect([inside.fromTime, inside.topic, inside.unknown]).toEqual([false, [], []]);
    // Not times at both ends: no window.
    expect([win('tussen een lunch en de afsluiting'), win('wat zit er tussen de lunch en de afsluiting'), win('de samenwerking tussen twee en drie gemeenten')]).toEqual([
      [undefined, undefined],
      [undefined, undefined],
      [undefined, undefined],
    ]);
  });

  it('askingForAColleague_theColleagueIsNoTopic', () => {
    for (const t of ['mijn collega vraagt naar welk adres ze moet', "mijn collega's willen weten hoe laat het begint"]) expect([t, [...u(t).topic, ...u(t).unknown]]).toEqual([t, []]);
  });

  it('arrivingOrLeavingAtAClockTime_asksWhatIsAfterOrBeforeIt', () => {
    const dir = (t: string) => { const q = u(t); return q.untilTime ? 'until' : q.fromTime ? 'from' : 'at'; };
    // Leaving: what one can still attend is before it; what one misses is after it.
    expect(['ik moet om twaalf uur alweer weg, wat kan ik nog meemaken?', 'om 3 uur vertrek ik, wat kan ik zien', 'ik ga om 3 uur weg, wat mis ik'].map(dir)).toEqual(['until', 'until', 'from']);
    // Arriving: what is on from then; what one missed is before it.
    expect(['pas om 15.00 binnen, wat is er nog', 'ik kom rond kwart over twee aan, wat kan ik bijwonen', 'ik ben er pas om drie uur', 'ik kom om half twaalf binnen, wat heb ik gemist'].map(dir)).toEqual(['from', 'from', 'from', 'until']);
    // "pas" alone is "only": what begins then; "op weg naar" is a way, not leaving.
    expect(dir('welke sessie begint pas om 15.00')).toBe('at');
    expect(dir('het debat op weg naar krachtige steden om 13.20')).toBe('at');
    // The words of arriving are no topic ("binnen" is not "binnensteden").
    expect([...u('pas om 15.00 binnen, wat is er nog').topic, ...u('pas om 15.00 binnen, wat is er nog').unknown]).toEqual([]);
  });

  it('aNameWithIj_typedWithY_isThatPerson', () => {
    const world = answerWorld([oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [
      { code: 'debat', title: 'Debat', kind: 'plenair', start: '10:00', end: '11:00', people: [{ name: 'Paul van Dijk', role: 'spreker', function: 'directeur' }] },
    ])]);
    const ids = (t: string) => understand(t, world.catalogue).personIds;
    const paul = ids('wie is Paul van Dijk');
    expect(paul).toHaveLength(1);
    expect([ids('paul van dyk waar werkt die'), ids('wat doet van dyk')]).toEqual([paul, paul]);
  });

  it('aShortSurnameWithATypo_afterItsOwnFirstName_isThatPerson', () => {
    const karel = u('karel de vries').personIds;
    expect(karel).toHaveLength(1);
    expect(u('wanneer spreekt karel vris').personIds).toEqual(karel);
    expect(u('wanneer spreekt karel vd vris').personIds).toEqual(karel);
    // Another first name before it, particles or not, is someone else.
    expect(u('wanneer spreekt piet de vris').personIds).toEqual([]);
    expect(u('wanneer spreekt piet vd vries').personIds).toEqual([]);
  });

  it('nameInLowerCase_withACommonFirstName_isStillAName_gibberishIsNot', () => {
    expect(u('is mark rutte er ook vandaag?').unknownName).toBe('mark rutte');
    expect(u('sprak Femke Halsema ook?').unknownName).toBe('Femke Halsema');
    // Typed without capitals, a common first name says a name starts there.
    expect(u('spreekt sharon dijksma vandaag?').unknownName).toBe('sharon dijksma');
    expect(u('is hanke bruins slot er ook').unknownName).toBe('hanke bruins');
    expect(u('wat doet karin bakker').personIds).toEqual([]);
    expect(u('asdf qwerty').unknownName).toBeNull();
  });

  it('aFirstNameThenASurnameThatIsAlsoAWord_orACloseTypoOfAnotherSurname_isSomeoneElse', () => {
    // "visser" or "bakkers" are words and surnames; after a first name the programme knows, they name a stranger.
    expect(u('wat doet anke visser').unknownName).toBe('anke visser');
    expect(u('wat doet Karel Bakkers').personIds).toEqual([]);
    expect(u('wat doet Karel Bakkers').unknownName).toBe('Karel Bakkers');
    expect(u('wat doet anke bakkers').personIds).toHaveLength(1);
  });

  it('aFirstNameAParticleAndAWordNoOneIsCalled_isSomeoneElse_evenIfTheWordIsInTheProgramme', () => {
    // "woning" is a programme word, but nobody on the programme is called De Woning.
    expect(u('spreekt karel de woning vandaag').unknownName).toBe('karel de woning');
    expect(u('wat doet karel de vries').personIds).toHaveLength(1);
  });

  it('aTitleOrInitialsBeforeASurnameNoOneHas_isSomeoneElse_evenWhereTheSurnameIsAWord', () => {
    expect(u('wanneer spreekt dr. J. Jansen').unknownName).toBe('J. Jansen');
    expect(u('Wanneer spreekt mevrouw dr. S. Kok van het ministerie?').unknownName).toBe('S. Kok');
    expect(u('spreekt ir. P. de Graaf vandaag').unknownName).toBe('P. de Graaf');
    expect(u('is meneer woning er ook').unknownName).toBe('woning');
    // Someone on the programme, also with a typo, is that person; a title is no topic.
    expect([u('wat doet mevrouw Bakker').unknownName, u('wat doet mevrouw Bakker').personIds]).toEqual([null, [expect.any(Number)]]);
    expect(u('wanneer spreekt de heer bakkker').unknownName).toBeNull();
    expect(u('wanneer spreekt mevrouw bakker').topic).toEqual([]);
    // A first name after the title is read with its surname.
    expect(u('spreekt prof. Karel Janssen').unknownName).toBe('Karel Janssen');
  });

  it('aFunctionBeforeAWordInNoProgrammeAndNoWordList_isSomeoneElse_andNoOneHoldingTheFunctionIsAskedFor', () => {
    const q = u('heeft wethouder Yilmaz ergens een sessie');
    expect([q.unknownName, q.functions]).toEqual(['Yilmaz', []]);
    expect(u('spreekt burgemeester halsema vandaag').unknownName).toBe('halsema');
    // The function asked about ("welke", "de"), a word of the language or the programme after it: no name.
    expect(u('welke burgemeester opent de dag').unknownName).toBeNull();
    expect(u('wethouder wonen vandaag').unknownName).toBeNull();
    expect(u('waar spreekt de wethouder vandaag').unknownName).toBeNull();
  });

  it('aCompoundOfAProgrammeWordAndARole_isBoth', () => {
    expect([u('wie was de openingsspreker').topic, u('wie was de openingsspreker').roles]).toEqual([['opening'], ['spreker']]);
    expect([u('wie was de woningbouwgastheer').topic, u('wie was de woningbouwgastheer').roles]).toEqual([['woningbouw'], ['gastheer']]);
    // A role that is itself one word stays one.
    expect([u('wie is de vicevoorzitter').topic, u('wie is de vicevoorzitter').roles]).toEqual([[], ['vicevoorzitter']]);
  });

  it('aCompoundOfAPartOfTheDayAndASessionWord_isBoth', () => {
    expect(u('hoe laat is de slotsessie').topic).toEqual(['slot']);
    expect(u('wie spreken er in de openingssessie').topic).toContain('opening');
    expect(u('wanneer is de woningbouwpresentatie').topic).toContain('woningbouw');
    // A word of the programme's that ends like one stays whole.
    expect(u('wat is een deelsessie').topic).not.toContain('deel');
  });

  it('everydayWordsForNextWhereAndSomethingLike_areHeard', () => {
    expect(['wat staat er als eerstvolgende op het programma', 'eerstvolgende sessie', 'wat komt hierna'].map((t) => u(t).relative)).toEqual(['soon', 'soon', 'soon']);
    expect(['moet het in de navi zetten', 'postcode netwerkdag'].map((t) => u(t).focus)).toEqual(['where', 'where']);
    expect(u('is er zoiets als een excursie').unknown).toEqual([]);
  });

  it('anImperativeToList_isNoTopic', () => {
    for (const t of ['zet de sessies over woningbouw op een rij', 'noem de sessies over woningbouw op een rijtje', 'sessies over woningbouw']) {
      expect([t, u(t).topic, u(t).unknown]).toEqual([t, ['woningbouw'], []]);
    }
  });

  it('inWelkeRonde_asksForOneRound_notAList', () => {
    expect(['in welke ronde is de sessie over cultuur', 'in welke ronde is cultuur'].map((t) => u(t).wantsList)).toEqual([false, false]);
    expect(u('welke sessies zijn er in de eerste ronde').wantsList).toBe(true);
  });

  it('goingInside_isTheWalkIn', () => {
    expect(['vanaf hoe laat kan ik naar binnen', 'wanneer kunnen we binnen lopen', 'hoe laat mogen we naar binnen'].map((t) => u(t).kinds)).toEqual([['inloop'], ['inloop'], ['inloop']]);
    expect(u('vanaf hoe laat kan ik naar binnen').topic).toEqual([]);
    expect(u('hoe laat gaan de deuren open').kinds).toEqual(['inloop']);
  });

  it('whoMayTakePart_asksWhomTheNetwerkdagIsFor_andTheLatestTimeToBeThereIsItsStart', () => {
    expect(['wie kan er meedoen', 'wie mogen er deelnemen'].map((t) => u(t).audience)).toEqual([true, true]);
    // Taking part oneself in a session is about that session.
    const walk = u('kan ik meedoen met de wandeling');
    expect([walk.audience, walk.topic, walk.unknown]).toEqual([false, [], []]);
    const latest = u('hoe laat moet ik er uiterlijk zijn');
    expect([latest.dayBound, latest.topic, latest.unknown]).toEqual(['start', [], []]);
  });

  it('between_readsBothThingsNamed_asQuestionsOfTheirOwn', () => {
    const q = u('wat zit er tussen de lunch en de afsluiting?');
    expect([q.between?.from.topic, q.between?.to.topic]).toEqual([['lunch'], ['afsluiting']]);
    expect(u('wat kon je doen tussen de middag').between).toBeUndefined();
    // "na … maar voor …" names the same two moments.
    const after = u('wat kan ik doen na de lunch maar voor de afsluiting');
    expect([after.between?.from.topic, after.between?.to.topic]).toEqual([['lunch'], ['afsluiting']]);
  });

  it('aRemarkAboutOneself_isDropped_unlessItNamesSomeoneOnTheProgramme', () => {
    expect(u('hoe laat moet ik beginnen, ik ben Anke Bakker').personIds).toHaveLength(1);
    expect(u('wat betekent TWB, zie het steeds in de stukken').unknown).toEqual([]);
  });

  it('mySessionAboutSomething_isThatSession_notTheListOfMySignUps', () => {
    expect(u('mijn sessie over woningbouw, in welke zaal is die').personal).toBeNull();
    expect(u('wat zijn mijn sessies').personal).toBe('mine');
  });

  it('englishWordsForTheLabourMarketAndMeetings_areTranslated', () => {
    expect(u('is there a session on labour market').english).toBe(true);
    expect(u('is there a session on labour market').unknown).not.toContain('labour');
    expect(u('which theme groups meet today').unknown).toEqual([]);
    // "network days", "network day": the Dutch compound, as "netwerk dagen" is.
    expect(['which network days do you know about', 'when was the last network day'].map((t) => u(t).events !== null || u(t).eventOrder !== null)).toEqual([true, true]);
  });

  it('englishClockPhrases_areReadAsTheDutchTimes', () => {
    expect(['what is on at half past twelve', 'what is on at quarter past two', 'what is on at quarter to 3', 'what is on at half past 1'].map((t) => u(t).time)).toEqual([
      '12:30', '14:15', '14:45', '13:30',
    ]);
    // "city safaris": the Dutch compound, not "stad" beside it; "did" is no search word.
    const safaris = u('what time did the city safaris start');
    expect([...safaris.topic, ...safaris.unknown].filter((w) => w === 'stad' || w === 'did')).toEqual([]);
    // ("is it over?": "over" said in English is still read as English.)
    expect(u('what is on at quarter past two').topic).toEqual([]);
  });

  it('englishWordsForThemesAndPlenaries_areTranslated', () => {
    expect(['is there anything on poverty', 'who were the plenary speakers', 'anything about climate or energy'].map((t) => [...u(t).topic, ...u(t).unknown])).toEqual([
      ['armoede'], ['plenair'], ['klimaat', 'energie'],
    ]);
  });

  it('englishWordsForChoosing_ordinals_andAny_areTranslated', () => {
    const options = u('what are the options in round 1 today');
    expect([options.english, options.round?.number, options.unknown]).toEqual([true, 1, []]);
    expect(u('what time does the third round finish').round?.number).toBe(3);
    expect(u('which choices are there in the second round').unknown).toEqual([]);
    // "any" asks whether there are some: it is no search word (an English word in a short question is read in Dutch too).
    const any = u('any excursions in Alfastad?');
    expect([any.kinds, any.unknown]).toEqual([['excursie'], []]);
  });

  it('theNextNetwerkdag_saidOnlyInALeadIn_withANetwerkdagNamed_isWhyOneAsks', () => {
    expect(u('Voor de planning van de volgende editie: in welk gebouw zaten we in Alfastad?').events).toBe(null);
    expect(u('Ik organiseer de volgende netwerkdag. Waar was die in Alfastad?').events).toBe(null);
    // Asked, or with no netwerkdag named, it is the next one.
    expect(u('Voor de planning: waar is de volgende netwerkdag?').events).toBe('next');
    expect(u('Ik organiseer iets. Wanneer is de volgende netwerkdag?').events).toBe('next');
  });

  it('aWordOfAThemagroepsNameAndGroep_namesThatThemagroep', () => {
    for (const t of ['wie zit de cultuurgroep voor', 'wanneer komt de cultuursgroep bij elkaar', 'cultuurgroepen alfastad']) {
      expect([t, u(t).organisers.map((o) => o.slug)]).toEqual([t, ['tg-cultuur']]);
    }
    // Not a word of a themagroep's name: no themagroep.
    expect(u('wie zit de fietsgroep voor').organisers).toEqual([]);
  });

  it('anUnknownPastParticiple_saysHowNotWhat_andIsNoSearch', () => {
    const q = u('is er op een netwerkdag teruggeblikt op de woningbouw?');
    expect([q.unknown, q.topic]).toEqual([[], ['woningbouw']]);
    // A noun the programme lacks is still a search that finds nothing, also one that begins with "ge".
    expect(u('is er iets over geluidsoverlast?').unknown).toEqual(['geluidsoverlast']);
    expect(u('wat was het menu bij de lunch').unknown).toEqual(['menu']);
  });

  it('wordsThatOnlyShapeTheSentence_areNoSearch_andWalkingToursAreWalks', () => {
    // "hoe zag … eruit", "iets extra's": how one asks, not what about.
    expect(u('hoe zag het lunchprogramma in alfastad eruit?').topic).toEqual([]);
    expect(u("kon je tijdens de lunch nog iets extra's doen").topic).toEqual([]);
    // "end of the day", translated word by word, is still the end of the day.
    expect(u("what's on at the end of the day?").part).toBe('endOfDay');
    const tours = u('which walking tours were offered in Alfastad?');
    expect([tours.english, tours.kinds?.includes('wandeling'), tours.unknown, tours.topic]).toEqual([true, true, [], []]);
  });

  it('oneUnknownWordAlone_isASearch_gibberishIsNot', () => {
    expect(u('omtzigt').understood).toBe(true);
    expect(u('omtzigt').unknown).toEqual(['omtzigt']);
    expect(u('asdfghjkl').understood).toBe(false);
  });

  it('aTypoInTheFirstName_isStillThatPerson', () => {
    expect(u('wat doet anka bakker').personIds).toHaveLength(1);
  });

  it('functionWords_andWaysOfSayingThem', () => {
    expect(u('wie is de voorzitter van de ruimtelijke pijler').functions).toEqual(['voorzitter']);
    expect(u('wie zit de ruimtelijke pijler voor').functions).toEqual(['voorzitter']);
    expect(u('wie is de baas').functions).toEqual(['voorzitter']);
  });

  it('compoundsWrittenAsTwoWords_areOne', () => {
    expect(u('eerste thema ronde').round).toEqual({ number: 1 });
    expect(u('wie is de vice voorzitter').functions).toEqual(['vicevoorzitter']);
  });

  it('kindsRoundsAndStatus', () => {
    expect(u('welke wandelingen zijn er').kinds).toEqual(['wandeling']);
    expect(u('tweede ronde').round).toEqual({ number: 2 });
    expect(u('2e ronde').round).toEqual({ number: 2 });
    // Written as in chat or as the session codes do: "r2", "ronde2".
    expect([u('r2 sessies').round, u('ronde2').round, u('wat is er in r3').round]).toEqual([{ number: 2 }, { number: 2 }, { number: 3 }]);
    // A round word that lost its last letter after an ordinal is still one; "rond" before a time is "around".
    expect([u('de deelsessies van de eerste rond').round, u('wat is er rond 12 uur').round, u('wat is er rond 12 uur').time]).toEqual([{ number: 1 }, undefined, '12:00']);
    expect(u('welke themagroepen vergaderen niet').cancelled).toBe(true);
    expect(u('welke themagroepen vergaderen niet').organiserKind).toBe('themagroep');
    // "tg's", "tg" are what themagroepen are called in chat.
    expect([u("welke tg's vergaderen niet").organiserKind, u('welke tgs kwamen bijeen').organiserKind, u("welke tg's kwamen niet bij elkaar").unknown]).toEqual(['themagroep', 'themagroep', []]);
    // "geen overleg" says the same; "overleg" is then no topic.
    const none = u('themagroepen geen overleg');
    expect([none.cancelled, none.topic]).toEqual([true, []]);
  });

  it('conversationBasics_greetingThanksGoodbye_onlyWhenThatIsAll', () => {
    expect(['hallo', 'goedemorgen!', 'hoi bot'].map((t) => u(t).social)).toEqual(['greeting', 'greeting', 'greeting']);
    expect(['bedankt!', 'thnx, top', 'hartelijk dank voor de informatie'].map((t) => u(t).social)).toEqual(['thanks', 'thanks', 'thanks']);
    expect(['doei', 'tot ziens', 'oke dan, fijne dag nog he'].map((t) => u(t).social)).toEqual(['goodbye', 'goodbye', 'goodbye']);
    expect(u('hallo, wie spreekt bij de opening?').social).toBeNull();
  });

  it('english_shortOrWithTheNetworksName_isStillEnglish_andFunctionsTranslate', () => {
    expect([u('G40 chair?').english, u('G40 chair?').functions]).toEqual([true, ['voorzitter']]);
    expect([u('lunch walk').english, u('lunch walk').kinds]).toEqual([true, ['wandeling']]);
    // ("city safaris": the programme's word for its excursions, in English; the question is English, so the reply says so.)
    expect(['list all the city safaris in alfastad', 'which safaris were there in alfastad'].map((t) => [u(t).english, u(t).kinds])).toEqual([[true, ['excursie']], [true, ['excursie']]]);
    expect(u('Who is the chairman of the G40?').functions).toEqual(['voorzitter']);
  });

  it('functionAliases_fromTheData_andAFunctionThatIsARole_asksForTheRoleToo', () => {
    expect(u('vz ruimtelijke pijler').functions).toEqual(['voorzitter']);
    expect(u('wie is de baas').functions).toEqual(['voorzitter']);
    // The programme may list a chair by role alone, without a function text.
    expect(u('wie zit de ruimtelijke pijler voor').roles).toContain('voorzitter');
    // The guide of a walk is who the programme names there, as speaker or host.
    expect([u('wie was de gids bij de wandeling').roles, u('rondleider wandeling').roles]).toEqual([['spreker', 'gastheer'], ['spreker', 'gastheer']]);
  });

  it('aCompoundOfAWordAndAKindOfSession_isBoth_andTwoKindsJoinedByEnAreBoth', () => {
    const bike = u('fietsexcursie alfastad');
    expect([bike.kinds, bike.topic]).toEqual([['excursie'], ['fiets']]);
    expect(u('welke wandelingen en bezoeken zijn er').kinds?.sort()).toEqual(['excursie', 'wandeling']);
  });

  it('aCompoundEndingInLunch_isTheLunchInPartsOfTheDay', () => {
    expect(['wat is er tijdens de netwerklunch', 'wat is er na de lunchpauze'].map((t) => u(t).part)).toEqual(['duringLunch', 'afterLunch']);
  });

  it('venueWords_askForTheNetwerkdagsPlace_notOnesOwnSession', () => {
    expect(['in welk gebouw is het', 'adres?', 'welke locatie'].map((t) => u(t).focus)).toEqual(['where', 'where', 'where']);
    expect(u('waar moet ik zijn').personal).toBe('where');
    expect(u('ik zoek het adres, waar moet ik naartoe?').personal).toBeNull();
  });

  it('wordsForTheWalkInAndTheKindOfDay_fromTheLanguageData', () => {
    expect(u('vanaf hoe laat kan ik binnen lopen').kinds).toEqual(['inloop']);
    expect(u('wanneer is de binnenkomst').kinds).toEqual(['inloop']);
    expect([u('wat voor uitjes waren er').kinds, u('wat voor uitjes waren er').wantsList]).toEqual([['excursie'], true]);
    expect(u('locatie BND').eventIds).toEqual(u('locatie bestuurlijke netwerkdag').eventIds);
    expect(u('locatie BND').eventIds).not.toBeNull();
  });

  it('daysOfAKind_areTheNetwerkdagenOfThatKind', () => {
    expect(['welke ambtelijke dagen waren er', 'wanneer waren de bestuurlijke dagen'].map((t) => u(t).events)).toEqual(['list', 'list']);
    // "dag" alone is one day.
    expect(u('wat is er op de ambtelijke dag').events).toBeNull();
  });

  it('chatFiller_isNoTopic', () => {
    expect(u('tot hoe laat duurt het? moet mn trein plannen').topic).toEqual([]);
    expect(u('ik zoek het adres, wil het in mn navigatie zetten').topic).toEqual([]);
    for (const t of ['op welke netwerkdagen heeft joris vermeer een presentatie gegeven', 'welke sessies heeft wonen en bouwen verzorgd']) {
      expect([t, u(t).topic, u(t).unknown]).toEqual([t, [], []]);
    }
    for (const t of ['wat is er om 11.00 uur gaande', 'welke wandelingen konden deelnemers maken']) expect([t, u(t).topic, u(t).unknown]).toEqual([t, [], []]);
    // Verbs that only frame what is asked ("hoe krijgen we", "waar werd … besproken").
    for (const [t, topic] of [['hoe krijgen we meer woningen', 'woningen'], ['waar werd de woningbouw besproken', 'woningbouw'], ['is er een eigen sessie over woningbouw', 'woningbouw']] as const) {
      expect([t, u(t).topic, u(t).unknown]).toEqual([t, [topic], []]);
    }
    // Hedges ("in grote lijnen") say nothing about what is asked.
    expect([u('waar gaat het vandaag over, in grote lijnen').topic, u('waar gaat het vandaag over, in grote lijnen').unknown]).toEqual([[], []]);
    // "tot nu toe" is no topic and not "now".
    expect([u('welke netwerkdagen zijn er tot nu toe geweest').topic, u('welke netwerkdagen zijn er tot nu toe geweest').relative]).toEqual([[], undefined]);
    // "aan de orde", "ter sprake" only say that something was discussed; "als" is no topic ("aanwezig als spreker").
    for (const t of ['wanneer kwam wonen en bouwen aan de orde', 'wanneer kwam wonen en bouwen ter sprake', 'waar was Karel de Vries aanwezig als spreker']) {
      expect([t, u(t).topic, u(t).unknown]).toEqual([t, [], []]);
    }
    // After the question, a sentence about oneself ("ben ik …") is not part of it.
    expect(u('hoe laat is de lunch? ben ik als wethouder daar ook welkom').topic).toEqual(['lunch']);
    // A remark about oneself after a comma is no part of the question; the question before it is.
    expect(u('wat is er over woningbouw, zie het steeds in de stukken').topic).toEqual(['woningbouw']);
    expect(u('wat is er over woningbouw, ik hoor er veel over').topic).toEqual(['woningbouw']);
    // One in the middle says what is asked.
    expect(u('goeiemorgen, ik wil iets over woningbouw, wat raad je aan').topic).toContain('woningbouw');
  });

  it('welkeZaalOrWelkeTijd_asksForAPlaceOrTime_notForAList', () => {
    expect([u('in welke zaal is de opening').wantsList, u('welke sessies zijn er').wantsList, u('welk tijdstip begint de opening').wantsList]).toEqual([false, true, false]);
  });

  it('wordsOfTimePhrases_areNeverMendedIntoOtherWords', () => {
    // "afgesloten" is two edits from "afgelopen", a question word: it must stay itself.
    expect(u('hoe werd de dag afgesloten').part).toBe('endOfDay');
  });

  it('topicTypos_twoEditsOnlyInLongWordsOrWithTheSameBeginning_andTwoLetterAbbreviationsCount', () => {
    // The made-up programme has "woningbouw": "woningbuow" (two edits, same beginning) is it; "wonigbuow" is not mended.
    expect(u('sessie over woningbuow').topic).toEqual(['woningbouw']);
    // "hammaveem" is two edits from "gammaveen" but begins otherwise: another word, not a typo.
    expect(u('sessie over hammaveem').topic).toEqual([]);
    expect(u('sessie over gammaveem').topic).toEqual(['gammaveen']);
    expect(u('iets over AI').unknown).toEqual(['ai']);
  });

  it('aFunctionThatIsNotAskedFor_isWhatTheQuestionIsAbout', () => {
    expect(u('wanneer spreekt de burgemeester').topic).toEqual(['burgemeester']);
    expect(u('wie is de burgemeester').topic).toEqual([]);
    expect(u('wie is de burgemeester').functions).toEqual(['burgemeester']);
  });

  it('wanneerBegon_asksWhen_waarBegon_asksWhere', () => {
    expect([u('wanneer begon de netwerkdag').focus, u('waar begon de wandeling').focus]).toEqual(['when', 'where']);
  });

  it('whoOrganises_isItsOwnAsk_andAThemagroepWordDoesNotNarrowIt', () => {
    for (const t of ['welke themagroep organiseert de sessie over woningbouw', 'van wie is de sessie over woningbouw', 'wie zit er achter de woningbouw']) {
      const q = u(t);
      expect([t, q.focus, q.organiserKind, q.topic]).toEqual([t, 'organiser', undefined, ['woningbouw']]);
    }
  });

  it('howLongAndSeatsLeft_areAskedLikeWhenAndSignup', () => {
    expect([u('hoe lang duurt de lunch').focus, u('hoe lang duurt de lunch').topic]).toEqual(['when', ['lunch']]);
    expect([u('zijn er nog plekken vrij bij de wandeling').focus, u('is de wandeling vol').focus]).toEqual(['signup', 'signup']);
  });

  it('howDoICancel_isAboutOnesOwnSignUps_andHowDoIGetThere_asksWhere', () => {
    expect([u('hoe meld ik me af').personal, u('hoe kom ik bij het muziekcentrum').focus]).toEqual(['mine', 'where']);
  });

  it('chatShorthandForClockTimes', () => {
    expect([u('wat is er om 14u').time, u('wat is er om 1400').time, u('wat is er tegen drieën').time]).toEqual(['14:00', '14:00', '15:00']);
  });

  it('englishClockTimes_amAndPm', () => {
    expect([u('What is on at 2pm?').time, u("what's on at 2.30 pm").time, u('whats happening at 11 am').time]).toEqual(['14:00', '14:30', '11:00']);
    expect(u("what's on at 2.30 pm").english).toBe(true);
  });

  it('english_isRecognisedAndReadInDutch', () => {
    const q = u('who is speaking at the opening?');

    expect([q.english, q.focus, q.topic]).toEqual([true, 'who', ['opening']]);
    expect(u('wie spreekt er bij de opening').english).toBe(false);
  });

  it('whatIsAnAbbreviation_andNothingElse_asksWhatItStandsFor', () => {
    expect(['wat is TWB eigenlijk', 'wat is twb?', 'waar staat TWB voor'].map((t) => u(t).meaning)).toEqual([true, true, true]);
    // Its name, or with a day or a netwerkdag, asks what it does (there).
    expect(['wat is wonen en bouwen', 'wat is twb vandaag', 'wat is TWB in alfastad'].map((t) => u(t).meaning)).toEqual([false, false, false]);
  });

  it('aPronounAtTheEnd_pointsBackAtThePreviousAnswer', () => {
    expect(['hoe laat begonnen ze', 'waar was die', 'hoe laat begint het'].map((t) => u(t).pointsBack)).toEqual([true, true, true]);
  });

  it('netwerkdagenThemselves_allOrTheNext', () => {
    expect([u('welke netwerkdagen zijn er geweest').events, u('ambtelijke netwerkdagen').events, u('wanneer is de volgende netwerkdag').events]).toEqual(['list', 'list', 'next']);
    // "de volgende keer" is the next netwerkdag too; "de volgende sessie" is what comes next today.
    expect([u('waar is de volgende keer?').events, u('wanneer is het de volgende keer').events, u('wat is de volgende sessie').events]).toEqual(['next', 'next', null]);
  });

  it('personal_questionsAboutOnesOwnDay', () => {
    expect([u('waar moet ik nu zijn?').personal, u('wat is mijn volgende sessie').personal, u('mijn sessies').personal]).toEqual(['where', 'next', 'mine']);
  });

  it('gibberish_isNotUnderstood_andUnknownTopicWordsAreKept', () => {
    expect(u('asdf qwerty zxcv').understood).toBe(false);
    expect(u('wanneer is de sessie over ruimtevaart').unknown).toEqual(['ruimtevaart']);
  });

  it('wordsThatAreObjectKeys_areJustWords', () => {
    expect(() => u('constructor toString __proto__ hasOwnProperty valueOf')).not.toThrow();
    expect(u('wie is constructor').focus).toBe('who');
  });

  it('veryLongInput_isCut_notSlow', () => {
    const q = u(`wie spreekt ${'a '.repeat(50_000)}`);

    expect(q.focus).toBe('who');
  });

  it('wordsThatOnlySharpenATime_andWhatIsExcepted_areNoTopic', () => {
    const q = u('wat is er direct na de lunch');
    expect([q.part, q.topic]).toEqual(['afterLunch', []]);
    const clock = u('wat is er precies om drie uur');
    expect([clock.time, clock.topic]).toEqual(['15:00', []]);
    const except = u('wat kan ik doen in de lunchpauze behalve eten');
    expect([except.part, except.topic, except.unknown]).toEqual(['duringLunch', [], []]);
    // "naar buiten" is a place, not an exception: what follows is still asked.
    const outside = u('kan ik tijdens de lunch naar buiten, een wandeling maken');
    expect([outside.part, outside.kinds, outside.topic]).toEqual(['duringLunch', ['wandeling'], []]);
    const after = u('wat komt er meteen na de opening');
    expect([after.afterNamed, after.topic]).toEqual([true, ['opening']]);
    expect(u('wat is er na drie uur').afterNamed).toBe(false);
    const alongside = u('wat loopt er parallel aan de opening');
    expect([alongside.alongsideNamed, alongside.topic, alongside.unknown]).toEqual([true, ['opening'], []]);
    expect(['tegelijk met de opening', 'wat is er op hetzelfde moment als de opening', 'wat is er op dezelfde tijd als de opening', 'what runs at the same time as the opening']
      .map((t) => u(t).alongsideNamed)).toEqual([true, true, true, true]);
    expect(['kan ik twee sessies tegelijk volgen', 'wat is er tegelijk'].map((t) => u(t).alongsideNamed)).toEqual([false, false]);
    expect(['wat was er vlak daarvoor', 'moet ik me daarvoor aanmelden'].map((t) => u(t).beforePrevious)).toEqual([true, false]);
    // Just before a fixed part: with "vlak", "net", "voorafgaand aan", or "voor" when nothing else is asked.
    expect(['wat is er vlak voor de afsluiting', 'voorafgaand aan de borrel', 'wat is er voor de opening', 'net voor de koffiepauze'].map((t) => u(t).beforeNamed))
      .toEqual([true, true, true, true]);
    expect(['kan ik me aanmelden voor de excursie', 'hoe laat moet ik in de zaal zitten voor de opening', 'is er een pauze voor de afsluiting', 'wie spreekt er voor de themagroep']
      .map((t) => u(t).beforeNamed)).toEqual([false, false, false, false]);
    // "voor de tweede ronde" is before it, unless it is what one chooses or signs up for.
    expect(['wat is er voor de tweede ronde', 'wat zijn de opties voor de tweede ronde', 'welke sessies zijn er voor ronde 2', 'wat was de laatste keuzeronde'].map((t) => u(t).round))
      .toEqual([{ number: 2, relation: 'before' }, { number: 2 }, { number: 2 }, { number: -1 }]);
  });

  it('netwerkdagenByKindAndOrder_askedAsAlternativesOrRelativeToThisOne', () => {
    // Theme groups on a netwerkdag of a kind are asked for, not the netwerkdagen of that kind.
    expect(['welke tgs vergaderden niet op de ambtelijke dag in alfastad', 'welke ambtelijke netwerkdagen waren er'].map((t) => u(t).events)).toEqual([null, 'list']);
    // Both kinds named asks which one it is: no netwerkdag of one kind is meant.
    expect(u('is de netwerkdag van vandaag ambtelijk of bestuurlijk?').eventIds).toBeNull();
    expect(u('de ambtelijke netwerkdag').eventIds).not.toBeNull();
    expect(['wanneer was de laatste netwerkdag voor deze', 'wat was de laatste netwerkdag'].map((t) => u(t).eventOrder)).toEqual(['previous', 'last']);
    // The most recent before today, or before a netwerkdag named by its city, is the one before.
    expect(['welke netwerkdag was er het meest recent, voor vandaag dan', 'wat was de laatste netwerkdag voor Alfastad', 'welke netwerkdag was het meest recent'].map((t) => u(t).eventOrder)).toEqual(['previous', 'previous', 'last']);
    expect(['en wat is de volgende na vandaag?', 'wat is de volgende'].map((t) => u(t).events)).toEqual(['next', null]);
    expect(u('wat zegt het programma over de netwerkdag na deze?').events).toBe('next');
    // The theme of a netwerkdag, in other words.
    expect(['wat was de slogan in alfastad', 'wat is het hoofdthema vandaag', 'wat is het thema'].map((t) => u(t).theme)).toEqual([true, true, true]);
    expect(['wat is de rode draad van de netwerkdag in alfastad', 'rode draad alfastad'].map((t) => [u(t).theme, u(t).topic, u(t).unknown])).toEqual([[true, [], []], [true, [], []]]);
    // "nog een keer" is once more; "de volgende keer" is the next netwerkdag.
    expect(['sprak hij nog een keer?', 'waar is de volgende keer?'].map((t) => u(t).events)).toEqual([null, 'next']);
    expect([u('sprak hij nadien nog?').afterPrevious, u('sprak hij nog?').afterPrevious]).toEqual([true, false]);
    expect(['en erna?', 'en wat komt er vervolgens', 'en daarna?'].map((t) => u(t).afterPrevious)).toEqual([true, true, true]);
  });

  it('aLeadInBeforeAColon_saysWhyOneAsks_itsWordsNoProgrammeHasAreNoSearch', () => {
    expect(u('Voor ons verslag: wat is het adres in alfastad?').unknown).toEqual([]);
    expect(u('wat is het adres voor ons verslag in alfastad?').unknown).toEqual(['verslag']);
    // A programme word before the colon is still what is asked about.
    expect(u('Woningbouw: wie spreekt er?').topic).toEqual(['woningbouw']);
    // The same for a sentence before the question that says who asks; not for one that asks itself.
    expect(u('Ik schrijf voor de Krommeriner Courant. Wat is het adres in alfastad?').unknown).toEqual([]);
    expect(u('Hoe laat is die krommeriner bestuursverg. tijdens de lunch').unknown).toContain('krommeriner');
    expect(leadInSentences('Ik schrijf voor de Courant. Ik ben nieuw. Welke burgemeesters spreken er?', WORDS))
      .toEqual({ lead: 'Ik schrijf voor de Courant. Ik ben nieuw.', asked: 'Welke burgemeesters spreken er?' });
    // A statement may have a question word in it ("over"); a full stop after a short word ends no sentence ("dr. J. Jansen").
    expect(leadInSentences('Ik schrijf over de netwerkdagen in Tilburg. Wie zaten er in het debat?', WORDS)?.asked).toBe('Wie zaten er in het debat?');
    expect(['Wie schrijft de Courant? Welke burgemeesters spreken er?', 'Welke burgemeesters spreken er?', 'Hoe laat is die bestuursverg. tijdens de lunch',
      'Op welke netwerkdag sprak dr. J. Jansen?', 'Ik zoek iets over wonen. Alvast bedankt!'].map((t) => leadInSentences(t, WORDS))).toEqual([null, null, null, null, null]);
  });

  it('aClockWindow_isItsStartAndEnd', () => {
    const window = (t: string) => [u(t).time, u(t).timeTo];
    expect(window('wat is er tussen 13.20 en 16.00 in alfastad')).toEqual(['13:20', '16:00']);
    expect(window('sessies van 14.00 tot 15.30 uur')).toEqual(['14:00', '15:30']);
    // A bare hour from 1 to 7 is in the afternoon.
    expect(window('wat kan ik doen tussen 2 en 3 uur')).toEqual(['14:00', '15:00']);
    // One time is no window; nor is a window that ends before it begins, nor two numbers that are no times.
    expect(window('wat is er om 14.45')).toEqual(['14:45', undefined]);
    expect(window('tussen 16.00 en 13.00')[1]).toBeUndefined();
    expect(window('de samenwerking tussen 2 en 3 gemeenten')).toEqual([undefined, undefined]);
  });

  it('aMessageWrittenAsALetter_isReadWithoutItsSalutationClosingAndSignature', () => {
    const letter = 'Geachte heer/mevrouw, Mijn wethouder komt naar Alfastad. Kunt u aangeven wie er bij de opening spreekt? Met vriendelijke groet, J. Krommerin, bestuurssecretaris gemeente Noordwaard';
    expect(withoutLetterFrame(letter, WORDS)).toBe('Mijn wethouder komt naar Alfastad. Kunt u aangeven wie er bij de opening spreekt?');
    const q = u(letter);
    expect([q.unknownName, q.focus, q.topic]).toEqual([null, 'who', ['opening']]);
    // Thanks ending the question, then a name: the same ("Alvast bedankt, …", "Bij voorbaat dank, …").
    expect(withoutLetterFrame('Beste collega\'s, wie spreekt er bij de opening? Bij voorbaat dank, Anke Krommerin', WORDS)).toBe('wie spreekt er bij de opening?');
    // A greeting or thanks with nothing else is left whole (answered as such); a closing before the question ends nothing.
    expect(['Goedemorgen!', 'Met vriendelijke groet, Anke', 'bedankt, en waar is de lunch?', 'hallo'].map((t) => withoutLetterFrame(t, WORDS)))
      .toEqual(['Goedemorgen!', 'Met vriendelijke groet, Anke', 'bedankt, en waar is de lunch?', 'hallo']);
  });

  it('aPersonOnWhoseBehalfOneAsks_isNoNameAskedAbout', () => {
    expect(u('namens wethouder Krommerin wil ik weten wie er bij de opening spreekt').unknownName).toBeNull();
    expect(u('wat doet wethouder Krommerin vandaag').unknownName).toBe('Krommerin');
  });

  it('chatSpellings_andLettersHeldDown_areReadWrittenOut', () => {
    expect(['wnr is de opening', 'hoelaat opening', 'wanneeeer is de openingg'].map((t) => u(t).focus)).toEqual(['when', 'when', 'when']);
    expect(u('waaaar is de opening').focus).toBe('where');
    expect(u('wnr is de opening').topic).toEqual(['opening']);
    expect(u('welke themagroepen komen niet bijelkaar').cancelled).toBe(true);
    // "bnd": a bestuurlijke netwerkdag, "bnd's" more of them.
    const beta = w.store.getEventBySlug('2025-06-04-betadorp')!.id;
    expect([u("welke bnd's zijn er geweest").events, u('welke bnd was in betadorp').eventIds]).toEqual(['list', [beta]]);
    // A function in the plural asks for everyone who holds it.
    expect(['burgemeesters vandaag', 'burgemeester vandaag'].map((t) => u(t).wantsList)).toEqual([true, false]);
    // "vz": the function written out, read as if typed in full (also where the programme's text has the word).
    const kappa = answerWorld([oneDayNetwerkdag('Kappastad', '2024-05-16', 'bestuurlijk', [{ code: 'a', title: 'Opening door de voorzitter', kind: 'plenair', start: '10:00', end: '11:00' }])]).catalogue;
    const [short, full] = ['wanneer spreekt de vz', 'wanneer spreekt de voorzitter'].map((t) => understand(t, kappa));
    expect([short!.topic, short!.functions]).toEqual([['voorzitter'], ['voorzitter']]);
    expect([full!.topic, full!.functions]).toEqual([['voorzitter'], ['voorzitter']]);
  });

  it('theWholeProgramme_isAList_andNaAfloopOrADrinkAreNoTopic', () => {
    for (const t of ['laat es het hele programma zien', 'het volledige programma', 'geef me het complete programma']) {
      const q = u(t);
      expect([t, q.focus, q.wantsList, q.topic]).toEqual([t, 'programme', true, []]);
    }
    const drink = u('was er na afloop nog een drankje');
    expect([drink.kinds, drink.topic, drink.unknown]).toEqual([['borrel'], [], []]);
  });

  it('aTypoInAKindWord_isThatKind_notACompoundOfAWordAndAKind', () => {
    const q = u('bij welke stadsafari moest je fietsen');
    expect([q.kinds, q.topic]).toEqual([['excursie'], ['fietsen']]);
  });

  it('thePijlersOwnWordBeforeThemagroepen_namesThatPijler', () => {
    const q = u('welke ruimtelijke themagroepen zijn er');
    expect([q.organisers.map((o) => o.name), q.organiserKind, q.topic]).toEqual([['Ruimtelijke pijler'], 'themagroep', []]);
  });

  it('choicesWithTheWordLunch_areTheLunchAsAPartOfTheDay', () => {
    for (const t of ['lunch opties', 'keuzes lunch']) expect([t, u(t).part, u(t).topic, u(t).choices]).toEqual([t, 'duringLunch', [], true]);
    expect(u('wat is de lunch').part).toBeUndefined();
  });

  it('theOrganisationSomeoneIsNamedWith_isWhoTheyAre_notASecondSubject', () => {
    const q = u('was karel de vries van kennisbureau noord eerder spreker');
    expect([q.personIds.length, q.organisers]).toEqual([1, []]);
    expect(u('wat doet kennisbureau noord').organisers.map((o) => o.name)).toEqual(['Kennisbureau Noord']);
  });

  it('aSentenceAboutOneselfAfterTheQuestion_isNotPartOfIt_oneBeforeItIs', () => {
    const train = u('hoe laat zijn we klaar vandaag? moet mn trein halen');
    expect([train.dayBound, train.topic, train.unknown]).toEqual(['end', [], []]);
    const agenda = u('Wanneer is de opening? Dan kan ik het in de agenda van de burgemeester zetten.');
    expect([agenda.focus, agenda.topic, agenda.functions]).toEqual(['when', ['opening'], []]);
    expect(u('Ik moet om vier uur weg. Wat mis ik dan?').time).toBe('16:00');
  });

  it('compoundOfAnOrganiserKindAndAFunction_isBoth', () => {
    for (const t of ['wie is de pijlervoorzitter', 'wie is themagroepvoorzitter', 'wie is de themagroepsvoorzitter']) expect([t, u(t).functions, u(t).topic]).toEqual([t, ['voorzitter'], []]);
  });

  it('aFunctionInThePlural_isThatFunction', () => {
    expect(['wie waren de voorzitters', 'wie waren de vicevoorzitters'].map((t) => u(t).functions)).toEqual([['voorzitter'], ['vicevoorzitter']]);
  });

  it('aGreetingWithIHaveAQuestion_isAGreeting_andTheWordQuestionIsNoTopic', () => {
    expect(['goedemiddag, ik heb een vraag', 'hoi, mag ik een vraag stellen'].map((t) => u(t).social)).toEqual(['greeting', 'greeting']);
    expect(u('ik heb een vraag over de opening').topic).toEqual(['opening']);
  });

  it('everydayWords_forTheLunch_forBestuurders_forAWalk_andInEnglish', () => {
    expect(u('kan ik tussen de middag iets doen').part).toBe('duringLunch');
    const beta = w.store.getEventBySlug('2025-06-04-betadorp')!.id;
    expect(u('welke netwerkdagen waren er voor bestuurders').eventIds).toEqual([beta]);
    expect(u('welke rondjes kon je lopen').kinds).toEqual(['wandeling']);
    const en = u('which excursions by bike?');
    expect([en.english, en.kinds, en.topic]).toEqual([true, ['excursie'], ['fiets']]);
    // An English word in a Dutch question is read in Dutch too.
    const mixed = u('welke excursies by bike in alfastad');
    expect([mixed.english, mixed.kinds, mixed.topic]).toEqual([false, ['excursie'], ['fiets']]);
  });

  it('aFactNoProgrammeGives_isNamed_unlessAProgrammeUsesTheWord', () => {
    expect(['het e-mailadres van Anke Bakker', 'telefoonnummer organisatie'].map((t) => u(t).absentFact)).toEqual(['mailadres', 'telefoonnummer']);
    expect(u('wanneer spreekt Anke Bakker').absentFact).toBeNull();
    const delta = answerWorld([oneDayNetwerkdag('Deltastad', '2024-05-16', 'ambtelijk', [{ code: 'linkedin', title: 'Workshop LinkedIn voor bestuurders', kind: 'keuzesessie' }])]);
    expect(understand('wat zegt die workshop over linkedin', delta.catalogue).absentFact).toBeNull();
  });
});
