import { describe, expect, it } from 'vitest';
import { tokens } from '../../src/answers/normalize';
import { readTimeLanguage } from '../../src/answers/timeLanguage';
import { WORDS } from '../../src/answers/words';

function read(text: string) {
  const words = tokens(text);
  const used = words.map(() => false);
  return { ...readTimeLanguage(words, used, WORDS), left: words.filter((_, i) => !used[i]) };
}

describe('Dutch time language', () => {
  it('half_meansHalfAnHourBeforeTheHour_afternoonOnAConferenceDay', () => {
    expect([read('wat is er om half drie').time, read('half 3').time, read('half één').time]).toEqual(['14:30', '14:30', '12:30']);
  });

  it('aTimeSaidByName_isThatTime_withTheWordsBeforeIt', () => {
    expect([read('wat loopt er rond het middaguur').time, read('what is on at noon').time]).toEqual(['12:00', '12:00']);
    expect(read('wat loopt er rond het middaguur').left).toEqual(['wat', 'loopt', 'er']);
    // A word that is a name of the language's own ("constructor") names no time.
    expect([read('constructor').time, read('tostring om').time, read('__proto__').time]).toEqual([undefined, undefined, undefined]);
  });

  it('theSpokenFormOfAnHour_afterAWordOfTime_isThatHour_withoutUur', () => {
    expect([read('ik ben er pas na drieën').time, read('tegen vijven').time, read('wat is er om tweeën').time]).toEqual(['15:00', '17:00', '14:00']);
    expect(read('ik ben er pas na drieën').left).toEqual(['ik', 'ben', 'er', 'pas', 'na']);
    // Not after a word of time: no time ("we vieren het jubileum").
    expect(read('we vieren het jubileum').time).toBeUndefined();
  });

  it('kwartOverAndVoor_andMinutesAroundHalf', () => {
    expect([read('kwart over twee').time, read('kwart voor drie').time, read('tien voor half vier').time, read('vijf over half elf').time]).toEqual([
      '14:15',
      '14:45',
      '15:20',
      '10:35',
    ]);
  });

  it('wholeHours_withOmOrUur_butNotARoundNumber', () => {
    expect([read('om twee uur').time, read('om 3').time, read('drie uur').time, read('om negen uur').time]).toEqual(['14:00', '15:00', '15:00', '09:00']);
    expect(read('ronde twee').time).toBeUndefined();
  });

  it('sOchtendsAndSMiddags_sayWhichHalfOfTheDay', () => {
    expect([read("om 8 uur 's avonds").time, read("om tien uur 's ochtends").time, read("om twee uur 's middags").time]).toEqual(['20:00', '10:00', '14:00']);
  });

  it('dayBounds_alsoWithAWordInBetween', () => {
    expect(['hoe laat zijn we vandaag klaar', 'hoe laat is het vandaag afgelopen', 'tot hoe laat'].map((t) => read(t).dayBound)).toEqual(['end', 'end', 'end']);
    expect(read('hoe laat begint de lunch').dayBound).toBeUndefined();
  });

  it('firstAndLastSession_areTheStartAndEndOfTheDay', () => {
    expect([read('wanneer is de eerste sessie').part, read('wat is de laatste sessie').part, read('wat staat er helemaal aan het einde').part]).toEqual([
      'startOfDay',
      'endOfDay',
      'endOfDay',
    ]);
  });

  it('twintigVoorAndOver_areMinutesToo', () => {
    expect([read('om twintig voor twaalf').time, read('twintig over twee').time]).toEqual(['11:40', '14:20']);
  });

  it('afgesloten_isTheEndOfTheDay', () => {
    expect(read('hoe werd de dag afgesloten').part).toBe('endOfDay');
  });

  it('partsOfTheDay_areParts', () => {
    expect(['vanochtend', 'vanmiddag', "'s avonds", 'na de lunch', 'voor de lunch', 'tijdens de lunch', 'aan het eind van de dag', 'als eerste'].map((t) => read(t).part)).toEqual([
      'morning',
      'afternoon',
      'evening',
      'afterLunch',
      'beforeLunch',
      'duringLunch',
      'endOfDay',
      'firstItem',
    ]);
  });

  it('theFirstItem_isNotTheFirstSession', () => {
    // "het eerste onderdeel" is whatever the programme starts with; "de eerste sessie" and "het begin van de dag" the programme proper.
    expect(['wat is het eerste onderdeel', 'wat staat er als eerste', 'wat is de eerste sessie', 'wat is er aan het begin van de dag'].map((t) => read(t).part)).toEqual([
      'firstItem',
      'firstItem',
      'startOfDay',
      'startOfDay',
    ]);
  });

  it('aanmeldenVoorDeLunch_isForTheLunch_notBeforeIt', () => {
    expect(read('kan ik me aanmelden voor de lunch').part).toBeUndefined();
  });

  it('dayBounds_hoeLaatZijnWeKlaar', () => {
    expect([read('hoe laat zijn we klaar').dayBound, read('tot hoe laat duurt het').dayBound, read('hoe laat begint de dag').dayBound]).toEqual(['end', 'end', 'start']);
  });

  it('aClosingVerbWithItsAfFarAfter_isTheEndOfTheDay', () => {
    for (const t of ['hoe sloten we de tweede dag in tilburg af', 'waarmee sluiten we vandaag af', 'hoe rondden we de middag af']) expect([t, read(t).part]).toEqual([t, 'endOfDay']);
    expect(read('hoe sloten we de tweede dag in tilburg af').left).toEqual(['hoe', 'we', 'de', 'tweede', 'dag', 'in', 'tilburg']);
    // Without its "af" the verb closes nothing ("ik sluit aan bij de wandeling").
    expect(read('ik sluit aan bij de wandeling').part).toBeUndefined();
    expect(read('was er een afsluitende borrel').part).toBe('endOfDay');
  });

  it('usedWords_areTakenOut', () => {
    expect(read('wie spreekt er om kwart over twee in zaal 3').left).toEqual(['wie', 'spreekt', 'er', 'in', 'zaal', '3']);
  });
});
