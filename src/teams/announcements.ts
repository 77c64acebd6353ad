/**
 * Announcements in Teams: where the bot is (team installs, `koppel`,
 * `ontkoppel`, `kanalen`), secretaries (`secretaris @naam <groep>`), composing
 * and posting (`aankondiging`, Plaatsen / Annuleren), `status aankondigingen`,
 * and the renderers for announcements, change notices and reminders. Every
 * decision is the domain's; this file parses, asks once, and renders.
 */
import { TeamsInfo, TurnContext, type Activity } from 'botbuilder';
import { z } from 'zod';
import type { Announcement, DraftOutcome, PostOutcome } from '../announcements/announcements';
import { ANNOUNCEMENT } from '../announcements/announcements';
import type { ChannelPlace } from '../announcements/channels';
import { REMINDER, SESSION_CHANGED } from '../signups/notices';
import type { OutboxRow } from '../outbox/outbox';
import { shortName } from '../announcements/themeGroups';
import type { Organiser } from '../programme/types';
import { announcementTexts as t, placeName, whenAt } from '../texts/announcements';
import { general } from '../texts/nl';
import type { FeatureModule } from './app';
import { attachment, type AdaptiveCardJson } from './cards/adaptive';
import {
  announcementCard,
  CARD_BUDGET_BYTES,
  changeNoticeCard,
  composeCard,
  outcomeCard,
  previewCard,
  reminderCard,
  statusCard,
  VERB_CANCEL,
  VERB_POST,
  VERB_PREVIEW,
  type ComposeValues,
} from './cards/announcementCards';
import { renderSessionCard } from './cards/sessionCard';
import type { Command, CommandContext } from './commands';
import { NO_CONVERSATION, NOT_LINKED } from '../outbox/delivery';
import type { BotDeps } from './deps';
import { viewerOf, type Viewer } from './identity';

const numericId = z.string().regex(/^\d{1,9}$/);

/** What the compose card submits. Lengths are generous here: the domain gives the clear "too long" answer. */
const composeData = z.object({
  themeGroupId: z.union([numericId, z.number().int().positive()]).transform(Number),
  title: z.string().max(10_000).default(''),
  body: z.string().max(200_000).default(''),
  sessionId: z.union([z.literal(''), numericId, z.number().int().positive()]).optional().transform((v) => (v === undefined || v === '' ? null : Number(v))),
  postDate: z.string().max(20).optional(),
  postTime: z.string().max(20).optional(),
});

const announcementRef = z.object({ announcementId: z.number().int().positive().max(2 ** 31) });

function cardBytes(json: AdaptiveCardJson): number {
  return Buffer.byteLength(JSON.stringify(attachment(json)), 'utf8');
}

function whereOf(place: ChannelPlace, group: Organiser): string {
  return placeName(place.teamName, place.channelName, shortName(group));
}

/** The post as it goes to the channel, with the session card (and its Aanmelden button) when one is attached. */
function postedCard(a: Pick<Announcement, 'title' | 'body' | 'group' | 'sessionId'>, deps: BotDeps): AdaptiveCardJson {
  const details = a.sessionId === null ? undefined : deps.services.programme.getSessionDetails(a.sessionId);
  return announcementCard(a, details ? renderSessionCard(details, null, deps) : null);
}

function draftRefusal(o: Exclude<DraftOutcome, { kind: 'draft' }>): string {
  switch (o.kind) {
    case 'notAllowed':
      return t.notAllowedPost(o.group?.name ?? null);
    case 'unknownGroup':
      return t.unknownGroupChoice;
    case 'notLinked':
      return t.notLinked(shortName(o.group));
    case 'emptyTitle':
      return t.emptyTitle;
    case 'emptyBody':
      return t.emptyBody;
    case 'titleTooLong':
      return t.titleTooLong(o.max);
    case 'bodyTooLong':
      return t.bodyTooLong;
    case 'unknownSession':
      return t.unknownSession;
    case 'badPostAt':
      return t.badPostAt;
    case 'postAtInPast':
      return t.postAtInPast;
  }
}

function failureReason(lastError: string | null): string {
  if (lastError === null) return t.reasonOther('onbekend');
  if (lastError.startsWith('HTTP 403') || lastError.includes('HTTP 403')) return t.reasonForbidden;
  if (lastError.startsWith('HTTP 404') || lastError.includes('HTTP 404')) return t.reasonNotFound;
  if (lastError === NOT_LINKED) return t.reasonNotLinked;
  return t.reasonOther(lastError.slice(0, 120));
}

