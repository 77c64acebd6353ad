/**
 * The Dutch words the question parser listens for (folded, see normalize.ts).
 * This is recognition vocabulary, not text the bot says: replies live in
 * src/texts/answers.ts.
 */
import type { PersonRole, SessionKind } from '../programme/types';

export const WHO = new Set(['wie', 'spreker', 'sprekers', 'spreekt', 'spreken', 'presenteert', 'presentator', 'gastheer', 'gastvrouw', 'panel', 'panelleden', 'panellid']);
export const WHERE = new Set(['waar', 'zaal', 'zaalnummer', 'locatie', 'adres', 'ruimte', 'waarheen', 'lokaal']);
export const WHEN = new Set(['wanneer', 'tijd', 'tijden', 'begint', 'start', 'starten', 'beginnen', 'eindigt', 'afgelopen', 'duurt', 'datum', 'laat']);
export const WHAT = new Set(['wat', 'waarover', 'inhoud', 'onderwerp', 'beschrijving', 'over']);
export const LIST = new Set(['welke', 'lijst', 'allemaal', 'overzicht', 'alle']);
export const SIGNUP = new Set(['aanmelden', 'inschrijven', 'aanmelding', 'inschrijving', 'opgeven', 'registreren', 'aangemeld', 'ingeschreven']);
export const PROGRAMME = new Set(['programma', 'dagprogramma', 'programmaoverzicht', 'schema']);
export const FOLLOW_UP = new Set(['die', 'dat', 'deze', 'daar', 'hij', 'zij', 'ze', 'het', 'dit']);

/** Role words narrow a "wie"-question to people in that role. */
export const ROLE_WORDS: Record<string, PersonRole[]> = {
  dagvoorzitter: ['dagvoorzitter'],
  moderator: ['moderator'],
  moderatoren: ['moderator'],
  modereert: ['moderator'],
  voorzitter: ['voorzitter', 'dagvoorzitter'],
  voorzitters: ['voorzitter', 'dagvoorzitter'],
  vicevoorzitter: ['vicevoorzitter'],
  vicevoorzitters: ['vicevoorzitter'],
  reflectant: ['reflectant'],
  reflectanten: ['reflectant'],
  spreker: ['spreker'],
  sprekers: ['spreker'],
  gastheer: ['gastheer'],
  panel: ['panellid'],
  panelleden: ['panellid'],
  panellid: ['panellid'],
};

/** Words that ask for a kind of programme part ("welke excursies"). */
export const KIND_WORDS: Record<string, SessionKind[]> = {
  excursie: ['excursie'],
  excursies: ['excursie'],
  stadssafari: ['excursie'],
  stadssafaris: ['excursie'],
  safari: ['excursie'],
  safaris: ['excursie'],
  werkbezoek: ['excursie'],
  wandeling: ['wandeling'],
  wandelingen: ['wandeling'],
  stadswandeling: ['wandeling'],
  stadswandelingen: ['wandeling'],
  lunchwandeling: ['wandeling'],
  lunchwandelingen: ['wandeling'],
  keuzesessie: ['keuzesessie', 'overleg'],
  keuzesessies: ['keuzesessie', 'overleg'],
  deelsessie: ['keuzesessie', 'overleg'],
  deelsessies: ['keuzesessie', 'overleg'],
  workshop: ['keuzesessie', 'overleg'],
  workshops: ['keuzesessie', 'overleg'],
};

export const ORDINALS: Record<string, number> = {
  eerste: 1, '1e': 1, '1ste': 1, tweede: 2, '2e': 2, '2de': 2, derde: 3, '3e': 3, '3de': 3, vierde: 4, '4e': 4, laatste: -1,
};
export const NUMBER_WORDS: Record<string, number> = { een: 1, twee: 2, drie: 3, vier: 4 };

export const WEEKDAYS: Record<string, number> = {
  maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6, zondag: 7,
};
export const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, februari: 2, feb: 2, maart: 3, mrt: 3, april: 4, apr: 4, mei: 5, juni: 6, jun: 6, juli: 7, jul: 7,
  augustus: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, november: 11, nov: 11, december: 12, dec: 12,
};

