/**
 * Step 4 of answering: the answer by what was asked. Narrows the chosen
 * netwerkdag's sessions by time, part of the day, round, kind, room, person,
 * organiser and status, ranks them on the topic words (retrieve.ts), and
 * decides between one session, a list, a round, a person, an organiser, the
 * netwerkdag itself, the netwerkdagen, or a plain "not found". Never invents:
 * what the programme lacks stays unknown. Everything it reads is passed in.
 */
import type { DateTime } from 'luxon';
import type { EventDay, NetworkEvent, Organiser, Round, SessionDetails, SessionPerson } from '../programme/types';
import type { Catalogue } from './catalogue';
import { isoDate, otherEvents, speaksOfToday, weekdayOf } from './chooseEvent';
import { fold, tokens } from './normalize';
import { canReach, RELATED_BESIDE, search, stemOf, termsOf, type QueryWord } from './retrieve';
import type {
  Answer, AnswerContext, AnswerEnd, DayTimes, EventContext, PersonOnProgramme, PersonProfile, SessionsReason, SignupState,
} from './types';
import { breakTitleWords, type Question } from './understand';
import { inList, type Words } from './words';

/** How many sessions an ambiguous answer shows before asking to be more precise. */
export const MAX_AMBIGUOUS = 5;
/** How many sessions a list answer shows; the card says how many more there are. */
export const MAX_LIST = 20;
/** How many people one who-is answer describes ("wie is Wienen" may name more than one). */
export const MAX_PEOPLE = 3;
/** Asked for all who hold a function ("welke burgemeesters zijn er vandaag"): each is a paragraph, so fewer than a list of sessions. */
export const MAX_PEOPLE_LISTED = 8;

/** Whether one can sign up for a session now: the sign-up rules' own answer (src/signups), phrased as a state. */
export type Availability = (session: SessionDetails, now: DateTime) => SignupState;
/** The same for a netwerkdag as a whole. */
export type EventAvailability = (event: NetworkEvent, now: DateTime) => SignupState;

export interface Composer {
  cat: Catalogue;
  words: Words;
  now: DateTime;
  availability: Availability;
  eventAvailability: EventAvailability;
  /** "welke daarvan …": only these sessions (those the previous answer listed) are looked at. */
  within?: ReadonlySet<number>;
}

/** Questions about a round as such ("hoe laat is ronde 2", "wat is er in ronde 1") get the round first. */
const ROUND_FOCUS = new Set<Question['focus']>(['when', 'list', 'what', 'round', 'none']);

type Session = SessionDetails;

interface Selection {
  sessions: Session[];
  /** Whether the question narrowed sessions at all (else it is about the event). */
  constrained: boolean;
  /** Sessions chosen by topic words with several equally good. */
  tie: boolean;
  /** Constraints that depend on the event's own clock or rounds: widening to other events makes no sense. */
  local: boolean;
  /** Only some of the topic words matched: another netwerkdag may match them all. */
  weak: boolean;
  /** How well the best session matched the topic words (coverage, title, score), to compare netwerkdagen. */
  quality: [number, number, number];
}

function runsAt(s: Session, t: string): boolean {
  if (s.start === null) return false;
  if (s.end === null) return s.start === t;
  return s.start <= t && t < s.end;
}

/** Whether nothing but round words narrowed the question. */
function onlyRound(q: Question): boolean {
  return q.round !== undefined && q.round.relation === undefined && q.time === undefined && q.kinds === undefined && q.rooms.length === 0 &&
    q.personIds.length === 0 && q.organisers.length === 0 && q.topic.length === 0 && !q.cancelled && q.organiserKind === undefined;
}

/** Whether the question names people and nothing else to narrow by ("wie is Paul Depla?"). */
function onlyPeople(q: Question): boolean {
  return q.personIds.length > 0 && q.round === undefined && q.time === undefined && q.part === undefined && q.kinds === undefined &&
    q.rooms.length === 0 && q.organisers.length === 0 && q.topic.length === 0;
}

/**
 * The people a who-answer names for a session: everyone on the programme there
 * whatever role was asked ("wie zijn de sprekers" should not hide the moderator);
 * a contact person is for practical questions, not someone on stage.
 */
function castOf(s: Session): SessionPerson[] {
  return s.people.filter((p) => p.role !== 'contact');
}

function sessionsOf(c: Composer, eventId: number, day?: EventDay | null): Session[] {
  const all = c.cat.sessions.get(eventId) ?? [];
  const listed = c.within ? all.filter((s) => c.within!.has(s.id)) : all;
  return day ? listed.filter((s) => s.dayId === day.id) : listed;
}

function roundsOf(c: Composer, eventId: number): Round[] {
  return c.cat.rounds.get(eventId) ?? [];
}

/** The words a question is about, as retrieval query words. */
function topicQuery(topic: string[]): QueryWord[] {
  return topic.map((word) => ({ word, weight: 1 }));
}

/** The lunch of a day: its round, else its lunch session. */
function lunchOf(c: Composer, eventId: number, dayId: number | null): { round: Round | null; start: string | null; end: string | null; dayId: number } | null {
  const round = roundsOf(c, eventId).find((r) => r.lunch && (dayId === null || r.dayId === dayId));
  if (round) return { round, start: round.start, end: round.end, dayId: round.dayId };
  const session = sessionsOf(c, eventId).find((s) => s.kind === 'lunch' && (dayId === null || s.dayId === dayId));
  return session ? { round: null, start: session.start, end: session.end, dayId: session.dayId } : null;
}

/** A word of a lunch's, break's, borrel's or dinner's title, or of the words for lunchtime ("eten" in "tijdens het eten"). */
function isFixedPartWord(c: Composer, w: string): boolean {
  const t = c.words.time;
  return breakTitleWords(c.cat).has(w) || [...t.duringLunch, ...t.beforeLunch, ...t.afterLunch].some((p) => p.includes(w));
}

/** Sessions in a part of the day ("vanmiddag", "voor de lunch", "aan het eind van de dag"). */
/** Whether a session comes before or after its day's lunch in the programme's order; null when the day has no lunch or it is in it. */
function sideOfLunch(c: Composer, s: Session): 'before' | 'after' | null {
  const lunch = lunchOf(c, s.eventId, s.dayId);
  if (!lunch || lunch.dayId !== s.dayId) return null;
  if (lunch.round && s.round) return s.round.position < lunch.round.position ? 'before' : s.round.position > lunch.round.position ? 'after' : null;
  const inLunch = sessionsOf(c, s.eventId).filter((t) => t.dayId === s.dayId && ((lunch.round !== null && t.roundId === lunch.round.id) || t.kind === 'lunch'));
  if (inLunch.length === 0) return null;
  const first = Math.min(...inLunch.map((t) => t.position));
  const last = Math.max(...inLunch.map((t) => t.position));
  return s.position < first ? 'before' : s.position > last ? 'after' : null;
}

function inPart(c: Composer, q: Question, ctx: EventContext, list: Session[]): Session[] {
  const part = q.part!;
  const real = (l: Session[]) => {
    const r = l.filter((s) => s.kind !== 'overig');
    return r.length > 0 ? r : l;
  };
  const within = (from: string, to: string) => (s: Session) => {
    if (s.start !== null) return s.start >= from && s.start < to;
    // A part the programme gives no time, between two that it does (in its order, that day): in the part when both are.
    const timed = sessionsOf(c, s.eventId).filter((t) => t.dayId === s.dayId && t.start !== null);
    const before = timed.filter((t) => t.position < s.position).sort((a, b) => b.position - a.position)[0];
    const after = timed.filter((t) => t.position > s.position).sort((a, b) => a.position - b.position)[0];
    if (before !== undefined && after !== undefined) return before.start! >= from && (before.end ?? before.start!) >= from && after.start! <= to;
    // A day whose parts have no times around it (Tilburg's second day): the lunch, where the programme places it, parts
    // the morning from the afternoon.
    if (to <= '12:00' || (from >= '12:00' && to <= '18:00')) {
      const side = sideOfLunch(c, s);
      return side !== null && side === (to <= '12:00' ? 'before' : 'after');
    }
    return false;
  };
  switch (part) {
    case 'morning':
      return list.filter(within('00:00', '12:00'));
    case 'afternoon': {
      // On a day whose lunch begins after noon, the afternoon is what follows the lunch's start: a round from 12.00 to 13.00,
      // before the lunch, is part of the morning's programme ("de middagsessies", "wat is er vanmiddag" mean after it).
      const lunch = lunchOf(c, ctx.event.id, ctx.day?.id ?? null);
      const from = lunch?.start && lunch.start > '12:00' && lunch.start <= '14:00' ? lunch.start : '12:00';
      return list.filter(within(from, '18:00'));
    }
    case 'evening':
      return list.filter(within('18:00', '24:00'));
    case 'endOfDay':
    case 'startOfDay':
    case 'firstItem': {
      // "het eerste onderdeel" is whatever comes first, the walk-in too; "het begin van de dag", "de eerste sessie" is the programme proper.
      const timed = real(list.filter((s) => s.start !== null && (part === 'firstItem' || s.kind !== 'inloop')));
      if (timed.length === 0) {
        // A programme without times (Oss): its order says what comes first and last.
        const ordered = real(list.filter((s) => s.status !== 'vervalt' && (part === 'firstItem' || s.kind !== 'inloop'))).sort((a, b) => a.position - b.position);
        const edge = part === 'endOfDay' ? ordered.at(-1) : ordered[0];
        // (A round's sessions run side by side: all of them.)
        return edge ? ordered.filter((s) => (edge.roundId !== null ? s.roundId === edge.roundId : s.id === edge.id)) : [];
      }
      const pick = part === 'endOfDay' ? timed.reduce((m, s) => (s.start! > m ? s.start! : m), timed[0]!.start!) : timed.reduce((m, s) => (s.start! < m ? s.start! : m), timed[0]!.start!);
      const picked = timed.filter((s) => s.start === pick);
      if (part !== 'endOfDay') return picked;
      // "hoe werd dag 2 afgesloten": the programme may end with something it gives no time ("Nazit en borrel"), after the last timed part.
      const last = Math.max(...picked.map((s) => s.position));
      // (Not the themagroepen the programme lists at the end as not meeting.)
      const after = real(list.filter((s) => s.dayId === picked[0]!.dayId && s.start === null && s.position > last && s.kind !== 'inloop' && s.status !== 'vervalt'));
      return after.length > 0 ? [after.reduce((m, s) => (s.position > m.position ? s : m))] : picked;
    }
    default: {
      const lunch = lunchOf(c, ctx.event.id, ctx.day?.id ?? null);
      if (!lunch) return [];
      const sameDay = list.filter((s) => s.dayId === lunch.dayId);
      if (part === 'duringLunch') {
        const during = sameDay.filter((s) => (lunch.round && s.roundId === lunch.round.id) || s.kind === 'lunch' ||
          (lunch.start !== null && s.start !== null && s.start >= lunch.start && (lunch.end === null || s.start < lunch.end)));
        // "wat kon je doen tijdens de lunch", "het lunchprogramma": the things to choose from, not the lunch itself.
        const choices = during.filter((s) => s.kind !== 'lunch');
        return q.choices && choices.length > 0 ? choices : during;
      }
      const rounds = roundsOf(c, ctx.event.id).filter((r) => r.dayId === lunch.dayId && !r.lunch);
      if (lunch.round) {
        const before = rounds.filter((r) => r.position < lunch.round!.position);
        const after = rounds.filter((r) => r.position > lunch.round!.position);
        // "na de lunch": the round right after it, as people mean the next thing they choose.
        // ("net voor de lunch": the round right before it.)
        const ids = new Set((part === 'beforeLunch' ? (q.partClose ? before.slice(-1) : before) : after.slice(0, 1)).map((r) => r.id));
        const byRound = sameDay.filter((s) => s.roundId !== null && ids.has(s.roundId));
        // ("wat is er allemaal na de lunch": the rest of the day, below.)
        if (byRound.length > 0 && !(part === 'afterLunch' && q.wholeRest)) return byRound;
      }
      if (part === 'beforeLunch' && lunch.start !== null) {
        const morning = sameDay.filter((s) => s.start !== null && s.start < lunch.start! && s.kind !== 'inloop');
        if (!q.partClose) return morning;
        // "net voor de lunch": the last round before it, else what begins last before it (not the walk to the lunch).
        const inRounds = real(morning).filter((s) => s.roundId !== null);
        const lastRound = inRounds.reduce<Session | null>((m, s) => (m === null || s.start! > m.start! ? s : m), null)?.roundId;
        if (lastRound != null) return inRounds.filter((s) => s.roundId === lastRound);
        const latest = real(morning).reduce<string | null>((m, s) => (m === null || s.start! > m ? s.start! : m), null);
        return real(morning).filter((s) => s.start === latest);
      }
      if (part === 'afterLunch' && lunch.end !== null) {
        const after = real(sameDay.filter((s) => s.start !== null && s.start >= lunch.end!));
        if (q.wholeRest) return after;
        const first = after.reduce<string | null>((m, s) => (m === null || s.start! < m ? s.start! : m), null);
        const firstRound = after.find((s) => s.start === first)?.roundId;
        return after.filter((s) => s.start === first || (firstRound != null && s.roundId === firstRound));
      }
      return [];
    }
  }
}

function roundIds(c: Composer, q: Question, ctx: EventContext): Set<number> {
  const rounds = roundsOf(c, ctx.event.id).filter((r) => !ctx.day || r.dayId === ctx.day.id);
  const ref = q.round!;
  const numbered = rounds.filter((r) => r.number !== null);
  if (ref.number === -1) {
    const lastNo = Math.max(...numbered.map((r) => r.number!));
    return new Set(numbered.filter((r) => r.number === lastNo).map((r) => r.id));
  }
  return new Set(numbered.filter((r) => r.number === ref.number).map((r) => r.id));
}

/** A pijler's sessions include those of its themagroepen. */
function organisedBy(c: Composer, organisers: Organiser[]): Set<number> {
  const ids = new Set(organisers.map((o) => o.id));
  for (const o of c.cat.organiserById.values()) if (o.pillarId !== null && ids.has(o.pillarId)) ids.add(o.id);
  return ids;
}

/**
 * Whether a partner is part of a session the programme names no organiser for: its name is in the title ("… met Community of
 * Practice Platform31"), someone speaks for it by the function the programme gives them ("Jorn Koelemaij, Platform31"), or the
 * description names it ("ter introductie zal er vanuit VNG een presentatie worden gegeven": the programmes name partners
 * where they take part, seldom in passing).
 * (Themagroepen and pijlers are known by what they organise; their chairs appear everywhere.)
 */
function speaksFor(s: Session, organisers: Organiser[], titleOnly = false): boolean {
  const names = organisers
    // (The G40's own bestuur is named in nearly every text, as "G40".)
    .filter((o) => o.kind !== 'themagroep' && o.kind !== 'pijler' && o.kind !== 'bestuur')
    .flatMap((o) => [o.name, o.abbreviation ?? '', ...o.aliases])
    .map((n) => tokens(n).join(' '))
    .filter((n) => n !== '');
  if (names.length === 0) return false;
  const says = (text: string) => names.some((n) => ` ${tokens(text).join(' ')} `.includes(` ${n} `));
  return says(s.title) || (!titleOnly && (s.people.some((p) => p.function !== null && says(p.function)) || says(s.description)));
}

