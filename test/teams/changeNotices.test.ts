/**
 * A re-imported programme moves a session: at the next start the person signed
 * up gets a personal message with the new room and the calendar button, and the
 * organising theme group's linked channel gets a notice.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listOutbox } from '../../src/outbox/outbox';
import { ANNA, replyText, startHarness, TENANT, type Harness } from '../support/botHarness';
import { BEFORE, seedDirWith, testEvent } from '../support/signupFactory';

const TEAM = { id: '19:wm@thread.tacv2', name: 'Woningmarkt' };

function event(room: string) {
  return testEvent({ sessions: [{ code: 'r1-wonen', title: 'Wonen en zorg', round: 'ronde-1', organisers: ['tg-woningmarkt'], room }] });
}

async function linkChannel(h: Harness): Promise<void> {
  const res = await h.post({
    type: 'message',
    id: `m-${Math.random()}`,
    channelId: 'msteams',
    serviceUrl: h.connector.url,
    from: { id: ANNA.id, aadObjectId: ANNA.aadObjectId, name: ANNA.name },
    recipient: { id: '28:bot', name: 'G40 Netwerkdag' },
    conversation: { id: `${TEAM.id};messageid=1`, conversationType: 'channel', isGroup: true, tenantId: TENANT },
    channelData: { tenant: { id: TENANT }, team: TEAM, channel: { id: TEAM.id, name: 'Algemeen' } },
    entities: [{ type: 'mention', mentioned: { id: '28:bot', name: 'G40 Netwerkdag' }, text: '<at>G40 Netwerkdag</at>' }],
    text: '<at>G40 Netwerkdag</at> koppel Woningmarkt',
  });
  expect(res.status).toBe(200);
}

describe('change notices after a re-import', () => {
  const seeds = seedDirWith([event('Zaal 1')], { withRealEvents: false });
  const dbDir = mkdtempSync(join(tmpdir(), 'g40-changes-'));
  const env = {
    DATABASE_PATH: join(dbDir, 'bot.db'),
    ADMIN_AAD_OBJECT_IDS: ANNA.aadObjectId!,
    OUTBOX_RETRY_BASE_MS: '20',
    OUTBOX_RETRY_MAX_MS: '100',
    OUTBOX_POLL_MS: '20',
  };
  afterAll(() => {
    rmSync(seeds, { recursive: true, force: true });
    rmSync(dbDir, { recursive: true, force: true });
  });

  it('reimport_roomChanged_signedUpPersonAndLinkedChannelAreTold', async () => {
    const first = await startHarness({ now: BEFORE, seedsDir: seeds, env });
    const store = first.bot.services.programme;
    const sessionId = store.getSessionByCode(store.getEventBySlug('test-teststad')!.id, 'r1-wonen')!.id;
    await first.say('hulp', ANNA);
    await linkChannel(first);
    expect(first.bot.services.signups.signUp({ userId: ANNA.aadObjectId!, name: ANNA.name }, sessionId).kind).toBe('confirmed');
    await first.close();
    const file = join(seeds, 'test-teststad.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('room: Zaal 1', 'room: Oranjezaal'));

    const second = await startHarness({ now: BEFORE, seedsDir: seeds, env });
    try {
      // The stored references point at the first run's connector; talking again refreshes them.
      await second.say('hulp', ANNA);
      await linkChannel(second);
      await second.connector.waitFor(
        () => second.connector.createdConversations.length === 1 && second.connector.messages(`a:personal-${ANNA.id}`).some((m) => replyText(m.body).includes('Gewijzigd')),
        10_000,
      );
      const deadline = Date.now() + 5000;
      while (listOutbox(second.bot.db, { kind: 'session_changed' }).some((r) => r.status !== 'sent') && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 20));
      }

      const personal = second.connector.messages(`a:personal-${ANNA.id}`).find((m) => replyText(m.body).includes('Gewijzigd'))!;
      expect(replyText(personal.body)).toContain('Zaal: Oranjezaal (was Zaal 1)');
      expect(replyText(personal.body)).toContain('Er is iets veranderd aan een sessie waarvoor je bent aangemeld.');
      expect(replyText(personal.body)).toContain('[Toevoegen aan agenda]');
      const channel = second.connector.createdConversations[0]!.body;
      expect(channel.channelData).toEqual({ channel: { id: TEAM.id } });
      expect(replyText(channel.activity)).toContain('Er is iets veranderd aan een sessie van jullie themagroep.');
      expect(listOutbox(second.bot.db, { kind: 'session_changed' }).map((r) => r.status)).toEqual(['sent', 'sent']);
    } finally {
      await second.close();
    }
  }, 30_000);
});
