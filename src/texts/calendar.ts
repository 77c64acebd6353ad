/**
 * Everything the calendar feature says in Dutch: inside the .ics files
 * (calendar name, description labels), on the HTTP error pages and in Teams.
 */
export const calendarTexts = {
  /** X-WR-CALNAME of a personal feed, as Outlook lists it under "Andere agenda's". */
  feedName: 'G40 Netwerkdag – mijn sessies',
  feedDescription: 'De sessies waarvoor je je via de G40 Netwerkdag-bot hebt aangemeld.',
  summary: (title: string, city: string) => `${title} (G40 ${city})`,
  cancelledSummary: (summary: string) => `Vervalt: ${summary}`,

  // Labels in the plain-text DESCRIPTION of an invite.
  eventLine: (title: string, date: string) => `${title}, ${date}`,
  roundLabel: 'Ronde',
  organisersLabel: 'Organisatie',
  peopleLabel: 'Met',
  endUnknown: 'De eindtijd staat niet in het programma.',
  cancelledNote: 'Deze sessie vervalt.',
  linksLabel: 'Links',

  // HTTP bodies (text/plain). The same sentence for every unknown id or token, so nothing leaks.
  notFound: 'Deze agenda-link bestaat niet (meer). Vraag de bot in Teams om een nieuwe link.',
  noTime: (title: string) =>
    `Voor "${title}" staat nog geen tijd in het programma, dus er is (nog) geen agenda-uitnodiging. Kijk later nog eens in de bot.`,
  serverError: 'Er ging iets mis bij het maken van de agenda. Probeer het later nog eens.',

  // Teams.
  addToCalendar: 'Toevoegen aan agenda',
  outlookWeb: 'Outlook op het web',
  noTimeLine: 'Nog geen tijd bekend in het programma, dus nog geen agenda-uitnodiging.',
  feedCreated: (url: string) =>
    [
      'Dit is je persoonlijke agenda-link. Al je aanmeldingen komen er vanzelf in, en wijzigingen in tijd of zaal ook:',
      '',
      url,
      '',
      'Zo zet je hem in Outlook:',
      '1. Outlook op het web of in Teams: ga naar Agenda > Agenda toevoegen > Abonneren vanaf internet.',
      '2. Plak de link, geef de agenda een naam (bijv. "G40 Netwerkdag") en kies Importeren.',
      'Outlook (klassiek, Windows): Agenda > Agenda toevoegen > Van internet... Op je telefoon verschijnt de agenda daarna vanzelf.',
      '',
      'Houd de link voor jezelf: wie hem heeft, ziet je sessies. Outlook ververst een abonnement een paar keer per dag.',
      'Ik bewaar de link zelf niet; kwijt of gedeeld? Typ "agenda vernieuwen" voor een nieuwe (de oude werkt dan niet meer).',
    ].join('\n'),
  feedExists: (createdOn: string) =>
    [
      `Je hebt al een persoonlijke agenda-link (gemaakt op ${createdOn}). Om je privacy te beschermen bewaar ik de link zelf niet; hij staat eerder in dit gesprek.`,
      'Kwijt of per ongeluk gedeeld? Typ "agenda vernieuwen": je krijgt een nieuwe link en de oude werkt dan niet meer.',
    ].join('\n'),
  feedRenewed: (url: string) =>
    [
      'Je hebt een nieuwe agenda-link. De oude werkt niet meer: verwijder dat abonnement in Outlook en abonneer je opnieuw met deze link:',
      '',
      url,
      '',
      'In Outlook: Agenda > Agenda toevoegen > Abonneren vanaf internet, link plakken, Importeren.',
    ].join('\n'),
  personalOnly: 'Je agenda-link is persoonlijk. Vraag hem in een 1-op-1-chat met mij, niet in een kanaal of groepsgesprek.',
} as const;