/** Whether these organisers (a pijler with its themagroepen) organise anything on a netwerkdag. */
function organisesOn(c: Composer, organisers: Organiser[], eventId: number): boolean {
  const ids = organisedBy(c, organisers);
  return sessionsOf(c, eventId).some((s) => s.organisers.some((o) => ids.has(o.id)));
}

/**
 * How well a session's title holds the topic words: a title match beats a
 * description match. The word itself (or a longer form of it) counts fully, a
 * synonym or the tail of a compound ("netwerk" in "stedennetwerk") less.
 */
function titleMatches(topic: string[], s: Session, c: Composer): number {
  const title = termsOf(s.title);
  const strength = (a: string) =>
    title.some((t) => t === a || (a.length >= 4 && t.startsWith(a))) ? 1 : title.some((t) => a.length >= 5 && t.endsWith(a)) ? 0.5 : 0;
  let total = 0;
  for (const w of topic) {
    const own = strength(stemOf(w));
    // Related words count only where the programme lacks the word itself (as in retrieval).
    const relatedFactor = canReach(c.cat.index, stemOf(w)) ? RELATED_BESIDE : 0.8;
    const synonym = Math.max(0, ...(c.words.synonyms[w] ?? []).map((x) => strength(stemOf(x)) * 0.8), ...(c.words.related[w] ?? []).map((x) => strength(stemOf(x)) * relatedFactor));
    total += Math.max(own, synonym);
  }
  return total;
}

/**
 * Whether the title says in full a word related to an asked one ("zorg" → "Wmo"): a part of the topic, so one of "all sessions
 * about zorg". (Synonyms are looser, woningbouw → wonen, so they do not count here.)
 */
function titleSaysRelated(topic: string[], s: Session, c: Composer): boolean {
  const title = termsOf(s.title);
  return topic.some((w) => (c.words.related[w] ?? []).some((x) => title.includes(stemOf(x))));
}

/** Ranks `within` on the topic words; keeps the best and those (almost) as good, or none when nothing matches well. */
function rankByTopic(c: Composer, topic: string[], within: Session[], every = false): { sessions: Session[]; weak: boolean; quality: [number, number, number] } {
  const none = { sessions: [], weak: false, quality: [0, 0, 0] as [number, number, number] };
  const allowed = new Map(within.map((s) => [s.id, s]));
  const hits = search(c.cat.index, topicQuery(topic), c.words, (type, refId) => type === 'session' && allowed.has(refId));
  if (hits.length === 0) return none;
  const best = hits[0]!;
  // Fewer than half the words found anywhere: nothing matches well enough to answer.
  if (best.coverage < 0.5) return none;
  const scored = hits
    .filter((h) => h.coverage === best.coverage)
    .map((h) => {
      const s = allowed.get(h.refId)!;
      const inTitle = titleMatches(topic, s, c);
      // The asked words side by side in the title, in that order ("datagedreven gebiedsontwikkeling"): it is named there, not
      // only mentioned; that ranks it first (here, and against other netwerkdagen), without changing which titles count.
      const terms = termsOf(s.title);
      // The asked word as a word of the title ("thuis" in "Thuis in Oss"), or leading it ("Lunchwandeling …" is a kind of lunch
      // part), names it more plainly than a compound further on ("…, thuisbasis van …") that only starts with it.
      const plain = inTitle > 0 && topic.every((w) => terms.includes(stemOf(w)) || (terms[0] ?? '').startsWith(stemOf(w))) ? 0.25 : 0;
      const named = inTitle + plain + (topic.length >= 2 && ` ${terms.join(' ')} `.includes(` ${topic.map(stemOf).join(' ')} `) ? 0.5 : 0);
      const titleWords = tokens(s.title).filter((t) => !c.words.stopwords.has(t)).length;
      return { s, inTitle, named, score: h.score, titleWords };
    });
  scored.sort((a, b) => b.named - a.named || b.score - a.score);
  const top = scored[0]!;
  // Equally good title matches are all shown; without a title match, only the strongest text matches.
  // Asked for every session on a topic ("welke sessies gaan over wonen"): all that match it well.
  // A title match scores far above text matches, so the bar for the rest is set by the best text-only match.
  const bestText = Math.max(0, ...scored.filter((x) => x.inTitle === 0).map((x) => x.score));
  // Titles that say it in so many words ("welke bezoeken", "over de wmo"): those; otherwise the good text matches as well.
  const titled = scored.filter((x) => x.inTitle >= 1);
  const literal = scored.some((x) => x.inTitle >= topic.length);
  // One title that says it, beside text that merely mentions it: a text match far below that title is no match worth showing.
  const titledBest = Math.max(0, ...titled.map((x) => x.score));
  let kept = every
    ? titled.length >= 2 || literal ? scored.filter((x) => x.inTitle >= 1 || titleSaysRelated(topic, x.s, c)) : scored.filter((x) => x.inTitle > 0 || x.score >= Math.max(bestText * 0.5, titledBest * 0.25))
    : scored.filter((x) => x.named === top.named && (top.inTitle > 0 || x.score >= top.score * 0.6));
  // Walking between rooms is never what someone asks about when a real session also fits.
  if (kept.some((x) => x.s.kind !== 'overig')) kept = kept.filter((x) => x.s.kind !== 'overig');
  // A title that is nothing but the asked words ("Lunch", "Financiën") beats longer titles that contain them.
  const whole = every ? [] : kept.filter((x) => x.inTitle > 0 && x.titleWords <= Math.ceil(x.inTitle));
  // Shown in programme order, as people read a programme.
  const order = new Map(within.map((s, i) => [s.id, i]));
  const sessions = (whole.length === 1 ? whole : kept).map((x) => x.s).sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  // Found only through a part of a word ("kinderopvang" as "kinder" + "opvang"): too weak to go looking on another netwerkdag for.
  const indirect = top.inTitle === 0 && hits.filter((h) => h.coverage === best.coverage).every((h) => h.strength <= 0.5);
  return { sessions, weak: (best.coverage < 1 && topic.length > 1) || indirect, quality: [best.coverage, top.named, top.score] };
}

/** Of timed sessions before something, those that end last; after it, those that start first. */
function nearestTo(list: Session[], relation: 'before' | 'after'): Session[] {
  const edgeOf = (s: Session) => (relation === 'before' ? s.end ?? s.start! : s.start!);
  const edge = list.map(edgeOf).reduce((m, t) => (relation === 'before' ? (t > m ? t : m) : t < m ? t : m));
  return list.filter((s) => edgeOf(s) === edge);
}

function selectWith(c: Composer, q: Question, ctx: EventContext, loose: boolean): Selection {
  let list = sessionsOf(c, ctx.event.id, ctx.day);
  let constrained = false;
  let local = false;
  let tie = false;
  let weak = false;
  let quality: [number, number, number] = [0, 0, 0];

  if (q.time !== undefined) {
    constrained = local = true;
    // "na drie uur", "om 3 uur weg, wat mis ik?": what runs then and everything after it that day.
    // ("ik kom om half twaalf binnen, wat heb ik gemist": everything that began before then.)
    // ("tussen 13.20 en 16.00": what runs at the first time and what begins before the second.)
    const at = q.untilTime
      ? list.filter((s) => s.start !== null && s.start < q.time!)
      : list.filter((s) => runsAt(s, q.time!) || (s.start !== null && s.start > q.time! && (q.fromTime || (q.timeTo !== undefined && s.start < q.timeTo))));
    const real = at.filter((s) => s.kind !== 'overig');
    list = real.length > 0 ? real : at;
  }
  if (q.part !== undefined && q.time === undefined) {
    constrained = local = true;
    list = inPart(c, q, ctx, list);
  }
  if (q.round?.relation) {
    // "is er een pauze voor de eerste ronde?": what ends by its start (the last of it), or starts from its end (the first).
    constrained = local = true;
    const ids = roundIds(c, q, ctx);
    const rounds = roundsOf(c, ctx.event.id).filter((r) => ids.has(r.id) && r.start !== null && r.end !== null);
    const round = rounds[0];
    const timed = list.filter((s) => s.start !== null && (round === undefined || s.dayId === round.dayId) && (s.roundId === null || !ids.has(s.roundId)));
    const side = round === undefined ? [] : q.round.relation === 'before'
      ? timed.filter((s) => (s.end ?? s.start!) <= round.start!)
      : timed.filter((s) => s.start! >= round.end!);
    const real = side.filter((s) => s.kind !== 'overig');
    list = (real.length > 0 ? real : side).sort((a, b) => a.start!.localeCompare(b.start!));
    // Without a kind or topic to pick by, the one right before or after.
    if (!q.kinds && q.topic.length === 0 && list.length > 0) list = nearestTo(list, q.round.relation);
  } else if (q.round) {
    constrained = local = true;
    const ids = roundIds(c, q, ctx);
    list = list.filter((s) => s.roundId !== null && ids.has(s.roundId));
  }
  if (q.cancelled) {
    constrained = true;
    list = list.filter((s) => s.status === 'vervalt');
  }
  if (q.organiserKind !== undefined && q.organisers.length === 0 && !loose) {
    constrained = true;
    list = list.filter((s) => s.organisers.some((o) => o.kind === q.organiserKind));
    // "welke pijlers": a pijler's own meetings; one it shares with a themagroep is that themagroep's session.
    if (q.organiserKind === 'pijler' && q.topic.length === 0) {
      const own = list.filter((s) => !s.organisers.some((o) => o.kind === 'themagroep'));
      if (own.length > 0) list = own;
    }
  }
  if (q.kinds && !loose) {
    constrained = true;
    let picked = list.filter((s) => q.kinds!.includes(s.kind));
    // "keuzesessies", "deelsessies": what one chooses in a round of sessions; a meeting during the lunch is no choice of one.
    if (q.kindWord !== undefined && inList(c.words.round.choiceNouns, q.kindWord)) {
      const inLunch = (s: Session) => {
        if (s.round) return s.round.lunch;
        const lunch = lunchOf(c, s.eventId, s.dayId);
        return lunch !== null && lunch.start !== null && s.start !== null && s.start >= lunch.start && (lunch.end === null || s.start < lunch.end);
      };
      // (A keuzesessie is one whenever it is; it is the meetings counted with them that may be something else.)
      const chosen = picked.filter((s) => s.kind === 'keuzesessie' || !inLunch(s));
      if (chosen.length > 0) picked = chosen;
    }
    // Walks are the excursions of a one-day programme; not when the word asked is what another programme calls its
    // excursions ("welke stadssafari's waren er": those are elsewhere, not this day's walk).
    if (picked.length === 0 && q.kinds.includes('excursie') && !kindTitledElsewhere(c, q)) picked = list.filter((s) => s.kind === 'wandeling');
    // ("een pauze voor de eerste ronde": the one nearest to it.)
    if (q.round?.relation && picked.length > 1) picked = nearestTo(picked, q.round.relation);
    list = picked;
  }
  // "wie stonden er in Oss op het podium bij de plenaire sessie over de campus": on the netwerkdag the question names, a room
  // of another netwerkdag's building is a word, not a room, where the question says more. (Without a netwerkdag named,
  // the room says which netwerkdag: "wie hield het welkom in de Gravenzaal".)
  // ("wanneer is Depla vandaag op het podium": "vandaag" names the netwerkdag as well.)
  const namesThisDay = q.eventIds?.includes(ctx.event.id) === true || q.relative === 'today' || q.relative === 'now';
  const otherRooms = q.rooms.length > 0 && namesThisDay && !sessionsOf(c, ctx.event.id).some((s) => s.room !== null && q.rooms.includes(s.room));
  const moreThanRooms = q.topic.length > 0 || q.personIds.length > 0 || q.organisers.length > 0 || q.kinds !== undefined || q.time !== undefined || q.part !== undefined || q.round !== undefined;
  if (q.rooms.length > 0 && !(otherRooms && moreThanRooms)) {
    constrained = true;
    list = list.filter((s) => s.room !== null && q.rooms.includes(s.room));
  }
  if (q.personIds.length > 0) {
    constrained = true;
    list = list.filter((s) => s.people.some((p) => q.personIds.includes(p.personId)));
  }
  let topic = q.topic;
  // "welke sessies …", "wie spreekt er over …": every session that fits well, not only the best.
  // ("in welke zaal is de sessie over …" asks where one thing is: the best, as without "over".)
  const every = q.wantsList || (q.aboutTopic && q.focus !== 'where' && q.focus !== 'when');
  if (q.organisers.length > 0) {
    constrained = true;
    // "wat deed de pijler Economie en Werk in Oss": named as a pijler, over a whole day, what the pijler itself organised; its
    // themagroepen's sessions only where it organised nothing itself. ("economie en werk in Haarlem" is the pijler with its
    // themagroepen; so is "sessies van de fysieke pijler in de eerste ronde": the choice one has in a round.)
    const namedPillar = q.organisers.every((o) => o.kind === 'pijler') && q.organiserWords.some((w) => c.words.organiserKindWords[w] === 'pijler') &&
      q.organiserKindPlural !== true &&
      q.round === undefined && q.time === undefined && q.part === undefined;
    const ownIds = new Set(q.organisers.map((o) => o.id));
    const ids = namedPillar && list.some((s) => s.organisers.some((o) => ownIds.has(o.id))) ? ownIds : organisedBy(c, q.organisers);
    // ("bij welke sessies is Platform31 betrokken": also where it is named or speaks; "de sessie met de VNG" is the one it organises.)
    // ("platform31 vandaag", "wat doet de VNG vandaag": a partner that organises or names a session here has no meeting of
    // its own; asked about by name, it is everywhere it takes part. Where it only speaks, its own sessions elsewhere come first.)
    const partners = q.organisers.every((o) => o.kind === 'partner' || o.kind === 'overig');
    const present = list.some((s) => s.organisers.some((o) => ids.has(o.id)) || speaksFor(s, q.organisers, true));
    const everywhere = partners && present && !q.aboutSession && !q.followUp && (q.focus === 'none' || q.focus === 'what');
    const organised = list.filter((s) => s.organisers.some((o) => ids.has(o.id)) || ((q.wantsList || everywhere) && speaksFor(s, q.organisers)));
    const own = q.organisers.map((o) => o.id);
    const direct = organised.filter((s) => s.organisers.some((o) => own.includes(o.id)));
    // "veiligheid" names a themagroep but also a topic: when the group has nothing here, search the words.
    if (loose || (organised.length === 0 && q.organiserWords.length > 0 && list.length > 0)) {
      // ("themagroep Europa" on a day the group has nothing: "europa" is searched, not every session titled "themagroep".)
      topic = [...new Set([...topic, ...(loose ? q.organiserWords : q.organiserWords.filter((w) => c.words.organiserKindWords[w] === undefined))])];
    } else if (q.focus !== 'list' && topic.length === 0 && q.organiserKind === undefined) {
      // "Themagroep Duurzaamheid" asks for the group's own meeting, not every session it co-organises.
      const stems = q.organiserWords.map(stemOf);
      const base = direct.length > 0 ? direct : organised;
      // Its own meeting: titled with the words asked, or with its name or a longer alias ("Pijlerbijeenkomst Sociaal").
      const names = q.organisers.flatMap((o) => [o.name, ...o.aliases]).map((n) => tokens(n).join(' ')).filter((n) => n.includes(' '));
      const ownMeeting = base.filter(
        (s) => stems.every((st) => termsOf(s.title).some((t) => t.startsWith(st))) || names.some((n) => ` ${tokens(s.title).join(' ')} `.includes(` ${n} `)),
      );
      // "wat doet …", or no meeting of its own: everything it organises, its own first; a pijler's includes its themagroepen'.
      list = ownMeeting.length > 0 && q.focus !== 'what' && !q.wantsList && !everywhere ? ownMeeting : [...direct, ...organised.filter((s) => !direct.includes(s))];
    } else {
      list = organised;
    }
  }
  if (topic.length > 0) {
    constrained = true;
    const ranked = rankByTopic(c, topic, list, every);
    list = ranked.sessions;
    // Several that fit equally: "bedoel je een van deze?", unless a list was asked for.
    tie = ranked.sessions.length > 1 && !q.wantsList;
    weak = ranked.weak;
    quality = ranked.quality;
  }
  return { sessions: list, constrained, tie, local, weak, quality };
}

