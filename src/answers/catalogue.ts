/**
 * What the parser recognises, derived from the programme store: event cities,
 * organiser names and aliases, people, rooms and the words the programme uses.
 * Rebuilt only when the store's content signature changes (i.e. after an import).
 */
import type { ProgrammeStore } from '../programme/store';
import type { NetworkEvent, Organiser, Round, SessionDetails } from '../programme/types';
import { fold, tokens } from './normalize';
import { buildIndex, type DocInput, type RetrievalIndex } from './retrieve';
import { WORDS } from './words';

export interface PhraseEntry<T> {
  value: T;
  phrase: string[];
  /** Abbreviations and very short names only match exactly. */
  exact: boolean;
}

export interface PersonEntry {
  id: number;
  name: string;
}

export interface Catalogue {
  signature: string;
  /** In date order. */
  events: NetworkEvent[];
  cities: PhraseEntry<number>[];
  /** The own name of a day's venue, where the days of a netwerkdag are in different places ("LocHal": day 1 in Tilburg). */
  venueDays: { eventId: number; dayNumber: number; phrase: string[] }[];
  organisers: PhraseEntry<Organiser>[];
  rooms: PhraseEntry<string>[];
  /** Every folded word in titles, descriptions, rooms, names; with its frequency. */
  vocabulary: Map<string, number>;
  /** The folded words of session titles and organiser names: what a session is called, not what its description says. */
  titleWords: Set<string>;
  /** The vocabulary sorted (prefix look-ups by binary search) and grouped by length (typo candidates). */
  sortedWords: string[];
  wordsByLength: Map<number, string[]>;
  /** Corrections already worked out for this catalogue: word → programme word, or null when none is close. */
  corrections: Map<string, string | null>;
  /** Sessions whose description or notes name someone (folded name → session ids), worked out the first time that name is asked. */
  mentionedIn: Map<string, Set<number>>;
  /**
   * The programme itself, per event in the store's order: answering reads it
   * from memory, so only full-text search goes to SQLite per question.
   */
  sessions: Map<number, SessionDetails[]>;
  rounds: Map<number, Round[]>;
  /** Every session by id, whichever netwerkdag. */
  sessionById: Map<number, SessionDetails>;
  /** Each session's description and notes, folded: where a name is mentioned without taking part. */
  proseById: Map<number, string>;
  organiserById: Map<number, Organiser>;
  /** Every person with every function the programme gives them, and where they appear. */
  people: PhraseEntry<PersonEntry & { full: boolean }>[];
  personById: Map<number, { id: number; name: string; functions: string[]; sessionIds: number[] }>;
  /** Words of people's names: a question made of these and unknown words asks about someone not on the programme. */
  nameWords: Set<string>;
  /** First names of people on the programme ("karen", "paul"). */
  firstNames: Set<string>;
  /** Ranked retrieval over every fact (retrieve.ts). */
  index: RetrievalIndex;
}

const PARTICLES = new Set(['van', 'der', 'den', 'de', 'het', 'ten', 'ter', 'te', 'in', "'t", 't']);

function byLength<T>(entries: PhraseEntry<T>[]): PhraseEntry<T>[] {
  return entries.sort((a, b) => b.phrase.length - a.phrase.length || b.phrase.join(' ').length - a.phrase.join(' ').length);
}

function roomPhrases(room: string): string[][] {
  // "Gravenzaal (Zaal 1)" is asked for as "Gravenzaal" and as "zaal 1".
  const parts = [room, ...[...room.matchAll(/\(([^)]+)\)/g)].map((m) => m[1]!), room.replace(/\([^)]*\)/g, ' ')];
  const seen = new Set<string>();
  return parts
    .map((p) => tokens(p))
    .filter((t) => t.length > 0 && !seen.has(t.join(' ')) && seen.add(t.join(' ')) !== undefined);
}

