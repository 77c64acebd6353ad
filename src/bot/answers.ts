/**
 * The answers feature: any text no command took is a programme question;
 * `programma` shows the overview. Parses the text, asks the answerer (one
 * domain call), phrases the Answer as Dutch text plus a card model, and
 * remembers which netwerkdag (and session) the conversation is about.
 */
import { z } from 'zod';
import { answerEnd, MAX_LIST, type Answer, type AnswerContext, type PersonOnProgramme } from '../answers';
import type { NetworkEvent, SessionDetails } from '../programme/types';
import { answers, eventDates, formatDate, timeRange } from '../texts/answers';
import { general } from '../texts/nl';
import { signupTexts } from '../texts/signups';
import { cardAction, type CardAction, type CoreDeps, type Feature } from './core';
import { placeOf, shortDescription, spotOf, venueOf, whenOf } from '../texts/sessionFacts';
import { cardReader, isPersonal, sessionView } from './sessions';
import { cardReply, textReply, type CardModel, type Memory, type Reply, type Request } from './types';

const questionText = z.string().trim().min(1).max(4000);

/** The navigation buttons: a list row, "Andere sessies in deze ronde", "Programma van de dag", "Hulp". */
export const NAV_VERBS = { session: 'nav.session', round: 'nav.round', programme: 'nav.programme', help: 'nav.help' } as const;

const id = z.number().int().positive().max(2 ** 31);
const dayNumber = z.number().int().min(1).max(31);

/** A "wie"-answer names at most this many people; the cards have the rest. */
const MAX_PEOPLE = 20;

function peopleOf(s: SessionDetails): string[] {
  return s.people.filter((p) => p.role !== 'contact').map((p) => answers.personLine(p.name, p.role, p.function));
}

/** One line per person, with every session they are in. */
function groupPeople(people: PersonOnProgramme[]): string[] {
  const byName = new Map<string, { first: PersonOnProgramme; titles: string[] }>();
  for (const p of people) {
    const entry = byName.get(p.name) ?? { first: p, titles: [] };
    if (!entry.titles.includes(p.sessionTitle)) entry.titles.push(p.sessionTitle);
    byName.set(p.name, entry);
  }
  return [...byName.values()]
    .slice(0, MAX_PEOPLE)
    .map(({ first, titles }) => answers.personAt(answers.personLine(first.name, first.role, first.function), titles));
}

/** The round's name when every session in the list is in the same one, so "straks" can say "begint de eerste ronde". */
function sharedRound(sessions: SessionDetails[]): string | null {
  const round = sessions[0]?.round ?? null;
  return round && sessions.every((s) => s.roundId === round.id) ? round.name : null;
}

/** The round first (name, time, note), then the list of its sessions. */
function roundLines(answer: Extract<Answer, { kind: 'round' }>): string[] {
  const multi = answer.context.event.days.length > 1;
  const lines: string[] = [];
  for (const { round, day } of answer.rounds) {
    const dayLabel = multi ? `dag ${day.dayNumber}, ${formatDate(day.date, false)}` : null;
    lines.push(answers.roundWhen(round.name, dayLabel, round.start, round.end));
    if (round.note) lines.push(answers.roundNote(round.note));
  }
  lines.push(answers.roundSessions(answer.total));
  return lines;
}

/** Who someone is (functions, roles), then where they appear per netwerkdag. */
function personLines(answer: Extract<Answer, { kind: 'person' }>): string[] {
  const lines: string[] = [];
  for (const p of answer.people) {
    lines.push(answers.personIs(p.name, p.functions, p.roles.map((r) => answers.role(r))));
    for (const a of p.appearances) lines.push(answers.personIn(`${a.event.title}, ${eventDates(a.event)}`, a.sessions.map((s) => s.title)));
    for (const a of p.mentioned) lines.push(answers.personMentioned(`${a.event.title}, ${eventDates(a.event)}`, a.sessions.map((s) => s.title)));
  }
  return lines;
}

