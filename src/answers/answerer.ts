/**
 * Resolves a parsed question against the programme store and composes the
 * Answer: picks the netwerkdag (named, the conversation's, today's, the next,
 * else the most recent), narrows sessions by time, round, kind, room, person,
 * organiser and topic, and decides between one session, a list, an overview
 * or a plain "not found". Never invents: what the store lacks stays unknown.
 */
import type { DateTime } from 'luxon';
import { localDateTime, type Clock } from '../clock';
import type { ProgrammeStore } from '../programme/store';
import type { EventDay, NetworkEvent, Round, SessionDetails, SessionPerson } from '../programme/types';
import { timeRefusal } from '../signups/rules';
import { CatalogueCache, type Catalogue } from './catalogue';
import { stem, tokens } from './normalize';
import { dateRegex, parseQuestion, type Question } from './parse';
import type {
  Answer, AnswerContext, DayTimes, EventChoice, EventContext, PersonOnProgramme, PersonProfile, SessionMatch, SessionsReason, SignupState,
} from './types';

/** How many sessions an ambiguous answer shows before asking to be more precise. */
export const MAX_AMBIGUOUS = 5;
/** How many sessions a list answer shows. */
export const MAX_LIST = 12;
/** How many people one who-is answer describes ("wie is Wienen" may name more than one). */
export const MAX_PEOPLE = 3;

/** Questions about a round as such ("hoe laat is ronde 2", "wat is er in ronde 1") get the round first. */
const ROUND_FOCUS = new Set<Question['focus']>(['when', 'list', 'what', 'none']);

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
}

function isoDate(dt: DateTime): string {
  return dt.toISODate()!;
}

function weekdayOf(date: string): number {
  return localDateTime(date, '12:00').weekday;
}

function runsAt(s: Session, t: string): boolean {
  if (s.start === null) return false;
  if (s.end === null) return s.start === t;
  return s.start <= t && t < s.end;
}

/** Whether nothing but round words narrowed the question. */
function onlyRound(q: Question): boolean {
  return q.round !== undefined && q.time === undefined && q.kinds === undefined && q.rooms.length === 0 &&
    q.personIds.length === 0 && q.organisers.length === 0 && q.topic.length === 0;
}