export function buildCatalogue(store: ProgrammeStore): Catalogue {
  const signature = store.contentSignature();
  const events = store.listEvents().sort((a, b) => (a.days[0]?.date ?? '').localeCompare(b.days[0]?.date ?? ''));
  const organisers = store.listOrganisers();
  const vocabulary = new Map<string, number>();
  const titleWords = new Set<string>();
  const count = (text: string) => {
    for (const t of tokens(text)) if (t.length >= 3 && !/^\d+$/.test(t)) vocabulary.set(t, (vocabulary.get(t) ?? 0) + 1);
  };

  const sessions = new Map<number, SessionDetails[]>();
  const rounds = new Map<number, Round[]>();
  const cities: PhraseEntry<number>[] = [];
  const venueDays: Catalogue['venueDays'] = [];
  const rooms: PhraseEntry<string>[] = [];
  const roomSeen = new Set<string>();
  for (const event of events) {
    const names = [event.city];
    // The host gemeente's aliases name the city too ("Zaandam" for Zaanstad).
    const host = organisers.find((o) => o.kind === 'gemeente' && fold(o.name).endsWith(fold(event.city)));
    if (host) names.push(...host.aliases);
    // "in de LocHal", "in het Stadstheater": a venue's own name names its netwerkdag, as its city does.
    const venues = new Set(event.days.map((d) => fold(d.venue ?? '')));
    for (const day of event.days) {
      const own = tokens((day.venue ?? '').split(',')[0]!).filter((t) => !WORDS.buildingWords.includes(t) && !tokens(event.city).includes(t) && t.length >= 4);
      if (own.length > 0) names.push(own.join(' '));
      if (own.length > 0 && venues.size > 1) venueDays.push({ eventId: event.id, dayNumber: day.dayNumber, phrase: own });
    }
    for (const n of names) {
      cities.push({ value: event.id, phrase: tokens(n), exact: false });
      // "de Tilburgse dagen", "in Haarlemse stijl": the adjective of a one-word city name names it too.
      const [only, ...more] = tokens(n);
      if (only !== undefined && more.length === 0) cities.push({ value: event.id, phrase: [`${only}se`], exact: false });
    }
    sessions.set(event.id, store.details(store.listSessions(event.id)));
    rounds.set(event.id, store.listRounds(event.id));
    for (const s of sessions.get(event.id)!) {
      count(`${s.title} ${s.description} ${s.room ?? ''} ${s.location ?? ''}`);
      for (const t of tokens(s.title)) titleWords.add(t);
      if (s.room && !roomSeen.has(s.room)) {
        roomSeen.add(s.room);
        for (const phrase of roomPhrases(s.room)) rooms.push({ value: s.room, phrase, exact: phrase.length > 1 || phrase[0]!.length < 6 });
      }
    }
  }

  const orgEntries: PhraseEntry<Organiser>[] = [];
  for (const o of organisers) {
    count(o.name);
    for (const t of tokens(o.name)) titleWords.add(t);
    // A gemeente's aliases are city names: those select the netwerkdag, not the organiser.
    const names = o.kind === 'gemeente' ? [o.name] : [o.name, ...o.aliases];
    for (const n of names) {
      const phrase = tokens(n);
      // A one-word alias that is a filler word ("G40" names the whole network) selects nothing.
      if (phrase.length === 0 || (phrase.length === 1 && WORDS.stopwords.has(phrase[0]!))) continue;
      orgEntries.push({ value: o, phrase, exact: phrase.length === 1 && phrase[0]!.length < 6 });
    }
    if (o.abbreviation) orgEntries.push({ value: o, phrase: tokens(o.abbreviation), exact: true });
  }

  const people: PhraseEntry<PersonEntry & { full: boolean }>[] = [];
  const nameWords = new Set<string>();
  const firstNames = new Set<string>();
  for (const p of store.listPeople()) {
    // A name with "ij" is also typed with "y" ("Van Dyk" for Van Dijk), as Dutch names are abroad and on keyboards.
    const typed = [tokens(p.name)];
    if (typed[0]!.some((t) => t.includes('ij'))) typed.push(typed[0]!.map((t) => t.replace(/ij/g, 'y')));
    count(p.name);
    for (const full of typed) {
      for (const t of full) nameWords.add(t);
      if (full.length > 1 && !PARTICLES.has(full[0]!)) firstNames.add(full[0]!);
      people.push({ value: { ...p, full: true }, phrase: full, exact: false });
      // Surname with its particles ("van der burg"), and the core surname alone ("burg").
      const firstIsParticle = PARTICLES.has(full[0]!);
      const surname = firstIsParticle ? full : full.slice(1);
      if (surname.length > 0 && surname.join(' ') !== full.join(' ')) {
        people.push({ value: { ...p, full: false }, phrase: surname, exact: surname.length === 1 && surname[0]!.length < 6 });
      }
      const core = full.at(-1)!;
      if (surname.length > 1 && core.length >= 4) people.push({ value: { ...p, full: false }, phrase: [core], exact: core.length < 6 });
    }
  }

  const { docs, personById, sessionById } = documents(events, sessions, organisers);
  const proseById = new Map([...sessionById.values()].map((s) => [s.id, fold(`${s.description} ${s.notes.join(' ')}`)]));
  return {
    signature,
    events,
    cities: byLength(cities),
    venueDays,
    organisers: byLength(orgEntries),
    people: byLength(people),
    rooms: byLength(rooms),
    vocabulary,
    titleWords,
    sortedWords: [...vocabulary.keys()].sort(),
    wordsByLength: groupByLength(vocabulary),
    corrections: new Map(),
    sessions,
    rounds,
    sessionById,
    proseById,
    mentionedIn: new Map(),
    organiserById: new Map(organisers.map((o) => [o.id, o])),
    personById,
    nameWords,
    firstNames,
    index: buildIndex(docs),
  };
}

