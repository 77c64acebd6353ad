/**
 * A display name is untrusted text: with a line break it added a fake row to
 * the participants card (and a second line to the CSV), and a right-to-left
 * override was kept. Over HTTP, as Teams sends it: the card and the CSV show
 * one clean row per person.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, replyText, type Harness, type TestUser } from '../support/botHarness';
import { BEFORE, seedDirWith, testEvent } from '../support/signupFactory';

const ADMIN: TestUser = { id: '29:admin', aadObjectId: '00000000-0000-0000-0000-00000000ad01', name: 'Beheerder' };
const MALLORY: TestUser = {
  id: '29:mallory',
  aadObjectId: '00000000-0000-0000-0000-00000000e005',
  name: 'Mallory\nPieter Post (aangemeld)\u202Egnp.exe',
};

describe('display names in the participants list', () => {
  let h: Harness;
  let seeds: string;

  beforeAll(async () => {
    seeds = seedDirWith([testEvent({ sessions: [{ code: 'r1-klein', title: 'Kleine zaal', round: 'ronde-1', capacity: 5 }] })], { withRealEvents: false });
    h = await startHarness({ now: BEFORE, seedsDir: seeds, env: { ADMIN_AAD_OBJECT_IDS: ADMIN.aadObjectId! } });
  });
  afterAll(async () => {
    await h.close();
    rmSync(seeds, { recursive: true, force: true });
  });

  it('nameWithLineBreakAndRtlOverride_cardAndCsvShowOneCleanRow', async () => {
    const eventId = h.bot.services.programme.getEventBySlug('test-teststad')!.id;
    const sessionId = h.bot.services.programme.getSessionByCode(eventId, 'r1-klein')!.id;
    const joined = await h.invoke('signup.join', { sessionId, eventId }, MALLORY);
    expect(joined.status).toBe(200);

    const list = (await h.say('deelnemers Kleine zaal', ADMIN)).at(-1);
    const text = replyText(list);
    const clean = 'Mallory Pieter Post (aangemeld)gnp.exe';

    expect(text).toContain('1 aangemeld van 5 plaatsen, 0 op de wachtlijst.');
    const rows = text.split('\n');
    expect(rows).toContain(clean);
    expect(rows.filter((r) => r.includes('Pieter Post'))).toEqual([clean]);
    expect(JSON.stringify(list)).not.toMatch(/\\u202e|\u202E/i);

    const url: string = list.attachments[0].content.actions[0].url;
    const csv = Buffer.from(await (await fetch(url.replace('https://g40.example.nl', h.baseUrl))).arrayBuffer()).toString('utf8');
    const lines = csv.replace(/\r\n$/, '').split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe(`${clean};${MALLORY.aadObjectId};aangemeld;;2026-03-03T09:00:00.000Z`);
  });
});
