/**
 * The signups table's primitives and the one promotion rule. Both the sign-up
 * service (a cancel, a switch) and the programme import (a higher capacity, a
 * session back on) free seats; both fill them here, so the waiting list is
 * served in order and told the same way whoever freed the seat. Callers hold
 * the transaction: the promotion and its notice in the outbox are one fact.
 */
import type { DateTime } from 'luxon';
import { enqueue } from '../outbox/outbox';
import type { Db } from '../db/database';
import { cleanDisplayName } from '../displayName';
import { ProgrammeStore } from '../programme/store';
import type { Session } from '../programme/types';
import { hasFreeSeat, promotionRefusal, roundKey } from './rules';
import type { SignupStatus } from './types';

export const WAITLIST_PROMOTED = 'waitlist_promoted';

export interface SignupRow {
  id: number;
  session_id: number;
  event_id: number;
  round_key: number;
  user_id: string;
  user_name: string;
  status: SignupStatus;
  queue_seq: number | null;
  created_at: string;
  updated_at: string;
}

export type SignupEventAction = 'signup' | 'waitlist' | 'cancel' | 'promote' | 'switch_out';

export function signupRow(db: Db, sessionId: number, userId: string): SignupRow | undefined {
  return db.prepare('SELECT * FROM signups WHERE session_id = ? AND user_id = ?').get(sessionId, userId) as SignupRow | undefined;
}

export function countSignups(db: Db, sessionId: number, status: 'confirmed' | 'waiting'): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM signups WHERE session_id = ? AND status = ?').get(sessionId, status) as { n: number }).n;
}

/** Both counts of a session in one read (what a card shows: seats taken and the queue). */
export function seatCounts(db: Db, sessionId: number): { confirmed: number; waiting: number } {
  return db
    .prepare(
      `SELECT COALESCE(SUM(status = 'confirmed'), 0) AS confirmed, COALESCE(SUM(status = 'waiting'), 0) AS waiting
         FROM signups WHERE session_id = ? AND status IN ('confirmed','waiting')`,
    )
    .get(sessionId) as { confirmed: number; waiting: number };
}

function record(db: Db, row: SignupRow, action: SignupEventAction, from: SignupStatus | null, to: SignupStatus, actor: string, at: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO signup_events (signup_id, session_id, user_id, action, from_status, to_status, actor, at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(row.id, row.session_id, row.user_id, action, from, to, actor, at).lastInsertRowid,
  );
}

/** Moves an existing row (or a new one) to `to`, and records it. */
export function setSignupStatus(
  db: Db,
  session: Session,
  userId: string,
  name: string | null,
  to: SignupStatus,
  action: SignupEventAction,
  actor: string,
  at: string,
): { row: SignupRow; eventId: number } {
  const before = signupRow(db, session.id, userId);
  // Names are stored clean, so no list built from them can grow a fake row.
  const cleanName = name === null ? null : cleanDisplayName(name);
  const queueSeq =
    to === 'waiting'
      ? (db.prepare('SELECT COALESCE(MAX(queue_seq), 0) + 1 AS n FROM signups WHERE session_id = ?').get(session.id) as { n: number }).n
      : null;
  if (before) {
    db.prepare(`UPDATE signups SET status = ?, queue_seq = ?, user_name = COALESCE(?, user_name), updated_at = ? WHERE id = ?`).run(
      to,
      queueSeq,
      cleanName,
      at,
      before.id,
    );
  } else {
    db.prepare(
      `INSERT INTO signups (session_id, event_id, round_key, user_id, user_name, status, queue_seq, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(session.id, session.eventId, roundKey(session), userId, cleanName ?? '', to, queueSeq, at, at);
  }
  const row = signupRow(db, session.id, userId)!;
  const eventId = record(db, row, action, before?.status ?? null, to, actor, at);
  return { row, eventId };
}

/**
 * Fills free seats from the waiting list, first come first served; each
 * promoted person is told through the outbox. A session that is off (vervalt,
 * removed) or has begun takes nobody: a seat there is worth nothing.
 * Returns the promoted user ids, in order.
 */
export function promoteWaitingList(db: Db, session: Session, now: DateTime): string[] {
  if (promotionRefusal(session, now) !== null) return [];
  const at = now.toUTC().toISO()!;
  const promoted: string[] = [];
  const next = db.prepare(`SELECT * FROM signups WHERE session_id = ? AND status = 'waiting' ORDER BY queue_seq LIMIT 1`);
  while (hasFreeSeat(session.capacity, countSignups(db, session.id, 'confirmed'))) {
    const first = next.get(session.id) as SignupRow | undefined;
    if (!first) break;
    const { eventId } = setSignupStatus(db, session, first.user_id, null, 'confirmed', 'promote', 'system', at);
    enqueue(
      db,
      {
        kind: WAITLIST_PROMOTED,
        target: { type: 'user', userId: first.user_id },
        payload: { sessionId: session.id, eventId: session.eventId, title: session.title },
        dedupeKey: `${WAITLIST_PROMOTED}:${eventId}`,
        createdBy: 'signups',
      },
      at,
    );
    promoted.push(first.user_id);
  }
  return promoted;
}

/**
 * After the programme changed (an import): every session where someone waits
 * gets its free seats filled, e.g. because its capacity went up or it is on
 * again. Idempotent: a session without free seats promotes nobody.
 */
export function promoteWhereSeatsFreed(db: Db, now: DateTime): { sessionId: number; userIds: string[] }[] {
  const programme = new ProgrammeStore(db);
  const ids = (db.prepare(`SELECT DISTINCT session_id FROM signups WHERE status = 'waiting' ORDER BY session_id`).all() as { session_id: number }[]).map(
    (r) => r.session_id,
  );
  const out: { sessionId: number; userIds: string[] }[] = [];
  for (const id of ids) {
    const session = programme.getSession(id);
    if (!session) continue;
    const userIds = promoteWaitingList(db, session, now);
    if (userIds.length > 0) out.push({ sessionId: id, userIds });
  }
  return out;
}
