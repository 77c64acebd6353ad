/**
 * Dutch question → Question: what is asked (who/what/where/when/which,
 * sign-up, programme) and about what (netwerkdag, day, clock time, round,
 * room, organiser, person, topic words). Deterministic; entities come from
 * the catalogue, so nothing here knows a particular netwerkdag.
 */
import type { Organiser, PersonRole, SessionKind } from '../programme/types';
import { hasWordStartingWith, type Catalogue, type PhraseEntry } from './catalogue';
import {
  EVENT_KINDS, FOLLOW_UP, KIND_WORDS, LIST, MONTHS, NUMBER_WORDS, ORDINALS, PROGRAMME, ROLE_WORDS, SIGNUP, SOON_WORDS,
  STOPWORDS, TODAY_WORDS, WEEKDAYS, WHAT, WHEN, WHERE, WHO,
} from './lexicon';
import { couldBeTypoOf, editDistance, fold, stem, tokens, typoBudget } from './normalize';

/** Longest text we look at: a question, not an essay. */
export const MAX_QUESTION_LENGTH = 500;
/** Most words we look at; a question rarely has more than twenty. */
export const MAX_QUESTION_WORDS = 40;

export type Focus = 'who' | 'where' | 'when' | 'what' | 'list' | 'signup' | 'programme' | 'none';

export interface RoundRef {
  /** 1-based number as said ("ronde 2", "tweede ronde"); -1 for "laatste". */
  number?: number;
  afterLunch?: boolean;
  duringLunch?: boolean;
}

export interface Question {
  focus: Focus;
  /** Also asked besides the main focus, e.g. "waar en hoe laat". */
  asks: Set<Exclude<Focus, 'none'>>;
  roles: PersonRole[];
  /** Events the words point at (city, date, year, kind); null when none was named. */
  eventIds: number[] | null;
  /** Date patterns named ("*-02-10" when no year was given). */
  dates: string[];
  dayNumber?: number;
  weekday?: number;
  /** "HH:MM" */
  time?: string;
  relative?: 'now' | 'soon' | 'today';
  round?: RoundRef;
  kinds?: SessionKind[];
  rooms: string[];
  organisers: Organiser[];
  /** The words that named the organisers: searched as topic when the organiser has nothing here. */
  organiserWords: string[];
  personIds: number[];
  /** Topic words, folded and typo-corrected; stems for search. */
  topic: string[];
  /** Words that looked like a topic but occur nowhere in the programme ("ruimtevaart"). */
  unknown: string[];
  followUp: boolean;
  /** Whether anything at all was recognised. */
  understood: boolean;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

interface Scan {
  words: string[];
  used: boolean[];
}

/** Typos are tolerated only in words the programme does not itself use ("groei" is no typo of "Groen"). */
function matchPhrases<T>(scan: Scan, entries: PhraseEntry<T>[], known: Map<string, number>): T[] {
  const found: T[] = [];
  for (const entry of entries) {
    const n = entry.phrase.length;
    for (let i = 0; i + n <= scan.words.length; i++) {
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        if (scan.used[i + k]) ok = false;
        else {
          const w = scan.words[i + k]!;
          const p = entry.phrase[k]!;
          if (w !== p) {
            const budget = entry.exact || known.has(w) || STOPWORDS.has(w) ? 0 : typoBudget(p);
            ok = budget > 0 && couldBeTypoOf(w, p) && editDistance(w, p, budget) <= budget;
          }
        }
      }
      if (ok) {
        for (let k = 0; k < n; k++) scan.used[i + k] = true;
        found.push(entry.value);
      }
    }
  }
  return found;
}

