import { describe, expect, it } from 'vitest';
import { rfcProblems } from './icsCheck';

// The check the invite tests lean on must itself see what Outlook would refuse.
const GOOD = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//G40//Test//NL',
  'METHOD:PUBLISH',
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Amsterdam',
  'END:VTIMEZONE',
  'BEGIN:VEVENT',
  'UID:a@b',
  'SEQUENCE:1',
  'DTSTAMP:20260204T083000Z',
  'DTSTART;TZID=Europe/Amsterdam:20260204T100000',
  'SUMMARY:Opening',
  'ORGANIZER;CN=G40:mailto:info@example.nl',
  'END:VEVENT',
  'END:VCALENDAR',
];

function file(lines: string[]): string {
  return lines.map((l) => `${l}\r\n`).join('');
}

function replace(line: string, by: string[]): string[] {
  return GOOD.flatMap((l) => (l === line ? by : [l]));
}

describe('rfc check', () => {
  it('rfcProblems_conformingFile_findsNothing', () => {
    expect(rfcProblems(file(GOOD))).toEqual([]);
  });

  it('rfcProblems_brokenFiles_nameEachProblem', () => {
    const cases: [string, string[]][] = [
      ['floating time: DTSTART:20260204T100000', replace('DTSTART;TZID=Europe/Amsterdam:20260204T100000', ['DTSTART:20260204T100000'])],
      ['DTSTAMP not UTC: DTSTAMP:20260204T083000', replace('DTSTAMP:20260204T083000Z', ['DTSTAMP:20260204T083000'])],
      ['VEVENT has 0 UID', replace('UID:a@b', [])],
      ['VCALENDAR has 0 PRODID', replace('PRODID:-//G40//Test//NL', [])],
      ['VEVENT in PUBLISH has ATTENDEE', replace('SUMMARY:Opening', ['SUMMARY:Opening', 'ATTENDEE:mailto:x@example.nl'])],
      ['METHOD:REQUEST', replace('METHOD:PUBLISH', ['METHOD:REQUEST'])],
      ['TZID Europe/Brussels without VTIMEZONE', replace('DTSTART;TZID=Europe/Amsterdam:20260204T100000', ['DTSTART;TZID=Europe/Brussels:20260204T100000'])],
      ['line 13 is 80 octets', replace('SUMMARY:Opening', [`SUMMARY:${'x'.repeat(72)}`])],
    ];

    const found = cases.map(([, lines]) => rfcProblems(file(lines)));

    expect(found).toEqual(cases.map(([problem]) => [problem]));
  });

  it('rfcProblems_bareLineFeedsOrMissingFinalCrlf_areFound', () => {
    expect(rfcProblems(file(GOOD).slice(0, -2))).toEqual(['last line not terminated by CRLF']);
    expect(rfcProblems(GOOD.join('\n') + '\r\n')).toContain('line break other than CRLF');
  });
});