/** The first person's sessions on the netwerkdag the answer is about: what the card shows. */
function personSessionsHere(answer: Extract<Answer, { kind: 'person' }>): SessionDetails[] {
  if (!answer.listed) return answer.people[0]!.appearances[0]!.sessions;
  // Several people ("welke burgemeesters staan er vandaag op het programma"): the sessions of each of them on the netwerkdag
  // asked about, once each, in the programme's order; not only the first person's.
  const here = new Map<number, SessionDetails>();
  for (const p of answer.people) for (const s of p.appearances.find((a) => a.event.id === answer.context.event.id)?.sessions ?? []) here.set(s.id, s);
  const sessions = [...here.values()].sort((a, b) => a.date.localeCompare(b.date) || a.position - b.position);
  return sessions.length > 0 ? sessions : answer.people[0]!.appearances[0]!.sessions;
}

/** Sign-up per listed session: one sentence when they agree, else a label on each line. */
function signupLines(answer: Extract<Answer, { kind: 'sessions' }>): { lines: string[]; labels: string[] | null } {
  const states = answer.signups;
  if (!states || states.length === 0) return { lines: [], labels: null };
  if (states.every((s) => s === states[0])) {
    const lines = [answers.signupAll(states[0]!, states.length, answer.context.event.registrationNote)];
    if (states[0] === 'open') lines.push(...registrationCaveat(answer.context.event));
    return { lines, labels: null };
  }
  return { lines: [answers.signupDiffers], labels: states.map((s) => answers.signupLabel[s]) };
}

/** Where the programme says nothing about registration, the bot says its sign-up is its own setting. */
function registrationCaveat(event: NetworkEvent): string[] {
  return event.registrationStated === 'unknown' && event.registrationOpen ? [answers.registrationBySetting] : [];
}

/** Who is on the programme per listed session, for a who-question: one compact block. */
function castLines(answer: Extract<Answer, { kind: 'sessions' }>): string[] {
  if (!answer.people) return [];
  return [answers.castList(answer.sessions.map((s, i) => answers.castLine(s.title, answer.people![i]!.map((p) => answers.personLine(p.name, p.role, p.function)))))];
}

function sessionSentence(answer: Extract<Answer, { kind: 'session' }>): string[] {
  const s = answer.session;
  const lines: string[] = [];
  switch (answer.focus) {
    case 'who':
      lines.push(answers.who(s.title, peopleOf(s)));
      // No names: who is behind it, as far as the programme says (its organisers, and notes such as "verzorgd door Platform31").
      if (s.people.length === 0) {
        if (s.organisers.length > 0) lines.push(answers.organisedBy(s.title, s.organisers.map((o) => o.name)));
        lines.push(...s.notes);
      }
      break;
    case 'round':
      lines.push(answers.inRound(s.title, s.round?.name ?? null, s.round ? whenOf(s).split(', ').slice(1).join(', ') || null : null));
      break;
    case 'organiser':
      lines.push(answers.organisedBy(s.title, s.organisers.map((o) => o.name)));
      break;
    case 'where':
      // Without any place, "niet bekend" would contradict the notes that follow: they are introduced instead.
      if (answer.placeNotes && !spotOf(s) && !venueOf(s)) lines.push(answers.whereFromNotes(s.title));
      else lines.push(answers.where(s.title, spotOf(s), venueOf(s)));
      lines.push(...(answer.placeNotes ?? []));
      if (s.inferred.room) lines.push(answers.caveat(s.inferred.room));
      break;
    case 'when':
      lines.push(answers.when(s.title, formatDate(s.date), s.start ? whenOf(s).split(', ').slice(1).join(', ') : null, s.round?.name ?? null));
      break;
    case 'signup':
      if (answer.cancel) {
        lines.push(answers.cancelHow(s.title));
        break;
      }
      lines.push(answers.signup(answer.signup, s.title, s.event.registrationNote));
      if (answer.signup === 'open') lines.push(...registrationCaveat(s.event));
      break;
    case 'what':
      lines.push(answers.what(s.title, shortDescription(s.description, 300)));
      break;
    default:
      lines.push(answers.session(s.title));
  }
  // The sentence that holds what was asked, unless the reply or the card's excerpt of the description already shows it.
  const shown = [...lines, shortDescription(s.description).replace(/…$/, '')].join(' ');
  if (answer.passage && !shown.includes(answer.passage)) lines.push(answers.passage(answer.passage));
  if (s.status === 'vervalt') lines.push(answers.cancelled(s.title));
  return lines;
}

