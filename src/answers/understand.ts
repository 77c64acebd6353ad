/**
 * Step 1 of answering: Dutch text → Question. What is asked (who, where,
 * when, what, a list, signing up, the programme, a greeting), about what
 * (netwerkdag, day, clock time or part of the day, round, kind, room,
 * organiser, person, topic words) and how (a follow-up, about oneself, in
 * English). Deterministic. Entities come from the catalogue and language
 * from words.json, so nothing here knows a particular netwerkdag.
 */
import type { Organiser, PersonRole, SessionKind } from '../programme/types';
import { hasWordStartingWith, type Catalogue, type PersonEntry, type PhraseEntry } from './catalogue';
import { couldBeTypoOf, editDistance, fold, tokens, typoBudget } from './normalize';
import { canReach, stemOf } from './retrieve';
import { readTimeLanguage, type DayPart } from './timeLanguage';
import { inList, keysOf, WORDS, type Words } from './words';

/** Longest text we look at: a question, not an essay. */
export const MAX_QUESTION_LENGTH = 500;
/** Most words we look at; a question rarely has more than twenty. */
export const MAX_QUESTION_WORDS = 40;

export type Focus = 'who' | 'organiser' | 'round' | 'where' | 'when' | 'what' | 'list' | 'signup' | 'programme' | 'none';

export interface RoundRef {
  /** 1-based number as said ("ronde 2", "tweede ronde"); -1 for "laatste". */
  number?: number;
  /** "voor de eerste ronde", "na ronde 2": what comes just before or after it, not what is in it. */
  relation?: 'before' | 'after';
  afterLunch?: boolean;
  beforeLunch?: boolean;
  duringLunch?: boolean;
}

export type Social = 'greeting' | 'thanks' | 'goodbye';

/** Questions about oneself, answered from one's own sign-ups. */
export type Personal = 'where' | 'next' | 'mine';

export interface Question {
  focus: Focus;
  /** Also asked besides the main focus, e.g. "waar en hoe laat". */
  asks: Set<Exclude<Focus, 'none'>>;
  /** Asked for a list in so many words ("welke", "alle", "overzicht"). */
  wantsList: boolean;
  /** "over X": what sessions are about, so every session on X, not the one best match. */
  aboutTopic: boolean;
  /** A greeting, thanks or goodbye and nothing else. */
  social: Social | null;
  /** Written in English (the answer says the bot speaks Dutch, then answers). */
  english: boolean;
  roles: PersonRole[];
  /** Function words asked about ("voorzitter", "burgemeester"): who holds a function. */
  functions: string[];
  /** A function said in the plural ("welke burgemeesters"): all who hold it, each with their sessions. */
  pluralFunction?: true;
  /** Events the words point at (city, date, year, kind); null when none was named. */
  eventIds: number[] | null;
  /** Date patterns named ("*-02-10" when no year was given). */
  dates: string[];
  dayNumber?: number;
  weekday?: number;
  /** "HH:MM" */
  time?: string;
  /** "tussen 13.20 en 16.00", "van 14.00 tot 15.30 uur": the end of a window that begins at `time` ("HH:MM"). */
  timeTo?: string;
  /** A part of the day: "vanmiddag", "na de lunch", "aan het eind van de dag". */
  part?: DayPart;
  /**
   * "welke ronde heeft de meeste sessies?", "de grootste ronde", "welke netwerkdag had de meeste sessies", "het langste
   * onderdeel", "de langste netwerkdag": the round, netwerkdag or session picked by its number of sessions or its length.
   */
  superlative?: { by: 'sessions' | 'length'; of: 'round' | 'event' | 'session' };
  /** "net voor de lunch", "vlak voor de lunch": only what comes right before it, not the whole morning. */
  partClose?: boolean;
  /** The day's own start or end ("hoe laat zijn we klaar?"). */
  dayBound?: 'start' | 'end';
  relative?: 'now' | 'soon' | 'today' | 'tomorrow';
  round?: RoundRef;
  kinds?: SessionKind[];
  /** The word that named the kind, as the language data has it ("stadssafaris", "excursie"). */
  kindWord?: string;
  /** "welke themagroepen …": sessions of organisers of this kind. */
  organiserKind?: 'themagroep' | 'pijler';
  /** Said in the plural ("de voorzitters van de themagroepen"): the groups in general, not one group's name ("themagroep Sport"). */
  organiserKindPlural?: boolean;
  /** Asks for what does not take place ("welke themagroepen vergaderen niet"). */
  cancelled: boolean;
  /** About the netwerkdagen themselves: all of them, or the next one. */
  events: 'list' | 'next' | null;
  /**
   * "de vorige netwerkdag" (the last one that ended before today), "de eerste", "de laatste ambtelijke": a netwerkdag picked
   * by its place in time among those the words name; only the answerer, with the clock, can name it.
   */
  eventOrder: 'previous' | 'first' | 'last' | null;
  /** "vorig jaar" (1), "dit jaar" (0): the netwerkdagen of a year counted back from today's. */
  yearsAgo: number | null;
  /** Across every netwerkdag ("op alle netwerkdagen", "bij welke netwerkdagen"). */
  allEvents: boolean;
  /** Only a netwerkdag or day is named ("en in Oss?"): a follow-up that reuses the previous question. */
  onlyEvent: boolean;
  /** Names only a round ("en ronde 3?", "en in de eerste?"): a follow-up that asks the previous question of that round. */
  onlyRound: boolean;
  /** An ordinal with nothing it counts ("de eerste"): the round or day the previous question counted. */
  bareOrdinal?: number;
  /** About the theme of a netwerkdag. */
  theme: boolean;
  /** "wat betekent ZJO", "waar staat WWZ voor". */
  meaning: boolean;
  personal: Personal | null;
  rooms: string[];
  organisers: Organiser[];
  /** The words that named the organisers: searched as topic when the organiser has nothing here. */
  organiserWords: string[];
  personIds: number[];
  /** Topic words, folded and typo-corrected. */
  topic: string[];
  /** Topic words that say whom someone works for ("iemand van BZK", "wie namens het Rijk"): asked who, the people whose function says so. */
  worksFor: string[];
  /** Words that looked like a topic but occur nowhere in the programme ("ruimtevaart"). */
  unknown: string[];
  /** A name asked about that is in no programme ("Mark Rutte"), as the person typed it. */
  unknownName: string | null;
  /** "schrijf een gedichtje over de G40": a request for work, not a question the programme answers. */
  task: boolean;
  /** "het e-mailadres van Depla": a fact no programme gives (words.absentFacts), as typed. */
  absentFact: string | null;
  /** "hoeveel inwoners heeft Zoetermeer": a count of something no programme counts (not sessions, rounds, speakers, …). */
  countOfOther: string | null;
  followUp: boolean;
  /** "welke daarvan gaan over wonen", "hoeveel van die sessies": about the sessions the previous answer listed, only. */
  ofPrevious: boolean;
  /** Asks how to cancel a sign-up ("hoe meld ik me af voor de wandeling"). */
  cancelSignup: boolean;
  /** Names a session ("de sessie binnensteden"): about a session, not an organiser of the same name. */
  aboutSession: boolean;
  /** "en wat is er daarna?": after what the previous answer was about, if it had an end time. */
  afterPrevious: boolean;
  /** "welke sessies waren er nog meer in diezelfde ronde?": the round of the session the previous answer was about. */
  sameRound: boolean;
  /** "na de pauze", "na de tweede ronde", "na Depla": about what follows what the rest of the question names. */
  afterNamed: boolean;
  /** "wat loopt er parallel aan de Wmo-sessie?", "tegelijk met Van der Burg": what runs at the same time as what the rest names. */
  alongsideNamed: boolean;
  /** "wat is er vlak voor de afsluiting?", "voorafgaand aan de borrel": what ends last before what the rest names begins. */
  beforeNamed: boolean;
  /** "wat is er vlak daarvoor?": what ends last before what the previous answer was about begins. */
  beforePrevious: boolean;
  /** "wat zit er tussen de lunch en de afsluiting?": what runs after the first thing named and before the second, each read as a question. */
  between?: { from: Question; to: Question };
  /**
   * "ronde 1 behalve het pijleroverleg", "iets anders dan wonen": what is to be left out of the answer, each read as a
   * question (`parts`); the exception as typed, in words (`said`: "zonder nieuwe grond"); and the whole message read without
   * leaving anything out, for when a programme text says the exception itself (then it was part of what is asked).
   */
  excluding?: { parts: Question[]; said: string[]; whole: Question };
  /** Says "het", "die" or "dat" where a subject could be ("hoe laat begint het?"): perhaps what the previous answer was about. */
  pointsBack: boolean;
  /** Asks for everything in a part of the day ("wat is er allemaal na de lunch"), not only the next round. */
  wholeRest: boolean;
  /** Asks whom the netwerkdag is for ("voor wie was de netwerkdag bedoeld?", "doelgroep"). */
  audience: boolean;
  /** Asks what one can choose to do ("wat kon je doen tijdens de lunch", "het lunchprogramma"). */
  choices: boolean;
  /** A gemeente named where no netwerkdag the programme knows was held ("een netwerkdag in Zwolle"), as typed. */
  otherCity: string | null;
  /** With `time`: everything from then on, not only what runs at that moment ("na drie uur", "om 3 uur weg"). */
  fromTime: boolean;
  /** "ik kom om half twaalf binnen, wat heb ik gemist?": what began before the time, not what runs then. */
  untilTime: boolean;
  /** Refers to the person the previous answer was about ("hij", "haar"). */
  aboutLastPerson: boolean;
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

/** Per list of phrases: which entries begin with each word, and which may begin with a typo. Built once per catalogue's list. */
interface PhraseLookup {
  byFirst: Map<string, number[]>;
  typoTolerant: number[];
}

const phraseLookups = new WeakMap<PhraseEntry<unknown>[], PhraseLookup>();

function phraseLookup(entries: PhraseEntry<unknown>[]): PhraseLookup {
  let lookup = phraseLookups.get(entries);
  if (!lookup) {
    lookup = { byFirst: new Map(), typoTolerant: [] };
    entries.forEach((entry, e) => {
      const first = entry.phrase[0]!;
      const holders = lookup!.byFirst.get(first);
      if (holders) holders.push(e);
      else lookup!.byFirst.set(first, [e]);
      if (!entry.exact) lookup!.typoTolerant.push(e);
    });
    phraseLookups.set(entries, lookup);
  }
  return lookup;
}

/** Typos are tolerated only in words the programme does not itself use ("groei" is no typo of "Groen"). */
function matchPhrases<T>(scan: Scan, entries: PhraseEntry<T>[], known: Map<string, number>, words: Words, shortTypos = false): T[] {
  const found: T[] = [];
  // Whether each word of the question is a word in its own right (then it is no typo of anything): once per scan, not per entry.
  // A word of the synonym tables is a real word too ("verkeer" is no typo of the surname Vermeer).
  const exactOnly = scan.words.map((w) => known.has(w) || words.lexicon.has(w) || words.synonyms[w] !== undefined || words.related[w] !== undefined);
  // Only entries that can begin where they are tried: their first word is the question's word there, or, where that word
  // may be a typo, any entry that tolerates typos. Tried in list order and then word order, as a plain scan of every
  // entry at every place would (an earlier entry claims its words first); the lookup only skips what cannot match.
  const lookup = phraseLookup(entries);
  const tries: number[] = [];
  const width = scan.words.length;
  scan.words.forEach((w, i) => {
    for (const e of lookup.byFirst.get(w) ?? []) tries.push(e * width + i);
    if (!exactOnly[i]) {
      for (const e of lookup.typoTolerant) {
        const first = entries[e]!.phrase[0]!;
        // What the word-by-word check below would refuse at once anyway: typos keep one of the first two letters and
        // change the length by at most the largest typo budget (2).
        if (first !== w && Math.abs(first.length - w.length) <= 2 && couldBeTypoOf(w, first)) tries.push(e * width + i);
      }
    }
  });
  tries.sort((a, b) => a - b);
  for (const at of tries) {
    const entry = entries[Math.floor(at / width)]!;
    const i = at % width;
    const n = entry.phrase.length;
    if (i + n > width) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      if (scan.used[i + k]) ok = false;
      else {
        const w = scan.words[i + k]!;
        const p = entry.phrase[k]!;
        if (w !== p) {
          if (entry.exact || exactOnly[i + k]) ok = false;
          else {
            // City names are short and well known: "os" is Oss, "harlem" Haarlem.
            const short = shortTypos && p.length >= 3 && w.length >= 2 && w[0] === p[0] ? 1 : 0;
            const budget = Math.max(typoBudget(p), short);
            ok = budget > 0 && couldBeTypoOf(w, p) && editDistance(w, p, budget) <= budget;
          }
        }
      }
    }
    if (ok) {
      for (let k = 0; k < n; k++) scan.used[i + k] = true;
      found.push(entry.value);
    }
  }
  return found;
}

/** Takes clock times in digits and dates out of the raw text before it is split into words. */
function extractTimesAndDates(
  folded: string,
  words: Words,
  /** A year that is a topic, not a date ("Nederland in 2050"). */
  isTopicYear: (year: string) => boolean = () => false,
): { rest: string; time?: string; timeTo?: string; dates: string[]; years: number[] } {
  let rest = folded;
  let time: string | undefined;
  let timeTo: string | undefined;
  const dates: string[] = [];
  const years: number[] = [];
  // Each pattern is anchored on a word boundary and has bounded repetition, so it runs in linear time.
  rest = rest.replace(/\b(\d{1,2}) ?[-/] ?(\d{1,2})(?: ?[-/] ?(\d{4}))?\b(?![.:]\d)/g, (m, d, mo, y) => {
    const day = Number(d);
    const month = Number(mo);
    if (day < 1 || day > 31 || month < 1 || month > 12) return m;
    dates.push(`${y ?? '*'}-${pad(month)}-${pad(day)}`);
    return ' ';
  });
  rest = rest.replace(/\b(\d{1,2}) ([a-z]{3,9})(?: (\d{4}))?\b/g, (m, d, name, y) => {
    const month = words.months[name];
    if (!month) return m;
    dates.push(`${y ?? '*'}-${pad(month)}-${pad(Number(d))}`);
    return ' ';
  });
  rest = rest.replace(/\b([a-z]{5,9})(?: (\d{4}))?\b/g, (m, name, y) => {
    const month = words.months[name];
    // Only full month names on their own: "mei" and "jan" are too easily something else.
    if (!month) return m;
    dates.push(`${y ?? '*'}-${pad(month)}-**`);
    return ' ';
  });
  rest = rest.replace(/\b(20\d\d)\b/g, (m, y) => {
    if (isTopicYear(y)) return m;
    years.push(Number(y));
    return ' ';
  });
  // "2pm", "2.30 pm", "11 am" in English questions.
  const english = /\b(1[0-2]|0?[1-9])(?:[.:]([0-5]\d))? ?(am|pm)\b/;
  const m2 = rest.match(english);
  if (m2) {
    const hour = (Number(m2[1]) % 12) + (m2[3] === 'pm' ? 12 : 0);
    time = `${pad(hour)}:${m2[2] ?? '00'}`;
    rest = rest.replace(english, ' ');
  }
  // "tussen 13.20 en 16.00", "van 14.00 tot 15.30 uur", "tussen 2 en 3 uur": a window, from the first time to the second.
  // (A bare hour from 1 to 7 is in the afternoon, as everywhere; one of the two needs minutes, or "uur" follows.)
  const window = /\b(?:tussen|van|from|between) (?:om )?([01]?\d|2[0-3])(?:[.:]([0-5]\d))?(?: uur)? (?:en|tot|and|to|until|till) (?:om )?([01]?\d|2[0-3])(?:[.:]([0-5]\d))?( uur)?\b/;
  const mw = time === undefined ? rest.match(window) : null;
  if (mw && (mw[2] !== undefined || mw[4] !== undefined || mw[5] !== undefined)) {
    const hour = (h: string) => (Number(h) >= 1 && Number(h) <= 7 ? Number(h) + 12 : Number(h));
    const [from, to] = [`${pad(hour(mw[1]!))}:${mw[2] ?? '00'}`, `${pad(hour(mw[3]!))}:${mw[4] ?? '00'}`];
    if (from < to) {
      time = from;
      timeTo = to;
      rest = rest.replace(window, ' ');
    }
  }
  const clock = /\b([01]?\d|2[0-3]) ?[.:hu] ?([0-5]\d)\b/;
  const m1 = time === undefined ? rest.match(clock) : null;
  if (m1) {
    time = `${pad(Number(m1[1]))}:${m1[2]}`;
    rest = rest.replace(clock, ' ');
  }
  // "om 14u", "om 1400": chat shorthand for a whole hour or four digits.
  const shorthand = /\b(?:om )?([01]?\d|2[0-3])u\b|\bom ([01]\d|2[0-3])([0-5]\d)\b/;
  const m3 = time === undefined ? rest.match(shorthand) : null;
  if (m3) {
    time = m3[1] !== undefined ? `${pad(Number(m3[1]))}:00` : `${m3[2]}:${m3[3]}`;
    rest = rest.replace(shorthand, ' ');
  }

  return { rest, time, timeTo, dates, years };
}

