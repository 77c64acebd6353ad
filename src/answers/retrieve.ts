/**
 * Step 3 of answering: ranked retrieval over every programme fact. Each
 * netwerkdag, session, person (with every function the programme gives) and
 * organiser is a document of weighted fields; terms are Dutch Snowball stems
 * of folded words. A query word matches a term exactly, as a prefix ("binnensted"
 * → "binnensteden"), or as part of a compound ("bouw" in "woningbouw"), with
 * its synonyms from words.json; scores are BM25 over the weighted fields. A
 * candidate must cover enough of the query: a weak partial match is no answer.
 * In memory: the programme is small, and this keeps a question off the disk.
 */
import { newStemmer } from 'snowball-stemmers';
import { tokens } from './normalize';
import type { Words } from './words';

export type DocType = 'event' | 'session' | 'person' | 'organiser';

export interface Field {
  text: string;
  weight: number;
}

export interface DocInput {
  type: DocType;
  refId: number;
  /** The netwerkdag a session belongs to; null for people and organisers. */
  eventId: number | null;
  fields: Record<string, Field>;
}

interface Doc {
  type: DocType;
  refId: number;
  eventId: number | null;
  /** Per field: its weight, its length in terms, and term frequencies. */
  fields: { name: string; weight: number; length: number; tf: Map<string, number> }[];
}

export interface RetrievalIndex {
  docs: Doc[];
  /** Term → documents that hold it. */
  postings: Map<string, Set<number>>;
  /** Term → per kind of document, how many hold it (IDF is per kind: a person's rare word may be common in sessions). */
  df: Map<string, Map<DocType, number>>;
  /** Per type: number of documents and average length per field name. */
  stats: Map<DocType, { n: number; avg: Map<string, number> }>;
  /** Every term, for prefix and compound look-ups. */
  terms: string[];
  /** Query-term expansions worked out already. */
  expansions: Map<string, { term: string; factor: number; with?: string }[]>;
}

export interface Hit {
  type: DocType;
  refId: number;
  eventId: number | null;
  score: number;
  /** Share of the query (by weight) this document matches, 0..1. */
  coverage: number;
  /** Query words matched, by index. */
  matched: number[];
  /** Fields that matched, by name. */
  fields: Set<string>;
  /** How directly the best-matched word matched: 1 as itself, less through a synonym, a longer form or a compound's parts. */
  strength: number;
}

const dutch = newStemmer('dutch');
const stemCache = new Map<string, string>();

