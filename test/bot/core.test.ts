/**
 * The bot core without any chat SDK: plain requests in, reply values out. Also
 * proves that every card action has a text command that does the same (Teams
 * mobile does not run Action.Execute reliably).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBotCore, FEATURES, findCommand, type BotCore, type CoreDeps } from '../../src/bot';
import type { CardModel, Reply, Request, Who } from '../../src/bot/types';
import { fixedClock } from '../../src/clock';
import { loadConfig } from '../../src/config';
import type { Db } from '../../src/db/database';
import { silentLogger } from '../../src/log';
import { listOutbox } from '../../src/outbox/outbox';
import { createServices } from '../../src/services';
import { BEFORE, dbWith, testEvent } from '../support/signupFactory';

const ADMIN: Who = { userId: 'admin-1', name: 'Ada Admin', aadObjectId: 'admin-1', tenantId: 't' };
const ANNA: Who = { userId: 'anna-1', name: 'Anna de Vries', aadObjectId: 'anna-1', tenantId: 't' };
const BOB: Who = { userId: 'bob-1', name: 'Bob Jansen', aadObjectId: 'bob-1', tenantId: 't' };

function event() {
  const seed = testEvent({
    sessions: [
      { code: 'r1-vol', title: 'Netneutraal bouwen', round: 'ronde-1', capacity: 1, organisers: ['tg-duurzaamheid'] },
      { code: 'r1-ruim', title: 'Armoede aanpakken', round: 'ronde-1', capacity: null },
      { code: 'r2-wonen', title: 'Wonen en zorg', round: 'ronde-2', capacity: null },
    ],
  });
  // Rounds carry their programme number, as in the real seeds: "ronde 1" finds them.
  return { ...seed, rounds: seed.rounds.map((r, i) => ({ ...r, number: i + 1 })) };
}

describe('bot core (no botbuilder)', () => {
  let db: Db;
  let core: BotCore;
  let memory: Request['memory'];

  beforeEach(() => {
    db = dbWith([event()]);
    const config = loadConfig({ DATABASE_PATH: ':memory:', PUBLIC_BASE_URL: 'https://g40.example.nl', ADMIN_AAD_OBJECT_IDS: ADMIN.userId, OUTBOX_CONFIRM_WAIT_MS: '0', LOG_LEVEL: 'silent' });
    const clock = fixedClock(BEFORE);
    const services = createServices(db, config, clock, silentLogger);
    const deps: CoreDeps = { config, clock, log: silentLogger, services, localMode: true, cardBytes: (c) => JSON.stringify(c).length };
    core = createBotCore(deps, FEATURES);
    memory = {};
  });
  afterEach(() => db.close());

  function request(who: Who | null, input: Request['input'], kind: Request['where']['kind'] = 'personal'): Request {
    return {
      who,
      where: {
        kind,
        conversationId: kind === 'channel' ? '19:chan' : `chat-${who?.userId}`,
        reference: JSON.stringify({ conversation: { id: kind === 'channel' ? '19:chan' : `chat-${who?.userId}` } }),
        channelPlace: async () => (kind === 'channel' ? { channelId: '19:chan', channelName: 'Algemeen', teamId: 'team-1', teamName: 'G40' } : null),
      },
      input,
      now: fixedClock(BEFORE)(),
      memory,
      user: { welcomed: true },
      mentioned: async () => null,
    };
  }
  const say = async (who: Who | null, text: string, kind: Request['where']['kind'] = 'personal') =>
    core.handleText(request(who, { kind: 'text', text }, kind), text.length);
  const press = (who: Who | null, verb: string, data: unknown) => core.handleAction(request(who, { kind: 'action', verb, data }));
  const cardOf = (r: Reply | undefined): CardModel => {
    if (r?.kind !== 'card') throw new Error(`expected a card, got ${JSON.stringify(r)}`);
    return r.card;
  };
  const sessionId = (title: string) => db.prepare('SELECT id FROM sessions WHERE title = ?').pluck().get(title) as number;
  const eventId = () => db.prepare('SELECT id FROM events').pluck().get() as number;

  it('question_answeredAsTextAndASessionCardModel_andRemembered', async () => {
    const [reply] = await say(ANNA, 'waar is Netneutraal bouwen?');

    const card = cardOf(reply);
    expect(card.card).toBe('session');
    expect(card.card === 'session' && card.session.details.title).toBe('Netneutraal bouwen');
    // In her 1:1 chat the card shows her own state: open, one seat.
    expect(card.card === 'session' && [card.session.signup.availability, card.session.signup.seatsLeft]).toEqual(['open', 1]);
    expect(memory.lastSessionId).toBe(sessionId('Netneutraal bouwen'));
  });

  it('signUpButton_returnsTheUpdatedCardForThePresser', async () => {
    const reply = await press(ANNA, 'signup.join', { sessionId: sessionId('Netneutraal bouwen'), eventId: eventId() });

    expect(reply.kind === 'card' && reply.refreshFor).toEqual({ sessionId: sessionId('Netneutraal bouwen'), eventId: eventId() });
    const card = cardOf(reply);
    expect(card.card === 'session' && [card.notice, card.session.signup.mine]).toEqual(['Je bent aangemeld voor "Netneutraal bouwen".', { status: 'confirmed' }]);
  });

  it('badOrUnknownCardData_isACalmSentence_andChangesNothing', async () => {
    expect(await press(ANNA, 'signup.join', { sessionId: 'x' })).toEqual({ kind: 'text', text: expect.stringContaining('kloppen niet') });
    expect(await press(ANNA, 'nope', {})).toEqual({ kind: 'text', text: expect.stringContaining('ken ik niet') });
    expect(db.prepare('SELECT COUNT(*) FROM signups').pluck().get()).toBe(0);
  });

  it('everyCardAction_hasATextCommandThatExists', () => {
    const commands = FEATURES.flatMap((f) => f.commands ?? []);
    // These buttons' text route is a question (or the session's title), answered like any question: see the next test.
    const asQuestion = new Set(['nav.session', 'nav.round', 'signup.refresh']);
    const fill = (t: string) =>
      t.replace(/\s*\(.*\)$/, '').replace('<sessie>', 'Netneutraal bouwen').replace('<nummer>', '7').replace('<groep>', 'Duurzaamheid').replace('<plaats>', 'Teststad').replace('<code>', 'k3x9q2m7ab');
    expect([...core.actions.keys()].sort()).toEqual(
      ['announcement.cancel', 'announcement.post', 'announcement.preview', 'nav.help', 'nav.programme', 'nav.round', 'nav.session', 'programme.cancel', 'programme.publish', 'signup.cancel', 'signup.join', 'signup.refresh', 'signup.sendMine', 'signup.submit', 'signup.switch', 'signup.wait'],
    );
    for (const action of core.actions.values()) {
      expect(action.textEquivalent, action.verb).not.toBe('');
      if (asQuestion.has(action.verb)) continue;
      const typed = fill(action.textEquivalent);
      // The text equivalent with its placeholders filled in must reach a command, not the question answerer.
      expect(findCommand(commands, typed.includes(':') ? `${typed}\nbericht` : typed), `${action.verb}: ${typed}`).not.toBeNull();
    }
  });

  it('navigationButtons_answerLikeTheirTextRoute', async () => {
    const rowPressed = cardOf(await press(ANNA, 'nav.session', { sessionId: sessionId('Wonen en zorg') }));
    const [asked] = await say(BOB, 'Wonen en zorg');
    expect(rowPressed.card === 'session' && rowPressed.session.details.title).toBe('Wonen en zorg');
    expect(cardOf(asked).card === 'session').toBe(true);

    const roundPressed = await press(ANNA, 'nav.round', { eventId: eventId(), round: 1, day: 1 });
    const [roundAsked] = await say(BOB, 'welke sessies zijn er in ronde 1 in Teststad');
    expect(roundPressed).toEqual(roundAsked);
    expect(cardOf(roundPressed)).toMatchObject({ card: 'sessionList' });

    const dayPressed = await press(ANNA, 'nav.programme', { eventId: eventId(), day: 1 });
    const [dayAsked] = await say(BOB, 'programma Teststad');
    expect(dayPressed).toEqual(dayAsked);
    expect(cardOf(await press(ANNA, 'nav.help', {}))).toEqual({ card: 'help' });
  });

  it('text_aanmeldenVoor_isTheJoinButton', async () => {
    const [reply] = await say(ANNA, 'aanmelden voor netneutraal bouwen');
    const card = cardOf(reply);
    expect(card.card === 'session' && card.session.signup.mine).toEqual({ status: 'confirmed' });
  });

  it('text_wachtlijstVoor_isTheWaitButton', async () => {
    await say(ANNA, 'aanmelden voor netneutraal bouwen');

    const [full] = await say(BOB, 'aanmelden voor netneutraal bouwen');
    const [waiting] = await say(BOB, 'wachtlijst voor netneutraal bouwen');

    expect(full?.kind === 'card' && full.card.card === 'session' && full.card.notice).toContain('vol');
    const card = cardOf(waiting);
    expect(card.card === 'session' && card.session.signup.mine).toEqual({ status: 'waiting', position: 1 });
  });

  it('text_wisselNaar_isTheSwitchButton', async () => {
    await say(ANNA, 'aanmelden voor armoede aanpakken');

    const [refused] = await say(ANNA, 'aanmelden voor netneutraal bouwen');
    const [switched] = await say(ANNA, 'wissel naar netneutraal bouwen');

    expect(refused?.kind === 'card' && refused.card.card === 'session' && refused.card.session.signup.mine).toBeNull();
    const card = cardOf(switched);
    expect(card.card === 'session' && [card.session.details.title, card.session.signup.mine]).toEqual(['Netneutraal bouwen', { status: 'confirmed' }]);
  });

  it('text_afmeldenVoor_isTheCancelButton', async () => {
    await say(ANNA, 'aanmelden voor netneutraal bouwen');
    const [reply] = await say(ANNA, 'afmelden voor netneutraal bouwen');
    const card = cardOf(reply);
    expect(card.card === 'session' && [card.notice, card.session.signup.mine]).toEqual(['Je bent afgemeld voor "Netneutraal bouwen".', null]);
  });

  it('text_announcement_composePreviewPostAndCancel_likeTheButtons', async () => {
    const [linked] = await say(ADMIN, 'koppel Duurzaamheid', 'channel');
    expect(linked).toMatchObject({ kind: 'text', text: expect.stringContaining('gekoppeld') });

    const [preview] = await say(ADMIN, 'aankondiging voor Duurzaamheid: Middagprogramma\nOm 13.00 uur verder in zaal 2.');
    const card = cardOf(preview);
    expect(card.card).toBe('preview');
    const id = card.card === 'preview' ? card.announcement.id : 0;

    const [posted] = await say(ADMIN, `plaats aankondiging ${id}`);
    expect(cardOf(posted)).toMatchObject({ card: 'outcome', title: 'Middagprogramma' });
    expect(listOutbox(db, { kind: 'announcement' })).toHaveLength(1);

    const [again] = await say(ADMIN, 'aankondiging voor Duurzaamheid: Tweede\nNog een bericht.');
    const second = cardOf(again);
    const [cancelled] = await say(ADMIN, `annuleer aankondiging ${second.card === 'preview' ? second.announcement.id : 0}`);
    expect(cardOf(cancelled)).toMatchObject({ card: 'outcome', title: 'Tweede', line: 'Geannuleerd; er is niets geplaatst.' });
    expect(listOutbox(db, { kind: 'announcement' })).toHaveLength(1);
  });

  it('text_announcementCommands_refuseWhoMayNotPost', async () => {
    const [reply] = await say(ANNA, 'aankondiging voor Duurzaamheid: Hallo\nTekst');
    expect(reply).toMatchObject({ kind: 'text' });
    const [post] = await say(ANNA, 'plaats aankondiging 1');
    expect(cardOf(post)).toMatchObject({ card: 'outcome', attention: true });
  });

  it('core_importsNoBotSdk', () => {
    // Follow every relative import from src/bot: none may lead to botbuilder or teams-ai.
    const seen = new Set<string>();
    const sdk: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/^(?:import|export)[^'"]*from\s+'([^']+)'/gm)) {
        const spec = m[1]!;
        if (/^(botbuilder|botframework|@microsoft\/teams-ai)/.test(spec)) sdk.push(`${file}: ${spec}`);
        if (!spec.startsWith('.')) continue;
        const base = resolve(dirname(file), spec);
        for (const candidate of [`${base}.ts`, join(base, 'index.ts')]) {
          try {
            readFileSync(candidate);
            visit(candidate);
            break;
          } catch {
            // not this one
          }
        }
      }
    };
    visit(resolve('src/bot/index.ts'));
    expect(seen.size).toBeGreaterThan(10);
    expect(sdk).toEqual([]);
  });
});
