/**
 * The sign-up feature: the Aanmelden/Afmelden buttons on every session card
 * (each with its text command), the per-round form, "mijn programma",
 * "deelnemers <sessie>" and the waiting-list promotion message. Parses, asks
 * the domain once, returns reply values.
 */
import { z } from 'zod';
import type { SessionDetails } from '../programme/types';
import { MY_PROGRAMME, WAITLIST_PROMOTED } from '../signups/service';
import type { CancelOutcome, SignupActor, SignUpOutcome } from '../signups/types';
import { answers } from '../texts/answers';
import { general } from '../texts/nl';
import { signupTexts as t } from '../texts/signups';
import { cardAction, outboxRenderer, type CardAction, type Command, type CoreDeps, type Feature } from './core';
import { calendarUrl, cardReader, isPersonal, participantsCsvUrl, sessionView } from './sessions';
import { cardReply, textReply, type CardModel, type FormRound, type Reply, type Request, type Who } from './types';

export const SIGNUP_VERBS = {
  join: 'signup.join',
  wait: 'signup.wait',
  switch: 'signup.switch',
  cancel: 'signup.cancel',
  submit: 'signup.submit',
  refresh: 'signup.refresh',
  sendMine: 'signup.sendMine',
} as const;

const id = z.number().int().positive().max(2 ** 31);

/** Data of the session buttons; anything else (strings, missing ids) is tampered or stale. */
const sessionActionData = z.object({ sessionId: id, eventId: id, from: z.enum(['mine']).optional() });
type SessionActionData = z.infer<typeof sessionActionData>;

/** More rounds than any netwerkdag has: a form claiming more is forged. */
const MAX_FORM_CHOICES = 20;

const formData = z
  .object({ eventId: id })
  .catchall(z.unknown())
  .transform((d, ctx) => {
    const choices: { roundId: number; sessionId: number }[] = [];
    for (const [key, value] of Object.entries(d)) {
      const m = key.match(/^round_(\d{1,9})$/);
      if (!m) continue;
      if (typeof value !== 'string' || !/^\d{0,9}$/.test(value)) {
        ctx.addIssue({ code: 'custom', message: `bad choice ${key}` });
        return z.NEVER;
      }
      if (value !== '') choices.push({ roundId: Number(m[1]), sessionId: Number(value) });
    }
    if (choices.length > MAX_FORM_CHOICES) {
      ctx.addIssue({ code: 'custom', message: 'too many choices' });
      return z.NEVER;
    }
    return { eventId: d.eventId, choices };
  });

function actorOf(who: Who | null): SignupActor | null {
  return who ? { userId: who.userId, name: who.name } : null;
}

export function signUpLine(o: SignUpOutcome): string {
  switch (o.kind) {
    case 'confirmed': {
      const line = o.already ? t.alreadyConfirmed(o.session.title) : t.nowConfirmed(o.session.title);
      return o.switchedFrom ? `${t.switched(o.switchedFrom.title)} ${line}` : line;
    }
    case 'waiting': {
      const line = o.already ? t.alreadyWaiting(o.session.title, o.position) : t.nowWaiting(o.session.title, o.position);
      return o.switchedFrom ? `${t.switched(o.switchedFrom.title)} ${line}` : line;
    }
    case 'full':
      return t.isFull(o.session.title);
    case 'conflict':
      return t.otherInRound(o.current.title, o.currentStatus === 'waiting');
    case 'refused':
      return t.refusal(o.reason, o.note);
  }
}

export function cancelLine(o: CancelOutcome): string {
  switch (o.kind) {
    case 'cancelled':
      return o.was === 'waiting' ? t.leftWaitlist(o.session.title) : t.nowCancelled(o.session.title);
    case 'notSignedUp':
      return t.notSignedUp(o.session.title);
    case 'refused':
      return t.refusal(o.reason, o.note);
  }
}

/** The session card as this reader should now see it, with a line saying what just happened. */
function sessionCard(details: SessionDetails, reader: Who | null, deps: CoreDeps, notice: string | null): CardModel {
  return { card: 'session', session: sessionView(details, reader?.userId ?? null, deps), notice };
}

/**
 * A session button: act, then answer with the presser's refreshed card (kept
 * current for them alone), or their programme when pressed under it.
 */