/** The Snowball stem of a folded word (cached: the vocabulary is small). */
export function stemOf(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = dutch.stem(word);
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

/** "woon(zorg)plek": a word with an optional part in brackets is the word with and without it ("woonzorgplek", "woonplek"). */
const OPTIONAL_PART = /(\p{L}+)\((\p{L}+)\)(\p{L}+)/gu;

export function termsOf(text: string): string[] {
  const read = text.includes('(') ? text.replace(OPTIONAL_PART, '$1$2$3 $1$3') : text;
  return tokens(read).filter((t) => t.length >= 2).map(stemOf);
}

export function buildIndex(inputs: DocInput[]): RetrievalIndex {
  const docs: Doc[] = [];
  const postings = new Map<string, Set<number>>();
  const sums = new Map<DocType, { n: number; len: Map<string, number> }>();
  for (const input of inputs) {
    const id = docs.length;
    const fields = Object.entries(input.fields).map(([name, f]) => {
      const terms = termsOf(f.text);
      const tf = new Map<string, number>();
      for (const t of terms) {
        tf.set(t, (tf.get(t) ?? 0) + 1);
        if (!postings.has(t)) postings.set(t, new Set());
        postings.get(t)!.add(id);
      }
      return { name, weight: f.weight, length: terms.length, tf };
    });
    docs.push({ type: input.type, refId: input.refId, eventId: input.eventId, fields });
    const sum = sums.get(input.type) ?? { n: 0, len: new Map() };
    sum.n++;
    for (const f of fields) sum.len.set(f.name, (sum.len.get(f.name) ?? 0) + f.length);
    sums.set(input.type, sum);
  }
  const stats = new Map<DocType, { n: number; avg: Map<string, number> }>();
  for (const [type, s] of sums) stats.set(type, { n: s.n, avg: new Map([...s.len].map(([k, v]) => [k, Math.max(1, v / s.n)])) });
  const df = new Map<string, Map<DocType, number>>();
  for (const [term, holders] of postings) {
    const perType = new Map<DocType, number>();
    for (const id of holders) perType.set(docs[id]!.type, (perType.get(docs[id]!.type) ?? 0) + 1);
    df.set(term, perType);
  }
  return { docs, postings, df, stats, terms: [...postings.keys()].sort(), expansions: new Map() };
}

/**
 * The index terms a query stem reaches, with how much each counts: the stem
 * itself fully, a longer word it begins (a plural, a compound's head) nearly,
 * a compound it ends or is part of ("bouw" in "woningbouw") less.
 */
function expand(index: RetrievalIndex, stem: string): { term: string; factor: number; with?: string }[] {
  const cached = index.expansions.get(stem);
  if (cached) return cached;
  const out: { term: string; factor: number; with?: string }[] = [];
  for (const term of index.terms) {
    if (term === stem) out.push({ term, factor: 1 });
    else if (stem.length >= 4 && term.startsWith(stem)) out.push({ term, factor: term.length - stem.length <= 3 ? 0.95 : 0.7 });
    // Snowball takes an s off "fiets" but not off "fietsen" ("fiet", "fiets"): a stem one letter longer than a term it begins with is that word.
    else if (term.length >= 4 && stem.length === term.length + 1 && stem.startsWith(term)) out.push({ term, factor: 0.95 });
    else if (stem.length >= 4 && term.length > stem.length + 2 && term.endsWith(stem)) out.push({ term, factor: 0.6 });
    else if (stem.length >= 6 && term.length > stem.length + 2 && term.includes(stem)) out.push({ term, factor: 0.5 });
  }
  // A compound the programme does not use, made of two words it does ("woningbouw" → "woning" + "bouw"):
  // it matches a document that has both parts. "ruimtevaart" stays unknown (the programme has "ruimte"
  // but no "vaart"), and "kernenergie" does not find every text about "energie".
  // Also beside the compound itself: "lunchbespreking" finds "Lunch, … bespreking" on another netwerkdag.
  if (stem.length >= 8) {
    const found = out.length;
    for (let i = 4; i <= stem.length - 4 && out.length === found; i++) {
      const head = stem.slice(0, i);
      const tail = stem.slice(i);
      if (index.postings.has(head) && index.postings.has(tail)) out.push({ term: head, factor: 0.5, with: tail }, { term: tail, factor: 0.5, with: head });
    }
  }
  if (index.expansions.size > 20_000) index.expansions.clear();
  index.expansions.set(stem, out);
  return out;
}

/** Whether a query stem reaches any index term at all (as itself, a prefix or part of a compound). */
export function canReach(index: RetrievalIndex, stem: string): boolean {
  return expand(index, stem).length > 0;
}

export interface QueryWord {
  /** The folded word as asked. */
  word: string;
  /** How much it matters (1 for a topic word, less for context words). */
  weight: number;
}

/** A related word beside a word the programme has itself counts for less: what the word finds itself comes first. */
export const RELATED_BESIDE = 0.5;

/** Query words with their alternatives: the word's own stem, its synonyms', and its related words' where the programme lacks the word. */
function alternatives(word: string, words: Words, index: RetrievalIndex): { stem: string; factor: number }[] {
  const own = [{ stem: stemOf(word), factor: 1 }];
  const synonyms = (words.synonyms[word] ?? []).map((s) => ({ stem: stemOf(s), factor: 0.8 }));
  const related = (words.related[word] ?? []).map((s) => ({ stem: stemOf(s), factor: canReach(index, own[0]!.stem) ? RELATED_BESIDE : 0.8 }));
  return [...own, ...synonyms, ...related];
}

const K1 = 1.2;
const B = 0.75;

/**
 * Ranks the documents `accept` lets through against the query, best first.
 * Only documents that match at least one query word come back.
 */
export function search(index: RetrievalIndex, query: QueryWord[], words: Words, accept: (type: DocType, refId: number, eventId: number | null) => boolean): Hit[] {
  if (query.length === 0) return [];
  const scores = new Map<number, { score: number; matched: Set<number>; fields: Set<string>; strength: number }>();
  const totalWeight = query.reduce((s, q) => s + q.weight, 0);
  query.forEach((q, qi) => {
    // Per document the best way this query word matches it.
    const best = new Map<number, { score: number; fields: Set<string>; strength: number }>();
    for (const alt of alternatives(q.word, words, index)) {
      for (const { term, factor, with: partner } of expand(index, alt.stem)) {
        const holders = index.postings.get(term);
        if (!holders) continue;
        const partnerHolders = partner === undefined ? undefined : index.postings.get(partner);
        for (const id of holders) {
          if (partnerHolders && !partnerHolders.has(id)) continue;
          const doc = index.docs[id]!;
          if (!accept(doc.type, doc.refId, doc.eventId)) continue;
          const stats = index.stats.get(doc.type)!;
          const n = index.df.get(term)!.get(doc.type)!;
          const idf = Math.log(1 + (stats.n - n + 0.5) / (n + 0.5));
          let s = 0;
          const fields = new Set<string>();
          for (const f of doc.fields) {
            const tf = f.tf.get(term);
            if (!tf) continue;
            const norm = tf + K1 * (1 - B + (B * f.length) / stats.avg.get(f.name)!);
            s += f.weight * ((tf * (K1 + 1)) / norm);
            fields.add(f.name);
          }
          s *= idf * factor * alt.factor * q.weight;
          const prev = best.get(id);
          if (!prev || s > prev.score) best.set(id, { score: s, fields, strength: Math.max(prev?.strength ?? 0, factor * alt.factor) });
          else prev.strength = Math.max(prev.strength, factor * alt.factor);
        }
      }
    }
    for (const [id, b] of best) {
      const entry = scores.get(id) ?? { score: 0, matched: new Set<number>(), fields: new Set<string>(), strength: 0 };
      entry.score += b.score;
      entry.strength = Math.max(entry.strength, b.strength);
      entry.matched.add(qi);
      for (const f of b.fields) entry.fields.add(f);
      scores.set(id, entry);
    }
  });
  const hits: Hit[] = [];
  for (const [id, e] of scores) {
    const doc = index.docs[id]!;
    const covered = [...e.matched].reduce((s, qi) => s + query[qi]!.weight, 0);
    hits.push({ type: doc.type, refId: doc.refId, eventId: doc.eventId, score: e.score, coverage: covered / totalWeight, matched: [...e.matched].sort(), fields: e.fields, strength: e.strength });
  }
  return hits.sort((a, b) => b.coverage - a.coverage || b.score - a.score);
}
