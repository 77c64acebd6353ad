/**
 * An activity as the core's plain request: who (the Entra object id), where
 * (personal, group or channel, with the reference to write there later), the
 * text or card data, the clock and the conversation's memory. What Teams only
 * tells on request (channel and team names, who an @mention is) is asked
 * lazily, when a handler needs it.
 */
import { TeamsInfo, TurnContext } from 'botbuilder';
import type { ChannelPlace } from '../announcements/channels';
import type { Observation } from '../bot/announcements';
import type { Input, Request } from '../bot/types';
import type { Clock } from '../clock';
import type { Logger } from '../log';
import { viewerOf } from './identity';
import type { BotTurnState } from './turnState';

export function requestOf(context: TurnContext, state: BotTurnState, input: Input, opts: { localMode: boolean; clock: Clock; log: Logger }): Request {
  const viewer = viewerOf(context, opts.localMode);
  const a = context.activity;
  const type = a.conversation?.conversationType;
  let place: Promise<ChannelPlace | null> | undefined;
  return {
    who: viewer ? { userId: viewer.userId, name: viewer.name, aadObjectId: a.from?.aadObjectId || null, tenantId: viewer.tenantId } : null,
    where: {
      kind: type === 'personal' ? 'personal' : type === 'channel' ? 'channel' : 'group',
      conversationId: a.conversation?.id ?? '',
      reference: referenceJson(context),
      channelPlace: () => (place ??= channelPlace(context, opts.log)),
    },
    input,
    now: opts.clock(),
    memory: state.conversation,
    user: state.user,
    mentioned: () => mentionedUser(context, opts.localMode),
  };
}

/**
 * Where a channel message came from; null outside a team channel. Message
 * activities from Teams carry the team and channel ids but seldom their names,
 * so missing names are asked of Teams; the link still works if that fails.
 */
export async function channelPlace(context: TurnContext, log: Logger): Promise<ChannelPlace | null> {
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
      log.warn('channel_names_unavailable', { teamId, error: error instanceof Error ? error.message : String(error) });
    }
  }
  // Teams gives the General channel no name of its own; its id is the team's.
  if (channelName === null && teamId !== null && channelId === teamId) channelName = 'Algemeen';
  return { channelId, channelName, teamId, teamName };
}

/** Per incoming activity: a turn asks for its reference twice (where people are, and the request itself). */
const references = new WeakMap<object, string>();

export function referenceJson(context: TurnContext): string {
  let json = references.get(context.activity);
  if (json === undefined) {
    json = buildReferenceJson(context);
    references.set(context.activity, json);
  }
  return json;
}

function buildReferenceJson(context: TurnContext): string {
  const ref = TurnContext.getConversationReference(context.activity);
  // A channel reference points at the channel, not at the thread the command was said in.
  if (ref.conversation?.id) ref.conversation = { ...ref.conversation, id: ref.conversation.id.split(';')[0]! };
  delete ref.activityId;
  return JSON.stringify(ref);
}

/** The person @mentioned besides the bot, as an AAD object id (asking Teams when the mention does not carry it). */
export async function mentionedUser(context: TurnContext, localMode: boolean): Promise<{ userId: string; name: string } | null> {
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

/** What an activity tells about where people and the bot are: personal chats (for proactive messages), teams the bot joins or leaves. */
export function observationOf(context: TurnContext, localMode: boolean): Observation | null {
  const a = context.activity;
  if (a.conversation?.conversationType === 'personal' && (a.type === 'message' || a.type === 'invoke')) {
    const viewer = viewerOf(context, localMode);
    return viewer ? { kind: 'personalChat', userId: viewer.userId, reference: referenceJson(context) } : null;
  }
  if (a.type !== 'conversationUpdate') return null;
  const team = (a.channelData as { team?: { id?: string; name?: string }; channel?: { id?: string } } | undefined)?.team;
  if (!team?.id) return null;
  const botId = a.recipient?.id;
  if ((a.membersAdded ?? []).some((m) => m.id === botId)) {
    const generalChannelId = (a.channelData as { channel?: { id?: string } }).channel?.id ?? team.id;
    return {
      kind: 'teamAdded',
      team: { teamId: team.id, name: team.name ?? null, generalChannelId, tenantId: a.conversation?.tenantId ?? null, addedBy: a.from?.aadObjectId ?? null },
      reference: referenceJson(context),
    };
  }
  if ((a.membersRemoved ?? []).some((m) => m.id === botId)) return { kind: 'teamRemoved', teamId: team.id };
  return null;
}