/** Turns an answer into the reply: a short text and, where it helps, one card. */
export function answerReply(answer: Answer, readerId: string | null, deps: CoreDeps): Reply {
  const lines: string[] = [];
  let cardJson: CardModel | null = null;
  const sessionCard = (details: SessionDetails): CardModel => ({ card: 'session', session: sessionView(details, readerId, deps), notice: null });
  const listCard = (title: string, sessions: SessionDetails[], footer: string | null = null, labels: string[] | null = null): CardModel => ({
    card: 'sessionList',
    title,
    sessions,
    footer,
    labels,
  });
  if (answer.english) lines.push(answers.english);
  if ('context' in answer) {
    const c = answer.context;
    lines.push(answers.eventLine(c.event, c.choice, c.day && c.event.days.length > 1 ? c.day.dayNumber : null));
  }
  switch (answer.kind) {
    case 'session':
      lines.push(...sessionSentence(answer));
      cardJson = sessionCard(answer.session);
      break;
    case 'sessions': {
      const first = answer.sessions[0]!;
      const intro =
        answer.reason === 'ambiguous'
          ? answers.ambiguous(answer.total)
          : answer.reason === 'at'
            ? answers.at(answer.at!, answer.total)
            : answer.reason === 'from'
              ? answers.from(answer.at!, answer.total)
            : answer.reason === 'window' && answer.to
              ? answers.window(answer.at!, answer.to, answer.total)
            : answer.reason === 'until'
              ? answers.until(answer.at!, answer.total)
            : answer.reason === 'now'
              ? answers.now(answer.at!, answer.sessions.length === 1 ? answers.currentItem(first.title, first.end) : null)
              : answer.reason === 'next'
                ? answers.next(answer.at!, first.start!, answer.current.map((s) => answers.currentItem(s.title, s.end)), sharedRound(answer.sessions))
                : answer.people
                  ? answers.castIntro(answer.total)
                  : answers.listed(answer.total);
      lines.push(intro, ...castLines(answer));
      const signup = signupLines(answer);
      lines.push(...signup.lines);
      const footer = answer.total > answer.sessions.length ? answers.more(answer.sessions.length, answer.total) : null;
      // What runs now or comes next, when that is one session: its own card, as one session has everywhere else.
      const one = (answer.reason === 'now' || answer.reason === 'next') && answer.sessions.length === 1 && answer.total === 1;
      cardJson = one ? sessionCard(first) : listCard(answers.listTitle, answer.sessions, footer, signup.labels);
      break;
    }
    case 'round': {
      lines.push(...roundLines(answer));
      const only = answer.rounds.length === 1 ? answer.rounds[0]!.round : null;
      const title = only ? answers.roundLine(only.name, timeRange(only.start, only.end) ?? answers.noTimeKnown) : answers.listTitle;
      const footer = answer.total > answer.sessions.length ? answers.more(answer.sessions.length, answer.total) : null;
      if (answer.sessions.length > 0) cardJson = listCard(title, answer.sessions, footer);
      break;
    }
    case 'person': {
      lines.push(...personLines(answer));
      const here = personSessionsHere(answer);
      cardJson = here.length === 1 ? sessionCard(here[0]!) : listCard(answers.listTitle, here);
      break;
    }
    case 'programme':
      cardJson = { card: 'programme', event: answer.context.event, days: answer.days };
      break;
    case 'event': {
      const e = answer.context.event;
      const dayLabel = (date: string) => formatDate(date);
      if (answer.focus === 'where') {
        for (const d of answer.context.day ? [answer.context.day] : e.days) lines.push(answers.eventWhere(dayLabel(d.date), d.venue, d.address, e.city));
      } else if (answer.focus === 'when' && answer.bound) {
        const proper = answer.properStart;
        for (const t of answer.times) {
          // A day that opens with a walk-in: both times, and the card of what the programme proper begins with.
          if (proper && t.start) lines.push(answers.eventProperStart(dayLabel(t.day.date), t.start, proper.title, proper.start!));
          else lines.push(answers.eventBound(answer.bound, dayLabel(t.day.date), answer.bound === 'end' ? t.end : t.start, t.unknownTimes));
        }
        if (proper) cardJson = sessionCard(proper);
        else if (answer.firstPart) cardJson = sessionCard(answer.firstPart);
      } else if (answer.focus === 'when') {
        for (const t of answer.times) lines.push(answers.eventWhen(dayLabel(t.day.date), t.start, t.end, t.unknownTimes));
      } else if (answer.focus === 'who') {
        const roleLabel = answer.roles[0] ? answers.role(answer.roles[0]) : null;
        if (answer.people.length === 0) lines.push(answers.eventNobody(roleLabel));
        else lines.push(answers.eventWho(groupPeople(answer.people)));
        if (answer.session) cardJson = sessionCard(answer.session);
      } else if (answer.focus === 'signup') {
        const state = answer.signup === 'notNeeded' ? 'open' : answer.signup;
        lines.push(answers.signup(state, null, e.registrationNote));
        if (state === 'open') lines.push(...registrationCaveat(e));
      } else if (answer.audience) {
        lines.push(answer.audience.length > 0 ? answer.audience.join(' ') : answers.eventAudienceUnknown);
      } else {
        lines.push(answers.eventWhat(e.summary));
      }
      break;
    }
    case 'organiser': {
      const o = answer.organiser;
      lines.push(answers.organiserIs(o.name, o.abbreviation, answer.pillar?.name ?? null));
      if (answer.members.length > 0) lines.push(answers.organiserMembers(o.name, answer.members.map((m) => m.name)));
      if (answer.appearances.length === 0) lines.push(answers.organiserNowhere);
      for (const a of answer.appearances) lines.push(answers.organiserIn(`${a.event.title}, ${eventDates(a.event)}`, a.sessions.map((x) => x.title)));
      const here = answer.appearances.find((a) => a.event.id === answer.context.event.id)?.sessions ?? answer.appearances[0]?.sessions ?? [];
      // What an abbreviation stands for is said in words; its sessions are listed above, without a card.
      if (here.length > 0 && !answer.meaning) cardJson = here.length === 1 ? sessionCard(here[0]!) : listCard(answers.listTitle, here.slice(0, 12));
      break;
    }
    case 'structure': {
      const named = (o: { name: string; abbreviation: string | null }) => (o.abbreviation ? `${o.name} (${o.abbreviation})` : o.name);
      if (answer.organiserKind === 'pijler') {
        lines.push(answers.structurePillars(answer.groups.map((g) => g.pillar!.name)));
        for (const g of answer.groups) if (g.members.length > 0) lines.push(answers.organiserMembers(g.pillar!.name, g.members.map(named)));
      } else {
        lines.push(answers.structureThemeGroups(answer.groups.reduce((n, g) => n + g.members.length, 0)));
        lines.push(answer.groups.map((g) => answers.structureGroup(g.pillar?.name ?? null, g.members.map(named))).join('\n'));
      }
      break;
    }
    case 'across': {
      lines.push(answers.acrossIntro(answer.appearances.length));
      for (const a of answer.appearances) lines.push(answers.acrossIn(`${a.event.title}, ${eventDates(a.event)}`, a.sessions.map((x) => x.title), a.total));
      // The card: what fits on the netwerkdag the conversation is about, else on the newest that has it.
      const here = answer.appearances.find((a) => a.event.id === answer.context.event.id) ?? answer.appearances[0]!;
      cardJson = here.sessions.length === 1 ? sessionCard(here.sessions[0]!) : listCard(here.event.title, here.sessions);
      break;
    }
    case 'events':
      lines.push(answers.eventsIntro(answer.events.length, answer.past));
      lines.push(answer.events.map((e) => answers.eventItem(e.title, eventDates(e), e.days[0]?.venue ?? null)).join('\n'));
      break;
    case 'nextEvent':
      if (answer.upcoming) lines.push(answers.nextEvent(answer.upcoming.title, eventDates(answer.upcoming)));
      else {
        if (answer.quoted) lines.push(answers.eventLine(answer.quoted.event, answer.quoted.choice, null));
        lines.push(answers.nextEventUnknown);
        for (const m of answer.mentions) lines.push(answers.nextEventMention(m.event.title, m.text));
      }
      break;
    case 'personal': {
      const item = (x: SessionDetails) => answers.personalItem(x.title, whenOf(x), placeOf(x));
      if (answer.sessions.length === 0) lines.push(answers.personalNone);
      else if (answer.ask === 'mine') {
        lines.push(answers.personalMine(answer.sessions.length), answer.sessions.map((x) => `- ${item(x)}`).join('\n'));
      } else {
        lines.push(answer.current.length > 0 ? answers.personalNow(answer.current.map(item)) : answers.personalNothingNow);
        lines.push(answer.next.length > 0 ? answers.personalNext(answer.next.map(item)) : answers.personalNoneLater);
        const shown = [...answer.current, ...answer.next];
        if (shown.length === 1) cardJson = sessionCard(shown[0]!);
        else if (shown.length > 1) cardJson = listCard(answers.listTitle, shown);
      }
      break;
    }
    case 'unknownName':
      lines.splice(answer.english ? 1 : 0, lines.length, answers.unknownName(answer.name), answers.suggestions);
      break;
    case 'social':
      lines.push(answers.social[answer.social]);
      break;
    case 'nothingAt':
      lines.push(answers.nothingAt(answer.at, answer.timesUnknown));
      break;
    case 'notToday':
      lines.splice(0, lines.length, answers.notToday(answer.today), answers.eventLine(answer.context.event, answer.context.choice, null));
      break;
    case 'notFound':
      lines.push(answer.absent ? answers.organiserAbsent(answer.absent) : answers.notFound(answer.terms), answers.suggestions);
      break;
    case 'unclear':
      lines.push(answers.unclear, answers.suggestions);
      break;
    case 'noEvents':
      lines.push(answers.noEvents);
      break;
    case 'noEventIn':
      lines.push(answers.noEventIn(answer.city), answer.events.map((e) => answers.eventItem(e.title, eventDates(e), e.days[0]?.venue ?? null)).join('\n'));
      break;
  }
  const text = lines.join('\n\n');
  return cardJson ? { kind: 'card', card: cardJson, text } : { kind: 'text', text };
}

