/**
 * Answers Dutch questions about the programme as a pipeline, one file per
 * step: understand (text → Question) → chooseEvent (which netwerkdag) →
 * retrieve (ranked facts) → compose (the Answer by what was asked). This
 * class only holds what the steps are given: the programme snapshot (rebuilt
 * when the store changes), the clock, the language data, and the sign-up
 * rules' availability (src/signups/rules.ts, the one rule).
 */
import type { Clock } from '../clock';
import type { ProgrammeStore } from '../programme/store';
import type { SessionDetails } from '../programme/types';
import { CatalogueCache, type Catalogue } from './catalogue';
import { chooseEvent, pickByTime } from './chooseEvent';
import { availability, eventAvailability } from '../signups/rules';
import { compose, exceptionDescribesFound, findSessions, programme, type Composer } from './compose';
import type { Answer, AnswerContext, EventContext, SessionMatch } from './types';
import { tokens } from './normalize';
import { leadInSentences, organiserReference, understand } from './understand';
import { fold } from './normalize';
import { WORDS, type Words } from './words';

export { MAX_AMBIGUOUS, MAX_LIST, MAX_PEOPLE } from './compose';

export class Answerer {
  private readonly catalogue: CatalogueCache;

  constructor(
    store: ProgrammeStore,
    private readonly clock: Clock,
    private readonly words: Words = WORDS,
  ) {
    this.catalogue = new CatalogueCache(store);
  }

  private composer(cat: Catalogue): Composer {
    // Whether one can sign up is the sign-up rules' own answer, so an answer never says "je kunt je aanmelden" where the button refuses.
    return {
      cat,
      words: this.words,
      now: this.clock(),
      availability: (session, now) => availability(session, session.event, now),
      eventAvailability,
    };
  }

  /** Answers one question in the conversation's context. */
  answer(text: string, context: AnswerContext = {}): Answer {
    const whole = this.answerMessage(text, context);
    // "Ik schrijf voor de Haagsche Courant. Welke burgemeesters …?": when the whole message finds nothing, the question
    // alone, without the sentences before it that say who asks (when that does find something).
    if (whole.kind === 'notFound' || whole.kind === 'unknownName' || whole.kind === 'noEventIn') {
      const split = leadInSentences(text, this.words);
      const alone = split ? this.answerMessage(split.asked, context) : null;
      if (alone && !['notFound', 'unknownName', 'noEventIn', 'unclear', 'social'].includes(alone.kind)) return alone;
    }
    return whole;
  }

