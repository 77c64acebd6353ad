import { afterEach, describe, expect, it } from 'vitest';
import { enqueue, getOutboxMessage, listOutbox, saveConversationRef } from '../../src/outbox/outbox';
import { ANNA, startHarness, type Harness } from '../support/botHarness';

const NOW = '2026-02-04T09:30:00+01:00';
const NOW_ISO = '2026-02-04T08:30:00.000Z';
const QUICK_RETRIES = { OUTBOX_RETRY_BASE_MS: '20', OUTBOX_RETRY_MAX_MS: '100', OUTBOX_POLL_MS: '20' };

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A personal reminder for `userId`, whose chat with the bot is `conversationId`. */
function enqueueReminder(h: Harness, userId: string, conversationId: string): number {
  const { db, services } = h.bot;
  const store = services.programme;
  const session = store.listSessions(store.getEventBySlug('2026-02-04-zoetermeer')!.id).find((s) => s.start !== null && s.status === 'gepland')!;
  const reference = { channelId: 'msteams', serviceUrl: h.connector.url, conversation: { id: conversationId, conversationType: 'personal' }, bot: { id: '28:bot' }, user: { id: `29:${userId}` } };
  saveConversationRef(db, `user:${userId}`, JSON.stringify(reference), NOW_ISO);
  const id = enqueue(db, { kind: 'reminder', target: { type: 'user', userId }, payload: { sessionId: session.id, version: session.version } }, NOW_ISO);
  services.outboxSignals.kick();
  return id;
}

describe('proactive delivery through the connector', () => {
  let h: Harness | null = null;
  afterEach(async () => {
    await h?.close();
    h = null;
  });

  it('delivery_sendHangsLongerThanTheLease_isAbortedAndSentOnce', async () => {
    // The send timeout leaves room for an ordinary send on a loaded 2-core machine: a timeout
    // shorter than a normal send would abort good sends too and make this test measure the load.
    h = await startHarness({ now: NOW, env: { ...QUICK_RETRIES, OUTBOX_LEASE_MS: '3000', OUTBOX_SEND_TIMEOUT_MS: '1000' } });
    let first = true;
    // The first send hangs three times the lease; Teams would still take it in the end.
    h.connector.stalls = ({ conversationId }) => {
      if (conversationId !== 'a:carla-chat' || !first) return undefined;
      first = false;
      return 9000;
    };

    const id = enqueueReminder(h, 'carla', 'a:carla-chat');
    await until(() => getOutboxMessage(h!.bot.db, id)!.status === 'sent', 15_000);
    await new Promise((r) => setTimeout(r, 100));

    expect(h.connector.abandoned.map((a) => a.conversationId)).toEqual(['a:carla-chat']);
    expect(h.connector.messages('a:carla-chat')).toHaveLength(1);
    expect(h.connector.peakOpen).toBe(1);
    expect(getOutboxMessage(h.bot.db, id)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('delivery_twoGroupsLinkedToOneChannel_shareThatChannelsLimit', async () => {
    h = await startHarness({ now: NOW, env: { ...QUICK_RETRIES, ADMIN_AAD_OBJECT_IDS: ANNA.aadObjectId!, OUTBOX_CONVERSATION_LIMITS: '2/60000' } });
    const { services } = h.bot;
    const admin = { userId: ANNA.aadObjectId! };
    const channelId = '19:gedeeld@thread.tacv2';
    const reference = { channelId: 'msteams', serviceUrl: h.connector.url, conversation: { id: channelId, conversationType: 'channel' }, bot: { id: '28:bot' } };
    const groups = ['tg-woningmarkt', 'tg-zjo'].map((slug) => services.programme.getOrganiserBySlug(slug)!);
    for (const g of groups) {
      services.announcements.channels.link(admin, g.name, { channelId, channelName: 'Algemeen', teamId: channelId, teamName: 'Gedeeld' }, JSON.stringify(reference));
    }

    for (const g of [...groups, ...groups]) {
      const d = services.announcements.draft(admin, { themeGroupId: g.id, title: `${g.name} nieuws`, body: 'Nog plaatsen vrij.' });
      if (d.kind !== 'draft') throw new Error(d.kind);
      services.announcements.post(admin, d.announcement.id);
    }
    await until(() => h!.connector.createdConversations.length >= 2);
    await new Promise((r) => setTimeout(r, 300));

    expect(h.connector.createdConversations.map((c) => c.body.channelData.channel.id)).toEqual([channelId, channelId]);
    expect(listOutbox(h.bot.db, { kind: 'announcement' }).map((r) => r.status)).toEqual(['sent', 'sent', 'pending', 'pending']);
  });
});