function remember(memory: Memory, answer: Answer, question: string): void {
  if (!('context' in answer)) return;
  // "en waar is die?" refers to the one session the card showed.
  const shown = answer.kind === 'session' ? [answer.session] : answer.kind === 'person' ? personSessionsHere(answer) : [];
  const sameSession = answer.kind === 'session' && memory.lastSessionId === answer.session.id && memory.lastEventId === answer.context.event.id;
  memory.lastEventId = answer.context.event.id;
  memory.lastQuestion = (answer.repeats ?? question).slice(0, 500);
  memory.lastSessionId = shown.length === 1 ? shown[0]!.id : undefined;
  // "hij", "haar" in the next question: the people this answer was about, if it was about people.
  // ("wie hield de keynote?" – "had hij daarna nog een sessie?": the people of the one session asked who was in it;
  // "waar is die?" about that same session in between does not make them forgotten.)
  const people =
    answer.kind === 'person' ? answer.people.map((p) => p.personId) : answer.kind === 'session' && answer.focus === 'who' ? [...new Set(answer.session.people.map((p) => p.personId))] : [];
  const stillThere = sameSession && (memory.lastPersonIds ?? []).every((id) => answer.session.people.some((p) => p.personId === id));
  memory.lastPersonIds = people.length > 0 ? people : stillThere ? memory.lastPersonIds : undefined;
  memory.lastEnd = answerEnd(answer);
  // "en de tweede?": the sessions a list showed, in that order (as many as a list shows).
  const listed = answer.kind === 'sessions' || answer.kind === 'round' ? answer.sessions.map((s) => s.id) : [];
  // ("en de tweede?" - "waar is die?" - "en de derde?": an answer about one of them keeps the list.)
  const ofTheList = answer.kind === 'session' && (memory.lastListIds ?? []).includes(answer.session.id);
  memory.lastListIds = listed.length > 1 ? listed.slice(0, MAX_LIST) : ofTheList ? memory.lastListIds : undefined;
}