/** Whether the word that named the kind, other than the kind's own name, is in titles of sessions of that kind somewhere. */
function kindTitledElsewhere(c: Composer, q: Question): boolean {
  if (!q.kinds || q.kindWord === undefined) return false;
  const stem = stemOf(q.kindWord);
  if (q.kinds.some((k) => stemOf(k) === stem)) return false;
  return [...c.cat.sessionById.values()].some((s) => q.kinds!.includes(s.kind) && termsOf(s.title).some((t) => t.startsWith(stem) || (t.length >= 5 && stem.startsWith(t))));
}

function select(c: Composer, q: Question, ctx: EventContext): Selection {
  return withoutExcluded(c, q, ctx, selectIncluded(c, q, ctx));
}

/**
 * "ronde 1 behalve het pijleroverleg", "excursies zonder fiets of bus": the sessions found, less those each thing left out
 * names on that netwerkdag. Something that names nothing there, or everything, leaves nothing out; and when nothing would
 * be left, what was found is shown ("is er naast de stadswandeling nog een excursie?": only the walk, which says it).
 */
function withoutExcluded(c: Composer, q: Question, ctx: EventContext, found: Selection): Selection {
  if (!q.excluding || found.sessions.length === 0) return found;
  const kept = leftAfterExclusion(c, q, ctx, found.sessions);
  return kept.length === found.sessions.length ? found : { ...found, sessions: kept, tie: false };
}

/**
 * Whether a session the question finds says the exception in so many words ("woningen toevoegen zonder nieuwe grond": the
 * session on adding homes says "zonder nieuwe grond aan te snijden"): then it was part of what is asked, no exception.
 */
export function exceptionDescribesFound(c: Composer, q: Question, ctx: EventContext): boolean {
  if (!q.excluding) return false;
  const said = q.excluding.said.map((p) => ` ${p} `);
  return selectIncluded(c, q, ctx).sessions.some((s) => {
    const text = ` ${tokens(`${s.title} ${s.description ?? ''}`).join(' ')} `;
    return said.some((p) => text.includes(p));
  });
}

/** Of these sessions, those the question does not leave out; all of them when it would leave out every one. */
function leftAfterExclusion(c: Composer, q: Question, ctx: EventContext, sessions: Session[]): Session[] {
  if (!q.excluding) return sessions;
  const all = sessionsOf(c, ctx.event.id, ctx.day).length;
  const out = new Set<number>();
  for (const part of q.excluding.parts) {
    const named = select(c, part, ctx);
    if (!named.constrained || named.sessions.length >= all || named.weak) continue;
    for (const s of named.sessions) out.add(s.id);
  }
  const kept = sessions.filter((s) => !out.has(s.id));
  return kept.length === 0 ? sessions : kept;
}

function selectIncluded(c: Composer, q: Question, ctx: EventContext): Selection {
  const strict = selectWith(c, q, ctx, false);
  // "welke sessies gaan vandaag over veiligheid?": a themagroep's word asked as a topic is the group's sessions and
  // those titled with it ("Lobbyagenda Zorg en Veiligheid").
  const bare = q.organiserWords.every((w) => c.words.organiserKindWords[w] === undefined);
  if (q.aboutTopic && q.topic.length === 0 && q.organisers.length > 0 && q.organiserKind === undefined && bare && q.personIds.length === 0) {
    const titled = selectWith(c, q, ctx, true).sessions.filter((s) => titleMatches(q.organiserWords, s, c) > 0 && !strict.sessions.includes(s));
    if (titled.length > 0) return { ...strict, sessions: [...strict.sessions, ...titled], tie: false };
  }
  // "lobbyagenda zorg en veiligheid": "veiligheid" named a themagroep, but the words fit a session better;
  // "verzamelen voor stadssafari's" is not itself a stadssafari; "afscheid van de voorzitters van de themagroepen" is not
  // a themagroep's session (but "themagroep Sport" names a group, which has nothing).
  const loosen = (q.organisers.length > 0 && q.organiserWords.length > 0) || q.kinds !== undefined || (q.organiserKind !== undefined && q.organiserKindPlural === true);
  if (strict.sessions.length === 0 && loosen && q.topic.length > 0) {
    const loose = selectWith(c, q, ctx, true);
    if (loose.sessions.length > 0) return loose;
  }
  return strict;
}

/**
 * When the question named no netwerkdag and the default one has nothing (or
 * only a partial topic match), the nearest netwerkdag that fits well is used,
 * and the answer says so.
 */
function selectOrWiden(c: Composer, q: Question, ctx: EventContext, first: Selection): { selection: Selection; context: EventContext } {
  const needsWider = first.sessions.length === 0 || first.weak;
  if (!needsWider || q.eventIds !== null || first.local || q.relative === 'today') return { selection: first, context: ctx };
  // The netwerkdag that fits best; of equally good ones, the nearest in time.
  let best: { selection: Selection; context: EventContext } | null = null;
  const better = (a: [number, number, number], b: [number, number, number]) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
  for (const other of otherEvents(c.cat, ctx.event.id, c.now)) {
    const otherCtx: EventContext = { event: other, choice: 'found', day: null };
    const found = select(c, q, otherCtx);
    if (found.sessions.length === 0 || found.weak) continue;
    if (!best || better(found.quality, best.selection.quality) > 0) best = { selection: found, context: otherCtx };
  }
  return best ?? { selection: first, context: ctx };
}

/**
 * "hoeveel woningen wil Zoetermeer via optoppen en aanplakken toevoegen?": the session the other words name whose
 * description gives a number of that thing ("400 tot 700 nieuwe woningen"); the number is in its text. Without other
 * words, or with no such number, the programme does not count it.
 */
function sessionsCounting(c: Composer, q: Question, ctx: EventContext): Session[] {
  const counted = q.countOfOther!;
  const rest = q.topic.filter((t) => t !== counted);
  if (rest.length === 0) return [];
  const hits = search(c.cat.index, topicQuery(rest), c.words, (type, _refId, at) => type === 'session' && at === ctx.event.id).filter((h) => h.coverage >= 0.5);
  const top = hits[0]?.score ?? 0;
  // A number, then at most two words ("400 tot 700 nieuwe woningen"), then the thing counted.
  const says = new RegExp(`\\d[\\d.]*\\s+(?:\\p{L}+\\s+){0,2}${counted.replace(/[^\p{L}\p{N}]/gu, '')}\\b`, 'iu');
  return hits
    .filter((h) => h.score >= 0.6 * top)
    .map((h) => c.cat.sessionById.get(h.refId)!)
    .filter((s) => says.test(s.description))
    .slice(0, MAX_NAMED_BEFORE);
}

/**
 * "welke stad komt bij de woongeluk-sessie als voorbeeld langs?": the sentence of the session's description or notes that
 * holds the most asked words its title, organisers and people do not ("… de gebiedsgerichte aanpak voor aandachtsgroepen in
 * Zwolle"). Those words are what is asked beyond naming the session; the fact may sit past what a card shows of the text.
 */
function askedPassage(q: Question, s: Session): string | null {
  const naming = new Set(termsOf([s.title, ...s.organisers.flatMap((o) => [o.name, o.abbreviation ?? '']), ...s.people.map((p) => p.name)].join(' ')));
  const asked = new Set(q.topic.map(stemOf).filter((w) => !naming.has(w)));
  if (asked.size === 0) return null;
  let best: { text: string; hits: number } | null = null;
  for (const { text, terms } of sentencesOf(s)) {
    let hits = 0;
    for (const t of asked) if (terms.has(t)) hits++;
    if (hits > (best?.hits ?? 0)) best = { text, hits };
  }
  return best?.text ?? null;
}

/** A session's description and notes as sentences with their terms, remembered per session (stemming is the cost). */
const sentenceTerms = new WeakMap<Session, { text: string; terms: Set<string> }[]>();
function sentencesOf(s: Session): { text: string; terms: Set<string> }[] {
  let known = sentenceTerms.get(s);
  if (!known) {
    known = [...s.description.split(/(?<=[.!?])\s+/), ...s.notes]
      .map((x) => x.replace(/\s+/g, ' ').trim())
      .filter((x) => x.length > 0)
      .map((text) => ({ text, terms: new Set(termsOf(text)) }));
    sentenceTerms.set(s, known);
  }
  return known;
}

function sessionsAnswer(c: Composer, q: Question, ctx: EventContext, sessions: Session[], reason: SessionsReason, at: string | null): Answer {
  if (sessions.length === 1) {
    const session = sessions[0]!;
    // Asked where something is that has no room or place of its own: what its notes say about the place ("Eindigt in het MonetAtelier").
    const placeNotes = q.focus === 'where' && session.room === null && session.location === null
      ? session.notes.filter((n) => tokens(n).some((w) => inList(c.words.placeWords, w)))
      : [];
    const passage = askedPassage(q, session);
    return {
      kind: 'session', context: ctx, focus: q.focus, session, signup: c.availability(session, c.now),
      ...(placeNotes.length > 0 ? { placeNotes } : {}), ...(q.cancelSignup ? { cancel: true as const } : {}),
      ...(passage && !placeNotes.includes(passage) ? { passage } : {}),
    };
  }
  const shown = sessions.slice(0, reason === 'ambiguous' ? MAX_AMBIGUOUS : MAX_LIST);
  return {
    kind: 'sessions',
    context: ctx,
    focus: q.focus,
    reason,
    sessions: shown,
    total: sessions.length,
    at,
    ...(reason === 'window' && q.timeTo !== undefined ? { to: q.timeTo } : {}),
    signups: q.asks.has('signup') ? shown.map((s) => c.availability(s, c.now)) : null,
    current: [],
    people: q.focus === 'who' ? shown.map(castOf) : null,
  };
}

/** "Now" and "next" keep the list form even for one session, so the reply says which of the two it is. */
function listAnswer(answer: Answer, reason: 'now' | 'next', current: Session[], at: string): Answer {
  if (answer.kind === 'sessions') return { ...answer, current };
  if (answer.kind !== 'session') return answer;
  const people = answer.focus === 'who' ? [castOf(answer.session)] : null;
  return { kind: 'sessions', context: answer.context, focus: answer.focus, reason, sessions: [answer.session], total: 1, at, signups: null, current, people };
}

/** "nu", "straks", "vandaag" and today's parts of the day: only on a netwerkdag's own date. */
/**
 * When what an answer is about ends, on one day of one netwerkdag: the
 * latest end (or start) among its sessions or rounds. None for anything else.
 */
export function answerEnd(answer: Answer): AnswerEnd | undefined {
  const items: { date: string; time: string | null; start: string | null }[] =
    answer.kind === 'session'
      ? [{ date: answer.session.date, time: answer.session.end ?? answer.session.start, start: answer.session.start }]
      : answer.kind === 'sessions'
        ? answer.sessions.map((s) => ({ date: s.date, time: s.end ?? s.start, start: s.start }))
        : answer.kind === 'round'
          ? answer.rounds.map((r) => ({ date: r.day.date, time: r.round.end ?? r.round.start, start: r.round.start }))
          : [];
  const timed = items.filter((i): i is { date: string; time: string; start: string } => i.time !== null && i.start !== null);
  if (timed.length === 0 || timed.some((i) => i.date !== timed[0]!.date) || !('context' in answer)) return undefined;
  return {
    eventId: answer.context.event.id,
    date: timed[0]!.date,
    time: timed.reduce((m, i) => (i.time > m ? i.time : m), timed[0]!.time),
    start: timed.reduce((m, i) => (i.start < m ? i.start : m), timed[0]!.start),
  };
}

/** Asks for sessions to go to ("welke sessies", "wat kan ik kiezen", "wat kan ik doen"), not for whatever is on. */
function asksForSessions(q: Question): boolean {
  return q.choices || q.aboutSession;
}

/** "en wat is er daarna?" after an answer about the first round: what starts first once that has ended. */
function afterPrevious(c: Composer, q: Question, end: AnswerEnd, choice: EventContext['choice'] = 'conversation'): Answer | null {
  const event = c.cat.events.find((e) => e.id === end.eventId);
  const day = event?.days.find((d) => d.date === end.date);
  if (!event || !day) return null;
  // ("welke sessies kan ik na de keynote kiezen?": a break is nothing one chooses; what follows it is.)
  const later = sessionsOf(c, event.id, day).filter((s) => s.start !== null && s.start >= end.time && s.kind !== 'overig' && !(s.kind === 'pauze' && asksForSessions(q)));
  if (later.length === 0) return { kind: 'nothingAt', context: { event, choice, day }, at: end.time, timesUnknown: false };
  const first = later.reduce((m, s) => (s.start! < m ? s.start! : m), later[0]!.start!);
  return sessionsAnswer(c, q, { event, choice, day }, later.filter((s) => s.start === first), 'list', null);
}

/** More sessions than this are no one thing named ("na de sessie" matches many): only a round may be larger. */
const MAX_NAMED_BEFORE = 3;

/**
 * "wat zit er tussen de lunch en de afsluiting?": what starts once the first thing named has ended and before the second
 * begins, that day. Each must be one thing (one start, as in afterNamed); else the words were no two moments
 * ("de samenwerking tussen gemeenten en Rijk") and the question is answered as any other.
 */
