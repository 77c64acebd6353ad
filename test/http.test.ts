import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANNA, installActivity, messageActivity, replyText, startHarness, type Harness } from './support/botHarness';

describe('HTTP path', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('healthz_reportsDatabaseAndEvents', async () => {
    const res = await fetch(`${h.baseUrl}/healthz`);

    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', events: 5 });
  });

  it('message_help_repliesWithHelpCardThroughConnector', async () => {
    const replies = await h.say('hulp');

    expect(replies).toHaveLength(1);
    expect(h.connector.received.at(-1)!.path).toMatch(/^\/v3\/conversations\/a%3Apersonal-29%3Aanna\/activities\/msg-\d+$/);
    expect(replyText(replies[0])).toContain('Wat kan ik voor je doen?');
  });

  it('message_firstContact_getsWelcomeCardOnce', async () => {
    const user = { id: '29:new', aadObjectId: 'aad-new', name: 'Nieuw' };
    const first = await h.say('goedemorgen', user);
    const second = await h.say('goedemorgen', user);

    expect(first.some((r) => replyText(r).includes('Welkom bij de G40 Netwerkdag-bot'))).toBe(true);
    expect(second.some((r) => replyText(r).includes('Welkom bij de G40 Netwerkdag-bot'))).toBe(false);
  });

  it('install_inPersonalScope_sendsWelcome', async () => {
    const before = h.connector.received.length;
    const res = await h.post(installActivity(h.connector.url, ANNA, 'a:install-1'));

    expect(res.status).toBe(200);
    const sent = h.connector.received.slice(before);
    expect(sent.some((r) => replyText(r.body).includes('Welkom'))).toBe(true);
  });

  it('install_thenFirstMessage_welcomesOnlyOnce', async () => {
    const user = { id: '29:installer', aadObjectId: 'aad-installer', name: 'Installeur' };
    const before = h.connector.received.length;
    await h.post(installActivity(h.connector.url, user));

    await h.say('goedemorgen', user);

    const welcomes = h.connector.received.slice(before).filter((r) => replyText(r.body).includes('Welkom bij de G40 Netwerkdag-bot'));
    expect(welcomes).toHaveLength(1);
  });

  it('malformedJson_gets400_andServerKeepsServing', async () => {
    const bad = await fetch(`${h.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"type": "message", ',
    });
    const health = await fetch(`${h.baseUrl}/healthz`);

    expect(bad.status).toBe(400);
    expect(health.status).toBe(200);
  });

  it('oversizedBody_gets413', async () => {
    const res = await fetch(`${h.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'x'.repeat(400_000) }),
    });

    expect(res.status).toBe(413);
    expect((await fetch(`${h.baseUrl}/healthz`)).status).toBe(200);
  });

  it('nonActivityJson_gets400', async () => {
    const res = await fetch(`${h.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([1, 2, 3]),
    });

    expect(res.status).toBe(400);
  });

  it('tooLongText_getsCalmDutchReply', async () => {
    const replies = await h.say('a'.repeat(5000));

    expect(replyText(replies.at(-1))).toContain('te lang');
  });

  // The request from the red-team report, byte for byte: it used to end the process before any token check.
  it('gzipHeaderOnPlainJson_gets415_andTheNextMessageIsServed', async () => {
    const res = await fetch(`${h.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
      body: '{"type":"message"}',
    });
    const replies = await h.say('hulp');

    expect(res.status).toBe(415);
    expect(res.headers.get('accept-encoding')).toBe('identity');
    expect(replyText(replies[0])).toContain('Wat kan ik voor je doen?');
  });

  it.each([
    ['truncated gzip', 'gzip', gzipSync(JSON.stringify({ type: 'message', text: 'hulp' })).subarray(0, 12)],
    ['valid gzip', 'gzip', gzipSync(JSON.stringify({ type: 'message', text: 'hulp' }))],
    ['gzip bomb (20 MB unpacked)', 'gzip', gzipSync(`{"type":"message","text":"${' '.repeat(20_000_000)}"}`)],
    ['upper-case GZIP', 'GZIP', gzipSync('{"type":"message"}')],
    ['deflate', 'deflate', deflateSync('{"type":"message"}')],
    ['br', 'br', brotliCompressSync('{"type":"message"}')],
    ['two encodings', 'identity, gzip', gzipSync('{"type":"message"}')],
    ['bogus encoding', 'x-zeep', Buffer.from('{"type":"message"}')],
  ])('encodedBody_%s_gets415BeforeReading_andServerKeepsServing', async (_name, encoding, body) => {
    const res = await fetch(`${h.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': encoding },
      body,
    });
    const health = await fetch(`${h.baseUrl}/healthz`);

    expect(res.status).toBe(415);
    expect(((await res.json()) as { error: string }).error).toMatch(/ongecodeerd/);
    expect(health.status).toBe(200);
  });

  it('identityEncoding_isAcceptedAsPlain', async () => {
    const before = h.connector.received.length;

    const res = await fetch(`${h.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'identity' },
      body: JSON.stringify(messageActivity(h.connector.url, 'hulp', ANNA)),
    });

    expect(res.status).toBe(200);
    expect(h.connector.received.length).toBeGreaterThan(before);
  });
});
