/**
 * With BOT_ID set, /api/messages accepts only tokens the Bot Framework would
 * accept. A local OpenID provider (metadata + JWKS on 127.0.0.1) stands in for
 * login.botframework.com through the BOTFRAMEWORK_* settings.
 */
import { createServer, type Server } from 'node:http';
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config';
import { createLogger } from '../../src/log';
import { httpTexts } from '../../src/texts/nl';
import { ANNA, replyText, startHarness, TENANT, type Harness } from '../support/botHarness';

const BOT_ID = '0b0b0b0b-1111-2222-3333-444444444444';
const ISSUER = 'https://api.botframework.test';
const KID = 'test-key-1';

interface Provider {
  url: string;
  privateKey: KeyObject;
  server: Server;
}

async function startProvider(): Promise<Provider> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid: KID, kty: 'RSA', use: 'sig', endorsements: ['msteams'] };
  const server = createServer((req, res) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    res.setHeader('content-type', 'application/json');
    if (req.url === '/.well-known/openidconfiguration') {
      res.end(JSON.stringify({ issuer: ISSUER, jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
    } else if (req.url === '/keys') {
      res.end(JSON.stringify({ keys: [jwk] }));
    } else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, privateKey, server };
}

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function jwt(claims: Record<string, unknown>, key: KeyObject, header: Record<string, unknown> = {}): string {
  const head = b64url({ alg: 'RS256', typ: 'JWT', kid: KID, ...header });
  const body = b64url(claims);
  const signature = sign('RSA-SHA256', Buffer.from(`${head}.${body}`), key).toString('base64url');
  return `${head}.${body}.${signature}`;
}

describe('Bot Framework authentication', () => {
  let provider: Provider;
  let h: Harness;
  const nowSec = () => Math.floor(Date.now() / 1000);
  const claims = (overrides: Record<string, unknown> = {}) => ({
    iss: ISSUER,
    aud: BOT_ID,
    serviceurl: h.connector.url,
    nbf: nowSec() - 60,
    exp: nowSec() + 3600,
    ...overrides,
  });
  // A member other than the bot joining a team channel: the bot answers nothing, so no outgoing token is needed.
  const silentActivity = () => ({
    type: 'conversationUpdate',
    id: `cu-${Math.random()}`,
    channelId: 'msteams',
    serviceUrl: h.connector.url,
    from: { id: '29:anna', aadObjectId: '00000000-0000-0000-0000-00000000a001' },
    recipient: { id: `28:${BOT_ID}` },
    conversation: { id: '19:general@thread.tacv2', conversationType: 'channel', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
    membersAdded: [{ id: '29:someone-else' }],
  });
  const postWith = async (authorization: string | undefined) => (await postFull(authorization)).status;
  const postFull = async (authorization: string | undefined) => {
    const res = await fetch(`${h.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify(silentActivity()),
    });
    return { status: res.status, body: await res.text() };
  };

  beforeAll(async () => {
    provider = await startProvider();
    h = await startHarness({
      env: {
        BOT_ID,
        BOT_PASSWORD: 'not-used-by-these-tests',
        BOT_TYPE: 'SingleTenant',
        BOT_TENANT_ID: TENANT,
        BOTFRAMEWORK_VALIDATE_AUTHORITY: 'false',
        BOTFRAMEWORK_LOGIN_URL: `${provider.url}/login`,
        BOTFRAMEWORK_OAUTH_SCOPE: ISSUER,
        BOTFRAMEWORK_TOKEN_ISSUER: ISSUER,
        BOTFRAMEWORK_OAUTH_URL: `${provider.url}/oauth`,
        BOTFRAMEWORK_OPENID_METADATA_URL: `${provider.url}/.well-known/openidconfiguration`,
        BOTFRAMEWORK_EMULATOR_OPENID_METADATA_URL: `${provider.url}/.well-known/openidconfiguration`,
        BOTFRAMEWORK_CALLER_ID: 'urn:botframework:test',
      },
    });
  });
  afterAll(async () => {
    await h?.close();
    await new Promise((resolve) => provider?.server.close(resolve));
  });

  it('validToken_isAccepted', async () => {
    const status = await postWith(`Bearer ${jwt(claims(), provider.privateKey)}`);

    expect(status).toBe(200);
    expect(h.connector.received).toEqual([]);
  });

  it('noToken_is401', async () => {
    expect(await postWith(undefined)).toBe(401);
  });

  it('wrongAudience_is401', async () => {
    expect(await postWith(`Bearer ${jwt(claims({ aud: 'some-other-bot' }), provider.privateKey)}`)).toBe(401);
  });

  it('expiredToken_is401', async () => {
    const expired = claims({ nbf: nowSec() - 7200, exp: nowSec() - 3600 });

    expect(await postWith(`Bearer ${jwt(expired, provider.privateKey)}`)).toBe(401);
  });

  it('wrongIssuer_is401', async () => {
    expect(await postWith(`Bearer ${jwt(claims({ iss: 'https://evil.example' }), provider.privateKey)}`)).toBe(401);
  });

  it('wrongSignature_is401', async () => {
    const { privateKey: otherKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

    expect(await postWith(`Bearer ${jwt(claims(), otherKey)}`)).toBe(401);
  });

  it('unknownKeyId_is401', async () => {
    expect(await postWith(`Bearer ${jwt(claims(), provider.privateKey, { kid: 'unknown' })}`)).toBe(401);
  });

  it('serviceUrlNotInToken_is401', async () => {
    expect(await postWith(`Bearer ${jwt(claims({ serviceurl: 'https://elsewhere.example' }), provider.privateKey)}`)).toBe(401);
  });

  it('unsignedToken_is401', async () => {
    const none = `${b64url({ alg: 'none', typ: 'JWT', kid: KID })}.${b64url(claims())}.`;

    expect(await postWith(`Bearer ${none}`)).toBe(401);
  });

  // The JWT library treats a token without exp as never expiring; the Bot Framework always sets one.
  it('tokenWithoutExp_is401', async () => {
    const { exp: _exp, ...forever } = claims();

    expect(await postWith(`Bearer ${jwt(forever, provider.privateKey)}`)).toBe(401);
  });

  it.each([
    ['a non-numeric exp', { exp: 'morgen' }],
    ['a null exp', { exp: null }],
  ])('tokenWith_%s_is401', async (_name, patch) => {
    expect(await postWith(`Bearer ${jwt(claims(patch), provider.privateKey)}`)).toBe(401);
  });

  it('refusedToken_bodySaysNoMoreThanUnauthorized', async () => {
    const { privateKey: otherKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

    const res = await postFull(`Bearer ${jwt(claims(), otherKey)}`);

    expect(res).toEqual({ status: 401, body: JSON.stringify({ error: httpTexts.unauthorized }) });
  });

  it('garbageHeader_is401', async () => {
    expect(await postWith('Bearer not.a.jwt')).toBe(401);
    expect(await postWith('Basic dXNlcjpwYXNz')).toBe(401);
  });
});

describe('token check when the OpenID metadata cannot be fetched', () => {
  let provider: Provider;
  const logLines: Record<string, any>[] = [];
  let closedPort: number;

  beforeAll(async () => {
    provider = await startProvider();
    // A port that was just free and is closed again: connection refused, at once and on loopback.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    closedPort = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
  });
  afterAll(async () => {
    await new Promise((resolve) => provider?.server.close(resolve));
  });

  const harnessWithMetadataAt = (metadataUrl: string) =>
    startHarness({
      log: createLogger('warn', {}, (line) => logLines.push(JSON.parse(line))),
      env: {
        BOT_ID,
        BOT_PASSWORD: 'not-used-by-these-tests',
        BOT_TYPE: 'SingleTenant',
        BOT_TENANT_ID: TENANT,
        BOTFRAMEWORK_VALIDATE_AUTHORITY: 'false',
        BOTFRAMEWORK_LOGIN_URL: `${provider.url}/login`,
        BOTFRAMEWORK_OAUTH_SCOPE: ISSUER,
        BOTFRAMEWORK_TOKEN_ISSUER: ISSUER,
        BOTFRAMEWORK_OAUTH_URL: `${provider.url}/oauth`,
        BOTFRAMEWORK_OPENID_METADATA_URL: metadataUrl,
        BOTFRAMEWORK_EMULATOR_OPENID_METADATA_URL: metadataUrl,
        BOTFRAMEWORK_CALLER_ID: 'urn:botframework:test',
      },
    });

  it.each([
    ['unreachable', () => `http://127.0.0.1:${closedPort}/.well-known/openidconfiguration`],
    ['answering 404', () => `${provider.url}/nothing-here`],
  ])('metadata_%s_answers503WithoutInternals_andLogsIt', async (_name, metadataUrl) => {
    const h = await harnessWithMetadataAt(metadataUrl());
    const before = logLines.length;
    const nowSec = Math.floor(Date.now() / 1000);
    const token = jwt({ iss: ISSUER, aud: BOT_ID, serviceurl: h.connector.url, nbf: nowSec - 60, exp: nowSec + 3600 }, provider.privateKey);
    try {
      const res = await fetch(`${h.baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          type: 'message',
          id: 'm-1',
          channelId: 'msteams',
          serviceUrl: h.connector.url,
          from: { id: '29:anna' },
          recipient: { id: `28:${BOT_ID}` },
          conversation: { id: 'a:personal-anna', conversationType: 'personal', tenantId: TENANT },
          text: 'hulp',
        }),
      });

      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ error: httpTexts.unavailable });
      expect(logLines.slice(before).map((l) => l.event)).toContain('token_check_unavailable');
      expect(h.connector.received).toEqual([]);
    } finally {
      await h.close();
    }
  });
});

describe('Bot Framework cloud settings', () => {
  it('config_onlySomeBotframeworkSettings_isRefused', () => {
    const load = () => loadConfig({ BOTFRAMEWORK_OPENID_METADATA_URL: 'http://127.0.0.1:1/.well-known/openidconfiguration' });

    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/BOTFRAMEWORK_LOGIN_URL: verplicht zodra BOTFRAMEWORK_OPENID_METADATA_URL gezet is/);
  });

  it('config_noBotframeworkSettings_meansPublicCloud', () => {
    const config = loadConfig({});

    expect(config.BOTFRAMEWORK_OPENID_METADATA_URL).toBeUndefined();
    expect(config.BOTFRAMEWORK_VALIDATE_AUTHORITY).toBe(true);
  });
});

describe('tenant allow-list', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { ALLOWED_TENANT_IDS: `${TENANT}, 99999999-0000-0000-0000-000000000000` } });
  });
  afterAll(async () => {
    await h.close();
  });

  it('messageFromAllowedTenant_isAnswered', async () => {
    const replies = await h.say('hulp');

    expect(replyText(replies.at(-1))).toContain('Wat kan ik voor je doen?');
  });

  it('messageFromOtherTenant_isIgnored', async () => {
    const stranger = { conversation: { id: 'a:personal-stranger', conversationType: 'personal', tenantId: 'evil-tenant' }, channelData: { tenant: { id: 'evil-tenant' } } };
    const stateBefore = h.bot.db.prepare('SELECT COUNT(*) AS n FROM bot_state').get();

    const replies = await h.say('hulp', ANNA, stranger);

    expect(replies).toEqual([]);
    expect(h.bot.db.prepare('SELECT COUNT(*) AS n FROM bot_state').get()).toEqual(stateBefore);
  });

  it('messageWithoutTenant_isIgnored', async () => {
    const replies = await h.say('hulp', ANNA, { conversation: { id: 'a:personal-x', conversationType: 'personal' }, channelData: {} });

    expect(replies).toEqual([]);
  });
});
