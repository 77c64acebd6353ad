/**
 * The outbox worker's Sender, without any bot SDK: for each due row it renders
 * the message (the renderer is given), finds where it goes right now (a
 * person's stored chat, or the channel a theme group is linked to at this
 * moment) and hands both to a transport, the one piece a chat adapter supplies
 * ("send this rendered message to this conversation reference"). It names the
 * conversation each message goes to: the worker's rate limits count per
 * conversation. Failures come back from the transport as status and
 * Retry-After; deciding what to do with them is the worker's job.
 */
import type { Db } from '../db/database';
import type { Logger } from '../log';
import { getConversationRef, type OutboxRow } from './outbox';
import type { Prepared, Sender, SendResult } from './worker';

/** Stored reason when a group has no channel (any more); the status view turns it into Dutch. */
export const NOT_LINKED = 'not_linked';
export const NO_CONVERSATION = 'no_conversation';

/**
 * Where a rendered message goes. `reference` is the conversation reference as
 * the adapter stored it (opaque JSON here).
 * - personal: a new message in a person's chat with the bot;
 * - channel: a new thread in a channel (`channelId`).
 */
export type Destination = { kind: 'personal'; reference: string; conversationId: string } | { kind: 'channel'; reference: string; channelId: string };

/** Sends one rendered message; never throws: a failure is a SendResult with status and Retry-After. */
export type Transport<M> = (message: M, destination: Destination, signal: AbortSignal) => Promise<SendResult>;

/** Returns null when the message can no longer be rendered (e.g. its session is gone): it is then recorded as failed. */
export type Render<M> = (row: OutboxRow) => M | null;

/** The channel a theme group is linked to now, with its stored reference (announcements' ChannelDirectory answers this). */
export type ChannelOf = (themeGroupId: number) => { channelId: string; reference: string } | null;

/** One renderer per message kind, declared by the features that enqueue that kind. */
export type Renderers<M> = Readonly<Record<string, Render<M>>>;

export function createOutboxSender<M>(db: Db, renderers: Renderers<M>, channelOf: ChannelOf, transport: Transport<M>, log: Logger): Sender {
  return {
    prepare(row: OutboxRow): Prepared {
      const render = Object.hasOwn(renderers, row.kind) ? renderers[row.kind] : undefined;
      if (!render) return { kind: 'undeliverable', reason: `no renderer for ${row.kind}` };
      let message: M | null;
      try {
        message = render(row);
      } catch (error) {
        log.error('outbox_render_failed', { id: row.id, kind: row.kind, error });
        return { kind: 'undeliverable', reason: 'render_failed' };
      }
      if (message === null) return { kind: 'undeliverable', reason: 'nothing_to_render' };
      const destination = destinationOf(db, row, channelOf);
      if (typeof destination === 'string') return { kind: 'undeliverable', reason: destination };
      return {
        kind: 'ready',
        // A channel post opens a new thread, yet Teams counts it against the channel.
        conversation: destination.kind === 'personal' ? destination.conversationId : destination.channelId,
        send: (signal) => transport(message, destination, signal),
      };
    },
  };
}

function destinationOf(db: Db, row: OutboxRow, channelOf: ChannelOf): Destination | string {
  if (row.targetType === 'user') {
    const reference = getConversationRef(db, row.targetKey);
    const conversationId = reference ? conversationIdOf(reference) : undefined;
    if (!reference || !conversationId) return NO_CONVERSATION;
    return { kind: 'personal', reference, conversationId };
  }
  const target = channelOf(Number(row.targetKey.replace(/^themegroup:/, '')));
  if (!target) return NOT_LINKED;
  return { kind: 'channel', reference: target.reference, channelId: target.channelId };
}

/** A stored reference is the adapter's JSON; all the outbox reads from it is the conversation's id, to count limits by. */
function conversationIdOf(reference: string): string | undefined {
  try {
    const id = (JSON.parse(reference) as { conversation?: { id?: unknown } } | null)?.conversation?.id;
    return typeof id === 'string' && id !== '' ? id : undefined;
  } catch {
    return undefined;
  }
}
