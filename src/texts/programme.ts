/**
 * What organisers read when they work on a programme: the workbook's sheet and column names, its
 * instructions, the errors it gets, and the words of a preview and a publication.
 */
import type { AttachmentRefusal } from '../files/fetchAttachment';

/** Sheet names and column headers of the programme workbook (the format itself: changing one breaks old workbooks). */
export const workbookSheets = {
  event: 'Netwerkdag',
  days: 'Dagen',
  rounds: 'Rondes',
  sessions: 'Sessies',
  help: 'Uitleg',
} as const;

export const yes = 'ja';
export const no = 'nee';

export const workbookTexts = {
  eventHeaders: ['Veld', 'Waarde', 'Uitleg'],
  eventFields: {
    slug: ['Code', 'kleine letters, cijfers en streepjes; vast voor deze netwerkdag, bijv. 2027-02-03-breda'],
    title: ['Titel', 'bijv. Ambtelijke netwerkdag Breda'],
    kind: ['Soort', 'ambtelijk of bestuurlijk'],
    city: ['Stad', 'de gaststad'],
    source: ['Bron', 'waar dit programma vandaan komt (programmatekst of "werkboek")'],
    registrationOpen: ['Aanmelden volgens programma', 'ja, nee of onbekend: wat het programma zelf over aanmelden zegt'],
    registrationNote: ['Toelichting aanmelden', 'wat het programma erover zegt, of leeg'],
    settingOpen: ['Aanmelden via de bot', 'instelling: ja of nee; alleen als het programma niets zegt (onbekend)'],
    registrationFrom: ['Aanmelden vanaf', 'instelling: JJJJ-MM-DD UU:MM (Amsterdamse tijd), of leeg'],
    registrationUntil: ['Aanmelden tot', 'instelling: JJJJ-MM-DD UU:MM (Amsterdamse tijd), of leeg'],
    summary: ['Samenvatting', 'thema of inleiding van de dag'],
    notes: ['Notities', 'één per regel'],
  },
  dayHeaders: { date: 'Datum', venue: 'Locatie', address: 'Adres' },
  roundHeaders: {
    code: 'Code',
    name: 'Naam',
    day: 'Datum',
    start: 'Begin',
    end: 'Eind',
    number: 'Nummer',
    lunch: 'Lunch',
    order_known: 'Volgorde bekend',
    note: 'Notitie',
  },
  sessionHeaders: {
    code: 'Code',
    title: 'Titel',
    kind: 'Soort',
    round: 'Ronde',
    day: 'Datum',
    start: 'Begin',
    end: 'Eind',
    room: 'Zaal',
    location: 'Locatie',
    organisers: 'Organisatoren',
    people: 'Personen',
    signup: 'Aanmelden',
    capacity: 'Capaciteit',
    status: 'Status',
    description: 'Beschrijving',
    signup_source: 'Aanmelden volgens',
    registration_from: 'Aanmelden vanaf',
    registration_until: 'Aanmelden tot',
    notes: 'Notities',
    inferred_room: 'Afgeleid: zaal',
    inferred_organisers: 'Afgeleid: organisatoren',
    inferred_round: 'Afgeleid: ronde',
    links: 'Links',
  },
  signupSources: { programme: 'programma', setting: 'instelling' },
  registrationStated: { open: yes, closed: no, unknown: 'onbekend' },

  help: (kinds: readonly string[], roles: readonly string[], statuses: readonly string[], organisers: string[]): string[] => [
    'Dit werkboek is het programma van één netwerkdag. Stuur het ingevuld naar de bot in Teams (1-op-1-chat); je krijgt eerst een voorbeeld van wat er verandert, pas na Publiceren verandert er iets.',
    'Tabblad Netwerkdag: één veld per regel (kolom Waarde invullen).',
    'Tabblad Dagen: één rij per dag (Datum als JJJJ-MM-DD).',
    'Tabblad Rondes: een ronde is een tijdvak waarin je één sessie kiest. Code: kleine letters, cijfers en streepjes (bijv. ronde-1).',
    'Tabblad Sessies: één rij per sessie. Vervang de voorbeeldrij. Code is vast per sessie: aanmeldingen en agenda-uitnodigingen hangen eraan, dus verander hem niet voor een bestaande sessie.',
    'Begin en Eind: UU:MM. Leeg = de tijd van de ronde. Datum: leeg bij een netwerkdag van één dag.',
    `Soort: ${kinds.join(', ')}.`,
    `Status: ${statuses.join(', ')}.`,
    'Aanmelden: ja of nee (of je je voor deze sessie aanmeldt). Capaciteit: aantal plaatsen, leeg = geen grens. Een hogere capaciteit geeft wie op de wachtlijst staat, op volgorde, een plaats.',
    'Organisatoren: gescheiden door ; (code of naam).',
    `Personen: één per regel, als Naam (rol, functie) of Naam (rol). Rollen: ${roles.join(', ')}.`,
    'Notities: één per regel. Links: één per regel, als omschrijving | https://adres.',
    'Afgeleid: zaal / organisatoren / ronde: alleen invullen als het programma dat feit niet zelf noemt; de tekst staat dan bij de sessie.',
    ...(organisers.length > 0 ? [`Bekende organisatoren: ${organisers.join('; ')}.`] : []),
  ],

  // Errors: where, then what.
  at: (sheet: string, row: number | null, column: string | null) =>
    `${sheet}${row !== null ? `, rij ${row}` : ''}${column !== null ? `, ${column}` : ''}`,
  notAWorkbook: 'Dit is geen Excel-werkboek (.xlsx) dat ik kan lezen.',
  missingSheet: (sheet: string) => `het tabblad "${sheet}" ontbreekt`,
  missingColumn: (column: string) => `de kolom "${column}" ontbreekt`,
  unknownColumn: (column: string) => `de kolom "${column}" ken ik niet (tikfout?)`,
  unknownField: (field: string) => `het veld "${field}" ken ik niet (tikfout?)`,
  tooManyRows: (max: number) => `meer dan ${max} rijen; dat is geen programma van één netwerkdag`,
  notATime: (v: string) => `'${v}' is geen tijd (UU:MM, bijv. 09:30)`,
  notADate: (v: string) => `'${v}' is geen datum (JJJJ-MM-DD, bijv. 2027-02-03)`,
  notAMoment: (v: string) => `'${v}' is geen datum met tijd (JJJJ-MM-DD UU:MM, bijv. 2027-01-28 17:00)`,
  notANumber: (v: string) => `'${v}' is geen geheel getal`,
  notYesNo: (v: string) => `'${v}' is geen ja of nee`,
  notStated: (v: string) => `'${v}' is geen ja, nee of onbekend`,
  notASource: (v: string) => `'${v}' is geen programma of instelling`,
  notAPerson: (v: string) => `'${v}' heeft niet de vorm Naam (rol, functie)`,
  notALink: (v: string) => `'${v}' heeft niet de vorm omschrijving | https://adres`,
  unknownOrganiser: (v: string) => `'${v}' is geen bekende organisator`,
  duplicateCode: (code: string, firstRow: number) => `code ${code} staat ook in rij ${firstRow}`,
  moreErrors: (n: number) => `… en nog ${n} fout(en).`,
} as const;