/** A date pattern from the parser ("*-02-10", "2023-04-**") as a regex over ISO dates. */
export function dateRegex(pattern: string): RegExp {
  return new RegExp(`^${pattern.replace('**', '\\d{2}').replace('*', '\\d{4}')}$`);
}

function numberAt(word: string | undefined, words: Words): number | undefined {
  if (word === undefined) return undefined;
  if (/^\d$/.test(word)) return Number(word);
  const ordinal = words.ordinals[word];
  return words.numbers[word] ?? (ordinal !== undefined && ordinal > 0 ? ordinal : undefined);
}

function parseRound(scan: Scan, words: Words): RoundRef | undefined {
  const { words: ws, used } = scan;
  const isRoundWord = (w: string) => inList(words.round.words, w);
  // "voor de eerste ronde": the word before the round phrase (past "de") says before or after it.
  const related = (start: number, ref: RoundRef): RoundRef => {
    let k = start - 1;
    if (ws[k] === 'de') k--;
    const relation = ws[k] === 'voor' || ws[k] === 'vóór' ? 'before' : ws[k] === 'na' ? 'after' : undefined;
    // ("wat zijn de opties voor de tweede ronde", "sessies voor ronde 2", "aanmelden voor ronde 1": for it, not before it.)
    const forIt = relation === 'before' && ws.slice(0, k).some((w) => inList(words.time.choiceWords, w) || inList(words.sessionNouns, w) || words.signup.has(w));
    if (relation === undefined || forIt) return ref;
    used[k] = true;
    return { ...ref, relation };
  };
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const glued = w.match(/^(?:thema)?ronde(\d)$/);
    if (glued) {
      used[i] = true;
      return related(i, { number: Number(glued[1]) });
    }
    // "de eerste rond": a round word that lost its last letter, after an ordinal ("rond 12 uur" is a time).
    if (!isRoundWord(w) && !(isRoundWord(`${w}e`) && words.ordinals[ws[i - 1] ?? ''] !== undefined)) continue;
    const after = isRoundWord(w) ? numberAt(ws[i + 1], words) : undefined;
    if (after !== undefined) {
      used[i] = used[i + 1] = true;
      return related(i, { number: after });
    }
    const before = ws[i - 1];
    if (before !== undefined && words.ordinals[before] !== undefined) {
      used[i] = used[i - 1] = true;
      return related(i - 1, { number: words.ordinals[before] });
    }
  }
  // "hoe laat moet ik bij de eerste deelsessie zijn": an ordinal before a word for the sessions one chooses is that round.
  for (let i = 1; i < ws.length; i++) {
    const ordinal = words.ordinals[ws[i - 1]!];
    if (ordinal !== undefined && ordinal > 0 && !used[i] && !used[i - 1] && inList(words.round.choiceNouns, ws[i]!)) {
      used[i] = used[i - 1] = true;
      return related(i - 1, { number: ordinal });
    }
  }
  return undefined;
}

/** The nouns that name a netwerkdag itself ("netwerkdag", "editie"), not a day or a meeting of it. */
function isEventNoun(w: string, words: Words): boolean {
  return inList(words.events.nouns, w) && !['dag', 'dagen', 'keer', 'bijeenkomst', 'bijeenkomsten'].includes(w);
}

/**
 * "de eerste netwerkdag", "de laatste ambtelijke netwerkdag", "de meest recente ambtelijke dag", "welke netwerkdag was het
 * eerst": the order word beside a netwerkdag (a kind of netwerkdag may stand between), taken.
 */
const THIS_ONE = new Set(['deze', 'vandaag', 'die', 'dit', 'nu']);

function parseEventOrder(scan: Scan, words: Words, catalogue: Catalogue): Question['eventOrder'] {
  const { words: ws, used } = scan;
  // "… voor deze", "… vóór vandaag", "… voor Zoetermeer" (a netwerkdag's city): before now, so the one before.
  const beforeThis = (k: number) =>
    (ws[k] === 'voor' || ws[k] === 'vóór') && ws[k + 1] !== undefined && (THIS_ONE.has(ws[k + 1]!) || catalogue.events.some((e) => fold(e.city) === ws[k + 1]));
  const takeBeforeThis = (k: number) => {
    used[k] = used[k + 1] = true;
    // ("voor vandaag dan": the "dan" only insists.)
    if (ws[k + 2] === 'dan') used[k + 2] = true;
  };
  const orderOf = (w: string | undefined): Question['eventOrder'] =>
    w === undefined ? null : inList(words.events.previous, w) ? 'previous' : inList(words.events.first, w) ? 'first' : inList(words.events.last, w) ? 'last' : null;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const kindBefore = words.eventKinds[ws[i - 1] ?? ''] !== undefined;
    // ("de laatste ambtelijke dag": a day of a kind is a netwerkdag.)
    // ("de vorige netwerkdagen" are all of them before, a list.)
    const plural = w.endsWith('en') || w.endsWith('s');
    if (used[i] || plural || !(isEventNoun(w, words) || (w === 'dag' && kindBefore))) continue;
    const at = kindBefore ? i - 2 : i - 1;
    const before = orderOf(ws[at]);
    if (before && !used[at]) {
      used[at] = true;
      if (ws[at - 1] === 'meest') used[at - 1] = true;
      // "de laatste netwerkdag voor deze", "… vóór vandaag": the one before, not the newest.
      if (before === 'last' && beforeThis(i + 1)) {
        takeBeforeThis(i + 1);
        return 'previous';
      }
      return before;
    }
    // "de netwerkdag voor die van vandaag", "welke netwerkdag was er voor deze": the one before.
    let v = i + 1;
    while (v < ws.length && ['was', 'is', 'er', 'het'].includes(ws[v]!)) v++;
    if (beforeThis(v) && !used[v] && !used[v + 1]) {
      takeBeforeThis(v);
      if ((ws[v + 1] === 'die' || ws[v + 1] === 'deze') && ws[v + 2] === 'van' && THIS_ONE.has(ws[v + 3] ?? '')) used[v + 2] = used[v + 3] = true;
      return 'previous';
    }
    // "welke netwerkdag was (het) eerst", "welke editie was de laatste", "welke netwerkdag was er het meest recent"
    for (let k = i + 1; k <= i + 5 && k < ws.length; k++) {
      const after = orderOf(ws[k]);
      if (after && !used[k] && ws.slice(i + 1, k).every((x) => ['was', 'is', 'het', 't', 'de', 'als', 'waren', 'er', 'meest'].includes(x))) {
        used[k] = true;
        if (ws[k - 1] === 'meest') used[k - 1] = true;
        if (after === 'last' && beforeThis(k + 1)) {
          takeBeforeThis(k + 1);
          return 'previous';
        }
        return after;
      }
    }
  }
  return null;
}

/** "vorig jaar", "twee jaar geleden": how many years back, the words taken. */
function parseYearsAgo(scan: Scan, words: Words): number | null {
  for (const [phrase, years] of Object.entries(words.events.yearsAgo)) {
    const at = findFree(scan, phrase.split(' '));
    if (at < 0) continue;
    phrase.split(' ').forEach((_, k) => (scan.used[at + k] = true));
    return years;
  }
  return null;
}

function parseDay(scan: Scan, words: Words): number | undefined {
  const { words: ws, used } = scan;
  const days = new Set<number>();
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const glued = w.match(/^dag(\d)$/);
    if (glued) {
      used[i] = true;
      days.add(Number(glued[1]));
      continue;
    }
    if (w !== 'dag') continue;
    const after = numberAt(ws[i + 1], words);
    if (after !== undefined) {
      used[i] = used[i + 1] = true;
      days.add(after);
      // "dag 1 en 2"
      const also = ws[i + 2] === 'en' ? numberAt(ws[i + 3], words) : undefined;
      if (also !== undefined) {
        used[i + 2] = used[i + 3] = true;
        days.add(also);
      }
      continue;
    }
    const before = ws[i - 1];
    const ordinal = before !== undefined ? words.ordinals[before] : undefined;
    if (ordinal !== undefined && ordinal > 0) {
      used[i] = used[i - 1] = true;
      days.add(ordinal);
    }
  }
  // "waar waren dag 1 en dag 2?": both days are the whole netwerkdag, no one day of it.
  return days.size === 1 ? [...days][0] : undefined;
}

/** How many unknown words a question may send to typo correction; the rest stay unknown (noise costs no time). */
const MAX_CORRECTIONS = 6;
const MAX_CACHED_CORRECTIONS = 10_000;

/** The nearest word of `candidates` within the typo budget, most frequent first on a tie. */
function nearest(word: string, byLength: Map<number, string[]>, budget: number, freq: (w: string) => number): { word: string; distance: number } | null {
  // On a tie the more frequent word wins; with equal frequency the longer one (a typo drops a letter more often than it adds one).
  let best: string | null = null;
  let bestDistance = budget + 1;
  let bestFreq = 0;
  for (let length = word.length - budget; budget > 0 && length <= word.length + budget; length++) {
    for (const v of byLength.get(length) ?? []) {
      if (!couldBeTypoOf(word, v)) continue;
      const d = editDistance(word, v, budget);
      if (d > budget) continue;
      const f = freq(v);
      if (d < bestDistance || (d === bestDistance && (f > bestFreq || (f === bestFreq && best !== null && v.length > best.length)))) {
        best = v;
        bestDistance = d;
        bestFreq = f;
      }
    }
  }
  return best === null ? null : { word: best, distance: bestDistance };
}

const lexiconByLength = (() => {
  const groups = new Map<number, string[]>();
  for (const w of WORDS.lexicon) if (w.length >= 4) groups.set(w.length, [...(groups.get(w.length) ?? []), w]);
  return groups;
})();

const lexiconFixes = new Map<string, string | null>();

/** The lexicon word a typo most likely meant ("wanner" → "wanneer"), or null. Remembered: typos repeat. */
function lexiconFix(word: string): string | null {
  let fixed = lexiconFixes.get(word);
  if (fixed === undefined) {
    const budget = word.length >= 8 ? 2 : word.length >= 3 ? 1 : 0;
    const fix = nearest(word, lexiconByLength, budget, () => 1);
    fixed = fix && plausibleLexiconFix(word, fix.word) ? fix.word : null;
    if (lexiconFixes.size > 10_000) lexiconFixes.clear();
    lexiconFixes.set(word, fixed);
  }
  return fixed;
}

/**
 * "wasoss", "inzaanstad": a short word of the language data glued to the city of a netwerkdag, typed without the
 * space on a phone, is both words. Only a word that is nothing else and no typo of a question word.
 */
function unglued(word: string, catalogue: Catalogue, words: Words): string[] {
  if (word.length < 5) return [word];
  for (let k = 2; k <= word.length - 3; k++) {
    const [head, tail] = [word.slice(0, k), word.slice(k)];
    if ((words.stopwords.has(head) || words.lexicon.has(head)) && catalogue.cities.some((c) => c.phrase.length === 1 && c.phrase[0] === tail)) return [head, tail];
  }
  return [word];
}

/**
 * "gido tendolle", "bas vanderpol": a name on the programme with its particles typed against the surname ("Gido ten
 * Dolle") is those words apart. Only after the first name of someone on the programme with that surname: other
 * people are not made out of a glued word.
 */
function ungluedName(word: string, before: string | undefined, catalogue: Catalogue): string[] | null {
  const particles = (head: string): string[] | null => {
    if (PARTICLES.has(head) && head.length >= 2) return [head];
    for (let j = 2; j < head.length; j++) if (PARTICLES.has(head.slice(0, j)) && PARTICLES.has(head.slice(j))) return [head.slice(0, j), head.slice(j)];
    return null;
  };
  for (let k = 2; k <= word.length - 3; k++) {
    const tail = word.slice(k);
    if (before === undefined || !catalogue.nameWords.has(tail) || catalogue.firstNames.has(tail)) continue;
    const isSomeone = [...catalogue.personById.values()].some((p) => {
      const parts = tokens(p.name);
      return parts[0] === before && parts.at(-1) === tail;
    });
    if (!isSomeone) continue;
    const head = particles(word.slice(0, k));
    if (head) return [...head, tail];
  }
  return null;
}

/** Words of four letters are mended only from three ("ovr" → "over"): "piet" is a name, not a typo of "niet". */
function plausibleLexiconFix(word: string, fix: string): boolean {
  return fix.length >= 5 || word.length < fix.length;
}

/**
 * A word nobody would write on purpose, mended: question and function words
 * from the lexicon ("wanner", "vorzitter", "rnde") and the programme's own
 * words ("netneutaal"). The lexicon wins a tie: "lunsh" is "lunch".
 */
function correct(word: string, catalogue: Catalogue, words: Words): string | null {
  if (words.lexicon.has(word) || catalogue.vocabulary.has(word) || hasWordStartingWith(catalogue, stemOf(word)) || reachable(word, catalogue, words)) return word;
  const cached = catalogue.corrections.get(word);
  if (cached !== undefined) return cached;
  // Four-letter words may lose a letter ("rnde", "ovr" is too short to tell).
  const lexBudget = word.length >= 8 ? 2 : word.length >= 3 ? 1 : 0;
  const lexical = nearest(word, lexiconByLength, lexBudget, () => 1);
  const fromLexicon = lexical && plausibleLexiconFix(word, lexical.word) ? lexical : null;
  // A topic word two edits away is often another word altogether ("defensie" is not "dementie"): in shorter words two
  // edits count only where the word begins the same ("meerzigt" is "meerzicht").
  const wide = nearest(word, catalogue.wordsByLength, typoBudget(word), (v) => catalogue.vocabulary.get(v) ?? 0);
  const fromProgramme =
    wide && wide.distance >= 2 && word.length < 10 && wide.word.slice(0, 4) !== word.slice(0, 4)
      ? nearest(word, catalogue.wordsByLength, 1, (v) => catalogue.vocabulary.get(v) ?? 0)
      : wide;
  let best: string | null = null;
  if (fromLexicon && (!fromProgramme || fromLexicon.distance <= fromProgramme.distance)) best = fromLexicon.word;
  else if (fromProgramme) best = fromProgramme.word;
  if (catalogue.corrections.size >= MAX_CACHED_CORRECTIONS) catalogue.corrections.clear();
  catalogue.corrections.set(word, best);
  return best;
}

