/** Everything the sign-up feature says in Dutch: card lines, buttons, refusals, the CSV header. */
import type { RegistrationWindow } from '../signups/rules';
import type { RefusalReason } from '../signups/types';
import { answers, formatDate, formatTime, timeRange } from './answers';
import { formatMoment } from './dates';

/** "dinsdag 10 maart 2026, 10.00–11.00 uur", in the answers' words. */
function whenText(date: string, start: string | null, end: string | null): string {
  return `${formatDate(date)}, ${timeRange(start, end) ?? answers.noTimeKnown}`;
}

export { formatMoment };

/** The window as one line for a card or answer while sign-ups are open; null without bounds. */
function windowLine(window: RegistrationWindow | null | undefined): string | null {
  if (!window) return null;
  if (window.until !== null) return `Aanmelden kan tot ${formatMoment(window.until)}.`;
  return null;
}

export const signupTexts = {
  // Buttons.
  signUp: 'Aanmelden',
  cancel: 'Afmelden',
  leaveWaitlist: 'Van de wachtlijst af',
  joinWaitlist: 'Op de wachtlijst',
  switchTo: 'Wissel naar deze sessie',
  submitForm: 'Aanmelden voor mijn keuzes',
  downloadCsv: 'Download als CSV',

  // State lines on a session card.
  confirmed: 'Je bent aangemeld',
  waiting: (position: number) => `Je staat op de wachtlijst (plaats ${position})`,
  full: 'Vol',
  fullWithWaiting: (waiting: number) => `Vol. Er ${waiting === 1 ? 'staat 1 persoon' : `staan ${waiting} mensen`} op de wachtlijst; je kunt erbij.`,
  closed: 'Gesloten',
  seatsLeft: (n: number) => (n === 1 ? 'Nog 1 plaats' : `Nog ${n} plaatsen`),
  noLimit: 'Aanmelden kan; er is geen maximum aantal plaatsen bekend.',
  otherInRound: (title: string, waiting: boolean) =>
    waiting
      ? `Je staat in deze ronde al op de wachtlijst voor "${title}". Wil je wisselen?`
      : `Je bent in deze ronde al aangemeld voor "${title}". Wil je wisselen? Je plek daar komt dan vrij.`,

  // Outcomes of an action.
  nowConfirmed: (title: string) => `Je bent aangemeld voor "${title}".`,
  alreadyConfirmed: (title: string) => `Je was al aangemeld voor "${title}".`,
  nowWaiting: (title: string, position: number) => `"${title}" is vol. Je staat op de wachtlijst, plaats ${position}. Komt er een plek vrij, dan krijg je bericht.`,
  alreadyWaiting: (title: string, position: number) => `Je stond al op de wachtlijst voor "${title}" (plaats ${position}).`,
  switched: (from: string) => `Je bent afgemeld voor "${from}".`,
  isFull: (title: string) => `"${title}" is vol. Wil je op de wachtlijst?`,
  nowCancelled: (title: string) => `Je bent afgemeld voor "${title}".`,
  leftWaitlist: (title: string) => `Je staat niet meer op de wachtlijst voor "${title}".`,
  notSignedUp: (title: string) => `Je was niet aangemeld voor "${title}".`,

  windowLine,
  refusal: (reason: RefusalReason, note: string | null = null, window: RegistrationWindow | null = null): string => {
    switch (reason) {
      case 'noIdentity':
        return 'Ik kan niet zien wie je bent, dus ik kan je niet aanmelden. Gebruik mij vanuit Microsoft Teams met je werkaccount.';
      case 'unknownSession':
        return 'Die sessie ken ik niet (meer). Vraag de kaart of het programma opnieuw op.';
      case 'wrongEvent':
        return 'Deze sessie hoort niet bij deze netwerkdag. Vraag de kaart opnieuw op.';
      case 'sessionRemoved':
        return 'Deze sessie staat niet meer in het programma.';
      case 'sessionCancelled':
        return 'Deze sessie vervalt; aanmelden kan niet.';
      case 'noSignupNeeded':
        return 'Voor dit onderdeel hoef je je niet aan te melden.';
      case 'past':
        return 'Deze netwerkdag is al voorbij; de aanmelding is gesloten.';
      case 'started':
        return 'Deze sessie is al begonnen; aanmelden of afmelden kan niet meer.';
      case 'registrationClosed':
        if (window?.until) return `Aanmelden kon tot ${formatMoment(window.until)}; de aanmelding is gesloten.`;
        return note ? `Aanmelden is gesloten. ${note}` : 'Aanmelden is gesloten.';
      case 'notYetOpen':
        return window?.from ? `Aanmelden kan vanaf ${formatMoment(window.from)}.` : 'Aanmelden is nog niet open.';
    }
  },

  // The form.
  formTitle: (title: string) => `Aanmelden: ${title}`,
  formIntro: 'Kies per ronde één sessie. Bij een volle sessie kom je op de wachtlijst.',
  formNoChoice: '(geen keuze)',
  formChoice: (title: string, seatsLeft: number | null, closed: boolean) =>
    closed ? `${title} (gesloten)` : seatsLeft === null ? title : seatsLeft === 0 ? `${title} (vol, wachtlijst)` : `${title} (nog ${seatsLeft} plaatsen)`,
  formNothingToChoose: (title: string) => `Voor ${title} zijn er geen sessies waarvoor je je aanmeldt.`,
  formEventClosed: (title: string, reason: string) => `${title}: ${reason}`,
  formResultTitle: 'Wat er met je keuzes gebeurde',
  formNothingChosen: 'Je hebt niets gekozen; er is niets veranderd.',
  unknownEvent: (words: string) => `Ik ken geen netwerkdag "${words}". Typ "aanmelden" voor de eerstvolgende.`,
  noEvents: 'Er staan nog geen netwerkdagen in het programma.',

  // Finding a session by text.
  whichSession: (words: string) => `Ik vond meer dan één sessie bij "${words}". Welke bedoel je?`,
  /** "aanmelden wijkaanpak meerzicht": the words name a session, not a netwerkdag; nothing is done before the person presses. */
  thisSession: (title: string) => `Bedoel je deze sessie? Meld je aan met de knop, of typ "aanmelden voor ${title}".`,
  noSession: (words: string) => `Ik vond geen sessie om je voor aan te melden bij "${words}". Probeer een deel van de titel.`,

  // Mijn programma.
  myTitle: 'Mijn programma',
  myPersonalOnly: 'Je aanmeldingen zijn persoonlijk; die laat ik alleen in je 1-op-1-chat met mij zien, niet hier waar anderen meelezen.',
  mySendPrivately: 'Stuur naar mijn 1-op-1-chat',
  mySentPrivately: 'Ik zet je programma zo in je 1-op-1-chat met mij.',
  myNoPersonalChat:
    'Ik heb nog geen 1-op-1-chat met je. Open er een (zoek "G40 Netwerkdag" onder Chat of Apps in Teams) en typ daar "mijn programma".',
  participantsPersonalOnly:
    'De deelnemerslijst bevat namen van anderen; die geef ik alleen in een 1-op-1-chat met mij. Typ daar "deelnemers" met de titel van de sessie.',
  myNothing: 'Je bent nog nergens voor aangemeld. Typ "aanmelden" om sessies te kiezen.',

  // Deelnemers.
  participantsTitle: (title: string) => `Deelnemers: ${title}`,
  participantsCounts: (confirmed: number, capacity: number | null, waiting: number) =>
    `${confirmed} aangemeld${capacity === null ? '' : ` van ${capacity} plaatsen`}, ${waiting} op de wachtlijst.`,
  participantsConfirmed: 'Aangemeld',
  participantsWaiting: 'Wachtlijst',
  participantsNone: 'Nog niemand.',
  participantsForbidden: 'De deelnemerslijst is alleen voor beheerders en de secretaris van de organiserende themagroep.',
  participantsLinkValid: (hours: number) => `De downloadlink werkt ${hours} uur en is alleen voor jou; deel hem niet.`,
  participantsUsage: 'Typ "deelnemers" gevolgd door (een deel van) de titel van de sessie.',

  // The promotion notice.
  promotedTitle: 'Er is een plek voor je vrijgekomen',
  promoted: (title: string) => `Je stond op de wachtlijst voor "${title}" en bent nu aangemeld.`,
  calendarLink: 'Zet in je agenda',

  // Labels.
  whenText,
  when: 'Wanneer',
  where: 'Waar',
  event: 'Netwerkdag',

  // CSV download (HTTP).
  csvHeader: ['Naam', 'Gebruiker', 'Status', 'Plaats op wachtlijst', 'Sinds'],
  // The same list as a workbook (one sheet, a row per person with the session).
  workbookSheet: 'Deelnemers',
  workbookHeader: ['Sessie', 'Naam', 'Gebruiker', 'Status', 'Plaats op wachtlijst', 'Sinds'],
  downloadWorkbook: 'Download als Excel',

  // Aanmeldingen: the organisers' overview per netwerkdag.
  overviewTitle: (title: string) => `Aanmeldingen: ${title}`,
  overviewLine: (title: string, confirmed: number, capacity: number | null, waiting: number) =>
    `${title}: ${confirmed}${capacity === null ? '' : ` van ${capacity}`} aangemeld${waiting > 0 ? `, ${waiting} op de wachtlijst` : ''}`,
  overviewTotal: (confirmed: number, waiting: number) => `Totaal: ${confirmed} aangemeld, ${waiting} op de wachtlijst.`,
  overviewNone: 'Voor deze netwerkdag meld je je nergens voor aan.',
  overviewNoneOfYours: 'Je themagroep organiseert op deze netwerkdag geen sessie waarvoor je je aanmeldt.',
  overviewForbidden: 'Het overzicht van de aanmeldingen is alleen voor beheerders en secretarissen van een themagroep.',
  csvStatus: { confirmed: 'aangemeld', waiting: 'wachtlijst' },
  csvDenied: 'Deze downloadlink klopt niet of is verlopen. Vraag in Teams een nieuwe op met "deelnemers <sessie>".',
  csvUnknown: 'Deze sessie bestaat niet (meer).',
} as const;
