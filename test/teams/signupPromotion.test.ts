import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANNA, BOB, personalConversationId, replyText, startHarness, type Harness } from '../support/botHarness';
import { BEFORE, seedDirWith, testEvent } from '../support/signupFactory';

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
