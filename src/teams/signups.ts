/**
 * Sign-ups in Teams: the Aanmelden/Afmelden buttons on every session card
 * (Universal Actions that return the clicker's refreshed card), the per-round
 * form, "mijn programma", "deelnemers <sessie>", the text routes and the
 * waiting-list promotion message. Parses, asks the domain once, renders.
 */
import { ActivityTypes, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { SessionDetails } from '../programme/types';
import { MY_PROGRAMME, WAITLIST_PROMOTED } from '../signups/service';
import type { CancelOutcome, SignUpOutcome } from '../signups/types';
import { general } from '../texts/nl';
import { signupTexts as t } from '../texts/signups';
import type { FeatureModule } from './app';
import { attachment, type AdaptiveCardJson } from './cards/adaptive';
import { renderSessionCard } from './cards/sessionCard';
import {
  formResultCard,
  myProgrammeCard,
  myProgrammeElsewhereCard,
  participantsCard,
  promotedCard,
  signupExtras,
  sessionCardWithNotice,
  signUpFormCard,
  refreshFor,
  VERBS,
  type FormRound,
} from './cards/signUpCards';
import type { Command, CommandContext } from './commands';
import type { BotDeps } from './deps';
import { cardViewer, isPersonalChat, viewerOf, type Viewer } from './identity';

const id = z.number().int().positive().max(2 ** 31);

/** Data of the session buttons; anything else (strings, missing ids) is tampered or stale. */
const sessionActionData = z.object({ sessionId: id, eventId: id, from: z.enum(['mine']).optional() });

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

function actorOf(viewer: Viewer | null) {
  return viewer ? { userId: viewer.userId, name: viewer.name } : null;
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

/** The session card as this viewer should now see it, with a line saying what just happened. */
function sessionCardFor(details: SessionDetails, viewer: Viewer | null, deps: BotDeps, notice: string | null): AdaptiveCardJson {
  return sessionCardWithNotice(renderSessionCard(details, viewer, deps), notice);
}

function baseUrl(deps: BotDeps): string {
  return deps.config.PUBLIC_BASE_URL.replace(/\/+$/, '');
}

export function calendarUrl(deps: BotDeps, sessionId: number): string {
  return `${baseUrl(deps)}/agenda/sessie/${sessionId}.ics`;
}

/**
 * Answers the invoke with the clicker's card carrying `refresh` for them alone,
 * so Teams fetches their current state whenever they see the card again (after
 * a promotion, say) while others keep their own view. The response is sent
 * here because teams-ai, given a card with `refresh`, would switch that verb
 * for good to replacing the message for everyone.
 */
async function answerWithCard(context: TurnContext, json: AdaptiveCardJson, ref: { sessionId: number; eventId: number }): Promise<AdaptiveCardJson> {
  const from = context.activity.from?.id;
  const card = typeof from === 'string' ? { ...json, refresh: refreshFor(from, ref) } : json;
  await context.sendActivity({
    type: ActivityTypes.InvokeResponse,
    value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card } },
  });
  return card;
}

async function handleSessionAction(
  context: TurnContext,
  deps: BotDeps,
  raw: unknown,
  act: (actor: ReturnType<typeof actorOf>, data: z.infer<typeof sessionActionData>) => string | null,
): Promise<AdaptiveCardJson | string> {
  const parsed = sessionActionData.safeParse(raw);
  if (!parsed.success) return general.badCardData;
  const viewer = viewerOf(context, deps.localMode);
  const notice = act(actorOf(viewer), parsed.data);
  if (parsed.data.from === 'mine' && viewer) {
    return myProgrammeCard(deps.services.signups.mySignups(viewer.userId), notice);
  }
  const details = deps.services.programme.getSessionDetails(parsed.data.sessionId);
  if (!details) return notice ?? t.refusal('unknownSession');
  return answerWithCard(context, sessionCardFor(details, viewer, deps, notice), parsed.data);
}