function composeFor(deps: BotDeps, viewer: Viewer, values: ComposeValues = {}, error: string | null = null): AdaptiveCardJson | string {
  const { announcements } = deps.services;
  const groups = announcements.postableGroups(viewer);
  if (groups.length === 0) return t.noGroups;
  return composeCard(groups, announcements.attachableSessions(viewer), values, error);
}

async function handlePreview(context: TurnContext, deps: BotDeps, raw: unknown): Promise<AdaptiveCardJson | string> {
  const parsed = composeData.safeParse(raw);
  if (!parsed.success) return general.badCardData;
  const viewer = viewerOf(context, deps.localMode);
  if (!viewer) return general.noIdentity;
  const d = parsed.data;
  const { announcements, programme, roles } = deps.services;
  const values: ComposeValues = {
    themeGroupId: String(d.themeGroupId),
    title: d.title,
    body: d.body,
    sessionId: d.sessionId === null ? '' : String(d.sessionId),
    postDate: d.postDate ?? '',
    postTime: d.postTime ?? '',
  };
  const group = programme.getOrganiser(d.themeGroupId);
  // A forged submit for another group is refused before its content is even measured.
  if (group && !roles.canPostFor(viewer, group.id)) return outcomeCard(t.composeTitle, t.notAllowedPost(group.name), true);
  if (group && cardBytes(postedCard({ title: d.title, body: d.body, group, sessionId: d.sessionId }, deps)) > CARD_BUDGET_BYTES) {
    return composeFor(deps, viewer, { ...values, body: '' }, t.bodyTooLong);
  }
  const outcome = announcements.draft(viewer, {
    themeGroupId: d.themeGroupId,
    title: d.title,
    body: d.body,
    sessionId: d.sessionId,
    postDate: d.postDate ?? null,
    postTime: d.postTime ?? null,
  });
  if (outcome.kind === 'notAllowed') return outcomeCard(t.composeTitle, draftRefusal(outcome), true);
  if (outcome.kind !== 'draft') {
    // Too long a body is not handed back: the card would be too large to show again.
    return composeFor(deps, viewer, outcome.kind === 'bodyTooLong' ? { ...values, body: '' } : values, draftRefusal(outcome));
  }
  const a = outcome.announcement;
  const where = whereOf(outcome.where, a.group);
  return previewCard(a, postedCard(a, deps), t.previewWhere(where, a.postAt ? whenAt(a.postAt) : null));
}

async function postLine(deps: BotDeps, outcome: PostOutcome): Promise<{ line: string; attention: boolean }> {
  switch (outcome.kind) {
    case 'queued': {
      const where = whereOf(outcome.where, outcome.announcement.group);
      if (outcome.postAt) return { line: t.scheduled(where, whenAt(outcome.postAt)), attention: false };
      const settled = await deps.services.announcements.awaitDelivery(outcome.outboxId, deps.config.OUTBOX_CONFIRM_WAIT_MS);
      if (settled === 'sent') return { line: t.posted(where), attention: false };
      if (settled === 'failed') {
        const row = deps.services.announcements.statusFor({ userId: outcome.announcement.authorId }).find((s) => s.announcement.id === outcome.announcement.id);
        return { line: t.notPosted(where, failureReason(row?.delivery?.lastError ?? null)), attention: true };
      }
      return { line: t.onItsWay(where), attention: false };
    }
    case 'unknownDraft':
      return { line: t.unknownDraft, attention: true };
    case 'notAllowed':
      return { line: t.notAllowedPost(outcome.group?.name ?? null), attention: true };
    case 'notLinked':
      return { line: t.notLinked(shortName(outcome.group)), attention: true };
    case 'alreadyPosted':
      return { line: t.alreadyPosted, attention: false };
    case 'cancelled':
      return { line: t.cancelled, attention: false };
  }
}

/**
 * Where a channel message came from; null outside a team channel. Message
 * activities from Teams carry the team and channel ids but seldom their names,
 * so missing names are asked of Teams; the link still works if that fails.
 */