/** A preview and the outcome of a publication, for the organiser (the Teams handler phrases its card with these). */
export const publishTexts = {
  previewTitle: (title: string) => `Voorbeeld: ${title}`,
  previewNew: (n: number) => `Nieuwe netwerkdag met ${n} ${n === 1 ? 'sessie' : 'sessies'}.`,
  previewUnchanged: 'Er verandert niets: dit is het programma zoals het nu gepubliceerd is.',
  added: 'Nieuw',
  changed: 'Gewijzigd',
  removed: 'Verdwijnt',
  change: (field: string, before: string, after: string) => `${field}: ${before === '' ? '(leeg)' : before} → ${after === '' ? '(leeg)' : after}`,
  affected: (confirmed: number, waiting: number) =>
    confirmed === 0 && waiting === 0 ? 'Niemand aangemeld.' : `${confirmed} aangemeld, ${waiting} op de wachtlijst; wie een plaats heeft, krijgt bericht van een wijziging in tijd, zaal, plek of status.`,
  publish: 'Publiceren',
  cancel: 'Annuleren',
  cancelled: 'Niet gepubliceerd; er is niets veranderd.',
  published: (title: string, notices: number, promoted: number) =>
    `${title} is gepubliceerd.${notices > 0 ? ` ${notices} ${notices === 1 ? 'bericht' : 'berichten'} over wijzigingen gaan de deur uit.` : ''}${promoted > 0 ? ` ${promoted} ${promoted === 1 ? 'persoon' : 'mensen'} van de wachtlijst ${promoted === 1 ? 'heeft' : 'hebben'} nu een plaats.` : ''}`,
  alreadyPublished: 'Dit programma was al gepubliceerd; er is niets opnieuw gedaan.',
  stale: 'Het programma is sinds dit voorbeeld gewijzigd, dus ik publiceer dit niet. Stuur het werkboek opnieuw voor een nieuw voorbeeld.',
  forbiddenNetwerkdag: 'Een nieuwe netwerkdag, of een wijziging van de netwerkdag zelf (titel, dagen, rondes, aanmelden, volgorde), kan alleen een beheerder publiceren.',
  forbiddenSessions: (sessions: { code: string; title: string }[]) =>
    `Je mag alleen sessies van je eigen themagroep wijzigen. Niet van jouw groep: ${sessions.map((s) => `"${s.title}" (${s.code})`).join(', ')}. Er is niets gepubliceerd.`,
  invalid: (message: string) => `Dit programma klopt niet: ${message}. Er is niets gepubliceerd.`,
  workbookErrors: 'Het werkboek heeft fouten; er is niets veranderd:',
} as const;

