/**
 * Dutch time language in a question: clock times said in words ("half drie",
 * "kwart over twee", "tien voor half vier", "om twee uur 's middags") and
 * parts of the day ("vanochtend", "na de lunch", "aan het eind van de dag").
 * Works on folded tokens and marks the ones it used. A netwerkdag runs in the
 * daytime, so a bare hour from 1 to 7 means the afternoon unless the question
 * says "'s ochtends".
 */
import type { Words } from './words';

export type DayPart = 'morning' | 'afternoon' | 'evening' | 'beforeLunch' | 'afterLunch' | 'duringLunch' | 'endOfDay' | 'startOfDay' | 'firstItem';

export interface TimeLanguage {
  /** "HH:MM" when a clock time was said. */
  time?: string;
  part?: DayPart;
  /** "hoe laat zijn we klaar?", "hoe laat begint de dag?": about the day's own bounds. */
  dayBound?: 'end' | 'start';
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Index of `phrase` in `words` starting at an unused position, or -1. */
function findPhrase(words: string[], used: boolean[], phrase: string[]): number {
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (used[i + k] || words[i + k] !== phrase[k]) continue outer;
    return i;
  }
  return -1;
}

/**
 * The phrase's words in order with at most one other word between two of them
 * ("hoe laat zijn we vandaag klaar"); the positions used, or null.
 */
function findLoosePhrase(words: string[], used: boolean[], phrase: string[]): number[] | null {
  for (let i = 0; i < words.length; i++) {
    if (used[i] || words[i] !== phrase[0]) continue;
    const at = [i];
    for (let k = 1; k < phrase.length; k++) {
      const prev = at[k - 1]!;
      const next = [prev + 1, prev + 2].find((j) => j < words.length && !used[j] && words[j] === phrase[k]);
      if (next === undefined) break;
      at.push(next);
    }
    if (at.length === phrase.length) return at;
  }
  return null;
}

function take(used: boolean[], at: number, n: number): void {
  for (let k = 0; k < n; k++) used[at + k] = true;
}

/** A spoken hour, "3" or "drie"; undefined for anything else. */
function hourOf(word: string | undefined, words: Words): number | undefined {
  if (word === undefined) return undefined;
  if (/^\d{1,2}$/.test(word)) {
    const n = Number(word);
    return n >= 0 && n <= 24 ? n : undefined;
  }
  return words.time.hours[word];
}

/** On a conference day "om drie uur" is 15.00; "'s ochtends" and "'s avonds" say which half of the day. */
function dayHour(hour: number, part: DayPart | undefined): number {
  let h = hour % 24;
  if (h === 0) h = 12;
  if (part === 'morning') return h === 12 ? 12 : h % 12;
  if (part === 'afternoon' || part === 'evening') return h < 12 ? h + 12 : h;
  return h >= 1 && h <= 7 ? h + 12 : h;
}

function findPart(words: string[], used: boolean[], lexicon: Words): DayPart | undefined {
  const t = lexicon.time;
  const phraseParts: [DayPart, string[][]][] = [
    ['beforeLunch', t.beforeLunch],
    ['afterLunch', t.afterLunch],
    ['duringLunch', t.duringLunch],
    ['endOfDay', t.endOfDay],
    ['startOfDay', t.startOfDay],
    ['firstItem', t.firstItem],
  ];
  // "tijdens de netwerklunch", "na de lunchpauze": a compound ending in "lunch" is the lunch.
  const plain = words.map((w) => (w.length > 5 && w.endsWith('lunch') ? 'lunch' : w));
  // "voor het eerst aanwezig": a saying, taken so that no part of the day is read in it.
  for (const idiom of t.idioms) {
    const at = findPhrase(plain, used, idiom);
    if (at >= 0) take(used, at, idiom.length);
  }
  for (const [part, phrases] of phraseParts) {
    for (const phrase of phrases) {
      const at = findPhrase(plain, used, phrase);
      // "waar begint de dag vandaag mee": a longer phrase for the first item may have a word inside it.
      const loose = at < 0 && part === 'firstItem' && phrase.length >= 3 ? findLoosePhrase(plain, used, phrase) : null;
      if (loose) {
        for (const i of loose) used[i] = true;
        return part;
      }
      // "aanmelden voor de lunch" is for the lunch, not before it.
      if (at >= 0 && part === 'beforeLunch' && at > 0 && lexicon.signup.has(words[at - 1]!)) continue;
      if (at >= 0) {
        take(used, at, phrase.length);
        // "direct na de lunch": the word that sharpens the phrase belongs to it.
        if (at > 0 && lexicon.time.modifiers.includes(words[at - 1]!)) used[at - 1] = true;
        return part;
      }
    }
  }
  // "hoe sloten we de tweede dag af": a closing verb and its "af", with the rest of the question between them.
  const verb = words.findIndex((w, i) => !used[i] && t.closingVerbs.includes(w));
  const particle = verb < 0 ? -1 : words.findIndex((w, i) => i > verb && !used[i] && w === 'af');
  if (particle > verb && verb >= 0) {
    used[verb] = used[particle] = true;
    return 'endOfDay';
  }
  const single: [DayPart, string[]][] = [
    ['morning', t.periods.morning],
    ['afternoon', t.periods.afternoon],
    ['evening', t.periods.evening],
  ];
  for (const [part, list] of single) {
    const at = words.findIndex((w, i) => !used[i] && list.includes(w));
    if (at >= 0) {
      used[at] = true;
      // "'s middags": the "s" before it is part of the phrase.
      if (at > 0 && words[at - 1] === 's') used[at - 1] = true;
      return part;
    }
  }
  return undefined;
}

