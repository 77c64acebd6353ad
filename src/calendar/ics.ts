/**
 * Whole iCalendar documents: a single-session invite and a person's feed.
 * Both are METHOD:PUBLISH (an announcement, not a meeting request: no
 * ATTENDEE, nobody is asked to reply) with the Europe/Amsterdam VTIMEZONE.
 */
import ical, { ICalCalendarMethod, type ICalCalendar } from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import type { SessionDetails } from '../programme/types';
import { calendarTexts as t } from '../texts/calendar';
import { sessionEventData, type CalendarContext } from './sessionEvent';

/** How often a subscribed calendar should look again; Outlook may wait longer, never less. */
export const FEED_REFRESH_SECONDS = 60 * 60;

export const ICS_CONTENT_TYPE = 'text/calendar; charset=utf-8';

function newCalendar(): ICalCalendar {
  const cal = ical({
    prodId: { company: 'G40 Stedennetwerk', product: 'Netwerkdag-bot', language: 'NL' },
    method: ICalCalendarMethod.PUBLISH,
  });
  // name: null on purpose: with a name ical-generator writes a non-standard
  // TIMEZONE-ID and a DTSTAMP without Z; the zone belongs on each event instead.
  cal.timezone({ name: null, generator: getVtimezoneComponent });
  return cal;
}

/** The invite for one session, or null when it has no known time. No X-WR-CALNAME: it is not a calendar to keep. */
export function sessionIcs(session: SessionDetails, ctx: CalendarContext): string | null {
  const event = sessionEventData(session, ctx);
  if (event === null) return null;
  const cal = newCalendar();
  cal.createEvent(event);
  return serialise(cal);
}

/** A person's feed: every given session that has a time; the rest cannot be placed in a calendar. */
export function feedIcs(sessions: SessionDetails[], ctx: CalendarContext): string {
  const cal = newCalendar();
  cal.name(t.feedName);
  cal.description(t.feedDescription);
  cal.ttl(FEED_REFRESH_SECONDS);
  for (const session of sessions) {
    const event = sessionEventData(session, ctx);
    if (event !== null) cal.createEvent(event);
  }
  return serialise(cal);
}

/** RFC 5545 ends every content line with CRLF, the last one too; ical-generator leaves it off. */
function serialise(cal: ICalCalendar): string {
  return `${cal.toString()}\r\n`;
}