function betweenNamed(c: Composer, q: Question, ctx: EventContext): Answer | null {
  // Each side as the moments it may be: one, or a few named alike ("het plenaire deel" in the morning and at the close).
  const moments = (side: Question, edge: 'end' | 'start') => {
    const { selection, context } = selectOrWiden(c, side, ctx, select(c, side, ctx));
    const timed = selection.sessions.filter((s) => s.start !== null && (edge === 'start' || s.end !== null));
    // ("de stadssafari's": the eight sessions of one round are one moment too.)
    const oneRound = timed.every((s) => s.roundId !== null && s.roundId === timed[0]!.roundId);
    if (!selection.constrained || timed.length === 0 || (timed.length > MAX_NAMED_BEFORE && !oneRound)) return [];
    const starts = [...new Set(timed.map((s) => `${s.dayId} ${s.start}`))];
    return starts.map((key) => {
      const group = timed.filter((s) => `${s.dayId} ${s.start}` === key);
      return { context, dayId: group[0]!.dayId, time: edge === 'end' ? group.reduce((m, s) => (s.end! > m ? s.end! : m), group[0]!.end!) : group[0]!.start! };
    });
  };
  // Of what each side may be, the pair that fits "between": the first ends before the second begins, on one day, closest together.
  const pairs = moments(q.between!.from, 'end').flatMap((from) =>
    moments(q.between!.to, 'start')
      .filter((to) => from.context.event.id === to.context.event.id && from.dayId === to.dayId && from.time <= to.time)
      .map((to) => ({ from, to })),
  );
  const closest = pairs.sort((a, b) => gapOf(a) - gapOf(b));
  if (closest.length === 0 || (closest.length > 1 && gapOf(closest[0]!) === gapOf(closest[1]!))) return null;
  const { from, to } = closest[0]!;
  const day = from.context.event.days.find((d) => d.id === from.dayId)!;
  const context: EventContext = { ...from.context, day };
  const inside = sessionsOf(c, context.event.id, day).filter((s) => s.start !== null && s.start >= from.time && s.start < to.time && s.kind !== 'overig');
  if (inside.length === 0) return { kind: 'nothingAt', context, at: from.time, timesUnknown: false };
  return sessionsAnswer(c, { ...q, wantsList: true }, context, inside, 'list', null);
}

/** Minutes from the end of one moment to the start of the next ("11:30" to "12:00": 30). */
function gapOf(pair: { from: { time: string }; to: { time: string } }): number {
  const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return minutes(pair.to.time) - minutes(pair.from.time);
}

/**
 * After something on a day the programme gives no times at all ("wat kon je kiezen in Oss na het plenaire deel"): what
 * comes next in the programme's order, and when that is in a round, the whole round. (Where a day has times, the order
 * of its untimed parts says little.) Null when it is not one thing on one such day.
 */
function afterInOrder(c: Composer, q: Question, ctx: EventContext, named: Session[]): Answer | null {
  if (named.length > MAX_NAMED_BEFORE || new Set(named.map((s) => s.dayId)).size !== 1) return null;
  const day = ctx.event.days.find((d) => d.id === named[0]!.dayId);
  if (!day) return null;
  const ofDay = sessionsOf(c, ctx.event.id, day);
  if (ofDay.some((s) => s.start !== null)) return null;
  const last = Math.max(...named.map((s) => s.position));
  const next = ofDay
    .filter((s) => s.position > last && s.kind !== 'overig' && s.status !== 'vervalt' && !(s.kind === 'pauze' && asksForSessions(q)))
    .sort((a, b) => a.position - b.position)[0];
  if (!next) return null;
  const sessions = next.roundId === null ? [next] : ofDay.filter((s) => s.roundId === next.roundId);
  return sessionsAnswer(c, q, { ...ctx, day }, sessions, 'list', null);
}

/**
 * The thing a relation names ("na de pauze", "tegelijk met de Wmo-sessie"). Named only by a function ("na de sessie van
 * de staatssecretaris"), it is the sessions of whoever holds that function on the netwerkdag.
 */
function namedThing(c: Composer, named: Question, ctx: EventContext): { selection: Selection; context: EventContext } {
  const found = selectOrWiden(c, named, ctx, select(c, named, ctx));
  if (found.selection.constrained || named.functions.length === 0 || named.personIds.length > 0) return found;
  const holders = new Set(functionHolders(c, named, ctx));
  const sessions = sessionsOf(c, ctx.event.id).filter((s) => s.kind !== 'overig' && s.people.some((p) => holders.has(p.personId)));
  if (sessions.length === 0) return found;
  return { selection: { ...found.selection, sessions, constrained: true, tie: false, weak: false }, context: ctx };
}

/**
 * "wat komt er na de opening?" where the opening and the keynote share one time slot of the plenary part (10.00–11.30):
 * the programme's order inside the slot says what follows (or went before). Only for one plenary thing outside a round.
 */
function inSameBlock(c: Composer, ctx: EventContext, day: EventDay, named: Session[], side: 'after' | 'before'): Session | null {
  // (Sessions to choose from that share a slot run side by side, in a round or not: their order says nothing.)
  if (named.length !== 1 || named[0]!.roundId !== null || named[0]!.kind !== 'plenair') return null;
  const one = named[0]!;
  const block = sessionsOf(c, ctx.event.id, day).filter(
    (s) => s.id !== one.id && s.roundId === null && s.kind === 'plenair' && s.start === one.start && s.end === one.end && s.status !== 'vervalt',
  );
  const ordered = block.filter((s) => (side === 'after' ? s.position > one.position : s.position < one.position)).sort((a, b) => a.position - b.position);
  return (side === 'after' ? ordered[0] : ordered.at(-1)) ?? null;
}

/** "wat komt er na de pauze?", "na de tweede ronde", "wie spreekt na Depla?": what starts first once the thing named has ended. */
function afterNamed(c: Composer, q: Question, ctx: EventContext): Answer | null {
  const named: Question = { ...q, afterNamed: false, focus: 'none', asks: new Set(), wantsList: false };
  const { selection, context } = namedThing(c, named, ctx);
  const timed = selection.sessions.filter((s) => s.end !== null);
  if (selection.constrained && timed.length === 0 && selection.sessions.length > 0 && (q.eventIds !== null || context.event.id === ctx.event.id)) {
    return afterInOrder(c, q, context, selection.sessions);
  }
  if (!selection.constrained || timed.length === 0 || (q.round === undefined && selection.sessions.length > MAX_NAMED_BEFORE)) return null;
  // One thing to follow: one day, and (unless a round was named) one start ("na Depla", who speaks twice, is not one).
  if (new Set(timed.map((s) => s.dayId)).size !== 1 || (q.round === undefined && new Set(timed.map((s) => s.start)).size !== 1)) return null;
  const day = context.event.days.find((d) => d.id === timed[0]!.dayId);
  if (!day) return null;
  const next = inSameBlock(c, context, day, timed, 'after');
  if (next) return sessionsAnswer(c, q, { ...context, day }, [next], 'list', null);
  const end = timed.reduce((m, s) => (s.end! > m ? s.end! : m), timed[0]!.end!);
  return afterPrevious(c, q, { eventId: context.event.id, date: day.date, time: end }, context.choice);
}

/** "wat is er vlak voor de afsluiting?", "voorafgaand aan de borrel": what ends last before the one thing named begins. */
function beforeNamed(c: Composer, q: Question, ctx: EventContext): Answer | null {
  const named: Question = { ...q, beforeNamed: false, focus: 'none', asks: new Set(), wantsList: false };
  let { selection, context } = namedThing(c, named, ctx);
  // "wat was er in de laatste ronde voor de borrel": the round is what is asked, the borrel what it comes before ("wat is er
  // voor ronde 2" names the round itself).
  if (q.round !== undefined && selection.sessions.length === 0) ({ selection, context } = namedThing(c, { ...named, round: undefined }, ctx));
  const timed = selection.sessions.filter((s) => s.start !== null);
  if (!selection.constrained || timed.length === 0 || selection.sessions.length > MAX_NAMED_BEFORE) return null;
  if (new Set(timed.map((s) => s.dayId)).size !== 1 || new Set(timed.map((s) => s.start)).size !== 1) return null;
  const day = context.event.days.find((d) => d.id === timed[0]!.dayId);
  if (!day) return null;
  const previous = inSameBlock(c, context, day, timed, 'before');
  if (previous) return sessionsAnswer(c, q, { ...context, day }, [previous], 'list', null);
  const first = timed[0]!;
  return beforePrevious(c, q, { eventId: context.event.id, date: day.date, time: first.end ?? first.start!, start: first.start! }, context.choice);
}

/** "en wat was er vlak daarvoor?": what ends last before what the previous answer was about began, that day. */
function beforePrevious(c: Composer, q: Question, end: AnswerEnd, choice: EventContext['choice'] = 'conversation'): Answer | null {
  const start = end.start;
  const event = c.cat.events.find((e) => e.id === end.eventId);
  const day = event?.days.find((d) => d.date === end.date);
  if (start === undefined || !event || !day) return null;
  const context: EventContext = { event, choice, day };
  const earlier = sessionsOf(c, event.id, day).filter((s) => s.start !== null && s.start < start && (s.end ?? s.start) <= start && s.kind !== 'overig');
  if (earlier.length === 0) return { kind: 'nothingAt', context, at: start, timesUnknown: false };
  // What ends last, with the rest of its round (a session of the round that ends earlier was as much "just before").
  const last = nearestTo(earlier, 'before');
  const rounds = new Set(last.flatMap((s) => (s.roundId === null ? [] : [s.roundId])));
  return sessionsAnswer(c, q, context, earlier.filter((s) => last.includes(s) || (s.roundId !== null && rounds.has(s.roundId))), 'list', null);
}

/**
 * "wat loopt er parallel aan de sessie over de Wmo?", "wat is er tegelijk met het pijleroverleg?": the other sessions of its
 * round and whatever else runs (partly) at the same time that day. Without a thing named ("en wat is er tegelijk?"), the
 * session the conversation was about. Null when it is not one thing with a time or a round.
 */
function alongsideNamed(c: Composer, q: Question, ctx: EventContext, previous: Session | undefined): Answer | null {
  const named: Question = { ...q, alongsideNamed: false, focus: 'none', asks: new Set(), wantsList: false };
  const found = namedThing(c, named, ctx);
  let chosen = found.selection.constrained ? found.selection.sessions : [];
  let event = found.context.event;
  if (chosen.length === 0 && previous && q.eventIds === null) {
    chosen = [previous];
    event = c.cat.events.find((e) => e.id === previous.eventId)!;
  }
  if (chosen.length === 0 || chosen.length > MAX_NAMED_BEFORE || new Set(chosen.map((s) => s.dayId)).size !== 1) return null;
  const day = event.days.find((d) => d.id === chosen[0]!.dayId);
  const timed = chosen.filter((s) => s.start !== null);
  const rounds = new Set(chosen.flatMap((s) => (s.roundId === null ? [] : [s.roundId])));
  if (!day || (timed.length === 0 && rounds.size === 0)) return null;
  const from = timed.reduce((m, s) => (s.start! < m ? s.start! : m), timed[0]?.start ?? '');
  const to = timed.reduce((m, s) => ((s.end ?? s.start!) > m ? s.end ?? s.start! : m), from);
  const overlaps = (s: Session) => timed.length > 0 && s.start !== null && (s.end === null ? s.start >= from && s.start < to : s.start < to && s.end > from);
  const ids = new Set(chosen.map((s) => s.id));
  const alongside = sessionsOf(c, event.id, day).filter((s) => !ids.has(s.id) && s.kind !== 'overig' && ((s.roundId !== null && rounds.has(s.roundId)) || overlaps(s)));
  const context: EventContext = { event, choice: event.id === ctx.event.id ? ctx.choice : 'conversation', day };
  if (alongside.length === 0) return { kind: 'nothingAt', context, at: from || null, timesUnknown: false };
  return sessionsAnswer(c, { ...q, wantsList: true }, context, alongside, 'list', null);
}

function relativeAnswer(c: Composer, q: Question, ctx: EventContext): Answer | null {
  const today = isoDate(c.now);
  const todays = c.cat.events.find((e) => e.days.some((d) => d.date === today) && (q.eventIds === null || q.eventIds.includes(e.id)));
  if (!todays) return { kind: 'notToday', today, context: ctx };
  const day = todays.days.find((d) => d.date === today)!;
  const used: EventContext = { event: todays, choice: q.eventIds ? 'named' : 'today', day };
  const narrowed = q.topic.length > 0 || q.personIds.length > 0 || q.organisers.length > 0 || q.kinds !== undefined || q.part !== undefined ||
    q.time !== undefined || q.round !== undefined || q.cancelled || q.organiserKind !== undefined || q.dayBound !== undefined || q.focus === 'where' ||
    q.focus === 'who' || q.functions.length > 0;
  if (q.relative === 'today' && !narrowed) return programme(c, used);
  if (q.relative === 'today') return null;
  // "wat is er straks na de lunch", "straks om drie uur": the time said decides, "straks" only says it is today.
  if (q.relative === 'soon' && (q.part !== undefined || q.time !== undefined)) return null;
  const t = c.now.toFormat('HH:mm');
  const sessions = sessionsOf(c, todays.id, day);
  const running = sessions.filter((s) => runsAt(s, t) && s.kind !== 'overig');
  if (q.relative === 'now' && running.length > 0) return listAnswer(sessionsAnswer(c, q, used, running, 'now', t), 'now', [], t);
  const later = sessions.filter((s) => s.start !== null && s.start > t);
  if (later.length === 0) return { kind: 'nothingAt', context: used, at: t, timesUnknown: sessions.some((s) => s.start === null) };
  const next = later.reduce((m, s) => (s.start! < m ? s.start! : m), later[0]!.start!);
  const starting = later.filter((s) => s.start === next);
  return listAnswer(sessionsAnswer(c, q, used, starting, 'next', t), 'next', running, t);
}

/**
 * "welke ronde heeft de meeste sessies?" (the round with the most to choose from; the lunch is no round of sessions), "welke
 * netwerkdag had de meeste sessies?", "de langste netwerkdag" (most days, then most sessions), "het langste onderdeel
 * vandaag" (the longest by its times; breaks, walk-ins and lunches are not what is meant). Ties: all of them.
 */
function superlativeAnswer(c: Composer, q: Question, ctx: EventContext, sup: NonNullable<Question['superlative']>): Answer | null {
  const counted = (l: Session[]) => l.filter((s) => s.status !== 'vervalt' && s.kind !== 'overig' && s.kind !== 'inloop').length;
  const best = <T>(items: T[], score: (x: T) => number): T[] => {
    const top = Math.max(...items.map(score));
    return items.filter((x) => score(x) === top);
  };
  if (sup.of === 'event') {
    const pool = q.eventIds !== null ? c.cat.events.filter((e) => q.eventIds!.includes(e.id)) : c.cat.events;
    if (pool.length === 0) return null;
    const size = (e: NetworkEvent) => counted(sessionsOf(c, e.id));
    const [event] = sup.by === 'sessions' ? best(pool, size) : best(best(pool, (e) => e.days.length), size);
    return eventAnswer(c, q, { event: event!, choice: 'found', day: null }, 'what');
  }
  if (sup.of === 'round') {
    const rounds = roundsOf(c, ctx.event.id).filter((r) => !r.lunch && (!ctx.day || r.dayId === ctx.day.id));
    const inRound = (r: Round) => sessionsOf(c, ctx.event.id).filter((s) => s.roundId === r.id && s.status !== 'vervalt');
    if (rounds.length === 0) return null;
    const top = best(rounds, (r) => inRound(r).length);
    const sessions = top.flatMap(inRound);
    return { kind: 'round', context: ctx, rounds: top.map((round) => ({ round, day: ctx.event.days.find((d) => d.id === round.dayId)! })), sessions: sessions.slice(0, MAX_LIST), total: sessions.length };
  }
  const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  const timed = sessionsOf(c, ctx.event.id, ctx.day).filter((s) => s.start !== null && s.end !== null && s.status !== 'vervalt' && !['overig', 'inloop', 'lunch', 'pauze'].includes(s.kind));
  if (timed.length === 0) return null;
  return sessionsAnswer(c, q, ctx, best(timed, (s) => minutes(s.end!) - minutes(s.start!)), 'list', null);
}

