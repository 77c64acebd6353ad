/** The words commands begin with: a small typo in them ("progamma", "afmleden") is forgiven. */
import { couldBeTypoOf, editDistance } from '../answers/normalize';

const COMMAND_WORDS = [
  'programma', 'dagprogramma', 'overzicht', 'aanmelden', 'afmelden', 'inschrijven', 'uitschrijven', 'agenda', 'vernieuwen', 'hulp', 'help',
  'aanmeldingen', 'sessies', 'deelnemers', 'koppel', 'ontkoppel', 'kanalen', 'aankondiging', 'aankondigingen', 'secretaris', 'intrekken', 'status',
];

/** The first two words mended to the command word they almost are; the rest as typed. */
export function mendCommandWords(text: string): string {
  const parts = text.split(' ');
  for (let i = 0; i < Math.min(2, parts.length); i++) {
    const word = parts[i]!.toLowerCase();
    if (word.length < 4 || COMMAND_WORDS.includes(word)) continue;
    const budget = word.length >= 7 ? 2 : 1;
    // A typo keeps one of the first two letters: "meerzicht" (a place) is no "overzicht".
    const fix = COMMAND_WORDS.find((c) => Math.abs(c.length - word.length) <= budget && couldBeTypoOf(word, c) && editDistance(word, c, budget) <= budget);
    if (fix) parts[i] = fix;
  }
  return parts.join(' ');
}
