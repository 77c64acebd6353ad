import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSeedSet } from '../../src/programme/seedFiles';
import { checkSeedFidelity, normaliseText, type FidelityProblem } from '../../src/programme/seedFidelity';
import { copyOfSeeds, type SeedDir } from '../support/seedDir';

/** Every problem of every netwerkdag in `dir`, against the programme texts kept in `dir`/sources. */
function problemsIn(dir: string): FidelityProblem[] {
  const set = loadSeedSet(dir);
  return set.events.flatMap((e) =>
    checkSeedFidelity(e.seed, set.organisers, readFileSync(join(dir, 'sources', e.seed.source), 'utf8')),
  );
}

const line = (p: FidelityProblem) => `${p.event} ${p.session} ${p.fact}=${p.value}: ${p.reason}`;

describe('seed fidelity', () => {
  let seeds: SeedDir | undefined;
  afterEach(() => seeds?.remove());

  it('realSeeds_everyOrganiserRoomAndRoundIsInTheProgrammeTextOrCarriesANote', () => {
    expect(problemsIn('seeds').map(line)).toEqual([]);
  });

  it('realSeeds_eachNetwerkdagHasItsProgrammeTextInTheRepository', () => {
    const set = loadSeedSet('seeds');
    for (const e of set.events) expect(readFileSync(join('seeds', 'sources', e.seed.source), 'utf8').length).toBeGreaterThan(1000);
  });

  it('roomFromColumnOrder_withoutItsNote_isFlagged', () => {
    seeds = copyOfSeeds();
    seeds.edit(
      '2023-02-10-haarlem.yaml',
      /(code: r1-woningmarkt\n(?:.*\n)*?)    inferred:\n      room: .*\n/,
      '$1',
    );
    expect(problemsIn(seeds.dir).map(line)).toEqual([
      '2023-02-10-haarlem r1-woningmarkt room=Zaal 2: zaal staat niet bij deze sessie in de programmatekst',
    ]);
  });

  it('partnerThatOnlyPresents_asOrganiser_isFlagged', () => {
    seeds = copyOfSeeds();
    // "Sociaal en fysiek verbinden … met Community of Practice Platform31": Platform31 takes part, it does not organise.
    seeds.edit('2026-02-04-zoetermeer.yaml', /(code: r2-brede-wijkaanpak-meerzicht\n(?:.*\n)*?    organisers: )\[\]/, '$1[platform31]');
    expect(problemsIn(seeds.dir).map((p) => `${p.session} ${p.fact}=${p.value}`)).toEqual([
      'r2-brede-wijkaanpak-meerzicht organiser=platform31',
    ]);
  });

  it('organiserStatedInTheText_isAccepted', () => {
    seeds = copyOfSeeds();
    // Tilburg, Themaronde 2: "Georganiseerd door de themagroep Veiligheid met de Sociale pijler".
    const before = seeds.read('2025-09-25-tilburg.yaml');
    expect(before).toMatch(/code: r2-preventie-met-gezag\n(?:.*\n)*?    organisers: \[tg-veiligheid, pijler-sociaal\]/);
    expect(problemsIn(seeds.dir)).toEqual([]);
  });

  it('roundOrderTheTextDoesNotGive_unlessMarkedUnknown_isFlagged', () => {
    seeds = copyOfSeeds();
    seeds.edit('2023-04-13-zaanstad.yaml', /(code: ronde-3\n(?:.*\n)*?)    order_known: false\n/, '$1');
    const problems = problemsIn(seeds.dir);
    expect(problems.map((p) => `${p.session} ${p.fact}=${p.value}`)).toEqual([
      'pijler-sociaal round=ronde-3',
      'pijler-fysiek round=ronde-3',
      'pijler-economie-en-werk round=ronde-3',
    ]);
  });

  it('normaliseText_foldsCaseDiacriticsPunctuationAndOcrHyphenation', () => {
    expect(normaliseText('Financiën  &\tCoördinatie')).toBe('financien coordinatie');
    expect(normaliseText('Datagedreven gebieds-\nontwikkeling')).toBe('datagedreven gebiedsontwikkeling');
    expect(normaliseText('‘Thuis in Oss’ – (Zaal 1)')).toBe('thuis in oss zaal 1');
  });
});
