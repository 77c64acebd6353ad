/**
 * When a session takes sign-ups: pure decisions over programme data and an
 * instant, so every rule is testable without a database.
 */
import type { DateTime } from 'luxon';
import { localDateTime } from '../clock';
import type { NetworkEvent, Session } from '../programme/types';
import type { Availability, RefusalReason } from './types';

/**
 * Whether the session has begun at `now`. Without a known start time the whole
 * day counts: sign-ups stay open until the day is over.
 */
export function timeRefusal(session: Session, now: DateTime): 'past' | 'started' | null {
  const today = now.toISODate()!;
  if (today > session.date) return 'past';
  if (session.start !== null && now >= localDateTime(session.date, session.start)) return 'started';
  return null;
}

/** Null when a new sign-up for this session is allowed now; otherwise the first reason it is not. */
export function signupRefusal(session: Session, event: NetworkEvent, now: DateTime): RefusalReason | null {
  if (session.removed) return 'sessionRemoved';
  if (session.status === 'vervalt') return 'sessionCancelled';
  if (!session.signupEnabled) return 'noSignupNeeded';
  const time = timeRefusal(session, now);
  if (time) return time;
  if (!event.registrationOpen) return 'registrationClosed';
  return null;
}

export type { Availability } from './types';

/**
 * The one sign-up availability rule, for answers, cards and the service alike:
 * it is signupRefusal's decision, so "je kunt je aanmelden" is only said where
 * the Aanmelden button will work.
 */
export function availability(session: Session, event: NetworkEvent, now: DateTime): Availability {
  const refusal = signupRefusal(session, event, now);
  switch (refusal) {
    case null:
      return 'open';
    case 'sessionRemoved':
    case 'sessionCancelled':
      return 'cancelled';
    case 'noSignupNeeded':
      return 'notNeeded';
    case 'past':
    case 'started':
      return refusal;
    default:
      return 'closed';
  }
}

/**
 * Null when a waiting person may be moved into a freed seat now. A session
 * that is off or has begun takes nobody, whoever left it: promoting someone
 * into it would tell them a seat was freed that they cannot use.
 */
export function promotionRefusal(session: Session, now: DateTime): RefusalReason | null {
  if (session.removed) return 'sessionRemoved';
  if (session.status === 'vervalt') return 'sessionCancelled';
  return timeRefusal(session, now);
}

/** Whether a seat is free (null capacity: the programme sets no limit). */
export function hasFreeSeat(capacity: number | null, confirmed: number): boolean {
  return capacity === null || confirmed < capacity;
}

/**
 * Whether a newcomer gets a seat at once: only when one is free and nobody is
 * waiting. Whoever waits came first, so a freed seat is theirs; the newcomer
 * joins the back of the queue.
 */
export function newcomerGetsSeat(capacity: number | null, confirmed: number, waiting: number): boolean {
  return waiting === 0 && hasFreeSeat(capacity, confirmed);
}

/** Cancelling stays possible when registration closes or the session is dropped, but not once it has begun. */
export function cancelRefusal(session: Session, now: DateTime): RefusalReason | null {
  return timeRefusal(session, now);
}

/** One key per choice a person makes: the round, or the session itself when it is in no round. */
export function roundKey(session: Session): number {
  return session.roundId ?? -session.id;
}
