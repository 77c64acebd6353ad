/**
 * Organiser overview and exports (issue 14): counts per session, the participant list as a workbook
 * Dutch Excel opens in columns, and the CSV with ';', a BOM and CRLF.
 */
import { Workbook } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import { ProgrammeStore } from '../../src/programme/store';
import { Roles } from '../../src/roles/roles';
import { participantsCsv } from '../../src/signups/csv';
import { participantsWorkbook } from '../../src/signups/participantsWorkbook';
import { SignupService } from '../../src/signups/service';
import { signupTexts as t } from '../../src/texts/signups';
import { BEFORE, dbWith, testEvent } from '../support/signupFactory';

function setup() {
  const seed = testEvent({
    sessions: [
      { code: 'a', round: 'ronde-1', capacity: 1, title: 'Sessie A' },
      { code: 'b', round: 'ronde-1', title: 'Sessie B' },
      { code: 'plenair', kind: 'plenair', signup: false },
    ],
  });
  const db = dbWith([seed]);
  const programme = new ProgrammeStore(db);
  const service = new SignupService(db, programme, new Roles(db, [], () => BEFORE), fixedClock(BEFORE));
  const event = programme.getEventBySlug(seed.slug)!;
  const id = (code: string) => programme.getSessionByCode(event.id, code)!.id;
  return { service, event, id, programme };
}

describe('registration overview', () => {
  it('perSessionConfirmedCapacityWaiting_onlySessionsThatTakeSignups', () => {
    const { service, event, id } = setup();
    service.signUp({ userId: 'u1', name: 'Anna' }, id('a'));
    service.signUp({ userId: 'u2', name: 'Bert' }, id('a'), { onFull: 'wait' });
    service.signUp({ userId: 'u3', name: 'Cor' }, id('b'));

    const overview = service.registrationOverview(event.id)!;
    expect(overview.sessions.map((s) => [s.session.code, s.confirmed, s.capacity, s.waiting])).toEqual([
      ['a', 1, 1, 1],
      ['b', 1, null, 0],
    ]);
    expect([overview.confirmed, overview.waiting]).toEqual([2, 1]);
    expect(t.overviewLine('Sessie A', 1, 1, 1)).toBe('Sessie A: 1 van 1 aangemeld, 1 op de wachtlijst');
    expect(service.registrationOverview(99_999)).toBeNull();
  });
});

describe('participant exports for Dutch Excel', () => {
  const people = [
    { userId: 'u1', name: 'Jansen; Piet', status: 'confirmed' as const, since: '2026-03-03T09:00:00.000Z', position: null },
    { userId: 'u2', name: '=HYPERLINK("x")', status: 'waiting' as const, since: '2026-07-01T09:00:00.000Z', position: 1 },
  ];

  it('csv_semicolons_bom_crlf_quotedWhereNeeded_formulasDefused', () => {
    expect(participantsCsv(people, { header: [...t.csvHeader], status: t.csvStatus })).toBe(
      '\ufeffNaam;Gebruiker;Status;Plaats op wachtlijst;Sinds\r\n' +
        '"Jansen; Piet";u1;aangemeld;;2026-03-03T09:00:00.000Z\r\n' +
        `"'=HYPERLINK(""x"")";u2;wachtlijst;1;2026-07-01T09:00:00.000Z\r\n`,
    );
  });

  it('workbook_columnsPerField_sinceInAmsterdamTime_namesAsText', async () => {
    const buffer = await participantsWorkbook([{ sessionTitle: 'Sessie A', people }], {
      sheet: t.workbookSheet,
      header: [...t.workbookHeader],
      status: t.csvStatus,
    });
    const book = new Workbook();
    await book.xlsx.load(buffer as never);
    const ws = book.getWorksheet('Deelnemers')!;

    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['Sessie', 'Naam', 'Gebruiker', 'Status', 'Plaats op wachtlijst', 'Sinds']);
    expect((ws.getRow(2).values as unknown[]).slice(1, 5)).toEqual(['Sessie A', 'Jansen; Piet', 'u1', 'aangemeld']);
    // 09:00 UTC is 10:00 in Amsterdam in March and 11:00 in July (summer time).
    expect((ws.getRow(2).getCell(6).value as Date).toISOString()).toBe('2026-03-03T10:00:00.000Z');
    expect((ws.getRow(3).getCell(6).value as Date).toISOString()).toBe('2026-07-01T11:00:00.000Z');
    expect(ws.getRow(3).getCell(2).value).toBe('=HYPERLINK("x")');
    expect(ws.getRow(3).getCell(2).formula).toBeUndefined();
  });
});
