import { afterEach, describe, expect, it } from 'vitest';
import { loadSeedSet, SeedError } from '../../src/programme/seedFiles';
import { openDatabase } from '../../src/db/database';
import { importSeedSet } from '../../src/programme/importSeeds';
import { fixedClock } from '../../src/clock';
import { copyOfSeeds, type SeedDir } from '../support/seedDir';

function seedError(dir: string): SeedError {
  try {
    loadSeedSet(dir);
  } catch (err) {
    if (err instanceof SeedError) return err;
    throw err;
  }
  throw new Error('expected a SeedError');
}

describe('seed files', () => {
  let seeds: SeedDir | undefined;
  afterEach(() => seeds?.remove());

  it('realSeeds_allFiveNetwerkdagenValidate', () => {
    const set = loadSeedSet('seeds');

    expect(set.events.map((e) => e.seed.slug)).toEqual([
      '2023-02-10-haarlem',
      '2023-04-13-zaanstad',
      '2025-03-13-oss',
      '2025-09-25-tilburg',
      '2026-02-04-zoetermeer',
    ]);
    expect(set.events.map((e) => e.seed.days.map((d) => d.date))).toEqual([
      ['2023-02-10'],
      ['2023-04-13'],
      ['2025-03-13'],
      ['2025-09-25', '2025-09-26'],
      ['2026-02-04'],
    ]);
  });

  it('badTime_namesFileFieldAndReason', () => {
    seeds = copyOfSeeds();
    seeds.edit('2026-02-04-zoetermeer.yaml', /start: "09:45"/, 'start: "9.45u"');

    const err = seedError(seeds.dir);

    expect(err.file).toBe('2026-02-04-zoetermeer.yaml');
    expect(err.field).toBe('sessions[inloop].start');
    expect(err.reason).toBe('tijd moet HH:MM zijn (bijv. 09:30)');
  });

  it('unknownOrganiser_isRefusedWithItsSlug', () => {
    seeds = copyOfSeeds();
    seeds.edit('2025-09-25-tilburg.yaml', /organisers: \[tg-europa\]/, 'organisers: [tg-bestaat-niet]');

    const err = seedError(seeds.dir);

    expect(err.file).toBe('2025-09-25-tilburg.yaml');
    expect(err.field).toMatch(/^sessions\[[a-z0-9-]+\]\.organisers$/);
    expect(err.reason).toBe('organisator tg-bestaat-niet staat niet in organisers.yaml');
  });

  it('unknownRound_isRefused', () => {
    seeds = copyOfSeeds();
    seeds.edit('2026-02-04-zoetermeer.yaml', /round: ronde-2/, 'round: ronde-9');

    const err = seedError(seeds.dir);

    expect(err.reason).toBe('ronde ronde-9 bestaat niet');
  });

  it('brokenYaml_namesTheLine', () => {
    seeds = copyOfSeeds();
    seeds.write('2099-01-01-kapot.yaml', 'slug: kapot\ntitle: [niet gesloten\n');

    const err = seedError(seeds.dir);

    expect(err.file).toBe('2099-01-01-kapot.yaml');
    expect(err.reason).toMatch(/^geen geldige YAML/);
  });

  it('brokenFile_importsNothing', () => {
    seeds = copyOfSeeds();
    seeds.edit('2023-02-10-haarlem.yaml', /kind: bestuurlijk/, 'kind: feestelijk');
    const db = openDatabase(':memory:');

    expect(() => importSeedSet(db, loadSeedSet(seeds!.dir), fixedClock('2026-11-23T12:00:00+01:00'))).toThrow(SeedError);
    expect((db.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number }).n).toBe(0);
    expect((db.prepare('SELECT COUNT(*) AS n FROM sessions').get() as { n: number }).n).toBe(0);
  });

  it('unknownField_isRefused', () => {
    seeds = copyOfSeeds();
    seeds.edit('2025-03-13-oss.yaml', /^city: Oss$/m, 'city: Oss\nstad: Oss');

    const err = seedError(seeds.dir);

    expect(err.field).toBe('stad');
    expect(err.reason).toBe('onbekend veld (tikfout?)');
  });
});

describe('seed files: messages', () => {
  let seeds: SeedDir | undefined;
  afterEach(() => seeds?.remove());

  it('missingTitle_saysOntbreekt', () => {
    seeds = copyOfSeeds();
    seeds.edit('2026-02-04-zoetermeer.yaml', /^title: .*$/m, '');

    const err = seedError(seeds.dir);

    expect([err.file, err.field, err.reason]).toEqual(['2026-02-04-zoetermeer.yaml', 'title', 'ontbreekt']);
  });

  it('badKind_listsAllowedValues', () => {
    seeds = copyOfSeeds();
    seeds.edit('2026-02-04-zoetermeer.yaml', /kind: inloop/, 'kind: koffie');

    const err = seedError(seeds.dir);

    expect(err.field).toBe('sessions[inloop].kind');
    expect(err.reason).toMatch(/^moet een van deze zijn: plenair, keuzesessie, .* \(kreeg koffie\)$/);
  });
});

describe('seed files: what the programme does not say', () => {
  let seeds: SeedDir | undefined;
  afterEach(() => seeds?.remove());

  it('registrationUnknown_withSetting_storesBothTheProgrammesWordAndTheSetting', () => {
    const db = openDatabase(':memory:');
    importSeedSet(db, loadSeedSet('seeds'), fixedClock('2026-01-01T12:00:00Z'));
    const rows = db
      .prepare('SELECT slug, registration_open, registration_stated FROM events ORDER BY slug')
      .all() as { slug: string; registration_open: number; registration_stated: string }[];

    expect(rows.map((r) => [r.slug, r.registration_stated, r.registration_open])).toEqual([
      ['2023-02-10-haarlem', 'unknown', 1],
      ['2023-04-13-zaanstad', 'closed', 0],
      ['2025-03-13-oss', 'unknown', 1],
      ['2025-09-25-tilburg', 'unknown', 1],
      ['2026-02-04-zoetermeer', 'unknown', 1],
    ]);
  });

  it('registrationUnknown_withoutSetting_takesNoSignups', () => {
    seeds = copyOfSeeds();
    seeds.edit('2026-02-04-zoetermeer.yaml', /settings:\n  registration_open: true\n/, '');
    const db = openDatabase(':memory:');
    importSeedSet(db, loadSeedSet(seeds.dir), fixedClock('2026-01-01T12:00:00Z'));

    expect(db.prepare("SELECT registration_open, registration_stated FROM events WHERE slug = '2026-02-04-zoetermeer'").get()).toEqual({
      registration_open: 0,
      registration_stated: 'unknown',
    });
  });

  it('settingNextToWhatTheProgrammeSays_isRefused', () => {
    seeds = copyOfSeeds();
    seeds.edit('2023-04-13-zaanstad.yaml', /note: De mogelijkheid tot aanmelden is gesloten\..*\n/, '$&settings:\n  registration_open: true\n');

    const err = seedError(seeds.dir);

    expect([err.file, err.field]).toEqual(['2023-04-13-zaanstad.yaml', 'settings.registration_open']);
  });

  it('roundOrderUnknown_withoutNote_isRefused', () => {
    seeds = copyOfSeeds();
    seeds.edit('2023-04-13-zaanstad.yaml', /(code: ronde-3\n(?:.*\n)*?    order_known: false\n)    note: .*\n/, '$1');

    const err = seedError(seeds.dir);

    expect([err.field, err.reason]).toEqual(['rounds[ronde-3].note', 'verplicht bij order_known: false (de bot laat zien waarom de volgorde niet bekend is)']);
  });
});
