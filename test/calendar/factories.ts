/**
 * Small seed sets for calendar tests: netwerkdagen around both DST changes,
 * built through the real seed schema and imported with importSeedSet.
 */
import { createHash } from 'node:crypto';
import { fixedClock } from '../../src/clock';
import { openDatabase, type Db } from '../../src/db/database';
import { importSeedSet, type ImportReport } from '../../src/programme/importSeeds';
import type { SeedSet } from '../../src/programme/seedFiles';
import { eventSeed, organiserSeed } from '../../src/programme/seedSchema';
import { ProgrammeStore } from '../../src/programme/store';
import type { SessionDetails } from '../../src/programme/types';

export const NOW = '2026-02-04T09:30:00+01:00';

export const CALENDAR_OPTIONS = {
  organizer: { name: 'G40 Stedennetwerk', email: 'info@g40stedennetwerk.nl' },
  publicBaseUrl: 'https://g40.example.nl',
};

type SessionInput = Record<string, unknown> & { code: string };

/** Two days around the autumn change (Sunday 26 October 2025: 03:00 CEST becomes 02:00 CET). */
export function autumnEvent(sessions: SessionInput[] = [], overrides: Record<string, unknown> = {}) {
  return eventSeed.parse({
    slug: '2025-10-25-herfst',
    title: 'Netwerkdag Herfst',
    kind: 'ambtelijk',
    city: 'Tilburg',
    source: 'test.txt',
    registration: { open: true },
    days: [
      { date: '2025-10-25', venue: 'Theaters Tilburg', address: 'Louis Bouwmeesterplein 1, Tilburg' },
      { date: '2025-10-26', venue: 'Theaters Tilburg', address: 'Louis Bouwmeesterplein 1, Tilburg' },
    ],
    rounds: [{ code: 'ronde-1', day: '2025-10-26', name: 'Eerste ronde', start: '14:15', end: '15:15' }],
    sessions: [
      { code: 'zaterdag', title: 'Zaterdagsessie', kind: 'plenair', day: '2025-10-25', start: '14:15', end: '15:15', room: 'Zaal 1' },
      { code: 'zondag', title: 'Zondagsessie', kind: 'keuzesessie', day: '2025-10-26', round: 'ronde-1', room: 'Zaal 2', signup: true },
      ...sessions.map((s) => ({ kind: 'overig', title: `Sessie ${s.code}`, day: '2025-10-26', ...s })),
    ],
    ...overrides,
  });
}

/** Two days around the spring change (Sunday 30 March 2025: 02:00 CET becomes 03:00 CEST). */
export function springEvent(sessions: SessionInput[] = []) {
  return eventSeed.parse({
    slug: '2025-03-29-lente',
    title: 'Netwerkdag Lente',
    kind: 'bestuurlijk',
    city: 'Oss',
    source: 'test.txt',
    registration: { open: true },
    days: [
      { date: '2025-03-29', venue: 'De Lievekamp', address: 'Monseigneur van Miltenburgstraat 4, Oss' },
      { date: '2025-03-30', venue: 'De Lievekamp', address: 'Monseigneur van Miltenburgstraat 4, Oss' },
    ],
    sessions: [
      { code: 'zaterdag', title: 'Zaterdagsessie', kind: 'plenair', day: '2025-03-29', start: '09:00', end: '10:30', room: 'Grote zaal' },
      { code: 'zondag', title: 'Zondagsessie', kind: 'plenair', day: '2025-03-30', start: '09:00', end: '10:30', room: 'Grote zaal' },
      ...sessions.map((s) => ({ kind: 'overig', title: `Sessie ${s.code}`, day: '2025-03-30', ...s })),
    ],
  });
}

export type EventSeedValue = ReturnType<typeof autumnEvent>;

export function seedSet(...events: EventSeedValue[]): SeedSet {
  return {
    organisers: [
      organiserSeed.parse({ slug: 'tg-wonen', name: 'Themagroep Wonen', kind: 'themagroep', abbreviation: 'WWZ' }),
    ],
    // The import skips files whose hash it has seen, so the hash follows the content.
    events: events.map((seed) => ({
      file: `${seed.slug}.yaml`,
      hash: createHash('sha256').update(JSON.stringify(seed)).digest('hex'),
      seed,
    })),
  };
}

export interface CalendarWorld {
  db: Db;
  store: ProgrammeStore;
  importSeeds(...events: EventSeedValue[]): ImportReport;
  session(eventSlug: string, code: string): SessionDetails;
}

export function calendarWorld(...events: EventSeedValue[]): CalendarWorld {
  const db = openDatabase(':memory:');
  const store = new ProgrammeStore(db);
  const world: CalendarWorld = {
    db,
    store,
    importSeeds: (...next) => importSeedSet(db, seedSet(...next), fixedClock(NOW)),
    session(eventSlug, code) {
      const event = store.getEventBySlug(eventSlug);
      if (!event) throw new Error(`no event ${eventSlug}`);
      const session = store.getSessionByCode(event.id, code);
      if (!session) throw new Error(`no session ${code}`);
      return store.getSessionDetails(session.id)!;
    },
  };
  world.importSeeds(...events);
  return world;
}

/** The sign-ups reader the calendar depends on, as a plain map. */
export class FakeConfirmedSessions {
  readonly byUser = new Map<string, number[]>();

  confirmedSessionIds(userId: string): number[] {
    return this.byUser.get(userId) ?? [];
  }
}
