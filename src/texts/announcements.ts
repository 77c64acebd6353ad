/** Everything the announcements feature says in Dutch: channels, roles, composing, delivery status, notices. */
import { formatInstant, formatTime } from './dates';

/** "woensdag 4 februari om 10.00 uur" for an ISO instant. */
export const whenAt = formatInstant;

/** "Woningmarkt › Algemeen": where a post lands. */
export function placeName(teamName: string | null, channelName: string | null, fallback: string): string {
  return `${teamName ?? fallback} › ${channelName ?? 'kanaal'}`;
}

const FIELD_NAMES: Record<string, string> = {
  datum: 'Datum',
  begintijd: 'Begintijd',
  eindtijd: 'Eindtijd',
  zaal: 'Zaal',
  locatie: 'Locatie',
  status: 'Status',
};

export const announcementTexts = {
  // Channels.
  onlyInChannel: 'Dit werkt alleen in een kanaal van een team. Noem mij daar, bijvoorbeeld: @G40 Netwerkdag koppel Woningmarkt.',
  linkUsage: 'Noem ook de themagroep, bijvoorbeeld: koppel Woningmarkt.',
  linked: (group: string, place: string) => `Dit kanaal (${place}) is nu gekoppeld aan ${group}. Aankondigingen voor ${group} komen hier.`,
  relinked: (group: string, place: string, previous: string) =>
    `Dit kanaal (${place}) is nu gekoppeld aan ${group}; het vorige kanaal (${previous}) krijgt geen aankondigingen meer.`,
  unknownGroup: (typed: string) => `Ik ken geen themagroep of pijler "${typed}". Probeer de naam of afkorting, bijvoorbeeld ZJO of Woningmarkt.`,
  notAllowedLink: (group: string) => `Alleen een beheerder of een secretaris van ${group} kan een kanaal aan ${group} koppelen.`,
  channelTaken: (group: string, others: string[]) =>
    `Dit kanaal is al gekoppeld aan ${others.join(', ')}. Alleen een beheerder kan er ook ${group} aan koppelen; vraag dat een beheerder, of koppel ${group} in een eigen kanaal.`,
  notAllowedChannels: 'Alleen beheerders en secretarissen van themagroepen kunnen zien welke kanalen gekoppeld zijn.',
  unlinked: (groups: string[]) => `Dit kanaal is niet meer gekoppeld aan ${groups.join(', ')}.`,
  notLinkedHere: 'Dit kanaal is aan geen themagroep gekoppeld.',
  notAllowedUnlink: (groups: string[]) => `Alleen een beheerder of een secretaris van ${groups.join(', ')} kan dit kanaal ontkoppelen.`,
  linksTitle: 'Gekoppelde kanalen',
  noLinks: 'Er zijn nog geen kanalen gekoppeld. Zeg in een kanaal: @G40 Netwerkdag koppel <themagroep>.',

  // Roles.
  secretaryUsage: 'Zo wijs je een secretaris aan: secretaris @naam Woningmarkt (noem de persoon met @). Intrekken: secretaris intrekken @naam Woningmarkt.',
  mentionNotFound: 'Ik kan niet zien wie je bedoelt. Noem de persoon met @ zodat Teams de naam blauw maakt.',
  granted: (name: string, group: string) => `${name} is nu secretaris van ${group} en kan aankondigingen plaatsen.`,
  revoked: (name: string, group: string) => `${name} is geen secretaris van ${group} meer.`,
  notSecretary: (name: string, group: string) => `${name} was geen secretaris van ${group}; er is niets veranderd.`,
  notAdmin: 'Alleen een beheerder kan secretarissen aanwijzen of intrekken.',

  // Composing.
  composeTitle: 'Nieuwe aankondiging',
  composeIntro: 'Je bericht komt als nieuw gesprek in het gekoppelde kanaal van de themagroep.',
  noGroups: 'Je kunt voor geen enkele themagroep aankondigingen plaatsen. Vraag een beheerder je secretaris te maken.',
  labelGroup: 'Themagroep',
  labelTitle: 'Titel',
  labelBody: 'Bericht',
  labelSession: 'Sessie (optioneel)',
  noSession: 'Geen sessie',
  labelPostDate: 'Later plaatsen: datum (optioneel)',
  labelPostTime: 'Tijd (optioneel)',
  placeholderTitle: 'Bijvoorbeeld: Sessie verplaatst naar de Oranjezaal',
  placeholderBody: 'Wat wil je de themagroep laten weten?',
  buttonPreview: 'Voorbeeld bekijken',
  previewTitle: 'Voorbeeld',
  /** Under the preview: the buttons' text route, for clients where buttons do nothing. */
  previewTextRoute: (id: number) => `Werken de knoppen niet? Typ "plaats aankondiging ${id}" of "annuleer aankondiging ${id}".`,
  previewWhere: (place: string, when: string | null) => (when ? `Wordt ${when} geplaatst in ${place}.` : `Wordt geplaatst in ${place}.`),
  buttonPost: 'Plaatsen',
  buttonCancel: 'Annuleren',
  postedBy: (group: string) => `Aankondiging van ${group}`,

  // Outcomes.
  posted: (place: string) => `Geplaatst in ${place}.`,
  scheduled: (place: string, when: string) => `Ingepland: wordt ${when} geplaatst in ${place}.`,
  onItsWay: (place: string) => `Staat klaar voor ${place}; Teams laat het zo door. Typ "status aankondigingen" om te zien of het is aangekomen.`,
  notPosted: (place: string, reason: string) => `Niet geplaatst in ${place}: ${reason}`,
  cancelled: 'Geannuleerd; er is niets geplaatst.',
  alreadyPosted: 'Deze aankondiging is al geplaatst.',
  alreadySent: 'Deze aankondiging is al verstuurd en kan niet meer worden geannuleerd.',
  unknownDraft: 'Deze aankondiging ken ik niet (meer). Begin opnieuw met "aankondiging".',
  notAllowedPost: (group: string | null) =>
    group ? `Je mag geen aankondigingen plaatsen voor ${group}.` : 'Je mag geen aankondigingen plaatsen voor deze themagroep.',
  unknownGroupChoice: 'Kies een themagroep uit de lijst.',
  notLinked: (group: string) => `${group} heeft nog geen gekoppeld kanaal. Vraag iemand om in het kanaal te zeggen: @G40 Netwerkdag koppel ${group}.`,
  emptyTitle: 'Geef je aankondiging een titel.',
  emptyBody: 'Je bericht is leeg. Schrijf wat je de themagroep wilt laten weten.',
  titleTooLong: (max: number) => `De titel is te lang (meer dan ${max} tekens).`,
  bodyTooLong: 'Je bericht is te lang voor Teams (een kaart mag ongeveer 28 KB zijn). Maak het korter of verwijs naar een document.',
  unknownSession: 'Die sessie bestaat niet (meer). Kies een sessie uit de lijst of geen sessie.',
  badPostAt: 'Vul voor later plaatsen zowel een datum als een tijd in (bijvoorbeeld 2026-02-04 en 10:00), of laat beide leeg.',
  postAtInPast: 'Dat tijdstip is al voorbij. Kies een later moment, of laat datum en tijd leeg om meteen te plaatsen.',

  // Delivery status.
  statusTitle: 'Je aankondigingen',
  statusNone: 'Je hebt nog geen aankondigingen geplaatst.',
  statusLine: (title: string, group: string) => `${title} (${group})`,
  deliveryPending: (when: string | null) => (when ? `Ingepland voor ${when}` : 'Wacht op verzending'),
  deliveryRetrying: (attempts: number) => `Wordt opnieuw geprobeerd (${attempts} ${attempts === 1 ? 'poging' : 'pogingen'})`,
  deliverySending: 'Wordt nu verstuurd',
  deliverySent: (place: string, when: string) => `Geplaatst in ${place} (${when})`,
  deliveryFailed: (reason: string) => `Niet geplaatst: ${reason}`,
  deliveryCancelled: 'Geannuleerd',
  reasonForbidden: 'de bot is uit het team verwijderd of geblokkeerd.',
  reasonNotFound: 'het kanaal bestaat niet meer.',
  reasonNotLinked: 'de themagroep heeft geen gekoppeld kanaal meer.',
  reasonOther: (detail: string) => `Teams weigerde het bericht (${detail}).`,

  // Notices to people and channels.
  changedTitle: (title: string) => `Gewijzigd: ${title}`,
  changedIntro: 'Er is iets veranderd aan een sessie waarvoor je bent aangemeld. Dit zijn de nieuwe gegevens.',
  offTitle: (title: string) => `Gaat niet door: ${title}`,
  offIntroWaiting: 'Je stond op de wachtlijst voor deze sessie, maar ze gaat niet door. Je hoeft niets te doen; kies gerust een andere sessie.',
  changedIntroChannel: 'Er is iets veranderd aan een sessie van jullie themagroep.',
  changedField: (field: string) => FIELD_NAMES[field] ?? field,
  changedValue: (oldValue: string | null, newValue: string | null) => `${newValue ?? 'onbekend'} (was ${oldValue ?? 'onbekend'})`,
  reminderTitle: (title: string, start: string) => `Om ${formatTime(start)} uur: ${title}`,
  reminderIntro: 'Een herinnering: je bent aangemeld voor deze sessie.',
} as const;