function sessionAction(
  verb: string,
  textEquivalent: string,
  act: (actor: SignupActor | null, data: SessionActionData, deps: CoreDeps) => string | null,
): CardAction {
  return cardAction({
    verb,
    schema: sessionActionData,
    textEquivalent,
    async handle(req, data, deps) {
      const notice = act(actorOf(req.who), data, deps);
      if (data.from === 'mine' && req.who) return cardReply({ card: 'myProgramme', groups: deps.services.signups.mySignups(req.who.userId), notice });
      const details = deps.services.programme.getSessionDetails(data.sessionId);
      if (!details) return textReply(notice ?? t.refusal('unknownSession'));
      return cardReply(sessionCard(details, req.who, deps, notice), { refreshFor: { sessionId: data.sessionId, eventId: data.eventId } });
    },
  });
}

/** The form's rounds, or the one reason nothing can be chosen (e.g. the day is over). */
function formFor(deps: CoreDeps, eventId: number, who: Who, showMine: boolean): { rounds: FormRound[]; closedAll: string | null } {
  const choices = deps.services.signups.roundChoices(eventId, who.userId);
  if (!choices) return { rounds: [], closedAll: null };
  const reasons = new Set(choices.rounds.flatMap((r) => r.options.map((o) => o.closed)));
  const only = reasons.size === 1 ? [...reasons][0]! : null;
  return {
    rounds: choices.rounds.map(({ round, options }) => ({
      roundId: round.id,
      name: round.name,
      // Outside the 1:1 chat the form does not show (pre-select) what this person signed up for.
      current: showMine ? (options.find((o) => o.mine !== null)?.session.id ?? null) : null,
      options: options.map((o) => ({ sessionId: o.session.id, title: o.session.title, seatsLeft: o.seatsLeft, closed: o.availability !== 'open' })),
    })),
    closedAll: only ? t.refusal(only, choices.event.registrationNote) : null,
  };
}

/** Sessions that take sign-ups which the words name, resolved the way the answers resolve them. */
function resolveSessions(req: Request, deps: CoreDeps, words: string): SessionDetails[] {
  const match = deps.services.answers.findSessions(words, { eventId: req.memory.lastEventId });
  if (match.kind !== 'found') return [];
  return match.sessions.filter((s) => s.signupEnabled && !s.removed);
}

/** Several sessions fit the words: their cards, to pick one from. */
function whichOf(found: SessionDetails[], words: string, req: Request, deps: CoreDeps): Reply {
  const reader = cardReader(req);
  return { kind: 'cards', text: t.whichSession(words), cards: found.slice(0, 5).map((s) => sessionCard(s, reader, deps, null)) };
}

/** The text route of a session button: find the one session the words name, act, show its card. */
function withChosenSession(req: Request, deps: CoreDeps, words: string, run: (sessionId: number) => string): Reply {
  const found = resolveSessions(req, deps, words);
  if (found.length === 0) return textReply(t.noSession(words));
  const reader = cardReader(req);
  if (found.length > 1) return whichOf(found, words, req, deps);
  const session = found[0]!;
  const notice = run(session.id);
  req.memory.lastEventId = session.eventId;
  // Re-read: the action may have changed what the card shows (seats, state).
  return cardReply(sessionCard(deps.services.programme.getSessionDetails(session.id)!, reader, deps, notice));
}

/** A text command that does what a session button does, for "<words> voor <sessie>". */
function sessionCommand(name: string, pattern: RegExp, act: (deps: CoreDeps, actor: SignupActor, sessionId: number) => string): Command {
  return {
    name,
    pattern,
    async handle(req, match, deps) {
      const actor = actorOf(req.who);
      if (!actor) return textReply(general.noIdentity);
      return withChosenSession(req, deps, match[1]!, (sessionId) => act(deps, actor, sessionId));
    },
  };
}

function myProgramme(req: Request, deps: CoreDeps): Reply {
  if (!req.who) return textReply(general.noIdentity);
  if (!isPersonal(req)) return cardReply({ card: 'myProgrammeElsewhere' });
  return cardReply({ card: 'myProgramme', groups: deps.services.signups.mySignups(req.who.userId), notice: null });
}