/** The form's rounds, or the one reason nothing can be chosen (e.g. the day is over). */
function formFor(deps: BotDeps, eventId: number, viewer: Viewer, showMine: boolean): { rounds: FormRound[]; closedAll: string | null } {
  const choices = deps.services.signups.roundChoices(eventId, viewer.userId);
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
function resolveSessions(ctx: CommandContext, words: string): SessionDetails[] {
  const match = ctx.deps.services.answers.findSessions(words, { eventId: ctx.state.conversation.lastEventId });
  if (match.kind !== 'found') return [];
  return match.sessions.filter((s) => s.signupEnabled && !s.removed);
}

async function replyWithChoices(ctx: CommandContext, words: string, run: (sessionId: number) => string): Promise<void> {
  const found = resolveSessions(ctx, words);
  if (found.length === 0) {
    await ctx.context.sendActivity(t.noSession(words));
    return;
  }
  const { programme } = ctx.deps.services;
  if (found.length > 1) {
    const cards = found.slice(0, 5).map((s) => attachment(sessionCardFor(s, cardViewer(ctx.context, ctx.viewer), ctx.deps, null)));
    await ctx.context.sendActivity({ text: t.whichSession(words), attachments: cards, attachmentLayout: 'list' });
    return;
  }
  const session = found[0]!;
  const notice = run(session.id);
  ctx.state.conversation.lastEventId = session.eventId;
  // Re-read: the action may have changed what the card shows (seats, state).
  const shownTo = cardViewer(ctx.context, ctx.viewer);
  await ctx.context.sendActivity({ attachments: [attachment(sessionCardFor(programme.getSessionDetails(session.id)!, shownTo, ctx.deps, notice))] });
}

// Trailing words are captured as `\s+(?=\S)(.*[^<trail>])[<trail>]*$`, never as `(.+?)[<trail>]*$`:
// see Command.pattern in ./commands.
const commands: Command[] = [
  {
    name: 'mijn programma',
    // "afmelden" alone: one's own sign-ups, each with its Afmelden button.
    pattern: /^(?:mijn (?:programma|aanmeldingen|sessies)|afmelden|uitschrijven|meld (?:me|mij) af)[\s?!.]*$/i,
    async handle({ context, viewer, deps }) {
      if (!viewer) return void (await context.sendActivity(general.noIdentity));
      if (!isPersonalChat(context)) return void (await context.sendActivity({ attachments: [attachment(myProgrammeElsewhereCard())] }));
      await context.sendActivity({ attachments: [attachment(myProgrammeCard(deps.services.signups.mySignups(viewer.userId)))] });
    },
  },
  {
    name: 'deelnemers',
    pattern: /^deelnemers(?:\s+(?:van|voor|bij)(?=\s))?(?:\s+(?=\S)(.*[^\s?!.]))?[\s?!.]*$/i,
    async handle(ctx, match) {
      const { context, viewer, deps } = ctx;
      const words = match[1]?.trim() ?? '';
      if (words === '') return void (await context.sendActivity(t.participantsUsage));
      if (!viewer) return void (await context.sendActivity(general.noIdentity));
      if (!isPersonalChat(context)) return void (await context.sendActivity(t.participantsPersonalOnly));
      const found = resolveSessions(ctx, words);
      if (found.length !== 1) {
        await context.sendActivity(found.length === 0 ? t.noSession(words) : t.whichSession(words) + '\n\n' + found.slice(0, 8).map((s) => `- ${s.title}`).join('\n'));
        return;
      }
      const hours = deps.config.SIGNUP_LINK_HOURS;
      const out = deps.services.signups.participantsLink(viewer, found[0]!.id, hours);
      if (out.kind === 'forbidden') return void (await context.sendActivity(t.participantsForbidden));
      if (out.kind === 'refused') return void (await context.sendActivity(t.refusal(out.reason, out.note)));
      const { link, list } = out;
      const url = `${baseUrl(deps)}/aanmeldingen/sessie/${link.sessionId}.csv?exp=${link.expires}&sig=${link.signature}`;
      await context.sendActivity({ attachments: [attachment(participantsCard(list.session.title, list, url, hours))] });
    },
  },
  {
    name: 'aanmelden voor',
    pattern: /^(?:meld (?:me|mij) aan|aanmelden|inschrijven|schrijf (?:me|mij) in)\s+(?:voor|bij)\s+(?=\S)(.*[^\s?!.])[\s?!.]*$/i,
    async handle(ctx, match) {
      const words = match[1]!;
      if (!ctx.viewer) return void (await ctx.context.sendActivity(general.noIdentity));
      await replyWithChoices(ctx, words, (sessionId) => signUpLine(ctx.deps.services.signups.signUp(actorOf(ctx.viewer), sessionId)));
    },
  },
  {
    name: 'afmelden voor',
    pattern: /^(?:meld (?:me|mij) af|afmelden|uitschrijven)\s+(?:voor|bij|van)\s+(?=\S)(.*[^\s?!.])[\s?!.]*$/i,
    async handle(ctx, match) {
      const words = match[1]!;
      if (!ctx.viewer) return void (await ctx.context.sendActivity(general.noIdentity));
      await replyWithChoices(ctx, words, (sessionId) => cancelLine(ctx.deps.services.signups.cancel(actorOf(ctx.viewer), sessionId)));
    },
  },
  {
    name: 'aanmelden',
    pattern: /^(?:aanmelden|inschrijven)(?:\s+(?=\S)(.*[^\s?!.]))?[\s?!.]*$/i,
    async handle({ context, state, viewer, deps }, match) {
      if (!viewer) return void (await context.sendActivity(general.noIdentity));
      const words = match[1]?.trim() ?? '';
      const event = deps.services.answers.resolveEvent(words, { lastEventId: state.conversation.lastEventId })?.event;
      if (!event) return void (await context.sendActivity(words ? t.unknownEvent(words) : t.noEvents));
      state.conversation.lastEventId = event.id;
      const { rounds, closedAll } = formFor(deps, event.id, viewer, isPersonalChat(context));
      if (rounds.length === 0) return void (await context.sendActivity(t.formNothingToChoose(event.title)));
      if (closedAll) return void (await context.sendActivity(t.formEventClosed(event.title, closedAll)));
      await context.sendActivity({ attachments: [attachment(signUpFormCard(event, rounds))] });
    },
  },
];

export const signupsModule: FeatureModule = {
  commands,
  sessionExtras(session, viewer, deps) {
    return signupExtras(deps.services.signups.stateOf(session, viewer?.userId ?? null));
  },
  register(app, deps) {
    const { signups } = deps.services;
    app.adaptiveCards.actionExecute(VERBS.join, async (context, _state, data) =>
      handleSessionAction(context, deps, data, (a, d) => signUpLine(signups.signUp(a, d.sessionId, { eventId: d.eventId }))),
    );
    app.adaptiveCards.actionExecute(VERBS.wait, async (context, _state, data) =>
      handleSessionAction(context, deps, data, (a, d) => signUpLine(signups.signUp(a, d.sessionId, { eventId: d.eventId, onFull: 'wait' }))),
    );
    app.adaptiveCards.actionExecute(VERBS.switch, async (context, _state, data) =>
      handleSessionAction(context, deps, data, (a, d) => signUpLine(signups.signUp(a, d.sessionId, { eventId: d.eventId, switchRound: true }))),
    );
    app.adaptiveCards.actionExecute(VERBS.cancel, async (context, _state, data) =>
      handleSessionAction(context, deps, data, (a, d) => cancelLine(signups.cancel(a, d.sessionId, { eventId: d.eventId }))),
    );
    // Pressed under "mijn programma" in a group chat or channel: the presser's own programme goes to their 1:1 chat.
    app.adaptiveCards.actionExecute(VERBS.sendMine, async (context) => {
      const viewer = viewerOf(context, deps.localMode);
      if (!viewer) return general.noIdentity;
      if (signups.sendMySignupsPrivately(viewer.userId) === 'noPersonalChat') return t.myNoPersonalChat;
      deps.services.outboxSignals.kick();
      return t.mySentPrivately;
    });
    // Teams' automatic refresh (see withRefresh): the card as it is now, nothing changed.
    app.adaptiveCards.actionExecute(VERBS.refresh, async (context, _state, data) => handleSessionAction(context, deps, data, () => null));
    app.adaptiveCards.actionExecute(VERBS.submit, async (context, _state, data) => {
      const parsed = formData.safeParse(data);
      if (!parsed.success) return general.badCardData;
      const viewer = viewerOf(context, deps.localMode);
      if (!viewer) return t.refusal('noIdentity');
      const event = deps.services.programme.getEvent(parsed.data.eventId);
      if (!event) return general.badCardData;
      const results = signups.signUpMany(actorOf(viewer), event.id, parsed.data.choices);
      const roundName = (roundId: number) => deps.services.programme.getRound(roundId)?.name ?? '?';
      return formResultCard(results.map((r) => ({ round: roundName(r.roundId), line: signUpLine(r.outcome) })));
    });
  },
  outboxRenderers: {
    [MY_PROGRAMME]: (message, deps) => {
      if (!message.targetKey.startsWith('user:')) return null;
      const userId = message.targetKey.slice('user:'.length);
      return { type: 'message', attachments: [attachment(myProgrammeCard(deps.services.signups.mySignups(userId)))] };
    },
    [WAITLIST_PROMOTED]: (message, deps) => {
      const payload = z.object({ sessionId: id }).safeParse(message.payload);
      if (!payload.success || !message.targetKey.startsWith('user:')) return null;
      const details = deps.services.programme.getSessionDetails(payload.data.sessionId);
      if (!details) return null;
      const viewer: Viewer = { userId: message.targetKey.slice('user:'.length), name: '', tenantId: null };
      return {
        type: 'message',
        text: t.promoted(details.title),
        attachments: [attachment(promotedCard(details.title, renderSessionCard(details, viewer, deps), calendarUrl(deps, details.id)))],
      };
    },
  },
};
