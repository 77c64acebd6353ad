/**
 * Everything the bot says when it answers a programme question: sentences,
 * labels, day and month names. The answers domain returns data; these
 * functions phrase it.
 */
import type { EventChoice, SignupState } from '../answers/types';
import { formatDate, formatTime, timeRange } from './dates';
import type { NetworkEvent, PersonRole } from '../programme/types';

// Formatting lives in ./dates; re-exported because every answer text uses it.
export { formatDate, formatTime, timeRange };

export function eventDates(event: NetworkEvent): string {
  if (event.days.length === 1) return formatDate(event.days[0]!.date);
  return event.days.map((d) => formatDate(d.date, false)).join(' en ') + ` ${event.days[0]!.date.slice(0, 4)}`;
}

const CHOICE: Record<EventChoice, string> = {
  named: '',
  conversation: ' (de netwerkdag waar we het over hadden)',
  today: ' (vandaag)',
  upcoming: ' (de eerstvolgende netwerkdag)',
  recent: ' (de meest recente netwerkdag)',
  found: ' (daar vond ik het)',
};

const ROLE_LABELS: Record<PersonRole, [string, string]> = {
  spreker: ['spreker', 'sprekers'],
  moderator: ['moderator', 'moderatoren'],
  dagvoorzitter: ['dagvoorzitter', 'dagvoorzitters'],
  gastheer: ['gastheer', 'gastheren'],
  voorzitter: ['voorzitter', 'voorzitters'],
  vicevoorzitter: ['vice-voorzitter', 'vice-voorzitters'],
  reflectant: ['reflectant', 'reflectanten'],
  panellid: ['panellid', 'panelleden'],
  gast: ['gast', 'gasten'],
  contact: ['contactpersoon', 'contactpersonen'],
};

/** A programme name inside a sentence: "Eerste ronde deelsessies" → "eerste ronde deelsessies". */
function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}