/** Takes clock times and dates out of the raw text before it is split into words. */
function extractTimesAndDates(folded: string, now: { year: number }): { rest: string; time?: string; dates: string[]; years: number[] } {
  let rest = folded;
  let time: string | undefined;
  const dates: string[] = [];
  const years: number[] = [];
  rest = rest.replace(/\b(\d{1,2})\s*(?:[-/])\s*(\d{1,2})\s*(?:[-/]\s*(\d{4}))?\b(?![.:]\d)/g, (m, d, mo, y) => {
    const day = Number(d);
    const month = Number(mo);
    if (day < 1 || day > 31 || month < 1 || month > 12) return m;
    dates.push(`${y ?? '*'}-${pad(month)}-${pad(day)}`);
    return ' ';
  });
  rest = rest.replace(/\b(\d{1,2})\s+([a-z]+)(?:\s+(\d{4}))?\b/g, (m, d, name, y) => {
    const month = MONTHS[name];
    if (!month) return m;
    dates.push(`${y ?? '*'}-${pad(month)}-${pad(Number(d))}`);
    return ' ';
  });
  rest = rest.replace(/\b([a-z]+)(?:\s+(\d{4}))?\b/g, (m, name, y) => {
    const month = MONTHS[name];
    // Only full month names on their own: "mei" and "jan" are too easily something else.
    if (!month || name.length < 5) return m;
    dates.push(`${y ?? '*'}-${pad(month)}-**`);
    return ' ';
  });
  rest = rest.replace(/\b(20\d\d)\b/g, (_m, y) => {
    years.push(Number(y));
    return ' ';
  });
  const clock = /\b([01]?\d|2[0-3])\s*[.:hu]\s*([0-5]\d)\b(?:\s*uur)?/;
  const m1 = rest.match(clock);
  if (m1) {
    time = `${pad(Number(m1[1]))}:${m1[2]}`;
    rest = rest.replace(clock, ' ');
  } else {
    const hourOnly = /\b(?:om\s+)?([01]?\d|2[0-3])\s*(?:uur|u)\b|\bom\s+([01]?\d|2[0-3])\b(?!\s*(?:ronde|e\b|de\b))/;
    const m2 = rest.match(hourOnly);
    if (m2) {
      let hour = Number(m2[1] ?? m2[2]);
      // "om 3 uur" on a conference day means the afternoon.
      if (hour >= 1 && hour <= 7) hour += 12;
      time = `${pad(hour)}:00`;
      rest = rest.replace(hourOnly, ' ');
    }
  }
  void now;
  return { rest, time, dates, years };
}

/** A date pattern from the parser ("*-02-10", "2023-04-**") as a regex over ISO dates. */
export function dateRegex(pattern: string): RegExp {
  return new RegExp(`^${pattern.replace('**', '\\d{2}').replace('*', '\\d{4}')}$`);
}

function numberAt(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  if (/^\d$/.test(word)) return Number(word);
  return NUMBER_WORDS[word] ?? (ORDINALS[word] !== undefined && ORDINALS[word]! > 0 ? ORDINALS[word] : undefined);
}

function parseRound(scan: Scan): RoundRef | undefined {
  const { words, used } = scan;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const glued = w.match(/^(?:thema)?ronde(\d)$/);
    if (glued) {
      used[i] = true;
      return { number: Number(glued[1]) };
    }
    if (!/^(thema)?ronde$/.test(w) && w !== 'blok') continue;
    const after = numberAt(words[i + 1]);
    if (after !== undefined) {
      used[i] = used[i + 1] = true;
      return { number: after };
    }
    const before = words[i - 1];
    if (before !== undefined && ORDINALS[before] !== undefined) {
      used[i] = used[i - 1] = true;
      return { number: ORDINALS[before] };
    }
  }
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b, c] = [words[i], words[i + 1], words[i + 2]];
    if (a === 'na' && ((b === 'de' && c === 'lunch') || b === 'lunch')) {
      used[i] = used[i + 1] = true;
      if (b === 'de') used[i + 2] = true;
      return { afterLunch: true };
    }
    if ((a === 'tijdens' || a === 'in') && ((b === 'de' && c === 'lunch') || b === 'lunch' || b === 'lunchpauze')) {
      used[i] = used[i + 1] = true;
      if (b === 'de') used[i + 2] = true;
      return { duringLunch: true };
    }
  }
  return undefined;
}

function parseDay(scan: Scan): number | undefined {
  const { words, used } = scan;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const glued = w.match(/^dag(\d)$/);
    if (glued) {
      used[i] = true;
      return Number(glued[1]);
    }
    if (w !== 'dag') continue;
    const after = numberAt(words[i + 1]);
    if (after !== undefined) {
      used[i] = used[i + 1] = true;
      return after;
    }
    const before = words[i - 1];
    if (before !== undefined && ORDINALS[before] !== undefined && ORDINALS[before]! > 0) {
      used[i] = used[i - 1] = true;
      return ORDINALS[before];
    }
  }
  return undefined;
}

