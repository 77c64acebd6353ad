/**
 * The participant list as CSV for Dutch Excel: ';' between fields (Dutch Excel's list separator; with
 * ',' the whole list landed in one column), a UTF-8 byte-order mark (else Excel reads the names as
 * Windows-1252) and CRLF line ends, quoted per RFC 4180, with spreadsheet formula injection defused.
 */
import type { Participant } from './types';

export interface CsvLabels {
  header: string[];
  status: { confirmed: string; waiting: string };
}

export const CSV_SEPARATOR = ';';

function cell(value: string): string {
  // A leading =, +, - or @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";,\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function participantsCsv(people: Participant[], labels: CsvLabels): string {
  const lines = [labels.header.map(cell).join(CSV_SEPARATOR)];
  for (const p of people) {
    lines.push(
      [p.name, p.userId, labels.status[p.status], p.position === null ? '' : String(p.position), p.since].map(cell).join(CSV_SEPARATOR),
    );
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