/** Why a file sent to the bot was not fetched (nothing was changed). */
export const attachmentTexts = {
  refused: (reason: AttachmentRefusal, maxBytes: number): string => {
    const tail = ' Er is niets veranderd.';
    switch (reason) {
      case 'badUrl':
      case 'notHttps':
      case 'hostNotAllowed':
      case 'tooManyRedirects':
        return `Dit bestand haal ik niet op: het komt niet van een plek die ik vertrouw (alleen bestanden uit Teams/SharePoint).${tail}`;
      case 'tooLarge':
        return `Dit bestand is te groot (meer dan ${Math.round(maxBytes / 1_000_000)} MB); een programma is veel kleiner.${tail}`;
      case 'timeout':
        return `Het ophalen van dit bestand duurde te lang. Probeer het zo nog eens.${tail}`;
      case 'httpError':
      case 'network':
        return `Ik kon dit bestand niet ophalen. Stuur het nog eens.${tail}`;
    }
  },
} as const;

/** The programme in and out of Teams: export links, the template, and who may ask. */
export const programmeFileTexts = {
  exportLink: (title: string, url: string, hours: number) =>
    `Het programma van ${title} als Excel-werkboek: [download](${url}) (de link werkt ${hours} uur). Pas het aan en stuur het mij terug in deze chat; je krijgt eerst een voorbeeld te zien.`,
  templateLink: (url: string) =>
    `Een leeg werkboek voor een nieuwe netwerkdag, met één voorbeeldrij en uitleg: [download](${url}). Vul het in en stuur het mij terug in deze chat; je krijgt eerst een voorbeeld te zien.`,
  exportForbidden: 'Het programma exporteren kan alleen een beheerder.',
  personalOnly: 'Dit doe ik alleen in je 1-op-1-chat met mij, niet waar anderen meelezen.',
  unknownEvent: (words: string) => `Ik ken geen netwerkdag "${words}".`,
  noEvents: 'Er staan nog geen netwerkdagen in het programma.',
  downloadDenied: 'Deze downloadlink klopt niet of is verlopen. Vraag in Teams een nieuwe op met "programma exporteren <stad>".',
  downloadUnknown: 'Deze netwerkdag bestaat niet (meer).',
} as const;

/** The preview in Teams and what Publiceren / Annuleren answer. */
export const publishCardTexts = {
  textRoute: (id: string) => `Of typ "publiceer ${id}" of "annuleer publicatie ${id}".`,
  more: (n: number) => `… en nog ${n}.`,
  unknown: 'Dit voorbeeld ken ik niet (meer). Stuur het werkboek opnieuw voor een nieuw voorbeeld.',
  alreadyCancelled: 'Dit voorbeeld is geannuleerd; er is niets gepubliceerd. Stuur het werkboek opnieuw als je het toch wilt publiceren.',
  personalOnly: 'Een programma stuur je mij in je 1-op-1-chat; hier doe ik niets met bestanden.',
  notAProgramme: 'Dit bestand lees ik niet als programma. Stuur een Excel-werkboek (.xlsx) of een seed-bestand (.yaml).',
  notOrganiser: 'Een programma publiceren kan alleen een beheerder, of een secretaris voor de sessies van de eigen themagroep.',
  usage: 'Typ "publiceer <code>" met de code uit het voorbeeld.',
  /** Kept as the netwerkdag's source: where this version of the programme came from. */
  source: (name: string) => `werkboek van ${name}`,
} as const;