/** The round itself (name, time, note) and then its sessions. */
function roundAnswer(c: Composer, q: Question, ctx: EventContext, sessions: Session[]): Answer | null {
  const ids = roundIds(c, q, ctx);
  const rounds = roundsOf(c, ctx.event.id)
    .filter((r) => ids.has(r.id))
    .map((round) => ({ round, day: ctx.event.days.find((d) => d.id === round.dayId)! }));
  if (rounds.length === 0) return null;
  return { kind: 'round', context: ctx, rounds, sessions: sessions.slice(0, MAX_LIST), total: sessions.length };
}

/**
 * "de derde ronde" where the programme gives no order of its rounds: the
 * rounds with their notes (which say so) rather than a guess.
 */
function unorderedRounds(c: Composer, ctx: EventContext): Answer | null {
  const rounds = roundsOf(c, ctx.event.id).filter((r) => !r.orderKnown && (!ctx.day || r.dayId === ctx.day.id));
  if (rounds.length === 0) return null;
  const ids = new Set(rounds.map((r) => r.id));
  const sessions = sessionsOf(c, ctx.event.id, ctx.day).filter((s) => s.roundId !== null && ids.has(s.roundId));
  return {
    kind: 'round',
    context: ctx,
    rounds: rounds.map((round) => ({ round, day: ctx.event.days.find((d) => d.id === round.dayId)! })),
    sessions: sessions.slice(0, MAX_LIST),
    total: sessions.length,
  };
}

/**
 * Who someone is, as the programme says it: every function and role given
 * with their name, and the sessions they are in, per netwerkdag. When the
 * default netwerkdag does not have them, the nearest one that does is named.
 */
function personAnswer(c: Composer, q: Question, ctx: EventContext, personIds: number[]): Answer | null {
  const scope = q.eventIds !== null ? c.cat.events.filter((e) => q.eventIds!.includes(e.id)) : c.cat.events;
  const withThem = (e: NetworkEvent) => sessionsOf(c, e.id).some((s) => s.people.some((p) => personIds.includes(p.personId)));
  let context = ctx;
  if (!withThem(ctx.event)) {
    // "welke wethouders spreken vandaag": not found today is the answer, not another netwerkdag. (Someone asked
    // for by name is still shown where the programme has them: "wat doet Arjen Gerritsen vandaag?".)
    if ((q.relative === 'today' || q.relative === 'now') && q.personIds.length === 0) return null;
    const nearest = otherEvents(c.cat, ctx.event.id, c.now).find((e) => scope.includes(e) && withThem(e));
    if (!nearest) return null;
    context = { event: nearest, choice: q.eventIds !== null ? 'named' : 'found', day: null };
  }
  // The asked-about netwerkdag first, then the others from the newest back.
  const ordered = [context.event, ...[...scope].reverse().filter((e) => e.id !== context.event.id)];
  const people: PersonProfile[] = [];
  for (const personId of personIds.slice(0, q.wantsList ? MAX_PEOPLE_LISTED : MAX_PEOPLE)) {
    const appearances = ordered
      .map((event) => ({ event, sessions: sessionsOf(c, event.id).filter((s) => s.people.some((p) => p.personId === personId)) }))
      .filter((a) => a.sessions.length > 0);
    const mentions = appearances.flatMap((a) => a.sessions.flatMap((s) => s.people.filter((p) => p.personId === personId)));
    if (mentions.length === 0) continue;
    // Named in a description elsewhere ("uit zijn gedachtengoed"): said apart, not counted as taking part.
    const name = fold(mentions[0]!.name);
    const on = new Set(appearances.flatMap((a) => a.sessions.map((s) => s.id)));
    const inProse = mentionedIn(c.cat, name);
    const mentioned = ordered
      .map((event) => ({ event, sessions: sessionsOf(c, event.id).filter((s) => !on.has(s.id) && inProse.has(s.id)) }))
      .filter((a) => a.sessions.length > 0);
    people.push({
      personId,
      mentioned,
      name: mentions[0]!.name,
      functions: [...new Set(mentions.map((p) => p.function).filter((f): f is string => f !== null))],
      roles: [...new Set(mentions.map((p) => p.role))],
      appearances,
    });
  }
  if (people.length === 0) return null;
  return { kind: 'person', context, people, ...(q.pluralFunction && people.length > 1 ? { listed: true as const } : {}) };
}

/** A word said of nearly everything: it matches at least this share of all sessions. */
const COMMON_WORD_SHARE = 0.3;

function isCommonWord(c: Composer, word: string): boolean {
  const hits = search(c.cat.index, [{ word, weight: 1 }], c.words, (type) => type === 'session');
  return hits.length >= COMMON_WORD_SHARE * c.cat.sessionById.size;
}

/**
 * Whether a word is only ever said in passing: in descriptions and notes, never in a session's title, organisers,
 * people or place ("schiphol uitbreiding": "uitbreiding" is in two descriptions, no session is about it).
 */
function onlyInPassing(c: Composer, word: string): boolean {
  const hits = search(c.cat.index, [{ word, weight: 1 }], c.words, (type) => type === 'session');
  return hits.every((h) => !h.fields.has('title') && !h.fields.has('organisers') && !h.fields.has('people') && !h.fields.has('place'));
}

/** Whether every topic word is in the netwerkdag's own title or summary (as a word, or the start or end of one: "verkiezingen" in "gemeenteraadsverkiezingen"). */
function inEventText(event: NetworkEvent, topic: string[]): boolean {
  const terms = termsOf(`${event.title} ${event.summary}`);
  return topic.every((w) => {
    const stem = stemOf(w);
    return terms.some((t) => t === stem || (stem.length >= 4 && (t.startsWith(stem) || t.endsWith(stem))));
  });
}

/** Whether every word is in the name or address of the building(s) of the netwerkdag (or its asked day). */
function inVenue(ctx: EventContext, topic: string[]): boolean {
  const terms = new Set((ctx.day ? [ctx.day] : ctx.event.days).flatMap((d) => termsOf(`${d.venue ?? ''} ${d.address ?? ''}`)));
  return topic.every((w) => terms.has(stemOf(w)));
}

/** The sessions whose description or notes contain a folded name; remembered on the catalogue (people are asked about again and again). */
function mentionedIn(cat: Catalogue, name: string): Set<number> {
  let ids = cat.mentionedIn.get(name);
  if (!ids) {
    ids = new Set([...cat.proseById].filter(([, prose]) => prose.includes(name)).map(([id]) => id));
    cat.mentionedIn.set(name, ids);
  }
  return ids;
}

/**
 * "wie is de voorzitter van de fysieke pijler?", "wie is de G40-voorzitter?":
 * the person whose function, as the programme gives it, holds the function
 * word and what it is of. Only people who match every asked word qualify.
 */
/** A gemeente's name (its last word: "haag"), as typed in a question. */
function isPlaceWord(c: Composer, word: string): boolean {
  return c.words.municipalities.some((m) => m.at(-1) === word) || c.cat.events.some((e) => tokens(e.city).at(-1) === word);
}

function functionHolders(c: Composer, q: Question, ctx: EventContext): number[] {
  // The organiser as the programme spells it ("Fysieke pijler"), not as typed ("fysike pijler").
  const organiserNames = q.organisers.flatMap((o) => tokens(o.name).filter((t) => !c.words.stopwords.has(t) && t !== 'themagroep'));
  const what = [...q.functions, ...q.topic, ...(q.organisers.length > 0 ? organiserNames : q.organiserWords)];
  const words = [...new Set(what)].filter((w) => w.length >= 2);
  if (q.functions.length === 0 || words.length === 0) return [];
  const query: QueryWord[] = words.map((word) => ({ word, weight: q.functions.includes(word) ? 2 : 1 }));
  // "de voorzitter van het pijleroverleg Economie en Werk": the programme may say it by role, not by function.
  const byRole = roleHolders(c, q);
  if (byRole.length > 0) return byRole;
  const hits = search(c.cat.index, query, c.words, (type) => type === 'person').filter((h) => h.fields.has('functions'));
  // Everything asked, or else at least the function itself ("de rijksbouwmeester bij de fysieke pijler").
  const functionIdx = query.map((w, i) => (q.functions.includes(w.word) ? i : -1)).filter((i) => i >= 0);
  let full = hits.filter((h) => h.coverage === 1);
  // (Not when it names whom they work for: "de wethouder van Almere" is not the wethouder of Tilburg.)
  const employerIdx = query.map((w, i) => (q.worksFor.includes(w.word) && isPlaceWord(c, w.word) ? i : -1)).filter((i) => i >= 0);
  if (full.length === 0) full = hits.filter((h) => [...functionIdx, ...employerIdx].every((i) => h.matched.includes(i)) && h.coverage >= 0.5);
  if (full.length === 0) return [];
  // "voorzitter" is the voorzitter, not the vicevoorzitter, when the programme has both.
  const exactly = full.filter((h) => {
    const said = new Set(tokens(c.cat.personById.get(h.refId)?.functions.join(' ') ?? ''));
    return q.functions.every((f) => said.has(f));
  });
  if (exactly.length > 0) full = exactly;
  // "welke burgemeesters zijn er vandaag": those on this netwerkdag when any are, else anywhere ("wie is de G40-voorzitter").
  const here = new Set(sessionsOf(c, ctx.event.id).flatMap((s) => s.people.map((p) => p.personId)));
  if (full.some((h) => here.has(h.refId))) full = full.filter((h) => here.has(h.refId));
  const best = Math.max(...full.map((h) => h.score));
  // Asked for all of them ("welke burgemeesters"): everyone who holds it, however long the rest of their function.
  return full.filter((h) => q.wantsList || h.score >= best * 0.5).map((h) => h.refId).slice(0, q.wantsList ? MAX_PEOPLE_LISTED : MAX_PEOPLE);
}

/**
 * The people whose function says every asked word ("DG Openbaar Bestuur, BZK" for "die DG van bzk"), on this
 * netwerkdag if any are, else anywhere. Topic words that the functions do not say make it no such question.
 */
function employees(c: Composer, q: Question, ctx: EventContext): number[] {
  let hits = search(c.cat.index, topicQuery(q.worksFor), c.words, (type) => type === 'person').filter((h) => h.fields.has('functions') && h.coverage === 1);
  // Other words name where they are ("de man van het Rijk bij de afsluiting"): only those in a session so titled.
  const rest = q.topic.filter((t) => !q.worksFor.includes(t));
  if (rest.length > 0) {
    const titled = new Set([...c.cat.sessions.values()].flat().filter((s) => titleMatches(rest, s, c) > 0).flatMap((s) => s.people.map((p) => p.personId)));
    hits = hits.filter((h) => titled.has(h.refId));
  }
  if (hits.length === 0) return [];
  const here = new Set(sessionsOf(c, ctx.event.id).flatMap((s) => s.people.map((p) => p.personId)));
  const onThisDay = hits.filter((h) => here.has(h.refId));
  return (onThisDay.length > 0 ? onThisDay : hits).map((h) => h.refId).slice(0, MAX_PEOPLE);
}

/** People in the asked role (voorzitter) in the sessions of the named organiser. */
function roleHolders(c: Composer, q: Question): number[] {
  if (q.organisers.length === 0 || q.roles.length === 0) return [];
  const ids = new Set(q.organisers.map((o) => o.id));
  const scope = q.eventIds !== null ? c.cat.events.filter((e) => q.eventIds!.includes(e.id)) : [...c.cat.events].reverse();
  for (const event of scope) {
    const people = sessionsOf(c, event.id)
      .filter((s) => s.organisers.some((o) => ids.has(o.id)))
      .flatMap((s) => s.people.filter((p) => q.roles.includes(p.role)).map((p) => p.personId));
    if (people.length > 0) return [...new Set(people)].slice(0, MAX_PEOPLE);
  }
  return [];
}

function listReason(q: Question): SessionsReason {
  if (q.time !== undefined) return q.untilTime ? 'until' : q.timeTo !== undefined ? 'window' : q.fromTime ? 'from' : 'at';
  return 'list';
}

export function programme(c: Composer, ctx: EventContext): Answer {
  const days = (ctx.day ? [ctx.day] : ctx.event.days).map((day) => ({
    day,
    rounds: roundsOf(c, ctx.event.id).filter((r) => r.dayId === day.id),
    sessions: sessionsOf(c, ctx.event.id, day),
  }));
  return { kind: 'programme', context: ctx, days };
}

function dayTimes(c: Composer, ctx: EventContext): DayTimes[] {
  return (ctx.day ? [ctx.day] : ctx.event.days).map((day) => {
    const sessions = sessionsOf(c, ctx.event.id, day).filter((s) => s.status !== 'vervalt');
    const starts = sessions.map((s) => s.start).filter((x): x is string => x !== null).sort();
    const ends = sessions.map((s) => s.end ?? s.start).filter((x): x is string => x !== null).sort();
    return { day, start: starts[0] ?? null, end: ends.at(-1) ?? null, unknownTimes: sessions.filter((s) => s.start === null).length };
  });
}

function peopleOn(c: Composer, ctx: EventContext, q: Question): PersonOnProgramme[] {
  const out: PersonOnProgramme[] = [];
  for (const s of sessionsOf(c, ctx.event.id, ctx.day)) {
    for (const p of s.people) {
      if (q.roles.length > 0 && !q.roles.includes(p.role)) continue;
      if (p.role === 'contact') continue;
      out.push({ name: p.name, role: p.role, function: p.function, sessionTitle: s.title });
    }
  }
  return out;
}

/** Sign-up for the netwerkdag as a whole: the sign-up rules' own answer (registration, window, day over). */
function eventSignupState(c: Composer, event: NetworkEvent): SignupState {
  return c.eventAvailability(event, c.now);
}

