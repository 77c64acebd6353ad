/**
 * Proactive notices the programme itself causes: a change to a session's time,
 * room or status after a re-import (to everyone signed up, to the linked
 * channel of each organising theme group, and, when the session is off, to
 * its waiting list), and the optional reminder shortly
 * before a session. Both only enqueue; the worker sends. Dedupe keys make a
 * second run (a restart, an overlapping sweep) add nothing.
 */
import type { DateTime } from 'luxon';
import { localDateTime } from '../clock';
import type { Db } from '../db/database';
import { inTransaction } from '../db/database';
import type { ProgrammeStore } from '../programme/store';
import type { Session, SessionChange } from '../programme/types';
import { enqueue } from '../outbox/outbox';

export const SESSION_CHANGED = 'session_changed';
export const REMINDER = 'reminder';

/** What notices need from sign-ups: who holds a seat in a session, and who waits for one. */
export interface SignedUpUsers {
  signedUpUserIds(sessionId: number): string[];
  waitingUserIds(sessionId: number): string[];
}

/** Fields whose change means "you may be in the wrong place at the wrong time" (names from the import's change log). */
export const NOTICE_FIELDS = ['datum', 'begintijd', 'eindtijd', 'zaal', 'locatie', 'status'] as const;

export interface ChangePayload {
  sessionId: number;
  version: number;
  changes: { field: string; oldValue: string | null; newValue: string | null }[];
  /** Set for people on the waiting list of a session that is off: they hear it is off, not what changed. */
  waiting?: true;
}

/** Status values after which a session takes nobody: its waiting list will never move. */
const OFF_STATUSES: readonly (string | null)[] = ['vervalt', 'verwijderd'];

/** Whether this change set takes the session off the programme (vervalt, or removed by the import). */
export function takesSessionOff(changes: ChangePayload['changes']): boolean {
  return changes.some((c) => c.field === 'status' && OFF_STATUSES.includes(c.newValue));
}

export function enqueueChangeNotices(
  db: Db,
  programme: ProgrammeStore,
  signedUp: SignedUpUsers,
  changes: SessionChange[],
  now: DateTime,
  linkedGroupIds: (organiserIds: number[]) => number[],
): number {
  const bySession = new Map<string, ChangePayload>();
  for (const c of changes) {
    if (!(NOTICE_FIELDS as readonly string[]).includes(c.field)) continue;
    const key = `${c.sessionId}:${c.version}`;
    const p = bySession.get(key) ?? { sessionId: c.sessionId, version: c.version, changes: [] };
    p.changes.push({ field: c.field, oldValue: c.oldValue, newValue: c.newValue });
    bySession.set(key, p);
  }
  const nowIso = now.toUTC().toISO()!;
  const today = now.toISODate()!;
  let count = 0;
  inTransaction(db, () => {
    for (const p of bySession.values()) {
      const session = programme.getSessionDetails(p.sessionId);
      // Last year's sessions changed in a seed file: nobody needs a message about them.
      if (!session || session.date < today) continue;
      const payload = { ...p } as unknown as Record<string, unknown>;
      for (const userId of signedUp.signedUpUserIds(p.sessionId)) {
        enqueue(db, { kind: SESSION_CHANGED, target: { type: 'user', userId }, payload, dedupeKey: `${SESSION_CHANGED}:${p.sessionId}:v${p.version}:user:${userId}` }, nowIso);
        count++;
      }
      // People waiting for a seat in a session that is off would otherwise wait for nothing; same key
      // scheme as the seat holders' (one person is either), so a second run adds nothing.
      if (takesSessionOff(p.changes)) {
        const waitingPayload = { ...p, waiting: true } as unknown as Record<string, unknown>;
        for (const userId of signedUp.waitingUserIds(p.sessionId)) {
          enqueue(db, { kind: SESSION_CHANGED, target: { type: 'user', userId }, payload: waitingPayload, dedupeKey: `${SESSION_CHANGED}:${p.sessionId}:v${p.version}:user:${userId}` }, nowIso);
          count++;
        }
      }
      for (const groupId of linkedGroupIds(session.organisers.map((o) => o.id))) {
        enqueue(
          db,
          { kind: SESSION_CHANGED, target: { type: 'channel', themeGroupId: groupId }, payload, dedupeKey: `${SESSION_CHANGED}:${p.sessionId}:v${p.version}:themegroup:${groupId}` },
          nowIso,
        );
        count++;
      }
    }
  });
  return count;
}

/**
 * Enqueues a reminder for each person signed up for a session that starts
 * within `minutesBefore` from now (and has not started). Run it every minute or so.
 */
export function enqueueDueReminders(db: Db, programme: ProgrammeStore, signedUp: SignedUpUsers, now: DateTime, minutesBefore: number): number {
  const horizon = now.plus({ minutes: minutesBefore });
  const dates = new Set([now.toISODate()!, horizon.toISODate()!]);
  const nowIso = now.toUTC().toISO()!;
  let count = 0;
  inTransaction(db, () => {
    for (const event of programme.listEvents()) {
      for (const day of event.days) {
        if (!dates.has(day.date)) continue;
        for (const s of programme.listSessions(event.id, { dayId: day.id })) {
          if (s.start === null || s.status !== 'gepland') continue;
          const start = localDateTime(s.date, s.start);
          if (start <= now || start > horizon) continue;
          for (const userId of signedUp.signedUpUserIds(s.id)) {
            enqueue(
              db,
              {
                kind: REMINDER,
                target: { type: 'user', userId },
                payload: { sessionId: s.id, version: s.version },
                dedupeKey: `${REMINDER}:${userId}:${s.id}:v${s.version}`,
              },
              nowIso,
            );
            count++;
          }
        }
      }
    }
  });
  return count;
}

/** Seat holders (confirmed) and the waiting list from the sign-ups service, asked only through its methods. */
export function seatHolders(
  programme: Pick<ProgrammeStore, 'getSession'>,
  signups: { participantList(session: Session): { confirmed: { userId: string }[]; waiting: { userId: string }[] } },
): SignedUpUsers {
  const list = (sessionId: number) => {
    const session = programme.getSession(sessionId);
    return session ? signups.participantList(session) : { confirmed: [], waiting: [] };
  };
  return {
    signedUpUserIds: (sessionId) => list(sessionId).confirmed.map((p) => p.userId),
    waitingUserIds: (sessionId) => list(sessionId).waiting.map((p) => p.userId),
  };
}