async function reply(req: Request, text: string, deps: CoreDeps, ask: (text: string) => Answer | Promise<Answer>): Promise<Reply> {
  const parsed = questionText.safeParse(text);
  const answer: Answer = parsed.success ? await ask(parsed.data) : { kind: 'unclear' };
  // One's own sessions are personal: where others read along, offer to send them privately.
  if (answer.kind === 'personal' && !isPersonal(req)) return { kind: 'card', card: { card: 'myProgrammeElsewhere' } };
  remember(req.memory, answer, parsed.success ? parsed.data : '');
  // In a group chat or channel everyone reads the card: it shows nobody's own sign-up state.
  return answerReply(answer, cardReader(req)?.userId ?? null, deps);
}

function conversationContext(req: Request, deps: CoreDeps): AnswerContext {
  const { memory, who } = req;
  return {
    lastEventId: memory.lastEventId,
    lastSessionId: memory.lastSessionId,
    lastQuestion: memory.lastQuestion,
    lastPersonIds: memory.lastPersonIds,
    lastListIds: memory.lastListIds,
    lastEnd: memory.lastEnd,
    // Asked only when the question is about one's own programme.
    mySessionIds: () => (who ? deps.services.signups.confirmedSessionIds(who.userId) : []),
  };
}

/** The netwerkdag a button names, with what its text route needs: the city and whether it has several days. */
function eventOf(deps: CoreDeps, eventId: number): { city: string; multi: boolean } | null {
  const event = deps.services.programme.getEvent(eventId);
  return event ? { city: event.city, multi: event.days.length > 1 } : null;
}

