/**
 * Replies that repeat what someone typed (a group name, a session title, a
 * question) or a name from Teams must not turn it into markdown: otherwise any
 * channel member can make the bot post a disguised link. Through HTTP, as Teams sends it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANNA, BOB, messageActivity, startHarness, TENANT, type Harness, type TestUser } from '../support/botHarness';

const LINK = '[Je account is geblokkeerd, log hier in](https://evil.example/login)';
/** Matches no session or netwerkdag, so the reply repeats it. */
const ODD_LINK = '[Xqzv wfkp](https://evil.example/login)';
const HTML_LINK = '<a href="https://evil.example/login">Je account is geblokkeerd</a>';
const CHANNEL = { id: '19:woningmarkt@thread.tacv2', name: 'Woningmarkt' };
const TEAM = { id: '19:g40-general@thread.tacv2', name: 'G40' };
const BOT_MENTION = { type: 'mention', mentioned: { id: '28:bot', name: 'G40 Netwerkdag' }, text: '<at>G40 Netwerkdag</at>' };

/** Markdown that Teams would render as a link (or HTML it would render) in this text, unless it is plain text. */
function liveLinkIn(text: string): boolean {
  return /(?<!\\)\[[^\]]*(?<!\\)\]\(/.test(text) || /(?<!\\)<a\s/i.test(text);
}

/** Every place in a reply where Teams renders markdown, that carries a live link. */
function liveLinks(activity: any): string[] {
  const found: string[] = [];
  if (typeof activity.text === 'string' && activity.textFormat !== 'plain' && liveLinkIn(activity.text)) found.push(activity.text);
  const walk = (node: any) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (node.type === 'TextBlock' && typeof node.text === 'string' && liveLinkIn(node.text)) found.push(node.text);
    if (node.type === 'FactSet') for (const f of node.facts ?? []) if (liveLinkIn(`${f.title} ${f.value}`)) found.push(f.value);
    for (const v of Object.values(node)) if (typeof v === 'object') walk(v);
  };
  for (const a of activity.attachments ?? []) walk(a.content);
  return found;
}

describe('markdown injection', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ now: '2026-02-04T09:30:00+01:00', env: { ADMIN_AAD_OBJECT_IDS: ANNA.aadObjectId! } });
  });
  afterAll(async () => {
    await h.close();
  });

  async function send(activity: Record<string, unknown>): Promise<any[]> {
    const before = h.connector.received.length;
    const res = await h.post(activity);
    expect(res.status).toBe(200);
    return h.connector.received.slice(before).filter((r) => r.body.type === 'message').map((r) => r.body);
  }

  function inChannel(text: string, user: TestUser, mentions: { id: string; name: string }[] = []) {
    return {
      ...messageActivity(h.connector.url, `<at>G40 Netwerkdag</at> ${text}`, user),
      conversation: { id: `${CHANNEL.id};messageid=1700000000001`, conversationType: 'channel', isGroup: true, tenantId: TENANT },
      channelData: { tenant: { id: TENANT }, team: TEAM, channel: CHANNEL, teamsTeamId: TEAM.id, teamsChannelId: CHANNEL.id },
      entities: [BOT_MENTION, ...mentions.map((m) => ({ type: 'mention', mentioned: m, text: `<at>${m.name}</at>` }))],
    };
  }

  it.each([
    ['koppel', `koppel ${LINK}`],
    ['koppel (html)', `koppel ${HTML_LINK}`],
    ['secretaris', `secretaris <at>${BOB.name}</at> ${LINK}`],
  ])('channel message echoing input (%s)_carriesNoLiveLink', async (_name, text) => {
    const replies = await send(inChannel(text, ANNA, [{ id: BOB.id, name: BOB.name, aadObjectId: BOB.aadObjectId! } as never]));

    expect(replies.length).toBeGreaterThan(0);
    expect(replies.flatMap(liveLinks)).toEqual([]);
  });

  it.each([
    ['meld me aan voor', `meld me aan voor ${ODD_LINK}`],
    ['meld me af voor', `meld me af voor ${ODD_LINK}`],
    ['deelnemers', `deelnemers ${ODD_LINK}`],
    ['aanmelden <netwerkdag>', `aanmelden ${LINK}`],
  ])('personal message echoing input (%s)_carriesNoLiveLink', async (_name, text) => {
    const replies = await h.say(text, BOB);

    expect(replies.length).toBeGreaterThan(0);
    expect(replies.flatMap(liveLinks)).toEqual([]);
  });

  it('secretaris_withAMarkdownDisplayName_carriesNoLiveLink', async () => {
    const evil = { id: '29:evil', name: LINK, aadObjectId: '00000000-0000-0000-0000-0000000e0e01' };

    const replies = await send(inChannel(`secretaris <at>${LINK}</at> Woningmarkt`, ANNA, [evil]));

    expect(replies.map((r) => r.text).join('\n')).toContain('secretaris van');
    expect(replies.flatMap(liveLinks)).toEqual([]);
  });

  it('everyTextReply_isPlainText', async () => {
    const replies = await h.say('meld me aan voor **vet** _schuin_', BOB);

    expect(replies.filter((r) => typeof r.text === 'string' && r.text !== '').map((r) => r.textFormat)).toEqual(
      replies.filter((r) => typeof r.text === 'string' && r.text !== '').map(() => 'plain'),
    );
  });
});
