/**
 * The announcements feature: where the bot is (team installs, `koppel`,
 * `ontkoppel`, `kanalen`), secretaries (`secretaris @naam <groep>`), composing
 * and posting (`aankondiging`, Plaatsen / Annuleren and their text commands),
 * `status aankondigingen`, and the renderers for announcements, change notices
 * and reminders. Every decision is the domain's; this file parses, asks once,
 * and returns reply values.
 */
import { z } from 'zod';
import type { Announcement, DraftOutcome, PostOutcome } from '../announcements/announcements';
import { ANNOUNCEMENT } from '../announcements/announcements';
import type { ChannelPlace } from '../announcements/channels';
import { resolveGroup, shortName } from '../announcements/themeGroups';
import { NOT_LINKED } from '../outbox/delivery';
import type { OutboxRow } from '../outbox/outbox';
import type { Organiser } from '../programme/types';
import { REMINDER, SESSION_CHANGED } from '../signups/notices';
import { announcementTexts as t, placeName, whenAt } from '../texts/announcements';
import { general } from '../texts/nl';
import { cardAction, outboxRenderer, type Command, type CoreDeps, type Feature } from './core';
import { sessionView } from './sessions';
import { cardReply, textReply, type CardModel, type ComposeValues, type Reply, type Request, type Who } from './types';

export const ANNOUNCEMENT_VERBS = { preview: 'announcement.preview', post: 'announcement.post', cancel: 'announcement.cancel' } as const;

/** Teams refuses a message over ~28 KB; checked on the rendered card (deps.cardBytes) before anything is stored or sent. */
export const CARD_BUDGET_BYTES = 28_000;

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

function whereOf(place: ChannelPlace, group: Organiser): string {
  return placeName(place.teamName, place.channelName, shortName(group));
}