/** Whether retrieval can find the word at all: a synonym, or part of a compound the programme uses ("woningbouw"). */
function reachable(word: string, catalogue: Catalogue, words: Words): boolean {
  if ([...(words.synonyms[word] ?? []), ...(words.related[word] ?? [])].some((syn) => catalogue.vocabulary.has(syn) || hasWordStartingWith(catalogue, stemOf(syn)))) return true;
  if (word.length < 5) return false;
  return canReach(catalogue.index, stemOf(word));
}

/** The words a surname's later particles follow ("van der Burg", "ten Dolle"). */
const NAME_LEADS = new Set(['van', 'ter', 'ten']);
const PARTICLES = new Set(['van', 'de', 'der', 'den', 'ter', 'ten', 'te', 'het', 't', 'in', 'op', 'la', 'le', 'da', 'di', 'el']);

/**
 * The words of a person's name that is on no programme, as typed, or null:
 * [first name or capitalised word] [particles…] [surname the programme lacks].
 */
/** "van BZK", "namens het Rijk", "van de VNG": the word at `i` follows "van" or "namens" (with its article). */
function worksForWord(ws: string[], i: number): boolean {
  const before = ws[i - 1] === 'het' || ws[i - 1] === 'de' ? i - 2 : i - 1;
  return ws[before] === 'van' || ws[before] === 'namens';
}

/** Before a function these make it the function asked about or described ("welke wethouder", "de burgemeester"), not a title. */
const ASKED_FUNCTION = new Set(['welke', 'welk', 'wie', 'de', 'het', 'een', 'die', 'deze', 'onze', 'jullie', 'hun', 'zijn', 'haar', 'elke', 'iedere']);

function nameNotOnProgramme(typed: string[], scan: Scan, capitalised: Set<string>, catalogue: Catalogue, words: Words): string[] | null {
  const unknownWord = (w: string) => !catalogue.vocabulary.has(w) && !catalogue.nameWords.has(w) && !words.lexicon.has(w) && !/^\d/.test(w) && w.length >= 3;
  // "dr. J. Jansen", "mevrouw Kok": a title, perhaps initials and particles, then a surname no one on the programme has;
  // after a title any word is a surname (Kok, de Graaf). (After a function such as "wethouder" it is too often a place,
  // a verb or a word of the programme's: measured, that cost more than it found.)
  for (let i = 0; i < typed.length; i++) {
    const titled = words.nameTitles.has(typed[i]!);
    // After a function ("wethouder Yilmaz") only a word that is in no programme and no Dutch word list is a surname.
    if (titled ? scan.used[i] : !inList(words.functionWords, typed[i]!)) continue;
    // ("namens wethouder Bakker wil ik weten …": on whose behalf one asks, not whom about.)
    if (typed[i - 1] === 'namens' || typed[i - 2] === 'namens') continue;
    // ("welke burgemeester opent", "de wethouder spreekt": a function asked about or described, then a verb.)
    if (!titled && (typed[i + 1] === undefined || !unknownWord(typed[i + 1]!) || ASKED_FUNCTION.has(typed[i - 1] ?? ''))) continue;
    let start = i + 1;
    while (start < typed.length && words.nameTitles.has(typed[start]!)) start++;
    let j = start;
    while (j < typed.length && (/^\p{L}$/u.test(typed[j]!) || PARTICLES.has(typed[j]!))) j++;
    const last = typed[j];
    if (last === undefined || scan.used[j] || last.length < 3 || /^\d/.test(last) || catalogue.nameWords.has(last)) continue;
    if (words.stopwords.has(last) || inList(words.functionWords, last) || words.roleWords[last] !== undefined) continue;
    // "die mevrouw van het SCP": a programme's word after "van het", "van de": where she works, not her surname.
    if (titled && worksForWord(typed, j) && (typed[j - 1] === 'het' || typed[j - 1] === 'de') && catalogue.vocabulary.has(last)) continue;
    // "prof. Erik Scherder": a first name and a surname, read as such below.
    if (catalogue.firstNames.has(last) || words.firstNames.has(last)) continue;
    // "de burgemeester van Den Haag": a gemeente, not a surname.
    if (words.municipalities.some((m) => m.at(-1) === last && m.every((w, k) => typed[j - m.length + 1 + k] === w))) continue;
    // "mevrouw Van Oudenhove": a typo of someone's name on the programme is that someone, not a stranger.
    const budget = typoBudget(last);
    if (budget > 0 && [...catalogue.nameWords].some((n) => couldBeTypoOf(last, n) && editDistance(last, n, budget) <= budget)) continue;
    return typed.slice(start, j + 1);
  }
  // "vanuit Den Bosch": a gemeente, not a name.
  const inMunicipality = (i: number) => words.municipalities.some((m) => m.some((_, k) => m.every((w, n) => typed[i - k + n] === w)));
  for (let i = 0; i < typed.length; i++) {
    const first = typed[i]!;
    if (scan.used[i] || inMunicipality(i)) continue;
    const knownFirst = catalogue.firstNames.has(first) || words.firstNames.has(first);
    const startsName = knownFirst || (capitalised.has(first) && !words.lexicon.has(first));
    if (!startsName) continue;
    let j = i + 1;
    while (j < typed.length && PARTICLES.has(typed[j]!)) j++;
    const last = typed[j];
    if (last === undefined || scan.used[j]) continue;
    if (unknownWord(last) && (knownFirst || capitalised.has(first) || unknownWord(first))) return typed.slice(i, j + 1);
    // Many surnames are Dutch words too (Visser, Bakker, de Boer): after a first name, a word the programme never uses names someone else.
    const elsewhere = (w: string) => !catalogue.vocabulary.has(w) && !catalogue.nameWords.has(w) && !words.stopwords.has(w) && !consumedWords(words).has(w) && w.length >= 3 && !/^\d/.test(w);
    if (knownFirst && elsewhere(last)) return typed.slice(i, j + 1);
    // "hugo de jonge": a first name, a particle and a word no one on the programme is called.
    const named = (w: string) => !catalogue.nameWords.has(w) && !words.stopwords.has(w) && !consumedWords(words).has(w) && w.length >= 3 && !/^\d/.test(w);
    if (knownFirst && j > i + 1 && named(last)) return typed.slice(i, j + 1);
  }
  // Two capitalised words nobody's programme has, side by side ("Femke Halsema").
  for (let i = 0; i + 1 < typed.length; i++) {
    const [a, b] = [typed[i]!, typed[i + 1]!];
    if (!scan.used[i] && !scan.used[i + 1] && capitalised.has(a) && capitalised.has(b) && unknownWord(a) && unknownWord(b) && !inMunicipality(i)) return [a, b];
  }
  return null;
}

/**
 * "eric vd burgh": the first name of someone on the programme, then (past any particles) a near miss of their
 * surname, is that person — a surname too short to be matched with a typo on its own is, after its own first name.
 */
function nearMissOfFullName(scan: Scan, catalogue: Catalogue): (PersonEntry & { full: boolean })[] {
  for (let i = 0; i < scan.words.length; i++) {
    const first = scan.words[i]!;
    if (scan.used[i] || !catalogue.firstNames.has(first)) continue;
    let j = i + 1;
    while (j < scan.words.length && PARTICLES.has(scan.words[j]!)) j++;
    const last = scan.words[j];
    if (last === undefined || scan.used[j] || last.length < 4) continue;
    const near = catalogue.people.filter((e) => e.value.full && e.phrase[0] === first && e.phrase.length > 1 && editDistance(last, e.phrase.at(-1)!, 1) <= 1);
    if (near.length !== 1) continue;
    for (let k = i; k <= j; k++) scan.used[k] = true;
    return [near[0]!.value];
  }
  return [];
}

/**
 * "schrijf een gedichtje over de G40", "kun je een mail voor me schrijven aan mijn wethouder": asked to do work, first word
 * or after "kun je", "wil je", "zou u".
 */
const FIRST_PERSON = new Set(['ik', 'we', 'wij']);

function isTask(ws: string[], words: Words): boolean {
  const start = ws.findIndex((w) => !inList(words.social.greeting, w) && !inList(words.social.fillers, w));
  // ("Ik schrijf een terugblik op …": someone saying what they do, not asking for a text.)
  const said = ws.slice(0, Math.max(0, start)).some((w) => FIRST_PERSON.has(w));
  if (!said && inList(words.tasks, ws[start] ?? '')) return true;
  const rest = ws.filter((w) => !inList(words.social.greeting, w));
  const asks = ['kun', 'kunt', 'kan', 'wil', 'wilt', 'zou', 'zoudt'].includes(rest[0] ?? '') && ['je', 'jij', 'u'].includes(rest[1] ?? '');
  return asks && rest.slice(2).some((w) => inList(words.tasks, w));
}

function splitKindCompound(w: string, catalogue: Catalogue, words: Words): string[] {
  // "pijlervoorzitter", "themagroepsecretaris": a kind of organiser and a function or role, both (also where the programme
  // uses the compound: it names a function, which is found by its function word).
  const head = keysOf(words.organiserKindWords).find((k) => k.length >= 4 && w.startsWith(k));
  if (head) {
    const tail = w.slice(head.length).replace(/^s(?=\p{L}{4})/u, '');
    if (inList(words.functionWords, tail) || words.roleWords[tail] !== undefined || words.functionAliases[tail] !== undefined) return [head, tail];
  }
  // "keynotespreker", "openingsspreker": a word of the programme's and a role on it, both (also where one programme
  // has the compound: another says "keynote" in a title and the speaker in its people).
  const role = words.lexicon.has(w) || words.kindWords[w] !== undefined ? undefined : keysOf(words.roleWords).filter((k) => k.length >= 5 && w.length - k.length >= 4 && w.endsWith(k)).sort((a, b) => b.length - a.length)[0];
  if (role) {
    const stem = w.slice(0, -role.length);
    const head = catalogue.vocabulary.has(stem) ? stem : stem.endsWith('s') && catalogue.vocabulary.has(stem.slice(0, -1)) ? stem.slice(0, -1) : undefined;
    if (head !== undefined && head.length >= 4) return [head, role];
  }
  if (words.kindWords[w] !== undefined || catalogue.vocabulary.has(w) || words.lexicon.has(w)) return [w];
  // "veiligheidsgroep", "woningmarktgroep": a themagroep named by a word of its name and "groep".
  const group = w.match(/^(\p{L}{4,}?)s?groep(?:en)?$/u)?.[1];
  if (group && catalogue.organisers.some((o) => o.value.kind === 'themagroep' && o.phrase.includes(group))) return [group, 'themagroep'];
  // "slotsessie", "openingssessie": a part of the day (or a word of the programme's) and a word for a session, both.
  const noun = words.sessionNouns.filter((n) => n.length >= 6 && w.length - n.length >= 4 && w.endsWith(n)).sort((a, b) => b.length - a.length)[0];
  if (noun) {
    const stem = w.slice(0, -noun.length);
    // ("middagsessies", "ochtendsessie": a part of the day said by its period.)
    const periods = words.time.periods;
    const part = [stem, stem.replace(/s$/u, '')].find(
      (h) => h.length >= 4 && (words.untitledParts[h] !== undefined || catalogue.vocabulary.has(h) || [periods.morning, periods.afternoon, periods.evening].some((p) => p.includes(h))),
    );
    if (part) return [part, noun];
  }
  // "stadsafari" is a typo of the kind word "stadssafari", not "stad" and a safari.
  const typoOfKind = w.length >= 8 ? keysOf(words.kindWords).find((k) => k.length >= 8 && couldBeTypoOf(w, k) && editDistance(w, k, 1) <= 1) : undefined;
  if (typoOfKind) return [typoOfKind];
  const kind = keysOf(words.kindWords)
    .filter((k) => k.length >= 5 && w.length - k.length >= 3 && w.endsWith(k))
    .sort((a, b) => b.length - a.length)[0];
  return kind ? [w.slice(0, -kind.length), kind] : [w];
}

/** Whether a string could be a word or a name: enough vowels, no long consonant runs ("omtzigt" could, "asdfghjkl" cannot). */
function wordLike(w: string): boolean {
  const vowels = (w.match(/[aeiouy]/g) ?? []).length;
  return vowels / w.length >= 0.25 && !/[^aeiouy\d]{5}/.test(w);
}

/** Words before a place: "in Zwolle", "te Dordrecht", "naar Groningen". */
const PLACE_WORDS = new Set(['in', 'te', 'naar', 'uit']);

/** Where the phrase stands in the question on words nothing else took, or -1. */
function findFree(scan: Scan, phrase: string[]): number {
  outer: for (let i = 0; i + phrase.length <= scan.words.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (scan.used[i + k] || scan.words[i + k] !== phrase[k]) continue outer;
    return i;
  }
  return -1;
}

/** The words without every occurrence of the phrases. */
function withoutPhrases(ws: string[], phrases: string[][]): string[] {
  let out = ws;
  for (const phrase of phrases) {
    for (let i = 0; i + phrase.length <= out.length; ) {
      if (phrase.every((p, k) => out[i + k] === p)) out = [...out.slice(0, i), ...out.slice(i + phrase.length)];
      else i++;
    }
  }
  return out;
}

function hasPhrase(ws: string[], phrase: string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= ws.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (ws[i + k] !== phrase[k]) continue outer;
    return true;
  }
  return false;
}

const consumedCache = new WeakMap<Words, Set<string>>();

/** Words that ask rather than name a topic: never searched for. Worked out once per language data. */
function consumedWords(words: Words): Set<string> {
  let set = consumedCache.get(words);
  if (!set) {
    set = new Set<string>([
      ...Object.keys(words.roleWords), ...Object.keys(words.kindWords), ...Object.keys(words.weekdays), ...Object.keys(words.eventKinds),
      ...Object.keys(words.organiserKindWords), ...words.who, ...words.where, ...words.when, ...words.what, ...words.list, ...words.signup,
      ...words.programme, ...words.organiser, ...words.followUp, ...words.personPronouns, ...words.time.from, ...words.functionWords, ...Object.keys(words.functionAliases), ...words.events.nouns, ...words.events.next, ...words.events.past,
      ...words.events.theme, ...words.cancelled.words, ...words.relative.today, ...words.relative.tomorrow, ...words.round.words,
      ...words.social.greeting, ...words.social.thanks, ...words.time.modifiers,
    ]);
    consumedCache.set(words, set);
  }
  return set;
}

function joinCompounds(ws: string[], words: Words): string[] {
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const next = ws[i + 1];
    if (next !== undefined && words.joins.some(([a, b]) => a === ws[i] && b === next)) {
      out.push(ws[i]! + next);
      i++;
    } else out.push(ws[i]!);
  }
  return out;
}

/** A message that is only a greeting, a thanks or a goodbye (with filler such as "hoor", "voor de info"). */
function socialOf(ws: string[], words: Words): Social | null {
  if (ws.length === 0 || ws.length > 10) return null;
  const s = words.social;
  const goodbye = s.goodbye.filter((p) => hasPhrase(ws, p));
  const goodbyeWords = new Set(goodbye.flat());
  const thanks = ws.filter((w) => inList(s.thanks, w));
  const greeting = ws.filter((w) => inList(s.greeting, w));
  const allSocial = ws.every((w) => goodbyeWords.has(w) || inList(s.thanks, w) || inList(s.greeting, w) || inList(s.fillers, w));
  if (!allSocial) return null;
  if (goodbye.length > 0) return 'goodbye';
  if (thanks.length > 0) return 'thanks';
  if (greeting.length > 0) return 'greeting';
  return null;
}

