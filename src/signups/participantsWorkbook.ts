/**
 * The participant list as an Excel workbook, for organisers who open it in Dutch Excel: real
 * columns whatever the list separator, "Sinds" as a date-time in Amsterdam time (Excel has no time
 * zones, so the wall time is what it must show), and names kept as text so nothing in them runs
 * as a formula. One row per person, with the session, so one sheet can hold a whole netwerkdag.
 */
import { Workbook } from 'exceljs';
import { DateTime } from 'luxon';
import { ZONE } from '../clock';
import type { Participant } from './types';

export interface ParticipantsSheet {
  sessionTitle: string;
  people: Participant[];
}

export interface WorkbookLabels {
  sheet: string;
  /** Sessie, Naam, Gebruiker, Status, Plaats op wachtlijst, Sinds. */
  header: string[];
  status: { confirmed: string; waiting: string };
}

/** An instant as the Amsterdam wall time in a Date whose UTC fields are that wall time (how Excel dates work). */
function excelWallTime(iso: string): Date {
  const local = DateTime.fromISO(iso, { zone: 'utc' }).setZone(ZONE);
  return new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second));
}

export async function participantsWorkbook(lists: ParticipantsSheet[], labels: WorkbookLabels): Promise<Buffer> {
  const book = new Workbook();
  book.creator = 'G40 Netwerkdag-bot';
  const ws = book.addWorksheet(labels.sheet);
  ws.columns = labels.header.map((header, i) => ({ header, key: String(i), width: [40, 30, 38, 12, 10, 18][i] ?? 16 }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const list of lists) {
    for (const p of list.people) {
      // Strings are written as text cells: a name starting with '=' is shown, never calculated.
      const row = ws.addRow([list.sessionTitle, p.name, p.userId, labels.status[p.status], p.position ?? null, excelWallTime(p.since)]);
      row.getCell(6).numFmt = 'dd-mm-yyyy hh:mm';
    }
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: labels.header.length } };
  return Buffer.from(await book.xlsx.writeBuffer());
}
