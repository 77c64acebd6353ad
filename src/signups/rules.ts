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

/** When sign-ups open and close, Amsterdam wall time "YYYY-MM-DD HH:MM"; null: no bound. */
export interface RegistrationWindow {
  from: string | null;
  until: string | null;
}

/** The window that applies to a session: each bound its own where it has one, else the netwerkdag's. */
export function registrationWindow(session: Session | null, event: NetworkEvent): RegistrationWindow {
  return {
    from: session?.registrationFrom ?? event.registrationFrom ?? null,
    until: session?.registrationUntil ?? event.registrationUntil ?? null,
  };
}

/** A window bound as an instant: "2026-01-28 17:00" in Amsterdam. */
export function windowMoment(moment: string): DateTime {
  return localDateTime(moment.slice(0, 10), moment.slice(11, 16));
}

/** Before the window: not yet open; from its end on: closed (the end itself is closed: "tot 17.00 uur"). */
export function windowRefusal(window: RegistrationWindow, now: DateTime): 'notYetOpen' | 'registrationClosed' | null {
  if (window.from !== null && now < windowMoment(window.from)) return 'notYetOpen';
  if (window.until !== null && now >= windowMoment(window.until)) return 'registrationClosed';
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
  return windowRefusal(registrationWindow(session, event), now);
}

/**
 * The window a refusal came from, for its text ("Aanmelden kan vanaf …", "kon tot …"); null when the
 * refusal has another cause (registration closed by the programme, the day over, …).
 */
export function refusalWindow(reason: RefusalReason | null, session: Session, event: NetworkEvent): RegistrationWindow | null {
  if (reason === 'notYetOpen' || (reason === 'registrationClosed' && event.registrationOpen)) return registrationWindow(session, event);
  return null;
}

export type { Availability } from './types';

/**
 * The same rule for the netwerkdag as a whole (no session in view): closed when the bot takes no
 * sign-ups for it, past after its last day, else its own window.
 */
export function eventAvailability(event: NetworkEvent, now: DateTime): Availability {
  if (!event.registrationOpen) return 'closed';
  if ((event.days.at(-1)?.date ?? '') < now.toISODate()!) return 'past';
  const w = windowRefusal(registrationWindow(null, event), now);
  return w === 'notYetOpen' ? 'notYetOpen' : w === 'registrationClosed' ? 'closed' : 'open';
}

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
    case 'notYetOpen':
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
