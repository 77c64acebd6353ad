/**
 * The durable outbox: domains enqueue what must reach a person or a channel;
 * a worker (see ./worker.ts) delivers it. Enqueueing inside the caller's
 * transaction makes "sign-up promoted" and "tell them" one atomic fact.
 */
import type { Db } from '../db/database';

export type OutboxTarget = { type: 'user'; userId: string } | { type: 'channel'; themeGroupId: number };

export interface OutboxMessage {
  /** What it is about; the Teams renderer picks the card by this. */
  kind: string;
  target: OutboxTarget;
  /** Domain data (ids, texts) the renderer needs; must be JSON. */
  payload: Record<string, unknown>;
  /** Optional idempotency key: enqueueing the same key twice keeps one message. */
  dedupeKey?: string;
  /** Not before this instant (ISO, UTC): scheduled posts and reminders. */
  notBefore?: string;
  createdBy?: string;
}

export interface OutboxRow {
  id: number;
  kind: string;
  targetType: 'user' | 'channel';
  targetKey: string;
  payload: Record<string, unknown>;
  dedupeKey: string | null;
  status: 'pending' | 'sending' | 'sent' | 'failed' | 'cancelled';
  attempts: number;
  notBefore: string;
  lastError: string | null;
  createdBy: string | null;
  createdAt: string;
  sentAt: string | null;
  deliveredId: string | null;
}

export function targetKey(target: OutboxTarget): string {
  return target.type === 'user' ? `user:${target.userId}` : `themegroup:${target.themeGroupId}`;
}

/** Adds a message; returns its id (the existing one when the dedupe key was used before). */
export function enqueue(db: Db, message: OutboxMessage, now: string): number {
  const row = {
    kind: message.kind,
    targetType: message.target.type,
    targetKey: targetKey(message.target),
    payload: JSON.stringify(message.payload),
    dedupeKey: message.dedupeKey ?? null,
    notBefore: message.notBefore ?? now,
    createdBy: message.createdBy ?? null,
    now,
  };
  const result = db
    .prepare(
      `INSERT INTO outbox (kind, target_type, target_key, payload, dedupe_key, not_before, created_by, created_at)
       VALUES (@kind, @targetType, @targetKey, @payload, @dedupeKey, @notBefore, @createdBy, @now)
       ON CONFLICT(dedupe_key) DO NOTHING`,
    )
    .run(row);
  if (result.changes === 1) return Number(result.lastInsertRowid);
  return (db.prepare('SELECT id FROM outbox WHERE dedupe_key = ?').get(row.dedupeKey) as { id: number }).id;
}

interface Raw {
  id: number;
  kind: string;
  target_type: 'user' | 'channel';
  target_key: string;
  payload: string;
  dedupe_key: string | null;
  status: OutboxRow['status'];
  attempts: number;
  not_before: string;
  last_error: string | null;
  created_by: string | null;
  created_at: string;
  sent_at: string | null;
  delivered_id: string | null;
}

export function toOutboxRow(r: Raw): OutboxRow {
  return {
    id: r.id,
    kind: r.kind,
    targetType: r.target_type,
    targetKey: r.target_key,
    payload: JSON.parse(r.payload) as Record<string, unknown>,
    dedupeKey: r.dedupe_key,
    status: r.status,
    attempts: r.attempts,
    notBefore: r.not_before,
    lastError: r.last_error,
    createdBy: r.created_by,
    createdAt: r.created_at,
    sentAt: r.sent_at,
    deliveredId: r.delivered_id,
  };
}

export function getOutboxMessage(db: Db, id: number): OutboxRow | undefined {
  const r = db.prepare('SELECT * FROM outbox WHERE id = ?').get(id) as Raw | undefined;
  return r && toOutboxRow(r);
}

export function listOutbox(db: Db, filter: { kind?: string; targetKey?: string; status?: OutboxRow['status'] } = {}): OutboxRow[] {
  return (
    db
      .prepare(
        `SELECT * FROM outbox WHERE (@kind IS NULL OR kind = @kind) AND (@targetKey IS NULL OR target_key = @targetKey)
           AND (@status IS NULL OR status = @status) ORDER BY id`,
      )
      .all({ kind: filter.kind ?? null, targetKey: filter.targetKey ?? null, status: filter.status ?? null }) as Raw[]
  ).map(toOutboxRow);
}

/** Remembers how to reach a person or channel later (an opaque reference from the bot SDK). */
export function saveConversationRef(db: Db, key: string, reference: string, now: string): void {
  db.prepare(
    `INSERT INTO conversation_refs (key, reference, updated_at) VALUES (?, ?, ?)
     ON CONFLICT(key) DO UPDATE SET reference = excluded.reference, updated_at = excluded.updated_at`,
  ).run(key, reference, now);
}

export function getConversationRef(db: Db, key: string): string | undefined {
  return (db.prepare('SELECT reference FROM conversation_refs WHERE key = ?').get(key) as { reference: string } | undefined)
    ?.reference;
}
