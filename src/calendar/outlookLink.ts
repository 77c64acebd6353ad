/**
 * The "Outlook op het web" deep link: opens a new, pre-filled appointment in
 * Outlook on the web. Times go as ISO 8601 with the UTC offset, so Outlook
 * places them right whatever zone the person's mailbox is set to.
 */
import type { SessionDetails } from '../programme/types';
import { sessionDescription, sessionLocation, sessionSummary, type SessionTimes } from './sessionEvent';

const COMPOSE_URL = 'https://outlook.office.com/calendar/0/deeplink/compose';
/** Keeps the whole link well under what browsers and Teams accept in one URL. */
const MAX_BODY_CHARS = 600;

function isoWithOffset(t: SessionTimes['start']): string {
  return t.toISO({ suppressMilliseconds: true, includeOffset: true })!;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export function outlookWebUrl(session: SessionDetails, times: SessionTimes): string {
  const params: [string, string][] = [
    ['subject', sessionSummary(session)],
    ['startdt', isoWithOffset(times.start)],
  ];
  // Without a known end Outlook picks its default length rather than a wrong one of ours.
  if (times.end) params.push(['enddt', isoWithOffset(times.end)]);
  const location = sessionLocation(session);
  if (location) params.push(['location', location]);
  params.push(['body', truncate(sessionDescription(session, times), MAX_BODY_CHARS)]);
  // encodeURIComponent, not URLSearchParams: Outlook shows a form-encoded "+" as a plus sign.
  return `${COMPOSE_URL}?${params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`;
}
