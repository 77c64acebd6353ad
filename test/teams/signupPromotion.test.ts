import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listOutbox } from '../../src/outbox/outbox';
import { ANNA, BOB, personalConversationId, replyText, startHarness, type Harness, type TestUser } from '../support/botHarness';
import { BEFORE, seedDirWith, testEvent } from '../support/signupFactory';

const CAROL: TestUser = { id: '29:carol', aadObjectId: '00000000-0000-0000-0000-00000000c003', name: 'Carol Smit' };
const DAAN: TestUser = { id: '29:daan', aadObjectId: '00000000-0000-0000-0000-00000000d004', name: 'Daan Visser' };

describe('waiting-list promotion, end to end', () => {
  let h: Harness;
  let seeds: string;

  beforeAll(async () => {
    seeds = seedDirWith([testEvent({ sessions: [{ code: 'r1-klein', title: 'Kleine zaal', round: 'ronde-1', capacity: 1 }] })], {
      withRealEvents: false,
    });
    h = await startHarness({ now: BEFORE, seedsDir: seeds });
  });
  afterAll(async () => {
    await h.close();
    rmSync(seeds, { recursive: true, force: true });
  });

  it('cancel_promotesWaitingPerson_whoGetsPersonalMessageWithCalendarLink', async () => {
    const eventId = h.bot.services.programme.getEventBySlug('test-teststad')!.id;
    const sessionId = h.bot.services.programme.getSessionByCode(eventId, 'r1-klein')!.id;
    await h.say('hulp', BOB);
    await h.invoke('signup.join', { sessionId, eventId }, ANNA);
    await h.invoke('signup.wait', { sessionId, eventId }, BOB);

    await h.invoke('signup.cancel', { sessionId, eventId }, ANNA);

    const bobsChat = personalConversationId(BOB);
    await h.connector.waitFor((received) => received.some((r) => r.conversationId === bobsChat && replyText(r.body).includes('vrijgekomen')));
    const message = h.connector.messages(bobsChat).find((r) => replyText(r.body).includes('vrijgekomen'))!;
    expect(replyText(message.body)).toContain('Je stond op de wachtlijst voor "Kleine zaal" en bent nu aangemeld.');
    expect(JSON.stringify(message.body)).toContain(`https://g40.example.nl/agenda/sessie/${sessionId}.ics`);
    expect(h.bot.services.signups.confirmedSessionIds(BOB.aadObjectId!)).toEqual([sessionId]);
  });
});

/**
 * The programme changes under a waiting list (a re-import at the next start):
 * a session that is off promotes nobody and its waiting list hears it is off;
 * a higher capacity promotes the waiting list in order before any newcomer.
 */
describe('waiting list across a re-import, end to end', () => {
  const card = (res: { body: any }) => replyText({ attachments: [{ content: res.body.value }] });
  const seedWith = (extra: { capacity?: number; status?: 'vervalt' }) =>
    testEvent({ sessions: [{ code: 'r1-klein', title: 'Kleine zaal', round: 'ronde-1', capacity: 1, ...extra }] });
  let seeds: string;
  let dbDir: string;
  let env: Record<string, string>;

  beforeAll(() => {
    seeds = seedDirWith([seedWith({})], { withRealEvents: false });
    dbDir = mkdtempSync(join(tmpdir(), 'g40-promotion-'));
    env = { DATABASE_PATH: join(dbDir, 'bot.db'), OUTBOX_RETRY_BASE_MS: '20', OUTBOX_RETRY_MAX_MS: '100', OUTBOX_POLL_MS: '20' };
  });
  afterAll(() => {
    rmSync(seeds, { recursive: true, force: true });
    rmSync(dbDir, { recursive: true, force: true });
  });

  const ids = (h: Harness) => {
    const eventId = h.bot.services.programme.getEventBySlug('test-teststad')!.id;
    return { eventId, sessionId: h.bot.services.programme.getSessionByCode(eventId, 'r1-klein')!.id };
  };

  /** Anna holds the one seat; Bob, then Daan, wait. The next start reads `changed` as the seed. */
  async function fullSessionThenReimport(changed: ReturnType<typeof seedWith>): Promise<Harness> {
    rmSync(env.DATABASE_PATH!, { force: true });
    writeFileSync(join(seeds, 'test-teststad.yaml'), stringify(seedWith({})));
    const first = await startHarness({ now: BEFORE, seedsDir: seeds, env });
    try {
      const d = ids(first);
      await first.invoke('signup.join', d, ANNA);
      await first.invoke('signup.wait', d, BOB);
      await first.invoke('signup.wait', d, DAAN);
    } finally {
      await first.close();
    }
    writeFileSync(join(seeds, 'test-teststad.yaml'), stringify(changed));
    const second = await startHarness({ now: BEFORE, seedsDir: seeds, env });
    // The stored references point at the first run's connector; talking again refreshes them.
    for (const u of [ANNA, BOB, DAAN]) await second.say('hulp', u);
    return second;
  }

  async function settled(h: Harness): Promise<void> {
    const deadline = Date.now() + 10_000;
    while (listOutbox(h.bot.db).some((r) => r.status === 'pending' || r.status === 'sending') && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  it('sessionVervalt_confirmedPersonCancels_nobodyPromoted_waitingListToldItIsOff', async () => {
    const h = await fullSessionThenReimport(seedWith({ status: 'vervalt' }));
    try {
      const d = ids(h);
      const cancelled = await h.invoke('signup.cancel', d, ANNA);
      expect(card(cancelled)).toContain('Je bent afgemeld voor "Kleine zaal".');
      await h.connector.waitFor(() => h.connector.messages(personalConversationId(DAAN)).some((m) => replyText(m.body).includes('Gaat niet door')), 10_000);
      await settled(h);

      for (const u of [BOB, DAAN]) {
        const texts = h.connector.messages(personalConversationId(u)).map((m) => replyText(m.body));
        expect(texts.filter((t) => t.includes('Gaat niet door: Kleine zaal'))).toHaveLength(1);
        expect(texts.join('\n')).toContain('Je stond op de wachtlijst voor deze sessie, maar ze gaat niet door.');
        expect(texts.join('\n')).not.toContain('vrijgekomen');
      }
      expect(h.bot.services.signups.confirmedSessionIds(BOB.aadObjectId!)).toEqual([]);
      expect(listOutbox(h.bot.db, { kind: 'waitlist_promoted' })).toEqual([]);
    } finally {
      await h.close();
    }
  }, 40_000);

  it('capacityRaised_firstWaitingPromotedAndTold_newcomerQueuesBehindTheRest', async () => {
    const h = await fullSessionThenReimport(seedWith({ capacity: 2 }));
    try {
      const d = ids(h);
      await h.connector.waitFor(() => h.connector.messages(personalConversationId(BOB)).some((m) => replyText(m.body).includes('vrijgekomen')), 10_000);

      const carol = await h.invoke('signup.wait', d, CAROL);

      expect(card(carol)).toContain('Je staat op de wachtlijst (plaats 2)');
      expect(h.bot.services.signups.confirmedSessionIds(BOB.aadObjectId!)).toEqual([d.sessionId]);
      expect(h.bot.services.signups.confirmedSessionIds(DAAN.aadObjectId!)).toEqual([]);
      expect(h.bot.services.signups.confirmedSessionIds(CAROL.aadObjectId!)).toEqual([]);
      await settled(h);
      expect(h.connector.messages(personalConversationId(DAAN)).map((m) => replyText(m.body)).join('\n')).not.toContain('vrijgekomen');
    } finally {
      await h.close();
    }
  }, 40_000);
});