  private answerMessage(text: string, context: AnswerContext): Answer {
    const cat = this.catalogue.get();
    if (cat.events.length === 0) return { kind: 'noEvents' };
    const c = this.composer(cat);
    let q = understand(text, cat, this.words);
    // "Wat organiseert de themagroep Veiligheid vandaag?" — "En wat deed de themagroep in Tilburg?": that themagroep, as if named
    // (the one the previous question named, else the one behind the session last shown).
    const reference = organiserReference(text, this.words);
    let resolved: string | undefined;
    if (reference && !q.organisers.some((o) => o.kind === reference.kind) && (context.lastQuestion || context.lastSessionId !== undefined)) {
      const named = context.lastQuestion ? understand(context.lastQuestion, cat, this.words).organisers.filter((o) => o.kind === reference.kind) : [];
      const behind = context.lastSessionId !== undefined ? cat.sessionById.get(context.lastSessionId)?.organisers.filter((o) => o.kind === reference.kind) ?? [] : [];
      const meant = named.length === 1 ? named[0]! : named.length === 0 && behind.length === 1 ? behind[0]! : null;
      if (meant) {
        // ("die themagroep" is then no longer a pointer back: "de".)
        resolved = text.replace(reference.said, `${['die', 'deze', 'dezelfde'].includes(fold(reference.determiner)) ? 'de' : reference.determiner} ${meant.name}`);
        q = understand(resolved, cat, this.words);
      }
    }
    if (q.excluding && exceptionDescribesFound(c, q, chooseEvent(q, context.lastEventId, cat, c.now))) q = q.excluding.whole;
    if (!q.understood) return { kind: 'unclear', english: q.english };
    // "wanneer was de vorige netwerkdag?", "wat was er vorig jaar over wonen": the netwerkdagen picked by time, as if named.
    const picked = pickByTime(q, cat, c.now);
    if (picked !== null && picked.length === 0) return { kind: 'events', events: [], past: 0, upcoming: [] };
    if (picked !== null) q = { ...q, eventIds: picked };
    let repeats: string | undefined;
    // "en in Oss?", "en op dag 2?": the previous question, about the netwerkdag or day now named.
    if (q.onlyEvent && context.lastQuestion) {
      const previous = understand(context.lastQuestion, cat, this.words);
      if (previous.understood && !previous.social && !previous.onlyEvent) {
        // "en vandaag?": today's netwerkdag, not the one the previous question named.
        const eventIds = q.eventIds ?? (q.relative === 'today' ? null : previous.eventIds);
        // "en hoe laat?" was itself about the session of the answer before: "en in Haarlem?" asks it of that session's
        // counterpart there (the same organisers, else the same title words).
        const bare = previous.topic.length === 0 && previous.organisers.length === 0 && previous.personIds.length === 0 && previous.functions.length === 0 &&
          previous.kinds === undefined && previous.round === undefined && previous.time === undefined && previous.part === undefined;
        const last = bare && context.lastSessionId !== undefined ? cat.sessionById.get(context.lastSessionId) : undefined;
        if (last) {
          const own = last.organisers.filter((o) => o.kind === 'themagroep' || o.kind === 'pijler');
          const subject = own.length > 0
            ? { organisers: own, organiserWords: own.flatMap((o) => tokens(o.name)).filter((w) => !this.words.stopwords.has(w)) }
            : { topic: tokens(last.title).filter((w) => !this.words.stopwords.has(w) && w.length >= 3) };
          Object.assign(previous, subject);
        }
        // "vandaag" of the previous question does not hold for the netwerkdag now named ("wat doet X vandaag?" — "en in Oss?").
        const relative = q.relative ?? (q.eventIds !== null ? undefined : previous.relative);
        q = { ...previous, eventIds, relative, dayNumber: q.dayNumber, weekday: q.weekday, dates: q.dates, english: q.english };
        repeats = context.lastQuestion;
      }
    }
    // "en in de eerste?", "en ronde 3?" after a question about a round (or "en de tweede?" after one about a day):
    // the previous question, about that round or day.
    if (!repeats && q.onlyRound && context.lastQuestion) {
      const previous = understand(context.lastQuestion, cat, this.words);
      const number = q.round?.number ?? q.bareOrdinal;
      const counted = previous.round !== undefined ? 'round' : previous.dayNumber !== undefined && q.round === undefined ? 'day' : null;
      if (previous.understood && !previous.social && number !== undefined && counted !== null) {
        q = counted === 'round' ? { ...previous, round: { number }, english: q.english } : { ...previous, dayNumber: number, english: q.english };
        repeats = context.lastQuestion;
      }
    }
    // "en de tweede?" after a list that was not of rounds or days: that session of the list; "wie leidt de eerste?",
    // "waar is de derde?": that session, asked that way.
    const askedOfOne = (q.focus === 'who' || q.focus === 'where' || q.focus === 'when') && q.topic.length === 0 && q.unknown.length === 0 &&
      q.organisers.length === 0 && q.personIds.length === 0 && q.eventIds === null && q.round === undefined && q.time === undefined && q.part === undefined;
    const item = !repeats && q.bareOrdinal !== undefined && (q.onlyRound || askedOfOne) ? context.lastListIds?.[q.bareOrdinal - 1] : undefined;
    if (item !== undefined && cat.sessionById.has(item)) {
      q = { ...q, bareOrdinal: undefined, onlyRound: false, followUp: true, focus: q.onlyRound ? 'what' : q.focus };
      context = { ...context, lastSessionId: item };
    }
    // An ordinal with nothing it could count ("de tweede?" out of the blue).
    if (!repeats && q.bareOrdinal !== undefined && q.onlyRound) return { kind: 'unclear', english: q.english };
    // "hoe laat?", "waar?" after an answer about several sessions or a round: the previous question, asked that way.
    // ("begintijd?", "hoe laat gaan die van start": the start of what was listed, not of the day.)
    const bareAsk = (q.focus === 'when' || q.focus === 'where' || q.focus === 'who') && (q.pointsBack || q.followUp) && q.topic.length === 0 && q.unknown.length === 0 &&
      q.organisers.length === 0 && q.personIds.length === 0 && q.functions.length === 0 && q.eventIds === null && q.kinds === undefined && q.round === undefined &&
      q.time === undefined && q.part === undefined && q.relative === undefined;
    if (!repeats && bareAsk && context.lastSessionId === undefined && context.lastQuestion) {
      const previous = understand(context.lastQuestion, cat, this.words);
      const subject = previous.topic.length > 0 || previous.organisers.length > 0 || previous.round !== undefined || previous.kinds !== undefined || previous.organiserKind !== undefined ||
        previous.part !== undefined;
      if (previous.understood && !previous.social && subject && previous.events === null) {
        q = { ...previous, focus: q.focus, asks: q.asks, wantsList: false, english: q.english };
        repeats = context.lastQuestion;
      }
    }
    const ctx = chooseEvent(q, context.lastEventId, cat, c.now);
    // "welke daarvan gaan over wonen": among what was just listed.
    const among = q.ofPrevious && !repeats && (context.lastListIds?.length ?? 0) > 1 ? { ...c, within: new Set(context.lastListIds) } : c;
    // (Remembered with the themagroep named: "en in Oss?" after it asks of that themagroep too.)
    const remembered = repeats ?? resolved;
    return { ...compose(among, q, ctx, context), english: q.english, ...(remembered ? { repeats: remembered } : {}) };
  }