const actions: CardAction[] = [
  cardAction({
    verb: NAV_VERBS.session,
    schema: z.object({ sessionId: id }),
    textEquivalent: '<titel van de sessie>',
    async handle(req, data, deps) {
      const details = deps.services.programme.getSessionDetails(data.sessionId);
      if (!details || details.removed) return textReply(signupTexts.refusal('unknownSession'));
      req.memory.lastEventId = details.eventId;
      req.memory.lastSessionId = details.id;
      const multi = details.event.days.length > 1;
      return cardReply(
        { card: 'session', session: sessionView(details, cardReader(req)?.userId ?? null, deps), notice: null },
        { text: answers.eventLine(details.event, 'named', multi ? details.day.dayNumber : null) },
      );
    },
  }),
  cardAction({
    verb: NAV_VERBS.round,
    schema: z.object({ eventId: id, round: z.number().int().min(0).max(99), day: dayNumber }),
    textEquivalent: 'welke sessies zijn er in ronde <nummer> in <plaats>',
    // The button asks exactly what its text route asks, so both answer alike.
    async handle(req, data, deps) {
      const event = eventOf(deps, data.eventId);
      if (!event) return textReply(general.badCardData);
      req.memory.lastEventId = data.eventId;
      const text = answers.roundQuery(data.round, event.city, data.day, event.multi);
      return reply(req, text, deps, (t) => deps.services.questions.answer(t, conversationContext(req, deps)));
    },
  }),
  cardAction({
    verb: NAV_VERBS.programme,
    schema: z.object({ eventId: id, day: dayNumber }),
    textEquivalent: 'programma <plaats>',
    async handle(req, data, deps) {
      const event = eventOf(deps, data.eventId);
      if (!event) return textReply(general.badCardData);
      req.memory.lastEventId = data.eventId;
      const text = answers.programmeQuery(event.city, data.day, event.multi);
      return reply(req, text, deps, (t) => deps.services.answers.overview(t, conversationContext(req, deps)));
    },
  }),
];

export const answersFeature: Feature = {
  name: 'answers',
  actions,
  commands: [
    {
      name: 'programma',
      pattern: /^(?:programma|dagprogramma|overzicht)(?:\s+(.*))?$/i,
      async handle(req, _match, deps) {
        const text = req.input.kind === 'text' ? req.input.text : '';
        return reply(req, text, deps, (t) => deps.services.answers.overview(t, conversationContext(req, deps)));
      },
    },
  ],
  async fallback(req, text, deps) {
    return reply(req, text, deps, (t) => deps.services.questions.answer(t, conversationContext(req, deps)));
  },
};
