/**
 * The programme of one netwerkdag as an Excel workbook, both ways: organisers (the G40 office,
 * theme-group secretaries) work in Excel, not in YAML on a server. A workbook is exactly a seed
 * file: it is validated by the same zod schema and cross-field checks, and exporting a programme
 * and reading it back gives the same seed, so sending an unchanged export publishes nothing.
 *
 * Errors name sheet, row and column in Dutch ("Sessies, rij 12, Begin: '25:00' is geen tijd"),
 * and a workbook with any error yields no seed at all.
 */
import { Workbook, type Cell, type Worksheet } from 'exceljs';
import type { ZodIssue } from 'zod';
import { no, workbookSheets as SHEETS, workbookTexts as T, yes } from '../texts/programme';
import { dutchErrorMap } from '../zodDutch';
import { checkEvent, SeedError } from './seedFiles';
import {
  eventSeed,
  PERSON_ROLES,
  SESSION_KINDS,
  SESSION_STATUSES,
  type EventSeed,
  type OrganiserSeed,
  type SessionSeed,
} from './seedSchema';

/** One problem, where it is and what it is; `text` is the whole sentence for the organiser. */
export interface WorkbookError {
  sheet: string;
  row: number | null;
  column: string | null;
  message: string;
  text: string;
}

export type WorkbookResult = { ok: true; seed: EventSeed } | { ok: false; errors: WorkbookError[] };

/** Organisers as the import knows them; names, abbreviations and aliases are read as their slug. */
export type KnownOrganiser = Pick<OrganiserSeed, 'slug' | 'name' | 'abbreviation' | 'aliases'>;

export interface WorkbookOptions {
  /** With these, Organisatoren shows names and accepts names, abbreviations and aliases besides codes. */
  organisers?: KnownOrganiser[];
}

/** A netwerkdag has a few dozen sessions; far more rows is a wrong file, and reading it is wasted work. */
export const MAX_ROWS = 1000;
/** An organiser reads the first few; a hundred errors only bury them. */
const MAX_ERRORS = 25;

export type EventField = keyof typeof T.eventFields;
type RoundField = keyof typeof T.roundHeaders;
export type SessionColumn = keyof typeof T.sessionHeaders;

const REQUIRED_SESSION_COLUMNS: SessionColumn[] = [
  'code', 'title', 'kind', 'round', 'day', 'start', 'end', 'room', 'location', 'organisers', 'people', 'signup', 'capacity', 'status',
  'description',
];
const REQUIRED_ROUND_COLUMNS: RoundField[] = ['code', 'name', 'start', 'end'];
/** Cells typed into these stay text in Excel (no 09:30 turning into a fraction of a day, no leading zeros lost). */
const TEXT_SESSION_COLUMNS: SessionColumn[] = ['code', 'round', 'day', 'start', 'end', 'registration_from', 'registration_until'];

// ---------------------------------------------------------------------------------------------
// Seed → workbook

function person(p: EventSeed['sessions'][number]['people'][number]): string {
  return `${p.name} (${p.role}${p.function !== null ? `, ${p.function}` : ''})`;
}

function organiserLabel(slug: string, organisers: KnownOrganiser[] | undefined): string {
  return organisers?.find((o) => o.slug === slug)?.name ?? slug;
}

function bool(value: boolean): string {
  return value ? yes : no;
}

