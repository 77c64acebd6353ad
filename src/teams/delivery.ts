/**
 * The outbox worker's Sender for Teams: renders a message with its module's
 * renderer and sends it proactively, as a new thread in a theme group's linked
 * channel or into a person's chat with the bot. It names the Teams conversation
 * each message goes to (the channel, or the person's stored personal chat):
 * the worker's rate limits count per conversation. Failures come back as HTTP
 * status and Retry-After; deciding what to do with them is the worker's job.
 */
import { TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import type { ConnectorClient } from 'botframework-connector';
import { enqueueChangeNotices, enqueueDueReminders, seatHolders } from '../announcements/notices';
import { getConversationRef, type OutboxRow } from '../announcements/outbox';
import { parseRetryAfter } from '../announcements/retryPolicy';
import { OutboxWorker, type Prepared, type Sender, type SendResult } from '../announcements/worker';
import { runningClock } from '../clock';
import type { ImportReport } from '../programme/importSeeds';
import type { FeatureModule, TeamsBot } from './app';
import type { BotDeps } from './deps';
import type { OutboxRenderer } from './outboxRendering';

/** Stored reason when a group has no channel (any more); the status view turns it into Dutch. */
export const NOT_LINKED = 'not_linked';
export const NO_CONVERSATION = 'no_conversation';

export function createTeamsSender(bot: TeamsBot, deps: BotDeps, renderers: Record<string, OutboxRenderer>): Sender {
  const botId = deps.config.BOT_ID ?? '';
  const db = deps.services.db;

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

  return {
    prepare(row: OutboxRow): Prepared {
      const render = renderers[row.kind];
      if (!render) return { kind: 'undeliverable', reason: `no renderer for ${row.kind}` };
      let activity: Partial<Activity> | null;
      try {
        activity = render(row, deps);
      } catch (error) {
        deps.log.error('outbox_render_failed', { id: row.id, kind: row.kind, error });
        return { kind: 'undeliverable', reason: 'render_failed' };
      }
      if (!activity) return { kind: 'undeliverable', reason: 'nothing_to_render' };
      const message: Partial<Activity> = { type: 'message', ...activity };

      if (row.targetType === 'user') {
        const stored = getConversationRef(db, row.targetKey);
        const reference = stored ? (JSON.parse(stored) as Partial<ConversationReference>) : null;
        const conversationId = reference?.conversation?.id;
        if (!reference || !conversationId) return { kind: 'undeliverable', reason: NO_CONVERSATION };
        return {
          kind: 'ready',
          conversation: conversationId,
          send: (signal) =>
            attempt(() =>
              withConnector(reference, async (client) => {
                const out = TurnContext.applyConversationReference({ ...message }, reference) as Partial<Activity>;
                // A new message in the chat, not a reply to whatever the person last said.
                delete out.replyToId;
                const res = await client.conversations.sendToConversation(conversationId, out as Activity, { abortSignal: signal });
                return res.id ?? null;
              }),
            ),
        };
      }

      const groupId = Number(row.targetKey.replace(/^themegroup:/, ''));
      const target = deps.services.announcements.channels.referenceFor(groupId);
      if (!target) return { kind: 'undeliverable', reason: NOT_LINKED };
      const reference = JSON.parse(target.reference) as Partial<ConversationReference>;
      return {
        kind: 'ready',
        // Each post opens a new thread, yet Teams counts it against the channel (whose id is its conversation id).
        conversation: target.link.channelId,
        send: (signal) =>
          attempt(() =>
            withConnector(reference, async (client) => {
              // What TeamsInfo.sendMessageToTeamsChannel does, with our connector client: a new thread in the channel.
              const res = await client.conversations.createConversation(
                {
                  isGroup: true,
                  channelData: { channel: { id: target.link.channelId } },
                  activity: message as Activity,
                  bot: reference.bot,
                  ...(reference.conversation?.tenantId ? { tenantId: reference.conversation.tenantId } : {}),
                } as Parameters<ConnectorClient['conversations']['createConversation']>[0],
                { abortSignal: signal },
              );
              return res.activityId ?? res.id ?? null;
            }),
          ),
      };
    },
  };
}

export interface Delivery {
  worker: OutboxWorker;
  stop(): Promise<void>;
}

/**
 * Starts proactive delivery: change notices from this start's import, the
 * outbox worker, and (when configured) the reminder sweep. Renderers come
 * from every feature module.
 */
export function startDelivery(bot: TeamsBot, deps: BotDeps, modules: FeatureModule[], importReport: ImportReport | null): Delivery {
  const { config, services, log } = deps;
  const renderers = Object.assign({}, ...modules.map((m) => m.outboxRenderers ?? {})) as Record<string, OutboxRenderer>;
  // UTC: the worker reads the clock for every message, and zone arithmetic is the costly part.
  const clock = runningClock(deps.clock().toUTC());
  const signedUp = seatHolders(services.programme, services.signups);
  if (importReport && importReport.changes.length > 0) {
    const n = enqueueChangeNotices(services.db, services.programme, signedUp, importReport.changes, clock(), (ids) =>
      ids.filter((id) => services.announcements.channels.linkOf(id) !== null),
    );
    log.info('change_notices_enqueued', { count: n });
  }
  const worker = new OutboxWorker(
    services.db,
    createTeamsSender(bot, deps, renderers),
    {
      concurrency: config.OUTBOX_CONCURRENCY,
      leaseMs: config.OUTBOX_LEASE_MS,
      sendTimeoutMs: config.OUTBOX_SEND_TIMEOUT_MS,
      pollMs: config.OUTBOX_POLL_MS,
      conversationLimits: config.OUTBOX_CONVERSATION_LIMITS,
      globalLimits: config.OUTBOX_TENANT_LIMITS,
      retry: { baseMs: config.OUTBOX_RETRY_BASE_MS, maxMs: config.OUTBOX_RETRY_MAX_MS, maxAttempts: config.OUTBOX_MAX_ATTEMPTS },
    },
    clock,
    services.announcements.signals,
    log,
  );
  worker.start();
  let timer: NodeJS.Timeout | null = null;
  const minutes = config.REMINDER_MINUTES_BEFORE;
  if (minutes !== undefined) {
    const sweep = () => {
      try {
        if (enqueueDueReminders(services.db, services.programme, signedUp, clock(), minutes) > 0) services.announcements.signals.kick();
      } catch (error) {
        log.error('reminder_sweep_failed', { error });
      }
    };
    sweep();
    timer = setInterval(sweep, 60_000);
    timer.unref();
  }
  return {
    worker,
    async stop() {
      if (timer) clearInterval(timer);
      await worker.stop();
    },
  };
}
