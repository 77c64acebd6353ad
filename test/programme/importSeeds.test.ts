import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import { openDatabase, type Db } from '../../src/db/database';
import { importSeedSet } from '../../src/programme/importSeeds';
import { loadSeedSet } from '../../src/programme/seedFiles';
import { ProgrammeStore } from '../../src/programme/store';
import { copyOfSeeds, type SeedDir } from '../support/seedDir';

const clock = fixedClock('2026-11-23T10:00:00+01:00');
const later = fixedClock('2026-11-24T10:00:00+01:00');

function count(db: Db, table: string): number {
  return (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
}

describe('importSeedSet', () => {
  let db: Db;
  let seeds: SeedDir;
  let store: ProgrammeStore;
  beforeEach(() => {
    db = openDatabase(':memory:');
    seeds = copyOfSeeds();
    store = new ProgrammeStore(db);
  });
  afterEach(() => {
    db.close();
    seeds.remove();
  });

  it('emptyStore_loadsAllFiveNetwerkdagen', () => {
    const report = importSeedSet(db, loadSeedSet(seeds.dir), clock);

    expect(report.events.map((e) => e.result)).toEqual(['nieuw', 'nieuw', 'nieuw', 'nieuw', 'nieuw']);
    expect(store.listEvents().map((e) => e.city)).toEqual(['Haarlem', 'Zaanstad', 'Oss', 'Tilburg', 'Zoetermeer']);
    const seedSessions = loadSeedSet(seeds.dir).events.reduce((n, e) => n + e.seed.sessions.length, 0);
    expect(count(db, 'sessions')).toBe(seedSessions);
    expect(report.changes).toEqual([]);
  });

  it('sameFilesTwice_changesNothing', () => {
    importSeedSet(db, loadSeedSet(seeds.dir), clock);
    const before = db.prepare('SELECT id, version, content_hash FROM sessions ORDER BY id').all();

    const report = importSeedSet(db, loadSeedSet(seeds.dir), later);

    expect(report.events.map((e) => e.result)).toEqual(['ongewijzigd', 'ongewijzigd', 'ongewijzigd', 'ongewijzigd', 'ongewijzigd']);
    expect(db.prepare('SELECT id, version, content_hash FROM sessions ORDER BY id').all()).toEqual(before);
    expect(count(db, 'session_changes')).toBe(0);
  });

  it('changedRoundTime_bumpsVersionOfItsSessionsAndRecordsChange', () => {
    importSeedSet(db, loadSeedSet(seeds.dir), clock);
    const zoetermeer = store.getEventBySlug('2026-02-04-zoetermeer')!;
    const session = store.getSessionByCode(zoetermeer.id, 'r1-lobbyagenda-zorg-veiligheid')!;
    seeds.edit('2026-02-04-zoetermeer.yaml', 'start: "12:00"\n    end: "13:00"', 'start: "11:45"\n    end: "12:45"');

    const report = importSeedSet(db, loadSeedSet(seeds.dir), later);

    const after = store.getSession(session.id)!;
    expect([session.start, session.version]).toEqual(['12:00', 1]);
    expect([after.start, after.end, after.version]).toEqual(['11:45', '12:45', 2]);
    expect(store.changesOf(session.id)).toEqual([
      { sessionId: session.id, version: 2, field: 'begintijd', oldValue: '12:00', newValue: '11:45', changedAt: '2026-11-24T09:00:00.000Z' },
      { sessionId: session.id, version: 2, field: 'eindtijd', oldValue: '13:00', newValue: '12:45', changedAt: '2026-11-24T09:00:00.000Z' },
    ]);
    expect(report.events.find((e) => e.slug === '2026-02-04-zoetermeer')!.result).toBe('bijgewerkt');
    expect(report.events.filter((e) => e.result === 'ongewijzigd')).toHaveLength(4);
  });

  it('changedRoom_bumpsOnlyThatSession', () => {
    importSeedSet(db, loadSeedSet(seeds.dir), clock);
    const zoetermeer = store.getEventBySlug('2026-02-04-zoetermeer')!;
    const versionsBefore = store.listSessions(zoetermeer.id).map((s) => [s.code, s.version]);
    seeds.edit('2026-02-04-zoetermeer.yaml', /(code: r1-lobbyagenda-zorg-veiligheid[\s\S]*?room:) null/, '$1 Oranjezaal');

    const report = importSeedSet(db, loadSeedSet(seeds.dir), later);

    const changed = store.listSessions(zoetermeer.id).filter((s) => s.version > 1);
    expect(changed.map((s) => [s.code, s.room, s.version])).toEqual([['r1-lobbyagenda-zorg-veiligheid', 'Oranjezaal', 2]]);
    expect(report.changes.map((c) => [c.field, c.oldValue, c.newValue])).toEqual([['zaal', null, 'Oranjezaal']]);
    expect(versionsBefore.length).toBe(store.listSessions(zoetermeer.id).length);
  });

  it('sessionLeavingTheProgramme_isKeptAsRemoved', () => {
    importSeedSet(db, loadSeedSet(seeds.dir), clock);
    const zoetermeer = store.getEventBySlug('2026-02-04-zoetermeer')!;
    const walk = store.getSessionByCode(zoetermeer.id, 'wandeling-stadswandeling-zoetermeer')!;
    const text = seeds.read('2026-02-04-zoetermeer.yaml');
    const start = text.indexOf('  - code: wandeling-stadswandeling-zoetermeer\n');
    const end = text.indexOf('\n  - code: ', start + 1);
    seeds.write('2026-02-04-zoetermeer.yaml', text.slice(0, start) + text.slice(end + 1));

    const report = importSeedSet(db, loadSeedSet(seeds.dir), later);

    expect(report.sessionsRemoved).toBe(1);
    expect(store.getSession(walk.id)!.removed).toBe(true);
    expect(store.listSessions(zoetermeer.id).some((s) => s.id === walk.id)).toBe(false);
    expect(store.changesOf(walk.id).map((c) => [c.field, c.newValue])).toEqual([['status', 'verwijderd']]);
  });

  it('descriptionOnlyChange_bumpsVersionForCalendars', () => {
    importSeedSet(db, loadSeedSet(seeds.dir), clock);
    const zoetermeer = store.getEventBySlug('2026-02-04-zoetermeer')!;
    seeds.edit('2026-02-04-zoetermeer.yaml', 'Burgemeester Richard Korteland gaat', 'Burgemeester Korteland gaat');

    const report = importSeedSet(db, loadSeedSet(seeds.dir), later);

    const s = store.getSessionByCode(zoetermeer.id, 'r1-lobbyagenda-zorg-veiligheid')!;
    expect(s.version).toBe(2);
    expect(report.changes.map((c) => c.field)).toEqual(['beschrijving']);
  });
});

/**
 * The answer engine rebuilds what it knows of the programme only when contentSignature changes:
 * every kind of programme change must change it, or answers go on naming an old room, seat count
 * or organiser.
 */
describe('contentSignature', () => {
  const Z = '2026-02-04-zoetermeer.yaml';
  const edits: [string, string, string | RegExp, string][] = [
    ['capacity', Z, /(code: r1-lobbyagenda-zorg-veiligheid[\s\S]*?capacity:) null/, '$1 25'],
    ['status', Z, /(code: r1-lobbyagenda-zorg-veiligheid[\s\S]*?status:) gepland/, '$1 vervalt'],
    ['a person', Z, 'function: G40-voorzitter', 'function: voorzitter van de G40'],
    ['the netwerkdag', Z, 'Bestuurlijke netwerkdag in het Stadstheater', 'Bestuurlijke netwerkdag in het theater'],
    ['an organiser', 'organisers.yaml', 'name: Themagroep Zorg, Jeugd en Onderwijs', 'name: Themagroep Zorg, Jeugd & Onderwijs'],
    ['an organiser alias', 'organisers.yaml', 'aliases: [TG ZJO,', 'aliases: [ZJO-groep, TG ZJO,'],
  ];
  for (const [what, file, from, to] of edits) {
    it(`changes_whenReimportChanges_${what.replace(/ /g, '_')}`, () => {
      const db = openDatabase(':memory:');
      const seeds = copyOfSeeds();
      try {
        const store = new ProgrammeStore(db);
        importSeedSet(db, loadSeedSet(seeds.dir), clock);
        const before = store.contentSignature();
        expect(store.contentSignature()).toBe(before);

        seeds.edit(file, from, to);
        importSeedSet(db, loadSeedSet(seeds.dir), later);

        expect(store.contentSignature()).not.toBe(before);
      } finally {
        db.close();
        seeds.remove();
      }
    });
  }
});
