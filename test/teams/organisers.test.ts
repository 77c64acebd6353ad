import { rmSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ANNA, BOB, replyText, startHarness, type Harness, type TestUser } from '../support/botHarness';
import { BEFORE, seedDirWith, testEvent } from '../support/signupFactory';

const CAROL: TestUser = { id: '29:carol', aadObjectId: '00000000-0000-0000-0000-00000000c003', name: 'Carol Bakker' };
const DAAN: TestUser = { id: '29:daan', aadObjectId: '00000000-0000-0000-0000-00000000d004', name: 'Daan Smit' };

describe('aanmeldingen [stad]: the organisers overview in Teams', () => {
  let h: Harness;
  let seeds: string;
  let eventId: number;
  const sid = (code: string) => h.bot.services.programme.getSessionByCode(eventId, code)!.id;
  const aad = (u: TestUser) => u.aadObjectId!;
  const text = async (words: string, u: TestUser) => (await h.say(words, u)).map(replyText).join('\n');

  beforeAll(async () => {
    seeds = seedDirWith([
      testEvent({
        sessions: [
          { code: 'r1-netneutraal', title: 'Netneutraal bouwen', round: 'ronde-1', capacity: 1, organisers: ['tg-duurzaamheid'] },
          { code: 'r1-wonen', title: 'Wonen en zorg in de wijk', round: 'ronde-1', capacity: null },
          { code: 'opening', title: 'Opening', kind: 'plenair', signup: false, start: '09:30' },
        ],
      }),
    ]);
    h = await startHarness({ now: BEFORE, seedsDir: seeds, env: { ADMIN_AAD_OBJECT_IDS: aad(DAAN) } });
    eventId = h.bot.services.programme.getEventBySlug('test-teststad')!.id;
  });
  afterAll(async () => {
    await h.close();
    rmSync(seeds, { recursive: true, force: true });
  });
  beforeEach(() => {
    h.bot.db.exec("DELETE FROM outbox; DELETE FROM signup_events; DELETE FROM signups; DELETE FROM secretaries; DELETE FROM bot_state WHERE key LIKE '%/conversations/%';");
    const s = h.bot.services.signups;
    s.signUp({ userId: aad(ANNA), name: ANNA.name }, sid('r1-netneutraal'));
    s.signUp({ userId: aad(BOB), name: BOB.name }, sid('r1-netneutraal'), { onFull: 'wait' });
    s.signUp({ userId: aad(CAROL), name: CAROL.name }, sid('r1-wonen'));
  });

  it('aanmeldingen_byAdmin_showsCountsPerSessionAndTotal_withoutNames', async () => {
    const out = await text('aanmeldingen teststad', DAAN);

    expect(out).toContain('Aanmeldingen: Netwerkdag Teststad');
    expect(out).toContain('Netneutraal bouwen: 1 van 1 aangemeld, 1 op de wachtlijst');
    expect(out).toContain('Wonen en zorg in de wijk: 1 aangemeld');
    expect(out).not.toContain('Opening');
    expect(out).toContain('Totaal: 2 aangemeld, 1 op de wachtlijst.');
    expect(out).not.toContain(ANNA.name);
  });

  it('aanmeldingen_bySecretary_showsOnlyTheirGroupsSessions', async () => {
    const group = h.bot.services.programme.getOrganiserBySlug('tg-duurzaamheid')!.id;
    h.bot.services.roles.grantSecretary({ userId: aad(DAAN) }, aad(CAROL), CAROL.name, group);

    const out = await text('aanmeldingen teststad', CAROL);

    expect(out).toContain('Netneutraal bouwen: 1 van 1 aangemeld, 1 op de wachtlijst');
    expect(out).not.toContain('Wonen en zorg');
    expect(out).toContain('Totaal: 1 aangemeld, 1 op de wachtlijst.');
  });

  it('aanmeldingen_byParticipant_isRefusedInDutch', async () => {
    const out = await text('aanmeldingen teststad', ANNA);

    expect(out).toContain('alleen voor beheerders en secretarissen');
    expect(out).not.toContain('Netneutraal bouwen');
  });
});