export const answers = {
  /** Names the netwerkdag an answer is about, and why that one. */
  eventLine: (event: NetworkEvent, choice: EventChoice, dayNumber: number | null) =>
    `${event.title}, ${eventDates(event)}${dayNumber !== null && event.days.length > 1 ? ` (dag ${dayNumber})` : ''}${CHOICE[choice]}.`,
  role: (role: PersonRole, plural = false) => ROLE_LABELS[role][plural ? 1 : 0],
  personLine: (name: string, role: PersonRole, fn: string | null) => `${name} (${ROLE_LABELS[role][0]}${fn ? `, ${fn}` : ''})`,

  // One session, by what was asked.
  who: (title: string, people: string[]) =>
    people.length > 0 ? `Bij "${title}": ${list(people)}.` : `Het programma noemt geen sprekers of andere namen bij "${title}".`,
  inRound: (title: string, round: string | null, time: string | null) =>
    round ? `"${title}" is in de ${lowerFirst(round)}${time ? `, ${time}` : ''}.` : `"${title}" hoort bij geen ronde van het programma.`,
  organisedBy: (title: string, organisers: string[]) =>
    organisers.length > 0 ? `"${title}" is georganiseerd door ${list(organisers)}.` : `Het programma noemt niet wie "${title}" organiseert.`,
  where: (title: string, spot: string | null, venue: string | null) =>
    spot
      ? `"${title}" is in ${spot}${venue && !spot.includes(venue) ? ` (${venue})` : ''}.`
      : venue
        ? `Het programma noemt geen zaal voor "${title}"; de netwerkdag is in ${venue}.`
        : `Het programma zegt niet waar "${title}" is. Dat is dus niet bekend.`,
  whereFromNotes: (title: string) => `Het programma geeft voor "${title}" geen zaal of adres. Wat het erover zegt:`,
  venueOnly: (venue: string) => `${venue} (zaal niet bekend)`,
  when: (title: string, day: string, range: string | null, roundName: string | null) =>
    range
      ? `"${title}" is op ${day}, ${range}.`
      : `Het programma noemt geen tijd voor "${title}" (${day}${roundName ? `, ${roundName}` : ''}). Die tijd is dus niet bekend.`,
  what: (title: string, description: string) => (description ? `"${title}": ${description}` : `"${title}". Het programma geeft er geen beschrijving bij.`),
  session: (title: string) => `Dit is "${title}".`,
  passage: (text: string) => `Het programma zegt daarover: "${text}"`,
  cancelled: (title: string) => `Let op: "${title}" vervalt; deze groep vergadert niet op deze netwerkdag.`,
  cancelHow: (title: string) => `Afmelden voor "${title}": gebruik de knop Afmelden op de kaart als je aangemeld bent, of typ "afmelden" voor al je aanmeldingen.`,
  signup: (state: SignupState, title: string | null, note: string | null): string => {
    switch (state) {
      case 'open':
        return title ? `Je kunt je aanmelden voor "${title}"; gebruik de knop op de kaart.` : 'De aanmelding voor deze netwerkdag is open. Kies per ronde een sessie.';
      case 'notYetOpen':
        return title ? `Aanmelden voor "${title}" kan nog niet: de aanmelding is nog niet open.` : 'De aanmelding voor deze netwerkdag is nog niet open.';
      case 'closed':
        return `Aanmelden kan niet meer: de aanmelding is gesloten.${note ? ` ${note}` : ''}`;
      case 'past':
        return title ? `Aanmelden voor "${title}" kan niet meer: die dag is voorbij.` : 'Deze netwerkdag is al geweest; aanmelden kan niet meer.';
      case 'started':
        return title ? `Aanmelden kan niet meer: "${title}" is al begonnen.` : 'Aanmelden kan niet meer: het is al begonnen.';
      case 'notNeeded':
        return title ? `Voor "${title}" hoef je je niet apart aan te melden.` : 'Hiervoor hoef je je niet apart aan te melden.';
      case 'cancelled':
        return title ? `Aanmelden voor "${title}" kan niet: het gaat niet door.` : 'Aanmelden kan niet: het gaat niet door.';
    }
  },

  /** One short label per session in a list whose sessions differ in whether one can still sign up. */
  signupLabel: {
    open: 'aanmelden kan',
    notYetOpen: 'aanmelden kan nog niet: aanmelding nog niet open',
    closed: 'aanmelden kan niet meer: aanmelding gesloten',
    past: 'aanmelden kan niet meer: dag voorbij',
    started: 'aanmelden kan niet meer: al begonnen',
    notNeeded: 'aanmelden niet nodig',
    cancelled: 'gaat niet door',
  } satisfies Record<SignupState, string>,
  /** Every session in the list has the same sign-up state: one sentence says it for all. */
  signupAll: (state: SignupState, n: number, note: string | null): string => {
    switch (state) {
      case 'open':
        return `Voor elk van deze ${n} kun je je nog aanmelden; kies er een en gebruik de knop op de kaart.`;
      case 'notYetOpen':
        return `Aanmelden kan voor geen van deze ${n} al: de aanmelding is nog niet open.`;
      case 'closed':
        return `Aanmelden kan voor geen van deze ${n} meer: de aanmelding is gesloten.${note ? ` ${note}` : ''}`;
      case 'past':
        return `Aanmelden kan voor geen van deze ${n} meer: de dag is voorbij.`;
      case 'started':
        return `Aanmelden kan voor geen van deze ${n} meer: ze zijn al begonnen.`;
      case 'notNeeded':
        return `Voor geen van deze ${n} hoef je je apart aan te melden.`;
      case 'cancelled':
        return `Geen van deze ${n} gaat door.`;
    }
  },
  signupDiffers: 'Of aanmelden nog kan, verschilt per sessie; dat staat erbij.',

  // A round as such.
  roundWhen: (name: string, day: string | null, start: string | null, end: string | null) =>
    start
      ? `${name}${day ? ` (${day})` : ''} is ${end ? `van ${formatTime(start)} tot ${formatTime(end)} uur` : `vanaf ${formatTime(start)} uur`}.`
      : `${name}${day ? ` (${day})` : ''}: tijd niet bekend; het programma noemt er geen tijd voor.`,
  roundNote: (note: string) => `Let op: ${lowerFirst(note)}`,
  /** A fact the programme does not state, shown with the seed's note on where it comes from. */
  caveat: (note: string) => `Let op: ${lowerFirst(note)}`,
  withCaveat: (fact: string, note: string) => `${fact}. Let op: ${lowerFirst(note)}`,
  orderUnknown: (roundName: string) => `${roundName} (volgorde in de dag niet bekend)`,
  registrationBySetting:
    'Het programma zelf zegt niets over aanmelden; dat je je hier kunt aanmelden, is een instelling van deze bot.',
  roundSessions: (n: number) => (n === 0 ? 'Het programma noemt geen sessies in deze ronde.' : n === 1 ? 'Er is één sessie:' : `Er zijn ${n} sessies:`),

  // A person.
  personIs: (name: string, functions: string[], roles: string[]) =>
    functions.length > 0
      ? `${name} is volgens het programma ${list(functions)}${roles.length > 0 ? ` (op het programma als ${list(roles)})` : ''}.`
      : `Het programma noemt geen functie van ${name}${roles.length > 0 ? `; wel staat ${name} erop als ${list(roles)}` : ''}.`,
  personIn: (event: string, titles: string[]) => `${event}: ${list(titles.map((t) => `"${t}"`))}.`,
  personMentioned: (event: string, titles: string[]) => `Genoemd (niet op het programma) in ${event}: ${list(titles.map((t) => `"${t}"`))}.`,

  // Several sessions.
  /** A who-question over several sessions: one line per session with its people, or that none are named. */
  castLine: (title: string, people: string[]) =>
    people.length > 0 ? `"${title}": ${list(people)}` : `"${title}": het programma noemt geen namen`,
  castIntro: (n: number) => `Bij de ${n} onderdelen die bij je vraag passen, noemt het programma:`,
  castList: (lines: string[]) => lines.map((l) => `- ${l}`).join('\n'),
  ambiguous: (n: number) => `Er passen ${n} sessies bij je vraag. Bedoel je een van deze?`,
  listed: (n: number) => (n === 1 ? 'Eén onderdeel past bij je vraag:' : `${n} onderdelen passen bij je vraag:`),
  at: (time: string, n: number) => `Om ${formatTime(time)} uur ${n === 1 ? 'is er één onderdeel' : `zijn er ${n} onderdelen`}:`,
  until: (time: string, n: number) => `Vóór ${formatTime(time)} uur ${n === 1 ? 'begon één onderdeel' : `begonnen ${n} onderdelen`}:`,
  window: (from: string, to: string, n: number) => `Tussen ${formatTime(from)} en ${formatTime(to)} uur ${n === 1 ? 'is er één onderdeel' : `zijn er ${n} onderdelen`}:`,
  from: (time: string, n: number) => `Vanaf ${formatTime(time)} uur ${n === 1 ? 'is er nog één onderdeel' : `zijn er nog ${n} onderdelen`}:`,
  /** With one session running, the sentence names it; several are in the card. */
  now: (time: string, only: string | null) => `Nu (${formatTime(time)} uur) bezig${only ? `: ${only}.` : ':'}`,
  next: (time: string, start: string, current: string[], round: string | null) =>
    `${current.length > 0 ? `Nu (${formatTime(time)} uur): ${list(current)}.` : `Nu (${formatTime(time)} uur) is er niets bezig.`} Hierna, om ${formatTime(start)} uur${round ? `, begint de ${lowerFirst(round)}` : ''}:`,
  /** A running or next session in a list: "Pauze (tot 12.00 uur)". */
  currentItem: (title: string, end: string | null) => `${title}${end ? ` (tot ${formatTime(end)} uur)` : ''}`,
  more: (shown: number, total: number) => `Ik laat er ${shown} van de ${total} zien. Stel je vraag preciezer voor de rest.`,
  listTitle: 'Sessies',
  noTimeKnown: 'tijd niet bekend',

  // The netwerkdag itself.
  eventWhere: (day: string, venue: string | null, address: string | null, city: string) =>
    venue ? `${day}: ${venue}${address ? `, ${address}` : ''}.` : `${day}: in ${city}; het programma noemt geen locatie (gebouw of adres).`,
  eventWhen: (day: string, start: string | null, end: string | null, unknown: number) =>
    start
      ? `${day}: van ${formatTime(start)} tot ${end ? formatTime(end) : '?'} uur${unknown > 0 ? ` (${unknown} onderdelen zonder tijd in het programma)` : ''}.`
      : `${day}: het programma noemt geen tijden.`,
  eventWho: (lines: string[]) => `Op het programma staan: ${lines.join('; ')}.`,
  personAt: (person: string, titles: string[]) => `${person} bij ${list(titles.map((t) => `"${t}"`))}`,
  eventNobody: (role: string | null) =>
    role ? `Het programma noemt geen ${role} voor deze netwerkdag.` : 'Het programma noemt voor deze netwerkdag geen namen.',
  /** "hoe laat zijn we klaar?": the day's last known end (or first start). */
  eventBound: (bound: 'start' | 'end', day: string, time: string | null, unknown: number) =>
    time
      ? `${day}: ${bound === 'end' ? 'het programma eindigt om' : 'het programma begint om'} ${formatTime(time)} uur${unknown > 0 ? ` (${unknown} onderdelen zonder tijd in het programma)` : ''}.`
      : `${day}: het programma noemt geen ${bound === 'end' ? 'eindtijd' : 'begintijd'}.`,
  eventProperStart: (day: string, walkIn: string, title: string, time: string) =>
    `${day}: inloop vanaf ${formatTime(walkIn)} uur; om ${formatTime(time)} uur begint het programma met "${title}".`,
  eventAudienceUnknown: 'Het programma zegt niet voor wie deze netwerkdag bedoeld is.',
  eventWhat: (summary: string) => summary || 'Het programma geeft geen samenvatting van deze netwerkdag. Typ "programma" voor het overzicht.',

  nothingAt: (time: string | null, timesUnknown: boolean) =>
    `${time ? `Om ${formatTime(time)} uur` : 'Op dat moment'} staat er niets op het programma.${timesUnknown ? ' Let op: het programma noemt niet voor alle onderdelen een tijd, dus dat is niet zeker.' : ''}`,
  notToday: (today: string) => `Vandaag (${formatDate(today)}) is er geen netwerkdag.`,
  notFound: (terms: string[]) =>
    `Daarover vind ik niets in het programma${terms.length > 0 ? ` (ik zocht op: ${terms.join(', ')})` : ''}. Ik verzin liever niets.`,
  /** An organiser the question named has nothing on the netwerkdag answered about. */
  organiserAbsent: (names: string[]) => `${list(names)} ${names.length === 1 ? 'heeft' : 'hebben'} op deze netwerkdag geen sessie.`,
  suggestions:
    'Je kunt me vragen naar sprekers ("wie spreekt er bij de opening?"), tijden ("wat is er om 14.45?"), zalen, rondes, themagroepen en excursies, of typ "programma".',
  unclear: 'Die vraag begrijp ik niet goed.',
  /** A name that is on no programme: said plainly, never answered with someone who shares a first name. */
  unknownName: (name: string) => `${name} staat niet in het programma van de netwerkdagen die ik ken.`,
  /** The question was in English. */
  english: 'Ik spreek alleen Nederlands; dit is mijn beste antwoord op je vraag.',
  social: {
    greeting: 'Hallo! Stel gerust je vraag over het programma, bijvoorbeeld "wat is er om 14.45?" of "waar is de sessie van ZJO?". Typ "hulp" voor alles wat ik kan.',
    thanks: 'Graag gedaan! Vraag gerust verder als je nog iets wilt weten.',
    goodbye: 'Tot ziens, en een fijne netwerkdag!',
  },

  // An organiser.
  organiserIs: (name: string, abbreviation: string | null, pillar: string | null) =>
    `${abbreviation ? `${abbreviation} staat voor ${name}` : name}${pillar ? ` (${pillar})` : ''}.`,
  organiserMembers: (pillar: string, themeGroups: string[]) => `Onder ${pillar} vallen: ${list(themeGroups)}.`,
  // The G40's structure ("welke themagroepen zijn er?").
  structurePillars: (names: string[]) => `De G40 heeft ${names.length} pijlers: ${list(names)}.`,
  structureThemeGroups: (n: number) => `De programma's noemen ${n} themagroepen:`,
  structureGroup: (pillar: string | null, names: string[]) => `- ${pillar ?? 'bij geen pijler geplaatst'}: ${list(names)}`,
  organiserIn: (event: string, titles: string[]) => `${event}: ${list(titles.map((t) => `"${t}"`))}.`,
  // Asked of every netwerkdag ("op welke netwerkdagen ging het over wonen?").
  acrossIntro: (n: number) => `Op ${n} netwerkdagen vond ik iets dat bij je vraag past:`,
  acrossIn: (event: string, titles: string[], total: number) =>
    `${event}: ${list(titles.map((t) => `"${t}"`))}${total > titles.length ? ` en nog ${total - titles.length}; vraag het voor die netwerkdag voor de rest` : ''}.`,
  organiserNowhere: 'Op de netwerkdagen die ik ken, organiseert deze groep geen onderdeel.',

  // The netwerkdagen themselves.
  eventsIntro: (n: number, past: number) =>
    n === 0 ? 'Ik ken geen netwerkdag die daarbij past.' : `Ik ken ${n === 1 ? 'één netwerkdag' : `${n} netwerkdagen`}${past === n ? ', allemaal al geweest' : ''}:`,
  eventItem: (title: string, dates: string, venue: string | null) => `- ${title}, ${dates}${venue ? ` (${venue})` : ''}`,
  nextEvent: (title: string, dates: string) => `De volgende netwerkdag in mijn programma: ${title}, ${dates}.`,
  nextEventUnknown: 'Er staat nog geen volgende netwerkdag in mijn programma.',
  nextEventMention: (event: string, text: string) => `Het programma van de ${event} zegt erover: "${text}"`,

  // Questions about one's own programme.
  personalNone: 'Je hebt je nog voor geen enkele sessie aangemeld. Typ "aanmelden" om sessies te kiezen.',
  personalNow: (items: string[]) => `Nu ben je ingeschreven voor: ${list(items)}.`,
  personalNothingNow: 'Op dit moment heb je geen sessie waarvoor je bent aangemeld.',
  personalNext: (items: string[]) => `Hierna: ${list(items)}.`,
  personalNoneLater: 'Er komt vandaag geen sessie meer waarvoor je bent aangemeld.',
  personalMine: (n: number) => (n === 1 ? 'Je bent aangemeld voor één sessie:' : `Je bent aangemeld voor ${n} sessies:`),
  personalItem: (title: string, when: string, where: string | null) => `"${title}" (${when}${where ? `, ${where}` : ''})`,
  noEvents: 'Er staat nog geen netwerkdag in het programma.',
  noEventIn: (city: string) => `Ik ken geen netwerkdag in ${city}. Deze netwerkdagen staan in het programma:`,

  // Cards.
  programmeTitle: (title: string) => `Programma: ${title}`,
  dayHeading: (dayNumber: number, date: string, multi: boolean, venue: string | null) =>
    `${multi ? `Dag ${dayNumber}: ` : ''}${formatDate(date)}${venue ? ` – ${venue}` : ''}`,
  roundLine: (name: string, range: string | null) => `${name}${range ? ` (${range})` : ''}`,
  cancelledLabel: 'vervalt',
  factWhen: 'Wanneer',
  factRound: 'Ronde',
  factWhere: 'Waar',
  factOrganisers: 'Organisatie',
  factPeople: 'Wie',
  factEvent: 'Netwerkdag',
  unknown: 'niet bekend (staat niet in het programma)',
  buttonProgramme: 'Programma van de dag',
  buttonRound: 'Andere sessies in deze ronde',
  /** The question a button sends back, phrased so the answerer understands it. */
  programmeQuery: (city: string, dayNumber: number, multi: boolean) => `programma ${city}${multi ? ` dag ${dayNumber}` : ''}`,
  roundQuery: (roundNumber: number, city: string, dayNumber: number, multi: boolean) =>
    `welke sessies zijn er in ronde ${roundNumber} in ${city}${multi ? ` dag ${dayNumber}` : ''}`,
  sessionQuery: (title: string, city: string, start: string | null) => `${title} ${city}${start ? ` om ${formatTime(start)}` : ''}`,
} as const;
