/** The answers module in Teams, through the HTTP path: channel mentions, the programma command, conversation memory, card buttons. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

  it('channelMention_isAnsweredWithoutTheMention', async () => {
    const replies = await h.say('<at>G40 Netwerkdag</at> wie spreekt er bij de opening?', person(), {
      conversation: { id: '19:kanaal@thread.tacv2;messageid=42', conversationType: 'channel', tenantId: TENANT },
      channelData: { tenant: { id: TENANT }, team: { id: '19:team' }, channel: { id: '19:kanaal@thread.tacv2' } },
      entities: [{ type: 'mention', text: '<at>G40 Netwerkdag</at>', mentioned: { id: '28:bot', name: 'G40 Netwerkdag' } }],
    });

    expect(replies).toHaveLength(1);
    expect(replyText(replies[0])).toContain('Bij "Opening": Michel Bezuijen');
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

  it('sessionCardRoundButton_sendsAQuestionThatListsTheRound', async () => {
    const user = person();
    const card = (await h.say('inclusieve arbeidsmarkt', user)).at(-1).attachments[0].content;
    const button = card.actions.find((a: any) => a.title === 'Andere sessies in deze ronde');

    const reply = (await h.say(button.data.msteams.value, user)).at(-1);

    expect(reply.attachments[0].content.body.filter((b: any) => b.type === 'Container')).toHaveLength(6);
  });

  it('listEntry_tapSendsAQuestionThatOpensThatSession', async () => {
    const user = person();
    const list = (await h.say('welke stadssafaris zijn er in tilburg', user)).at(-1).attachments[0].content;
    const entry = list.body.find((b: any) => b.type === 'Container' && b.items[0].text.includes('Piushaven'));

    const reply = (await h.say(entry.selectAction.data.msteams.value, user)).at(-1);

    expect(reply.attachments[0].content.body[0].text).toBe('Stadssafari 8: Gebiedstransformatie Piushaven \\(met de fiets\\)');
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
