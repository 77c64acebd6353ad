/**
 * Two independent readings of a generated .ics: ical.js (a full parser, which
 * resolves TZIDs through the file's own VTIMEZONE), and a small RFC 5545 line
 * check that looks at the raw bytes the way a strict importer would.
 */
import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  sequence: number;
  summary: string;
  description: string;
  location: string;
  url: string;
  status: string | null;
  /** TZID the DTSTART names (null when it is UTC or floating). */
  startTzid: string | null;
  startUtc: string;
  endUtc: string | null;
  stamp: string;
}

export interface ParsedCalendar {
  method: string;
  name: string | null;
  tzids: string[];
  events: ParsedEvent[];
}

function utcIso(time: ICAL.Time): string {
  return time.toJSDate().toISOString();
}

/** Parses with ical.js, registering only the VTIMEZONEs inside the file. */
export function parseIcs(ics: string): ParsedCalendar {
  ICAL.TimezoneService.reset();
  const root = new ICAL.Component(ICAL.parse(ics));
  const zones = root.getAllSubcomponents('vtimezone');
  for (const zone of zones) ICAL.TimezoneService.register(zone);
  const events = root.getAllSubcomponents('vevent').map((vevent): ParsedEvent => {
    const event = new ICAL.Event(vevent);
    const dtstart = vevent.getFirstProperty('dtstart')!;
    const dtend = vevent.getFirstProperty('dtend');
    return {
      uid: event.uid,
      sequence: event.sequence,
      summary: event.summary,
      description: event.description,
      location: event.location,
      url: String(vevent.getFirstPropertyValue('url')),
      status: (vevent.getFirstPropertyValue('status') as string | null) ?? null,
      startTzid: (dtstart.getParameter('tzid') as string | undefined) ?? null,
      startUtc: utcIso(event.startDate),
      endUtc: dtend ? utcIso(event.endDate) : null,
      stamp: utcIso(vevent.getFirstPropertyValue('dtstamp') as ICAL.Time),
    };
  });
  return {
    method: String(root.getFirstPropertyValue('method')),
    name: (root.getFirstPropertyValue('x-wr-calname') as string | null) ?? null,
    tzids: zones.map((z) => String(z.getFirstPropertyValue('tzid'))),
    events,
  };
}

/** Unfolded content lines (RFC 5545 §3.1). */
export function contentLines(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter((l) => l !== '');
}

function nameOf(line: string): string {
  return line.split(/[;:]/, 1)[0]!.toUpperCase();
}

/**
 * The RFC rules a parser forgives but Outlook does not: CRLF everywhere, lines
 * of at most 75 octets, required properties once each, PUBLISH with ORGANIZER
 * and no ATTENDEE, and every date-time either UTC or tied to a VTIMEZONE.
 * Returns the problems found; empty means conforming.
 */
export function rfcProblems(ics: string): string[] {
  const problems: string[] = [];
  if (!ics.endsWith('\r\n')) problems.push('last line not terminated by CRLF');
  if (/[^\r]\n/.test(ics) || /\r[^\n]/.test(ics)) problems.push('line break other than CRLF');
  ics.split('\r\n').forEach((raw, i) => {
    const octets = Buffer.byteLength(raw, 'utf8');
    if (octets > 75) problems.push(`line ${i + 1} is ${octets} octets`);
  });

  const lines = contentLines(ics);
  const stack: { name: string; props: string[] }[] = [];
  const tzids = new Set<string>();
  const usedTzids = new Set<string>();
  let sawCalendar = false;
  for (const line of lines) {
    const name = nameOf(line);
    if (name === 'BEGIN') {
      stack.push({ name: line.slice(6).toUpperCase(), props: [] });
      continue;
    }
    if (name === 'END') {
      const done = stack.pop();
      if (!done || done.name !== line.slice(4).toUpperCase()) {
        problems.push(`unbalanced ${line}`);
        continue;
      }
      const count = (p: string) => done.props.filter((x) => x === p).length;
      if (done.name === 'VCALENDAR') {
        sawCalendar = true;
        for (const p of ['PRODID', 'VERSION', 'METHOD']) if (count(p) !== 1) problems.push(`VCALENDAR has ${count(p)} ${p}`);
      }
      if (done.name === 'VEVENT') {
        for (const p of ['UID', 'DTSTAMP', 'DTSTART', 'SEQUENCE', 'ORGANIZER', 'SUMMARY']) {
          if (count(p) !== 1) problems.push(`VEVENT has ${count(p)} ${p}`);
        }
        if (count('ATTENDEE') > 0) problems.push('VEVENT in PUBLISH has ATTENDEE');
        if (count('DTEND') > 0 && count('DURATION') > 0) problems.push('VEVENT has DTEND and DURATION');
      }
      continue;
    }
    const top = stack.at(-1);
    if (!top) {
      problems.push(`property outside a component: ${line}`);
      continue;
    }
    top.props.push(name);
    if (top.name === 'VCALENDAR' && name === 'VERSION' && line !== 'VERSION:2.0') problems.push(line);
    if (top.name === 'VCALENDAR' && name === 'METHOD' && line !== 'METHOD:PUBLISH') problems.push(line);
    if (top.name === 'VTIMEZONE' && name === 'TZID') tzids.add(line.slice(5));
    if (top.name === 'VEVENT' && name === 'DTSTAMP' && !/^DTSTAMP:\d{8}T\d{6}Z$/.test(line)) problems.push(`DTSTAMP not UTC: ${line}`);
    if (top.name === 'VEVENT' && (name === 'DTSTART' || name === 'DTEND')) {
      const tz = /;TZID=([^;:]+)/.exec(line)?.[1];
      if (tz) usedTzids.add(tz);
      else if (!/:\d{8}T\d{6}Z$/.test(line)) problems.push(`floating time: ${line}`);
    }
  }
  if (!sawCalendar) problems.push('no VCALENDAR');
  if (stack.length > 0) problems.push('unclosed components');
  for (const tz of usedTzids) if (!tzids.has(tz)) problems.push(`TZID ${tz} without VTIMEZONE`);
  return problems;
}

/** Unfolded lines of the VEVENTs only, for exact assertions on one property. */
export function eventLines(ics: string, property: string): string[] {
  let inEvent = false;
  return contentLines(ics).filter((l) => {
    if (l === 'BEGIN:VEVENT') inEvent = true;
    if (l === 'END:VEVENT') inEvent = false;
    return inEvent && nameOf(l) === property.toUpperCase();
  });
}

/** Unfolded lines outside any VEVENT (the calendar's own properties, VTIMEZONE). */
export function calendarLines(ics: string, property: string): string[] {
  const all = contentLines(ics).filter((l) => nameOf(l) === property.toUpperCase());
  const inEvents = eventLines(ics, property);
  return all.filter((l) => !inEvents.includes(l));
}