/** The post as it goes to the channel, with the session card (and its Aanmelden button) when one is attached. */
function postedCard(a: Pick<Announcement, 'title' | 'body' | 'group' | 'sessionId'>, deps: CoreDeps): CardModel {
  const details = a.sessionId === null ? undefined : deps.services.programme.getSessionDetails(a.sessionId);
  return { card: 'announcement', announcement: a, session: details ? sessionView(details, null, deps) : null };
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

function composeFor(deps: CoreDeps, who: Who, values: ComposeValues = {}, error: string | null = null): Reply {
  const { announcements } = deps.services;
  const groups = announcements.postableGroups(who);
  if (groups.length === 0) return textReply(t.noGroups);
  return cardReply({ card: 'compose', groups, sessions: announcements.attachableSessions(who), values, error });
}

function outcomeCard(title: string, line: string, attention = false): Reply {
  return cardReply({ card: 'outcome', title, line, attention });
}

async function handlePreview(req: Request, d: z.output<typeof composeData>, deps: CoreDeps): Promise<Reply> {
  const viewer = req.who;
  if (!viewer) return textReply(general.noIdentity);
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
  if (group && deps.cardBytes(postedCard({ title: d.title, body: d.body, group, sessionId: d.sessionId }, deps)) > CARD_BUDGET_BYTES) {
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
  return cardReply({ card: 'preview', announcement: a, posted: postedCard(a, deps), whereLine: t.previewWhere(where, a.postAt ? whenAt(a.postAt) : null) });
}

async function postLine(deps: CoreDeps, outcome: PostOutcome): Promise<{ line: string; attention: boolean }> {
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

const commands: Command[] = [
  {
    name: 'koppel',
    // Linear on long input, see Command.pattern in ./core.
    pattern: /^koppel(?:\s+(?=\S)(.*[^\s.!]))?[\s.!]*$/i,
    async handle(req, match, deps) {
      if (!req.who) return textReply(general.noIdentity);
      const place = await req.where.channelPlace();
      if (!place) return textReply(t.onlyInChannel);
      const typed = match[1]?.trim() ?? '';
      if (typed === '') return textReply(t.linkUsage);
      const out = deps.services.announcements.channels.link(req.who, typed, place, req.where.reference);
      if (out.kind === 'unknownGroup') return textReply(t.unknownGroup(typed));
      if (out.kind === 'notAllowed') return textReply(t.notAllowedLink(out.group.name));
      if (out.kind === 'channelTaken') return textReply(t.channelTaken(shortName(out.group), out.others.map(shortName)));
      const group = shortName(out.link.group);
      const here = whereOf(out.link, out.link.group);
      return textReply(out.previous ? t.relinked(group, here, whereOf(out.previous, out.link.group)) : t.linked(group, here));
    },
  },
  {
    name: 'ontkoppel',
    pattern: /^ontkoppel\b.*$/i,
    async handle(req, _match, deps) {
      if (!req.who) return textReply(general.noIdentity);
      const place = await req.where.channelPlace();
      if (!place) return textReply(t.onlyInChannel);
      const out = deps.services.announcements.channels.unlink(req.who, place.channelId);
      if (out.kind === 'notLinked') return textReply(t.notLinkedHere);
      if (out.kind === 'notAllowed') return textReply(t.notAllowedUnlink(out.groups.map(shortName)));
      return textReply(t.unlinked(out.groups.map(shortName)));
    },
  },
  {
    name: 'kanalen',
    pattern: /^(?:kanalen|gekoppelde kanalen)[\s?!.]*$/i,
    async handle(req, _match, deps) {
      if (!req.who) return textReply(general.noIdentity);
      const links = deps.services.announcements.channels.linksFor(req.who);
      if (links === null) return textReply(t.notAllowedChannels);
      if (links.length === 0) return textReply(t.noLinks);
      return textReply(`${t.linksTitle}:\n\n${links.map((l) => `- ${l.group.name}: ${whereOf(l, l.group)}`).join('\n')}`);
    },
  },
  {
    name: 'secretaris',
    // ("secretaris TG Woningmarkt hier, op welke netwerkdagen stonden wij?" is a question: with a comma or question mark
    // and no one mentioned, the text is no command.)
    pattern: /^secretaris(\s+intrekken)?\b\s*([^?,\n]*|(?=[^\n]*(?:<at>|@)).*)$/i,
    async handle(req, match, deps) {
      if (!req.who) return textReply(general.noIdentity);
      const revoke = match[1] !== undefined;
      const typed = (match[2] ?? '').replace(/^(?:voor|van)\s+/i, '').trim();
      if (typed === '') return textReply(t.secretaryUsage);
      const { announcements, roles } = deps.services;
      if (!roles.canGrantRoles(req.who)) return textReply(t.notAdmin);
      const user = await req.mentioned();
      if (!user) return textReply(t.mentionNotFound);
      const out = revoke ? announcements.revokeSecretary(req.who, user.userId, typed) : announcements.grantSecretary(req.who, user, typed);
      const name = user.name || user.userId;
      switch (out.kind) {
        case 'granted':
          return textReply(t.granted(name, shortName(out.group)));
        case 'revoked':
          return textReply(t.revoked(name, shortName(out.group)));
        case 'notSecretary':
          return textReply(t.notSecretary(name, shortName(out.group)));
        case 'unknownGroup':
          return textReply(t.unknownGroup(out.typed));
        case 'notAllowed':
          return textReply(t.notAdmin);
      }
    },
  },
  {
    name: 'status aankondigingen',
    pattern: /^status\s+(?:van\s+)?(?:mijn\s+)?aankondiging(?:en)?[\s?!.]*$/i,
    async handle(req, _match, deps) {
      if (!req.who) return textReply(general.noIdentity);
      const items = deps.services.announcements.statusFor(req.who).map((status) => {
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
      return cardReply({ card: 'status', items });
    },
  },
  {
    name: 'aankondiging plaatsen',
    // The text route of Plaatsen / Annuleren under a preview (the preview names the number).
    pattern: /^(plaats|annuleer)\s+aankondiging\s+(\d{1,9})[\s?!.]*$/i,
    async handle(req, match, deps) {
      if (!req.who) return textReply(general.noIdentity);
      const id = Number(match[2]);
      return match[1]!.toLowerCase() === 'plaats' ? post(req.who, id, deps) : cancel(req.who, id, deps);
    },
  },
  {
    name: 'aankondiging',
    pattern: /^(?:nieuwe\s+)?aankondiging(?:\s+(?:maken|plaatsen))?[\s?!.]*$/i,
    async handle(req, _match, deps) {
      if (!req.who) return textReply(general.noIdentity);
      return composeFor(deps, req.who);
    },
  },
  {
    name: 'aankondiging voor',
    // The text route of the compose form: "aankondiging voor <groep>: <titel>", then the message on the next lines.
    pattern: /^aankondiging\s+voor\s+([^:\n]{1,200}):([^\n]*)\n([\s\S]*)$/i,
    async handle(req, match, deps) {
      if (!req.who) return textReply(general.noIdentity);
      const group = resolveGroup(deps.services.announcements.postableGroups(req.who), match[1]!.trim());
      if (!group) return textReply(t.unknownGroupChoice);
      return handlePreview(req, { themeGroupId: group.id, title: match[2]!.trim(), body: match[3]!.trim(), sessionId: null }, deps);
    },
  },
];

async function post(who: Who, id: number, deps: CoreDeps): Promise<Reply> {
  const outcome = deps.services.announcements.post(who, id);
  const { line, attention } = await postLine(deps, outcome);
  const title = outcome.kind === 'queued' || outcome.kind === 'alreadyPosted' ? outcome.announcement.title : t.composeTitle;
  return outcomeCard(title, line, attention);
}

async function cancel(who: Who, id: number, deps: CoreDeps): Promise<Reply> {
  const out = deps.services.announcements.cancel(who, id);
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
}

/** What an adapter tells the core it saw, besides messages: where people and the bot are. */
export type Observation =
  | { kind: 'personalChat'; userId: string; reference: string }
  | { kind: 'teamAdded'; team: { teamId: string; name: string | null; generalChannelId: string; tenantId: string | null; addedBy: string | null }; reference: string }
  | { kind: 'teamRemoved'; teamId: string };

/** Remembers personal chats (for proactive messages) and teams the bot is added to or removed from. */
export function observe(o: Observation, deps: CoreDeps): void {
  const { announcements } = deps.services;
  if (o.kind === 'personalChat') announcements.rememberPersonalChat(o.userId, o.reference);
  else if (o.kind === 'teamAdded') announcements.channels.recordTeam(o.team, o.reference);
  else announcements.channels.recordTeamRemoved(o.teamId);
}

function userTarget(message: OutboxRow): string | null {
  return message.targetKey.startsWith('user:') ? message.targetKey.slice('user:'.length) : null;
}

const changePayload = z.object({
  sessionId: z.number().int().positive(),
  version: z.number().int().positive(),
  changes: z.array(z.object({ field: z.string(), oldValue: z.string().nullable(), newValue: z.string().nullable() })),
  waiting: z.literal(true).optional(),
});

export const announcementsFeature: Feature = {
  name: 'announcements',
  commands,
  actions: [
    cardAction({
      verb: ANNOUNCEMENT_VERBS.preview,
      schema: composeData,
      textEquivalent: 'aankondiging voor <groep>: <titel> (en het bericht op de volgende regels)',
      handle: (req, data, deps) => handlePreview(req, data, deps),
    }),
    cardAction({
      verb: ANNOUNCEMENT_VERBS.post,
      schema: announcementRef,
      textEquivalent: 'plaats aankondiging <nummer>',
      async handle(req, data, deps) {
        if (!req.who) return textReply(general.noIdentity);
        return post(req.who, data.announcementId, deps);
      },
    }),
    cardAction({
      verb: ANNOUNCEMENT_VERBS.cancel,
      schema: announcementRef,
      textEquivalent: 'annuleer aankondiging <nummer>',
      async handle(req, data, deps) {
        if (!req.who) return textReply(general.noIdentity);
        return cancel(req.who, data.announcementId, deps);
      },
    }),
  ],
  renderers: [
    outboxRenderer({
      kind: ANNOUNCEMENT,
      schema: z.object({ announcementId: z.number().int().positive() }),
      render(_row, payload, deps) {
        const a = deps.services.announcements.get(payload.announcementId);
        if (!a || a.status !== 'queued') return null;
        return cardReply(postedCard(a, deps), { summary: a.title });
      },
    }),
    outboxRenderer({
      kind: SESSION_CHANGED,
      schema: changePayload,
      render(row, p, deps) {
        const details = deps.services.programme.getSessionDetails(p.sessionId);
        if (!details) return null;
        const reader = userTarget(row);
        const audience = reader === null ? 'channel' : p.waiting ? 'waiting' : 'person';
        return cardReply(
          { card: 'changeNotice', title: details.title, audience, changes: p.changes, session: sessionView(details, reader, deps) },
          { summary: audience === 'waiting' ? t.offTitle(details.title) : t.changedTitle(details.title) },
        );
      },
    }),
    outboxRenderer({
      kind: REMINDER,
      schema: z.object({ sessionId: z.number().int().positive(), version: z.number().int().positive() }),
      render(row, p, deps) {
        const details = deps.services.programme.getSessionDetails(p.sessionId);
        // Changed since (a new reminder follows for the new version) or no longer on: say nothing.
        if (!details || details.version !== p.version || details.status !== 'gepland' || details.removed || !details.start) return null;
        return cardReply(
          { card: 'reminder', title: details.title, start: details.start, session: sessionView(details, userTarget(row), deps) },
          { summary: t.reminderTitle(details.title, details.start) },
        );
      },
    }),
  ],
};