function headerRow(sheet: Worksheet, headers: string[], widths: number[]): void {
  sheet.columns = headers.map((header, i) => ({ header, key: header, width: widths[i] ?? 16 }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

function wrapAll(sheet: Worksheet): void {
  sheet.eachRow((row) => row.eachCell((cell) => (cell.alignment = { vertical: 'top', wrapText: true })));
}

/** The netwerkdag's own fields as the Netwerkdag sheet shows them (also what a preview compares). */
export function eventCells(seed: EventSeed): Record<EventField, string | null> {
  const stated = seed.registration.open === 'unknown' ? 'unknown' : seed.registration.open ? 'open' : 'closed';
  return {
    slug: seed.slug,
    title: seed.title,
    kind: seed.kind,
    city: seed.city,
    source: seed.source,
    registrationOpen: T.registrationStated[stated],
    registrationNote: seed.registration.note,
    settingOpen: seed.settings?.registration_open === undefined ? null : bool(seed.settings.registration_open),
    registrationFrom: seed.settings?.registration_from ?? null,
    registrationUntil: seed.settings?.registration_until ?? null,
    summary: seed.summary,
    notes: seed.notes.join('\n'),
  };
}

/** A session as the cells of its row: what the workbook shows, and what a preview compares. */
export function sessionCells(s: SessionSeed, organisers?: KnownOrganiser[]): Record<SessionColumn, string | number> {
  return {
    code: s.code,
    title: s.title,
    kind: s.kind,
    round: s.round ?? '',
    day: s.day ?? '',
    start: s.start ?? '',
    end: s.end ?? '',
    room: s.room ?? '',
    location: s.location ?? '',
    organisers: s.organisers.map((o) => organiserLabel(o, organisers)).join('; '),
    people: s.people.map(person).join('\n'),
    signup: bool(s.signup),
    capacity: s.capacity ?? '',
    status: s.status,
    description: s.description,
    signup_source: T.signupSources[s.signup_source],
    registration_from: s.registration_from ?? '',
    registration_until: s.registration_until ?? '',
    notes: s.notes.join('\n'),
    inferred_room: s.inferred.room ?? '',
    inferred_organisers: s.inferred.organisers ?? '',
    inferred_round: s.inferred.round ?? '',
    links: s.links.map((l) => `${l.label} | ${l.url}`).join('\n'),
  };
}

/** The programme as a workbook; `programmeToWorkbook(seed)` read back by workbookToSeed gives `seed` again. */
export async function programmeToWorkbook(seed: EventSeed, options: WorkbookOptions = {}): Promise<Buffer> {
  const book = new Workbook();
  book.creator = 'G40 Netwerkdag-bot';

  const event = book.addWorksheet(SHEETS.event);
  headerRow(event, [...T.eventHeaders], [28, 60, 70]);
  const values = eventCells(seed);
  for (const field of Object.keys(T.eventFields) as EventField[]) {
    const [label, help] = T.eventFields[field];
    const row = event.addRow([label, values[field] ?? '', help]);
    row.getCell(2).numFmt = '@';
  }
  wrapAll(event);

  const days = book.addWorksheet(SHEETS.days);
  headerRow(days, Object.values(T.dayHeaders), [14, 36, 40]);
  for (const d of seed.days) days.addRow([d.date, d.venue ?? '', d.address ?? '']);
  days.getColumn(1).numFmt = '@';

  const rounds = book.addWorksheet(SHEETS.rounds);
  const roundFields = Object.keys(T.roundHeaders) as RoundField[];
  headerRow(rounds, Object.values(T.roundHeaders), [16, 32, 12, 8, 8, 9, 8, 16, 60]);
  for (const r of seed.rounds) {
    const cells: Record<RoundField, string | number> = {
      code: r.code,
      name: r.name,
      day: r.day ?? '',
      start: r.start ?? '',
      end: r.end ?? '',
      number: r.number ?? '',
      lunch: bool(r.lunch),
      order_known: bool(r.order_known),
      note: r.note ?? '',
    };
    rounds.addRow(roundFields.map((f) => cells[f]));
  }
  for (const f of ['code', 'day', 'start', 'end'] as RoundField[]) rounds.getColumn(roundFields.indexOf(f) + 1).numFmt = '@';
  wrapAll(rounds);

  const sessions = book.addWorksheet(SHEETS.sessions);
  const columns = Object.keys(T.sessionHeaders) as SessionColumn[];
  headerRow(sessions, Object.values(T.sessionHeaders), [24, 40, 12, 14, 12, 8, 8, 18, 24, 30, 44, 10, 10, 10, 60, 12, 17, 17, 50, 30, 30, 30, 50]);
  for (const s of seed.sessions) {
    const cells = sessionCells(s, options.organisers);
    sessions.addRow(columns.map((c) => cells[c]));
  }
  for (const c of TEXT_SESSION_COLUMNS) sessions.getColumn(columns.indexOf(c) + 1).numFmt = '@';
  wrapAll(sessions);

  const help = book.addWorksheet(SHEETS.help);
  help.getColumn(1).width = 120;
  const organiserNames = (options.organisers ?? []).map((o) => `${o.name} (${o.slug})`);
  for (const line of T.help(SESSION_KINDS, PERSON_ROLES, SESSION_STATUSES, organiserNames)) help.addRow([line]);
  wrapAll(help);

  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * An empty programme to fill in: one day, one round and one example session, all valid as they
 * stand (so the example shows each column's form), and the instructions.
 */
export function emptyWorkbook(options: WorkbookOptions = {}): Promise<Buffer> {
  const example = eventSeed.parse({
    slug: '2027-02-03-voorbeeldstad',
    title: 'Ambtelijke netwerkdag Voorbeeldstad',
    kind: 'ambtelijk',
    city: 'Voorbeeldstad',
    source: 'werkboek',
    registration: { open: 'unknown', note: null },
    settings: { registration_open: true, registration_from: '2027-01-06 09:00', registration_until: '2027-01-28 17:00' },
    days: [{ date: '2027-02-03', venue: 'Stadhuis Voorbeeldstad', address: 'Markt 1, Voorbeeldstad' }],
    rounds: [{ code: 'ronde-1', number: 1, name: 'Eerste ronde', start: '11:00', end: '12:00' }],
    sessions: [
      {
        code: 'voorbeeld-woningmarkt',
        title: 'Voorbeeld: sessie van een themagroep',
        kind: 'keuzesessie',
        round: 'ronde-1',
        room: 'Raadzaal',
        organisers: options.organisers?.some((o) => o.slug === 'tg-woningmarkt') ? ['tg-woningmarkt'] : [],
        people: [{ name: 'Voornaam Achternaam', role: 'spreker', function: 'wethouder Wonen' }],
        signup: true,
        capacity: 30,
        description: 'Vervang deze rij door de eerste sessie van het programma.',
      },
    ],
  });
  return programmeToWorkbook(example, options);
}

// ---------------------------------------------------------------------------------------------
// Workbook → seed

/** A cell's content as the organiser sees it, or null when empty. Dates and times come back as Excel made them. */
type CellValue = string | Date | number | boolean | null;

function cellValue(cell: Cell | undefined): CellValue {
  const v = cell?.value as unknown;
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.trim() === '' ? null : v;
  if (typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((r) => r.text).join('') || null;
    if ('result' in o) return cellValue({ value: o.result } as Cell);
    if (typeof o.text === 'string') return o.text.trim() === '' ? null : o.text;
    if ('error' in o) return String(o.error);
  }
  return String(v);
}

function display(v: CellValue): string {
  if (v instanceof Date) return v.toISOString().slice(0, 16).replace('T', ' ');
  return String(v);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Excel keeps a typed time as a fraction of a day (or a date in 1899); both become "HH:MM". */
function asTime(v: CellValue): string | null | undefined {
  if (v instanceof Date) return `${pad(v.getUTCHours())}:${pad(v.getUTCMinutes())}`;
  if (typeof v === 'number' && v >= 0 && v < 1) {
    const minutes = Math.round(v * 24 * 60);
    return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
  }
  const m = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/.exec(String(v).trim());
  return m ? `${pad(Number(m[1]))}:${m[2]}` : undefined;
}

/** An Excel serial date (days since 30 December 1899, the fraction is the time of day) as a wall-clock Date. */
function fromSerial(v: CellValue): CellValue {
  return typeof v === 'number' && v >= 1 && v < 2_958_466 ? new Date(Math.round((v - 25_569) * 86_400_000)) : v;
}

function asDate(value: CellValue): string | undefined {
  const v = fromSerial(value);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(String(v).trim());
  return m ? `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}` : undefined;
}

function asMoment(value: CellValue): string | undefined {
  const v = fromSerial(value);
  if (v instanceof Date) return `${v.toISOString().slice(0, 10)} ${pad(v.getUTCHours())}:${pad(v.getUTCMinutes())}`;
  const m = /^(\d{4}-\d{1,2}-\d{1,2})[ T]+(\d{1,2}[:.]\d{2})$/.exec(String(v).trim());
  if (!m) return undefined;
  const date = asDate(m[1]!);
  const time = asTime(m[2]!);
  return date && time ? `${date} ${time}` : undefined;
}

function asInteger(v: CellValue): number | undefined {
  const n = typeof v === 'number' ? v : /^\d+$/.test(String(v).trim()) ? Number(String(v).trim()) : NaN;
  return Number.isInteger(n) ? n : undefined;
}

function asBoolean(v: CellValue): boolean | undefined {
  if (typeof v === 'boolean') return v;
  const word = String(v).trim().toLowerCase();
  if (['ja', 'j', 'yes', 'true', 'waar', 'x', '1'].includes(word)) return true;
  if (['nee', 'n', 'no', 'false', 'onwaar', '0'].includes(word)) return false;
  return undefined;
}

function lines(v: CellValue): string[] {
  if (v === null) return [];
  return display(v)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

const PERSON = /^(.+?) \(([a-z]+)(?:, (.+))?\)$/;

/** Reads one workbook; collects every problem it can find before giving up. */
class Reader {
  readonly errors: WorkbookError[] = [];
  /** Cells already reported, so the schema does not repeat "ontbreekt" for a value that could not be read. */
  private readonly reported = new Set<string>();

  error(sheet: string, row: number | null, column: string | null, message: string): void {
    this.reported.add(`${sheet}|${row}|${column}`);
    this.errors.push({ sheet, row, column, message, text: `${T.at(sheet, row, column)}: ${message}` });
  }

  wasReported(sheet: string, row: number | null, column: string | null): boolean {
    return this.reported.has(`${sheet}|${row}|${column}`);
  }
}

interface Table {
  sheet: string;
  /** Column header → column number. */
  columns: Map<string, number>;
  rows: { number: number; cells: (header: string) => CellValue }[];
}

/** A sheet with a header row; every header must be known, the required ones present. Null when unusable. */
function readTable(reader: Reader, ws: Worksheet | undefined, sheet: string, known: string[], required: string[]): Table | null {
  if (!ws) {
    reader.error(sheet, null, null, T.missingSheet(sheet));
    return null;
  }
  const byName = new Map(known.map((h) => [h.toLowerCase(), h]));
  const columns = new Map<string, number>();
  ws.getRow(1).eachCell((cell, col) => {
    const text = cellValue(cell);
    if (text === null) return;
    const header = byName.get(display(text).trim().toLowerCase());
    if (header === undefined) reader.error(sheet, 1, display(text).trim(), T.unknownColumn(display(text).trim()));
    else columns.set(header, col);
  });
  let usable = true;
  for (const h of required) {
    if (!columns.has(h)) {
      reader.error(sheet, null, h, T.missingColumn(h));
      usable = false;
    }
  }
  if (ws.rowCount > MAX_ROWS + 1) {
    reader.error(sheet, null, null, T.tooManyRows(MAX_ROWS));
    return null;
  }
  const rows: Table['rows'] = [];
  for (let n = 2; n <= ws.rowCount; n++) {
    const row = ws.getRow(n);
    const cells = (header: string) => {
      const col = columns.get(header);
      return col === undefined ? null : cellValue(row.getCell(col));
    };
    if ([...columns.keys()].every((h) => cells(h) === null)) continue;
    rows.push({ number: n, cells });
  }
  return usable ? { sheet, columns, rows } : null;
}

/** Reads a cell with a parser; reports and returns undefined when the value is not of its kind. */
function parsed<T>(
  reader: Reader,
  sheet: string,
  row: number,
  column: string,
  v: CellValue,
  parse: (v: CellValue) => T | undefined,
  message: (shown: string) => string,
): T | null | undefined {
  if (v === null) return null;
  const out = parse(v);
  if (out === undefined) reader.error(sheet, row, column, message(display(v)));
  return out;
}

function organiserResolver(organisers: KnownOrganiser[] | undefined): (word: string) => string | undefined {
  if (!organisers) return (word) => word;
  const key = (s: string) => s.trim().toLowerCase();
  const index = new Map<string, string>();
  // Codes first, then names, abbreviations, aliases: an alias never shadows another organiser's own name.
  for (const pick of [(o: KnownOrganiser) => [o.slug], (o: KnownOrganiser) => [o.name], (o: KnownOrganiser) => (o.abbreviation ? [o.abbreviation] : []), (o: KnownOrganiser) => o.aliases]) {
    for (const o of organisers) for (const w of pick(o)) if (!index.has(key(w))) index.set(key(w), o.slug);
  }
  return (word) => index.get(key(word));
}

/**
 * Reads a programme workbook into a seed, validated exactly like a seed file. With `organisers`,
 * unknown organisers are reported at their cell (else by the cross-field check).
 */
export async function workbookToSeed(buffer: Buffer, options: WorkbookOptions = {}): Promise<WorkbookResult> {
  const book = new Workbook();
  try {
    // exceljs declares its own Buffer type; Node's is what it reads.
    await book.xlsx.load(buffer as unknown as Parameters<typeof book.xlsx.load>[0]);
  } catch {
    return { ok: false, errors: [{ sheet: '', row: null, column: null, message: T.notAWorkbook, text: T.notAWorkbook }] };
  }
  const reader = new Reader();
  const resolveOrganiser = organiserResolver(options.organisers);

  // Netwerkdag: one field per row.
  const eventSheet = book.getWorksheet(SHEETS.event);
  const eventRows = new Map<EventField, number>();
  const eventValues = new Map<EventField, CellValue>();
  if (!eventSheet) reader.error(SHEETS.event, null, null, T.missingSheet(SHEETS.event));
  else {
    const byLabel = new Map((Object.keys(T.eventFields) as EventField[]).map((f) => [T.eventFields[f][0].toLowerCase(), f]));
    for (let n = 2; n <= Math.min(eventSheet.rowCount, 100); n++) {
      const label = cellValue(eventSheet.getRow(n).getCell(1));
      if (label === null) continue;
      const field = byLabel.get(display(label).trim().toLowerCase());
      if (field === undefined) {
        reader.error(SHEETS.event, n, display(label).trim(), T.unknownField(display(label).trim()));
        continue;
      }
      eventRows.set(field, n);
      eventValues.set(field, cellValue(eventSheet.getRow(n).getCell(2)));
    }
  }
  const ev = (field: EventField) => eventValues.get(field) ?? null;
  const evAt = (field: EventField) => [SHEETS.event, eventRows.get(field) ?? 0, T.eventFields[field][0]] as const;
  const textOrUndefined = (v: CellValue) => (v === null ? undefined : display(v));

  const statedWord = ev('registrationOpen');
  const stated = parsed(reader, ...evAt('registrationOpen'), statedWord, (v) => {
    const w = display(v).trim().toLowerCase();
    return w === T.registrationStated.unknown ? 'unknown' : asBoolean(v);
  }, T.notStated);
  const settingOpen = parsed(reader, ...evAt('settingOpen'), ev('settingOpen'), asBoolean, T.notYesNo);
  const regFrom = parsed(reader, ...evAt('registrationFrom'), ev('registrationFrom'), asMoment, T.notAMoment);
  const regUntil = parsed(reader, ...evAt('registrationUntil'), ev('registrationUntil'), asMoment, T.notAMoment);
  const settings: Record<string, unknown> = {};
  if (typeof settingOpen === 'boolean') settings.registration_open = settingOpen;
  if (regFrom) settings.registration_from = regFrom;
  if (regUntil) settings.registration_until = regUntil;

  const raw: Record<string, unknown> = {
    slug: textOrUndefined(ev('slug')),
    title: textOrUndefined(ev('title')),
    kind: textOrUndefined(ev('kind')),
    city: textOrUndefined(ev('city')),
    source: textOrUndefined(ev('source')),
    registration: { open: stated === null ? undefined : stated, note: ev('registrationNote') === null ? null : display(ev('registrationNote')) },
    ...(Object.keys(settings).length > 0 ? { settings } : {}),
    summary: ev('summary') === null ? '' : display(ev('summary')),
    notes: lines(ev('notes')),
  };

  // Dagen.
  const dayTable = readTable(reader, book.getWorksheet(SHEETS.days), SHEETS.days, Object.values(T.dayHeaders), [T.dayHeaders.date]);
  const dayRows: number[] = [];
  raw.days = (dayTable?.rows ?? []).map((r) => {
    dayRows.push(r.number);
    const c = (h: string) => r.cells(h);
    return {
      date: parsed(reader, SHEETS.days, r.number, T.dayHeaders.date, c(T.dayHeaders.date), asDate, T.notADate) ?? undefined,
      venue: c(T.dayHeaders.venue) === null ? null : display(c(T.dayHeaders.venue)),
      address: c(T.dayHeaders.address) === null ? null : display(c(T.dayHeaders.address)),
    };
  });

  // Rondes.
  const RH = T.roundHeaders;
  const roundTable = readTable(reader, book.getWorksheet(SHEETS.rounds), SHEETS.rounds, Object.values(RH), REQUIRED_ROUND_COLUMNS.map((f) => RH[f]));
  const roundRows: number[] = [];
  raw.rounds = (roundTable?.rows ?? []).map((r) => {
    roundRows.push(r.number);
    const c = (f: RoundField) => r.cells(RH[f]);
    const p = <X>(f: RoundField, parse: (v: CellValue) => X | undefined, message: (s: string) => string) =>
      parsed(reader, SHEETS.rounds, r.number, RH[f], c(f), parse, message);
    const out: Record<string, unknown> = {
      code: textOrUndefined(c('code')),
      name: textOrUndefined(c('name')),
      start: p('start', asTime, T.notATime),
      end: p('end', asTime, T.notATime),
      note: c('note') === null ? null : display(c('note')),
      number: p('number', asInteger, T.notANumber),
    };
    const day = p('day', asDate, T.notADate);
    if (day) out.day = day;
    const lunch = p('lunch', asBoolean, T.notYesNo);
    if (typeof lunch === 'boolean') out.lunch = lunch;
    const orderKnown = p('order_known', asBoolean, T.notYesNo);
    if (typeof orderKnown === 'boolean') out.order_known = orderKnown;
    return out;
  });

  // Sessies.
  const SH = T.sessionHeaders;
  const sessionTable = readTable(
    reader,
    book.getWorksheet(SHEETS.sessions),
    SHEETS.sessions,
    Object.values(SH),
    REQUIRED_SESSION_COLUMNS.map((c) => SH[c]),
  );
  const sessionRows: number[] = [];
  raw.sessions = (sessionTable?.rows ?? []).map((r) => {
    sessionRows.push(r.number);
    const c = (col: SessionColumn) => r.cells(SH[col]);
    const p = <X>(col: SessionColumn, parse: (v: CellValue) => X | undefined, message: (s: string) => string) =>
      parsed(reader, SHEETS.sessions, r.number, SH[col], c(col), parse, message);
    const text = (col: SessionColumn) => (c(col) === null ? null : display(c(col)));

    const organisers: string[] = [];
    for (const word of (c('organisers') === null ? '' : display(c('organisers'))).split(/[;\n]/).map((w) => w.trim()).filter(Boolean)) {
      const slug = resolveOrganiser(word);
      if (slug === undefined) reader.error(SHEETS.sessions, r.number, SH.organisers, T.unknownOrganiser(word));
      else organisers.push(slug);
    }
    const people = lines(c('people')).flatMap((line) => {
      const m = PERSON.exec(line);
      if (!m) {
        reader.error(SHEETS.sessions, r.number, SH.people, T.notAPerson(line));
        return [];
      }
      return [{ name: m[1]!.trim(), role: m[2]!, function: m[3]?.trim() ?? null }];
    });
    const links = lines(c('links')).flatMap((line) => {
      const at = line.lastIndexOf(' | ');
      if (at <= 0) {
        reader.error(SHEETS.sessions, r.number, SH.links, T.notALink(line));
        return [];
      }
      return [{ label: line.slice(0, at).trim(), url: line.slice(at + 3).trim() }];
    });
    const inferred: Record<string, string> = {};
    if (text('inferred_room') !== null) inferred.room = text('inferred_room')!;
    if (text('inferred_organisers') !== null) inferred.organisers = text('inferred_organisers')!;
    if (text('inferred_round') !== null) inferred.round = text('inferred_round')!;

    const out: Record<string, unknown> = {
      code: text('code') ?? undefined,
      title: text('title') ?? undefined,
      kind: text('kind') ?? undefined,
      round: text('round'),
      start: p('start', asTime, T.notATime),
      end: p('end', asTime, T.notATime),
      room: text('room'),
      location: text('location'),
      organisers,
      people,
      capacity: p('capacity', asInteger, T.notANumber),
      description: text('description') ?? '',
      notes: lines(c('notes')),
      inferred,
      links,
    };
    const day = p('day', asDate, T.notADate);
    if (day) out.day = day;
    const signup = p('signup', asBoolean, T.notYesNo);
    if (typeof signup === 'boolean') out.signup = signup;
    if (text('status') !== null) out.status = text('status');
    const source = p(
      'signup_source',
      (v) => (Object.entries(T.signupSources).find(([, word]) => word === display(v).trim().toLowerCase())?.[0] as 'programme' | 'setting' | undefined),
      T.notASource,
    );
    if (source) out.signup_source = source;
    const from = p('registration_from', asMoment, T.notAMoment);
    if (from) out.registration_from = from;
    const until = p('registration_until', asMoment, T.notAMoment);
    if (until) out.registration_until = until;
    return out;
  });

  // A missing sheet or column makes every row wrong; the schema would only repeat that at length.
  if (!eventSheet || !dayTable || !roundTable || !sessionTable) return { ok: false, errors: capped(reader.errors) };

  // Codes twice, reported at the second row with the first named (the cross-field check would only say "twice").
  for (const [sheet, items, rows] of [
    [SHEETS.rounds, raw.rounds as { code?: string }[], roundRows],
    [SHEETS.sessions, raw.sessions as { code?: string }[], sessionRows],
  ] as const) {
    const first = new Map<string, number>();
    items.forEach((item, i) => {
      if (item.code === undefined) return;
      const seen = first.get(item.code);
      if (seen !== undefined) reader.error(sheet, rows[i]!, T.sessionHeaders.code, T.duplicateCode(item.code, seen));
      else first.set(item.code, rows[i]!);
    });
  }

  // The seed schema itself, each issue put back on its cell.
  const result = eventSeed.safeParse(raw, { errorMap: dutchErrorMap });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const where = locate(issue, eventRows, dayRows, roundRows, sessionRows);
      if (!reader.wasReported(where.sheet, where.row, where.column)) reader.error(where.sheet, where.row, where.column, issueMessage(issue));
    }
  }
  if (reader.errors.length > 0 || !result.success) return { ok: false, errors: capped(reader.errors) };

  // The rules across fields (rounds that exist, organisers that exist, end after start, …).
  const seed = result.data;
  try {
    checkEvent(SHEETS.sessions, seed, new Set(options.organisers ? options.organisers.map((o) => o.slug) : seed.sessions.flatMap((s) => s.organisers)));
  } catch (err) {
    if (!(err instanceof SeedError)) throw err;
    const where = locateField(err.field, seed, eventRows, roundRows, sessionRows);
    reader.error(where.sheet, where.row, where.column, err.reason);
    return { ok: false, errors: reader.errors };
  }
  return { ok: true, seed };
}

function capped(errors: WorkbookError[]): WorkbookError[] {
  if (errors.length <= MAX_ERRORS) return errors;
  const more = T.moreErrors(errors.length - MAX_ERRORS);
  return [...errors.slice(0, MAX_ERRORS), { sheet: '', row: null, column: null, message: more, text: more }];
}

function issueMessage(issue: ZodIssue): string {
  return issue.message;
}

const EVENT_FIELD_OF: Record<string, EventField> = {
  slug: 'slug',
  title: 'title',
  kind: 'kind',
  city: 'city',
  source: 'source',
  registration: 'registrationOpen',
  summary: 'summary',
  notes: 'notes',
};
const SETTING_FIELD_OF: Record<string, EventField> = {
  registration_open: 'settingOpen',
  registration_from: 'registrationFrom',
  registration_until: 'registrationUntil',
};

function sessionColumnOf(path: (string | number)[]): string | null {
  const [field, sub] = path;
  if (field === 'inferred' && typeof sub === 'string') return T.sessionHeaders[`inferred_${sub}` as SessionColumn] ?? null;
  return T.sessionHeaders[field as SessionColumn] ?? null;
}

/** Where a schema issue is: the sheet, the spreadsheet row, the column header. */
function locate(
  issue: ZodIssue,
  eventRows: Map<EventField, number>,
  dayRows: number[],
  roundRows: number[],
  sessionRows: number[],
): { sheet: string; row: number | null; column: string | null } {
  const [top, index, ...rest] = issue.path;
  if (top === 'days' && typeof index === 'number') {
    const field = rest[0] as keyof typeof T.dayHeaders | undefined;
    return { sheet: SHEETS.days, row: dayRows[index] ?? null, column: field ? (T.dayHeaders[field] ?? null) : null };
  }
  if (top === 'rounds' && typeof index === 'number') {
    return { sheet: SHEETS.rounds, row: roundRows[index] ?? null, column: T.roundHeaders[rest[0] as RoundField] ?? null };
  }
  if (top === 'sessions' && typeof index === 'number') {
    return { sheet: SHEETS.sessions, row: sessionRows[index] ?? null, column: sessionColumnOf(rest) };
  }
  if (top === 'days' || top === 'rounds' || top === 'sessions') return { sheet: SHEETS[top], row: null, column: null };
  const field = top === 'settings' ? SETTING_FIELD_OF[String(index)] : EVENT_FIELD_OF[String(top)];
  if (!field) return { sheet: SHEETS.event, row: null, column: null };
  return { sheet: SHEETS.event, row: eventRows.get(field) ?? null, column: T.eventFields[field][0] };
}

/** Where a cross-field problem is, from the seed path checkEvent names ("sessions[opening].round"). */
function locateField(
  field: string,
  seed: EventSeed,
  eventRows: Map<EventField, number>,
  roundRows: number[],
  sessionRows: number[],
): { sheet: string; row: number | null; column: string | null } {
  const m = /^(rounds|sessions)\[([^\]]+)\]\.(\w+)$/.exec(field);
  if (m) {
    const [, list, code, key] = m as unknown as [string, 'rounds' | 'sessions', string, string];
    if (list === 'rounds') {
      const i = seed.rounds.findIndex((r) => r.code === code);
      return { sheet: SHEETS.rounds, row: roundRows[i] ?? null, column: T.roundHeaders[key as RoundField] ?? null };
    }
    const i = seed.sessions.findIndex((s) => s.code === code);
    return { sheet: SHEETS.sessions, row: sessionRows[i] ?? null, column: sessionColumnOf([key]) };
  }
  if (field === 'days') return { sheet: SHEETS.days, row: null, column: T.dayHeaders.date };
  const setting = /^settings\.(\w+)$/.exec(field);
  const eventField = setting ? SETTING_FIELD_OF[setting[1]!] : EVENT_FIELD_OF[field];
  if (eventField) return { sheet: SHEETS.event, row: eventRows.get(eventField) ?? null, column: T.eventFields[eventField][0] };
  return { sheet: SHEETS.event, row: null, column: null };
}
