import { describe, expect, it } from 'vitest';
import { cleanDisplayName, MAX_DISPLAY_NAME_LENGTH } from '../src/displayName';

describe('cleanDisplayName', () => {
  it('lineBreaksAndTabs_becomeOneSpace_oneLine', () => {
    expect(cleanDisplayName('Anna\nde Vries\r\n\tJansen')).toBe('Anna de Vries Jansen');
    expect(cleanDisplayName('Anna\u2028Bob\u0085Carol')).toBe('Anna Bob Carol');
  });

  it('bidiOverridesIsolatesAndMarks_removed', () => {
    expect(cleanDisplayName('Anna\u202Egnp.exe')).toBe('Annagnp.exe');
    expect(cleanDisplayName('\u2066Bob\u2069 \u200EJansen\u200F \u202A\u202B\u202C\u202D\u2067\u2068')).toBe('Bob Jansen');
  });

  it('otherControlAndInvisibleCharacters_removedOrSpaced_emojiKept', () => {
    expect(cleanDisplayName('\u0000Da\u200Ban\u0007 \uFEFFSmit')).toBe('Daan Smit');
    expect(cleanDisplayName('Eva 👩‍💻')).toBe('Eva 👩‍💻');
  });

  it('loneSurrogate_becomesReplacementCharacter', () => {
    expect(cleanDisplayName('Fr\uD83Dank')).toBe('Fr\uFFFDank');
  });

  it('trimmedCollapsedAndCappedByCodePoint', () => {
    expect(cleanDisplayName('   Gert    van   Dijk  ')).toBe('Gert van Dijk');
    const long = cleanDisplayName('😀'.repeat(MAX_DISPLAY_NAME_LENGTH + 5));
    expect([...long]).toHaveLength(MAX_DISPLAY_NAME_LENGTH);
    expect(long).toBe('😀'.repeat(MAX_DISPLAY_NAME_LENGTH));
  });

  it('ordinaryNames_unchanged', () => {
    for (const n of ['Anna de Vries', "Jan-Willem 't Hart", 'Zoë Öztürk', 'محمد']) expect(cleanDisplayName(n)).toBe(n);
  });
});