async function channelPlace(context: TurnContext, deps: BotDeps): Promise<ChannelPlace | null> {
  const a = context.activity;
  if (a.conversation?.conversationType !== 'channel') return null;
  const cd = (a.channelData ?? {}) as { channel?: { id?: string; name?: string }; team?: { id?: string; name?: string } };
  const channelId = cd.channel?.id ?? a.conversation.id.split(';')[0]!;
  const teamId = cd.team?.id ?? null;
  let teamName = cd.team?.name ?? null;
  let channelName = cd.channel?.name ?? null;
  if (teamId !== null && (teamName === null || channelName === null)) {
    try {
      if (teamName === null) teamName = (await TeamsInfo.getTeamDetails(context, teamId)).name ?? null;
      if (channelName === null) {
        const channels = await TeamsInfo.getTeamChannels(context, teamId);
        channelName = channels.find((c) => c.id === channelId)?.name ?? null;
      }
    } catch (error) {
      deps.log.warn('channel_names_unavailable', { teamId, error: error instanceof Error ? error.message : String(error) });
    }
  }
  // Teams gives the General channel no name of its own; its id is the team's.
  if (channelName === null && teamId !== null && channelId === teamId) channelName = 'Algemeen';
  return { channelId, channelName, teamId, teamName };
}

function referenceJson(context: TurnContext): string {
  const ref = TurnContext.getConversationReference(context.activity);
  // A channel reference points at the channel, not at the thread the command was said in.
  if (ref.conversation?.id) ref.conversation = { ...ref.conversation, id: ref.conversation.id.split(';')[0]! };
  delete ref.activityId;
  return JSON.stringify(ref);
}

/** The person @mentioned besides the bot, as an AAD object id (asking Teams when the mention does not carry it). */
async function mentionedUser(context: TurnContext, localMode: boolean): Promise<{ userId: string; name: string } | null> {
  const a = context.activity;
  const mention = (a.entities ?? [])
    .filter((e) => e.type === 'mention')
    .map((e) => (e as { mentioned?: { id?: string; name?: string; aadObjectId?: string } }).mentioned)
    .find((m) => m?.id && m.id !== a.recipient?.id);
  if (!mention?.id) return null;
  const name = (mention.name ?? '').slice(0, 200);
  if (mention.aadObjectId) return { userId: mention.aadObjectId, name };
  try {
    const member = await TeamsInfo.getMember(context, mention.id);
    if (member?.aadObjectId) return { userId: member.aadObjectId, name: member.name ?? name };
  } catch {
    // Not resolvable here (e.g. not a member of this conversation): handled below.
  }
  return localMode ? { userId: `local:${mention.id}`, name } : null;
}

async function reply(ctx: CommandContext, value: string | AdaptiveCardJson): Promise<void> {
  await ctx.context.sendActivity(typeof value === 'string' ? value : { attachments: [attachment(value)] });
}

