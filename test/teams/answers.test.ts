/** The answers module in Teams, through the HTTP path: channel mentions, the programma command, conversation memory, card buttons. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answers } from '../../src/texts/answers';
import { replyText, startHarness, TENANT, type Harness, type TestUser } from '../support/botHarness';

let n = 0;
const person = (): TestUser => {
  n++;
  return { id: `29:teams-${n}`, aadObjectId: `aad-teams-${n}`, name: 'Test' };
};

describe('answers module', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ now: '2026-02-04T09:30:00+01:00' });
  });
  afterAll(async () => {
    await h.close();
  });

  it('whereANetwerkdagWas_withoutAVenueInItsProgramme_namesItsCity', async () => {
    const text = replyText((await h.say('in welke stad was de netwerkdag van april 2023?', person())).at(-1));

    expect(text).toContain('donderdag 13 april 2023: in Zaanstad; het programma noemt geen locatie');
  });

  it('channelMention_isAnsweredWithoutTheMention', async () => {
    const replies = await h.say('<at>G40 Netwerkdag</at> wie spreekt er bij de opening?', person(), {
      conversation: { id: '19:kanaal@thread.tacv2;messageid=42', conversationType: 'channel', tenantId: TENANT },
      channelData: { tenant: { id: TENANT }, team: { id: '19:team' }, channel: { id: '19:kanaal@thread.tacv2' } },
      entities: [{ type: 'mention', text: '<at>G40 Netwerkdag</at>', mentioned: { id: '28:bot', name: 'G40 Netwerkdag' } }],
    });

    expect(replies).toHaveLength(1);
    expect(replyText(replies[0])).toContain('Bij "Opening": Michel Bezuijen');
  });

  it('whoIsBehindASessionWithoutNames_isItsOrganisersAndWhatItsNotesSay', async () => {
    const text = replyText((await h.say('wie verzorgde de sessie woningdelen en woningsplitsen in oss?', person())).at(-1));

    expect(text).toContain('Het programma noemt geen sprekers of andere namen bij "Woningdelen en woningsplitsen".');
    expect(text).toContain('"Woningdelen en woningsplitsen" is georganiseerd door Themagroep Woningmarkt.');
    expect(text).toContain('verzorgd door Platform31');
  });

  it('whichRoundAndWhoOrganises_areSaidInTheReply', async () => {
    expect(replyText((await h.say('in welke ronde is de sessie over de wmo?', person())).at(-1))).toContain('is in de tweede ronde deelsessies, 14.15–15.15 uur');
    expect(replyText((await h.say('welke themagroep organiseerde netneutraal bouwen in oss?', person())).at(-1))).toContain(
      '"Netneutraal bouwen" is georganiseerd door Themagroep Duurzaamheid.',
    );
  });

  it('whatAnAbbreviationStandsFor_isSaidInWords_withoutASessionCard_whileWhatItDoesHasOne', async () => {
    const meaning = (await h.say('waar staat ZJO voor?', person())).at(-1);
    expect(replyText(meaning)).toContain('ZJO staat voor Themagroep Zorg, Jeugd en Onderwijs');
    expect(meaning?.attachments ?? []).toHaveLength(0);
    const pillar = (await h.say('welke themagroepen vallen onder de pijler Economie en Werk?', person())).at(-1);
    expect(replyText(pillar)).toContain('Onder Pijler Economie en Werk vallen: Themagroep MKB en Economische Vernieuwing,');
    const does = (await h.say('wat doet ZJO vandaag?', person())).at(-1);
    expect(does?.attachments ?? []).toHaveLength(1);
  });

  it('theNextNetwerkdag_fromWhatTodaysProgrammeSays_namesThatNetwerkdagFirst', async () => {
    const reply = (await h.say('waar is de volgende bestuurlijke netwerkdag?', person())).at(-1);
    const lines = replyText(reply).split('\n').filter((l) => l.trim() !== '');
    expect(lines[0]).toContain('Bestuurlijke netwerkdag Zoetermeer');
    expect(lines[1]).toBe(answers.nextEventUnknown);
    expect(replyText(reply)).toContain('Leeuwarden');
  });

  it('whenADayBegins_whoseProgrammeProperHasNoTime_saysTheFirstTime_withTheCardOfTheWalkIn', async () => {
    const reply = (await h.say('hoe vroeg moest je er zijn op dag 2 in tilburg', person())).at(-1);
    expect(replyText(reply)).toContain('het programma begint om 9.15 uur');
    expect(replyText(reply)).not.toContain('naam onleesbaar');
    expect(JSON.stringify(reply.attachments[0].content)).toContain('Inloop met koffie en thee');
  });

  it('whoHasARoleOnTheDay_isSaid_withTheCardOfTheSessionTheyAreIn', async () => {
    const reply = (await h.say('wie is de dagvoorzitter in tilburg', person())).at(-1);
    expect(replyText(reply)).toContain('Halima Ozen (dagvoorzitter');
    expect(JSON.stringify(reply.attachments[0].content)).toContain('Openingsdebat: Stad van iedereen');
  });

  it('whenTheDayStarts_withAWalkInFirst_saysBothTimes_withTheCardOfTheFirstPart', async () => {
    const reply = (await h.say('hoe laat begint het vandaag?', person())).at(-1);
    expect(replyText(reply)).toContain('inloop vanaf 9.45 uur; om 10.00 uur begint het programma met "Opening".');
    expect(JSON.stringify(reply.attachments[0].content)).toContain('"Opening"');
  });

  it('nothingNow_andOneSessionNext_saysSo_withThatSessionsOwnCard', async () => {
    const reply = (await h.say('wat is er nu?', person())).at(-1);
    expect(replyText(reply)).toContain('Nu (9.30 uur) is er niets bezig. Hierna, om 9.45 uur:');
    const card = JSON.stringify(reply.attachments[0].content);
    expect([card.includes('Inloop met koffie en thee'), card.includes('"Wanneer"')]).toEqual([true, true]);
  });

  it('askedOfEveryNetwerkdag_eachOneWithItsSessions_andTheNewestInTheCard', async () => {
    const reply = (await h.say('Bij welke netwerkdagen was Platform31 betrokken?', person())).at(-1);
    const text = replyText(reply);
    expect(text).toContain('Op 5 netwerkdagen vond ik iets dat bij je vraag past:');
    expect(text).toContain('Ambtelijke netwerkdag Oss, donderdag 13 maart 2025: "Woningdelen en woningsplitsen"');
    expect(text.indexOf('Zoetermeer, woensdag')).toBeLessThan(text.indexOf('Haarlem, vrijdag'));
    // The card is what fits on the netwerkdag of the conversation (today's).
    expect(reply?.attachments ?? []).toHaveLength(1);
    expect(JSON.stringify(reply.attachments[0].content)).toContain('wijkaanpak Meerzicht');
  });

  it('theG40sThemagroepenAndPijlers_areListedByPijler_withoutANetwerkdag', async () => {
    for (const t of ['welke themagroepen zijn er allemaal?', 'lijst themagroepen', 'som de themagroepen van de G40 eens op']) {
      const text = replyText((await h.say(t, person())).at(-1));
      expect([t, text.split('\n')[0]]).toEqual([t, "De programma's noemen 15 themagroepen:"]);
      expect(text).toContain('- Fysieke pijler: Themagroep Duurzaamheid,');
      expect(text).toContain('Themagroep Europa');
    }
    const pillars = replyText((await h.say('ik snap die pijlers niet, welke zijn er', person())).at(-1));
    expect(pillars).toContain('De G40 heeft 3 pijlers: Fysieke pijler, Pijler Economie en Werk en Sociale pijler.');
    expect(pillars).toContain('Onder Sociale pijler vallen: Themagroep Wonen, Welzijn en Zorg (WWZ) en Themagroep Zorg, Jeugd en Onderwijs (ZJO).');
    // Asked of a netwerkdag or a day: their sessions there, as before.
    expect(replyText((await h.say('welke themagroepen waren er in haarlem', person())).at(-1))).toContain('Themagroep Woningmarkt');
    expect(replyText((await h.say('welke themagroepen zijn er vandaag', person())).at(-1))).not.toContain('De programma');
  });

  it('whereAWalkWithoutAPlaceEnds_isWhatTheProgrammeNotesSay', async () => {
    const text = replyText((await h.say('Waar eindigde de stadswandeling Monet?', person())).at(-1));
    expect(text).toContain('Het programma geeft voor "Stadswandeling Monet" geen zaal of adres. Wat het erover zegt:');
    expect(text).toContain('Eindigt in het MonetAtelier');
  });

  it('aFunctionInThePlural_showsTheSessionsOfEveryHolder', async () => {
    const text = replyText((await h.say('welke burgemeesters staan er vandaag op het programma?', person())).at(-1));
    // Not only the first mayor's session: the card lists each one's.
    for (const title of ['Opening', 'Lobbyagenda Zorg en Veiligheid', 'Themagroep Veiligheid']) expect(text.split(/\n/).filter((l) => l.trim() === title)).not.toEqual([]);
  });

  it('aClockWindow_saysTheWindowAndListsWhatRunsInIt', async () => {
    const text = replyText((await h.say('wat was er in tilburg tussen 13.20 en 16.00?', person())).at(-1));
    expect(text).toContain('Tussen 13.20 en 16.00 uur zijn er 4 onderdelen:');
    expect(text).toContain('Bijeenkomst Sociale pijler');
  });

  it('aThemagroepWithNothingToday_isSaidToHaveNoSession', async () => {
    const text = replyText((await h.say('Heeft de themagroep Europa vandaag een sessie?', person())).at(-1));
    expect(text).toContain(answers.organiserAbsent(['Themagroep Europa']));
    expect(text).not.toContain('Themagroep Veiligheid');
  });

  it('aFactPastTheCardsExcerpt_isQuotedFromTheDescription', async () => {
    // The example city is in the last sentence of a long description, past what the card shows of it.
    const text = replyText((await h.say('welke stad is het voorbeeld bij de woongeluk-sessie voor aandachtsgroepen?', person())).at(-1));
    expect(text).toContain('Het programma zegt daarover: "Daarna staan we stil bij de gebiedsgerichte aanpak voor aandachtsgroepen in Zwolle');
    // A sentence the card already shows is not said twice.
    const shown = replyText((await h.say('gaat de sessie over woongeluk over de sociale component?', person())).at(-1));
    expect(shown).not.toContain('Het programma zegt daarover');
  });

  it('whomANetwerkdagIsFor_isSaidFromItsProgramme', async () => {
    expect(replyText((await h.say('voor wie was de netwerkdag in Zaanstad bedoeld?', person())).at(-1))).toContain('pijlervertegenwoordigers');
    expect(replyText((await h.say('doelgroep van vandaag?', person())).at(-1))).toContain(answers.eventAudienceUnknown);
  });

  it('howToCancelForOneSession_saysHowToCancel_notHowToSignUp', async () => {
    const reply = replyText((await h.say('hoe werkt afmelden voor de stadswandeling?', person())).at(-1));
    expect(reply).toContain('Afmelden voor "Stadswandeling door Zoetermeer');
    expect(reply).not.toContain('Je kunt je aanmelden');
  });

  it('programmaCommand_withCityAndDay_showsThatDay', async () => {
    const reply = replyText((await h.say('programma tilburg dag 2', person())).at(-1));

    expect(reply).toContain('Programma: Bestuurlijke netwerkdagen Tilburg');
    expect(reply).toContain('Dag 2: vrijdag 26 september 2025');
    expect(reply).not.toContain('Dag 1:');
  });

  it('answerAboutOneEvent_isRememberedForTheConversation', async () => {
    const user = person();
    await h.say('waar is de netwerkdag in oss?', user);

    const follow = replyText((await h.say('welke wandelingen zijn er?', user)).at(-1));

    expect(follow).toContain('Ambtelijke netwerkdag Oss');
    expect(follow).toContain('waar we het over hadden');
  });

  it('sessionCardRoundButton_isATypedSubmitThatListsTheRound_likeItsTextRoute', async () => {
    const user = person();
    const card = (await h.say('inclusieve arbeidsmarkt', user)).at(-1).attachments[0].content;
    const button = card.actions.find((a: any) => a.title === 'Andere sessies in deze ronde');

    // Action.Submit with typed data, not imBack (which does nothing in the emulator) nor Action.Execute (nothing on mobile).
    expect(button.type).toBe('Action.Submit');
    expect(button.data).toMatchObject({ verb: 'nav.round', round: expect.any(Number), eventId: expect.any(Number), day: 1 });
    const reply = (await h.submit(button.data, user)).at(-1);
    const event = h.bot.services.programme.getEvent(button.data.eventId)!;
    const multi = event.days.length > 1 ? ` dag ${button.data.day}` : '';
    const typed = (await h.say(`welke sessies zijn er in ronde ${button.data.round} in ${event.city}${multi}`, person())).at(-1);

    expect(reply.attachments[0].content.body.filter((b: any) => b.type === 'Container')).toHaveLength(6);
    expect(reply.attachments[0].content).toEqual(typed.attachments[0].content);
  });

  it('sessionCardProgrammeButton_isATypedSubmitThatShowsTheDay', async () => {
    const user = person();
    const card = (await h.say('inclusieve arbeidsmarkt', user)).at(-1).attachments[0].content;
    const button = card.actions.find((a: any) => a.title === 'Programma van de dag');

    expect(button).toMatchObject({ type: 'Action.Submit', data: { verb: 'nav.programme', day: 1 } });
    const reply = (await h.submit(button.data, user)).at(-1);

    expect(reply.attachments[0].content.body[0].text).toContain('Programma');
  });

  it('listEntry_tapIsATypedSubmitThatOpensThatSession', async () => {
    const user = person();
    const list = (await h.say('welke stadssafaris zijn er in tilburg', user)).at(-1).attachments[0].content;
    const entry = list.body.find((b: any) => b.type === 'Container' && b.items[0].text.includes('Piushaven'));

    expect(entry.selectAction).toEqual({ type: 'Action.Submit', data: { verb: 'nav.session', sessionId: expect.any(Number) } });
    const reply = (await h.submit(entry.selectAction.data, user)).at(-1);

    expect(reply.attachments[0].content.body[0].text).toBe('Stadssafari 8: Gebiedstransformatie Piushaven \\(met de fiets\\)');
    // And the conversation is now about that session: "waar is die?" follows it.
    expect(replyText((await h.say('waar is die?', user)).at(-1))).toContain('Piushaven');
  });

  it('helpButton_onTheWelcomeCard_isATypedSubmitThatShowsHelp', async () => {
    const user = person();
    const welcome = (await h.say('hallo', user))[0].attachments[0].content;
    const button = welcome.actions.find((a: any) => a.title === 'Hulp');

    expect(button).toEqual({ type: 'Action.Submit', title: 'Hulp', data: { verb: 'nav.help' } });
    const reply = (await h.submit(button.data, user)).at(-1);

    expect(reply.attachments[0].content.body[0].text).toBe('Wat kan ik voor je doen?');
  });

  it('submitWithUnknownOrBadData_isACalmSentence', async () => {
    const user = person();
    expect(replyText((await h.submit({ verb: 'nav.session', sessionId: 'x' }, user)).at(-1))).toContain('kloppen niet');
    expect(replyText((await h.submit({ verb: 'nope' }, user)).at(-1))).toContain('ken ik niet');
    expect(replyText((await h.submit({ verb: 'nav.round', eventId: 999999, round: 1, day: 1 }, user)).at(-1))).toContain('kloppen niet');
  });
});

describe('answers module in the break before the first round', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ now: '2026-02-04T11:50:00+01:00' });
  });
  afterAll(async () => {
    await h.close();
  });

  it('now_inTheBreak_namesTheBreak', async () => {
    const reply = replyText((await h.say('wat is er nu?', person())).at(-1));

    expect(reply).toContain('Nu (11.50 uur) bezig: Pauze (tot 12.00 uur).');
  });

  it('soon_inTheBreak_saysTheBreakThenTheFirstRound', async () => {
    const reply = replyText((await h.say('wat is er straks?', person())).at(-1));

    expect(reply).toContain('Nu (11.50 uur): Pauze (tot 12.00 uur). Hierna, om 12.00 uur, begint de eerste ronde deelsessies:');
    expect(reply).toContain('Lobbyagenda Zorg en Veiligheid');
  });

  it('signup_sessionOfADayGone_saysThatDayIsOver', async () => {
    const reply = replyText((await h.say('kan ik me nog aanmelden voor netneutraal bouwen in oss?', person())).at(-1));

    expect(reply).toContain('Aanmelden voor "Netneutraal bouwen" kan niet meer: die dag is voorbij.');
  });

  it('signup_programmeSaysNothingAboutRegistration_saysTheBotSettingAllowsIt', async () => {
    // Zoetermeer's programme text says nothing about registering; the seed's settings block opens it for the demo.
    const reply = replyText((await h.say('kan ik me aanmelden voor de binnensteden en stadslogistiek sessie?', person())).at(-1));

    expect(reply).toContain('Je kunt je aanmelden voor "Binnensteden en Stadslogistiek"');
    expect(reply).toContain('Het programma zelf zegt niets over aanmelden; dat je je hier kunt aanmelden, is een instelling van deze bot.');
  });

  it('where_roomFromColumnOrder_saysItIsDerived', async () => {
    const reply = replyText((await h.say('waar is de themagroep financien op 10-2-2023?', person())).at(-1));

    expect(reply).toContain('"Themagroep Financiën" is in Zaal 4 (Stadhuis van Haarlem).');
    expect(reply).toContain('Let op: zaal afgeleid uit de kolomvolgorde van het programma');
  });

  it('where_sessionWithItsOwnLocation_doesNotAddTheDaysVenue', async () => {
    const reply = replyText((await h.say('waar is het diner in tilburg?', person())).at(-1));

    expect(reply).toContain('is in Textiel-Lab, TextielMuseum.');
    expect(reply).not.toContain('LocHal');
  });
});
