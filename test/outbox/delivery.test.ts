import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/db/database';
import { silentLogger } from '../../src/log';
import { createOutboxSender, NO_CONVERSATION, NOT_LINKED, type Destination } from '../../src/outbox/delivery';
import { enqueue, getOutboxMessage, saveConversationRef, type OutboxRow } from '../../src/outbox/outbox';

const NOW = '2026-02-04T08:30:00.000Z';

/** The outbox's sender without any bot SDK: a transport that records what it was given. */
describe('outbox sender (no bot SDK)', () => {
  let db: Db;
  const sent: { message: string; destination: Destination }[] = [];
  const transport = async (message: string, destination: Destination) => {
    sent.push({ message, destination });
    return { kind: 'sent' as const, deliveredId: 'x' };
  };
  const channels: Record<number, { channelId: string; reference: string }> = { 7: { channelId: '19:chan', reference: '{"conversation":{"id":"19:chan"}}' } };
  const sender = () =>
    createOutboxSender(db, { note: (row: OutboxRow) => `note ${String(row.payload.n)}`, gone: () => null }, (id) => channels[id] ?? null, transport, silentLogger);
  const row = (kind: string, target: Parameters<typeof enqueue>[1]['target']) => getOutboxMessage(db, enqueue(db, { kind, target, payload: { n: 1 } }, NOW))!;

  beforeEach(() => {
    db = openDatabase(':memory:');
    sent.length = 0;
  });
  afterEach(() => db.close());

  it('sender_personalMessage_goesToTheStoredChat_countedByItsConversation', async () => {
    saveConversationRef(db, 'user:u1', '{"conversation":{"id":"a:chat-1"}}', NOW);
    const prepared = sender().prepare(row('note', { type: 'user', userId: 'u1' }));
    expect(prepared.kind).toBe('ready');
    if (prepared.kind !== 'ready') return;
    expect(prepared.conversation).toBe('a:chat-1');
    await prepared.send(new AbortController().signal);
    expect(sent).toEqual([{ message: 'note 1', destination: { kind: 'personal', conversationId: 'a:chat-1', reference: '{"conversation":{"id":"a:chat-1"}}' } }]);
  });

  it('sender_channelMessage_goesToTheGroupsLinkedChannel', async () => {
    const prepared = sender().prepare(row('note', { type: 'channel', themeGroupId: 7 }));
    expect(prepared.kind === 'ready' && prepared.conversation).toBe('19:chan');
  });

  it('sender_cannotDeliver_saysWhy', () => {
    expect(sender().prepare(row('note', { type: 'user', userId: 'nobody' }))).toEqual({ kind: 'undeliverable', reason: NO_CONVERSATION });
    expect(sender().prepare(row('note', { type: 'channel', themeGroupId: 8 }))).toEqual({ kind: 'undeliverable', reason: NOT_LINKED });
    expect(sender().prepare(row('unknown', { type: 'channel', themeGroupId: 7 }))).toEqual({ kind: 'undeliverable', reason: 'no renderer for unknown' });
    expect(sender().prepare(row('gone', { type: 'channel', themeGroupId: 7 }))).toEqual({ kind: 'undeliverable', reason: 'nothing_to_render' });
    // A kind named like an Object property is no renderer either.
    expect(sender().prepare(row('constructor', { type: 'channel', themeGroupId: 7 }))).toEqual({ kind: 'undeliverable', reason: 'no renderer for constructor' });
    expect(sent).toEqual([]);
  });
});