export const EVENT_KINDS: Record<string, 'ambtelijk' | 'bestuurlijk'> = {
  ambtelijk: 'ambtelijk', ambtelijke: 'ambtelijk', bestuurlijk: 'bestuurlijk', bestuurlijke: 'bestuurlijk',
};

export const NOW_WORDS = new Set(['nu', 'momenteel', 'op dit moment']);
export const SOON_WORDS = new Set(['straks', 'hierna', 'zometeen', 'zo', 'daarna', 'volgende']);
export const TODAY_WORDS = new Set(['vandaag']);

/**
 * Words that carry no topic: question words, filler, and words about the
 * programme itself. What remains after entities are taken out is searched.
 */
export const STOPWORDS = new Set([
  'de', 'het', 'een', 'en', 'of', 'in', 'op', 'om', 'te', 'van', 'voor', 'met', 'bij', 'aan', 'naar', 'uit', 'door', 'over',
  'is', 'zijn', 'was', 'waren', 'wordt', 'worden', 'er', 'ik', 'me', 'mij', 'mijn', 'je', 'jij', 'jullie', 'u', 'we', 'wij',
  'ons', 'onze', 'kan', 'kun', 'kunt', 'kunnen', 'mag', 'moet', 'wil', 'zou', 'graag', 'nog', 'al', 'ook', 'dan', 'maar',
  'wel', 'niet', 'geen', 'even', 'eens', 'toch', 'nou', 'hoe', 'wat', 'wie', 'waar', 'wanneer', 'welke', 'welk', 'waarom',
  'laat', 'gaat', 'gaan', 'ga', 'doet', 'doen', 'heeft', 'hebben', 'heb', 'hoor', 'zien', 'zie', 'weet', 'weten', 'vertel',
  'vertellen', 'geef', 'toon', 'laten', 'graag', 'please', 'aub', 'alsjeblieft', 'alstublieft', 'dank', 'bedankt', 'hoi',
  'hallo', 'hey', 'beste', 'goedemorgen', 'goedemiddag', 'sessie', 'sessies', 'netwerkdag', 'netwerkdagen', 'dag', 'dagen',
  'bijeenkomst', 'programma', 'onderdeel', 'onderdelen', 'g40', 'stedennetwerk', 'uur', 'u', 'tijd', 'tijden', 'zaal',
  'locatie', 'adres', 'ruimte', 'spreker', 'sprekers', 'spreekt', 'spreken', 'begint', 'start', 'eindigt', 'afgelopen',
  'duurt', 'datum', 'inhoud', 'onderwerp', 'beschrijving', 'waarover', 'lijst', 'allemaal', 'alle', 'overzicht', 'zijn',
  'die', 'dat', 'deze', 'daar', 'hier', 'hij', 'zij', 'ze', 'dit', 'nu', 'straks', 'vandaag', 'hierna', 'zometeen', 'daarna',
  'volgende', 'ronde', 'rondes', 'themaronde', 'na', 'tijdens', 'voor', 'morgen', 'middag', 'ochtend', 'begin',
  'eind', 'aanmelden', 'inschrijven', 'aanmelding', 'inschrijving', 'opgeven', 'registreren', 'aangemeld',
  'ingeschreven', 'moderator', 'dagvoorzitter', 'voorzitter', 'gastheer', 'panel', 'panelleden', 'presenteert', 'wordt',
  'gehouden', 'plaats', 'vindt', 'plaatsvinden', 'vinden', 'zit', 'zitten', 'staat', 'staan', 'komt', 'komen', 'welkom',
  'precies', 'ongeveer', 'allemaal', 'iets', 'iemand', 'mensen', 'keuze', 'kiezen', 'keuzes', 'mogelijk', 'mogelijkheden',
  'georganiseerd', 'organiseert', 'organiseren', 'organisator', 'organisatie', 'themagroep', 'themagroepen', 'tg', 'pijler',
  'ambtelijk', 'ambtelijke', 'bestuurlijk', 'bestuurlijke', 'welkomstwoord', 'houdt', 'leidt', 'keuzesessie', 'keuzesessies',
  'deelsessie', 'deelsessies', 'workshop', 'workshops', 'excursie', 'excursies', 'wandeling', 'wandelingen', 'nogmaals',
  'vergadert', 'vergaderen', 'meld', 'aan', 'vol', 'plek', 'plekken', 'plaatsen', 'open', 'dicht', 'gesloten',
]);