const commands: Command[] = [
  {
    name: 'koppel',
    // Linear on long input, see Command.pattern in ./commands.
    pattern: /^koppel(?:\s+(?=\S)(.*[^\s.!]))?[\s.!]*$/i,
    async handle(ctx, match) {
      if (!ctx.viewer) return reply(ctx, general.noIdentity);
      const place = await channelPlace(ctx.context, ctx.deps);
      if (!place) return reply(ctx, t.onlyInChannel);
      const typed = match[1]?.trim() ?? '';
      if (typed === '') return reply(ctx, t.linkUsage);
      const out = ctx.deps.services.announcements.channels.link(ctx.viewer, typed, place, referenceJson(ctx.context));
      if (out.kind === 'unknownGroup') return reply(ctx, t.unknownGroup(typed));
      if (out.kind === 'notAllowed') return reply(ctx, t.notAllowedLink(out.group.name));
      if (out.kind === 'channelTaken') return reply(ctx, t.channelTaken(shortName(out.group), out.others.map(shortName)));
      const group = shortName(out.link.group);
      const here = whereOf(out.link, out.link.group);
      return reply(ctx, out.previous ? t.relinked(group, here, whereOf(out.previous, out.link.group)) : t.linked(group, here));
    },
  },
  {
    name: 'ontkoppel',
    pattern: /^ontkoppel\b.*$/i,
    async handle(ctx) {
      if (!ctx.viewer) return reply(ctx, general.noIdentity);
      const place = await channelPlace(ctx.context, ctx.deps);
      if (!place) return reply(ctx, t.onlyInChannel);
      const out = ctx.deps.services.announcements.channels.unlink(ctx.viewer, place.channelId);
      if (out.kind === 'notLinked') return reply(ctx, t.notLinkedHere);
      if (out.kind === 'notAllowed') return reply(ctx, t.notAllowedUnlink(out.groups.map(shortName)));
      return reply(ctx, t.unlinked(out.groups.map(shortName)));
    },
  },
  {
    name: 'kanalen',
    pattern: /^(?:kanalen|gekoppelde kanalen)[\s?!.]*$/i,
    async handle(ctx) {
      if (!ctx.viewer) return reply(ctx, general.noIdentity);
      const links = ctx.deps.services.announcements.channels.linksFor(ctx.viewer);
      if (links === null) return reply(ctx, t.notAllowedChannels);
      if (links.length === 0) return reply(ctx, t.noLinks);
      return reply(ctx, `${t.linksTitle}:\n\n${links.map((l) => `- ${l.group.name}: ${whereOf(l, l.group)}`).join('\n')}`);
    },
  },
  {
    name: 'secretaris',
    pattern: /^secretaris(\s+intrekken)?\b\s*(.*)$/i,
    async handle(ctx, match) {
      if (!ctx.viewer) return reply(ctx, general.noIdentity);
      const revoke = match[1] !== undefined;
      const typed = (match[2] ?? '').replace(/^(?:voor|van)\s+/i, '').trim();
      if (typed === '') return reply(ctx, t.secretaryUsage);
      const { announcements } = ctx.deps.services;
      if (!ctx.deps.services.roles.canGrantRoles(ctx.viewer)) return reply(ctx, t.notAdmin);
      const user = await mentionedUser(ctx.context, ctx.deps.localMode);
      if (!user) return reply(ctx, t.mentionNotFound);
      const out = revoke ? announcements.revokeSecretary(ctx.viewer, user.userId, typed) : announcements.grantSecretary(ctx.viewer, user, typed);
      const name = user.name || user.userId;
      switch (out.kind) {
        case 'granted':
          return reply(ctx, t.granted(name, shortName(out.group)));
        case 'revoked':
          return reply(ctx, t.revoked(name, shortName(out.group)));
        case 'notSecretary':
          return reply(ctx, t.notSecretary(name, shortName(out.group)));
        case 'unknownGroup':
          return reply(ctx, t.unknownGroup(out.typed));
        case 'notAllowed':
          return reply(ctx, t.notAdmin);
      }
    },
  },
  {
    name: 'status aankondigingen',
    pattern: /^status\s+(?:van\s+)?(?:mijn\s+)?aankondiging(?:en)?[\s?!.]*$/i,
    async handle(ctx) {
      if (!ctx.viewer) return reply(ctx, general.noIdentity);
      const items = ctx.deps.services.announcements.statusFor(ctx.viewer).map((status) => {
        const d = status.delivery;
        const where = status.where ? whereOf(status.where, status.announcement.group) : shortName(status.announcement.group);
        let line: string;
        if (status.announcement.status === 'cancelled' || d?.status === 'cancelled') line = t.deliveryCancelled;
        else if (!d) line = t.deliveryPending(null);
        else if (d.status === 'sent') line = t.deliverySent(where, whenAt(d.sentAt!));
        else if (d.status === 'failed') line = t.deliveryFailed(failureReason(d.lastError));
        else if (d.status === 'sending') line = t.deliverySending;
        else if (d.attempts > 0) line = t.deliveryRetrying(d.attempts);
        else line = t.deliveryPending(status.announcement.postAt ? whenAt(status.announcement.postAt) : null);
        return { status, line };
      });
      return reply(ctx, statusCard(items));
    },
  },
  {
    name: 'aankondiging',
    pattern: /^(?:nieuwe\s+)?aankondiging(?:\s+(?:maken|plaatsen))?[\s?!.]*$/i,
    async handle(ctx) {
      if (!ctx.viewer) return reply(ctx, general.noIdentity);
      return reply(ctx, composeFor(ctx.deps, ctx.viewer));
    },
  },
];

/** Before every turn: remember personal chats (for proactive messages) and teams the bot is added to or removed from. */
function observe(context: TurnContext, deps: BotDeps): void {
  const a = context.activity;
  const { announcements } = deps.services;
  if (a.conversation?.conversationType === 'personal' && (a.type === 'message' || a.type === 'invoke')) {
    const viewer = viewerOf(context, deps.localMode);
    if (viewer) announcements.rememberPersonalChat(viewer.userId, referenceJson(context));
    return;
  }
  if (a.type !== 'conversationUpdate') return;
  const team = (a.channelData as { team?: { id?: string; name?: string }; channel?: { id?: string } } | undefined)?.team;
  if (!team?.id) return;
  const botId = a.recipient?.id;
  if ((a.membersAdded ?? []).some((m) => m.id === botId)) {
    const generalChannelId = (a.channelData as { channel?: { id?: string } }).channel?.id ?? team.id;
    announcements.channels.recordTeam(
      { teamId: team.id, name: team.name ?? null, generalChannelId, tenantId: a.conversation?.tenantId ?? null, addedBy: a.from?.aadObjectId ?? null },
      referenceJson(context),
    );
  } else if ((a.membersRemoved ?? []).some((m) => m.id === botId)) {
    announcements.channels.recordTeamRemoved(team.id);
  }
}

