/**
 * The programme workbook (issue 14): the same programme as a seed, both ways, validated by the same
 * schema, with Dutch errors that name sheet, row and column.
 */
import { Workbook, type Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadSeedSet } from '../../src/programme/seedFiles';
import { emptyWorkbook, programmeToWorkbook, workbookToSeed, type WorkbookResult } from '../../src/programme/workbook';

const set = loadSeedSet('seeds');
const organisers = set.organisers;
const zoetermeer = set.events.find((e) => e.seed.city === 'Zoetermeer')!.seed;

/** Opens a workbook, lets the test change it as an organiser would in Excel, and saves it. */
async function edit(buffer: Buffer, change: (book: Workbook) => void): Promise<Buffer> {
  const book = new Workbook();
  await book.xlsx.load(buffer as never);
  change(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

function column(ws: Worksheet, header: string): number {
  let found = -1;
  ws.getRow(1).eachCell((cell, col) => {
    if (cell.value === header) found = col;
  });
  if (found < 0) throw new Error(`no column ${header}`);
  return found;
}

function rowOf(ws: Worksheet, code: string): number {
  const col = column(ws, 'Code');
  for (let n = 2; n <= ws.rowCount; n++) if (ws.getRow(n).getCell(col).value === code) return n;
  throw new Error(`no row ${code}`);
}

function setCell(book: Workbook, code: string, header: string, value: unknown): number {
  const ws = book.getWorksheet('Sessies')!;
  const row = rowOf(ws, code);
  ws.getRow(row).getCell(column(ws, header)).value = value as never;
  return row;
}

function errors(result: WorkbookResult): string[] {
  return result.ok ? [] : result.errors.map((e) => e.text);
}

describe('programme workbook', () => {
  it.each(set.events.map((e) => [e.seed.city, e.seed] as const))('roundTrip_%s_sameSeed', async (_city, seed) => {
    const withNames = await workbookToSeed(await programmeToWorkbook(seed, { organisers }), { organisers });
    const withCodes = await workbookToSeed(await programmeToWorkbook(seed));

    expect(errors(withNames)).toEqual([]);
    expect(withNames.ok && withNames.seed).toStrictEqual(seed);
    expect(withCodes.ok && withCodes.seed).toStrictEqual(seed);
  });

  it('export_hasTheFourSheetsAndDutchHeaders', async () => {
    const book = new Workbook();
    await book.xlsx.load((await programmeToWorkbook(zoetermeer, { organisers })) as never);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Netwerkdag', 'Dagen', 'Rondes', 'Sessies', 'Uitleg']);
    const headers = (book.getWorksheet('Sessies')!.getRow(1).values as unknown[]).filter(Boolean);
    expect(headers.slice(0, 15)).toEqual([
      'Code', 'Titel', 'Soort', 'Ronde', 'Datum', 'Begin', 'Eind', 'Zaal', 'Locatie', 'Organisatoren', 'Personen', 'Aanmelden', 'Capaciteit',
      'Status', 'Beschrijving',
    ]);
    const ws = book.getWorksheet('Sessies')!;
    expect(ws.getRow(rowOf(ws, 'opening')).getCell(column(ws, 'Personen')).value).toBe(
      'Michel Bezuijen (spreker, burgemeester)\nPaul Depla (spreker, G40-voorzitter)',
    );
  });

  it('emptyWorkbook_isAValidProgrammeWithOneExampleRowAndInstructions', async () => {
    const buffer = await emptyWorkbook({ organisers });
    const result = await workbookToSeed(buffer, { organisers });
    const book = new Workbook();
    await book.xlsx.load(buffer as never);

    expect(errors(result)).toEqual([]);
    expect(result.ok && result.seed.sessions.map((s) => s.code)).toEqual(['voorbeeld-woningmarkt']);
    expect(result.ok && result.seed.settings).toEqual({ registration_open: true, registration_from: '2027-01-06 09:00', registration_until: '2027-01-28 17:00' });
    expect(book.getWorksheet('Uitleg')!.rowCount).toBeGreaterThan(5);
  });

  it('editedCells_areRead_includingTimesAndNumbersAsExcelStoresThem', async () => {
    const buffer = await edit(await programmeToWorkbook(zoetermeer, { organisers }), (book) => {
      const code = zoetermeer.sessions.find((s) => s.signup)!.code;
      setCell(book, code, 'Zaal', 'Grote zaal');
      setCell(book, code, 'Capaciteit', 25);
      // Typed into a cell without the text format, Excel keeps a time as a date in 1899 or a fraction of a day.
      setCell(book, code, 'Begin', new Date(Date.UTC(1899, 11, 30, 12, 5)));
      setCell(book, code, 'Eind', 0.5625);
      setCell(book, code, 'Aanmelden tot', new Date(Date.UTC(2026, 0, 28, 17, 0)));
    });
    const result = await workbookToSeed(buffer, { organisers });
    const code = zoetermeer.sessions.find((s) => s.signup)!.code;
    const session = result.ok ? result.seed.sessions.find((s) => s.code === code) : undefined;

    expect(errors(result)).toEqual([]);
    expect(session).toMatchObject({ room: 'Grote zaal', capacity: 25, start: '12:05', end: '13:30', registration_until: '2026-01-28 17:00' });
  });

  it('badTime_dutchErrorNamesSheetRowAndColumn_noSeed', async () => {
    let row = 0;
    const buffer = await edit(await programmeToWorkbook(zoetermeer), (book) => (row = setCell(book, 'opening', 'Begin', '25:00')));
    const result = await workbookToSeed(buffer);
    expect(result.ok).toBe(false);
    expect(errors(result)).toEqual([`Sessies, rij ${row}, Begin: '25:00' is geen tijd (UU:MM, bijv. 09:30)`]);
  });

  it('missingColumn_named', async () => {
    const buffer = await edit(await programmeToWorkbook(zoetermeer), (book) => {
      const ws = book.getWorksheet('Sessies')!;
      ws.spliceColumns(column(ws, 'Zaal'), 1);
    });
    expect(errors(await workbookToSeed(buffer))).toEqual(['Sessies, Zaal: de kolom "Zaal" ontbreekt']);
  });

  it('duplicateCode_unknownOrganiser_unknownRound_unknownKind_eachAtItsCell', async () => {
    const rows: Record<string, number> = {};
    const buffer = await edit(await programmeToWorkbook(zoetermeer, { organisers }), (book) => {
      rows.dup = setCell(book, 'pauze', 'Code', 'inloop');
      rows.org = setCell(book, 'opening', 'Organisatoren', 'Themagroep Woningmarkt; Themagroep Bestaatniet');
      rows.kind = setCell(book, 'plenair-keynote-van-oudenhoven', 'Soort', 'lezing');
    });
    expect(errors(await workbookToSeed(buffer, { organisers }))).toEqual([
      `Sessies, rij ${rows.org}, Organisatoren: 'Themagroep Bestaatniet' is geen bekende organisator`,
      `Sessies, rij ${rows.dup}, Code: code inloop staat ook in rij ${rowOf0(zoetermeer, 'inloop')}`,
      `Sessies, rij ${rows.kind}, Soort: moet een van deze zijn: plenair, keuzesessie, excursie, wandeling, lunch, pauze, borrel, overleg, inloop, diner, overig (kreeg lezing)`,
    ]);

    let roundRow = 0;
    const unknownRound = await edit(await programmeToWorkbook(zoetermeer), (book) => (roundRow = setCell(book, 'opening', 'Ronde', 'ronde-9')));
    expect(errors(await workbookToSeed(unknownRound))).toEqual([`Sessies, rij ${roundRow}, Ronde: ronde ronde-9 bestaat niet`]);
  });

  it('notAWorkbook_oneDutchSentence', async () => {
    expect(errors(await workbookToSeed(Buffer.from('slug: x\n')))).toEqual(['Dit is geen Excel-werkboek (.xlsx) dat ik kan lezen.']);
  });
});

/** The spreadsheet row of a session in an export: header row, then one row per session in seed order. */
function rowOf0(seed: typeof zoetermeer, code: string): number {
  return seed.sessions.findIndex((s) => s.code === code) + 2;
}