function eventAnswer(c: Composer, q: Question, ctx: EventContext, focus: 'where' | 'when' | 'who' | 'what' | 'signup', audience?: string[]): Answer {
  const people = focus === 'who' ? peopleOn(c, ctx, q) : [];
  const titles = new Set(people.map((p) => p.sessionTitle));
  const session = titles.size === 1 ? sessionsOf(c, ctx.event.id, ctx.day).find((s) => s.title === people[0]!.sessionTitle) : undefined;
  // "hoe laat begint het?" on a day that opens with a walk-in: also when the programme proper begins, and with what.
  const day = ctx.day ?? (ctx.event.days.length === 1 ? ctx.event.days[0]! : null);
  const timed = day && q.dayBound === 'start' ? sessionsOf(c, ctx.event.id, day).filter((s) => s.start !== null && s.status !== 'vervalt') : [];
  const proper = timed.filter((s) => s.kind !== 'inloop').sort((a, b) => a.start!.localeCompare(b.start!))[0];
  // (Not when the programme has a part without a time before it, in its order: then when the programme proper begins is not known.)
  const untimedBefore = proper !== undefined && sessionsOf(c, ctx.event.id, day).some((s) => s.start === null && s.kind !== 'inloop' && s.kind !== 'overig' && s.status !== 'vervalt' && s.position < proper.position);
  const properStart = proper && !untimedBefore && timed.some((s) => s.kind === 'inloop' && s.start! < proper.start!) ? proper : undefined;
  // Otherwise the part the day begins with, when one part does ("Inloop met koffie en thee", 9.15).
  const earliest = timed.reduce<string | null>((m, s) => (m === null || s.start! < m ? s.start! : m), null);
  const firstParts = timed.filter((s) => s.start === earliest);
  const firstPart = firstParts.length === 1 ? firstParts[0] : undefined;
  return {
    kind: 'event',
    context: ctx,
    focus,
    signup: eventSignupState(c, ctx.event),
    times: dayTimes(c, ctx),
    people,
    roles: focus === 'who' ? q.roles : [],
    bound: q.dayBound ?? null,
    ...(audience ? { audience } : {}),
    ...(session ? { session } : {}),
    ...(properStart ? { properStart } : firstPart ? { firstPart } : {}),
  };
}

/**
 * "wie was de dagvoorzitter?" where this netwerkdag has none: the nearest
 * netwerkdag whose programme names someone in that role (the answer says where).
 */
function roleElsewhere(c: Composer, q: Question, ctx: EventContext): EventContext | null {
  // ("wie is de gastheer vandaag?": today's, whether or not it names one.)
  if (q.roles.length === 0 || q.eventIds !== null || speaksOfToday(q)) return null;
  const has = (e: NetworkEvent) => sessionsOf(c, e.id).some((s) => s.people.some((p) => q.roles.includes(p.role)));
  if (has(ctx.event)) return null;
  const other = otherEvents(c.cat, ctx.event.id, c.now).find(has);
  return other ? { event: other, choice: 'found', day: null } : null;
}

function unconstrained(c: Composer, q: Question, ctx: EventContext, conversation: AnswerContext): Answer {
  // "en waar is die?", or just "zaal?" after a session: about that session.
  const bare = q.topic.length === 0 && q.unknown.length === 0 && !q.dayBound && !q.theme && (q.focus === 'where' || q.focus === 'when' || q.focus === 'who');
  if ((q.followUp || bare) && conversation.lastSessionId !== undefined && q.eventIds === null) {
    const last = sessionsOf(c, ctx.event.id).find((s) => s.id === conversation.lastSessionId);
    if (last && last.eventId === ctx.event.id) return sessionsAnswer(c, q, ctx, [last], 'ambiguous', null);
  }
  // "wat was er op de tweede dag?", "wat is er morgen?": that day's programme.
  const aDay = ctx.day !== null && (q.dayNumber !== undefined || q.weekday !== undefined || q.relative === 'tomorrow' || q.dates.length > 0);
  if (aDay && (q.focus === 'what' || q.focus === 'none')) return programme(c, ctx);
  switch (q.focus) {
    case 'programme':
    case 'list':
      return programme(c, ctx);
    case 'who':
      return eventAnswer(c, q, roleElsewhere(c, q, ctx) ?? ctx, 'who');
    case 'where':
    case 'when':
    case 'signup':
      return eventAnswer(c, q, ctx, q.focus);
    default:
      return eventAnswer(c, q, ctx, 'what');
  }
}

/** The netwerkdag whose own facts (venue, address, title, summary) hold all the topic words; the chosen one first. */
function eventByTopic(c: Composer, q: Question, ctx: EventContext): EventContext | null {
  const hits = search(c.cat.index, topicQuery(q.topic), c.words, (type, _refId, eventId) => type === 'event' && (q.eventIds === null || q.eventIds.includes(eventId!)))
    .filter((h) => h.coverage === 1 && (h.fields.has('place') || h.fields.has('title') || h.fields.has('city')));
  if (hits.length === 0) return null;
  const hit = hits.find((h) => h.refId === ctx.event.id) ?? hits[0]!;
  if (hit.refId === ctx.event.id) return ctx;
  const event = c.cat.events.find((e) => e.id === hit.refId)!;
  return { event, choice: 'found', day: null };
}

/** The netwerkdagen themselves: all, or those the question's kind or year narrows to. */
function eventsAnswer(c: Composer, q: Question): Answer {
  const today = isoDate(c.now);
  const pool = q.eventIds !== null ? c.cat.events.filter((e) => q.eventIds!.includes(e.id)) : c.cat.events;
  return { kind: 'events', events: pool, past: pool.filter((e) => e.days.at(-1)!.date < today).length, upcoming: pool.filter((e) => e.days[0]!.date >= today) };
}

/**
 * "wanneer is de volgende netwerkdag?": the next one in the store, else what
 * the most recent programmes say about it (a sentence naming the next
 * netwerkdag or tweedaagse), with where it says so.
 */
function nextEventAnswer(c: Composer, q: Question): Answer {
  const today = isoDate(c.now);
  const pool = q.eventIds !== null ? c.cat.events.filter((e) => q.eventIds!.includes(e.id)) : c.cat.events;
  const upcoming = pool.find((e) => e.days[0]!.date > today) ?? null;
  const mentions: { event: NetworkEvent; text: string }[] = [];
  if (!upcoming) {
    const nouns = c.words.events.nouns.filter((n) => n !== 'dag' && n !== 'dagen');
    const says = (sentence: string) => {
      const t = tokens(sentence);
      return t.some((w) => c.words.events.next.includes(w)) && t.some((w) => nouns.includes(w));
    };
    for (const event of [...c.cat.events].reverse()) {
      const texts = [event.summary, ...event.notes, ...sessionsOf(c, event.id).flatMap((s) => [s.description, ...s.people.map((p) => p.function ?? '')])];
      for (const text of texts) {
        for (const sentence of text.split(/(?<=[.!?])\s+/)) if (says(sentence) && !mentions.some((m) => m.text === sentence.trim())) mentions.push({ event, text: sentence.trim() });
      }
      if (mentions.length > 0) break;
    }
  }
  // (All mentions come from one netwerkdag, the most recent that says anything.)
  const quoted = mentions[0]?.event;
  const choice = quoted?.days.some((d) => d.date === today) ? 'today' : 'found';
  return { kind: 'nextEvent', upcoming, mentions: mentions.slice(0, 3), quoted: quoted ? { event: quoted, choice, day: null } : null };
}

/** The sentences of a netwerkdag's summary and notes that say whom it is for ("Voor wie: …", "uitgenodigd"). */
function audienceOf(c: Composer, event: NetworkEvent): string[] {
  const telling = (sentence: string) => {
    const t = tokens(sentence);
    return t.some((w) => c.words.events.audience.includes(w)) || hasWords(t, ['voor', 'wie']);
  };
  return [event.summary, ...event.notes].flatMap((text) => text.split(/(?<=[.!?])\s+/)).map((s) => s.trim()).filter((s) => s !== '' && telling(s));
}

function hasWords(ws: string[], phrase: string[]): boolean {
  return ws.some((_, i) => phrase.every((p, k) => ws[i + k] === p));
}

/** What an organiser is (name, abbreviation, pijler) and what it does on each netwerkdag. */
function organiserAnswer(c: Composer, q: Question, ctx: EventContext): Answer {
  const organiser = q.organisers[0]!;
  const ids = new Set([organiser.id]);
  const scope = q.eventIds !== null ? c.cat.events.filter((e) => q.eventIds!.includes(e.id)) : [...c.cat.events].reverse();
  const appearances = scope
    .map((event) => ({ event, sessions: sessionsOf(c, event.id).filter((s) => s.organisers.some((o) => ids.has(o.id))) }))
    .filter((a) => a.sessions.length > 0);
  const pillar = organiser.pillarId !== null ? c.cat.organiserById.get(organiser.pillarId) ?? null : null;
  // A pijler's themagroepen ("welke themagroepen vallen onder de pijler Economie en Werk?").
  const members = [...c.cat.organiserById.values()].filter((o) => o.pillarId === organiser.id).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return { kind: 'organiser', context: ctx, organiser, pillar, members, appearances, meaning: q.meaning };
}

/**
 * Asked of every netwerkdag: what fits on each of them, the newest first. Null when fewer than two have it;
 * then the usual answer (which looks on another netwerkdag when the default one has nothing) says it better.
 */
function acrossAnswer(c: Composer, q: Question, ctx: EventContext, alone = false): Answer | null {
  // "bij welke netwerkdagen had ZJO een eigen of gezamenlijke sessie?": words only ever said in passing do not narrow what an organiser did.
  if (q.organisers.length > 0 && q.topic.length > 0 && q.topic.every((w) => onlyInPassing(c, w))) q = { ...q, topic: [] };
  // ("wat deed Europa in Haarlem en Tilburg": only the netwerkdagen named.)
  const named = q.eventIds !== null && q.eventIds.length >= 2 ? q.eventIds : null;
  const found = [...c.cat.events]
    .filter((event) => named === null || named.includes(event.id))
    .reverse()
    .map((event) => ({ event, selection: select(c, q, { event, choice: 'named', day: null }) }))
    .filter((a) => a.selection.constrained && a.selection.sessions.length > 0 && !a.selection.weak);
  if (alone && found.length === 1) {
    const { event, selection } = found[0]!;
    return sessionsAnswer(c, q, { event, choice: event.id === ctx.event.id ? ctx.choice : 'found', day: null }, selection.sessions, listReason(q), null);
  }
  if (found.length < 2) return null;
  const appearances = found.map(({ event, selection }) => ({ event, sessions: selection.sessions.slice(0, MAX_LIST), total: selection.sessions.length }));
  return { kind: 'across', context: ctx, appearances };
}

/** Personal questions ("waar moet ik nu zijn?") from the person's own confirmed sign-ups. */
function personalAnswer(c: Composer, q: Question, conversation: AnswerContext): Answer | null {
  const mine = (conversation.mySessionIds?.() ?? [])
    .map((id) => c.cat.sessionById.get(id))
    .filter((s): s is Session => s !== undefined)
    .sort((a, b) => a.date.localeCompare(b.date) || (a.start ?? '99').localeCompare(b.start ?? '99'));
  // "ik ben wethouder wonen, waar moet ik heen vanmiddag?" from someone signed up for nothing: what the words name, not "no sign-ups".
  const namesSomething = q.topic.length > 0 || q.organisers.length > 0 || q.kinds !== undefined || q.personIds.length > 0;
  if (mine.length === 0 && namesSomething && q.personal !== 'mine') return null;
  const today = isoDate(c.now);
  const t = c.now.toFormat('HH:mm');
  const upcoming = mine.filter((s) => s.date > today || (s.date === today && (s.end ?? s.start ?? '99') > t));
  const current = mine.filter((s) => s.date === today && runsAt(s, t));
  const next = upcoming.filter((s) => !current.includes(s));
  return { kind: 'personal', ask: q.personal!, at: t, today, sessions: mine, current, next: next.slice(0, q.personal === 'mine' ? MAX_LIST : 3) };
}

/**
 * "welke themagroepen zijn er allemaal?", "lijst pijlers": the themagroepen or pijlers themselves, asked of no netwerkdag, day,
 * time or topic ("welke themagroepen waren er in Haarlem" asks for their sessions there).
 */
function asksStructure(q: Question): boolean {
  return q.organiserKind !== undefined && !q.ofPrevious && q.organisers.length === 0 && q.eventIds === null && q.dates.length === 0 && q.relative === undefined &&
    q.time === undefined && q.part === undefined && q.round === undefined && q.dayNumber === undefined && q.kinds === undefined && q.topic.length === 0 &&
    q.unknown.length === 0 && q.personIds.length === 0 && q.functions.length === 0 && q.roles.length === 0 && !q.cancelled && q.events === null &&
    (q.focus === 'list' || q.focus === 'none' || q.focus === 'what');
}

function structureAnswer(c: Composer, q: Question): Answer {
  const kind = q.organiserKind!;
  const all = [...c.cat.organiserById.values()];
  const byName = (a: Organiser, b: Organiser) => a.name.localeCompare(b.name, 'nl');
  const pillars = all.filter((o) => o.kind === 'pijler').sort(byName);
  const groups =
    kind === 'pijler'
      ? pillars.map((p) => ({ pillar: p, members: all.filter((o) => o.pillarId === p.id).sort(byName) }))
      : [...pillars.map((p) => ({ pillar: p as Organiser | null, members: all.filter((o) => o.kind === 'themagroep' && o.pillarId === p.id).sort(byName) })),
          { pillar: null, members: all.filter((o) => o.kind === 'themagroep' && o.pillarId === null).sort(byName) }].filter((g) => g.members.length > 0);
  return { kind: 'structure', organiserKind: kind, groups };
}

