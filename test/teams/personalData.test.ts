/**
 * Personal data stays in the 1:1 chat: in a group chat or channel, where
 * everyone reads along, the bot shows nobody's own sign-ups, waiting-list
 * places or participant lists, and offers to send "mijn programma" privately.
 * Through HTTP, as Teams sends it.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listOutbox } from '../../src/outbox/outbox';
import { signupTexts } from '../../src/texts/signups';
import { ANNA, BOB, personalConversationId, replyText, startHarness, TENANT, type Harness, type TestUser } from '../support/botHarness';
import { BEFORE, seedDirWith, testEvent } from '../support/signupFactory';

const DAAN: TestUser = { id: '29:daan', aadObjectId: '00000000-0000-0000-0000-00000000d004', name: 'Daan Smit' };
const GROUP = { id: '19:groep-privacy@thread.v2', conversationType: 'groupChat', isGroup: true, tenantId: TENANT };
const MENTION = { type: 'mention', text: '<at>G40 Netwerkdag</at>', mentioned: { id: '28:bot', name: 'G40 Netwerkdag' } };
const inGroup = { conversation: GROUP, entities: [MENTION] };
const inChannel = {
  conversation: { id: '19:kanaal-privacy@thread.tacv2;messageid=1', conversationType: 'channel', isGroup: true, tenantId: TENANT },
  channelData: { tenant: { id: TENANT }, team: { id: '19:team-privacy' }, channel: { id: '19:kanaal-privacy@thread.tacv2' } },
  entities: [MENTION],
};

describe('personal data outside the 1:1 chat', () => {
  let h: Harness;
  let seeds: string;
  let eventId: number;
  const sid = (code: string) => h.bot.services.programme.getSessionByCode(eventId, code)!.id;
  const all = (replies: any[]) => replies.map((r) => `${replyText(r)}\n${JSON.stringify(r)}`).join('\n');

  beforeAll(async () => {
    seeds = seedDirWith([
      testEvent({
        sessions: [
          { code: 'r1-kade', title: 'Kademuren herstellen', round: 'ronde-1', capacity: 1 },
          { code: 'r2-zwaluw', title: 'Zwaluwen tellen', round: 'ronde-2', capacity: 10 },
        ],
      }),
    ]);
    h = await startHarness({ now: BEFORE, seedsDir: seeds, env: { ADMIN_AAD_OBJECT_IDS: DAAN.aadObjectId!, OUTBOX_POLL_MS: '50' } });
    eventId = h.bot.services.programme.getEventBySlug('test-teststad')!.id;
    // Anna talks to the bot in her 1:1 chat (so it can reach her there): confirmed in round 2, waiting in round 1.
    await h.say('meld me aan voor Kademuren herstellen', DAAN);
    await h.say('meld me aan voor Zwaluwen tellen', ANNA);
    await h.invoke('signup.wait', { sessionId: sid('r1-kade'), eventId }, ANNA);
  });
  afterAll(async () => {
    await h.close();
    rmSync(seeds, { recursive: true, force: true });
  });

  it.each([
    ['group chat', inGroup],
    ['channel', inChannel],
  ])('mijnProgramma_in%s_showsNoSignUps_butOffersToSendThemPrivately', async (_where, extra) => {
    const replies = await h.say('mijn programma', ANNA, extra);

    const text = all(replies);
    expect(text).toContain(signupTexts.myPersonalOnly);
    expect(text).toContain(`[${signupTexts.mySendPrivately}]`);
    expect(text).not.toContain('Zwaluwen tellen');
    expect(text).not.toContain('Kademuren herstellen');
    expect(text).not.toContain('Afmelden');
  });

  it('sendPrivatelyButton_putsThePressersOwnProgrammeInTheir1on1Chat', async () => {
    const personal = personalConversationId(ANNA);
    const before = h.connector.messages(personal).length;

    const res = await h.invoke('signup.sendMine', {}, ANNA, inGroup);

    expect(res.status).toBe(200);
    expect(res.body.value).toBe(signupTexts.mySentPrivately);
    await h.connector.waitFor(() => h.connector.messages(personal).length > before);
    const sent = replyText(h.connector.messages(personal).at(-1)!.body);
    expect(sent).toContain('Mijn programma');
    expect(sent).toContain('Zwaluwen tellen');
    expect(sent).toContain('Je staat op de wachtlijst (plaats 1)');
    expect(h.connector.messages(GROUP.id).some((m) => replyText(m.body).includes('Zwaluwen tellen'))).toBe(false);
  });

  it('sendPrivatelyButton_withoutA1on1Chat_saysToOpenOne_andQueuesNothing', async () => {
    const res = await h.invoke('signup.sendMine', {}, BOB, inGroup);

    expect(res.body.value).toBe(signupTexts.myNoPersonalChat);
    expect(listOutbox(h.bot.db, { kind: 'my_programme', targetKey: `user:${BOB.aadObjectId}` })).toEqual([]);
  });

  it('questionInAGroupChat_sessionCardShowsNobodysOwnState', async () => {
    const replies = await h.say('wat is Kademuren herstellen?', ANNA, inGroup);

    const text = all(replies);
    expect(text).toContain('Kademuren herstellen');
    expect(text).not.toContain('Je staat op de wachtlijst');
    expect(text).not.toContain('wachtlijst verlaten');
  });

  it('aanmeldenFormInAGroupChat_preselectsNothing', async () => {
    const replies = await h.say('aanmelden', ANNA, inGroup);

    const form = replies.at(-1).attachments[0].content;
    const choices = form.body.filter((b: any) => b.type === 'Input.ChoiceSet');
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.map((c: any) => c.value)).toEqual(choices.map(() => ''));
  });

  it('deelnemersInAChannel_isRefused_withoutNamesOrDownloadLink', async () => {
    const replies = await h.say('deelnemers Kademuren herstellen', DAAN, inChannel);

    const shown = replies.map(replyText).join('\n');
    expect(shown).toBe(signupTexts.participantsPersonalOnly);
    expect(all(replies)).not.toContain('.csv');
  });
});
