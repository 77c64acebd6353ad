/**
 * The answer engine's language data (words.json): question words, kinds of
 * sessions, roles, synonyms, time language, greetings. Conventions are data:
 * a word added there is understood without a code change. Validated once at
 * load; every word is folded the way questions are, so data and text match.
 */
import { z } from 'zod';
import { PERSON_ROLES, SESSION_KINDS } from '../programme/seedSchema';
import raw from './words.json';
import { fold } from './normalize';

const word = z.string().min(1).transform((w) => fold(w));
const words = z.array(word);
const phrases = z.array(z.array(word).min(1));
const numbers = z.record(z.number().int());

export const wordsSchema = z.object({
  questionWords: z.object({
    who: words, where: words, when: words, what: words, list: words, signup: words, programme: words,
    /** Asking who organises a session ("welke themagroep organiseert …"). */
    organiser: words,
  }),
  /** "de sessie …": the question is about a session, not about an organiser of the same name. */
  sessionNouns: words,
  /** "van wie is …", "wie zit achter …": also asking who organises. */
  organiserPhrases: phrases,
  followUp: words,
  /** "wat doet hij vandaag?": words that refer to the person the previous answer was about. */
  personPronouns: words,
  roleWords: z.record(z.array(z.enum(PERSON_ROLES)).min(1)),
  functionWords: words,
  /** Other ways of writing a function ("vz", "baas"): the function word they stand for. */
  functionAliases: z.record(word),
  kindWords: z.record(z.array(z.enum(SESSION_KINDS)).min(1)),
  organiserKindWords: z.record(z.enum(['themagroep', 'pijler'])),
  cancelled: z.object({ words, withNiet: words }),
  /** How people spell in chat: abbreviations and words run together ("wnr", "hoelaat", "vd"), read as written out. */
  chatSpellings: z.record(z.array(word).min(1)),
  /** Dutch gemeenten, folded: "een netwerkdag in Zwolle" names a place, and one that held no netwerkdag is said to be so. */
  municipalities: phrases,
  /** Words of a note that says something about a place ("eindigt in …", "geen vertrekpunt"): said when asked where. */
  placeWords: words,
  /**
   * Words for the part of the day a programme may give no title of its own ("de opening" of a day that starts with
   * "Plenair: …"): where no title that day has the word (or its synonyms), it asks for that part of the day.
   */
  untitledParts: z.record(z.enum(['startOfDay', 'endOfDay'])),
  /** "de meeste sessies", "de grootste ronde"; "de langste sessie"; nouns for a netwerkdag that only say where ("van de dag"). */
  superlatives: z.object({ most: words, longest: words, notEvents: words }),
  /** Words for buildings in general: a venue's own name is what is left ("LocHal", "Stadstheater"), and names its netwerkdag. */
  buildingWords: words,
  /** "behalve eten", "iets anders dan wonen", "zonder fiets": what follows, to the end of the clause, is left out of the answer. */
  except: phrases,
  /** "naast de wandeling nog een excursie?": a cue for what is left out only with one of `ends` after it. */
  exceptBeside: z.object({ cues: words, ends: words }),
  /** "buiten": outside a place; it and the place after it are no topic. */
  outside: words,
  /** Words that end what an exception leaves out: what follows them is asked again ("behalve de lunch nog een wandeling?", "behalve wonen wat is er"). */
  exceptEnds: words,
  /**
   * Separable prefixes of Dutch verbs ("terug", "op", "mee"): an unknown word of such a prefix, "ge", a stem and -t, -d or -en is a
   * past participle ("teruggeblikt", "meegepraat") — how something was done, not what it is about: no search.
   */
  participlePrefixes: words,
  /** Groups of people that "zonder" describes rather than leaves out: "mensen zonder baan", "gezinnen zonder huis". */
  describedGroups: words,
  /** Modal verbs: "hoe laat moet de burgemeester bij het AB zijn", "de wethouder kan pas om 14.00": with "de" and a function as their subject, whom one plans for, not whom one asks about. */
  modalVerbs: words,
  /** First words of a sentence about the asker's own situation beside a question ("moet mn trein halen"): not part of what is asked. */
  asides: words,
  /** Requests for work the bot does not do, as the first word ("schrijf een gedicht", "vertaal …"): nothing in the programme answers them. */
  tasks: words,
  /**
   * Facts no programme gives (contact details; practical matters: wifi, parking, livestream, slides, dresscode, diets,
   * certificates): a question after one of them gets "niets gevonden", not the sessions of
   * whomever it names ("het e-mailadres van Depla"). Only where the programmes do not use the word. (Not the train or the
   * weather: "moet om 4 uur de trein halen" says why someone asks what is on.)
   */
  absentFacts: words,
  /** Phrases that only hedge or frame a question ("in grote lijnen", "in het kort", "aan de orde"): never part of what is asked. */
  hedges: phrases,
  /** Words of the same meaning, always searched alongside ("opening" and "welkom"). */
  synonyms: z.record(words),
  /**
   * Related words a programme may use for a word people ask with ("verkeer": mobiliteit): searched only when the
   * programme nowhere has the word itself, so they never widen what the word already finds.
   */
  related: z.record(words),
  time: z.object({
    /** "wat heb ik gemist" with a time: what began before it. */
    until: words,
    /** Words of arriving ("binnenkomen", "aankomen"), said with `until`: nothing more than when. */
    arrive: words,
    /**
     * Beside a clock time and no word of missing, words of leaving ask what is before it ("om twaalf uur weg, wat kan ik nog
     * meemaken?") and words of arriving what is from then on ("pas om 15.00 binnen, wat is er nog?").
     */
    leave: words,
    arriving: words,
    hours: numbers,
    /** The hours' spoken forms ("drieën", "vijven"): a time after "na", "tegen", "om" … without "uur". */
    spokenHours: words,
    minutes: numbers,
    /** Times said by name ("het middaguur", "noon"): "HH:MM". */
    namedTimes: z.record(z.string(), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/)),
    periods: z.object({ morning: words, afternoon: words, evening: words }),
    /** Beside a clock time, ask for everything from then on ("na drie uur", "ik moet om 3 uur weg, wat mis ik?"). */
    from: words,
    /** Words that only sharpen a time phrase ("direct na de lunch", "precies om drie uur"): part of the phrase, never a topic. */
    modifiers: words,
    /** Of those, the ones that say "right next to it" ("net voor de lunch"). */
    close: words,
    /** With "na de lunch": everything after it, not only the next round ("wat is er allemaal na de lunch"). */
    wholeRest: words,
    /** With "tijdens de lunch": asks what one can choose to do then ("wat kon je doen", "het lunchprogramma"), not the lunch itself. */
    choiceWords: words,
    /** Before something the question names ("wat komt er na de pauze?", "wie spreekt na Depla?"): what follows it. */
    after: words,
    /** "na de lunch maar voor de afsluiting": after one thing named and before another, as "tussen … en …". */
    beforeNamed: words,
    /** The words that may join the two ("na de lunch maar voor …", "after lunch and before …"). */
    betweenJoins: words,
    /** Just before a kind of programme part the question names ("vlak voor de afsluiting", "voorafgaand aan de borrel"): what ends last before it begins. */
    before: phrases,
    /** "wat loopt er parallel aan de Wmo-sessie?", "tegelijk met het pijleroverleg": what runs at the same time as the thing named. */
    alongside: phrases,
    /** The words that link `alongside` to the thing named ("tegelijk met", "parallel aan", "op hetzelfde moment als"). */
    alongsideLinks: words,
    /**
     * "als ik naar de VvE-sessie ga, wat mis ik dan?", "wat kan ik doen als ik niet naar de AB-vergadering ga": what runs at
     * the same time as the thing named. `missedIf` introduces the thing; with "niet" it asks for the alternatives itself, else
     * only with one of `missedVerbs`.
     */
    missedIf: phrases,
    missedVerbs: words,
    beforeLunch: phrases, afterLunch: phrases, duringLunch: phrases, endOfDay: phrases, startOfDay: phrases, firstItem: phrases, dayEnd: phrases, dayStart: phrases,
    /** Sayings that look like time language and are not ("voor het eerst aanwezig": not the first item of the day). */
    idioms: phrases,
    /**
     * A verb that with "af" later in the sentence closes the day, however far apart ("hoe sloten we de tweede dag in
     * Tilburg af?"): the end of the day, as `endOfDay`. Its forms are listed, strong verbs change their vowel.
     */
    closingVerbs: words,
    /** "wanneer eindigt het programma vandaag", "what time does today's programme finish": the day's end (or start), said of the whole. */
    boundVerbs: z.object({ start: words, end: words }),
  }),
  /** afterPrevious: "daarna" after an answer about something with an end time means after that, not after now. */
  /** beforePrevious: "wat is er vlak daarvoor?": what ends last before what the previous answer was about begins. */
  relative: z.object({ now: words, nowPhrases: phrases, soon: words, today: words, tomorrow: words, afterPrevious: words, beforePrevious: words }),
  /** theme: words about a netwerkdag's theme; themeOwn: those that ask for it on their own ("motto", "in het teken van"). */
  /** audience: words asking whom a netwerkdag is for ("doelgroep", "voor wie … bedoeld"). */
  events: z.object({
    nouns: words, next: words, past: words, theme: words, themeOwn: words, audience: words,
    /** "de eerste netwerkdag", "de laatste ambtelijke", "de vorige": a netwerkdag picked by its place in time. */
    first: words, last: words, previous: words,
    /** "de tweedaagse", "met overnachting": a netwerkdag of more than one day; so is one of ("twee", "meerdere") "dagen". */
    multiDay: words, severalDays: words,
    /** "vorig jaar" (1), "dit jaar" (0): the netwerkdagen of a year counted back from today. */
    yearsAgo: z.record(z.number().int().min(0)),
    /** "was hij er vaker?": across every netwerkdag. */
    often: words,
    /** "in welke stad was de netwerkdag", "welke gaststad": where a netwerkdag is; the plural asks for the netwerkdagen themselves. */
    places: words, placesPlural: words,
  }),
  /** Words for a kind of building, and the kind ("gemeentehuis" is a stadhuis): "de netwerkdagen in een stadhuis". */
  venueKinds: z.record(word),
  /**
   * A polite frame around a question is no part of it: closings ("groet", "mvg") end a letter; courtesy: the other words of
   * such a frame ("met vriendelijke groet", "bij voorbaat dank"); apologies: words a clause of apology begins with
   * ("excuses dat ik stoor", "sorry voor de vraag", "het spijt me als …"); appreciation: words of a remark that praises the
   * asking itself ("wat fijn dat dit via de chat kan").
   */
  social: z.object({ greeting: words, thanks: words, goodbye: phrases, fillers: words, courtesy: words, closings: words, apologies: words, appreciation: words, salutations: words, letterEnd: words }),
  /** markers: English words; strong: telling ones; neutral: written alike in both (and names), proving neither; translate: word by word into Dutch. */
  /** hours: the hours as English words ("half past twelve"). */
  english: z.object({ markers: words, strong: words, neutral: words, translate: z.record(word), hours: numbers }),
  /** venue: words that ask for the netwerkdag's own place ("het adres"), not where one's own session is. */
  personal: z.object({ me: words, myWords: words, where: phrases, next: phrases, mine: phrases, venue: words }),
  ordinals: numbers,
  numbers,
  weekdays: numbers,
  months: numbers,
  eventKinds: z.record(z.enum(['ambtelijk', 'bestuurlijk'])),
  /**
   * words: a round; lunch: the lunch; same: words before a round word that point back ("in diezelfde ronde");
   * choiceNouns: the sessions one chooses, which after an ordinal name a round ("de tweede deelsessie").
   */
  /** others: "de andere sessies in die ronde": the round's sessions besides the one the conversation was about. */
  round: z.object({ words, lunch: words, same: words, choiceNouns: words, others: words }),
  /** What a programme can count besides sessions, rounds, kinds and roles ("hoeveel keer", "hoeveel mensen"): a count of anything else is not in it. */
  countables: words,
  /** Plural nouns that ask for every matching session ("welke sessies", "wandelingen"), not the one best. */
  listNouns: words,
  /** Compounds people write as two words ("thema ronde", "vice voorzitter"): joined before anything reads them. */
  joins: z.array(z.tuple([word, word])),
  /** Common first names: "mark rutte" typed in lower case is still a name (a first name, then a surname). */
  firstNames: words,
  /** Titles and forms of address before a name ("dr.", "mevrouw", "de heer"): they name someone, never a topic. */
  nameTitles: words,
  /** Ways of saying a function without its noun: "wie zit de pijler voor" asks for the voorzitter. */
  functionPhrases: z.array(z.object({ words: phrases, function: word })),
  /** "wie leidt de fysieke pijler", "trekker van ZJO": said of a themagroep or pijler, asks for its voorzitter. */
  groupLead: words,
  stopwords: words,
});