/** Answers one understood question about the chosen netwerkdag. */
export function compose(c: Composer, q: Question, ctx: EventContext, conversation: AnswerContext): Answer {
  if (q.social) return { kind: 'social', social: q.social };
  if (q.personal) {
    const personal = personalAnswer(c, q, conversation);
    if (personal) return personal;
    q = { ...q, personal: null };
  }
  // "op welke netwerkdag sprak dr. J. Jansen?": a name on no programme, whatever else is asked about it.
  if (q.unknownName && q.functions.length === 0) return { kind: 'unknownName', name: q.unknownName, context: ctx };
  if (q.events === 'next') return nextEventAnswer(c, q);
  if (q.superlative) {
    const picked = superlativeAnswer(c, q, ctx, q.superlative);
    if (picked) return picked;
  }
  // "welke excursies waren er tijdens de netwerkdagen (in Tilburg)?": sessions of that kind, not the netwerkdagen.
  if (q.events === 'list' && q.kinds !== undefined) q = { ...q, events: null, allEvents: q.eventIds === null };
  // "op welke dagen waren de netwerkdagen in Tilburg?": the one netwerkdag the question names, with its days and times.
  if (q.events === 'list' && q.eventIds?.length === 1 && ctx.event.id === q.eventIds[0] && q.personIds.length === 0 && q.organisers.length === 0) {
    return eventAnswer(c, q, ctx, q.focus === 'where' ? 'where' : (q.theme && q.topic.length === 0) || q.focus === 'what' ? 'what' : 'when');
  }
  // "op welke netwerkdagen ging het over wonen?": the netwerkdagen that have it, not all of them.
  if (q.events === 'list' && q.topic.length > 0 && q.eventIds === null) {
    const across = acrossAnswer(c, q, ctx, true);
    if (across) return across;
  }
  if (q.events === 'list') return eventsAnswer(c, q);
  // "hoeveel inwoners heeft Zoetermeer": no programme counts that; not the sessions that mention inwoners.
  if (q.countOfOther) {
    const counting = sessionsCounting(c, q, ctx);
    return counting.length > 0 ? sessionsAnswer(c, q, ctx, counting, 'ambiguous', null) : { kind: 'notFound', context: ctx, terms: [q.countOfOther] };
  }
  if (q.task) return { kind: 'notFound', context: ctx, terms: [...q.topic, ...q.unknown] };
  if (q.absentFact) return { kind: 'notFound', context: ctx, terms: [q.absentFact] };
  // ("de ambtelijke netwerkdag in Dordrecht": the kind said narrows nothing where the city has none.)
  if (q.otherCity) return { kind: 'noEventIn', city: q.otherCity, events: c.cat.events };
  // "en wat doet hij vandaag?": the people the previous answer was about.
  if (q.aboutLastPerson && q.personIds.length === 0 && conversation.lastPersonIds?.length) q = { ...q, personIds: conversation.lastPersonIds };
  // "en wie is daar de voorzitter van?": of whoever organised the session the previous answer was about.
  const lastSession = q.followUp && conversation.lastSessionId !== undefined ? c.cat.sessionById.get(conversation.lastSessionId) : undefined;
  if (lastSession && q.functions.length > 0 && q.organisers.length === 0 && q.topic.length === 0 && q.personIds.length === 0) q = { ...q, organisers: lastSession.organisers };
  // "en waar ging die themagroep in Haarlem over?": the themagroep of the session the previous answer was about. (Not
  // "die pijler": as an organiser a pijler counts its themagroepen too, while its own meetings were asked for.)
  const ofThatKind = lastSession?.organisers.filter((o) => o.kind === q.organiserKind) ?? [];
  if (q.organiserKind === 'themagroep' && !q.organiserKindPlural && !q.wantsList && ofThatKind.length === 1 && q.organisers.length === 0 && q.topic.length === 0 && q.personIds.length === 0) {
    q = { ...q, organisers: ofThatKind, organiserKind: undefined };
  }

  if (asksStructure(q)) return structureAnswer(c, q);
  // "wat betekent ZJO?", "wat doet Platform31?": the organiser itself.
  // "wat heeft Woningmarkt allemaal gedaan?", "wanneer had Europa allemaal een sessie?": across the netwerkdagen.
  // ("welke wethouder is voorzitter van …" asks for a person, not for all the group did.)
  const acrossEvents = q.eventIds === null && (q.allEvents || (q.wantsList && q.organiserKind === undefined && !q.kinds && q.functions.length === 0));
  // "bij welke pijler hoort ZJO?": a themagroep's pijler is a fact of the organiser.
  // "welke themagroepen vallen onder de pijler Economie en Werk?": a pijler's themagroepen, also a fact of the organiser.
  const askedPillar = q.organiserKind === 'pijler' && q.organisers[0]?.kind === 'themagroep';
  // ("welke themagroepen van de pijler E&W kwamen in Haarlem bijeen": their sessions there.)
  const askedMembers = q.organiserKind === 'themagroep' && q.organisers[0]?.kind === 'pijler' && q.eventIds === null;
  // "themagroep europa" on a day the group has nothing: what it did on the netwerkdagen, not a session elsewhere that mentions its words.
  // (A partner named only in titles, "Platform31", is found through its name instead.)
  const nameOnly = q.focus === 'none' && q.eventIds === null && q.organisers.length === 1 && (q.organisers[0]!.kind === 'themagroep' || q.organisers[0]!.kind === 'pijler') &&
    !organisesOn(c, q.organisers, ctx.event.id);
  const aboutOrganiser = q.organisers.length === 1 && q.topic.length === 0 && q.personIds.length === 0 && q.time === undefined && q.part === undefined &&
    q.round === undefined && q.kinds === undefined && q.relative === undefined &&
    (q.meaning || askedPillar || askedMembers || nameOnly || (q.eventIds === null && q.focus === 'what' && !q.aboutSession) || acrossEvents);
  if (aboutOrganiser) {
    const answer = organiserAnswer(c, q, ctx);
    // An organiser that organises nothing (a partner named in a title) is found through its name instead.
    if (q.meaning || askedMembers || (answer.kind === 'organiser' && answer.appearances.length > 0)) return answer;
    // "waar deed Platform31 allemaal iets": a partner that organises nothing, found through its name on every netwerkdag.
    if (acrossEvents) {
      const across = acrossAnswer(c, q, ctx);
      if (across) return across;
    }
  }

  // "wat liep er parallel aan het gesprek met de staatssecretaris?": a function that only names the moment of a relation
  // (after, alongside, between) asks for that relation's sessions, not who holds it.
  const relation = q.afterNamed || q.alongsideNamed || q.between !== undefined;
  if (q.focus === 'who' && q.functions.length > 0 && q.personIds.length === 0 && q.time === undefined && q.round === undefined && q.part === undefined && !relation) {
    // "wie is de burgemeester van Amsterdam": whom they work for is in nobody's function on any programme, so neither are they.
    // (Only a gemeente: "de voorzitter van het pijleroverleg" works for no one in the programme's words, and is asked rightly.)
    const absentEmployer = q.worksFor.filter(
      (w) => q.unknown.includes(w) || (isPlaceWord(c, w) && !search(c.cat.index, topicQuery([w]), c.words, (type) => type === 'person').some((h) => h.fields.has('functions'))),
    );
    if (absentEmployer.length > 0 && !q.followUp) return { kind: 'notFound', context: ctx, terms: absentEmployer };
    // "wie zit het pijleroverleg economie voor": the session its title names, with whoever has that role there.
    if (q.topic.length > 0 && q.roles.length > 0 && q.organisers.length === 0) {
      const stems = q.topic.map(stemOf);
      const titled = sessionsOf(c, ctx.event.id).filter(
        (s) => stems.every((st) => termsOf(s.title).some((t) => t.startsWith(st))) && s.people.some((p) => q.roles.includes(p.role)),
      );
      if (titled.length === 1) return sessionsAnswer(c, q, ctx, titled, 'ambiguous', null);
    }
    // "welke burgemeester heette ons welkom": the session the words name (synonyms too), where someone has that function.
    // ("de sessie Lobbyagenda Zorg en Veiligheid": a themagroep's name in the title is part of the title.)
    const named = [...q.topic, ...q.organiserWords.filter((w) => c.words.organiserKindWords[w] === undefined && !c.words.stopwords.has(w))];
    if (q.topic.length > 0) {
      const holds = (f: string | null) => f !== null && tokens(f).some((t) => q.functions.some((fn) => t.startsWith(fn)));
      const titled = sessionsOf(c, ctx.event.id).filter((s) => named.every((w) => titleMatches([w], s, c) > 0) && s.people.some((p) => holds(p.function)));
      // "Opening" rather than "Openingsdebat": the title that has the word itself.
      const whole = titled.filter((s) => named.every((w) => [w, ...(c.words.synonyms[w] ?? [])].some((x) => termsOf(s.title).includes(stemOf(x)))));
      const found = whole.length > 0 ? whole : titled;
      if (found.length > 0 && found.length <= MAX_NAMED_BEFORE) return sessionsAnswer(c, q, ctx, found, 'ambiguous', null);
      // "aan welke burgemeester wordt het stokje overgedragen": no title says it, but a description does, of a session
      // where someone holds that function.
      // Not on this netwerkdag and none named: on another one, said so ("de directeur die ons ontving tussen de weefgetouwen").
      const describedOn = (eventId: number | null): Session[] => {
        const hits = search(c.cat.index, topicQuery(q.topic), c.words, (type, _refId, at) => type === 'session' && (eventId === null || at === eventId))
          .filter((h) => h.coverage === 1 && h.fields.has('description'));
        const top = hits[0]?.score ?? 0;
        const near = hits.filter((h) => h.score >= 0.6 * top).map((h) => c.cat.sessionById.get(h.refId)!).filter((s) => s.people.some((p) => holds(p.function)));
        return near.length > 0 && near.length <= MAX_NAMED_BEFORE && near.every((s) => s.eventId === near[0]!.eventId) ? near : [];
      };
      if (found.length === 0) {
        const here = describedOn(ctx.event.id);
        if (here.length > 0) return sessionsAnswer(c, q, ctx, here, 'ambiguous', null);
        const elsewhere = q.eventIds === null && q.relative === undefined ? describedOn(null) : [];
        const event = elsewhere.length > 0 ? c.cat.events.find((e) => e.id === elsewhere[0]!.eventId) : undefined;
        if (event) return sessionsAnswer(c, q, { event, choice: 'found', day: null }, elsewhere, 'ambiguous', null);
      }
    }
    const holders = functionHolders(c, q, ctx);
    if (holders.length > 0) {
      const person = personAnswer(c, q, ctx, holders);
      if (person) return person;
    }
  }
  // "wanneer was er een staatssecretaris te gast?", "waar spreekt de G40-voorzitter?": when or where the one who holds it is on
  // the programme (here, else the newest netwerkdag that has them), when that is at most a few sessions.
  if ((q.focus === 'when' || q.focus === 'where') && q.functions.length > 0 && q.personIds.length === 0 && q.kinds === undefined && q.organisers.length === 0 &&
    q.time === undefined && q.round === undefined && q.part === undefined && q.topic.every((w) => inList(c.words.functionWords, w) || c.words.roleWords[w] !== undefined)) {
    const holders = functionHolders(c, q, ctx);
    const theirs = (eventId: number) => sessionsOf(c, eventId).filter((s) => s.people.some((p) => holders.includes(p.personId)));
    const event = theirs(ctx.event.id).length > 0 ? ctx.event : q.eventIds === null && q.relative === undefined ? otherEvents(c.cat, ctx.event.id, c.now).find((e) => theirs(e.id).length > 0) : undefined;
    const sessions = event ? theirs(event.id) : [];
    if (event && sessions.length > 0 && sessions.length <= MAX_NAMED_BEFORE) {
      return sessionsAnswer(c, q, event.id === ctx.event.id ? ctx : { event, choice: 'found', day: null }, sessions, 'ambiguous', null);
    }
  }
  // "komt er iemand van BZK?", "die DG van bzk, hoe heet die?": no function asked, but whom someone works for.
  if (q.focus === 'who' && q.worksFor.length > 0 && q.functions.length === 0 && q.personIds.length === 0 && q.organisers.length === 0 && q.time === undefined && q.round === undefined && q.part === undefined && q.kinds === undefined) {
    const staff = employees(c, q, ctx);
    if (staff.length > 0) {
      const person = personAnswer(c, q, ctx, staff);
      if (person) return person;
    }
  }

  // The netwerkdag itself: its end or start, its theme ("wat is het thema van vandaag?": the day's, not what runs today).
  if (q.dayBound && q.topic.length === 0 && q.personIds.length === 0 && q.organisers.length === 0 && q.kinds === undefined && q.round === undefined) {
    // "hoe laat begint het?" right after an answer about a session: that session ("het"), not the day.
    const last = q.pointsBack && q.eventIds === null && conversation.lastSessionId !== undefined ? c.cat.sessionById.get(conversation.lastSessionId) : undefined;
    if (last && last.eventId === ctx.event.id && last.start !== null) return sessionsAnswer(c, { ...q, focus: 'when' }, ctx, [last], 'ambiguous', null);
    return eventAnswer(c, q, ctx, 'when');
  }
  // "hier adem ik vrij, was dat het motto?": words that are the netwerkdag's own title or summary ask for its theme as well.
  // ("is er iets over skills vandaag": a word no programme has is a search that finds nothing, not the day's theme.)
  // ("wat was het thema van het plenaire deel in Oss?": words that title one part of the day ask for that part's theme.)
  const titledPart = q.theme && q.topic.length > 0 ? sessionsOf(c, ctx.event.id).filter((s) => titleMatches(q.topic, s, c) > 0) : [];
  if (q.theme && ((q.topic.length === 0 && q.unknown.length === 0) || (q.topic.length > 0 && inEventText(ctx.event, q.topic) && titledPart.length !== 1)) && q.personIds.length === 0 &&
    q.organisers.length === 0 && !q.audience) {
    return eventAnswer(c, q, ctx, 'what');
  }
  // "voor wie was de netwerkdag bedoeld?": what its programme says about whom it invites.
  if (q.audience && q.personIds.length === 0 && q.organisers.length === 0 && q.kinds === undefined) return eventAnswer(c, q, ctx, 'what', audienceOf(c, ctx.event));
  // "waar was haarlem precies? in het stadhuis?": words that only name the netwerkdag's own building ask where it was.
  if (q.focus === 'where' && q.topic.length > 0 && q.personIds.length === 0 && q.organisers.length === 0 && q.kinds === undefined && q.rooms.length === 0 &&
    q.time === undefined && q.round === undefined && inVenue(ctx, q.topic)) return eventAnswer(c, q, ctx, 'where');

  if (q.between) {
    const between = betweenNamed(c, q, ctx);
    if (between) return between;
  }
  if (q.beforeNamed && q.dayBound === undefined) {
    const before = beforeNamed(c, q, ctx);
    if (before) return before;
  }
  // ("na de ochtendpauze": a part of the day said with the thing named only says which one.)
  const partOfNamed = q.part === 'morning' || q.part === 'afternoon' || q.part === 'evening';
  if (q.afterNamed && (q.part === undefined || (partOfNamed && q.kinds !== undefined)) && q.dayBound === undefined) {
    const next = afterNamed(c, q, ctx);
    if (next) return next;
  }

  const previousSession = conversation.lastSessionId !== undefined ? c.cat.sessionById.get(conversation.lastSessionId) : undefined;
  // "ik ga naar de themagroep Veiligheid, wat loopt er verder in die ronde?": that round, besides what is named (after an
  // answer about a session, "die ronde" is its round, below).
  const roundWords = [...q.topic, ...q.unknown].filter((w) => inList(c.words.round.others, w));
  const namedInRound = q.sameRound && previousSession?.roundId == null && (q.organisers.length > 0 || q.personIds.length > 0 || q.topic.some((w) => !roundWords.includes(w)));
  if ((q.alongsideNamed || namedInRound) && q.part === undefined && q.dayBound === undefined && q.time === undefined) {
    const alongside = alongsideNamed(c, q, ctx, previousSession);
    if (alongside) return alongside;
  }
  if (q.beforePrevious && conversation.lastEnd && q.eventIds === null && q.topic.length === 0 && q.personIds.length === 0 && q.organisers.length === 0) {
    const before = beforePrevious(c, q, conversation.lastEnd);
    if (before) return before;
  }

  // "wie hield de keynote?" – "had hij daarna nog een sessie?": that person's sessions later that netwerkdag, in the
  // programme's order (also where it gives no times).
  if (q.afterPrevious && q.aboutLastPerson && q.personIds.length > 0 && previousSession && q.eventIds === null && q.topic.length === 0) {
    const after = (s: Session) => s.date > previousSession.date || (s.date === previousSession.date && s.position > previousSession.position);
    const theirs = sessionsOf(c, previousSession.eventId).filter((s) => after(s) && s.people.some((p) => q.personIds.includes(p.personId)));
    const event = c.cat.events.find((e) => e.id === previousSession.eventId)!;
    const context: EventContext = { event, choice: 'conversation', day: null };
    if (theirs.length === 0) return { kind: 'notFound', context, terms: [] };
    return sessionsAnswer(c, q, context, theirs, 'list', null);
  }
  // "welke sessies liepen er in diezelfde ronde?": the round of the session the previous answer was about.
  // ("en de andere sessies in die ronde?": those besides it.)
  const others = [...q.topic, ...q.unknown].filter((w) => inList(c.words.round.others, w));
  if (q.sameRound && previousSession?.roundId != null && q.eventIds === null && q.topic.every((w) => others.includes(w)) && q.personIds.length === 0 && q.organisers.length === 0) {
    const event = c.cat.events.find((e) => e.id === previousSession.eventId)!;
    const round = roundsOf(c, event.id).find((r) => r.id === previousSession.roundId)!;
    const inRound = sessionsOf(c, event.id).filter((s) => s.roundId === round.id && (others.length === 0 || s.id !== previousSession.id));
    const day = event.days.find((d) => d.id === round.dayId)!;
    return { kind: 'round', context: { event, choice: 'conversation', day: null }, rounds: [{ round, day }], sessions: inRound.slice(0, MAX_LIST), total: inRound.length };
  }
  if (q.afterPrevious && conversation.lastEnd && q.eventIds === null && q.topic.length === 0) {
    const next = afterPrevious(c, q, conversation.lastEnd);
    if (next) return next;
  }

  // "wie zijn er te gast bij Economie en Werk straks": "straks" only says it is today; the organiser, topic or person decides.
  if (q.relative === 'soon' && (q.organisers.length > 0 || q.topic.length > 0 || q.personIds.length > 0)) q = { ...q, relative: 'today' };
  // "is er iets over skills vandaag": only a word no programme has besides the day is a search that finds nothing, not the day's programme.
  const onlyUnknown = q.unknown.length > 0 && q.topic.length === 0 && q.organisers.length === 0 && q.personIds.length === 0 && q.kinds === undefined &&
    q.time === undefined && q.part === undefined && q.round === undefined && q.rooms.length === 0 && !q.followUp && q.focus !== 'programme' && !q.english && q.dayBound === undefined;
  if (onlyUnknown && q.relative !== undefined) return { kind: 'notFound', context: ctx, terms: q.unknown };
  // In "kan ik me nu nog aanmelden?" the "nu" means "still", not "what runs now".
  const stillAsking = q.relative === 'now' && q.focus === 'signup';
  if ((q.relative === 'now' && !stillAsking) || q.relative === 'soon' || q.relative === 'today' || q.relative === 'tomorrow') {
    if (q.relative === 'tomorrow' && ctx.day === null) return { kind: 'notToday', today: isoDate(c.now.plus({ days: 1 })), context: ctx };
    if (q.relative !== 'tomorrow') {
      const relative = relativeAnswer(c, q, ctx);
      if (relative) return relative;
    }
  }

  // "komt Ton Wilthagen vandaag ook aan bod?": someone this netwerkdag, said by name, has as no speaker or host, whose name a
  // session of it does say ("een vervolg op het gesprek met Ton Wilthagen"): that session, not the day they spoke.
  const onThisDay = (eventId: number) => sessionsOf(c, eventId).some((s) => s.people.some((p) => q.personIds.includes(p.personId)));
  if (q.personIds.length > 0 && (speaksOfToday(q) || (q.eventIds?.length === 1 && q.eventIds[0] === ctx.event.id)) && !onThisDay(ctx.event.id)) {
    const names = q.personIds.map((id) => c.cat.personById.get(id)).filter((p) => p !== undefined).map((p) => fold(p.name));
    const mentioned = names.filter((n) => sessionsOf(c, ctx.event.id).some((s) => mentionedIn(c.cat, n).has(s.id)));
    if (mentioned.length > 0) q = { ...q, personIds: [], topic: [...new Set([...q.topic, ...mentioned.map((n) => tokens(n).at(-1)!)])] };
  }

  // "jorn koelemaij", "wie is Paul Depla?": who someone is and where they appear.
  const everywhere = q.allEvents || q.wantsList;
  // "wat doet Arjen Gerritsen (vandaag)?" when he is not on this netwerkdag: who he is and where he was.
  // "waar sprak Jorn Koelemaij?", with no day or netwerkdag said, of someone on several netwerkdagen: all of them.
  const onEvent = (eventId: number) => sessionsOf(c, eventId).some((s) => s.people.some((p) => q.personIds.includes(p.personId)));
  const elsewhere = (q.focus === 'what' && !onEvent(ctx.event.id)) ||
    ((q.focus === 'where' || q.focus === 'when') && q.eventIds === null && q.relative === undefined && q.personIds.length > 0 &&
      c.cat.events.filter((e) => onEvent(e.id)).length >= 2);
  if ((q.focus === 'who' || q.focus === 'none' || elsewhere || (q.focus === 'list' && !q.kinds) || (everywhere && q.eventIds === null)) && onlyPeople(q) &&
    (q.relative === undefined || q.relative === 'today')) {
    const person = personAnswer(c, q, ctx, q.personIds);
    if (person) return person;
  }


  // "bij welke netwerkdagen was Platform31 betrokken?", "op welke netwerkdagen ging het over wonen?": every netwerkdag that has it.
  // ("op welke netwerkdagen sprak Sentel over de City Deal?": someone's sessions about it, on each netwerkdag.)
  // ("was Europa er ook bij in Zaanstad en Tilburg of alleen in Haarlem?": each netwerkdag named.)
  const severalNamed = (q.eventIds?.length ?? 0) >= 2;
  if (((q.allEvents && q.eventIds === null) || severalNamed) && (q.topic.length > 0 || q.organisers.length > 0 || q.kinds !== undefined || (severalNamed && q.personIds.length > 0)) && q.time === undefined &&
    q.relative === undefined && q.dayBound === undefined) {
    const across = acrossAnswer(c, q, ctx);
    if (across) return across;
  }

  q = untitledPart(c, q, ctx);
  const first = select(c, q, ctx);
  // "adres stadstheater": words that name the netwerkdag's own venue or title, not a session.
  if (first.sessions.length === 0 && q.topic.length > 0 && q.unknown.length === 0 && q.personIds.length === 0 && q.organisers.length === 0) {
    const event = eventByTopic(c, q, ctx);
    if (event) return eventAnswer(c, q, event, q.focus === 'when' || q.focus === 'who' || q.focus === 'signup' ? q.focus : q.focus === 'where' || q.asks.has('where') ? 'where' : 'what');
  }
  // "waar was het in Oss, stadhuis of zo?": a guess at the kind of building (one the programmes may never name) asks where the netwerkdag was.
  const guessed = [...q.topic, ...q.unknown];
  if ((first.sessions.length === 0 || !first.constrained) && q.focus === 'where' && q.personIds.length === 0 && q.organisers.length === 0 && guessed.length > 0 &&
    guessed.every((w) => inList(c.words.buildingWords, w))) {
    return eventAnswer(c, q, ctx, 'where');
  }
  if (!first.constrained) {
    // Only unknown words ("wie is Piet Paulusma?"): say so rather than answer something broader.
    if (q.unknown.length > 0 && !q.followUp) return { kind: 'notFound', context: ctx, terms: q.unknown };
    return unconstrained(c, q, ctx, conversation);
  }
  // Words nobody's programme has, and nothing but a kind to go on ("blockchain workshop"): nothing fits.
  const strong = q.time !== undefined || q.part !== undefined || q.round !== undefined || q.rooms.length > 0 || q.personIds.length > 0 || q.organisers.length > 0 || q.topic.length > 0;
  if (!strong && q.unknown.length > 0) return { kind: 'notFound', context: ctx, terms: q.unknown };
  // "iets over hittestress of wateroverlast vanmiddag?": what it is to be about is in no programme; the time alone is not what is asked.
  if (q.aboutTopic && q.unknown.length > 0 && q.topic.length === 0 && q.personIds.length === 0 && q.organisers.length === 0 && q.kinds === undefined && q.rooms.length === 0 &&
    !q.followUp) {
    return { kind: 'notFound', context: ctx, terms: q.unknown };
  }
  // "is er een vegan optie bij de lunch?", "wifi gegevens lunch": a word no programme has, said of the lunch, a break or the
  // like, asks what the programme does not say about it (the menu, the wifi), not for the lunch.
  // (Asked where or when, it is the part itself: "wanneer is er eten haha", "waar kan ik koffie krijgen".)
  if (q.unknown.length > 0 && !q.followUp && q.focus !== 'where' && q.focus !== 'when' && (q.part === 'duringLunch' || q.topic.length > 0) && q.topic.every((w) => isFixedPartWord(c, w)) &&
    q.personIds.length === 0 && q.organisers.length === 0 && q.kinds === undefined && q.rooms.length === 0 && q.time === undefined && q.round === undefined &&
    q.unknown.some((w) => w.length >= 4)) {
    return { kind: 'notFound', context: ctx, terms: q.unknown };
  }
  // "iets over cyberaanvallen op gemeenten?": the word that says what it is about is in no programme, and the rest is said of
  // nearly everything ("gemeenten", "steden", "werk"): nothing fits, rather than whatever mentions gemeenten.
  if (q.unknown.length > 0 && !q.followUp && q.topic.length > 0 && q.time === undefined && q.part === undefined && q.round === undefined && q.rooms.length === 0 &&
    q.personIds.length === 0 && q.organisers.length === 0 && q.kinds === undefined && q.topic.every((w) => isCommonWord(c, w) || onlyInPassing(c, w))) {
    return { kind: 'notFound', context: ctx, terms: q.unknown };
  }

  const { selection, context: used } = selectOrWiden(c, q, ctx, first);
  const sessions = selection.sessions;
  // "en waar begon die wandeling?", "waar gaat haar verhaal over": the session the previous answer was about, when it fits.
  // ("wie is er te gast?" after an answer about the pijleroverleg: of the sessions that fit equally, the one talked about.)
  const inConversation = q.followUp || (selection.tie && q.eventIds === null && q.relative === undefined);
  const previous = inConversation && !q.wantsList && sessions.length > 1 ? sessions.find((s) => s.id === conversation.lastSessionId) : undefined;
  if (previous) return sessionsAnswer(c, q, used, [previous], 'ambiguous', null);
  if (onlyRound(q) && ROUND_FOCUS.has(q.focus) && q.part === undefined) {
    const round = roundAnswer(c, q, used, sessions) ?? unorderedRounds(c, used);
    if (round) return round;
  }
  // "wat is er na de lunch?": when that is one round, the round itself.
  const onlyPart = q.part !== undefined && q.topic.length === 0 && q.kinds === undefined && q.organisers.length === 0 && q.personIds.length === 0 && q.rooms.length === 0;
  if (onlyPart && ROUND_FOCUS.has(q.focus) && sessions.length > 0 && sessions.every((s) => s.roundId !== null && s.roundId === sessions[0]!.roundId)) {
    const round = sessions[0]!.round!;
    const inRound = sessionsOf(c, used.event.id).filter((s) => s.roundId === round.id);
    // "wat kan ik doen tijdens de lunch": the things to choose from, not the lunch itself.
    const all = leftAfterExclusion(c, q, used, q.choices && inRound.some((s) => s.kind !== 'lunch') ? inRound.filter((s) => s.kind !== 'lunch') : inRound);
    return { kind: 'round', context: used, rounds: [{ round, day: used.event.days.find((d) => d.id === round.dayId)! }], sessions: all.slice(0, MAX_LIST), total: all.length };
  }
  // "waar was het verhaal van Wilthagen, in het stadhuis?": the person named, when the other words fit none of their sessions.
  if (sessions.length === 0 && q.personIds.length > 0 && q.topic.length > 0) {
    const plain: Question = { ...q, topic: [] };
    const found = selectOrWiden(c, plain, ctx, select(c, plain, ctx));
    if (found.selection.sessions.length > 0) return sessionsAnswer(c, plain, found.context, found.selection.sessions, found.selection.tie ? 'ambiguous' : listReason(plain), q.time ?? null);
  }
  // "waar verzamelen we voor die wandeling tijdens de lunch?": a kind of session and a time name it; the other words
  // (how the asker goes about it) are said of nothing then, and do not make it disappear. A word in no programme at all
  // ("moet ik een paraplu voor die wandeling?") asks what the programme does not say.
  if (sessions.length === 0 && q.kinds !== undefined && (q.time !== undefined || q.part !== undefined) && q.topic.length > 0 && q.unknown.length === 0 &&
    q.personIds.length === 0 && q.organisers.length === 0) {
    const plain: Question = { ...q, topic: [] };
    const found = select(c, plain, used);
    if (found.sessions.length > 0) return sessionsAnswer(c, plain, used, found.sessions, found.tie ? 'ambiguous' : listReason(plain), q.time ?? null);
  }
  if (sessions.length === 0) {
    if (q.time !== undefined || q.part !== undefined) return { kind: 'nothingAt', context: used, at: q.time ?? null, timesUnknown: hasUnknownTimes(c, used) };
    const absent = q.organisers.filter((o) => !organisesOn(c, [o], used.event.id)).map((o) => o.name);
    return { kind: 'notFound', context: used, terms: q.topic.length > 0 ? q.topic : q.unknown, ...(absent.length > 0 ? { absent } : {}) };
  }
  return sessionsAnswer(c, q, used, sessions, selection.tie ? 'ambiguous' : listReason(q), q.time ?? null);
}

