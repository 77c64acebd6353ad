/**
 * The Teams side of proactive delivery: sends one rendered reply (as its
 * activity) to one conversation reference, as a new thread in a channel or a new message in a
 * person's chat with the bot. The outbox (src/outbox) decides what to send,
 * where and when; failures come back as HTTP status and Retry-After.
 */
import { TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import type { ConnectorClient } from 'botframework-connector';
import type { Reply } from '../bot/types';
import type { Destination, Transport } from '../outbox/delivery';
import { parseRetryAfter } from '../outbox/retryPolicy';
import type { SendResult } from '../outbox/worker';
import type { TeamsBot } from './app';
import { replyActivity } from './render';

export function teamsTransport(bot: TeamsBot, botId: string): Transport<Reply> {
  /** Runs `fn` with a connector client for the reference's service, without the SDK's own retries. */
  async function withConnector<T>(reference: Partial<ConversationReference>, fn: (client: ConnectorClient) => Promise<T>): Promise<T> {
    type Outcome = { ok: true; value: T } | { ok: false; error: unknown };
    let outcome = { ok: false, error: new Error('turn did not run') } as Outcome;
    await bot.adapter.continueConversationAsync(botId, reference, async (context) => {
      const client = context.turnState.get<ConnectorClient>(bot.adapter.ConnectorClientKey);
      // The SDK would retry 429/5xx itself, invisibly and without our limits; the worker decides instead.
      (client as unknown as { client?: { pipeline?: { removePolicy(o: { phase: string }): unknown } } }).client?.pipeline?.removePolicy({
        phase: 'Retry',
      });
      // Caught here, not thrown: the app's onTurnError would swallow it and the send would look delivered.
      try {
        outcome = { ok: true, value: await fn(client) };
      } catch (error) {
        outcome = { ok: false, error };
      }
    });
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  }

  async function attempt(fn: () => Promise<string | null>): Promise<SendResult> {
    try {
      return { kind: 'sent', deliveredId: await fn() };
    } catch (error) {
      const e = error as { statusCode?: number; message?: string; response?: { headers?: { get?(name: string): string | undefined } } };
      const status = typeof e.statusCode === 'number' && e.statusCode > 0 ? e.statusCode : undefined;
      const retryAfterMs = parseRetryAfter(e.response?.headers?.get?.('retry-after'), Date.now());
      return {
        kind: 'failed',
        failure: { ...(status !== undefined ? { status } : {}), ...(retryAfterMs !== undefined ? { retryAfterMs } : {}), message: String(e.message ?? error).slice(0, 300) },
      };
    }
  }

  return (reply: Reply, destination: Destination, signal: AbortSignal) => {
    const message: Partial<Activity> = { type: 'message', ...replyActivity(reply) };
    const reference = JSON.parse(destination.reference) as Partial<ConversationReference>;
    if (destination.kind === 'personal') {
      return attempt(() =>
        withConnector(reference, async (client) => {
          const out = TurnContext.applyConversationReference({ ...message }, reference) as Partial<Activity>;
          // A new message in the chat, not a reply to whatever the person last said.
          delete out.replyToId;
          const res = await client.conversations.sendToConversation(destination.conversationId, out as Activity, { abortSignal: signal });
          return res.id ?? null;
        }),
      );
    }
    return attempt(() =>
      withConnector(reference, async (client) => {
        // What TeamsInfo.sendMessageToTeamsChannel does, with our connector client: a new thread in the channel.
        const res = await client.conversations.createConversation(
          {
            isGroup: true,
            channelData: { channel: { id: destination.channelId } },
            activity: message as Activity,
            bot: reference.bot,
            ...(reference.conversation?.tenantId ? { tenantId: reference.conversation.tenantId } : {}),
          } as Parameters<ConnectorClient['conversations']['createConversation']>[0],
          { abortSignal: signal },
        );
        return res.activityId ?? res.id ?? null;
      }),
    );
  };
}
