/**
 * Text handling for understanding questions: folding (case, diacritics),
 * tokens and typo distance (stemming: Snowball, in retrieve.ts). Pure functions, no store.
 */

// Answering folds the same programme texts (titles, names, descriptions) for every question: they are
// remembered. Bounded by characters, so long or many distinct questions cannot make it grow without end.
const FOLD_MEMO_CHARS = 2_000_000;
const folded = new Map<string, string>();
let foldedChars = 0;

/** Lower case without diacritics: "Financiën" → "financien". */
export function fold(text: string): string {
  const known = folded.get(text);
  if (known !== undefined) return known;
  // Plain ASCII has no diacritics to take off: the Unicode decomposition is skipped.
  const result = /[^\x00-\x7f]/.test(text) ? text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase() : text.toLowerCase();
  if (foldedChars + text.length > FOLD_MEMO_CHARS) {
    folded.clear();
    foldedChars = 0;
  }
  folded.set(text, result);
  foldedChars += text.length;
  return result;
}

/** Folded words (letters and digits); punctuation, markup and emoji fall away. */
export function tokens(text: string): string[] {
  return fold(text)
    .replace(/['’]s\b/g, 's')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/** A cheap pre-check: typos rarely hit both of the first two letters, so candidates must keep one of them. */
export function couldBeTypoOf(word: string, candidate: string): boolean {
  return word[0] === candidate[0] || word[1] === candidate[1] || (word[0] === candidate[1] && word[1] === candidate[0]);
}

/** Optimal string alignment distance (Damerau-Levenshtein without repeated edits), capped at `max` + 1. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const cols = b.length + 1;
  let prev2 = new Array<number>(cols).fill(0);
  let prev = new Array<number>(cols);
  let cur = new Array<number>(cols);
  for (let j = 0; j < cols; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[cols - 1]!;
}

/** How many typos a word of this length may carry and still be recognised. */
export function typoBudget(word: string): number {
  if (word.length >= 8) return 2;
  if (word.length >= 5) return 1;
  return 0;
}

/** Whether `phrase` (folded tokens) occurs in `words` as consecutive tokens; returns the start index or -1. */
export function findPhrase(words: string[], phrase: string[], fuzzy = false): number {
  if (phrase.length === 0 || phrase.length > words.length) return -1;
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let k = 0; k < phrase.length; k++) {
      const w = words[i + k]!;
      const p = phrase[k]!;
      if (w === p) continue;
      if (fuzzy && editDistance(w, p, typoBudget(p)) <= typoBudget(p)) continue;
      continue outer;
    }
    return i;
  }
  return -1;
}