/** An English word in Dutch, forgiving one typo in longer words ("clossing"). */
/**
 * An English question in Dutch words; clock phrases as Dutch says them, for the Dutch time language: "half past two" is
 * "half drie" (half to the next hour), "quarter past two" "kwart over twee", "quarter to three" "kwart voor drie"; the hour
 * as a word or a number.
 */
function translateEnglish(ws: string[], words: Words): string[] {
  const hourOf = (w: string | undefined) => (w === undefined ? undefined : /^\d{1,2}$/.test(w) ? Number(w) : words.english.hours[w]);
  const dutch = (hour: number) => keysOf(words.time.hours).find((k) => words.time.hours[k] === ((hour - 1) % 12) + 1)!;
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const [a, b] = [ws[i]!, ws[i + 1]];
    const hour = hourOf(ws[i + 2]);
    const clock = (a === 'half' && b === 'past') || (a === 'quarter' && (b === 'past' || b === 'to'));
    if (!clock || hour === undefined || hour < 1 || hour > 12) {
      out.push(translate(a, words));
      continue;
    }
    out.push(...(a === 'half' ? ['half', dutch(hour + 1)] : ['kwart', b === 'past' ? 'over' : 'voor', dutch(hour)]));
    i += 2;
  }
  // "city safaris": "stad stadssafaris" is the Dutch compound alone (a word that only begins the next one, as English writes it apart).
  return out.filter((w, k) => !(w.length >= 4 && out[k + 1] !== undefined && out[k + 1]!.length > w.length + 2 && out[k + 1]!.startsWith(w)));
}

function translate(word: string, words: Words): string {
  const direct = words.english.translate[word];
  if (direct !== undefined) return direct;
  if (word.length < 5) return word;
  const key = keysOf(words.english.translate).find((k) => k.length >= 5 && Math.abs(k.length - word.length) <= 1 && editDistance(word, k, 1) <= 1);
  return key ? words.english.translate[key]! : word;
}

/**
 * A message whose last sentence is preceded by sentences that only state something ("Ik schrijf voor de Haagsche
 * Courant. Welke burgemeesters …?"): those sentences, and the last. The last asks (a question mark, or a question word
 * first) and none before it does ("hoe laat is die bestuursverg. tijdens de lunch" is one question). Else null.
 */
export function leadInSentences(text: string, words: Words): { lead: string; asked: string } | null {
  // (A full stop after a short word is an abbreviation or initial: "dr. J. Jansen".)
  const sentences = withoutLetterFrame(text, words).trim().split(/(?<=[\p{L}\p{N}]{3,}[.!])\s+/u);
  if (sentences.length < 2) return null;
  const asks = (x: string) => x.trim().endsWith('?') || [words.who, words.where, words.when, words.what].some((set) => set.has(tokens(x)[0] ?? ''));
  const lead = sentences.slice(0, -1);
  const asked = sentences.at(-1)!;
  return asks(asked) && !lead.some(asks) ? { lead: lead.join(' '), asked } : null;
}

/**
 * The words for a programme's fixed parts: the parts a day begins and ends with ("opening", "afsluiting") and the words
 * of the titles of its breaks, lunch, borrel, dinner and walk-in, per catalogue.
 */
const fixedParts = new WeakMap<Catalogue, Set<string>>();
export function fixedPartWords(catalogue: Catalogue, words: Words): Set<string> {
  let set = fixedParts.get(catalogue);
  if (!set) {
    set = new Set([...Object.keys(words.untitledParts), ...breakTitleWords(catalogue)]);
    fixedParts.set(catalogue, set);
  }
  return set;
}

/** The words of the titles of a programme's breaks, lunch, borrel, dinner and walk-in ("lunch", "koffie", "netwerkborrel"). */
const breakTitles = new WeakMap<Catalogue, Set<string>>();
const FIXED_KINDS: ReadonlySet<string> = new Set(['lunch', 'pauze', 'borrel', 'inloop', 'diner']);
export function breakTitleWords(catalogue: Catalogue): Set<string> {
  let set = breakTitles.get(catalogue);
  if (!set) {
    set = new Set([...catalogue.sessionById.values()].filter((s) => FIXED_KINDS.has(s.kind)).flatMap((s) => tokens(s.title)));
    breakTitles.set(catalogue, set);
  }
  return set;
}

/** Mostly English words, and enough of the telling ones. */
function isEnglish(ws: string[], words: Words): boolean {
  const strong = ws.filter((w) => inList(words.english.strong, w)).length;
  const markers = ws.filter((w) => inList(words.english.markers, w)).length;
  // "where is Kademuren herstellen?": one telling word and nothing that is only Dutch (titles are neither).
  const dutch = ws.filter((w) => words.lexicon.has(w) && !inList(words.english.markers, w) && !inList(words.english.neutral, w) && words.english.translate[w] === undefined).length;
  return strong >= 2 || (strong >= 1 && markers >= Math.max(2, Math.ceil(ws.length / 2))) || (strong >= 1 && dutch === 0);
}


/**
 * A message written as a letter ("Geachte heer, mevrouw, … Kunt u aangeven hoe laat …? Met vriendelijke groet, K. de Groot,
 * kabinetschef gemeente Venlo"): without its salutation, and without its closing and all after it. Nothing is asked
 * there, and the name signed is no name asked about. A salutation or closing with nothing else is left as it is (it is
 * answered as a greeting or thanks).
 */
