/**
 * When a turn goes wrong, or seems to: concurrent messages of one conversation
 * racing on the saved conversation state, a state save that fails after the
 * work is done, and a card action whose database write fails. Through HTTP, as
 * Teams would send them.
 */
import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log';
import { general } from '../../src/texts/nl';
import { ANNA, BOB, replyText, startHarness, TENANT, type Harness, type TestUser } from '../support/botHarness';
import { BEFORE, seedDirWith, testEvent } from '../support/signupFactory';

const GROUP = { id: '19:groep-aanmelden@thread.v2', conversationType: 'groupChat', isGroup: true, tenantId: TENANT };
const inGroup = {
  conversation: GROUP,
  entities: [{ type: 'mention', text: '<at>G40 Netwerkdag</at>', mentioned: { id: '28:bot', name: 'G40 Netwerkdag' } }],
};

let n = 0;
function person(): TestUser {
  n++;
  return { id: `29:turn-${n}`, aadObjectId: `00000000-0000-0000-0000-0000000e${String(n).padStart(4, '0')}`, name: `Persoon ${n}` };
}

describe('turn errors', () => {
  let h: Harness;
  let seeds: string;
  let eventId: number;
  const lines: Record<string, any>[] = [];
  const sid = (code: string) => h.bot.services.programme.getSessionByCode(eventId, code)!.id;
  const alarmed = (replies: any[]) => replies.filter((r) => r.text === general.somethingWentWrong);

  beforeAll(async () => {
    seeds = seedDirWith([
      testEvent({
        sessions: [
          { code: 'r1-netneutraal', title: 'Zwaluwen tellen', round: 'ronde-1', capacity: 20 },
          { code: 'r2-veilig', title: 'Kademuren herstellen', round: 'ronde-2', capacity: 20 },
          { code: 'excursie-haven', title: 'Vlotten bouwen', kind: 'excursie', capacity: 20 },
        ],
      }),
    ]);
    const log = createLogger('debug', {}, (line) => lines.push(JSON.parse(line)));
    h = await startHarness({ now: BEFORE, seedsDir: seeds, log });
    eventId = h.bot.services.programme.getEventBySlug('test-teststad')!.id;
  });
  afterEach(() => {
    h.connector.stalls = () => undefined;
    h.bot.db.exec('DROP TRIGGER IF EXISTS fail_state_save; DROP TRIGGER IF EXISTS fail_signups');
  });
  afterAll(async () => {
    await h.close();
    rmSync(seeds, { recursive: true, force: true });
  });

  /** Holds every reply to `conversationId` a while, so all turns have loaded the state before any saves it. */
  function holdReplies(conversationId: string, ms = 300): void {
    h.connector.stalls = (req) => (req.conversationId === conversationId && req.method === 'POST' ? ms : undefined);
  }

  function conversationState(conversationId: string): Record<string, unknown> {
    const row = h.bot.db.prepare('SELECT value FROM bot_state WHERE key = ?').get(`msteams/28:bot/conversations/${conversationId}`) as { value: string };
    return JSON.parse(row.value);
  }

  it('twoPeopleSigningUpAtOnceInAGroupChat_bothGetTheirSuccessReply_andBothAreSaved', async () => {
    const [ann, ben] = [person(), person()];
    // The conversation is about another netwerkdag, so each sign-up below changes the conversation state.
    await h.say('waar is de netwerkdag in oss?', ann, inGroup);
    holdReplies(GROUP.id);
    const before = lines.length;

    const [a, b] = await Promise.all([
      h.say('meld me aan voor Zwaluwen tellen', ann, inGroup),
      h.say('meld me aan voor Zwaluwen tellen', ben, inGroup),
    ]);

    // Both turns' replies go to the one group chat; each reply carries who it answers only through its content.
    const replies = [...new Set([...a, ...b])];
    expect(alarmed(replies)).toEqual([]);
    expect(replies.filter((r) => replyText(r).includes('Je bent aangemeld voor "Zwaluwen tellen".'))).toHaveLength(2);
    expect(h.bot.services.signups.confirmedSessionIds(ann.aadObjectId!)).toEqual([sid('r1-netneutraal')]);
    expect(h.bot.services.signups.confirmedSessionIds(ben.aadObjectId!)).toEqual([sid('r1-netneutraal')]);
    expect(conversationState(GROUP.id).lastEventId).toBe(eventId);
    expect(lines.slice(before).filter((l) => l.event === 'turn_failed' || l.event === 'state_save_failed')).toEqual([]);
  });

  it('onePersonSendingThreeMessagesQuickly_getsThreeSuccessReplies', async () => {
    const cas = person();
    await h.say('waar is de netwerkdag in oss?', cas);
    holdReplies(`a:personal-${cas.id}`);

    const replies = await Promise.all(
      ['Zwaluwen tellen', 'Kademuren herstellen', 'Vlotten bouwen'].map((title) => h.say(`meld me aan voor ${title}`, cas)),
    );

    expect(alarmed(replies.flat())).toEqual([]);
    const texts = h.connector.messages(`a:personal-${cas.id}`).map((r) => replyText(r.body));
    for (const title of ['Zwaluwen tellen', 'Kademuren herstellen', 'Vlotten bouwen']) {
      expect(texts.filter((t) => t.includes(`Je bent aangemeld voor "${title}".`))).toHaveLength(1);
    }
    expect(h.bot.services.signups.confirmedSessionIds(cas.aadObjectId!).sort()).toEqual(
      [sid('r1-netneutraal'), sid('r2-veilig'), sid('excursie-haven')].sort(),
    );
  });

  it('stateSaveFailing_afterASuccessfulSignUp_isLoggedNotReportedAsAFailure', async () => {
    const dirk = person();
    await h.say('waar is de netwerkdag in oss?', dirk);
    h.bot.db.exec(`CREATE TRIGGER fail_state_save BEFORE UPDATE ON bot_state BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END`);
    const before = lines.length;

    const replies = await h.say('meld me aan voor Kademuren herstellen', dirk);

    expect(alarmed(replies)).toEqual([]);
    expect(replyText(replies.at(-1))).toContain('Je bent aangemeld voor "Kademuren herstellen".');
    expect(h.bot.services.signups.confirmedSessionIds(dirk.aadObjectId!)).toEqual([sid('r2-veilig')]);
    const logged = lines.slice(before);
    expect(logged.map((l) => l.event)).toContain('state_save_failed');
    expect(logged.map((l) => l.event)).not.toContain('turn_failed');
  });

  it('cardActionWhoseDatabaseWriteFails_answersAnErrorCard_andLogsIt', async () => {
    h.bot.db.exec(`CREATE TRIGGER fail_signups BEFORE INSERT ON signups BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END`);
    const before = lines.length;

    const res = await h.invoke('signup.join', { sessionId: sid('r2-veilig'), eventId }, BOB);

    expect(res.status).toBe(200);
    expect(res.body.statusCode).toBe(200);
    expect(res.body.type).toBe('application/vnd.microsoft.card.adaptive');
    const text = replyText({ attachments: [{ content: res.body.value }] });
    expect(text).toContain(general.errorCardTitle);
    expect(text).toContain(general.somethingWentWrongAction);
    expect(h.bot.services.signups.confirmedSessionIds(BOB.aadObjectId!)).toEqual([]);
    expect(lines.slice(before).find((l) => l.event === 'turn_failed')).toMatchObject({ level: 'error', activityType: 'invoke' });
  });

  it('messageTurnThatFails_neverClaimsNothingChanged', async () => {
    h.bot.db.exec(`CREATE TRIGGER fail_signups BEFORE INSERT ON signups BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END`);

    const replies = await h.say('meld me aan voor Kademuren herstellen', ANNA);

    expect(alarmed(replies)).toHaveLength(1);
    expect(JSON.stringify(replies)).not.toContain('niet veranderd');
  });
});