  /**
   * Which sessions does this text name? For sign-up commands ("meld me aan
   * voor Netneutraal bouwen"). Best first; `unique` when exactly one fits.
   */
  findSessions(text: string, options: { eventId?: number } = {}): SessionMatch {
    const cat = this.catalogue.get();
    if (cat.events.length === 0) return { kind: 'none', context: null };
    const c = this.composer(cat);
    const q = understand(text, cat, this.words);
    const found = findSessions(c, q, chooseEvent(q, options.eventId, cat, c.now));
    if (found.sessions.length === 0) return { kind: 'none', context: found.context };
    return { kind: 'found', context: found.context, sessions: found.sessions.slice(0, 12), unique: found.sessions.length === 1 };
  }

  /**
   * The netwerkdag a command is about ("aanmelden", "aanmelden zoetermeer"):
   * the one the text names, else the same default a question gets. Null when
   * the text has words but names no netwerkdag, so the caller can say so.
   */
  resolveEvent(text: string, context: AnswerContext = {}): EventContext | null {
    const cat = this.catalogue.get();
    if (cat.events.length === 0) return null;
    const q = understand(text, cat, this.words);
    if (text.trim() !== '' && (q.eventIds === null || q.eventIds.length === 0)) return null;
    return chooseEvent(q, context.lastEventId, cat, this.clock());
  }

  /** The `programma` command: the overview of the netwerkdag (and day) the text names, else the default one. */
  overview(text: string, context: AnswerContext = {}): Answer {
    const cat = this.catalogue.get();
    if (cat.events.length === 0) return { kind: 'noEvents' };
    const c = this.composer(cat);
    const q = understand(text, cat, this.words);
    // "overzicht netwerkdagen": the netwerkdagen themselves, not one programme.
    // "programma Dordrecht": a gemeente where no netwerkdag was held is said so, not answered with another programme.
    // "overzicht van alles wat ZJO heeft georganiseerd": an overview of something in the programme is that question.
    // ("overzicht tweede ronde": that round.)
    const ofSomething = q.organisers.length > 0 || q.personIds.length > 0 || q.topic.length > 0 || q.kinds !== undefined || q.organiserKind !== undefined || q.round !== undefined;
    if (q.events !== null || q.otherCity !== null || ofSomething) return compose(c, q, chooseEvent(q, context.lastEventId, cat, c.now), context);
    return programme(c, chooseEvent(q, context.lastEventId, cat, c.now));
  }

  /** A session as the answers see it, for callers that hold only its id. */
  session(id: number): SessionDetails | undefined {
    return this.catalogue.get().sessionById.get(id);
  }
}