/** Whether the question names people and nothing else to narrow by ("wie is Paul Depla?"). */
function onlyPeople(q: Question): boolean {
  return q.personIds.length > 0 && q.round === undefined && q.time === undefined && q.kinds === undefined &&
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

function roundNumber(r: Round): number | null {
  const m = r.code.match(/ronde-?(\d+)$/);
  return m ? Number(m[1]) : null;
}

export class Answerer {
  private readonly catalogue: CatalogueCache;
  /** The catalogue of the question being answered (answering is synchronous, so one at a time). */
  private cat!: Catalogue;

  constructor(
    private readonly store: ProgrammeStore,
    private readonly clock: Clock,
  ) {
    this.catalogue = new CatalogueCache(store);
  }

  /** Answers one question in the conversation's context. */
  answer(text: string, context: AnswerContext = {}): Answer {
    const cat = (this.cat = this.catalogue.get());
    if (cat.events.length === 0) return { kind: 'noEvents' };
    const now = this.clock();
    const q = parseQuestion(text, cat, now.year);
    if (!q.understood) return { kind: 'unclear' };

    const ctx = this.chooseEvent(q, context, cat, now);
    // In "kan ik me nu nog aanmelden?" the "nu" means "still", not "what runs now".
    const stillAsking = q.relative === 'now' && q.focus === 'signup';
    if ((q.relative === 'now' && !stillAsking) || q.relative === 'soon' || q.relative === 'today') {
      const relative = this.relativeAnswer(q, ctx, cat, now);
      if (relative) return relative;
    }

    if (q.focus === 'who' && onlyPeople(q)) {
      const person = this.personAnswer(q, ctx, cat, now);
      if (person) return person;
    }

    const first = this.select(q, ctx);
    if (!first.constrained) {
      // Only unknown words ("wie is Piet Paulusma?"): say so rather than answer something broader.
      if (q.unknown.length > 0 && !q.followUp) return { kind: 'notFound', context: ctx, terms: q.unknown };
      return this.unconstrained(q, ctx, context, now);
    }

    const { selection, context: used } = this.selectOrWiden(q, ctx, first, cat, now);
    const sessions = selection.sessions;
    if (onlyRound(q) && ROUND_FOCUS.has(q.focus)) {
      const round = this.roundAnswer(q, used, sessions);
      if (round) return round;
    }
    if (sessions.length === 0) {
      if (q.time !== undefined) return { kind: 'nothingAt', context: used, at: q.time, timesUnknown: this.hasUnknownTimes(used) };
      return { kind: 'notFound', context: used, terms: q.topic };
    }
    return this.sessionsAnswer(q, used, sessions, selection.tie ? 'ambiguous' : this.listReason(q), q.time ?? null, now);
  }

  /**
   * The reusable resolver: which sessions does this text name? For sign-up
   * commands ("meld me aan voor Netneutraal bouwen"). Best first; `unique`
   * when exactly one fits.
   */
  findSessions(text: string, options: { eventId?: number } = {}): SessionMatch {
    const cat = (this.cat = this.catalogue.get());
    if (cat.events.length === 0) return { kind: 'none', context: null };
    const now = this.clock();
    const q = parseQuestion(text, cat, now.year);
    const ctx = this.chooseEvent(q, { lastEventId: options.eventId }, cat, now);
    const first = this.select(q, ctx);
    if (!first.constrained) return { kind: 'none', context: ctx };
    const { selection, context: used } = this.selectOrWiden(q, ctx, first, cat, now);
    const sessions = selection.sessions;
    if (sessions.length === 0) return { kind: 'none', context: used };
    return { kind: 'found', context: used, sessions: sessions.slice(0, MAX_LIST), unique: sessions.length === 1 };
  }

  /**
   * The netwerkdag a command is about ("aanmelden", "aanmelden zoetermeer"):
   * the one the text names, else the same default a question gets. Null when
   * the text has words but names no netwerkdag, so the caller can say so.
   */
  resolveEvent(text: string, context: AnswerContext = {}): EventContext | null {
    const cat = this.catalogue.get();
    if (cat.events.length === 0) return null;
    const now = this.clock();
    const q = parseQuestion(text, cat, now.year);
    if (text.trim() !== '' && (q.eventIds === null || q.eventIds.length === 0)) return null;
    return this.chooseEvent(q, context, cat, now);
  }

  /**
   * When the question named no netwerkdag and the default one has nothing (or
   * only a partial topic match), the nearest netwerkdag that fits is used.
   */
  private selectOrWiden(q: Question, ctx: EventContext, first: Selection, cat: Catalogue, now: DateTime): { selection: Selection; context: EventContext } {
    const needsWider = first.sessions.length === 0 || first.weak;
    if (!needsWider || q.eventIds !== null || first.local) return { selection: first, context: ctx };
    for (const other of this.otherEvents(cat, ctx.event.id, now)) {
      const otherCtx: EventContext = { event: other, choice: 'found', day: null };
      const found = this.select(q, otherCtx);
      if (found.sessions.length > 0 && (!found.weak || first.sessions.length === 0)) return { selection: found, context: otherCtx };
    }
    return { selection: first, context: ctx };
  }

  private chooseEvent(q: Question, context: AnswerContext, cat: Catalogue, now: DateTime): EventContext {
    const today = isoDate(now);
    const named = q.eventIds !== null && q.eventIds.length > 0;
    let pool = named ? cat.events.filter((e) => q.eventIds!.includes(e.id)) : cat.events;
    if (!named && q.dayNumber !== undefined && q.dayNumber > 1) {
      const long = pool.filter((e) => e.days.length >= q.dayNumber!);
      if (long.length > 0) pool = long;
    }
    if (!named && q.weekday !== undefined) {
      const withDay = pool.filter((e) => e.days.some((d) => weekdayOf(d.date) === q.weekday));
      if (withDay.length > 0) pool = withDay;
    }
    let event: NetworkEvent | undefined;
    let choice: EventChoice = 'named';
    const last = context.lastEventId !== undefined ? pool.find((e) => e.id === context.lastEventId) : undefined;
    const todays = pool.find((e) => e.days.some((d) => d.date === today));
    const upcoming = pool.find((e) => e.days[0]!.date > today);
    const recent = [...pool].reverse().find((e) => e.days.at(-1)!.date < today);
    if (named && pool.length === 1) event = pool[0];
    else if (last) [event, choice] = [last, named ? 'named' : 'conversation'];
    else if (todays) [event, choice] = [todays, named ? 'named' : 'today'];
    else if (upcoming) [event, choice] = [upcoming, named ? 'named' : 'upcoming'];
    else [event, choice] = [recent ?? pool.at(-1) ?? cat.events.at(-1)!, named ? 'named' : 'recent'];
    return { event: event!, choice, day: this.chooseDay(q, event!, today) };
  }

  private chooseDay(q: Question, event: NetworkEvent, today: string): EventDay | null {
    if (q.dayNumber !== undefined) return event.days.find((d) => d.dayNumber === q.dayNumber) ?? null;
    for (const date of q.dates) {
      const re = dateRegex(date);
      const day = event.days.find((d) => re.test(d.date));
      if (day) return day;
    }
    if (q.weekday !== undefined) return event.days.find((d) => weekdayOf(d.date) === q.weekday) ?? null;
    if (q.relative) return event.days.find((d) => d.date === today) ?? null;
    return null;
  }

  /** Other netwerkdagen to look in when the default one has nothing: nearest in time first. */
  private otherEvents(cat: Catalogue, exceptId: number, now: DateTime): NetworkEvent[] {
    const today = isoDate(now);
    const distance = (e: NetworkEvent) => Math.abs(Date.parse(e.days[0]!.date) - Date.parse(today));
    return cat.events.filter((e) => e.id !== exceptId).sort((a, b) => distance(a) - distance(b));
  }

  private select(q: Question, ctx: EventContext): Selection {
    const strict = this.selectWith(q, ctx, false);
    // "lobbyagenda zorg en veiligheid": "veiligheid" named a themagroep, but the words fit a session better;
    // "verzamelen voor stadssafari's" is not itself a stadssafari.
    const loosen = (q.organisers.length > 0 && q.organiserWords.length > 0) || q.kinds !== undefined;
    if (strict.sessions.length === 0 && loosen && q.topic.length > 0) {
      const loose = this.selectWith(q, ctx, true);
      if (loose.sessions.length > 0) return loose;
    }
    return strict;
  }

  private selectWith(q: Question, ctx: EventContext, loose: boolean): Selection {
    const eventId = ctx.event.id;
    let list = this.sessionsOf(eventId, ctx.day);
    let constrained = false;
    let local = false;
    let tie = false;
    let weak = false;

    if (q.time !== undefined) {
      constrained = local = true;
      const at = list.filter((s) => runsAt(s, q.time!));
      const real = at.filter((s) => s.kind !== 'overig');
      list = real.length > 0 ? real : at;
    }
    if (q.round) {
      constrained = local = true;
      const ids = this.roundIds(q, ctx);
      list = list.filter((s) => (s.roundId !== null && ids.has(s.roundId)) || (q.round!.duringLunch === true && s.kind === 'lunch'));
    }
    if (q.kinds && !loose) {
      constrained = true;
      let picked = list.filter((s) => q.kinds!.includes(s.kind));
      // Walks are the excursions of a one-day programme.
      if (picked.length === 0 && q.kinds.includes('excursie')) picked = list.filter((s) => s.kind === 'wandeling');
      list = picked;
    }
    if (q.rooms.length > 0) {
      constrained = true;
      list = list.filter((s) => s.room !== null && q.rooms.includes(s.room));
    }
    if (q.personIds.length > 0) {
      constrained = true;
      list = list.filter((s) => s.people.some((p) => q.personIds.includes(p.personId)));
    }
    let topic = q.topic;
    if (q.organisers.length > 0) {
      constrained = true;
      const ids = new Set(q.organisers.map((o) => o.id));
      const organised = list.filter((s) => s.organisers.some((o) => ids.has(o.id)));
      // "veiligheid" names a themagroep but also a topic: when the group has nothing here, search the words.
      if (loose || (organised.length === 0 && q.organiserWords.length > 0 && list.length > 0)) {
        topic = [...new Set([...topic, ...q.organiserWords])];
      } else if (q.focus !== 'list' && topic.length === 0) {
        // "Themagroep Duurzaamheid" asks for the group's own meeting, not every session it co-organises.
        const stems = q.organiserWords.map(stem);
        const own = organised.filter((s) => stems.every((st) => tokens(s.title).some((t) => t.startsWith(st))));
        list = own.length > 0 ? own : organised;
      } else {
        list = organised;
      }
    }
    if (topic.length > 0) {
      constrained = true;
      const ranked = this.rankByTopic(topic, eventId, list);
      list = ranked.sessions;
      tie = ranked.sessions.length > 1;
      weak = ranked.weak;
    }
    return { sessions: list, constrained, tie, local, weak };
  }

  private roundIds(q: Question, ctx: EventContext): Set<number> {
    const rounds = this.roundsOf(ctx.event.id).filter((r) => !ctx.day || r.dayId === ctx.day.id);
    const ref = q.round!;
    if (ref.number !== undefined) {
      const numbered = rounds.filter((r) => roundNumber(r) !== null);
      if (ref.number === -1) {
        const lastNo = Math.max(...numbered.map((r) => roundNumber(r)!));
        return new Set(numbered.filter((r) => roundNumber(r) === lastNo).map((r) => r.id));
      }
      return new Set(numbered.filter((r) => roundNumber(r) === ref.number).map((r) => r.id));
    }
    const lunchRounds = rounds.filter((r) => r.code.includes('lunch'));
    if (ref.duringLunch) return new Set(lunchRounds.map((r) => r.id));
    // "na de lunch": the first round after the lunch round (or after the lunch itself, by clock).
    const lunchRound = lunchRounds[0];
    if (lunchRound) {
      const after = rounds.filter((r) => r.dayId === lunchRound.dayId && r.position > lunchRound.position && !r.code.includes('lunch'));
      return new Set(after.slice(0, 1).map((r) => r.id));
    }
    const lunch = this.sessionsOf(ctx.event.id).find((s) => s.kind === 'lunch' && s.end !== null);
    const after = rounds.filter((r) => lunch && r.dayId === lunch.dayId && r.start !== null && r.start >= lunch.end!);
    return new Set(after.slice(0, 1).map((r) => r.id));
  }

  /** Full-text match over titles and descriptions; keeps the best and those (almost) as good. */
  private rankByTopic(topic: string[], eventId: number, within: Session[]): { sessions: Session[]; weak: boolean } {
    const allowed = new Map(within.map((s) => [s.id, s]));
    const stems = topic.map(stem);
    const sessionHits = (mode: 'AND' | 'OR') =>
      this.store.search(stems, { eventId, mode, limit: 200 }).filter((h) => h.docType === 'session' && allowed.has(h.refId));
    let hits = sessionHits('AND');
    const weak = hits.length === 0 && stems.length > 1;
    if (hits.length === 0) hits = sessionHits('OR');
    if (hits.length === 0) return { sessions: [], weak: false };
    const scored = hits.map((h) => {
      const s = allowed.get(h.refId)!;
      const title = tokens(s.title);
      const inTitle = stems.filter((st) => title.some((t) => t.startsWith(st))).length;
      const titleExact = title.filter((t) => !['de', 'het', 'een', 'en', 'van'].includes(t)).length;
      return { s, inTitle, score: -h.rank, titleExact };
    });
    scored.sort((a, b) => b.inTitle - a.inTitle || b.score - a.score);
    const best = scored[0]!;
    // Equally good title matches are all shown; without a title match, only the strongest text matches.
    let kept = scored.filter((x) => x.inTitle === best.inTitle && (best.inTitle > 0 || x.score >= best.score * 0.75));
    // Walking between rooms is never what someone asks about when a real session also fits.
    if (kept.some((x) => x.s.kind !== 'overig')) kept = kept.filter((x) => x.s.kind !== 'overig');
    // A title that is nothing but the asked words ("Lunch", "Financiën") beats longer titles that contain them.
    const whole = kept.filter((x) => x.inTitle > 0 && x.titleExact === x.inTitle);
    return { sessions: (whole.length === 1 ? whole : kept).map((x) => x.s), weak };
  }

  /** The round itself (name, time, note) and then its sessions. */
  private roundAnswer(q: Question, ctx: EventContext, sessions: Session[]): Answer | null {
    const ids = this.roundIds(q, ctx);
    const rounds = this.roundsOf(ctx.event.id)
      .filter((r) => ids.has(r.id))
      .map((round) => ({ round, day: ctx.event.days.find((d) => d.id === round.dayId)! }));
    if (rounds.length === 0) return null;
    return { kind: 'round', context: ctx, rounds, sessions: sessions.slice(0, MAX_LIST), total: sessions.length };
  }

  /**
   * Who someone is, as the programme says it: every function and role given
   * with their name, and the sessions they are in, per netwerkdag. When the
   * default netwerkdag does not have them, the nearest one that does is named.
   */
  private personAnswer(q: Question, ctx: EventContext, cat: Catalogue, now: DateTime): Answer | null {
    const scope = q.eventIds !== null ? cat.events.filter((e) => q.eventIds!.includes(e.id)) : cat.events;
    const withThem = (e: NetworkEvent) => this.sessionsOf(e.id).some((s) => s.people.some((p) => q.personIds.includes(p.personId)));
    let context = ctx;
    if (!withThem(ctx.event)) {
      const nearest = this.otherEvents(cat, ctx.event.id, now).find((e) => scope.includes(e) && withThem(e));
      if (!nearest) return null;
      context = { event: nearest, choice: q.eventIds !== null ? 'named' : 'found', day: null };
    }
    // The asked-about netwerkdag first, then the others from the newest back.
    const ordered = [context.event, ...[...scope].reverse().filter((e) => e.id !== context.event.id)];
    const people: PersonProfile[] = [];
    for (const personId of q.personIds.slice(0, MAX_PEOPLE)) {
      const appearances = ordered
        .map((event) => ({ event, sessions: this.sessionsOf(event.id).filter((s) => s.people.some((p) => p.personId === personId)) }))
        .filter((a) => a.sessions.length > 0);
      const mentions = appearances.flatMap((a) => a.sessions.flatMap((s) => s.people.filter((p) => p.personId === personId)));
      if (mentions.length === 0) continue;
      people.push({
        personId,
        name: mentions[0]!.name,
        functions: [...new Set(mentions.map((p) => p.function).filter((f): f is string => f !== null))],
        roles: [...new Set(mentions.map((p) => p.role))],
        appearances,
      });
    }
    if (people.length === 0) return null;
    return { kind: 'person', context, people };
  }

  private listReason(q: Question): SessionsReason {
    if (q.time !== undefined) return 'at';
    return 'list';
  }

  private sessionsAnswer(q: Question, ctx: EventContext, sessions: Session[], reason: SessionsReason, at: string | null, now: DateTime): Answer {
    if (sessions.length === 1) {
      const session = sessions[0]!;
      return { kind: 'session', context: ctx, focus: q.focus, session, signup: this.sessionSignupState(session, now) };
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
      signups: q.asks.has('signup') ? shown.map((s) => this.sessionSignupState(s, now)) : null,
      current: [],
      people: q.focus === 'who' ? shown.map(castOf) : null,
    };
  }

  private relativeAnswer(q: Question, ctx: EventContext, cat: Catalogue, now: DateTime): Answer | null {
    const today = isoDate(now);
    const todays = cat.events.find((e) => e.days.some((d) => d.date === today) && (q.eventIds === null || q.eventIds.includes(e.id)));
    if (!todays) return { kind: 'notToday', today, context: ctx };
    const day = todays.days.find((d) => d.date === today)!;
    const used: EventContext = { event: todays, choice: q.eventIds ? 'named' : 'today', day };
    if (q.relative === 'today' && q.topic.length === 0 && q.personIds.length === 0 && q.organisers.length === 0) {
      return this.programme(used);
    }
    if (q.relative === 'today') return null;
    const t = now.toFormat('HH:mm');
    const sessions = this.sessionsOf(todays.id, day);
    const running = sessions.filter((s) => runsAt(s, t) && s.kind !== 'overig');
    if (q.relative === 'now' && running.length > 0) return this.listAnswer(this.sessionsAnswer(q, used, running, 'now', t, now), 'now', [], t);
    const later = sessions.filter((s) => s.start !== null && s.start > t);
    if (later.length === 0) return { kind: 'nothingAt', context: used, at: t, timesUnknown: sessions.some((s) => s.start === null) };
    const next = later.reduce((m, s) => (s.start! < m ? s.start! : m), later[0]!.start!);
    const starting = later.filter((s) => s.start === next);
    return this.listAnswer(this.sessionsAnswer(q, used, starting, 'next', t, now), 'next', running, t);
  }

  /** "Now" and "next" keep the list form even for one session, so the reply says which of the two it is. */
  private listAnswer(answer: Answer, reason: 'now' | 'next', current: Session[], at: string): Answer {
    if (answer.kind === 'sessions') return { ...answer, current };
    if (answer.kind !== 'session') return answer;
    const people = answer.focus === 'who' ? [castOf(answer.session)] : null;
    return { kind: 'sessions', context: answer.context, focus: answer.focus, reason, sessions: [answer.session], total: 1, at, signups: null, current, people };
  }

  private unconstrained(q: Question, ctx: EventContext, context: AnswerContext, now: DateTime): Answer {
    if (q.followUp && context.lastSessionId !== undefined && q.eventIds === null) {
      const last = this.sessionsOf(ctx.event.id).find((s) => s.id === context.lastSessionId);
      if (last && last.eventId === ctx.event.id) {
        return this.sessionsAnswer(q, ctx, [last], 'list', null, now);
      }
    }
    const signup = this.signupState(ctx.event, now, true);
    switch (q.focus) {
      case 'programme':
      case 'list':
        return this.programme(ctx);
      case 'where':
      case 'when':
      case 'who':
      case 'signup':
        return {
          kind: 'event',
          context: ctx,
          focus: q.focus,
          signup,
          times: this.dayTimes(ctx),
          people: q.focus === 'who' ? this.people(ctx, q) : [],
          roles: q.roles,
        };
      default:
        return { kind: 'event', context: ctx, focus: 'what', signup, times: this.dayTimes(ctx), people: [], roles: [] };
    }
  }

  /** The `programma` command: the overview of the netwerkdag (and day) the text names, else the default one. */
  overview(text: string, context: AnswerContext = {}): Answer {
    const cat = (this.cat = this.catalogue.get());
    if (cat.events.length === 0) return { kind: 'noEvents' };
    const now = this.clock();
    const q = parseQuestion(text, cat, now.year);
    return this.programme(this.chooseEvent(q, context, cat, now));
  }

  programme(ctx: EventContext): Answer {
    const days = (ctx.day ? [ctx.day] : ctx.event.days).map((day) => ({
      day,
      rounds: this.roundsOf(ctx.event.id).filter((r) => r.dayId === day.id),
      sessions: this.sessionsOf(ctx.event.id, day),
    }));
    return { kind: 'programme', context: ctx, days };
  }

  private dayTimes(ctx: EventContext): DayTimes[] {
    return (ctx.day ? [ctx.day] : ctx.event.days).map((day) => {
      const sessions = this.sessionsOf(ctx.event.id, day);
      const starts = sessions.map((s) => s.start).filter((x): x is string => x !== null).sort();
      const ends = sessions.map((s) => s.end ?? s.start).filter((x): x is string => x !== null).sort();
      return { day, start: starts[0] ?? null, end: ends.at(-1) ?? null, unknownTimes: sessions.filter((s) => s.start === null).length };
    });
  }

  private people(ctx: EventContext, q: Question): PersonOnProgramme[] {
    const sessions = this.sessionsOf(ctx.event.id, ctx.day);
    const out: PersonOnProgramme[] = [];
    for (const s of sessions) {
      for (const p of s.people) {
        if (q.roles.length > 0 && !q.roles.includes(p.role)) continue;
        if (p.role === 'contact') continue;
        out.push({ name: p.name, role: p.role, function: p.function, sessionTitle: s.title });
      }
    }
    return out;
  }

  private hasUnknownTimes(ctx: EventContext): boolean {
    return this.sessionsOf(ctx.event.id, ctx.day).some((s) => s.start === null);
  }

  private sessionsOf(eventId: number, day?: EventDay | null): Session[] {
    const all = this.cat.sessions.get(eventId) ?? [];
    return day ? all.filter((s) => s.dayId === day.id) : all;
  }

  private roundsOf(eventId: number): Round[] {
    return this.cat.rounds.get(eventId) ?? [];
  }

  /** Sign-up is for days still to come, while registration is open, and only for parts that take sign-ups. */
  signupState(event: NetworkEvent, now: DateTime, signupEnabled: boolean): SignupState {
    if (!event.registrationOpen) return 'closed';
    if (event.days.at(-1)!.date < isoDate(now)) return 'past';
    return signupEnabled ? 'open' : 'notNeeded';
  }

  /** The same for one session, with the sign-up rules' own clock: its day over, or the session begun. */
  private sessionSignupState(s: Session, now: DateTime): SignupState {
    if (!s.event.registrationOpen) return 'closed';
    const time = timeRefusal(s, now);
    if (time === 'past') return 'past';
    if (!s.signupEnabled) return 'notNeeded';
    return time ?? 'open';
  }
}
