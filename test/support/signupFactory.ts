/**
 * Small netwerkdagen for sign-up tests, built from the real seed schema and
 * imported with the real import, so the store holds exactly what production would.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { fixedClock } from '../../src/clock';
import { openDatabase, type Db } from '../../src/db/database';
import { importSeedSet } from '../../src/programme/importSeeds';
import { loadSeedSet } from '../../src/programme/seedFiles';
import { eventSeed, type EventSeed } from '../../src/programme/seedSchema';

/** A week before the test day. */
export const BEFORE = '2026-03-03T10:00:00+01:00';
export const TEST_DATE = '2026-03-10';

type SessionInput = Partial<EventSeed['sessions'][number]> & { code: string };

export function sessionSeed(s: SessionInput): Record<string, unknown> {
  return { title: `Sessie ${s.code}`, kind: 'keuzesessie', signup: true, ...s };
}

/** A one-day netwerkdag with two rounds (10:00 and 11:15) and whatever sessions the test gives. */
export function testEvent(options: { slug?: string; city?: string; open?: boolean; date?: string; sessions: SessionInput[] }): EventSeed {
  return eventSeed.parse({
    slug: options.slug ?? 'test-teststad',
    title: `Netwerkdag ${options.city ?? 'Teststad'}`,
    kind: 'ambtelijk',
    city: options.city ?? 'Teststad',
    source: 'test.txt',
    registration: { open: options.open ?? true, note: options.open === false ? 'De zalen zijn vol.' : null },
    days: [{ date: options.date ?? TEST_DATE, venue: 'Stadhuis', address: null }],
    rounds: [
      { code: 'ronde-1', name: 'Eerste ronde', start: '10:00', end: '11:00' },
      { code: 'ronde-2', name: 'Tweede ronde', start: '11:15', end: '12:15' },
    ],
    sessions: options.sessions.map(sessionSeed),
  });
}

/** The storm's netwerkdag: four sessions of 40 seats in one round. */
export function stormEvent(): EventSeed {
  return testEvent({
    slug: 'test-storm',
    city: 'Stormstad',
    sessions: ['a', 'b', 'c', 'd'].map((c) => ({ code: `storm-${c}`, round: 'ronde-1', capacity: 40, title: `Stormsessie ${c.toUpperCase()}` })),
  });
}

export function importEvents(db: Db, events: EventSeed[], now = BEFORE): void {
  const organisers = loadSeedSet('seeds').organisers;
  importSeedSet(
    db,
    { organisers, events: events.map((seed, i) => ({ file: `${seed.slug}.yaml`, hash: `hash-${i}-${seed.slug}`, seed })) },
    fixedClock(now),
  );
}

export function dbWith(events: EventSeed[]): Db {
  const db = openDatabase(':memory:');
  importEvents(db, events);
  return db;
}

/** A seed folder for the bot harness: the real organisers and the real netwerkdagen plus these events. */
export function seedDirWith(events: EventSeed[], options: { withRealEvents?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'g40-signup-seeds-'));
  mkdirSync(dir, { recursive: true });
  copyFileSync(join('seeds', 'organisers.yaml'), join(dir, 'organisers.yaml'));
  if (options.withRealEvents ?? true) {
    for (const f of ['2025-03-13-oss.yaml', '2025-09-25-tilburg.yaml', '2026-02-04-zoetermeer.yaml']) {
      copyFileSync(join('seeds', f), join(dir, f));
    }
  }
  for (const e of events) writeFileSync(join(dir, `${e.slug}.yaml`), stringify(e));
  return dir;
}
