import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listOutbox } from '../../src/outbox/outbox';
import { plain } from '../../src/teams/cards/adaptive';
import { ANNA, BOB, messageActivity, replyText, startHarness, TENANT, type Harness, type TestUser } from '../support/botHarness';

const CARLA: TestUser = { id: '29:carla', aadObjectId: '00000000-0000-0000-0000-00000000c003', name: 'Carla Smit' };
const TEAM = { id: '19:woningmarkt-general@thread.tacv2', name: 'Woningmarkt' };
const GENERAL = { id: TEAM.id, name: 'Algemeen' };
const BOT_MENTION = { type: 'mention', mentioned: { id: '28:bot', name: 'G40 Netwerkdag' }, text: '<at>G40 Netwerkdag</at>' };

function channelActivity(h: Harness, text: string, user: TestUser, channel = GENERAL, mentions: TestUser[] = []) {
  const base = messageActivity(h.connector.url, `<at>G40 Netwerkdag</at> ${text}`, user);
  return {
    ...base,
    conversation: { id: `${channel.id};messageid=1700000000000`, conversationType: 'channel', isGroup: true, tenantId: TENANT },
    channelData: { tenant: { id: TENANT }, team: TEAM, channel, teamsTeamId: TEAM.id, teamsChannelId: channel.id },
    entities: [
      BOT_MENTION,
      ...mentions.map((m) => ({ type: 'mention', mentioned: { id: m.id, name: m.name }, text: `<at>${m.name}</at>` })),
    ],
  };
}

async function sayInChannel(h: Harness, text: string, user: TestUser, mentions: TestUser[] = []): Promise<string> {
  const before = h.connector.received.length;
  const res = await h.post(channelActivity(h, text, user, GENERAL, mentions));
  expect(res.status).toBe(200);
  return h.connector.received
    .slice(before)
    .filter((r) => r.body.type === 'message')
    .map((r) => replyText(r.body))
    .join('\n');
}

function install(h: Harness) {
  return h.post({
    type: 'conversationUpdate',
    id: 'cu-team',
    channelId: 'msteams',
    serviceUrl: h.connector.url,
    from: { id: ANNA.id, aadObjectId: ANNA.aadObjectId },
    recipient: { id: '28:bot', name: 'G40 Netwerkdag' },
    conversation: { id: TEAM.id, conversationType: 'channel', isGroup: true, tenantId: TENANT },
    channelData: { tenant: { id: TENANT }, team: TEAM, channel: { id: TEAM.id }, eventType: 'teamMemberAdded' },
    membersAdded: [{ id: '28:bot' }],
  });
}

function cardOf(res: { body: any }): any {
  return res.body?.value;
}

function textOfCard(card: any): string {
  return replyText({ attachments: [{ content: card }] });
}

