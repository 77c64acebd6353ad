/**
 * A small made-up programme for the answer pipeline's unit tests: two
 * netwerkdagen in towns that exist in no seed (so no test leans on the real
 * programmes), imported with the real schema and import.
 *  - Alfastad, ambtelijk, Tuesday 10 March 2026: plenary opening, round 1,
 *    a lunch round with a walk, round 2, a cancelled themagroep, a closing.
 *  - Betadorp, bestuurlijk, 4–5 June 2025 (two days), whose closing says
 *    where the next tweedaagse will be.
 */
import { fixedClock, type Clock } from '../../src/clock';
import { openDatabase, type Db } from '../../src/db/database';
import { Answerer } from '../../src/answers';
import { CatalogueCache, type Catalogue } from '../../src/answers/catalogue';
import { importSeedSet } from '../../src/programme/importSeeds';
import { eventSeed, organiserSeed } from '../../src/programme/seedSchema';
import { ProgrammeStore } from '../../src/programme/store';

export const ALFA_MORNING = '2026-03-10T09:00:00+01:00';
/** A day without any netwerkdag, between the two. */
export const QUIET_DAY = '2025-11-20T12:00:00+01:00';

const organisers = [
  { slug: 'pijler-ruimte', name: 'Ruimtelijke pijler', kind: 'pijler', aliases: ['ruimtelijke pijler'] },
  { slug: 'tg-wonen', name: 'Themagroep Wonen en Bouwen', kind: 'themagroep', abbreviation: 'TWB', pillar: 'pijler-ruimte', aliases: ['wonen en bouwen'] },
  { slug: 'tg-cultuur', name: 'Themagroep Cultuur', kind: 'themagroep', aliases: ['cultuur'] },
  { slug: 'gemeente-alfastad', name: 'Gemeente Alfastad', kind: 'gemeente', aliases: ['Alfadam'] },
  { slug: 'kennisbureau', name: 'Kennisbureau Noord', kind: 'partner', abbreviation: 'KBN', aliases: [] },
].map((o) => organiserSeed.parse(o));

const alfa = eventSeed.parse({
  slug: '2026-03-10-alfastad',
  title: 'Ambtelijke netwerkdag Alfastad',
  kind: 'ambtelijk',
  city: 'Alfastad',
  source: 'alfastad.txt',
  registration: { open: true, note: null },
  settings: { registration_from: '2026-02-01 09:00', registration_until: '2026-03-09 17:00' },
  summary: 'Netwerkdag over de ruimtelijke opgave van middelgrote steden: bouwen, mobiliteit en cultuur.',
  notes: ['Voor wie: ambtenaren van de G40-steden en hun partners.'],
  days: [{ date: '2026-03-10', venue: 'Muziekcentrum Alfastad', address: 'Marktplein 1, Alfastad' }],
  rounds: [
    { code: 'ronde-1', name: 'Eerste ronde', start: '10:30', end: '11:30', number: 1 },
    { code: 'lunch', name: 'Lunchpauze', start: '12:00', end: '13:00', lunch: true },
    { code: 'ronde-2', name: 'Tweede ronde', start: '13:15', end: '14:15', number: 2 },
  ],
  sessions: [
    {
      code: 'opening', title: 'Opening', kind: 'plenair', start: '09:30', end: '10:15', room: 'Grote zaal',
      description: 'Welkom door de burgemeester van Alfastad.',
      people: [
        { name: 'Anke Bakker', role: 'spreker', function: 'burgemeester van Alfastad' },
        { name: 'Joris Vermeer', role: 'dagvoorzitter', function: 'voorzitter van de Ruimtelijke pijler' },
      ],
    },
    {
      code: 'r1-woningbouw', title: 'Woningbouw versnellen', kind: 'keuzesessie', round: 'ronde-1', room: 'Zaal 2',
      organisers: ['tg-wonen', 'pijler-ruimte'], signup: true, capacity: 30,
      description: 'Hoe bouwen steden sneller betaalbare woningen? Met cijfers van het Kennisbureau Noord.',
      people: [{ name: 'Karel de Vries', role: 'spreker', function: 'directeur Kennisbureau Noord' }],
    },
    {
      code: 'r1-mobiliteit', title: 'Mobiliteit in de binnenstad', kind: 'keuzesessie', round: 'ronde-1', room: 'Zaal 3',
      organisers: ['pijler-ruimte'], signup: true,
      description: 'Fietsen, parkeren en bereikbaarheid in drukke binnensteden.',
    },
    {
      code: 'lunch', title: 'Lunch', kind: 'lunch', round: 'lunch', description: 'Lunch in de foyer.',
    },
    {
      code: 'wandeling-haven', title: 'Wandeling door de haven', kind: 'wandeling', round: 'lunch', location: 'Havenkade 4',
      description: 'Een lunchwandeling langs de nieuwe woonwijk aan het water.', signup: true,
    },
    {
      code: 'r2-cultuur', title: 'Cultuur als motor', kind: 'keuzesessie', round: 'ronde-2', room: 'Zaal 2',
      organisers: ['tg-cultuur'], signup: true, description: 'Wat doet cultuur voor de stad?',
      people: [{ name: 'Lotte Jansma', role: 'moderator', function: 'voorzitter van de Themagroep Cultuur' }],
    },
    {
      code: 'r2-wonen-overleg', title: 'Themagroep Wonen en Bouwen', kind: 'overleg', round: 'ronde-2', organisers: ['tg-wonen'],
      status: 'vervalt', notes: ['De themagroep vergadert niet.'],
    },
    {
      code: 'afsluiting', title: 'Afsluiting met borrel', kind: 'borrel', start: '14:30', end: '16:00', room: 'Foyer',
    },
  ],
});

