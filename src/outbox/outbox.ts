/**
 * The durable outbox: domains enqueue what must reach a person or a channel;
 * a worker (see ./worker.ts) delivers it. Enqueueing inside the caller's
 * transaction makes "sign-up promoted" and "tell them" one atomic fact.
 */
import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/database';
import { inTransaction } from '../db/database';

// The worker runs these statements for every message; preparing them once per database keeps that cheap.
const statements = new WeakMap<Db, Map<string, Statement<unknown[], unknown>>>();
function stmt(db: Db, sql: string): Statement<unknown[], unknown> {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  let s = cache.get(sql);
  if (!s) {
    s = db.prepare(sql);
    cache.set(sql, s);
  }
  return s;
}

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
  const result = stmt(db, 
      `INSERT INTO outbox (kind, target_type, target_key, payload, dedupe_key, not_before, created_by, created_at)
       VALUES (@kind, @targetType, @targetKey, @payload, @dedupeKey, @notBefore, @createdBy, @now)
       ON CONFLICT(dedupe_key) DO NOTHING`,
    )
    .run(row);
  if (result.changes === 1) return Number(result.lastInsertRowid);
  return (stmt(db, 'SELECT id FROM outbox WHERE dedupe_key = ?').get(row.dedupeKey) as { id: number }).id;
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
  const r = stmt(db, 'SELECT * FROM outbox WHERE id = ?').get(id) as Raw | undefined;
  return r && toOutboxRow(r);
}

export function listOutbox(db: Db, filter: { kind?: string; targetKey?: string; status?: OutboxRow['status'] } = {}): OutboxRow[] {
  return (
    stmt(db, 
        `SELECT * FROM outbox WHERE (@kind IS NULL OR kind = @kind) AND (@targetKey IS NULL OR target_key = @targetKey)
           AND (@status IS NULL OR status = @status) ORDER BY id`,
      )
      .all({ kind: filter.kind ?? null, targetKey: filter.targetKey ?? null, status: filter.status ?? null }) as Raw[]
  ).map(toOutboxRow);
}

/** Remembers how to reach a person or channel later (an opaque reference from the bot SDK). */
export function saveConversationRef(db: Db, key: string, reference: string, now: string): void {
  stmt(db, 
    `INSERT INTO conversation_refs (key, reference, updated_at) VALUES (?, ?, ?)
     ON CONFLICT(key) DO UPDATE SET reference = excluded.reference, updated_at = excluded.updated_at`,
  ).run(key, reference, now);
}

export function getConversationRef(db: Db, key: string): string | undefined {
  return (stmt(db, 'SELECT reference FROM conversation_refs WHERE key = ?').get(key) as { reference: string } | undefined)
    ?.reference;
}

// --- The worker's state machine: pending → sending (leased) → sent | failed, or back to pending with a later not_before.

/**
 * Claims up to `limit` due rows for sending, in one transaction: they become
 * 'sending' with a lease, so a second worker (or this one after a restart)
 * never takes them while the lease holds.
 */
export function claimDue(db: Db, now: string, leaseUntil: string, limit: number, skipTargets: readonly string[] = []): OutboxRow[] {
  if (limit <= 0) return [];
  return inTransaction(db, () => {
    const candidates = stmt(db, 
        `SELECT * FROM outbox WHERE status = 'pending' AND not_before <= ?
          AND target_key NOT IN (SELECT value FROM json_each(?))
          ORDER BY not_before, id LIMIT ?`,
      )
      .all(now, JSON.stringify(skipTargets), limit * 8) as Raw[];
    // One row per conversation per claim: the next one waits for this one, which keeps a thread in order.
    const seen = new Set<string>();
    const rows = candidates.filter((r) => !seen.has(r.target_key) && seen.add(r.target_key)).slice(0, limit);
    const claim = stmt(db, `UPDATE outbox SET status = 'sending', attempts = attempts + 1, lease_until = ? WHERE id = ?`);
    for (const r of rows) claim.run(leaseUntil, r.id);
    return rows.map((r) => toOutboxRow({ ...r, status: 'sending', attempts: r.attempts + 1 }));
  });
}

/** Gives a claimed row back untouched (the rate limit said "not yet"). */
export function unclaim(db: Db, id: number): void {
  stmt(db, `UPDATE outbox SET status = 'pending', attempts = attempts - 1, lease_until = NULL WHERE id = ? AND status = 'sending'`).run(id);
}

/**
 * Rows whose worker died mid-send go back to pending once their lease lapses.
 * Each may already have reached Teams, so each may arrive twice: at most one
 * per worker slot (OUTBOX_CONCURRENCY), and one per target, since a target
 * never has two rows in flight.
 */
export function releaseExpiredLeases(db: Db, now: string): number {
  return stmt(db, `UPDATE outbox SET status = 'pending', lease_until = NULL WHERE status = 'sending' AND lease_until < ?`)
    .run(now).changes;
}

export function markSent(db: Db, id: number, deliveredId: string | null, now: string): void {
  stmt(db, 
    `UPDATE outbox SET status = 'sent', sent_at = ?, delivered_id = ?, lease_until = NULL, last_error = NULL WHERE id = ? AND status = 'sending'`,
  ).run(now, deliveredId, id);
}

export function markRetry(db: Db, id: number, notBefore: string, error: string): void {
  stmt(db, 
    `UPDATE outbox SET status = 'pending', not_before = ?, last_error = ?, lease_until = NULL WHERE id = ? AND status = 'sending'`,
  ).run(notBefore, error, id);
}

export function markFailed(db: Db, id: number, reason: string): void {
  stmt(db, `UPDATE outbox SET status = 'failed', last_error = ?, lease_until = NULL WHERE id = ? AND status = 'sending'`).run(
    reason,
    id,
  );
}

/** When the next pending row for a conversation not in `skipTargets` becomes due (ISO), or null. */
export function nextDueAt(db: Db, skipTargets: readonly string[] = []): string | null {
  return (
    (
      stmt(db, `SELECT MIN(not_before) AS at FROM outbox WHERE status = 'pending' AND target_key NOT IN (SELECT value FROM json_each(?))`)
        .get(JSON.stringify(skipTargets)) as { at: string | null }
    ).at ?? null
  );
}

export function countByStatus(db: Db): Record<OutboxRow['status'], number> {
  const counts: Record<OutboxRow['status'], number> = { pending: 0, sending: 0, sent: 0, failed: 0, cancelled: 0 };
  for (const r of stmt(db, 'SELECT status, COUNT(*) AS n FROM outbox GROUP BY status').all() as { status: OutboxRow['status']; n: number }[]) {
    counts[r.status] = r.n;
  }
  return counts;
}

export function cancelOutboxMessage(db: Db, id: number): boolean {
  return stmt(db, `UPDATE outbox SET status = 'cancelled' WHERE id = ? AND status = 'pending'`).run(id).changes === 1;
}
