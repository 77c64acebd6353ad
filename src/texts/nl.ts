/**
 * What the bot says in general (welcome, help, refusals). Each domain keeps its
 * own sentences in a sibling file in this folder, so all Dutch lives here.
 */
export const general = {
  botName: 'G40 Netwerkdag-bot',
  welcomeTitle: 'Welkom bij de G40 Netwerkdag-bot',
  welcomeIntro:
    'Ik help je bij de netwerkdagen van het G40 Stedennetwerk: vraag me naar het programma, meld je aan voor sessies en zet ze in je agenda.',
  helpTitle: 'Wat kan ik voor je doen?',
  helpItems: [
    ['Vragen over het programma', 'Bijvoorbeeld: "Wat is er om 14.45?", "Waar is de sessie van ZJO?", "Wie spreekt er in Zoetermeer?"'],
    ['programma', 'Het overzicht van een netwerkdag per tijd, ronde en zaal.'],
    ['aanmelden', 'Je aanmelden voor sessies, per ronde één keuze.'],
    ['aanmelden voor <sessie>', 'Zonder knoppen (bijvoorbeeld op je telefoon): ook "afmelden voor …", "wachtlijst voor …" en "wissel naar …".'],
    ['mijn programma', 'Je eigen aanmeldingen, met afmelden (of typ gewoon "afmelden"). Ook: "waar moet ik nu zijn?", "wat is mijn volgende sessie?"'],
    ['agenda', 'Een link om je sessies in Outlook te zetten.'],
    ['aankondiging', 'Voor secretarissen van themagroepen: een bericht in het kanaal van je themagroep plaatsen.'],
    ['status aankondigingen', 'Voor secretarissen: hoe het met je geplaatste en ingeplande aankondigingen staat.'],
    ['aanmeldingen <stad>', 'Voor beheerders en secretarissen: per sessie hoeveel mensen aangemeld zijn en wachten.'],
    ['programma exporteren <stad>', 'Voor beheerders: het programma als Excel-werkboek; pas het aan en stuur het terug in deze chat om het te publiceren (eerst een voorbeeld, dan Publiceren).'],
    ['nieuwe netwerkdag', 'Voor beheerders: een leeg werkboek om de volgende netwerkdag in te vullen.'],
    ['koppel <themagroep>', 'In een kanaal (met @vermelding): dit kanaal aan een themagroep koppelen; ontkoppel en kanalen om te wijzigen of te bekijken.'],
    ['secretaris @naam <themagroep>', 'Voor beheerders: iemand secretaris van een themagroep maken (of: secretaris intrekken @naam <themagroep>).'],
  ] as [string, string][],
  helpButton: 'Hulp',
  emptyMessage: 'Ik kreeg een leeg bericht. Stel gerust een vraag over het programma, of typ "hulp".',
  tooLong: (max: number) => `Je bericht is te lang (meer dan ${max} tekens). Kun je je vraag korter stellen?`,
  notUnderstood: 'Dat begrijp ik niet. Typ "hulp" om te zien wat ik kan.',
  // Said after a failure somewhere in a turn: by then a sign-up may already be stored, so it claims nothing about that.
  somethingWentWrong:
    'Er ging bij mij iets mis. Probeer het zo nog eens; met "mijn programma" in je chat met mij zie je wat er van je is vastgelegd.',
  errorCardTitle: 'Dat lukte niet',
  somethingWentWrongAction:
    'Er ging bij mij iets mis, dus ik weet niet zeker of dit gelukt is. Probeer het zo nog eens; met "mijn programma" in je chat met mij zie je wat er van je is vastgelegd.',
  noIdentity: 'Ik kan niet zien wie je bent. Gebruik mij vanuit Microsoft Teams met je werkaccount.',
  unknownAction: 'Deze knop ken ik niet (meer). Vraag de kaart opnieuw op.',
  badCardData: 'De gegevens van deze kaart kloppen niet. Vraag de kaart opnieuw op.',
} as const;

/** Bodies of HTTP error answers (for whoever reads the raw response; Teams shows none of these). */
export const httpTexts = {
  badActivity: 'Geen geldige activity.',
  badRequest: 'Ongeldig verzoek.',
  tooLarge: 'Bericht te groot.',
  internal: 'Interne fout.',
  encodingRefused: 'Gecomprimeerde of anders gecodeerde berichten worden niet aangenomen; stuur de inhoud ongecodeerd.',
  unavailable: 'Tijdelijk niet beschikbaar; probeer het later opnieuw.',
  unauthorized: 'Niet geautoriseerd.',
} as const;