/** How many unknown words a question may send to typo correction; the rest stay unknown (noise costs no time). */
const MAX_CORRECTIONS = 6;
const MAX_CACHED_CORRECTIONS = 10_000;

/** Replaces a word the programme does not know by the nearest one it does ("netneutaal" → "netneutraal"). */
function correct(word: string, catalogue: Catalogue): string | null {
  if (catalogue.vocabulary.has(word) || hasWordStartingWith(catalogue, stem(word))) return word;
  const cached = catalogue.corrections.get(word);
  if (cached !== undefined) return cached;
  const budget = typoBudget(word);
  let best: string | null = null;
  let bestDistance = budget + 1;
  let bestFreq = 0;
  for (let length = word.length - budget; budget > 0 && length <= word.length + budget; length++) {
    for (const v of catalogue.wordsByLength.get(length) ?? []) {
      if (!couldBeTypoOf(word, v)) continue;
      const d = editDistance(word, v, budget);
      if (d > budget) continue;
      const freq = catalogue.vocabulary.get(v)!;
      if (d < bestDistance || (d === bestDistance && freq > bestFreq)) {
        best = v;
        bestDistance = d;
        bestFreq = freq;
      }
    }
  }
  if (catalogue.corrections.size >= MAX_CACHED_CORRECTIONS) catalogue.corrections.clear();
  catalogue.corrections.set(word, best);
  return best;
}