const beta = eventSeed.parse({
  slug: '2025-06-04-betadorp',
  title: 'Bestuurlijke netwerkdagen Betadorp',
  kind: 'bestuurlijk',
  city: 'Betadorp',
  source: 'betadorp.txt',
  registration: { open: false, note: 'De aanmelding is gesloten.' },
  summary: 'Tweedaagse over energie en klimaat.',
  days: [
    { date: '2025-06-04', venue: 'Kasteel Betadorp', address: null },
    { date: '2025-06-05', venue: 'Stadhuis Betadorp', address: null },
  ],
  rounds: [],
  sessions: [
    {
      code: 'energie', title: 'Energietransitie in de wijk', kind: 'keuzesessie', day: '2025-06-04', start: '14:00', end: '15:00',
      organisers: ['pijler-ruimte'], description: 'Warmtenetten en netcongestie, naar een idee van Anke Bakker.',
      people: [{ name: 'Joris Vermeer', role: 'spreker', function: 'voorzitter van de Ruimtelijke pijler' }],
    },
    {
      code: 'slot', title: 'Slotdebat', kind: 'plenair', day: '2025-06-05', start: '11:00', end: '12:00',
      description: 'Tot slot: de volgende tweedaagse is op 1 en 2 oktober in Gammaveen.',
      people: [
        { name: 'Sanne Dekker', role: 'spreker', function: 'wethouder van Betadorp' },
        { name: 'Femke Bos', role: 'spreker', function: 'vicevoorzitter van de Ruimtelijke pijler' },
      ],
    },
  ],
});

export interface AnswerWorld {
  db: Db;
  store: ProgrammeStore;
  catalogue: Catalogue;
  answererAt(iso: string): Answerer;
}

/** One more made-up netwerkdag of one day (a raw seed for `answerWorld`), for a test that needs sessions of its own. */
export function oneDayNetwerkdag(city: string, date: string, kind: 'ambtelijk' | 'bestuurlijk', sessions: Record<string, unknown>[]): Record<string, unknown> {
  const slug = `${date}-${city.toLowerCase()}`;
  const title = `${kind === 'ambtelijk' ? 'Ambtelijke' : 'Bestuurlijke'} netwerkdag ${city}`;
  return { slug, title, kind, city, source: `${city.toLowerCase()}.txt`, registration: { open: false, note: null }, days: [{ date, venue: `Stadhuis ${city}`, address: null }], rounds: [], sessions };
}

/** The made-up programme; `more` adds netwerkdagen (raw seeds) for one test without changing what the others see. */
export function answerWorld(more: unknown[] = []): AnswerWorld {
  const db = openDatabase(':memory:');
  const events = [alfa, beta, ...more.map((e) => eventSeed.parse(e))];
  importSeedSet(
    db,
    { organisers, events: events.map((seed, i) => ({ file: `${seed.slug}.yaml`, hash: `h${i}`, seed })) },
    fixedClock(ALFA_MORNING),
  );
  const store = new ProgrammeStore(db);
  return {
    db,
    store,
    catalogue: new CatalogueCache(store).get(),
    answererAt: (iso: string) => new Answerer(store, fixedClock(iso) as Clock),
  };
}

/** Session codes an answer shows. */
export function codesOf(answer: { kind: string } & Record<string, any>): string[] {
  if (answer.kind === 'session') return [answer.session.code];
  if (answer.kind === 'sessions' || answer.kind === 'round') return answer.sessions.map((s: { code: string }) => s.code);
  return [];
}