export function withoutLetterFrame(text: string, words: Words): string {
  const s = words.social;
  // Clauses: the words between punctuation, with where each starts and ends in the text.
  const clauses: { start: number; end: number; words: string[] }[] = [];
  let open: { start: number; end: number; words: string[] } | null = null;
  for (const m of text.matchAll(/[\p{L}\p{N}'’]+|[,.;:!?]/gu)) {
    if (!/[\p{L}\p{N}]/u.test(m[0])) {
      if (open) clauses.push(open);
      open = null;
      continue;
    }
    const ws = tokens(m[0]);
    if (!open) open = { start: m.index, end: m.index, words: [] };
    open.words.push(...ws);
    open.end = m.index + m[0].length;
  }
  if (open) clauses.push(open);
  if (clauses.length < 2) return text;
  // "Geachte heer, mevrouw,", "Beste collega's,", "Beste,": the clauses a letter opens with. (A greeting such as "Goedemorgen,"
  // is left to the courtesy rules: "Goedemorgen, ik hoop dat u me kunt helpen." is courtesy as a whole.)
  let first = 0;
  const greets = (c: { words: string[] }) => c.words.length <= 4 && c.words.every((w) => inList(s.greeting, w) || inList(s.salutations, w));
  const salutes = (c: { words: string[] }) => inList(s.salutations, c.words[0]!) || c.words.slice(1).some((w) => inList(s.salutations, w) && !inList(s.greeting, w));
  while (first < clauses.length - 1 && greets(clauses[first]!) && (first > 0 || salutes(clauses[0]!))) first++;
  // "Met vriendelijke groet,", "Alvast hartelijk dank.", "Bij voorbaat dank,": the first clause after the question that only
  // closes; the rest is the signature.
  const closes = (c: { words: string[] }) =>
    c.words.length <= 5 && c.words.some((w) => inList(s.letterEnd, w)) && c.words.every((w) => inList(s.letterEnd, w) || inList(s.courtesy, w) || inList(s.closings, w));
  let last = clauses.length;
  for (let i = first + 1; i < clauses.length; i++) {
    if (closes(clauses[i]!)) {
      last = i;
      break;
    }
  }
  if (first === 0 && last === clauses.length) return text;
  return text.slice(clauses[first]!.start, last < clauses.length ? clauses[last]!.start : text.length).replace(/[\s,;:]+$/u, '');
}

/** The day's start or end asked of the whole ("wanneer begint de dag", "what time does the programme finish"): by its verb. */
function boundOfWhole(ws: string[], words: Words): 'start' | 'end' | undefined {
  const { start, end } = words.time.boundVerbs;
  return ws.some((w) => inList(end, w)) ? 'end' : ws.some((w) => inList(start, w)) ? 'start' : undefined;
}

/**
 * "tussen twee en drie", "tussen één en kwart over twee": a window said in words (with digits it is read with the dates).
 * Both ends must be times ("tussen een lunch en de afsluiting" is no window); their words are taken.
 */
function readSpokenWindow(scan: Scan, words: Words): { from: string; to: string } | undefined {
  const t = scan.words.findIndex((w, i) => w === 'tussen' && !scan.used[i]);
  const e = t < 0 ? -1 : scan.words.findIndex((w, i) => i > t + 1 && i <= t + 5 && w === 'en');
  if (e < 0) return undefined;
  // Each end read as if "om" came before it ("om twee" is a time where "twee" alone is not).
  const read = (from: number, to: number, whole: boolean) => {
    const part = scan.words.slice(from, to);
    const used = [false, ...scan.used.slice(from, to)];
    const time = readTimeLanguage(['om', ...part], used, words).time;
    if (time === undefined || (whole && used.slice(1).some((u) => !u))) return undefined;
    return { time, used: used.slice(1) };
  };
  // (Digits are read with the dates: "tussen 2 en 3 uur"; "tussen 2 en 3 gemeenten" is no window.)
  if ([scan.words[t + 1], scan.words[e + 1]].some((w) => w !== undefined && /^\d+$/.test(w))) return undefined;
  const left = read(t + 1, e, true);
  const right = left ? read(e + 1, Math.min(scan.words.length, e + 6), false) : undefined;
  if (!left || !right || right.time <= left.time) return undefined;
  // ("tussen twee en drie gemeenten": a word after the second end that says what was counted.)
  const after = scan.words[e + 1 + right.used.lastIndexOf(true) + 1];
  if (after !== undefined && !words.stopwords.has(after) && !inList(words.exceptEnds, after)) return undefined;
  scan.used[t] = scan.used[e] = true;
  left.used.forEach((u, k) => { if (u) scan.used[t + 1 + k] = true; });
  right.used.forEach((u, k) => { if (u) scan.used[e + 1 + k] = true; });
  return { from: left.time, to: right.time };
}

/** What a superlative picks ("de meeste sessies", "de langste"), and among what: rounds, netwerkdagen or sessions. */
function superlativeOf(ws: string[], words: Words, choices: boolean): Question['superlative'] {
  const by = ws.some((w) => inList(words.superlatives.most, w)) ? 'sessions' : ws.some((w) => inList(words.superlatives.longest, w)) ? 'length' : undefined;
  if (by === undefined) return undefined;
  // ("het langste onderdeel van de dag": "dag" is where, not what is compared.)
  const ofEvent = ws.some((w) => inList(words.events.nouns, w) && !inList(words.superlatives.notEvents, w));
  const ofRound = ws.some((w) => inList(words.round.words, w)) || choices;
  if (by === 'sessions') return ofRound ? { by, of: 'round' } : ofEvent ? { by, of: 'event' } : undefined;
  return ofEvent ? { by, of: 'event' } : { by, of: 'session' };
}

/**
 * What a question leaves out ("wat is er in ronde 1 behalve het pijleroverleg?", "ronde 2, niks met wonen graag", "excursies
 * zonder fiets of bus"): the words from a word of `except` to the end of the clause (or a word of `exceptEnds`, or the next exception),
 * taken out of the question, and each thing named there ("fiets of bus": two) as a text of its own.
 */
export function withoutExclusions(text: string, words: Words): { text: string; excluded: string[]; said: string[] } {
  const marks = [...text.matchAll(/[\p{L}\p{N}'’-]+|[,.;:!?]/gu)].map((m) => ({
    word: /[\p{L}\p{N}]/u.test(m[0]) ? tokens(m[0]).join(' ') : null,
    start: m.index,
    end: m.index + m[0].length,
  }));
  // Whether one of these words comes later in the clause (up to a punctuation mark).
  const laterInClause = (from: number, ends: string[]) => {
    for (let j = from; j < marks.length && marks[j]!.word !== null; j++) if (inList(ends, marks[j]!.word!)) return true;
    return false;
  };
  const cueAt = (i: number) => {
    // "mensen zonder baan", "jongeren zonder startkwalificatie": a group of people described, not something left out.
    if (marks[i]?.word === 'zonder' && inList(words.describedGroups, marks[i - 1]?.word ?? '')) return 0;
    let longest = 0;
    for (const phrase of words.except) if (phrase.length > longest && phrase.every((p, k) => marks[i + k]?.word === p)) longest = phrase.length;
    if (longest > 0) return longest;
    // "naast de stadswandeling nog een excursie?": only with "nog" or "ook" after it ("naast het gemeentehuis" is a place).
    const w = marks[i]?.word;
    if (w && inList(words.exceptBeside.cues, w) && laterInClause(i + 1, words.exceptBeside.ends)) return 1;
    // "andere excursies dan de lunchwandeling": "dan" after a word for other.
    if (w === 'dan' && marks.slice(Math.max(0, i - 3), i).some((m) => m.word !== null && inList(words.round.others, m.word))) return 1;
    return 0;
  };
  const cuts: { from: number; to: number }[] = [];
  const excluded: string[] = [];
  const said: string[] = [];
  for (let i = 0; i < marks.length; ) {
    const cue = cueAt(i);
    if (cue === 0) {
      i++;
      continue;
    }
    let j = i + cue;
    // ("behalve de lunch nog een wandeling?", "behalve de lunch, wat is er?": what follows is asked again.)
    while (j < marks.length && marks[j]!.word !== null && !inList(words.exceptEnds, marks[j]!.word!) && cueAt(j) === 0) j++;
    if (j > i + cue) {
      const named = text.slice(marks[i + cue]!.start, marks[j - 1]!.end);
      excluded.push(...named.split(/\s+(?:of|or)\s+/iu).filter((part) => tokens(part).some((w) => !words.stopwords.has(w))));
    }
    // (The words of the exception are never searched, also with nothing after them: "had Wienen behalve vandaag ook …".)
    cuts.push({ from: marks[i]!.start, to: marks[Math.max(i + cue, j) - 1]!.end });
    if (j > i + cue) said.push(tokens(text.slice(marks[i]!.start, marks[j - 1]!.end)).join(' '));
    i = j;
  }
  const kept = cuts.reduceRight((t, cut) => `${t.slice(0, cut.from)} ${t.slice(cut.to)}`, text);
  // Nothing left but the exception ("behalve wonen?"): nothing to leave it out of; the question as it was.
  if (!tokens(kept).some((w) => !words.stopwords.has(w))) return { text, excluded: [], said: [] };
  return { text: kept, excluded, said };
}

/**
 * A question followed by a sentence about the asker's own situation ("hoe laat zijn we klaar? moet mn trein
 * halen"): only the question. Such a sentence comes after the last question mark and begins with a word of
 * `asides`. One before the question is kept: it says what the question needs ("Ik moet om vier uur weg. Wat mis ik?").
 */
const FOR_WHOM_ARTICLES = new Set(['de', 'het', 'een', 'mijn', 'mn', 'onze', 'ons', 'm', 'n']);

function withoutAsides(text: string, words: Words, catalogue: Catalogue): string {
  const sentences = dropCourtesy(text.split(/(?<=[?!.])\s+/), words, false);
  let lastQuestion = -1;
  sentences.forEach((s, i) => {
    if (s.trim().endsWith('?')) lastQuestion = i;
  });
  const kept = lastQuestion < 0 ? sentences : sentences.filter((s, i) => i <= lastQuestion || !inList(words.asides, tokens(s)[0] ?? ''));
  // Within a sentence too: "waar staat SDVM voor, zie het steeds in de stukken" — clauses at the end that start like a
  // remark about oneself are no part of the question (the first clause always is). One in the middle is kept: "goeiemorgen,
  // ik ben wethouder en wil iets over werk, wat raad je aan" says what is asked in it.
  return kept
    .map((sentence) => {
      const clauses = dropCourtesy(sentence.split(/,\s*/), words, true);
      let end = clauses.length;
      // ("hoe laat moet ik beginnen, ik ben Karen van Oudenhoven": a clause that names someone on the programme says who is asked about.)
      const namesSomeone = (clause: string) => tokens(clause).some((t) => t.length >= 4 && catalogue.nameWords.has(t) && !catalogue.firstNames.has(t));
      // ("Goedemiddag, ik zou graag weten wie …": after a greeting, the clause that asks something is the first.)
      const asks = (clause: string) => tokens(clause).some((t) => [words.who, words.where, words.when, words.what].some((set) => set.has(t)));
      const first = clauses.length > 1 && socialOf(tokens(clauses[0]!), words) === 'greeting' && asks(clauses[1]!) ? 1 : 0;
      // ("wat is het adres hier, voor de fotograaf?": for whom one asks, in words no programme and no question uses; not
      // ", voor de lunch", which says when.)
      const forWhom = (clause: string) => {
        const [first, article, ...rest] = tokens(clause);
        return first === 'voor' && article !== undefined && FOR_WHOM_ARTICLES.has(article) && rest.length > 0 && rest.length <= 3 &&
          rest.every((t) => !catalogue.vocabulary.has(t) && !words.lexicon.has(t) && !words.phraseWords.has(t));
      };
      while (end > first + 1 && ((inList(words.asides, tokens(clauses[end - 1]!)[0] ?? '') && !namesSomeone(clauses[end - 1]!)) || forWhom(clauses[end - 1]!))) end--;
      return clauses.slice(0, end).join(', ');
    })
    .join(' ');
}

/**
 * Without the polite frame of a message: sentences that are only courtesy ("Alvast hartelijk dank voor de moeite!",
 * "Met vriendelijke groet.") or praise the asking ("Wat fijn dat dit via de chat kan."), and within a sentence a clause
 * of apology ("Sorry voor de vraag, wie …?"); unless
 * nothing else is left (a greeting or thanks by itself is answered as one).
 */
function dropCourtesy(parts: string[], words: Words, clauses: boolean): string[] {
  const s = words.social;
  const frame = (w: string) => inList(s.greeting, w) || inList(s.thanks, w) || inList(s.closings, w) || s.goodbye.some((p) => p.length === 1 && p[0] === w);
  const isCourtesy = (part: string) => {
    const ws = tokens(part);
    if (ws.length === 0) return false;
    // ("en het spijt me als dit al ergens staat": the words before the apology only join it on.)
    const opening = ws.slice(0, 3).filter((w) => !['en', 'maar', 'het', 'ook'].includes(w));
    if (clauses && opening.length > 0 && inList(s.apologies, opening[0]!)) return true;
    // "Hallo, wat fijn dat dit via de chat kan.": a remark, not a question, that praises the asking.
    const praise = ws.filter((w) => inList(s.appreciation, w) || !(frame(w) || ['wat', 'heel', 'erg', 'echt', 'zeer'].includes(w)));
    if (!clauses && !part.trim().endsWith('?') && praise.length >= 2 && inList(s.appreciation, praise[0]!) && praise[1] === 'dat') return true;
    return !clauses && ws.some(frame) && ws.every((w) => frame(w) || inList(s.courtesy, w));
  };
  const kept = parts.filter((p) => !isCourtesy(p));
  return kept.length > 0 ? kept : parts;
}

/** The stretch of the original text from the first to the last of `wordsWanted`, as the person typed it. */
function originalSpan(input: string, wordsWanted: string[]): string | null {
  // As typed, from the first wanted word to the last, with what is between them ("J. Jansen", "P. de Graaf").
  const raw = [...input.matchAll(/[\p{L}\p{N}'’-]+/gu)];
  const picked = raw.filter((r) => wordsWanted.includes(tokens(r[0]).join('')));
  // ("de heer P. de Graaf": the first "de" is not part of the name; "Den Bosch" is.)
  while (picked.length > 1 && PARTICLES.has(fold(picked[0]![0])) && raw[raw.indexOf(picked[0]!) + 1] !== picked[1]) picked.shift();
  if (picked.length === 0) return null;
  const first = picked[0]!;
  const last = picked.at(-1)!;
  const span = input.slice(first.index, last.index + last[0].length);
  // An initial keeps its full stop.
  return last[0].length === 1 && input[last.index + 1] === '.' ? span + '.' : span;
}

/**
 * Where a question's verb stands, by Dutch word order, when no session title or organiser has that word: right after
 * "welke sessies" ("welke sessies vormden themaronde 2 in Tilburg", "welke keuzesessies vormden de derde ronde in Oss").
 * The verb asks; it is no topic.
 */
function questionVerbs(ws: string[], catalogue: Catalogue, words: Words): Set<number> {
  const at = new Set<number>();
  const free = (i: number) => ws[i] !== undefined && !catalogue.titleWords.has(ws[i]!) && !words.stopwords.has(ws[i]!) && !/^\d+$/.test(ws[i]!);
  ws.forEach((w, i) => {
    // A finite verb: a plural (also past: "vormden", "boden") or a singular past or present ("vormde", "bood", "vormt").
    if ((w === 'welke' || w === 'welk') && free(i + 2) && /(?:\p{L}{2}en|[^aeiou](?:de|te|t))$/u.test(ws[i + 2]!) && !/(?:heid|teit)$/.test(ws[i + 2]!)) at.add(i + 2);
  });
  return at;
}

/**
 * "en wat deed de themagroep in Tilburg?", "had de pijler ook een sessie in Oss?": a themagroep or pijler said with "de",
 * "die" or "onze" and no name refers back to one named before. The words that refer (to put the name in) and the kind.
 */
export function organiserReference(text: string, words: Words): { said: string; determiner: string; kind: Organiser['kind'] } | null {
  for (const m of text.matchAll(/(?<![\p{L}])(de|die|deze|onze|jullie|hun|dezelfde)\s+(\p{L}+)(?![\p{L}])/giu)) {
    const kind = words.organiserKindWords[fold(m[2]!)];
    // (Singular only: "de themagroepen" are all of them.)
    if (kind !== undefined && !fold(m[2]!).endsWith('en') && !fold(m[2]!).endsWith('s')) return { said: m[0], determiner: m[1]!, kind: kind as Organiser['kind'] };
  }
  return null;
}

export function understand(input: string, catalogue: Catalogue, words: Words = WORDS, depth = 0, exceptions = true): Question {
  const framed = withoutAsides(withoutLetterFrame(input.slice(0, MAX_QUESTION_LENGTH), words), words, catalogue);
  // (Once: what is left out is not itself searched for exceptions.)
  const { text, excluded, said } = depth === 0 && exceptions ? withoutExclusions(framed, words) : { text: framed, excluded: [], said: [] };
  const parts = excluded.map((part) => understand(part, catalogue, words, depth + 1));
  const folded = fold(text);
  // "de presentatie over Nederland in 2050": a year no netwerkdag was held in, that the programme itself names, is a topic.
  const isTopicYear = (year: string) => !catalogue.events.some((e) => e.days.some((d) => d.date.startsWith(year))) && catalogue.index.postings.has(year);
  const { rest, time: digitTime, timeTo, dates, years } = extractTimesAndDates(folded, words, isTopicYear);
  // "pauzeee", "waaaar": a letter held down is one letter too many; chat spellings ("wnr", "hoelaat") are read written out.
  // (Not after a name's particle: "van der Burg" keeps its "der", where "wat is der te doen" means "er".)
  let ws = tokens(rest.replace(/(\p{L})\1{2,}/gu, '$1$1'))
    .flatMap((w, i, all) => (NAME_LEADS.has(all[i - 1] ?? '') ? [w] : words.chatSpellings[w] ?? [w]))
    .slice(0, MAX_QUESTION_WORDS);
  const english = isEnglish(ws, words);
  if (english) ws = translateEnglish(ws, words);
  // Dutch with an English word in it ("excursies by bike"): that word, where it is no Dutch word or programme word.
  else ws = ws.map((w) => (words.english.translate[w] !== undefined && !words.lexicon.has(w) && !catalogue.vocabulary.has(w) ? words.english.translate[w]! : w));
  // "vice voorzitter", "thema ronde": compounds written as two words are one word.
  ws = joinCompounds(ws, words);
  // "donderdagavond", "vrijdagochtend": the weekday and the part of the day.
  ws = ws.flatMap((w) => {
    const m = w.match(/^(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(ochtend|middag|avond|morgen)$/);
    return m ? [m[1]!, m[2] === 'morgen' ? 'ochtend' : m[2]!] : [w];
  });
  // "fietsexcursie", "busexcursies": a compound the programme lacks, made of a word and a kind of session, is both.
  ws = ws.flatMap((w) => splitKindCompound(w, catalogue, words));
  const typed = [...ws];
  // Mend typos in the words the engine listens for before anything looks at them.
  const known = (w: string) =>
    words.lexicon.has(w) || words.phraseWords.has(w) || catalogue.vocabulary.has(w) || catalogue.nameWords.has(w) || /^\d+$/.test(w) || w.length < 3;
  // A capitalised word inside the sentence is a name as typed ("wie is Piet Paulusma"): left as it is.
  // (At the start of a sentence a capital says nothing, unless the word is no word the engine knows.)
  // Words in capitals ("DROP TABLE", "ZJO") are shouting or abbreviations, not names.
  const names = new Set((text.match(/\p{Lu}\p{Ll}[\p{L}'’-]*/gu) ?? []).map((n) => fold(n)).filter((n) => !words.lexicon.has(n)));
  // "allerlaatste", "allereerste": "aller" only strengthens the superlative after it.
  ws = ws.map((w) => (w.startsWith('aller') && w.length >= 9 && words.lexicon.has(w.slice(5)) ? w.slice(5) : w));
  ws = ws.flatMap((w, i) => {
    if (known(w)) return [w];
    const name = ungluedName(w, ws[i - 1], catalogue);
    if (name) return name;
    if (names.has(w)) return [w];
    const fixed = lexiconFix(w);
    return fixed !== null ? [fixed] : unglued(w, catalogue, words);
  });
  const social = socialOf(ws, words);
  // "waar gaat het over, in grote lijnen", "welke netwerkdagen zijn er tot nu toe geweest": hedges say nothing about
  // what is asked, also not "nu".
  ws = withoutPhrases(ws, words.hedges);

  const scan: Scan = { words: ws, used: ws.map(() => false) };
  // A list of the language data becomes a set once; a few words written out here are looked through as they are.
  const has = (set: Set<string> | string[]) => scan.words.some((w) => (Array.isArray(set) ? (set.length <= 8 ? set.includes(w) : inList(set, w)) : set.has(w)));
  const hasSeq = (...phrase: string[]) => hasPhrase(scan.words, phrase);

  // Personal questions are recognised on the whole text before words are taken.
  let personal: Personal | null = null;
  if (words.personal.where.some((p) => hasPhrase(ws, p)) && !ws.some((w) => inList(words.personal.venue, w))) personal = 'where';
  else if (words.personal.next.some((p) => hasPhrase(ws, p))) personal = 'next';
  else if (words.personal.mine.some((p) => hasPhrase(ws, p))) personal = 'mine';

  // Phrases first (longest first within each kind), so "themagroep wonen welzijn en zorg" is one organiser.
  // ("welke netwerkdag was het eerst" picks a netwerkdag, not the first part of a day.)
  const eventOrder = parseEventOrder(scan, words, catalogue);
  const yearsAgo = parseYearsAgo(scan, words);
  const spokenWindow = digitTime === undefined ? readSpokenWindow(scan, words) : undefined;
  const readWords = readTimeLanguage(scan.words, scan.used, words);
  const timeWords = spokenWindow ? { ...readWords, time: spokenWindow.from } : readWords;
  const round = parseRound(scan, words);
  const dayNumber = parseDay(scan, words);
  // "en in de tweede?": an ordinal with nothing else to count is the same thing as the previous question counted.
  const content = scan.words.flatMap((w, i) => (scan.used[i] || words.stopwords.has(w) || w === 'en' ? [] : [i]));
  const only = content.length === 1 ? words.ordinals[scan.words[content[0]!]!] : undefined;
  const bareOrdinal = round === undefined && dayNumber === undefined && only !== undefined && only > 0 ? only : undefined;
  if (bareOrdinal !== undefined) scan.used[content[0]!] = true;
  // "wat komt er na de pauze?", "wie spreekt na Depla?": what follows something the question names (a clock time
  // after "na" is a time, read above).
  let afterNamed = false;
  if (digitTime === undefined && timeWords.time === undefined) {
    const at = scan.words.findIndex((w, i) => !scan.used[i] && inList(words.time.after, w) && i < scan.words.length - 1);
    if (at >= 0) {
      afterNamed = true;
      scan.used[at] = true;
      if (at > 0 && inList(words.time.modifiers, scan.words[at - 1]!)) scan.used[at - 1] = true;
    }
  }
  // "wat loopt er parallel aan de sessie over de Wmo?": the same, for what runs at the same time (with a "direct", "precies" before it).
  // Only as a relation: "tegelijk met …", "parallel aan …", or at the end ("en wat is er tegelijk?"); "twee sessies tegelijk
  // volgen" or "voorzitter en tegelijkertijd wethouder" say something else.
  let alongsideNamed = false;
  for (const phrase of words.time.alongside) {
    const at = scan.words.findIndex((_, i) => phrase.every((p, k) => scan.words[i + k] === p && !scan.used[i + k]));
    const next = scan.words[at + phrase.length];
    if (at < 0 || next === undefined || !inList(words.time.alongsideLinks, next)) continue;
    alongsideNamed = true;
    phrase.forEach((_, k) => (scan.used[at + k] = true));
    if (at > 0 && inList(words.time.modifiers, scan.words[at - 1]!)) scan.used[at - 1] = true;
    break;
  }
  // "als ik naar de VvE-sessie ga, wat mis ik dan?": what one misses is what runs alongside. (Not "ik moet om 2 uur weg,
  // wat mis ik?": that is a time, read above.)
  if (!alongsideNamed && !afterNamed && digitTime === undefined && timeWords.time === undefined) {
    for (const phrase of words.time.missedIf) {
      const at = scan.words.findIndex((_, i) => phrase.every((p, k) => scan.words[i + k] === p && !scan.used[i + k]));
      if (at < 0) continue;
      const verb = scan.words.findIndex((w, i) => !scan.used[i] && inList(words.time.missedVerbs, w));
      if (!phrase.includes('niet') && verb < 0) continue;
      alongsideNamed = true;
      phrase.forEach((_, k) => (scan.used[at + k] = true));
      if (verb >= 0) scan.used[verb] = true;
      break;
    }
  }
  // "wat is er vlak voor de afsluiting?", "voorafgaand aan de borrel": what ends last before a kind of programme part named
  // within the next three words ("voor die feestelijke afsluiting"). Whether it is asked is settled below, with what else is asked.
  // (Said without "vlak" or "voorafgaand aan", only before a fixed part of a programme: a kind of part, or a word of the title
  // of a plenary part, break or borrel — "voor de afsluiting"; not "voor de themagroep Veiligheid".)
  let beforeAt: { at: number; length: number; close: boolean } | null = null;
  if (!afterNamed && !alongsideNamed && digitTime === undefined && timeWords.time === undefined) {
    for (const phrase of words.time.before) {
      const at = scan.words.findIndex((_, i) => phrase.every((p, k) => scan.words[i + k] === p && !scan.used[i + k]));
      if (at < 0) continue;
      const after = scan.words.slice(at + phrase.length, at + phrase.length + 3);
      const close = phrase.length > 1 || (at > 0 && inList(words.time.modifiers, scan.words[at - 1]!));
      if (!after.some((w) => words.kindWords[w] !== undefined || (close ? !words.stopwords.has(w) : fixedPartWords(catalogue, words).has(w)))) continue;
      // ("is er nog pauze voor de deelsessies": a kind named before it is what is asked, the rest only says when.)
      if (scan.words.slice(0, at).some((w) => words.kindWords[w] !== undefined)) break;
      beforeAt = { at, length: phrase.length, close };
      if (beforeAt.close) {
        phrase.forEach((_, k) => (scan.used[at + k] = true));
        if (at > 0 && inList(words.time.modifiers, scan.words[at - 1]!)) scan.used[at - 1] = true;
      }
      break;
    }
  }
  // "wat zit er tussen de lunch en de afsluiting?": two things named, each read as a question of its own (once: not within them).
  let between: Question['between'];
  const tussen = scan.words.findIndex((w, i) => w === 'tussen' && !scan.used[i]);
  const and = tussen >= 0 ? scan.words.findIndex((w, i) => i > tussen + 1 && w === 'en' && !scan.used[i]) : -1;
  const namedPart = (from: number, to: number) => understand(scan.words.slice(from, to).join(' '), catalogue, words, depth + 1);
  if (depth === 0 && and > tussen + 1 && and < scan.words.length - 1 && digitTime === undefined && timeWords.time === undefined) {
    between = { from: namedPart(tussen + 1, and), to: namedPart(and + 1, scan.words.length) };
  }
  // "na de lunch maar voor de afsluiting", "after lunch and before the closing": the same two moments, said the other way.
  if (!between && depth === 0 && digitTime === undefined && timeWords.time === undefined) {
    // (The first may already be read as a part of the day: "na de lunch".)
    const after = scan.words.findIndex((w) => inList(words.time.after, w));
    const before = after >= 0 ? scan.words.findIndex((w, i) => i > after + 1 && !scan.used[i] && inList(words.time.beforeNamed, w)) : -1;
    const end = before > 0 && inList(words.time.betweenJoins, scan.words[before - 1]!) ? before - 1 : before;
    if (before > 0 && end > after + 1 && before < scan.words.length - 1) between = { from: namedPart(after + 1, end), to: namedPart(before + 1, scan.words.length) };
  }
  // "ik kom om half twaalf binnen, wat heb ik gemist?": what began before the time; the words of arriving say nothing more.
  const clockSaid = digitTime !== undefined || timeWords.time !== undefined;
  // "ik moet om twaalf uur weg, wat kan ik nog meemaken?": what is before the time. ("om 3 uur weg, wat mis ik?" is after it.)
  const missing = scan.words.some((w) => inList(words.time.missedVerbs, w));
  // ("op weg naar", "de weg": a way, not leaving.)
  const aWay = (i: number) => ['op', 'de', 'het', 'die', 'deze', 'welke', 'een'].includes(scan.words[i - 1] ?? '');
  const leavesAt = clockSaid && !missing && scan.words.some((w, i) => !scan.used[i] && inList(words.time.leave, w) && !aWay(i));
  const untilTime = clockSaid && (leavesAt || scan.words.some((w, i) => !scan.used[i] && inList(words.time.until, w)));
  if (untilTime) scan.words.forEach((w, i) => { if (inList(words.time.until, w) || inList(words.time.arrive, w) || inList(words.time.leave, w)) scan.used[i] = true; });
  // "ik ben er pas om 15.00, wat is er nog?", "kom om kwart over twee binnen": what runs then and after it; the words of
  // arriving are no topic ("binnen" is not "binnensteden"). ("welke sessie begint pas om drie uur" asks what begins then.)
  // ("wat is er binnen te doen tussen één en twee", "binnen blijven": "binnen" is inside.)
  const inside = (i: number) => scan.words[i] === 'binnen' && ['te', 'blijven', 'blijf', 'zitten', 'doen'].includes(scan.words[i + 1] ?? '');
  const arrivesAt = clockSaid && !untilTime &&
    (scan.words.some((w, i) => !scan.used[i] && inList(words.time.arriving, w) && !inside(i)) ||
      (scan.words.includes('pas') && scan.words.some((w) => ['ben', 'kom', 'komen', 'kan', 'beschikbaar', 'aanwezig'].includes(w))) ||
      scan.words.some((w, i) => ['kom', 'komen', 'kome'].includes(w) && scan.words.slice(i + 1).includes('aan')));
  if (arrivesAt) scan.words.forEach((w, i) => { if (inList(words.time.arriving, w) || inList(words.time.arrive, w)) scan.used[i] = true; });
  // "iets buiten de zaal", "lunch buiten?": outside a place, said of no topic; the place is not searched either.
  scan.words.forEach((w, i) => {
    if (!inList(words.outside, w) || scan.used[i]) return;
    scan.used[i] = true;
    // ("naar buiten", "van buiten": nothing after it is the place.)
    if (scan.words[i - 1] === 'naar' || scan.words[i - 1] === 'van') return;
    const next = scan.words.findIndex((x, k) => k > i && !scan.used[k] && !words.stopwords.has(x));
    if (next >= 0) scan.used[next] = true;
  });
  const before = [...scan.used];
  const organisers = matchPhrases(scan, catalogue.organisers, catalogue.vocabulary, words);
  // "welke fysieke themagroepen": the word a pijler is called by ("Fysieke pijler"), before a word for themagroepen, names that pijler.
  if (organisers.length === 0) {
    scan.words.forEach((w, i) => {
      const next = scan.words[i + 1];
      if (scan.used[i] || next === undefined || words.organiserKindWords[next] !== 'themagroep') return;
      const pijler = catalogue.organisers.find((e) => e.value.kind === 'pijler' && e.phrase.length === 2 && e.phrase[0] === w && words.organiserKindWords[e.phrase[1]!] === 'pijler');
      if (pijler && !organisers.includes(pijler.value)) {
        organisers.push(pijler.value);
        scan.used[i] = true;
      }
    });
  }
  const organiserWords = scan.words.filter((w, i) => scan.used[i] && !before[i] && !words.stopwords.has(w) && w.length >= 3);
  const matchedPeople = matchPhrases(scan, catalogue.people, catalogue.vocabulary, words);
  if (matchedPeople.length === 0) matchedPeople.push(...nearMissOfFullName(scan, catalogue));
  // "Piet Bakker" is not Anke Bakker: a surname-only match with another first name before it is someone else.
  let otherFirstName: string[] | null = null;
  const people = matchedPeople.filter((p) => {
    if (p.full) return true;
    const surname = tokens(p.name).slice(1);
    const at = scan.words.findIndex((w, i) => w === surname[0] && surname.every((t, k) => scan.words[i + k] === t));
    // A surname matched with a typo ("visser" for Visscher) is found the same way as it was matched.
    const last = surname.at(-1)!;
    const core = at >= 0 ? at : scan.words.findIndex((w) => w === last || (typoBudget(last) > 0 && editDistance(w, last, typoBudget(last)) <= typoBudget(last)));
    // (The word before the surname's particles: "piet de vris" is not Karel de Vries.)
    let b = core - 1;
    while (b >= 0 && PARTICLES.has(typed[b]!)) b--;
    const before = typed[b];
    const ownFirst = tokens(p.name)[0];
    // "karin van oudenhoven" is a typo of Karen; "Piet Bakker" is someone else.
    const sameFirst = before === ownFirst || (before !== undefined && ownFirst !== undefined && before.length >= 4 && editDistance(before, ownFirst, 1) <= 1);
    if (before !== undefined && !sameFirst && (catalogue.firstNames.has(before) || words.firstNames.has(before) || (names.has(before) && !words.lexicon.has(before)))) {
      otherFirstName = [before, ...typed.slice(core, core + Math.max(1, at < 0 ? 1 : surname.length))];
      return false;
    }
    return true;
  });
  // "die koelemaij van platform31": the organisation someone is named with is who they are, not a second subject.
  if (people.length > 0) {
    const affiliations = people.flatMap((p) => catalogue.personById.get(p.id)?.functions ?? []).map((f) => ` ${tokens(f).join(' ')} `);
    for (let k = organisers.length - 1; k >= 0; k--) {
      const name = ` ${tokens(organisers[k]!.name).join(' ')} `;
      if (affiliations.some((f) => f.includes(name))) organisers.splice(k, 1);
    }
  }
  const cityEvents = matchPhrases(scan, catalogue.cities, catalogue.vocabulary, words, true);
  const rooms = matchPhrases(scan, catalogue.rooms, catalogue.vocabulary, words);

  let eventIds: number[] | null = null;
  // A narrowing that leaves no netwerkdag at all (a year like "2050" in a title) is ignored, not fatal.
  const narrow = (ids: number[]) => {
    const next = eventIds === null ? ids : eventIds.filter((id) => ids.includes(id));
    if (next.length > 0) eventIds = next;
  };
  if (cityEvents.length > 0) narrow([...new Set(cityEvents)]);
  // "wie heette ons welkom in de LocHal": where a netwerkdag's days are in different places, the venue names its day too.
  const venueDay = catalogue.venueDays.find((v) => (eventIds === null || eventIds.includes(v.eventId)) && hasPhrase(scan.words, v.phrase))?.dayNumber;
  // "was er een netwerkdag in Zwolle?", "programma Dordrecht": a gemeente where no netwerkdag the programme knows was held.
  let otherCity: string | null = null;
  // "de netwerkdag in Hoorn", "programma Hoorn": a gemeente that is also only someone's surname on a programme (Maarten
  // Hoorn) is the place, said with a netwerkdag or programme and after "in" or with "programma".
  const placeOfSurname = (p: PersonEntry & { full: boolean }) => {
    if (p.full) return false;
    const surname = tokens(p.name).slice(1);
    const at = words.municipalities.some((m) => m.join(' ') === surname.join(' ')) ? scan.words.findIndex((w, i) => surname.every((t, k) => scan.words[i + k] === t)) : -1;
    return at >= 0 && ((at > 0 && PLACE_WORDS.has(scan.words[at - 1]!)) || has(words.programme)) && (has(words.events.nouns) || has(words.programme));
  };
  if (cityEvents.length === 0 && organisers.length === 0 && people.length > 0 && people.every(placeOfSurname)) {
    for (const p of people) {
      const surname = tokens(p.name).slice(1);
      const at = scan.words.findIndex((w, i) => surname.every((t, k) => scan.words[i + k] === t));
      surname.forEach((_, k) => (scan.used[at + k] = false));
    }
    people.splice(0);
  }
  if (cityEvents.length === 0 && people.length === 0 && organisers.length === 0) {
    const aboutDays = has(words.events.nouns) || has(words.programme);
    for (const phrase of words.municipalities) {
      const at = findFree(scan, phrase);
      if (at < 0 || !(aboutDays || (at > 0 && PLACE_WORDS.has(scan.words[at - 1]!)))) continue;
      // "wie vertelde over stroom voor woningbouw in Utrecht": a place a programme speaks of, beside other words it has, is
      // part of what is asked about.
      // (Said together in one text: "hoe laat gaat de laatste trein naar Utrecht" is not.)
      const holders = (word: string) => catalogue.index.postings.get(stemOf(word)) ?? new Set<number>();
      const cityDocs = phrase.map(holders).reduce((a, b) => new Set([...a].filter((d) => b.has(d))));
      const spokenOf = cityDocs.size > 0 &&
        scan.words.some((w, i) => !scan.used[i] && (i < at || i >= at + phrase.length) && w.length > 3 && !words.stopwords.has(w) && [...holders(w)].some((d) => cityDocs.has(d)));
      if (!aboutDays && spokenOf) continue;
      for (let k = 0; k < phrase.length; k++) scan.used[at + k] = true;
      otherCity = originalSpan(text, phrase) ?? phrase.join(' ');
      // Typed in lower case ("zwolle", "den haag"): written as a place name.
      if (otherCity === otherCity.toLowerCase()) otherCity = otherCity.replace(/(^|\s)(\p{L})/gu, (m, sp: string, ch: string) => sp + ch.toUpperCase()).replace(/ (Aan|Op|Den|En) /g, (m) => m.toLowerCase()).replace(/^Den /, 'Den ');
      break;
    }
  } else if (cityEvents.length > 0) {
    // "ik rij vanuit Den Bosch naar Zoetermeer": beside a netwerkdag's city, another place after "vanuit" or "uit" is where
    // the asker comes from, no topic ("den" is in a name on the programme). ("de burgemeester van Purmerend" is a function.)
    for (const phrase of words.municipalities) {
      const at = findFree(scan, phrase);
      if (at > 0 && (scan.words[at - 1] === 'vanuit' || scan.words[at - 1] === 'uit')) for (let k = 0; k < phrase.length; k++) scan.used[at + k] = true;
    }
  }
  const kindWord = scan.words.find((w) => words.eventKinds[w]);
  // "is die van vandaag ambtelijk of bestuurlijk?": both kinds named is asking which, not narrowing to one.
  const bothKinds = new Set(scan.words.flatMap((w) => words.eventKinds[w] ?? [])).size > 1;
  if (kindWord && !bothKinds) narrow(catalogue.events.filter((e) => e.kind === words.eventKinds[kindWord]).map((e) => e.id));
  for (const date of dates) {
    const re = dateRegex(date);
    narrow(catalogue.events.filter((e) => e.days.some((d) => re.test(d.date))).map((e) => e.id));
  }
  for (const year of years) narrow(catalogue.events.filter((e) => e.days.some((d) => d.date.startsWith(String(year)))).map((e) => e.id));
  // "welke netwerkdag duurde twee dagen", "de tweedaagse", "met overnachting": the netwerkdagen of more than one day.
  const daysAt = scan.words.findIndex((w, i) => w === 'dagen' && inList(words.events.severalDays, scan.words[i - 1] ?? '') && !['over', 'na', 'binnen', 'om'].includes(scan.words[i - 2] ?? ''));
  const severalDays = daysAt > 0;
  if (severalDays) scan.used[daysAt] = scan.used[daysAt - 1] = true;
  const multiDay = severalDays || has(words.events.multiDay);
  // ("de tweedaagse" still names a netwerkdag; "met overnachting" says only that.)
  scan.words.forEach((w, i) => { if (inList(words.events.multiDay, w) && !isEventNoun(w, words)) scan.used[i] = true; });
  if (multiDay) narrow(catalogue.events.filter((e) => e.days.length > 1).map((e) => e.id));
  let venueKind = false;
  // "welke netwerkdagen waren in een stadhuis?": the kind of building (a gemeentehuis is one too) of a netwerkdag named as such.
  if (scan.words.some((w) => isEventNoun(w, words))) {
    const at = scan.words.findIndex((w, i) => !scan.used[i] && words.venueKinds[w] !== undefined);
    if (at >= 0) {
      venueKind = true;
      const kind = words.venueKinds[scan.words[at]!]!;
      const inKind = (venue: string | null) => tokens(venue ?? '').some((t) => Object.entries(words.venueKinds).some(([w, k]) => k === kind && t.endsWith(w)));
      scan.used[at] = true;
      narrow(catalogue.events.filter((e) => e.days.some((d) => inKind(d.venue))).map((e) => e.id));
    }
  }
  const weekdayWord = scan.words.find((w) => words.weekdays[w] !== undefined);

  const roleWordsUsed = scan.words.flatMap((w) => words.roleWords[w] ?? []);
  // "ik ben wethouder zorg, welke sessie raad je aan": who is asking, not whom they ask about.
  const introducesSelf = (i: number) => [1, 2].some((back) => scan.words[i - back] === 'ben' && (scan.words[i - back - 1] === 'ik' || scan.words[i - back - 1] === 'als'));
  // "mijn wethouder komt pas om 14.00, wat kan ze nog zien", "de burgemeester moet om 12 uur weg": for whom one plans, not
  // whom one asks about (with "van …" after it, the function names someone: "de burgemeester van Zoetermeer").
  // ("wie is onze voorzitter" asks who holds it.)
  const forWhom = (i: number) => !has(words.who) && (['mijn', 'mn', 'onze', 'ons'].includes(scan.words[i - 1] ?? '') ||
    (scan.words[i - 1] === 'de' && scan.words[i + 1] !== 'van' &&
      (arrivesAt || untilTime || inList(words.modalVerbs, scan.words[i - 2] ?? '') || inList(words.modalVerbs, scan.words[i + 1] ?? ''))));
  scan.words.forEach((w, i) => {
    if (!scan.used[i] && inList(words.functionWords, w) && (introducesSelf(i) || forWhom(i))) scan.used[i] = true;
  });
  const functions = [
    // "wie waren de vicevoorzitters": a plural names the same function.
    ...new Set(scan.words.flatMap((w, i) => {
      // ("voor bestuurders" names the kind of netwerkdag, not a function.)
      if (scan.used[i] || words.eventKinds[w] !== undefined) return [];
      const one = !inList(words.functionWords, w) && w.endsWith('s') && inList(words.functionWords, w.slice(0, -1)) ? w.slice(0, -1) : w;
      return inList(words.functionWords, one) ? [one] : words.functionAliases[w] !== undefined ? [words.functionAliases[w]!] : [];
    })),
  ];
  for (const fp of words.functionPhrases) {
    // "wie zit de fysieke pijler voor": the two words with the rest between them.
    if (fp.words.some(([a, b]) => { const i = scan.words.indexOf(a!); return i >= 0 && scan.words.indexOf(b!, i + 1) > i; }) && !functions.includes(fp.function)) functions.push(fp.function);
  }
  // "wie zit … voor", "vz": a function that is also a role on the programme ("voorzitter") asks for that role too.
  const roles = [...new Set([...roleWordsUsed, ...functions.flatMap((f) => words.roleWords[f] ?? [])])];
  // "burgemeesters vandaag", "welke wethouders …": a function in the plural asks for all who hold it.
  const pluralFunction = scan.words.some((w) => (w.endsWith('s') && inList(words.functionWords, w.slice(0, -1))) || (w.endsWith('en') && inList(words.functionWords, w.slice(0, -2))));
  // "de pauze voor de deelsessies" is about the pauze: the first kind word named decides; "wandelingen en bezoeken" asks for both.
  const firstAt = scan.words.findIndex((w, i) => !scan.used[i] && words.kindWords[w] !== undefined);
  const firstKind = firstAt >= 0 ? scan.words[firstAt] : undefined;
  const alsoKind = firstAt >= 0 && (scan.words[firstAt + 1] === 'en' || scan.words[firstAt + 1] === 'of') ? scan.words[firstAt + 2] : undefined;
  const kindMatches = firstKind ? [...words.kindWords[firstKind]!, ...(alsoKind ? words.kindWords[alsoKind] ?? [] : [])] : [];
  const kinds = kindMatches.length > 0 ? [...new Set(kindMatches)] : undefined;
  const organiserKindWord = scan.words.find((w, i) => !scan.used[i] && words.organiserKindWords[w] !== undefined);
  const organiserKind = organiserKindWord ? words.organiserKindWords[organiserKindWord] : undefined;

  const niet = scan.words.includes('niet') || scan.words.includes('geen');
  const cancelled = has(words.cancelled.words) || (niet && has(words.cancelled.withNiet));
  // "themagroepen zonder/geen overleg": those words say it does not meet, they are no topic.
  if (cancelled && niet) scan.words.forEach((w, i) => { if (inList(words.cancelled.withNiet, w)) scan.used[i] = true; });

  let relative: Question['relative'];
  const soonWords = words.relative.soon.filter((w) => w !== 'zo' && w !== 'volgende');
  if (has(words.relative.now) || words.relative.nowPhrases.some((p) => hasPhrase(scan.words, p))) relative = 'now';
  else if (has(soonWords) || hasSeq('hierna', 'is') || (scan.words.includes('volgende') && !round && !has(words.events.nouns))) relative = 'soon';
  else if (has(words.relative.today)) relative = 'today';
  else if (has(words.relative.tomorrow) && !scan.words.some((w) => w === 'goedemorgen')) relative = 'tomorrow';

  // "welke netwerkdagen zijn er geweest", "wanneer is de volgende netwerkdag"
  // ("sprak hij nog een keer?": once more, not one more netwerkdag; "de volgende keer" is the next one.)
  const eventNoun = scan.words.some((w, i) => inList(words.events.nouns, w) && w !== 'dag' && w !== 'dagen' && !(w === 'keer' && scan.words[i - 1] === 'een'));
  let events: Question['events'] = null;
  const pastTense = scan.words.some((w) => w === 'was' || w === 'waren' || w === 'geweest' || inList(words.events.past, w));
  // "komt er nog een netwerkdag?": one more to come.
  // ("en wat is de volgende na vandaag?": after today, the next one is a netwerkdag.)
  // ("de netwerkdag na deze": the next one as well.)
  // ("Voor de planning van de volgende editie: in welk gebouw zaten we in Oss?": said only in a lead-in, with a netwerkdag
  // named, the next one is why one asks, not what.)
  const lead = text.search(/:\s/) > 0 ? { asked: text.slice(text.search(/:\s/) + 1) } : leadInSentences(text, words);
  const nextOnlyInLead = lead !== null && eventIds !== null && !tokens(lead.asked).some((t) => inList(words.events.next, t));
  if (!nextOnlyInLead && (((eventNoun || hasSeq('na', 'vandaag')) && (has(words.events.next) || (hasSeq('nog', 'een') && !pastTense))) || (eventNoun && hasSeq('na', 'deze')))) events = 'next';
  // "bij welke netwerkdagen was Joris Vermeer" is about Joris Vermeer, not about the netwerkdagen.
  // ("de ambtelijke dagen": days of a kind are netwerkdagen too.)
  else if (people.length === 0 && organisers.length === 0 && functions.length === 0 &&
    // ("welke dagen waren voor ambtenaren": days said with a kind of netwerkdag are netwerkdagen.)
    // ("van welke G40-dagen heb je het programma": the network's days are netwerkdagen.)
    scan.words.some((w, i) => w === 'netwerkdagen' || w === 'tweedaagsen' || w === 'edities' ||
      (w === 'dagen' && (scan.words.some((k) => words.eventKinds[k] !== undefined) || scan.words[i - 1] === 'g40'))) &&
    (has(words.list) || has(words.events.past) || scan.words.includes('hoeveel') || scan.words.filter((w, i) => !scan.used[i] && !words.stopwords.has(w) && !words.eventKinds[w] && !inList(words.events.nouns, w)).length === 0))
    events = 'list';
  // "in welke stad was de netwerkdag van april 2023", "wat is de gaststad vandaag": where the netwerkdag is, not the sessions
  // with "stad" in their title; "in welke steden was de G40 al": the netwerkdagen themselves, each with its city.
  // (Only with nothing else asked: "welke stad komt daar als voorbeeld langs" is about a session.)
  const placeAt = scan.words.findIndex((w, i) => !scan.used[i] && inList(words.events.places, w) &&
    (w.startsWith('gast') || ['welke', 'welk'].includes(scan.words[i - 1] ?? '')));
  const cityOfEvent = placeAt >= 0 && events === null && people.length === 0 && organisers.length === 0 && functions.length === 0 &&
    scan.words.every((w, i) => i === placeAt || scan.used[i] || words.stopwords.has(w) || words.eventKinds[w] !== undefined || inList(words.events.nouns, w) ||
      inList(words.events.past, w) || ['welke', 'welk', 'wat', 'waar', 'g40', 'we', 'wij', 'zijn', 'was', 'waren', 'is', 'al', 'allemaal'].includes(w));
  let eventPlace = false;
  if (cityOfEvent) {
    scan.used[placeAt] = true;
    if (inList(words.events.placesPlural, scan.words[placeAt]!) && ((eventIds as number[] | null) ?? []).length !== 1 && relative === undefined) events = 'list';
    else eventPlace = true;
  }
  const theme = has(words.events.theme) && !scan.words.includes('themagroep') &&
    (has(words.events.themeOwn) ||
      // "waar gaat de netwerkdag over", "waar gaat het vandaag over": what the day is about (a topic word makes it a search).
      // ("kwart over twee" is a time: its "over" is taken.)
      (scan.words.some((w, i) => (w === 'over' || w === 'onderwerp') && !scan.used[i]) && (eventNoun || scan.words.includes('dag') || has(words.relative.today))));
  // "waar staat SDVM voor", also with more said after it ("…, zie het steeds in de stukken").
  const staat = scan.words.indexOf('staat');
  // "wat is SDVM (eigenlijk)?": an abbreviation and nothing else asks what it stands for too.
  const abbreviationOnly = organisers.length === 1 && organisers[0]!.abbreviation !== null && hasSeq('wat', 'is') && relative === undefined && eventIds === null &&
    scan.words.includes(fold(organisers[0]!.abbreviation)) && scan.words.every((w, i) => scan.used[i] || words.stopwords.has(w) || w === 'wat' || w === 'is');
  const meaning = has(['betekent', 'betekend', 'betekenis', 'afkorting']) || (staat >= 0 && (scan.words.at(-1) === 'voor' || scan.words.slice(staat + 2, staat + 4).includes('voor'))) || hasSeq('staan', 'voor') ||
    abbreviationOnly;

  const asks = new Set<Exclude<Focus, 'none'>>();
  // "hoe vroeg moet ik er zijn" asks when; "mijn wethouder vroeg mij" (asked me) does not.
  const whenAsked = scan.words.some((w, i) => words.when.has(w) && (w !== 'vroeg' || scan.words[i - 1] === 'hoe'));
  const about = scan.words.includes('over') || scan.words.includes('waarover') || scan.words.includes('inhoud');
  // "waar begint de dag mee", "waarmee opent het": with what, not where.
  const withWhat = scan.words.includes('waarmee') || (scan.words.includes('waar') && scan.words.indexOf('mee') > scan.words.indexOf('waar'));
  // ("pas om 15.00 beschikbaar": arriving, not places left.)
  if (scan.words.some((w, i) => !scan.used[i] && words.signup.has(w)) || (scan.words.includes('meld') && scan.words.includes('aan'))) asks.add('signup');
  if (eventPlace || (has(words.where) && !(scan.words.includes('waar') && (about || withWhat) && !scan.words.includes('zaal')) && !(scan.words.includes('staat') && scan.words.includes('voor'))) ||
    (scan.words.includes('begon') && !whenAsked))
    asks.add('where');
  if (timeWords.dayBound || ((whenAsked && !(scan.words.includes('laat') && !scan.words.includes('hoe'))) && !(scan.words.includes('begon') && scan.words.includes('waar'))))
    asks.add('when');
  if (has(words.who) || roles.length > 0 || functions.length > 0) asks.add('who');
  // "welke sessies worden door een themagroep georganiseerd": the organiser is said, not asked, and sessions are ("door wie" asks it).
  const byNamedOrganiser = has(words.list) && organiserKindWord !== undefined &&
    scan.words.some((w, i) => w === 'door' && scan.words[i + 1] !== undefined && !['wie', 'welke', 'welk', 'wat'].includes(scan.words[i + 1]!));
  if ((has(words.organiser) || words.organiserPhrases.some((p) => hasPhrase(scan.words, p))) && !byNamedOrganiser) asks.add('organiser');
  // "in welke ronde is …": a round word without a number asks which round something is in.
  if (round === undefined && scan.words.some((w) => w === 'ronde' || w === 'themaronde' || w === 'sessieronde' || w === 'deelsessieronde')) asks.add('round');
  if (about || withWhat || (scan.words.includes('wat') && !asks.has('when')) || theme || meaning) asks.add('what');
  if (has(words.list) || kinds !== undefined || organiserKind !== undefined) asks.add('list');
  if (has(words.programme)) asks.add('programme');
  const order: Exclude<Focus, 'none'>[] = ['signup', 'where', 'when', 'organiser', 'round', 'who', 'what', 'list', 'programme'];
  let focus: Focus = order.find((f) => asks.has(f)) ?? 'none';
  // "welke zaal", "welke tijd": the noun decides, not "welke".
  if (focus === 'what' && asks.has('who') && !about && !meaning) focus = 'who';
  // ("welke sessies staan er in de tweede ronde op het programma": the round, not the whole programme.)
  if (asks.has('programme') && !about && (focus === 'list' || focus === 'what' || focus === 'none') && round === undefined) focus = 'programme';

  // Whatever is left is what the question is about.
  const consumed = consumedWords(words);
  const topic: string[] = [];
  const unknown: string[] = [];
  let corrections = 0;
  // Two letters are too few to be a word, unless typed as an abbreviation ("AI", "EU").
  const acronyms = new Set((text.match(/\b\p{Lu}{2}\b/gu) ?? []).map((a) => fold(a)));
  // "Voor de routebeschrijving in ons verslag: wat is het adres?": a lead-in before a colon says why one asks; a word of it
  // that no programme has is no search (a programme word there still counts: "Zoetermeer: wie spreekt er?").
  // The same for sentences before the question that say who asks or why ("Ik schrijf voor het AD. Welke burgemeesters …?").
  const colon = text.search(/:\s/);
  const sentenceLead = colon > 0 ? null : leadInSentences(text, words);
  const leadText = colon > 0 ? text.slice(0, colon) : sentenceLead?.lead ?? '';
  const askedText = colon > 0 ? text.slice(colon + 1) : sentenceLead?.asked ?? '';
  const leadIn = leadText !== '' && tokens(askedText).length >= 2 ? new Set(tokens(leadText)) : new Set<string>();
  const asked = new Set(leadText !== '' ? tokens(askedText) : []);
  const participle = new RegExp(`^(?:${words.participlePrefixes.join('|')})?ge\\p{L}{3,8}(?:t|d|en)$`, 'u');
  const unknownHere = (w: string) => {
    if (w.length >= 8 && participle.test(w)) return;
    if (!unknown.includes(w) && !(leadIn.has(w) && !asked.has(w))) unknown.push(w);
  };
  const verbs = questionVerbs(scan.words, catalogue, words);
  scan.words.forEach((w, i) => {
    if (/^\d+$/.test(w)) {
      if (!scan.used[i] && w.length === 4 && isTopicYear(w) && !topic.includes(w)) topic.push(w);
      return;
    }
    if (verbs.has(i)) return;
    if (scan.used[i] || words.stopwords.has(w) || consumed.has(w) || (w.length < 3 && !acronyms.has(w))) return;
    if (w.length < 3) {
      if (catalogue.vocabulary.has(w)) topic.push(w);
      else unknownHere(w);
      return;
    }
    const isKnown = catalogue.vocabulary.has(w) || hasWordStartingWith(catalogue, stemOf(w)) || reachable(w, catalogue, words);
    if (!isKnown && corrections >= MAX_CORRECTIONS) {
      unknownHere(w);
      return;
    }
    if (!isKnown) corrections++;
    const c = correct(w, catalogue, words);
    if (c === null || words.stopwords.has(c) || consumed.has(c) || !(catalogue.vocabulary.has(c) || hasWordStartingWith(catalogue, stemOf(c)) || reachable(c, catalogue, words))) {
      unknownHere(w);
    } else if (!topic.includes(c)) topic.push(c);
  });

  // "wie leidt de fysieke pijler?": a group is led by its voorzitter. ("wie leidt het gesprek over de lobbyagenda zorg en
  // veiligheid" asks who leads a session that has more words than a group's name: its moderator, no function.)
  if (has(words.groupLead) && topic.length === 0 && organisers.some((o) => o.kind === 'themagroep' || o.kind === 'pijler') && !has(words.sessionNouns) &&
    !functions.includes('voorzitter')) {
    functions.push('voorzitter');
  }
  // "wanneer was het gesprek met de staatssecretaris": a function that is not what is asked for names what the question is about.
  if (focus !== 'who') scan.words.forEach((w, i) => {
    if (inList(words.functionWords, w) && catalogue.vocabulary.has(w) && !topic.includes(w) && !introducesSelf(i) && !forWhom(i)) topic.push(w);
  });

  // "vlak voor de afsluiting", "voorafgaand aan de borrel" ask what comes just before it; a bare "voor de borrel" only when
  // nothing else is asked ("wat is er voor de borrel"): "aanmelden voor de excursie", "hoe laat zitten we in de zaal voor de
  // opening", "de dresscode voor het diner" ask about the thing itself.
  const beforeNamed = beforeAt !== null && between === undefined && focus !== 'signup' && focus !== 'where' && focus !== 'when' &&
    (beforeAt.close || (unknown.length === 0 && focus !== 'who' && topic.every((t) => scan.words.slice(beforeAt!.at + 1, beforeAt!.at + 4).includes(t))));

  // "lunch opties", "keuzes lunch": what one can choose in the lunch is about the lunch as a part of the day, not the word.
  const choices = ws.some((w) => inList(words.time.choiceWords, w));
  let part = timeWords.part;
  if (choices && part === undefined && digitTime === undefined && timeWords.time === undefined) {
    const lunchWord = topic.find((w) => inList(words.round.lunch, w));
    if (lunchWord) {
      part = 'duringLunch';
      topic.splice(topic.indexOf(lunchWord), 1);
    }
  }
  // "excursies tijdens de lunch", "excursies oss lunch": going out at lunch is a walk as much as a visit (the lunch
  // programme offers both).
  const outing = kinds !== undefined && kinds.includes('excursie') && !kinds.includes('wandeling');
  const lunchWord = outing && part === undefined && digitTime === undefined && timeWords.time === undefined ? topic.find((w) => inList(words.round.lunch, w)) : undefined;
  if (lunchWord !== undefined) {
    part = 'duringLunch';
    topic.splice(topic.indexOf(lunchWord), 1);
  }
  const kindsAsked: SessionKind[] | undefined = outing && part === 'duringLunch' ? [...kinds!, 'wandeling'] : kinds;

  // "Mark Rutte", "paul jansen", "Karen de Wit": a first name or a capitalised word, perhaps particles, then a
  // surname the programme does not know. Someone who only shares the first name is not that person.
  const strangerName = people.length === 0 ? otherFirstName ?? nameNotOnProgramme(typed, scan, names, catalogue, words) : null;
  // "wie is Mark Rutte?": a name the programme does not have. Topic words that are first names of others do not make it known.
  let unknownName: string | null = strangerName ? originalSpan(text, strangerName) : null;
  // "heeft wethouder Yilmaz een sessie?": the function only says who Yilmaz is; no one holding it is asked for.
  const spanAt = strangerName ? typed.findIndex((_, k) => strangerName.every((w, m) => typed[k + m] === w)) : -1;
  const nameFunction = spanAt > 0 && functions.includes(typed[spanAt - 1]!) ? typed[spanAt - 1]! : null;
  const askedFunctions = nameFunction ? functions.filter((f) => f !== nameFunction) : functions;
  // Only where a name is plainly asked about: capitalised as typed, or right after "wie is".
  const capitalised = unknown.some((u) => names.has(u));
  const whoIs = /^(wie|who)\s+(is|was|are)\b/.test(folded.trim()) && askedFunctions.length === 0;
  const asksAboutSomeone = (focus === 'who' || (scan.words.includes('wat') && has(['doet', 'deed', 'functie']))) && people.length === 0 && organisers.length === 0 &&
    (capitalised || whoIs);
  if (!unknownName && asksAboutSomeone && unknown.length > 0 && topic.every((t) => catalogue.nameWords.has(t))) {
    const asTyped = typed.filter((w, i) => !scan.used[i] && !words.stopwords.has(scan.words[i]!) && !consumed.has(scan.words[i]!) && w.length >= 2);
    unknownName = originalSpan(text, asTyped);
  }

  const aboutLastPerson = scan.words.some((w) => inList(words.personPronouns, w));
  const followUp = scan.words.some((w) => inList(words.followUp, w) && w !== 'het') || hasSeq('en', 'daar') || aboutLastPerson;
  // Mostly words the programme never uses and no question word: noise (code, another language), not a question.
  const recognised = topic.length + organisers.length + people.length + (eventIds !== null ? 1 : 0);
  // One unknown word alone ("omtzigt") is a search that found nothing, and is answered as such.
  const noise = focus === 'none' && otherCity === null && unknown.length > recognised && (unknown.length >= 2 || !wordLike(unknown[0]!)) && !social && unknownName === null;
  // "begint ronde 2 om twee uur?", "hoe laat begint ronde 1, 11.45 of 12.00?": when the round is, the time is a guess.
  const time = focus === 'when' && round !== undefined ? undefined : (digitTime ?? timeWords.time);
  // The thing counted is the word after "hoeveel" ("hoeveel (verschillende) sessies"); "hoeveel zijn er" counts nothing named.
  const countAt = scan.words.indexOf('hoeveel');
  const counted = countAt >= 0 ? scan.words.slice(countAt + 1).find((w) => !['verschillende', 'andere', 'aparte', 'losse'].includes(w)) : undefined;
  const singular = (w: string) => (w.endsWith('s') ? w.slice(0, -1) : w.endsWith('en') ? w.slice(0, -2) : w);
  const countable = (w: string) =>
    inList(words.listNouns, w) || words.kindWords[w] !== undefined || inList(words.events.nouns, w) || words.organiserKindWords[w] !== undefined ||
    inList(words.round.words, w) || inList(words.functionWords, w) || inList(words.functionWords, singular(w)) || words.roleWords[w] !== undefined ||
    words.roleWords[singular(w)] !== undefined || words.time.hours[w] !== undefined || inList(words.countables, w);
  const countOfOther = counted !== undefined && !words.stopwords.has(counted) && !countable(counted) && !/^\d/.test(counted) ? counted : null;
  // "wanneer eindigt het programma vandaag?": when the whole day ends (or starts), with nothing in it named.
  const wholeDay = focus === 'when' && topic.length === 0 && unknown.length === 0 && kinds === undefined && round === undefined && time === undefined &&
    part === undefined && people.length === 0 && organisers.length === 0 && rooms.length === 0 && organiserKind === undefined && !followUp &&
    scan.words.some((w) => words.programme.has(w) || inList(words.events.nouns, w) || w === 'dag');
  const understood =
    !noise && (social !== null || focus !== 'none' || eventIds !== null || organisers.length > 0 || people.length > 0 || topic.length > 0 ||
      time !== undefined || part !== undefined || round !== undefined || bareOrdinal !== undefined || rooms.length > 0 || kinds !== undefined ||
      relative !== undefined || dayNumber !== undefined || events !== null || eventOrder !== null || yearsAgo !== null || personal !== null || organiserKind !== undefined || unknownName !== null || otherCity !== null ||
      unknown.length > 0);

  return {
    focus,
    asks,
    // "welke zaal", "welk tijdstip" ask for a place or a time, not for a list.
    // ("in welke ronde is de sessie over cultuur" asks for one round too.)
    wantsList: scan.words.some((w, i) => words.list.has(w) && !((w === 'welke' || w === 'welk') && [words.where, words.when].some((set) => set.has(scan.words[i + 1] ?? '')) || ((w === 'welke' || w === 'welk') && inList(words.round.words, scan.words[i + 1] ?? '') && scan.words[i - 1] === 'in'))) ||
      has(words.listNouns) || pluralFunction,
    ...(pluralFunction ? { pluralFunction } : {}),
    // ("welke sessies gaan over veiligheid": the word of a themagroep's name, asked as a topic.)
    // ("alles met veiligheid erin": what has the word in it.)
    // ("iets over hittestress vanmiddag?": asked about words no programme has.)
    aboutTopic: (scan.words.includes('over') || scan.words.includes('erin')) && (topic.length > 0 || unknown.length > 0 || (organiserKind === undefined && organiserWords.length > 0 && organiserWords.every((w) => words.organiserKindWords[w] === undefined))),
    social: social && people.length === 0 && organisers.length === 0 ? social : null,
    english,
    roles,
    functions: askedFunctions,
    eventIds,
    dates,
    dayNumber: dayNumber ?? venueDay,
    weekday: weekdayWord ? words.weekdays[weekdayWord] : undefined,
    time,
    ...(time !== undefined && time === digitTime && timeTo !== undefined ? { timeTo } : {}),
    ...(time !== undefined && digitTime === undefined && spokenWindow !== undefined && time === spokenWindow.from ? { timeTo: spokenWindow.to } : {}),
    part,
    superlative: superlativeOf(scan.words, words, choices),
    partClose: part === 'beforeLunch' && scan.words.some((w, i) => inList(words.time.close, w) && scan.words[i + 1] === 'voor'),
    dayBound: timeWords.dayBound ?? (wholeDay ? boundOfWhole(scan.words, words) : undefined),
    relative,
    round,
    kinds: kindsAsked,
    kindWord: kinds ? firstKind : undefined,
    // "welke themagroep organiseert …" asks which one, it does not narrow to themagroepen.
    organiserKind: focus === 'organiser' ? undefined : organiserKind,
    organiserKindPlural: organiserKindWord !== undefined && organiserKindWord !== 'tg' && organiserKindWord !== words.organiserKindWords[organiserKindWord],
    cancelled,
    // "de eerste netwerkdag", "welke netwerkdag duurde twee dagen", "vorig jaar": picked out and nothing else asked of them,
    // the question is about those netwerkdagen themselves.
    // ("welke waren bestuurlijk?": which netwerkdagen were of that kind.)
    events: events ?? ((eventOrder !== null || yearsAgo !== null || multiDay || venueKind || (kindWord !== undefined && focus === 'list' && !has(words.sessionNouns) && !has(words.listNouns))) && topic.length === 0 && unknown.length === 0 && people.length === 0 &&
      organisers.length === 0 && functions.length === 0 && kinds === undefined && round === undefined && time === undefined && part === undefined &&
      // ("welke tg's vergaderden niet op de ambtelijke dag": theme groups are asked for, not netwerkdagen.)
      rooms.length === 0 && roles.length === 0 && personal === null && social === null && focus !== 'who' && organiserKind === undefined ? 'list' : null),
    eventOrder: events === 'next' ? null : eventOrder,
    yearsAgo,
    theme,
    meaning,
    allEvents: scan.words.some((w) => w === 'netwerkdagen' || w === 'netwerkdage' || w === 'tweedaagsen') || hasSeq('elke', 'netwerkdag') || hasSeq('iedere', 'netwerkdag') ||
      hasSeq('welke', 'steden') || hasSeq('hoe', 'vaak') || hasSeq('hoeveel', 'keer') || has(words.events.often) ||
      // "excursies per netwerkdag", "veiligheid per editie": each netwerkdag in turn.
      scan.words.some((w, i) => w === 'per' && isEventNoun(scan.words[i + 1] ?? '', words)) ||
      // "alle dagen", "elke editie": every netwerkdag; with a city named, "alle dagen" are the days of that one.
      scan.words.some((w, i) => ['alle', 'elke', 'iedere'].includes(w) && (isEventNoun(scan.words[i + 1] ?? '', words) || (eventIds === null && ['dag', 'dagen', 'keer'].includes(scan.words[i + 1] ?? '')))),
    onlyRound: (round !== undefined || bareOrdinal !== undefined) && eventIds === null && focus === 'none' && topic.length === 0 && unknown.length === 0 &&
      organisers.length === 0 && people.length === 0 && time === undefined && part === undefined && kinds === undefined && rooms.length === 0 &&
      scan.words.length <= 5,
    bareOrdinal,
    onlyEvent: (eventIds !== null || dayNumber !== undefined || weekdayWord !== undefined || relative === 'today') && focus === 'none' && topic.length === 0 && unknown.length === 0 &&
      organisers.length === 0 && people.length === 0 && time === undefined && part === undefined && round === undefined && kinds === undefined &&
      rooms.length === 0 && scan.words.length <= 6,
    // "mijn sessie over optoppen, in welke zaal is die?": the session the words name (one's own or not), not the list of one's sign-ups.
    personal: personal === 'mine' && (topic.length > 0 || organisers.length > 0 || people.length > 0) ? null : personal,
    rooms: [...new Set(rooms)],
    organisers: [...new Map(organisers.map((o) => [o.id, o])).values()],
    organiserWords,
    personIds: [...new Set(people.map((p) => p.id))],
    topic,
    // (Also a word the programme lacks: "het Rijk" may reach BZK through related words.)
    worksFor: [...topic, ...unknown].filter((t) => scan.words.some((w, i) => w === t && i > 0 && worksForWord(scan.words, i))),
    unknown,
    unknownName,
    countOfOther,
    task: isTask(scan.words, words),
    absentFact: typed.find((w) => inList(words.absentFacts, w) && !catalogue.vocabulary.has(w)) ?? null,
    followUp,
    // (Said with a question word: "wat vind je ervan" is no choice among what was listed.)
    ofPrevious: scan.words.some((w, i) => ['welke', 'welk', 'hoeveel', 'wie', 'wat'].includes(w) &&
      scan.words.slice(i + 1, i + 4).some((x, k, next) => x === 'daarvan' || x === 'hiervan' || x === 'ervan' || (x === 'van' && ['die', 'deze', 'hen'].includes(next[k + 1] ?? '')))),
    afterNamed,
    alongsideNamed,
    beforeNamed,
    between,
    ...(parts.length > 0 ? { excluding: { parts, said, whole: understand(input, catalogue, words, depth, false) } } : {}),
    wholeRest: ws.some((w) => inList(words.time.wholeRest, w)),
    // ("wie mocht er komen", "voor wie is de netwerkdag")
    audience: has(words.events.audience) || (scan.words.includes('wie') && (hasSeq('voor', 'wie') ? has(words.events.nouns) : has(['mocht', 'mochten', 'mogen', 'meedoen', 'deelnemen']))),
    choices,
    otherCity,
    // "hoe laat begint het?", or no more than "tot hoe laat?": perhaps about what the previous answer was about.
    pointsBack: ['het', 'die', 'dat', 'ie', 'ze'].includes(scan.words.at(-1) ?? '') || (scan.words.length <= 3 && !scan.words.some((w) => inList(words.events.nouns, w) || inList(words.personal.me, w) || w === 'we' || w === 'wij')),
    // ("na de lunch, om 13.55": the "na" of a part of the day is no "from" of the time.)
    fromTime: time !== undefined && (arrivesAt || scan.words.some((w, i) => (!scan.used[i] || part === undefined) && inList(words.time.from, w) && !(inList(words.time.leave, w) && aWay(i)))),
    untilTime,
    afterPrevious: relative === 'soon' && has(words.relative.afterPrevious),
    // ("moet ik me daarvoor aanmelden?" asks about signing up for it, not what came before it.)
    beforePrevious: focus !== 'signup' && has(words.relative.beforePrevious),
    sameRound: round === undefined && scan.words.some((w, i) => inList(words.round.words, w) && [scan.words[i - 1], scan.words[i - 2]].some((p) => p !== undefined && inList(words.round.same, p))),
    aboutSession: has(words.sessionNouns),
    cancelSignup: has(['afmelden', 'afmelding', 'uitschrijven', 'afzeggen', 'annuleren']) || (scan.words.includes('meld') && scan.words.includes('af')),
    aboutLastPerson,
    understood,
  };
}
