import { describe, expect, it } from 'vitest';
import raw from '../../src/answers/words.json';
import { loadWords, WORDS } from '../../src/answers/words';

describe('language data (words.json)', () => {
  it('shippedData_isValid_andFoldedLikeQuestions', () => {
    expect(WORDS.time.hours['een']).toBe(1);
    expect(WORDS.who.has('wie')).toBe(true);
    expect([...WORDS.lexicon].every((w) => w === w.toLowerCase() && w === w.normalize('NFD').replace(/\p{M}/gu, ''))).toBe(true);
  });

  it('unknownKindOrRole_isRefusedWithThePath', () => {
    const broken = { ...(raw as Record<string, unknown>), kindWords: { fietstocht: ['fietsen'] } };

    expect(() => loadWords(broken)).toThrow(/kindWords/);
  });

  it('aMissingSection_isRefused', () => {
    const { stopwords: _s, ...rest } = raw as Record<string, unknown>;

    expect(() => loadWords(rest)).toThrow(/stopwords/);
  });

  it('aWordAddedToTheData_isUnderstoodWithoutCode', () => {
    const data = structuredClone(raw) as { kindWords: Record<string, string[]> };
    data.kindWords['kanotocht'] = ['excursie'];

    expect(loadWords(data).kindWords['kanotocht']).toEqual(['excursie']);
  });
});
