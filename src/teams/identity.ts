/**
 * Who is talking: a person is their Entra ID (AAD) object id. In local mode
 * (no BOT_ID, the emulator and tests) a channel user id stands in for it.
 */
import type { TurnContext } from 'botbuilder';

export interface Viewer {
  userId: string;
  name: string;
  tenantId: string | null;
}

export function viewerOf(context: TurnContext, localMode: boolean): Viewer | null {
  const from = context.activity.from;
  if (!from) return null;
  const aad = typeof from.aadObjectId === 'string' && from.aadObjectId.length > 0 ? from.aadObjectId : null;
  const fallback = localMode && typeof from.id === 'string' && from.id.length > 0 ? `local:${from.id}` : null;
  const userId = aad ?? fallback;
  if (!userId || userId.length > 200) return null;
  return {
    userId,
    name: typeof from.name === 'string' ? from.name.slice(0, 200) : '',
    tenantId: tenantOf(context),
  };
}

export function tenantOf(context: TurnContext): string | null {
  const a = context.activity;
  const fromChannel = (a.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  if (typeof fromChannel === 'string') return fromChannel;
  const fromConversation = a.conversation?.tenantId;
  return typeof fromConversation === 'string' ? fromConversation : null;
}

/** The message text without the bot's @mention, trimmed. */
export function messageText(context: TurnContext): string {
  const a = context.activity;
  let t = typeof a.text === 'string' ? a.text : '';
  for (const e of a.entities ?? []) {
    if (e.type === 'mention' && (e as { mentioned?: { id?: string } }).mentioned?.id === a.recipient?.id) {
      const tag = (e as { text?: string }).text;
      if (typeof tag === 'string' && tag) t = t.split(tag).join(' ');
    }
  }
  return t.replace(/<at>[^<]*<\/at>/g, ' ').replace(/\s+/g, ' ').trim();
}