/** Finds clock times in words, day parts and day bounds; marks what it used in `used`. */
export function readTimeLanguage(words: string[], used: boolean[], lexicon: Words): TimeLanguage {
  const out: TimeLanguage = {};
  for (const [bound, phrases] of [['end', lexicon.time.dayEnd], ['start', lexicon.time.dayStart]] as const) {
    for (const phrase of phrases) {
      const at = findLoosePhrase(words, used, phrase);
      if (at) {
        for (const i of at) used[i] = true;
        out.dayBound ??= bound;
      }
    }
  }
  const part = findPart(words, used, lexicon);
  const clock = findClock(words, used, lexicon, part);
  if (clock !== undefined) out.time = clock;
  // A clock time with "'s middags" is a time, not the whole afternoon.
  if (part && !(clock !== undefined && (part === 'morning' || part === 'afternoon' || part === 'evening'))) out.part = part;
  return out;
}

function findClock(words: string[], used: boolean[], lexicon: Words, part: DayPart | undefined): string | undefined {
  const at = (i: number) => {
    // "om", "rond", "vanaf" before a time belong to it.
    if (i > 0 && /^(om|rond|rondom|vanaf|tegen)$/.test(words[i - 1]!)) used[i - 1] = true;
    // "precies om drie uur", "net na twee uur"
    const lead = i > 0 && used[i - 1] ? i - 2 : i - 1;
    if (lead >= 0 && lexicon.time.modifiers.includes(words[lead]!)) used[lead] = true;
  };
  const minutes = lexicon.time.minutes;
  for (let i = 0; i < words.length; i++) {
    if (used[i]) continue;
    const w = words[i]!;
    // "tien voor half vier", "vijf over half drie"
    if (minutes[w] !== undefined && minutes[w] !== 15 && (words[i + 1] === 'voor' || words[i + 1] === 'over') && words[i + 2] === 'half') {
      const hour = hourOf(words[i + 3], lexicon);
      if (hour !== undefined) {
        const base = dayHour(hour - 1, part) * 60 + 30;
        const t = words[i + 1] === 'voor' ? base - minutes[w]! : base + minutes[w]!;
        take(used, i, 4);
        at(i);
        if (words[i + 4] === 'uur') used[i + 4] = true;
        return `${pad(Math.floor(t / 60))}:${pad(t % 60)}`;
      }
    }
    // "kwart over twee", "tien voor drie"
    if (minutes[w] !== undefined && (words[i + 1] === 'voor' || words[i + 1] === 'over')) {
      const hour = hourOf(words[i + 2], lexicon);
      if (hour !== undefined) {
        const base = dayHour(hour, part) * 60;
        const t = words[i + 1] === 'voor' ? base - minutes[w]! : base + minutes[w]!;
        take(used, i, 3);
        at(i);
        if (words[i + 3] === 'uur') used[i + 3] = true;
        return `${pad(Math.floor(t / 60))}:${pad(t % 60)}`;
      }
    }
    // "rond het middaguur", "at noon"
    const named = lexicon.time.namedTimes[w];
    if (named !== undefined) {
      take(used, i, 1);
      at(i);
      if (i > 1 && words[i - 1] === 'het' && /^(om|rond|rondom|vanaf|tegen)$/.test(words[i - 2]!)) used[i - 2] = used[i - 1] = true;
      return named;
    }
    // "half drie" is 2.30
    if (w === 'half') {
      const hour = hourOf(words[i + 1], lexicon);
      if (hour !== undefined) {
        take(used, i, 2);
        at(i);
        if (words[i + 2] === 'uur') used[i + 2] = true;
        return `${pad(dayHour(hour - 1 === 0 ? 12 : hour - 1, part))}:30`;
      }
    }
    // "om twee uur", "drie uur", "om 3", "om twee"
    const hour = hourOf(w, lexicon);
    if (hour !== undefined) {
      const withUur = words[i + 1] === 'uur' || words[i + 1] === 'u';
      const withOm = i > 0 && /^(om|rond|rondom|vanaf|tegen|at)$/.test(words[i - 1]!);
      // "om twee" alone is a time, but "ronde twee" or "dag twee" is not: those words are taken before this runs.
      // ("na drieën", "tegen vijven": the spoken form of the hour, after a word of time, is a time without "uur".)
      const spoken = lexicon.time.spokenHours.includes(w) && i > 0 && /^(na|voor|tot|tegen|vanaf|om|rond|rondom)$/.test(words[i - 1]!);
      if (withUur || spoken || (withOm && !/^(ronde|dag|blok)$/.test(words[i + 1] ?? ''))) {
        used[i] = true;
        if (withUur) used[i + 1] = true;
        if (withOm) used[i - 1] = true;
        return `${pad(dayHour(hour, part))}:00`;
      }
    }
  }
  return undefined;
}
