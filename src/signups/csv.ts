/** The participant list as CSV (RFC 4180, ';'-free so Excel and others read it alike), with spreadsheet formula injection defused. */
import type { Participant } from './types';

export interface CsvLabels {
  header: string[];
  status: { confirmed: string; waiting: string };
}

function cell(value: string): string {
  // A leading =, +, - or @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function participantsCsv(people: Participant[], labels: CsvLabels): string {
  const lines = [labels.header.map(cell).join(',')];
  for (const p of people) {
    lines.push([p.name, p.userId, labels.status[p.status], p.position === null ? '' : String(p.position), p.since].map(cell).join(','));
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