/** Plaatsen / Annuleren: parse the card's announcement id and know who clicked, then run the action. */
function onAnnouncement(deps: BotDeps, run: (viewer: Viewer, announcementId: number) => Promise<AdaptiveCardJson>) {
  return async (context: TurnContext, _state: unknown, data: unknown): Promise<AdaptiveCardJson | string> => {
    const parsed = announcementRef.safeParse(data);
    if (!parsed.success) return general.badCardData;
    const viewer = viewerOf(context, deps.localMode);
    if (!viewer) return general.noIdentity;
    return run(viewer, parsed.data.announcementId);
  };
}

function userTarget(message: OutboxRow): Viewer | null {
  return message.targetKey.startsWith('user:') ? { userId: message.targetKey.slice('user:'.length), name: '', tenantId: null } : null;
}

const changePayload = z.object({
  sessionId: z.number().int().positive(),
  version: z.number().int().positive(),
  changes: z.array(z.object({ field: z.string(), oldValue: z.string().nullable(), newValue: z.string().nullable() })),
  waiting: z.literal(true).optional(),
});

export const announcementsModule: FeatureModule = {
  commands,
  register(app, deps) {
    app.turn('beforeTurn', async (context) => {
      try {
        observe(context, deps);
      } catch (error) {
        // Remembering where people are must never stop the turn itself.
        deps.log.error('observe_failed', { error, activityType: context.activity.type });
      }
      return true;
    });
    app.adaptiveCards.actionExecute(VERB_PREVIEW, async (context, _state, data) => handlePreview(context, deps, data));
    app.adaptiveCards.actionExecute(
      VERB_POST,
      onAnnouncement(deps, async (viewer, id) => {
        const outcome = deps.services.announcements.post(viewer, id);
        const { line, attention } = await postLine(deps, outcome);
        const title = outcome.kind === 'queued' || outcome.kind === 'alreadyPosted' ? outcome.announcement.title : t.composeTitle;
        return outcomeCard(title, line, attention);
      }),
    );
    app.adaptiveCards.actionExecute(
      VERB_CANCEL,
      onAnnouncement(deps, async (viewer, id) => {
        const out = deps.services.announcements.cancel(viewer, id);
        switch (out.kind) {
          case 'cancelled':
            return outcomeCard(out.announcement.title, t.cancelled);
          case 'alreadySent':
            return outcomeCard(out.announcement.title, t.alreadySent, true);
          case 'unknownDraft':
            return outcomeCard(t.composeTitle, t.unknownDraft, true);
          case 'notAllowed':
            return outcomeCard(t.composeTitle, t.notAllowedPost(out.group?.name ?? null), true);
        }
      }),
    );
  },
  outboxRenderers: {
    [ANNOUNCEMENT]: (message, deps): Partial<Activity> | null => {
      const id = z.object({ announcementId: z.number().int().positive() }).safeParse(message.payload);
      if (!id.success) return null;
      const a = deps.services.announcements.get(id.data.announcementId);
      if (!a || a.status !== 'queued') return null;
      return { type: 'message', summary: a.title, attachments: [attachment(postedCard(a, deps))] };
    },
    [SESSION_CHANGED]: (message, deps): Partial<Activity> | null => {
      const p = changePayload.safeParse(message.payload);
      if (!p.success) return null;
      const details = deps.services.programme.getSessionDetails(p.data.sessionId);
      if (!details) return null;
      const viewer = userTarget(message);
      const session = renderSessionCard(details, viewer, deps);
      const audience = viewer === null ? 'channel' : p.data.waiting ? 'waiting' : 'person';
      return {
        type: 'message',
        summary: audience === 'waiting' ? t.offTitle(details.title) : t.changedTitle(details.title),
        attachments: [attachment(changeNoticeCard(details.title, audience, p.data.changes, session))],
      };
    },
    [REMINDER]: (message, deps): Partial<Activity> | null => {
      const p = z.object({ sessionId: z.number().int().positive(), version: z.number().int().positive() }).safeParse(message.payload);
      if (!p.success) return null;
      const details = deps.services.programme.getSessionDetails(p.data.sessionId);
      // Changed since (a new reminder follows for the new version) or no longer on: say nothing.
      if (!details || details.version !== p.data.version || details.status !== 'gepland' || details.removed || !details.start) return null;
      const session = renderSessionCard(details, userTarget(message), deps);
      return { type: 'message', summary: t.reminderTitle(details.title, details.start), attachments: [attachment(reminderCard(details.title, details.start, session))] };
    },
  },
};

