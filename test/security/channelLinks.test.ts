/**
 * Channel links and announcements across theme groups, through HTTP as Teams
 * sends them: a secretary cannot take over another group's channel, only admins
 * and secretaries see the links, and an announcement carries only a session the
 * compose form offers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shortName } from '../../src/announcements/themeGroups';
import { ANNA, BOB, messageActivity, replyText, startHarness, TENANT, type Harness, type TestUser } from '../support/botHarness';

const CARLA: TestUser = { id: '29:carla', aadObjectId: '00000000-0000-0000-0000-00000000c003', name: 'Carla Smit' };
const DAAN: TestUser = { id: '29:daan', aadObjectId: '00000000-0000-0000-0000-00000000d004', name: 'Daan Smit' };
const TEAM = { id: '19:g40-general@thread.tacv2', name: 'G40' };
const BOT_MENTION = { type: 'mention', mentioned: { id: '28:bot', name: 'G40 Netwerkdag' }, text: '<at>G40 Netwerkdag</at>' };

describe('channel links across groups', () => {
  let h: Harness;
  let woningmarkt: number;
  let zjo: number;
  const admin = { userId: ANNA.aadObjectId! };

  beforeAll(async () => {
    h = await startHarness({ now: '2026-02-04T09:30:00+01:00', env: { ADMIN_AAD_OBJECT_IDS: ANNA.aadObjectId! } });
    const { programme, announcements } = h.bot.services;
    woningmarkt = programme.getOrganiserBySlug('tg-woningmarkt')!.id;
    zjo = programme.getOrganiserBySlug('tg-zjo')!.id;
    announcements.grantSecretary(admin, { userId: BOB.aadObjectId!, name: BOB.name }, 'Woningmarkt');
    announcements.grantSecretary(admin, { userId: CARLA.aadObjectId!, name: CARLA.name }, 'ZJO');
  });
  afterAll(async () => {
    await h.close();
  });

  async function inChannel(channelName: string, text: string, user: TestUser): Promise<string> {
    const channel = { id: `19:${channelName}@thread.tacv2`, name: channelName };
    const before = h.connector.received.length;
    const res = await h.post({
      ...messageActivity(h.connector.url, `<at>G40 Netwerkdag</at> ${text}`, user),
      conversation: { id: `${channel.id};messageid=1700000000002`, conversationType: 'channel', isGroup: true, tenantId: TENANT },
      channelData: { tenant: { id: TENANT }, team: TEAM, channel, teamsTeamId: TEAM.id, teamsChannelId: channel.id },
      entities: [BOT_MENTION],
    });
    expect(res.status).toBe(200);
    return h.connector.received
      .slice(before)
      .filter((r) => r.body.type === 'message')
      .map((r) => replyText(r.body))
      .join('\n');
  }

  const groupsIn = (channelName: string) =>
    h.bot.services.announcements.channels
      .links()
      .filter((l) => l.channelId === `19:${channelName}@thread.tacv2`)
      .map((l) => l.group.id)
      .sort();

  it('secretaryOfAnotherGroup_cannotLinkOverALinkedChannel_andItsOwnSecretaryKeepsControl', async () => {
    await inChannel('wm-eigen', 'koppel Woningmarkt', BOB);

    const taken = await inChannel('wm-eigen', 'koppel ZJO', CARLA);

    const zjoName = shortName(h.bot.services.programme.getOrganiser(zjo)!);
    expect(taken).toBe(
      `Dit kanaal is al gekoppeld aan Woningmarkt. Alleen een beheerder kan er ook ${zjoName} aan koppelen; vraag dat een beheerder, of koppel ${zjoName} in een eigen kanaal.`,
    );
    expect(groupsIn('wm-eigen')).toEqual([woningmarkt]);
    // Woningmarkt's secretary can still undo the channel's link alone.
    expect(await inChannel('wm-eigen', 'ontkoppel', BOB)).toContain('niet meer gekoppeld aan Woningmarkt');
    expect(groupsIn('wm-eigen')).toEqual([]);
  });

  it('admin_mayLinkASecondGroupToALinkedChannel', async () => {
    await inChannel('gedeeld', 'koppel Woningmarkt', BOB);

    const reply = await inChannel('gedeeld', 'koppel ZJO', ANNA);

    expect(reply).toContain(`is nu gekoppeld aan ${shortName(h.bot.services.programme.getOrganiser(zjo)!)}.`);
    expect(groupsIn('gedeeld')).toEqual([woningmarkt, zjo].sort());
  });

  it('kanalen_onlyForAdminsAndSecretaries', async () => {
    // Something to list, whichever test ran before.
    await inChannel('wm-lijst', 'koppel Woningmarkt', BOB);
    const stranger = await inChannel('elders', 'kanalen', DAAN);
    const secretary = await inChannel('elders', 'kanalen', CARLA);

    expect(stranger).toBe('Alleen beheerders en secretarissen van themagroepen kunnen zien welke kanalen gekoppeld zijn.');
    expect(stranger).not.toContain('Woningmarkt');
    expect(secretary).toContain('Gekoppelde kanalen');
  });

  it('announcement_withASessionTheFormDoesNotOffer_isRefused', async () => {
    const { programme, announcements } = h.bot.services;
    await inChannel('wm-posts', 'koppel Woningmarkt', BOB);
    const bob = { userId: BOB.aadObjectId! };
    const offered = new Set(announcements.attachableSessions(bob).map((s) => s.id));
    const own = programme.sessionsOfOrganiser(woningmarkt).find((s) => offered.has(s.id))!;
    const otherGroups = programme
      .listOrganisers()
      .filter((o) => o.id !== woningmarkt)
      .flatMap((o) => programme.sessionsOfOrganiser(o.id))
      .find((s) => !offered.has(s.id) && s.date >= '2026-02-04' && !s.removed)!;
    const past = programme.sessionsOfOrganiser(woningmarkt).find((s) => s.date < '2026-01-01')!;
    expect({ own: !!own, otherGroups: !!otherGroups, past: !!past }).toEqual({ own: true, otherGroups: true, past: true });
    const preview = (sessionId: number) =>
      h.invoke('announcement.preview', { themeGroupId: String(woningmarkt), title: 'Nog plaatsen', body: 'Meld je aan.', sessionId: String(sessionId) }, BOB);
    const drafts = () => (h.bot.db.prepare('SELECT COUNT(*) AS n FROM announcements').get() as { n: number }).n;
    const before = drafts();

    const forOther = await preview(otherGroups.id);
    const forPast = await preview(past.id);

    for (const res of [forOther, forPast]) {
      expect(res.status).toBe(200);
      expect(replyText({ attachments: [{ content: res.body.value }] })).toContain('Die sessie bestaat niet (meer). Kies een sessie uit de lijst of geen sessie.');
    }
    expect(drafts()).toBe(before);
    const forOwn = await preview(own.id);
    expect(replyText({ attachments: [{ content: forOwn.body.value }] })).toContain('Nog plaatsen');
    expect(drafts()).toBe(before + 1);
  });
});
