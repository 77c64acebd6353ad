import { describe, expect, it } from 'vitest';
import { buildIndex, canReach, search, stemOf, type DocInput } from '../../src/answers/retrieve';
import { WORDS } from '../../src/answers/words';

const docs: DocInput[] = [
  { type: 'session', refId: 1, eventId: 1, fields: { title: { text: 'Woningbouw versnellen', weight: 4 }, description: { text: 'Over betaalbare woningen.', weight: 1 } } },
  { type: 'session', refId: 2, eventId: 1, fields: { title: { text: 'Mobiliteit', weight: 4 }, description: { text: 'Fietsen en woningbouw in de binnenstad.', weight: 1 } } },
  { type: 'session', refId: 3, eventId: 2, fields: { title: { text: 'Vitale binnensteden', weight: 4 }, description: { text: 'Winkels en horeca.', weight: 1 } } },
  { type: 'person', refId: 7, eventId: null, fields: { name: { text: 'Anke Bakker', weight: 4 }, functions: { text: 'burgemeester van Alfastad', weight: 3 } } },
];
const index = buildIndex(docs);
const all = () => true;
const q = (...words: string[]) => words.map((word) => ({ word, weight: 1 }));

describe('retrieval', () => {
  it('titleWeighsMoreThanDescription', () => {
    const hits = search(index, q('woningbouw'), WORDS, all);

    expect(hits.map((h) => h.refId)).toEqual([1, 2]);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  it('dutchForms_pluralAndStem_findEachOther', () => {
    expect(stemOf('woningen')).toBe(stemOf('woning'));
    expect(search(index, q('binnensteden'), WORDS, all).map((h) => h.refId)).toEqual([3]);
    // "binnenstad" itself, and "binnensteden" through the synonyms in words.json.
    expect(search(index, q('binnenstad'), WORDS, all).map((h) => h.refId).sort()).toEqual([2, 3]);
  });

  it('aWordWhoseStemSnowballCutsDifferently_stillFindsItsOtherForm', () => {
    // Snowball stems "fiets" to "fiet" and "fietsen" to "fiets"; asked "fietsen", a title "met de fiets" is that word.
    const bikes = buildIndex([{ type: 'session', refId: 9, eventId: 1, fields: { title: { text: 'Landschap (met de fiets)', weight: 4 } } }]);
    expect(stemOf('fiets')).not.toBe(stemOf('fietsen'));
    expect(search(bikes, q('fietsen'), WORDS, all).map((h) => h.refId)).toEqual([9]);
  });

  it('compoundParts_matchLess_andUnknownCompoundsStayUnknown', () => {
    expect(search(index, q('bouw'), WORDS, all).map((h) => h.refId)).toEqual([1, 2]);
    expect(canReach(index, stemOf('woningbouwopgave'))).toBe(false);
    expect(canReach(index, stemOf('ruimtevaart'))).toBe(false);
  });

  it('aCompoundTheProgrammeLacks_matchesOnlyWhereBothPartsAre', () => {
    // "fiets" and "binnenstad" stand together in 2 only ("binnensteden" in 3 is another word).
    expect(search(index, q('fietsbinnenstad'), WORDS, all).map((h) => h.refId)).toEqual([2]);
    // "mobiliteit" (2) and "winkels" (3) both exist, never in one document: nothing, not every text about either.
    expect(search(index, q('mobiliteitwinkels'), WORDS, all)).toEqual([]);
  });

  it('aCompoundTheProgrammeHas_alsoMatchesWhereBothPartsStandApart_less', () => {
    const lunches = buildIndex([
      { type: 'session', refId: 1, eventId: 1, fields: { title: { text: 'Lunchbespreking Algemeen Bestuur', weight: 4 } } },
      { type: 'session', refId: 2, eventId: 2, fields: { title: { text: 'Lunch, met bespreking van het advies', weight: 4 } } },
      { type: 'session', refId: 3, eventId: 2, fields: { title: { text: 'Lunch', weight: 4 } } },
    ]);
    const hits = search(lunches, q('lunchbespreking'), WORDS, all);
    expect(hits.map((h) => h.refId)).toEqual([1, 2]);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  it('strength_saysHowDirectlyTheWordMatched', () => {
    expect(search(index, q('mobiliteit'), WORDS, all)[0]!.strength).toBe(1);
    // Only through its parts: too weak to widen a question to another netwerkdag for.
    expect(search(index, q('fietsbinnenstad'), WORDS, all)[0]!.strength).toBe(0.5);
  });

  it('synonyms_fromTheData_count', () => {
    // words.json: "wonen" → "woningen", …
    expect(search(index, q('wonen'), WORDS, all).map((h) => h.refId)).toContain(1);
  });

  it('coverage_isTheShareOfQueryWordsMatched', () => {
    const [hit] = search(index, q('woningbouw', 'ruimtevaart'), WORDS, all);

    expect(hit!.coverage).toBe(0.5);
    expect(hit!.matched).toEqual([0]);
  });

  it('accept_limitsTheKindOfDocument_andIdfIsPerKind', () => {
    const people = search(index, q('burgemeester'), WORDS, (type) => type === 'person');

    expect(people.map((h) => [h.refId, [...h.fields]])).toEqual([[7, ['functions']]]);
    expect(people[0]!.score).toBeGreaterThan(0);
  });

  it('nothingMatches_noHits', () => {
    expect(search(index, q('blockchain'), WORDS, all)).toEqual([]);
  });

  it('relatedWords_findWhatTheProgrammeCallsIt_andCountLessBesideTheWordItself', () => {
    const words = { ...WORDS, related: { ...WORDS.related, verkeer: ['woningbouw'], horeca: ['woningbouw'] } };
    // "verkeer" is nowhere: its related word finds the session, as a synonym would.
    const alone = search(index, q('verkeer'), words, all);
    expect(alone.map((h) => h.refId)).toEqual([1, 2]);
    // "horeca" is in the programme itself (session 3): the same related word counts for less beside it.
    const beside = search(index, q('horeca'), words, all);
    expect(beside.map((h) => h.refId)).toContain(3);
    expect(beside.find((h) => h.refId === 1)!.score).toBeLessThan(alone.find((h) => h.refId === 1)!.score * 0.7);
  });

  it('aWordWithAnOptionalPartInBrackets_isFoundWithAndWithoutIt', () => {
    const brackets = buildIndex([
      { type: 'session', refId: 1, eventId: 1, fields: { description: { text: 'Thema: een passende woon(zorg)plek voor iedereen.', weight: 1 } } },
      { type: 'session', refId: 2, eventId: 1, fields: { description: { text: 'Zorg in de wijk.', weight: 1 } } },
    ]);
    for (const word of ['woonzorgplekken', 'woonplek']) expect([word, search(brackets, q(word), WORDS, all).map((h) => h.refId)]).toEqual([word, [1]]);
  });
});
