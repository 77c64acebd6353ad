/**
 * With REMINDER_MINUTES_BEFORE set, a person signed up for a session gets a
 * personal reminder shortly before it starts; without it, nothing is sent.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listOutbox } from '../../src/outbox/outbox';
import { ANNA, replyText, startHarness } from '../support/botHarness';
import { BEFORE, seedDirWith, testEvent } from '../support/signupFactory';

const SHORTLY_BEFORE = '2026-03-10T09:50:00+01:00';

describe('reminders', () => {
  const seeds = seedDirWith([testEvent({ sessions: [{ code: 'r1-wonen', title: 'Wonen en zorg', round: 'ronde-1', room: 'Zaal 1' }] })], { withRealEvents: false });
  const dbDir = mkdtempSync(join(tmpdir(), 'g40-reminders-'));
  const env = { DATABASE_PATH: join(dbDir, 'bot.db'), OUTBOX_RETRY_BASE_MS: '20', OUTBOX_RETRY_MAX_MS: '100', OUTBOX_POLL_MS: '20' };
  afterAll(() => {
    rmSync(seeds, { recursive: true, force: true });
    rmSync(dbDir, { recursive: true, force: true });
  });

  it('reminder_configured_signedUpPersonIsRemindedOnce', async () => {
    const first = await startHarness({ now: BEFORE, seedsDir: seeds, env });
    const store = first.bot.services.programme;
    const sessionId = store.getSessionByCode(store.getEventBySlug('test-teststad')!.id, 'r1-wonen')!.id;
    await first.say('hulp', ANNA);
    first.bot.services.signups.signUp({ userId: ANNA.aadObjectId!, name: ANNA.name }, sessionId);
    await first.close();

    const off = await startHarness({ now: SHORTLY_BEFORE, seedsDir: seeds, env });
    const withoutConfig = listOutbox(off.bot.db, { kind: 'reminder' });
    await off.close();
    const on = await startHarness({ now: SHORTLY_BEFORE, seedsDir: seeds, env: { ...env, REMINDER_MINUTES_BEFORE: '15' } });
    try {
      // The stored reference points at the first run's connector; talking again refreshes it.
      await on.say('hulp', ANNA);
      await on.connector.waitFor(() => on.connector.messages(`a:personal-${ANNA.id}`).some((m) => replyText(m.body).includes('Om 10.00 uur')), 10_000);

      expect(withoutConfig).toEqual([]);
      const reminder = on.connector.messages(`a:personal-${ANNA.id}`).find((m) => replyText(m.body).includes('Om 10.00 uur'))!;
      expect(replyText(reminder.body)).toContain('Om 10.00 uur: Wonen en zorg');
      expect(replyText(reminder.body)).toContain('Een herinnering: je bent aangemeld voor deze sessie.');
      expect(listOutbox(on.bot.db, { kind: 'reminder' }).map((r) => r.dedupeKey)).toEqual([`reminder:${ANNA.aadObjectId}:${sessionId}:v1`]);
    } finally {
      await on.close();
    }
  }, 30_000);
});