export function parseQuestion(input: string, catalogue: Catalogue, nowYear: number): Question {
  const folded = fold(input.slice(0, MAX_QUESTION_LENGTH));
  const { rest, time, dates, years } = extractTimesAndDates(folded, { year: nowYear });
  const scan: Scan = { words: tokens(rest).slice(0, MAX_QUESTION_WORDS), used: [] };
  scan.used = scan.words.map(() => false);
  const has = (set: Set<string>) => scan.words.some((w) => set.has(w));
  const hasSeq = (a: string, b: string) => scan.words.some((w, i) => w === a && scan.words[i + 1] === b);

  // Phrases first (longest first within each kind), so "themagroep wonen welzijn en zorg" is one organiser.
  const round = parseRound(scan);
  const dayNumber = parseDay(scan);
  const before = [...scan.used];
  const organisers = matchPhrases(scan, catalogue.organisers, catalogue.vocabulary);
  const organiserWords = scan.words.filter((w, i) => scan.used[i] && !before[i] && !STOPWORDS.has(w) && w.length >= 3);
  const people = matchPhrases(scan, catalogue.people, catalogue.vocabulary);
  const cityEvents = matchPhrases(scan, catalogue.cities, catalogue.vocabulary);
  const rooms = matchPhrases(scan, catalogue.rooms, catalogue.vocabulary);

  let eventIds: number[] | null = null;
  // A narrowing that leaves no netwerkdag at all (a year like "2050" in a title) is ignored, not fatal.
  const narrow = (ids: number[]) => {
    const next = eventIds === null ? ids : eventIds.filter((id) => ids.includes(id));
    if (next.length > 0) eventIds = next;
  };
  if (cityEvents.length > 0) narrow([...new Set(cityEvents)]);
  const kindWord = scan.words.find((w) => EVENT_KINDS[w]);
  if (kindWord) narrow(catalogue.events.filter((e) => e.kind === EVENT_KINDS[kindWord]).map((e) => e.id));
  for (const date of dates) {
    const re = dateRegex(date);
    narrow(catalogue.events.filter((e) => e.days.some((d) => re.test(d.date))).map((e) => e.id));
  }
  for (const year of years) narrow(catalogue.events.filter((e) => e.days.some((d) => d.date.startsWith(String(year)))).map((e) => e.id));
  const weekdayWord = scan.words.find((w) => WEEKDAYS[w] !== undefined);

  const roles = [...new Set(scan.words.flatMap((w) => ROLE_WORDS[w] ?? []))];
  const kindMatches = scan.words.flatMap((w) => KIND_WORDS[w] ?? []);
  const kinds = kindMatches.length > 0 ? [...new Set(kindMatches)] : undefined;

  let relative: Question['relative'];
  if (scan.words.includes('nu') || hasSeq('op', 'dit')) relative = 'now';
  else if (scan.words.some((w) => SOON_WORDS.has(w) && w !== 'zo' && w !== 'volgende') || hasSeq('hierna', 'is') || (scan.words.includes('volgende') && !round))
    relative = 'soon';
  else if (has(TODAY_WORDS)) relative = 'today';

  const asks = new Set<Exclude<Focus, 'none'>>();
  const about = scan.words.includes('over') || scan.words.includes('waarover') || scan.words.includes('inhoud');
  if (has(SIGNUP) || (scan.words.includes('meld') && scan.words.includes('aan'))) asks.add('signup');
  if (has(WHERE) && !(scan.words.includes('waar') && about && !scan.words.includes('zaal'))) asks.add('where');
  if (has(WHEN) && !(scan.words.includes('laat') && !scan.words.includes('hoe'))) asks.add('when');
  if (has(WHO) || roles.length > 0) asks.add('who');
  if (about || (scan.words.includes('wat') && !asks.has('when'))) asks.add('what');
  if (has(LIST) || kinds !== undefined) asks.add('list');
  if (has(PROGRAMME)) asks.add('programme');
  const order: Exclude<Focus, 'none'>[] = ['signup', 'where', 'when', 'who', 'what', 'list', 'programme'];
  let focus: Focus = order.find((f) => asks.has(f)) ?? 'none';
  // "welke zaal", "welke tijd": the noun decides, not "welke".
  if (focus === 'what' && asks.has('who') && !about) focus = 'who';
  if (asks.has('programme') && !about && (focus === 'list' || focus === 'what' || focus === 'none')) focus = 'programme';

  // Whatever is left is what the question is about.
  const consumed = new Set<string>([
    ...Object.keys(ROLE_WORDS), ...Object.keys(KIND_WORDS), ...Object.keys(WEEKDAYS), ...Object.keys(EVENT_KINDS),
    ...WHO, ...WHERE, ...WHEN, ...WHAT, ...LIST, ...SIGNUP, ...PROGRAMME, ...FOLLOW_UP,
  ]);
  const topic: string[] = [];
  const unknown: string[] = [];
  let corrections = 0;
  scan.words.forEach((w, i) => {
    if (scan.used[i] || STOPWORDS.has(w) || consumed.has(w) || /^\d+$/.test(w) || w.length < 3) return;
    const known = catalogue.vocabulary.has(w) || hasWordStartingWith(catalogue, stem(w));
    if (!known && corrections >= MAX_CORRECTIONS) {
      if (!unknown.includes(w)) unknown.push(w);
      return;
    }
    if (!known) corrections++;
    const c = correct(w, catalogue);
    if (c === null || STOPWORDS.has(c)) {
      if (!unknown.includes(w)) unknown.push(w);
    }
    else if (!topic.includes(c)) topic.push(c);
  });

  const followUp = scan.words.some((w) => FOLLOW_UP.has(w) && w !== 'het') || hasSeq('en', 'daar');
  // Mostly words the programme never uses and no question word: noise (code, another language), not a question.
  const noise = focus === 'none' && unknown.length > topic.length;
  const understood =
    !noise && (focus !== 'none' || eventIds !== null || organisers.length > 0 || people.length > 0 || topic.length > 0 ||
    time !== undefined || round !== undefined || rooms.length > 0 || kinds !== undefined || relative !== undefined ||
    dayNumber !== undefined);

  return {
    focus,
    asks,
    roles,
    eventIds,
    dates,
    dayNumber,
    weekday: weekdayWord ? WEEKDAYS[weekdayWord] : undefined,
    time,
    relative,
    round,
    kinds,
    rooms: [...new Set(rooms)],
    organisers: [...new Map(organisers.map((o) => [o.id, o])).values()],
    organiserWords,
    personIds: [...new Set(people.map((p) => p.id))],
    topic,
    unknown,
    followUp,
    understood,
  };
}
