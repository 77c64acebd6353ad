import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, envSchema, loadConfig } from '../src/config';

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected ConfigError');
}

describe('config', () => {
  it('emptyEnv_givesEmbeddedDefaults', () => {
    const c = loadConfig({});

    expect([c.PORT, c.DATABASE_PATH, c.SEEDS_DIR, c.BOT_ID, c.NOW, c.ADMIN_AAD_OBJECT_IDS]).toEqual([
      3978,
      './data/netwerkdag.db',
      './seeds',
      undefined,
      undefined,
      [],
    ]);
  });

  it('badPort_namesTheVariable', () => {
    const err = configError({ PORT: 'abc' });

    expect(err.variable).toBe('PORT');
    expect(err.message).toMatch(/^Ongeldige configuratie: PORT: /);
  });

  it('sendTimeoutNotBelowLease_isRefused', () => {
    const err = configError({ OUTBOX_LEASE_MS: '1000', OUTBOX_SEND_TIMEOUT_MS: '1000' });

    expect(err.variable).toBe('OUTBOX_SEND_TIMEOUT_MS');
    expect(err.message).toBe('Ongeldige configuratie: OUTBOX_SEND_TIMEOUT_MS: moet kleiner zijn dan OUTBOX_LEASE_MS (1000)');
  });

  it('sendTimeout_defaultsWellBelowTheLease', () => {
    const c = loadConfig({});

    expect([c.OUTBOX_SEND_TIMEOUT_MS, c.OUTBOX_LEASE_MS]).toEqual([30_000, 120_000]);
  });

  it('nowWithoutOffset_isRefused', () => {
    const err = configError({ NOW: '2026-02-04T09:30:00' });

    expect(err.variable).toBe('NOW');
  });

  it('nowWithOffset_isAccepted', () => {
    expect(loadConfig({ NOW: '2026-02-04T09:30:00+01:00' }).NOW).toBe('2026-02-04T09:30:00+01:00');
  });

  it('botIdWithoutPassword_isRefused', () => {
    expect(configError({ BOT_ID: 'abc', BOT_TENANT_ID: 't' }).variable).toBe('BOT_PASSWORD');
  });

  it('singleTenantWithoutTenant_isRefused', () => {
    expect(configError({ BOT_ID: 'abc', BOT_PASSWORD: 'x' }).variable).toBe('BOT_TENANT_ID');
  });

  it('lists_areSplitOnCommas', () => {
    expect(loadConfig({ ADMIN_AAD_OBJECT_IDS: ' a, b ,,c' }).ADMIN_AAD_OBJECT_IDS).toEqual(['a', 'b', 'c']);
  });

  it('envSample_documentsEveryVariableWithItsDefault', () => {
    const sample = readFileSync('env.sample', 'utf8');
    const documented = new Map(
      [...sample.matchAll(/^([A-Z_]+)=(.*)$/gm)].map((m) => [m[1]!, m[2]!] as const),
    );
    const keys = Object.keys(envSchema.shape);

    expect([...documented.keys()].sort()).toEqual([...keys].sort());
    const fromSample = loadConfig(Object.fromEntries(documented));
    expect(fromSample).toEqual(loadConfig({}));
    for (const key of keys) {
      const line = sample.split('\n').findIndex((l) => l.startsWith(`${key}=`));
      expect(sample.split('\n')[line - 1], `comment above ${key}`).toMatch(/^# /);
    }
  });

  // Local mode checks no tokens: listening on every interface made anyone on the network an admin.
  it('localModeWithoutHost_listensOnLoopbackOnly', () => {
    expect(loadConfig({}).HOST).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '' }).HOST).toBe('127.0.0.1');
  });

  it('withBotIdWithoutHost_listensOnAllInterfaces', () => {
    expect(loadConfig({ BOT_ID: 'abc', BOT_PASSWORD: 'x', BOT_TENANT_ID: 't' }).HOST).toBe('0.0.0.0');
  });

  it('explicitHost_winsInEitherMode', () => {
    expect(loadConfig({ HOST: '0.0.0.0' }).HOST).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '127.0.0.1', BOT_ID: 'abc', BOT_PASSWORD: 'x', BOT_TENANT_ID: 't' }).HOST).toBe('127.0.0.1');
  });

  it.each(['0001-01-01T00:00:00Z', '+275760-09-13T00:00:00Z', '1999-12-31T23:59:59+01:00', '2101-01-01T00:00:00Z'])('nowOutsideSaneYears_%s_isRefused', (now) => {
    const err = configError({ NOW: now });

    expect(err.variable).toBe('NOW');
    expect(err.message).toMatch(/tussen 2000 en 2100/);
  });

  it('nowAtTheEdgesOfTheRange_isAccepted', () => {
    expect(loadConfig({ NOW: '2000-01-01T00:00:00+01:00' }).NOW).toBe('2000-01-01T00:00:00+01:00');
    expect(loadConfig({ NOW: '2100-12-31T23:59:00Z' }).NOW).toBe('2100-12-31T23:59:00Z');
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'ftp://g40.example.nl', 'mailto:a@b.nl', 'geen adres'])(
    'publicBaseUrlNotHttp_%s_isRefused',
    (url) => {
      const err = configError({ PUBLIC_BASE_URL: url });

      expect(err.variable).toBe('PUBLIC_BASE_URL');
      expect(err.message).toMatch(/http- of https-adres/);
    },
  );

  it('publicBaseUrl_http_and_https_areAccepted', () => {
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://g40.example.nl' }).PUBLIC_BASE_URL).toBe('https://g40.example.nl');
    expect(loadConfig({ PUBLIC_BASE_URL: 'http://127.0.0.1:8080' }).PUBLIC_BASE_URL).toBe('http://127.0.0.1:8080');
  });

  // A newcomer who changed PORT got calendar links to port 3978 that led nowhere.
  it('publicBaseUrlDefault_followsPortAndHost', () => {
    expect(loadConfig({}).PUBLIC_BASE_URL).toBe('http://localhost:3978');
    expect(loadConfig({ PORT: '4000' }).PUBLIC_BASE_URL).toBe('http://localhost:4000');
    expect(loadConfig({ PORT: '4000', HOST: '0.0.0.0' }).PUBLIC_BASE_URL).toBe('http://localhost:4000');
    expect(loadConfig({ PORT: '4000', HOST: '192.168.10.5' }).PUBLIC_BASE_URL).toBe('http://192.168.10.5:4000');
    expect(loadConfig({ PORT: '4000', HOST: 'fd00::5' }).PUBLIC_BASE_URL).toBe('http://[fd00::5]:4000');
    expect(loadConfig({ PORT: '4000', PUBLIC_BASE_URL: 'https://g40.example.nl' }).PUBLIC_BASE_URL).toBe('https://g40.example.nl');
  });

  // 100 000 was allowed, and took seconds per message in the command patterns of the time.
  it('maxTextLengthAboveTheCap_isRefused', () => {
    expect(configError({ MAX_TEXT_LENGTH: '10001' }).variable).toBe('MAX_TEXT_LENGTH');
    expect(configError({ MAX_TEXT_LENGTH: '100000' }).message).toBe('Ongeldige configuratie: MAX_TEXT_LENGTH: hoogstens 10000');
    expect(loadConfig({ MAX_TEXT_LENGTH: '10000' }).MAX_TEXT_LENGTH).toBe(10_000);
  });
});