// Trailing words are captured as `\s+(?=\S)(.*[^<trail>])[<trail>]*$`, never as `(.+?)[<trail>]*$`:
// see Command.pattern in ./core.
const commands: Command[] = [
  {
    name: 'mijn programma',
    // "afmelden" alone: one's own sign-ups, each with its Afmelden button.
    pattern: /^(?:mijn (?:programma|aanmeldingen|sessies)|afmelden|uitschrijven|meld (?:me|mij) af)[\s?!.]*$/i,
    async handle(req, _match, deps) {
      return myProgramme(req, deps);
    },
  },
  {
    name: 'deelnemers',
    pattern: /^deelnemers(?:\s+(?:van|voor|bij)(?=\s))?(?:\s+(?=\S)(.*[^\s?!.]))?[\s?!.]*$/i,
    async handle(req, match, deps) {
      const words = match[1]?.trim() ?? '';
      if (words === '') return textReply(t.participantsUsage);
      if (!req.who) return textReply(general.noIdentity);
      if (!isPersonal(req)) return textReply(t.participantsPersonalOnly);
      const found = resolveSessions(req, deps, words);
      if (found.length !== 1) {
        return textReply(found.length === 0 ? t.noSession(words) : t.whichSession(words) + '\n\n' + found.slice(0, 8).map((s) => `- ${s.title}`).join('\n'));
      }
      const hours = deps.config.SIGNUP_LINK_HOURS;
      const out = deps.services.signups.participantsLink(req.who, found[0]!.id, hours);
      if (out.kind === 'forbidden') return textReply(t.participantsForbidden);
      if (out.kind === 'refused') return textReply(t.refusal(out.reason, out.note));
      return cardReply({ card: 'participants', title: out.list.session.title, list: out.list, csvUrl: participantsCsvUrl(deps, out.link), validHours: hours });
    },
  },
  sessionCommand(
    'aanmelden voor',
    /^(?:meld (?:me|mij) aan|aanmelden|inschrijven|schrijf (?:me|mij) in)\s+(?:voor|bij)\s+(?=\S)(.*[^\s?!.])[\s?!.]*$/i,
    (deps, actor, sessionId) => signUpLine(deps.services.signups.signUp(actor, sessionId)),
  ),
  sessionCommand(
    'wachtlijst',
    /^(?:(?:zet (?:me|mij) )?op de wachtlijst|wachtlijst)\s+(?:voor|bij|van)\s+(?=\S)(.*[^\s?!.])[\s?!.]*$/i,
    (deps, actor, sessionId) => signUpLine(deps.services.signups.signUp(actor, sessionId, { onFull: 'wait' })),
  ),
  sessionCommand(
    'wissel naar',
    /^(?:wissel|wisselen|ruil|ruilen)\s+(?:naar|voor)\s+(?=\S)(.*[^\s?!.])[\s?!.]*$/i,
    (deps, actor, sessionId) => signUpLine(deps.services.signups.signUp(actor, sessionId, { switchRound: true })),
  ),
  sessionCommand(
    'afmelden voor',
    /^(?:meld (?:me|mij) af|afmelden|uitschrijven)\s+(?:voor|bij|van)\s+(?=\S)(.*[^\s?!.])[\s?!.]*$/i,
    (deps, actor, sessionId) => cancelLine(deps.services.signups.cancel(actor, sessionId)),
  ),
  {
    name: 'aanmelden',
    pattern: /^(?:aanmelden|inschrijven)(?:\s+(?=\S)(.*[^\s?!.]))?[\s?!.]*$/i,
    async handle(req, match, deps) {
      if (!req.who) return textReply(general.noIdentity);
      const words = match[1]?.trim() ?? '';
      const event = deps.services.answers.resolveEvent(words, { lastEventId: req.memory.lastEventId })?.event;
      if (!event) {
        // "aanmelden wijkaanpak meerzicht": no netwerkdag, but a session by that name; shown to sign up with, not signed up for.
        const sessions = words ? resolveSessions(req, deps, words) : [];
        const [one] = sessions;
        if (one && sessions.length === 1) {
          const day = one.event.days.length > 1 ? one.day.dayNumber : null;
          return cardReply(sessionCard(one, cardReader(req), deps, null), { text: `${answers.eventLine(one.event, 'named', day)}\n\n${t.thisSession(one.title)}` });
        }
        if (sessions.length > 1) return whichOf(sessions, words, req, deps);
        return textReply(words ? t.unknownEvent(words) : t.noEvents);
      }
      req.memory.lastEventId = event.id;
      const { rounds, closedAll } = formFor(deps, event.id, req.who, isPersonal(req));
      if (rounds.length === 0) return textReply(t.formNothingToChoose(event.title));
      if (closedAll) return textReply(t.formEventClosed(event.title, closedAll));
      return cardReply({ card: 'signUpForm', event, rounds });
    },
  },
];