describe('announcements in Teams', () => {
  let h: Harness;
  let woningmarkt: number;
  let zjo: number;
  let session: number;

  beforeAll(async () => {
    h = await startHarness({
      now: '2026-02-04T09:30:00+01:00',
      env: { ADMIN_AAD_OBJECT_IDS: ANNA.aadObjectId!, OUTBOX_RETRY_BASE_MS: '20', OUTBOX_RETRY_MAX_MS: '200', OUTBOX_POLL_MS: '50', OUTBOX_CONFIRM_WAIT_MS: '3000' },
    });
    const p = h.bot.services.programme;
    woningmarkt = p.getOrganiserBySlug('tg-woningmarkt')!.id;
    zjo = p.getOrganiserBySlug('tg-zjo')!.id;
    session = p.getSessionByCode(p.getEventBySlug('2026-02-04-zoetermeer')?.id ?? p.listEvents().at(-1)!.id, 'r1-woongeluk-inwoners')!.id;
    h.connector.members.set(BOB.id, { id: BOB.id, name: BOB.name, aadObjectId: BOB.aadObjectId });
  });
  afterAll(async () => {
    await h.close();
  });
  // Every test starts with no team, no secretary and no link, and arranges what it needs: the file passes in any order.
  beforeEach(async () => {
    h.connector.faults = () => undefined;
    await h.connector.waitFor(() => (h.bot.db.prepare("SELECT COUNT(*) FROM outbox WHERE status = 'sending'").pluck().get() as number) === 0, 5_000);
    h.bot.db.exec("DELETE FROM channel_links; DELETE FROM teams; DELETE FROM secretaries; UPDATE outbox SET status = 'cancelled' WHERE status = 'pending';");
    h.connector.teams.clear();
  });

  /** Bob is secretary of Woningmarkt; with `linked`, the team is installed and its General channel linked to Woningmarkt (through Teams). */
  async function given(state: 'secretary' | 'linked'): Promise<void> {
    h.bot.services.roles.grantSecretary({ userId: ANNA.aadObjectId! }, BOB.aadObjectId!, BOB.name, woningmarkt);
    if (state === 'secretary') return;
    expect((await install(h)).status).toBe(200);
    expect(await sayInChannel(h, 'koppel woningmarkt', BOB)).toContain('is nu gekoppeld aan Woningmarkt');
  }

  it('install_inTeam_recordsTeamAndGeneralChannel', async () => {
    const res = await install(h);

    expect(res.status).toBe(200);
    expect(h.bot.services.announcements.channels.listTeams()).toEqual([{ teamId: TEAM.id, name: 'Woningmarkt', generalChannelId: TEAM.id, removed: false }]);
  });

  it('koppel_byNonSecretary_isRefused', async () => {
    const reply = await sayInChannel(h, 'koppel Woningmarkt', BOB);

    expect(reply).toBe('Alleen een beheerder of een secretaris van Themagroep Woningmarkt kan een kanaal aan Themagroep Woningmarkt koppelen.');
    expect(h.bot.services.announcements.channels.links()).toEqual([]);
  });

  it('secretaris_byNonAdmin_isRefused', async () => {
    const reply = await sayInChannel(h, `secretaris <at>${CARLA.name}</at> Woningmarkt`, BOB, [CARLA]);

    expect(reply).toBe('Alleen een beheerder kan secretarissen aanwijzen of intrekken.');
    expect(h.bot.services.roles.listSecretaries()).toEqual([]);
  });

  it('secretaris_byAdminWithMention_grantsRole', async () => {
    const reply = await sayInChannel(h, `secretaris <at>${BOB.name}</at> TG Woningmarkt`, ANNA, [BOB]);

    expect(reply).toBe('Bob Jansen is nu secretaris van Woningmarkt en kan aankondigingen plaatsen.');
    expect(h.bot.services.roles.isSecretaryOf({ userId: BOB.aadObjectId! }, woningmarkt)).toBe(true);
  });

  it('koppel_bySecretary_linksThisChannel', async () => {
    await given('secretary');
    const reply = await sayInChannel(h, 'koppel woningmarkt', BOB);
    const list = await sayInChannel(h, 'kanalen', BOB);

    expect(reply).toBe('Dit kanaal (Woningmarkt › Algemeen) is nu gekoppeld aan Woningmarkt. Aankondigingen voor Woningmarkt komen hier.');
    expect(list).toContain('- Themagroep Woningmarkt: Woningmarkt › Algemeen');
  });


  it('koppel_inMessageWithoutNames_asksTeamsForTeamAndChannelName', async () => {
    await given('linked');
    const other = { id: '19:stukken@thread.tacv2' };
    h.connector.teams.set(TEAM.id, { name: 'G40 Woningmarkt', channels: [{ id: TEAM.id }, { id: other.id, name: 'Stukken' }] });
    const activity = channelActivity(h, 'koppel woningmarkt', BOB, other as typeof GENERAL);
    const before = h.connector.received.length;

    await h.post({ ...activity, channelData: { tenant: { id: TENANT }, team: { id: TEAM.id }, channel: { id: other.id } } });
    await h.post(channelActivity(h, 'koppel woningmarkt', BOB));

    const replies = h.connector.received.slice(before).filter((r) => r.body.type === 'message').map((r) => replyText(r.body));
    expect(replies[0]).toBe(
      'Dit kanaal (G40 Woningmarkt › Stukken) is nu gekoppeld aan Woningmarkt; het vorige kanaal (Woningmarkt › Algemeen) krijgt geen aankondigingen meer.',
    );
    expect(replies[1]).toMatch(/^Dit kanaal \(Woningmarkt › Algemeen\) is nu gekoppeld aan Woningmarkt; het vorige kanaal \(G40 Woningmarkt › Stukken\)/);
    h.connector.teams.clear();
  });
  it('aankondiging_offersOnlyGroupsThePersonMayPostFor', async () => {
    await given('linked');
    const replies = await h.say('aankondiging', BOB);

    const card = replies.at(-1).attachments[0].content;
    const groups = card.body.find((e: any) => e.id === 'themeGroupId');
    expect(groups.choices).toEqual([{ title: 'Themagroep Woningmarkt', value: String(woningmarkt) }]);
  });

  it('composePreviewPost_createsThreadInLinkedChannelWithSessionCard', async () => {
    await given('linked');
    const before = h.connector.createdConversations.length;

    const preview = await h.invoke('announcement.preview', { themeGroupId: String(woningmarkt), title: 'Sessie verplaatst', body: 'We zitten in de Oranjezaal.', sessionId: String(session) }, BOB);
    const previewCard = cardOf(preview);
    const post = previewCard.actions.find((a: any) => a.title === 'Plaatsen');
    const posted = await h.invoke('announcement.post', { announcementId: post.data.announcementId }, BOB);

    expect(textOfCard(cardOf(posted))).toContain('Geplaatst in Woningmarkt › Algemeen.');
    const created = h.connector.createdConversations.slice(before);
    expect(created).toHaveLength(1);
    expect(created[0]!.body.isGroup).toBe(true);
    expect(created[0]!.body.channelData).toEqual({ channel: { id: GENERAL.id } });
    const sent = textOfCard(created[0]!.body.activity.attachments[0].content);
    expect(sent).toContain('Sessie verplaatst');
    expect(sent).toContain('We zitten in de Oranjezaal.');
    expect(sent).toContain('Samenwerken aan het woongeluk van onze inwoners');
  });

  it('post_throttledAndServerErrors_retriesAndDeliversExactlyOnce', async () => {
    await given('linked');
    let calls = 0;
    h.connector.faults = ({ path }) => {
      if (path !== '/v3/conversations') return undefined;
      calls++;
      if (calls === 1) return { status: 429, headers: { 'retry-after': '1' } };
      if (calls === 2 || calls === 3) return { status: 500 };
      if (calls === 4) return { status: 503 };
      return undefined;
    };
    const before = h.connector.createdConversations.length;

    const preview = await h.invoke('announcement.preview', { themeGroupId: String(woningmarkt), title: 'Nog 5 plaatsen vrij', body: 'Meld je snel aan.' }, BOB);
    const id = cardOf(preview).actions[0].data.announcementId;
    await h.invoke('announcement.post', { announcementId: id }, BOB);
    await h.connector.waitFor(() => h.connector.createdConversations.length > before, 10_000);
    await new Promise((r) => setTimeout(r, 300));

    expect(calls).toBe(5);
    expect(h.connector.createdConversations.length - before).toBe(1);
    const row = listOutbox(h.bot.db, { kind: 'announcement' }).find((r) => r.payload.announcementId === id)!;
    expect([row.status, row.attempts]).toEqual(['sent', 5]);
  });

  it('post_forbidden_isRecordedAndNotRetried', async () => {
    await given('linked');
    let calls = 0;
    h.connector.faults = ({ path }) => {
      if (path !== '/v3/conversations') return undefined;
      calls++;
      return { status: 403, body: { error: { code: 'BotNotInConversationRoster', message: 'removed' } } };
    };

    const preview = await h.invoke('announcement.preview', { themeGroupId: String(woningmarkt), title: 'Stukken', body: 'De stukken staan online.' }, BOB);
    const id = cardOf(preview).actions[0].data.announcementId;
    const posted = await h.invoke('announcement.post', { announcementId: id }, BOB);
    await new Promise((r) => setTimeout(r, 400));
    const status = await h.say('status aankondigingen', BOB);

    expect(textOfCard(cardOf(posted))).toContain('Niet geplaatst in Woningmarkt › Algemeen: de bot is uit het team verwijderd of geblokkeerd.');
    expect(calls).toBe(1);
    const row = listOutbox(h.bot.db, { kind: 'announcement' }).find((r) => r.payload.announcementId === id)!;
    expect([row.status, row.attempts]).toEqual(['failed', 1]);
    expect(replyText(status.at(-1))).toContain('Stukken (Woningmarkt): Niet geplaatst: de bot is uit het team verwijderd of geblokkeerd.');
  });

  it('preview_forgedForAnotherGroup_isRefusedAndStoresNothing', async () => {
    await given('linked');
    const before = h.bot.db.prepare('SELECT COUNT(*) AS n FROM announcements').get() as { n: number };

    const res = await h.invoke('announcement.preview', { themeGroupId: String(zjo), title: 'Namens ZJO', body: 'Hallo' }, BOB);

    expect(textOfCard(cardOf(res))).toContain('Je mag geen aankondigingen plaatsen voor Themagroep Zorg, Jeugd en Onderwijs.');
    expect(h.bot.db.prepare('SELECT COUNT(*) AS n FROM announcements').get()).toEqual(before);
  });

  it('post_forgedForSomeoneElsesDraft_isRefused', async () => {
    await given('linked');
    const preview = await h.invoke('announcement.preview', { themeGroupId: String(woningmarkt), title: 'Van Bob', body: 'Tekst' }, BOB);
    const id = cardOf(preview).actions[0].data.announcementId;
    const outboxBefore = listOutbox(h.bot.db).length;

    const res = await h.invoke('announcement.post', { announcementId: id }, CARLA);

    expect(textOfCard(cardOf(res))).toContain('Je mag geen aankondigingen plaatsen voor Themagroep Woningmarkt.');
    expect(listOutbox(h.bot.db).length).toBe(outboxBefore);
  });

  it('preview_badInput_refusedWithClearMessage', async () => {
    await given('linked');
    const count = () => (h.bot.db.prepare('SELECT COUNT(*) AS n FROM announcements').get() as { n: number }).n;
    const before = count();

    const empty = await h.invoke('announcement.preview', { themeGroupId: String(woningmarkt), title: 'Leeg', body: '   ' }, BOB);
    const huge = await h.invoke('announcement.preview', { themeGroupId: String(woningmarkt), title: 'Groot', body: 'x'.repeat(30_000) }, BOB);
    const unknown = await h.invoke('announcement.preview', { themeGroupId: '99999', title: 'Wie', body: 'Tekst' }, BOB);
    const garbage = await h.invoke('announcement.preview', { themeGroupId: 'drop table', title: 5 }, BOB);

    expect(textOfCard(cardOf(empty))).toContain('Je bericht is leeg.');
    expect(textOfCard(cardOf(huge))).toContain('Je bericht is te lang voor Teams');
    expect(textOfCard(cardOf(unknown))).toContain('Kies een themagroep uit de lijst.');
    expect(JSON.stringify(garbage.body)).toContain('De gegevens van deze kaart kloppen niet.');
    expect(count()).toBe(before);
  });

  it('post_markdownAndHtml_renderedAsPlainText', async () => {
    await given('linked');
    const body = '**vet** <script>alert(1)</script> [klik](http://evil.example) # kop';
    const before = h.connector.createdConversations.length;

    const preview = await h.invoke('announcement.preview', { themeGroupId: String(woningmarkt), title: '_schuin_', body }, BOB);
    await h.invoke('announcement.post', { announcementId: cardOf(preview).actions[0].data.announcementId }, BOB);

    const card = h.connector.createdConversations[before]!.body.activity.attachments[0].content;
    const blocks = card.body.filter((e: any) => e.type === 'TextBlock').map((e: any) => e.text);
    expect(blocks).toContain(plain(body));
    expect(blocks).toContain(plain('_schuin_'));
  });

  it('personalMessage_afterChat_reachesThePersonsConversation', async () => {
    await h.say('hulp', CARLA);
    const { enqueue } = await import('../../src/outbox/outbox');
    const p = h.bot.services.programme;
    const s = p.getSession(session)!;

    enqueue(h.bot.db, { kind: 'session_changed', target: { type: 'user', userId: CARLA.aadObjectId! }, payload: { sessionId: s.id, version: s.version, changes: [{ field: 'zaal', oldValue: 'Zaal 1', newValue: 'Oranjezaal' }] } }, '2026-02-04T08:30:00.000Z');
    h.bot.services.outboxSignals.kick();
    await h.connector.waitFor((r) => r.some((x) => x.conversationId === `a:personal-${CARLA.id}` && replyText(x.body).includes('Gewijzigd')));

    const msg = h.connector.messages(`a:personal-${CARLA.id}`).at(-1)!;
    expect(msg.replyToId).toBeNull();
    expect(replyText(msg.body)).toContain('Zaal: Oranjezaal (was Zaal 1)');
  });

  it('annuleren_onPreview_postsNothing', async () => {
    await given('linked');
    const before = h.connector.createdConversations.length;

    const preview = await h.invoke('announcement.preview', { themeGroupId: String(woningmarkt), title: 'Toch niet', body: 'Laat maar.' }, BOB);
    const cancel = cardOf(preview).actions.find((a: any) => a.title === 'Annuleren');
    const res = await h.invoke('announcement.cancel', { announcementId: cancel.data.announcementId }, BOB);
    const again = await h.invoke('announcement.post', { announcementId: cancel.data.announcementId }, BOB);
    await new Promise((r) => setTimeout(r, 100));

    expect(textOfCard(cardOf(res))).toContain('Geannuleerd; er is niets geplaatst.');
    expect(textOfCard(cardOf(again))).toContain('Geannuleerd; er is niets geplaatst.');
    expect(h.connector.createdConversations.length).toBe(before);
  });

  it('post_scheduledForLater_saysWhenAndWaits', async () => {
    await given('linked');
    const before = h.connector.createdConversations.length;

    const preview = await h.invoke('announcement.preview', { themeGroupId: String(woningmarkt), title: 'Middagprogramma', body: 'Om 13:00 verder.', postDate: '2026-02-04', postTime: '12:30' }, BOB);
    const res = await h.invoke('announcement.post', { announcementId: cardOf(preview).actions[0].data.announcementId }, BOB);
    await new Promise((r) => setTimeout(r, 100));

    expect(textOfCard(cardOf(preview))).toContain('Wordt woensdag 4 februari om 12.30 uur geplaatst in Woningmarkt › Algemeen.');
    // Where buttons do nothing (Teams mobile), the preview names its text route.
    const id = cardOf(preview).actions[0].data.announcementId;
    expect(textOfCard(cardOf(preview))).toContain(`Typ "plaats aankondiging ${id}" of "annuleer aankondiging ${id}"`);
    expect(textOfCard(cardOf(res))).toContain('Ingepland: wordt woensdag 4 februari om 12.30 uur geplaatst in Woningmarkt › Algemeen.');
    expect(h.connector.createdConversations.length).toBe(before);
  });

  it('ontkoppel_bySecretary_unlinksAndPostingIsRefused', async () => {
    await given('linked');
    const reply = await sayInChannel(h, 'ontkoppel', BOB);
    const preview = await h.invoke('announcement.preview', { themeGroupId: String(woningmarkt), title: 'Na ontkoppelen', body: 'Tekst' }, BOB);

    expect(reply).toBe('Dit kanaal is niet meer gekoppeld aan Woningmarkt.');
    expect(textOfCard(cardOf(preview))).toContain('Woningmarkt heeft nog geen gekoppeld kanaal.');
  });
});
