/**
 * Conversation basics in Teams, through the HTTP path: greetings, thanks and
 * goodbye; English; typos in commands; "afmelden" alone; personal questions
 * only in the 1:1 chat; "en in Oss?" follow-ups that the conversation state carries.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answers } from '../../src/texts/answers';
import { signupTexts } from '../../src/texts/signups';
import { replyText, startHarness, TENANT, type Harness, type TestUser } from '../support/botHarness';
import { BEFORE, seedDirWith, testEvent } from '../support/signupFactory';

let n = 0;
const person = (): TestUser => {
  n++;
  return { id: `29:conv-${n}`, aadObjectId: `aad-conv-${n}`, name: `Persoon ${n}` };
};
const MENTION = { type: 'mention', text: '<at>G40 Netwerkdag</at>', mentioned: { id: '28:bot', name: 'G40 Netwerkdag' } };
const inGroup = { conversation: { id: '19:groep-conv@thread.v2', conversationType: 'groupChat', isGroup: true, tenantId: TENANT }, entities: [MENTION] };

describe('conversation basics', () => {
  let h: Harness;
  let seeds: string;
  const last = async (text: string, user: TestUser, extra: Record<string, unknown> = {}) => (await h.say(text, user, extra)).at(-1);
  beforeAll(async () => {
    seeds = seedDirWith([
      testEvent({ sessions: [{ code: 'r1-kade', title: 'Kademuren herstellen', round: 'ronde-1' }, { code: 'r2-zwaluw', title: 'Zwaluwen tellen', round: 'ronde-2' }] }),
    ]);
    h = await startHarness({ now: BEFORE, seedsDir: seeds });
  });
  afterAll(async () => {
    await h.close();
    rmSync(seeds, { recursive: true, force: true });
  });

  it('greetingThanksGoodbye_getAShortFriendlyReply_andNoCard', async () => {
    const user = person();
    await last('hallo', user); // the first message of a new person also brings the welcome card
    for (const [text, reply] of [['goedemorgen!', answers.social.greeting], ['bedankt!', answers.social.thanks], ['doei', answers.social.goodbye]] as const) {
      const r = await last(text, user);
      expect(r.text).toBe(reply);
      expect(r.attachments ?? []).toEqual([]);
    }
  });

  it('english_getsOneDutchLine_thenTheBestAnswer', async () => {
    const r = await last('where is Kademuren herstellen?', person());

    expect(r.text.split('\n\n')[0]).toBe(answers.english);
    expect(replyText(r)).toContain('Kademuren herstellen');
  });

  it('typoInACommand_isForgiven', async () => {
    const r = await last('progamma teststad', person());

    expect(replyText(r)).toContain('Programma: Netwerkdag Teststad');
  });

  it('aWordThatDiffersFromACommandInItsFirstLetters_isNoTypoOfIt', async () => {
    // "herzicht" is two letters from "overzicht" but starts otherwise: a question, not the overview.
    const r = await last('herzicht kademuren', person());

    expect(replyText(r)).not.toContain('Programma: Netwerkdag Teststad');
  });

  it('afmeldenAlone_inThe1on1Chat_showsOnesSignUpsWithAfmelden', async () => {
    const user = person();
    await h.say('meld me aan voor Kademuren herstellen', user);

    const r = await last('afmelden', user);

    expect(replyText(r)).toContain('Kademuren herstellen');
    expect(replyText(r)).toContain('[Afmelden]');
  });

  it('personalQuestions_answerFromOnesOwnSignUps_only1on1', async () => {
    const user = person();
    await h.say('meld me aan voor Zwaluwen tellen', user);

    const mine = replyText(await last('wat is mijn volgende sessie?', user));
    expect(mine).toContain('Zwaluwen tellen');

    const elsewhere = await last('<at>G40 Netwerkdag</at> waar moet ik nu zijn?', user, inGroup);
    expect(replyText(elsewhere)).toContain(signupTexts.myPersonalOnly);
    expect(replyText(elsewhere)).not.toContain('Zwaluwen tellen');
  });

  it('followUp_enInAnotherNetwerkdag_repeatsThePreviousQuestionThere', async () => {
    const user = person();
    await h.say('waar is de lunch in zoetermeer?', user);

    const r = replyText(await last('en in oss?', user));

    expect(r.split('\n')[0]).toContain('Ambtelijke netwerkdag Oss');
    expect(r).toContain('Lunch');
    // A second "en in …?" still repeats the original question.
    expect(replyText(await last('en in tilburg?', user)).split('\n')[0]).toContain('Tilburg');
  });

  it('followUp_daarna_isAfterWhatThePreviousAnswerWasAbout_rememberedByTheConversation', async () => {
    const user = person();
    await h.say('welke sessies zijn er in de eerste ronde in zoetermeer?', user);

    // Zoetermeer's first round ends at 13.00, when the lunch begins.
    expect(replyText(await last('en wat is er daarna?', user))).toContain('Lunch');
    expect(replyText(await last('en wat is er daarna?', person()))).not.toContain('Lunch');
  });

  it('followUp_daarvoor_isWhatEndsLastBeforeThePreviousAnswerBegan_rememberedByTheConversation', async () => {
    const user = person();
    await h.say('wie spreken er bij de afsluiting in zoetermeer?', user);

    // The closing begins at 15.15, when the second round ends.
    const before = replyText(await last('wat is er vlak daarvoor?', user));
    expect(before).toContain('Themagroep Veiligheid');
    expect(before).not.toContain('Plenaire en feestelijke afsluiting');
    expect(replyText(await last('wat is er vlak daarvoor?', person()))).not.toContain('Themagroep Veiligheid');
  });

  it('followUp_hij_isThePersonThePreviousAnswerWasAbout_rememberedByTheConversation', async () => {
    const user = person();
    await h.say('wie is Jos Wienen?', user);

    // In Zoetermeer he chairs the themagroep Veiligheid.
    expect(replyText(await last('en wat doet hij in zoetermeer?', user))).toContain('Themagroep Veiligheid');
    expect(replyText(await last('en wat doet hij in zoetermeer?', person()))).not.toContain('Themagroep Veiligheid');
  });

  it('whatIMissed_arrivingLate_saysWhatBeganBeforeThen', async () => {
    const reply = replyText(await last('ik kom in zoetermeer om half twaalf binnen, wat heb ik gemist?', person()));
    expect(reply).toContain('Vóór 11.30 uur begonnen 3 onderdelen:');
    expect(reply).toContain('Opening');
  });

  it('followUp_hijDaarna_isThatPersonsNextSessionOnThatNetwerkdag_afterAnAnswerAboutWhoWasInASession', async () => {
    const user = person();
    await h.say('wie hield de keynote in Tilburg?', user);

    // Ton Wilthagen's keynote on day 2 is followed (in the programme's order; it gives no times) by his session on the Participatiewet.
    const reply = replyText(await last('had hij daarna nog een sessie?', user));
    expect(reply).toContain('Toekomst arbeidsmarktregio en Participatiewet');
    expect(reply).not.toContain('Zoetermeer');
    expect(replyText(await last('had hij daarna nog een sessie?', person()))).not.toContain('Participatiewet');
  });

  it('followUp_deTweede_isThatSessionOfTheListTheConversationShowed_alsoAfterAQuestionAboutOneOfThem', async () => {
    const user = person();
    await h.say('welke sessies zijn er in zoetermeer over wonen?', user);
    const second = replyText(await last('en de tweede?', user));
    expect(second).toContain('Samenwerken aan het woongeluk van onze inwoners');
    await h.say('waar is die?', user);
    expect(replyText(await last('en de derde?', user))).toContain('Sociaal en fysiek verbinden in de brede wijkaanpak Meerzicht');
    expect(replyText(await last('en de tweede?', person()))).not.toContain('woongeluk');
  });

  it('followUp_hij_isStillThatPerson_afterAQuestionAboutTheSameSessionInBetween', async () => {
    const user = person();
    await h.say('wie hield de keynote in Tilburg?', user);
    await h.say('waar was die?', user);
    expect(replyText(await last('had hij daarna nog een sessie?', user))).toContain('Toekomst arbeidsmarktregio en Participatiewet');
  });
});