/**
 * "wie waren de sprekers bij de opening in Oss?" where no title that day says opening (nor a synonym): the opening is
 * how the day begins. Likewise the end. Words and parts are data (`untitledParts`).
 */
function untitledPart(c: Composer, q: Question, ctx: EventContext): Question {
  if (q.part !== undefined || q.time !== undefined || q.round !== undefined) return q;
  const word = q.topic.find((w) => c.words.untitledParts[w] !== undefined);
  if (word === undefined || q.topic.length > 1) return q;
  const stems = [word, ...(c.words.synonyms[word] ?? [])].map(stemOf);
  const day = ctx.day ?? (ctx.event.days.length === 1 ? ctx.event.days[0]! : null);
  if (day === null) return q;
  const titled = sessionsOf(c, ctx.event.id, day).some((s) => termsOf(s.title).some((t) => stems.some((st) => t.startsWith(st))));
  return titled ? q : { ...q, topic: [], part: c.words.untitledParts[word] };
}

function hasUnknownTimes(c: Composer, ctx: EventContext): boolean {
  return sessionsOf(c, ctx.event.id, ctx.day).some((s) => s.start === null);
}

/** Which sessions a text names, best first (for "meld me aan voor …"). */
export function findSessions(c: Composer, q: Question, ctx: EventContext): { context: EventContext; sessions: Session[] } {
  const first = select(c, q, ctx);
  if (!first.constrained) return { context: ctx, sessions: [] };
  const { selection, context } = selectOrWiden(c, q, ctx, first);
  return { context, sessions: selection.sessions };
}

export { weekdayOf };
