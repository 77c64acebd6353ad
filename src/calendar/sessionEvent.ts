/**
 * One session as a calendar entry: its stable UID, its times as Amsterdam
 * instants, where it is, and the VEVENT data ical-generator writes. The .ics
 * documents (./ics.ts) and the Outlook web link (./outlookLink.ts) both start here,
 * so an invite and a deep link can never disagree about a time.
 */
import { ICalEventStatus, type ICalEventData } from 'ical-generator';
import type { DateTime } from 'luxon';
import { localDateTime, ZONE } from '../clock';
import { sessionPlace } from '../programme/place';
import type { SessionDetails } from '../programme/types';
import { calendarTexts as t } from '../texts/calendar';
import { formatDate } from '../texts/dates';

/** What every calendar document needs besides the session: who publishes it, where links point, and now. */
export interface CalendarContext {
  organizer: { name: string; email: string };
  /** PUBLIC_BASE_URL; links are built from it. */
  publicBaseUrl: string;
  now: DateTime;
}

export interface SessionTimes {
  start: DateTime;
  /** Null when the programme gives a start but no end; the entry then has no DTEND (RFC 5545: zero length). */
  end: DateTime | null;
}

/**
 * The UID hangs on the event slug and the session code, both stable across
 * re-imports, so a changed time updates the entry a person already has instead of adding one.
 */
export function sessionUid(session: Pick<SessionDetails, 'code' | 'event'>): string {
  return `${session.code}.${session.event.slug}@g40-netwerkdag`;
}

/** The session's times as instants in Europe/Amsterdam, or null when the programme gives no start. */
export function sessionTimes(session: Pick<SessionDetails, 'date' | 'start' | 'end'>): SessionTimes | null {
  if (session.start === null) return null;
  const start = localDateTime(session.date, session.start);
  if (!start.isValid) return null;
  const end = session.end === null ? null : localDateTime(session.date, session.end);
  return { start, end: end && end.isValid && end > start ? end : null };
}

export function isCancelled(session: Pick<SessionDetails, 'status' | 'removed'>): boolean {
  return session.status === 'vervalt' || session.removed;
}

export function sessionIcsPath(sessionId: number): string {
  return `/agenda/sessie/${sessionId}.ics`;
}

export function publicUrl(publicBaseUrl: string, path: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}${path}`;
}

export function sessionSummary(session: SessionDetails): string {
  const summary = t.summary(session.title, session.event.city);
  return isCancelled(session) ? t.cancelledSummary(summary) : summary;
}

/** Room, meeting point, venue and address, most specific first; the venue only when the session is there. */
export function sessionLocation(session: SessionDetails): string {
  return sessionPlace(session).parts.join(', ');
}

/** Plain text (no markup): Outlook shows DESCRIPTION as typed. */
export function sessionDescription(session: SessionDetails, times: SessionTimes | null): string {
  const lines: string[] = [t.eventLine(session.event.title, formatDate(session.date))];
  if (session.round) lines.push(`${t.roundLabel}: ${session.round.name}`);
  if (isCancelled(session)) lines.push(t.cancelledNote);
  if (session.description.trim() !== '') lines.push('', session.description.trim());
  const extra: string[] = [];
  if (session.organisers.length > 0) extra.push(`${t.organisersLabel}: ${session.organisers.map((o) => o.name).join(', ')}`);
  if (session.people.length > 0) {
    extra.push(`${t.peopleLabel}: ${session.people.map((p) => (p.function ? `${p.name} (${p.function})` : p.name)).join(', ')}`);
  }
  if (times && times.end === null) extra.push(t.endUnknown);
  extra.push(...session.notes);
  // Facts the programme does not state (a room from the column order) carry their note in the invite too.
  for (const note of [session.inferred.room, session.inferred.organisers, session.inferred.round]) if (note) extra.push(note);
  if (session.round && !session.round.orderKnown && session.round.note) extra.push(session.round.note);
  if (session.links.length > 0) extra.push(`${t.linksLabel}:`, ...session.links.map((l) => `${l.label}: ${l.url}`));
  if (extra.length > 0) lines.push('', ...extra);
  return lines.join('\n');
}

/**
 * The VEVENT of one session, or null when the programme gives no time (no
 * invite beats a wrong one). Every event carries its own TZID: a calendar-level
 * zone alone leaves floating times, which Outlook rejects.
 */
export function sessionEventData(session: SessionDetails, ctx: CalendarContext): ICalEventData | null {
  const times = sessionTimes(session);
  if (times === null) return null;
  return {
    id: sessionUid(session),
    sequence: session.version,
    stamp: ctx.now.toUTC(),
    start: times.start,
    end: times.end,
    timezone: ZONE,
    summary: sessionSummary(session),
    location: sessionLocation(session) || null,
    description: sessionDescription(session, times),
    organizer: { name: ctx.organizer.name, email: ctx.organizer.email },
    url: publicUrl(ctx.publicBaseUrl, sessionIcsPath(session.id)),
    status: isCancelled(session) ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  };
}