type Parsed = z.infer<typeof wordsSchema>;

/** The data with sets for look-ups; keys of records are folded as well. */
export interface Words extends Omit<Parsed, 'stopwords' | 'firstNames' | 'nameTitles'> {
  stopwords: Set<string>;
  firstNames: Set<string>;
  nameTitles: Set<string>;
  who: Set<string>;
  where: Set<string>;
  when: Set<string>;
  what: Set<string>;
  list: Set<string>;
  signup: Set<string>;
  programme: Set<string>;
  organiser: Set<string>;
  /** Every word the engine listens for: typo correction aims at these as well as at the programme's own words. */
  lexicon: Set<string>;
  phraseWords: Set<string>;
}

/**
 * Keys folded, in an object without a prototype: a question word like
 * "constructor" or "toString" must look up nothing, not Object's own functions.
 */
function foldKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, Object.fromEntries(Object.entries(record).map(([k, v]) => [fold(k), v])));
}

export function loadWords(data: unknown): Words {
  const { $comment: _comment, ...rest } = data as Record<string, unknown>;
  const parsed = wordsSchema.parse(rest);
  const p: Parsed = {
    ...parsed,
    roleWords: foldKeys(parsed.roleWords),
    kindWords: foldKeys(parsed.kindWords),
    organiserKindWords: foldKeys(parsed.organiserKindWords),
    synonyms: foldKeys(parsed.synonyms),
    related: foldKeys(parsed.related),
    ordinals: foldKeys(parsed.ordinals),
    numbers: foldKeys(parsed.numbers),
    weekdays: foldKeys(parsed.weekdays),
    months: foldKeys(parsed.months),
    eventKinds: foldKeys(parsed.eventKinds),
    time: { ...parsed.time, hours: foldKeys(parsed.time.hours), minutes: foldKeys(parsed.time.minutes), namedTimes: foldKeys(parsed.time.namedTimes) },
    english: { ...parsed.english, translate: foldKeys(parsed.english.translate) },
    functionAliases: foldKeys(parsed.functionAliases),
    chatSpellings: foldKeys(parsed.chatSpellings),
    venueKinds: foldKeys(parsed.venueKinds),
    events: { ...parsed.events, yearsAgo: foldKeys(parsed.events.yearsAgo) },
  };
  const q = p.questionWords;
  const lexicon = new Set<string>([
    ...q.who, ...q.where, ...q.when, ...q.what, ...q.list, ...q.signup, ...q.programme, ...q.organiser,
    ...p.personPronouns, ...Object.keys(p.roleWords), ...p.functionWords, ...Object.keys(p.functionAliases), ...Object.keys(p.kindWords), ...Object.keys(p.organiserKindWords),
    ...p.cancelled.words, ...p.time.periods.morning, ...p.time.periods.afternoon, ...p.time.periods.evening,
    ...Object.keys(p.time.hours), ...p.relative.today, ...p.relative.tomorrow, ...p.events.nouns, ...p.events.next, ...p.events.theme, ...p.events.first, ...p.events.last, ...p.events.previous, ...p.events.multiDay, ...p.events.often, ...Object.keys(p.venueKinds),
    ...p.social.greeting, ...p.social.thanks, ...Object.keys(p.ordinals), ...Object.keys(p.weekdays), ...Object.keys(p.months),
    ...Object.keys(p.eventKinds), ...p.round.words, ...p.round.lunch, ...p.stopwords, ...p.nameTitles, ...p.followUp,
    // Words of arriving, leaving and missing are words, not typos ("binnenkomt" is no "binnenkomst").
    ...p.time.arriving, ...p.time.arrive, ...p.time.leave, ...p.time.missedVerbs, ...p.time.until,

  ]);
  return {
    ...p,
    stopwords: new Set([...p.stopwords, ...p.nameTitles]),
    firstNames: new Set(p.firstNames),
    nameTitles: new Set(p.nameTitles),
    who: new Set(q.who),
    where: new Set(q.where),
    when: new Set(q.when),
    what: new Set(q.what),
    list: new Set(q.list),
    signup: new Set(q.signup),
    programme: new Set(q.programme),
    organiser: new Set(q.organiser),
    lexicon,
    // Every word of a time phrase or a hedge is one the engine listens for: never "mended" into another ("afgesloten" is
    // not "afgelopen", the "toe" of "tot nu toe" stays). Kept apart from the lexicon, which is also what typos are mended into.
    phraseWords: new Set<string>([p.time.beforeLunch, p.time.afterLunch, p.time.duringLunch, p.time.endOfDay, p.time.startOfDay, p.time.firstItem, p.time.dayEnd, p.time.dayStart, p.hedges, p.time.before, p.time.modifiers].flat(2)),
  };
}

const listSets = new WeakMap<readonly string[], Set<string>>();

/** Whether a word is in one of the data's word lists. Each list becomes a set the first time: every question looks in the same lists. */
export function inList(list: readonly string[], word: string): boolean {
  let set = listSets.get(list);
  if (!set) {
    set = new Set(list);
    listSets.set(list, set);
  }
  return set.has(word);
}

const recordKeys = new WeakMap<object, string[]>();

/** The keys of one of the data's tables, worked out once per table. */
export function keysOf(record: Record<string, unknown>): string[] {
  let keys = recordKeys.get(record);
  if (!keys) {
    keys = Object.keys(record);
    recordKeys.set(record, keys);
  }
  return keys;
}

/** The shipped language data. */
export const WORDS: Words = loadWords(raw);