const actions: CardAction[] = [
  sessionAction(SIGNUP_VERBS.join, 'aanmelden voor <sessie>', (a, d, deps) => signUpLine(deps.services.signups.signUp(a, d.sessionId, { eventId: d.eventId }))),
  sessionAction(SIGNUP_VERBS.wait, 'wachtlijst voor <sessie>', (a, d, deps) =>
    signUpLine(deps.services.signups.signUp(a, d.sessionId, { eventId: d.eventId, onFull: 'wait' })),
  ),
  sessionAction(SIGNUP_VERBS.switch, 'wissel naar <sessie>', (a, d, deps) =>
    signUpLine(deps.services.signups.signUp(a, d.sessionId, { eventId: d.eventId, switchRound: true })),
  ),
  sessionAction(SIGNUP_VERBS.cancel, 'afmelden voor <sessie>', (a, d, deps) => cancelLine(deps.services.signups.cancel(a, d.sessionId, { eventId: d.eventId }))),
  // Teams' automatic refresh (see refreshFor): the card as it is now, nothing changed.
  sessionAction(SIGNUP_VERBS.refresh, '<titel van de sessie>', () => null),
  // Pressed under "mijn programma" in a group chat or channel: the presser's own programme goes to their 1:1 chat.
  cardAction({
    verb: SIGNUP_VERBS.sendMine,
    schema: z.unknown(),
    textEquivalent: 'mijn programma (in je 1-op-1-chat met de bot)',
    async handle(req, _data, deps) {
      if (!req.who) return textReply(general.noIdentity);
      if (deps.services.signups.sendMySignupsPrivately(req.who.userId) === 'noPersonalChat') return textReply(t.myNoPersonalChat);
      deps.services.outboxSignals.kick();
      return textReply(t.mySentPrivately);
    },
  }),
  cardAction({
    verb: SIGNUP_VERBS.submit,
    schema: formData,
    textEquivalent: 'aanmelden voor <sessie> (per ronde)',
    async handle(req, data, deps) {
      if (!req.who) return textReply(t.refusal('noIdentity'));
      const event = deps.services.programme.getEvent(data.eventId);
      if (!event) return textReply(general.badCardData);
      const results = deps.services.signups.signUpMany(actorOf(req.who), event.id, data.choices);
      const roundName = (roundId: number) => deps.services.programme.getRound(roundId)?.name ?? '?';
      return cardReply({ card: 'formResult', lines: results.map((r) => ({ round: roundName(r.roundId), line: signUpLine(r.outcome) })) });
    },
  }),
];

const userOf = (targetKey: string): string | null => (targetKey.startsWith('user:') ? targetKey.slice('user:'.length) : null);

export const signupsFeature: Feature = {
  name: 'signups',
  commands,
  actions,
  renderers: [
    outboxRenderer({
      kind: MY_PROGRAMME,
      schema: z.unknown(),
      render(row, _payload, deps) {
        const userId = userOf(row.targetKey);
        if (userId === null) return null;
        return cardReply({ card: 'myProgramme', groups: deps.services.signups.mySignups(userId), notice: null });
      },
    }),
    outboxRenderer({
      kind: WAITLIST_PROMOTED,
      schema: z.object({ sessionId: id }),
      render(row, payload, deps) {
        const userId = userOf(row.targetKey);
        if (userId === null) return null;
        const details = deps.services.programme.getSessionDetails(payload.sessionId);
        if (!details) return null;
        return cardReply(
          { card: 'promoted', title: details.title, session: sessionView(details, userId, deps), calendarUrl: calendarUrl(deps, details.id) },
          { text: t.promoted(details.title) },
        );
      },
    }),
  ],
};