/**
 * Every fact as a retrieval document with weighted fields: a title counts more
 * than a description, a person's name more than the sessions around it.
 */
function documents(events: NetworkEvent[], sessions: Map<number, SessionDetails[]>, organisers: Organiser[]) {
  const docs: DocInput[] = [];
  const personById = new Map<number, { id: number; name: string; functions: string[]; sessionIds: number[] }>();
  const sessionById = new Map<number, SessionDetails>();
  const byId = new Map(organisers.map((o) => [o.id, o]));
  for (const event of events) {
    docs.push({
      type: 'event',
      refId: event.id,
      eventId: event.id,
      fields: {
        title: { text: event.title, weight: 3 },
        city: { text: event.city, weight: 3 },
        place: { text: event.days.map((d) => `${d.venue ?? ''} ${d.address ?? ''}`).join(' '), weight: 2 },
        summary: { text: event.summary, weight: 1.5 },
        notes: { text: event.notes.join(' '), weight: 0.5 },
      },
    });
    for (const s of sessions.get(event.id) ?? []) {
      sessionById.set(s.id, s);
      docs.push({
        type: 'session',
        refId: s.id,
        eventId: event.id,
        fields: {
          title: { text: s.title, weight: 4 },
          organisers: { text: s.organisers.map((o) => [o.name, o.abbreviation ?? '', ...o.aliases].join(' ')).join(' '), weight: 2 },
          people: { text: s.people.map((p) => p.name).join(' '), weight: 2.5 },
          functions: { text: s.people.map((p) => p.function ?? '').join(' '), weight: 1 },
          place: { text: `${s.room ?? ''} ${s.location ?? ''}`, weight: 1.5 },
          description: { text: s.description, weight: 1 },
          notes: { text: s.notes.join(' '), weight: 0.3 },
          round: { text: s.round?.name ?? '', weight: 0.5 },
        },
      });
      for (const p of s.people) {
        const entry = personById.get(p.personId) ?? { id: p.personId, name: p.name, functions: [], sessionIds: [] };
        if (p.function && !entry.functions.includes(p.function)) entry.functions.push(p.function);
        entry.sessionIds.push(s.id);
        personById.set(p.personId, entry);
      }
    }
  }
  for (const p of personById.values()) {
    docs.push({ type: 'person', refId: p.id, eventId: null, fields: { name: { text: p.name, weight: 4 }, functions: { text: p.functions.join(' '), weight: 3 } } });
  }
  for (const o of organisers) {
    const pillar = o.pillarId !== null ? byId.get(o.pillarId)?.name ?? '' : '';
    docs.push({
      type: 'organiser',
      refId: o.id,
      eventId: null,
      fields: { name: { text: o.name, weight: 4 }, aliases: { text: [o.abbreviation ?? '', ...o.aliases].join(' '), weight: 3 }, pillar: { text: pillar, weight: 1 } },
    });
  }
  return { docs, personById, sessionById };
}

function groupByLength(vocabulary: Map<string, number>): Map<number, string[]> {
  const groups = new Map<number, string[]>();
  for (const word of vocabulary.keys()) groups.set(word.length, [...(groups.get(word.length) ?? []), word]);
  return groups;
}

/** Whether some programme word starts with `prefix`. */
export function hasWordStartingWith(catalogue: Catalogue, prefix: string): boolean {
  // Three letters begin too many words to say anything ("dee" is no form of "deelsessie").
  if (prefix.length < 4) return false;
  const words = catalogue.sortedWords;
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo < words.length && words[lo]!.startsWith(prefix);
}

/** Keeps one catalogue per store and rebuilds it when the programme changed. */
export class CatalogueCache {
  private current: Catalogue | null = null;
  constructor(private readonly store: ProgrammeStore) {}

  get(): Catalogue {
    const signature = this.store.contentSignature();
    if (!this.current || this.current.signature !== signature) this.current = buildCatalogue(this.store);
    return this.current;
  }
}
