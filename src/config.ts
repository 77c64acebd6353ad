/**
 * The one configuration schema. Every variable is documented, with its default,
 * in env.sample; the process refuses to start on an invalid value and names it.
 */
import { DateTime } from 'luxon';
import { z } from 'zod';
import { dutchErrorMap } from './zodDutch';
import { parseLimits } from './outbox/rateLimiter';

const csv = z
  .string()
  .default('')
  .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean));

const optionalString = z
  .string()
  .optional()
  .transform((s) => (s === undefined || s.trim() === '' ? undefined : s.trim()));

/** "7/1000,60/30000": count per window in ms, for the outbox's rate limits. */
const limitsSpec = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((s, ctx) => {
      try {
        return parseLimits(s === '' ? fallback : s);
      } catch (err) {
        ctx.addIssue({ code: 'custom', message: (err as Error).message });
        return z.NEVER;
      }
    });

const boolFlag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
    .default(fallback ? 'true' : 'false')
    .transform((v) => (v === '' ? fallback : ['true', '1', 'yes'].includes(v)));

/** Setting any of these replaces the whole public-cloud configuration of botbuilder. */
const BOTFRAMEWORK_CLOUD_KEYS = [
  'BOTFRAMEWORK_LOGIN_URL',
  'BOTFRAMEWORK_OAUTH_SCOPE',
  'BOTFRAMEWORK_TOKEN_ISSUER',
  'BOTFRAMEWORK_OAUTH_URL',
  'BOTFRAMEWORK_OPENID_METADATA_URL',
  'BOTFRAMEWORK_EMULATOR_OPENID_METADATA_URL',
  'BOTFRAMEWORK_CALLER_ID',
] as const;

const NOW_YEARS = [2000, 2100] as const;

/** Links are built on this address and opened by Outlook and browsers: only http(s) with a host will do. */
function isWebAddress(s: string): boolean {
  try {
    const url = new URL(s);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** The variables themselves (env.sample documents exactly these keys). */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  // Empty = 127.0.0.1 in local mode (no BOT_ID: no token checks, so nobody else may reach it), all interfaces with BOT_ID.
  HOST: optionalString,
  DATABASE_PATH: z.string().min(1).default('./data/netwerkdag.db'),
  SEEDS_DIR: z.string().min(1).default('./seeds'),
  BOT_ID: optionalString,
  BOT_PASSWORD: optionalString,
  BOT_TYPE: z.enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI']).default('SingleTenant'),
  BOT_TENANT_ID: optionalString,
  // Bot Framework cloud endpoints. Empty = Microsoft's public cloud. Setting any one of them makes
  // botbuilder use exactly these values for everything, hence the all-or-nothing check below.
  BOTFRAMEWORK_VALIDATE_AUTHORITY: boolFlag(true),
  BOTFRAMEWORK_LOGIN_URL: optionalString,
  BOTFRAMEWORK_OAUTH_SCOPE: optionalString,
  BOTFRAMEWORK_TOKEN_ISSUER: optionalString,
  BOTFRAMEWORK_OAUTH_URL: optionalString,
  BOTFRAMEWORK_OPENID_METADATA_URL: optionalString,
  BOTFRAMEWORK_EMULATOR_OPENID_METADATA_URL: optionalString,
  BOTFRAMEWORK_CALLER_ID: optionalString,
  // Empty = http://localhost:<PORT> (or the HOST address), so changing PORT does not leave every link pointing elsewhere.
  PUBLIC_BASE_URL: optionalString.refine(
    (s) => s === undefined || isWebAddress(s),
    'moet een http- of https-adres zijn, bijv. https://netwerkdag.example.nl',
  ),
  ADMIN_AAD_OBJECT_IDS: csv,
  ALLOWED_TENANT_IDS: csv,
  NOW: optionalString
    .refine(
      (s) => s === undefined || (DateTime.fromISO(s, { setZone: true }).isValid && /([+-]\d\d:?\d\d|Z)$/.test(s)),
      'moet een ISO 8601-tijdstip met tijdzone zijn, bijv. 2026-02-04T09:30:00+01:00',
    )
    // Luxon takes year 1 and +275760; no netwerkdag is near those, and dates that far off break date arithmetic and iCal.
    .refine(
      (s) => {
        const at = s === undefined ? undefined : DateTime.fromISO(s, { setZone: true });
        return at === undefined || !at.isValid || (at.year >= NOW_YEARS[0] && at.year <= NOW_YEARS[1]);
      },
      `moet een tijdstip tussen ${NOW_YEARS[0]} en ${NOW_YEARS[1]} zijn`,
    ),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(10_000_000).default(256_000),
  // Capped: a question to the bot is a few hundred characters, and every command and the answerer read the whole text.
  MAX_TEXT_LENGTH: z.coerce.number().int().min(100).max(10_000).default(4000),
  BACKUP_DIR: optionalString,
  BACKUP_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(7 * 24 * 60).default(60),
  BACKUP_KEEP: z.coerce.number().int().min(1).max(10_000).default(48),
  ORGANIZER_EMAIL: z.string().email().default('info@g40stedennetwerk.nl'),
  ORGANIZER_NAME: z.string().min(1).default('G40 Stedennetwerk'),
  IMPORT_SEEDS_ON_START: boolFlag(true),
  ANSWER_THREAD: boolFlag(true),
  REMINDER_MINUTES_BEFORE: z
    .string()
    .optional()
    .transform((s) => (s === undefined || s.trim() === '' ? undefined : s.trim()))
    .pipe(z.coerce.number().int().min(1).max(24 * 60).optional()),
  OUTBOX_CONVERSATION_LIMITS: limitsSpec('7/1000,60/30000,1800/3600000'),
  OUTBOX_TENANT_LIMITS: limitsSpec('50/1000'),
  OUTBOX_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(8),
  OUTBOX_RETRY_BASE_MS: z.coerce.number().int().min(1).max(600_000).default(1000),
  OUTBOX_RETRY_MAX_MS: z.coerce.number().int().min(1).max(3_600_000).default(60_000),
  OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(8),
  OUTBOX_LEASE_MS: z.coerce.number().int().min(100).max(3_600_000).default(120_000),
  OUTBOX_SEND_TIMEOUT_MS: z.coerce.number().int().min(10).max(3_600_000).default(30_000),
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).max(600_000).default(1000),
  OUTBOX_CONFIRM_WAIT_MS: z.coerce.number().int().min(0).max(10_000).default(3000),
  SIGNUP_LINK_SECRET: optionalString.refine((s) => s === undefined || s.length >= 32, 'moet minstens 32 tekens lang zijn'),
  SIGNUP_LINK_HOURS: z.coerce.number().int().min(1).max(24 * 14).default(24),
  // Files sent to the bot (programme workbooks): only https from these hosts ("*.x" = any subdomain of x).
  // Teams hands the bot a downloadUrl on the sender's OneDrive for Business (<tenant>-my.sharepoint.com).
  ATTACHMENT_ALLOWED_HOSTS: z
    .string()
    .default('*.sharepoint.com')
    .transform((s) => (s.trim() === '' ? '*.sharepoint.com' : s).split(',').map((x) => x.trim()).filter(Boolean))
    .refine((hosts) => hosts.every((h) => /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(h)), 'komma-gescheiden hostnamen, bijv. *.sharepoint.com'),
  ATTACHMENT_MAX_BYTES: z.coerce.number().int().min(1024).max(50_000_000).default(5_000_000),
  ATTACHMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
});

export const configSchema = envSchema
  .superRefine((c, ctx) => {
    if (c.BOT_ID && !c.BOT_PASSWORD && c.BOT_TYPE !== 'UserAssignedMSI') {
      ctx.addIssue({ code: 'custom', path: ['BOT_PASSWORD'], message: 'verplicht wanneer BOT_ID gezet is (behalve bij UserAssignedMSI)' });
    }
    if (c.BOT_ID && c.BOT_TYPE === 'SingleTenant' && !c.BOT_TENANT_ID) {
      ctx.addIssue({ code: 'custom', path: ['BOT_TENANT_ID'], message: 'verplicht bij BOT_TYPE=SingleTenant' });
    }
    // A send still running when its lease lapses could be claimed and sent a second time alongside it.
    if (c.OUTBOX_SEND_TIMEOUT_MS >= c.OUTBOX_LEASE_MS) {
      ctx.addIssue({ code: 'custom', path: ['OUTBOX_SEND_TIMEOUT_MS'], message: `moet kleiner zijn dan OUTBOX_LEASE_MS (${c.OUTBOX_LEASE_MS})` });
    }
    const cloud = BOTFRAMEWORK_CLOUD_KEYS.filter((k) => c[k] !== undefined);
    if (cloud.length > 0) {
      for (const k of BOTFRAMEWORK_CLOUD_KEYS.filter((k) => c[k] === undefined)) {
        ctx.addIssue({ code: 'custom', path: [k], message: `verplicht zodra ${cloud[0]} gezet is (alle BOTFRAMEWORK_-waarden samen of geen)` });
      }
    }
  })
  .transform((c) => {
    const HOST = c.HOST ?? defaultHost(c.BOT_ID);
    return { ...c, HOST, PUBLIC_BASE_URL: c.PUBLIC_BASE_URL ?? defaultBaseUrl(HOST, c.PORT) };
  });

/**
 * Without BOT_ID nothing checks tokens: whoever reaches the port acts as anyone, admins included,
 * and can make the bot POST to any serviceUrl. So local mode listens on loopback unless HOST says otherwise.
 */
export function defaultHost(botId: string | undefined): string {
  return botId ? '0.0.0.0' : '127.0.0.1';
}

/** Where this machine reaches itself: a wildcard or loopback address becomes localhost; an IPv6 address gets brackets. */
export function defaultBaseUrl(host: string, port: number): string {
  const name = host === '0.0.0.0' || host === '::' || isLoopbackHost(host) ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${port}`;
}

/** True for addresses only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly variable: string, reason: string) {
    super(`Ongeldige configuratie: ${variable}: ${reason}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = configSchema.safeParse(env, { errorMap: dutchErrorMap });
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ConfigError(String(issue.path[0] ?? '?'), issue.message);
  }
  return result.data;
}

/** For command-line entry points: the config, or the Dutch reason on stderr and exit code 2. */
export function loadConfigOrExit(env: Record<string, string | undefined> = process.env): Config {
  try {
    return loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
}

/** Local mode: no BOT_ID, so no token checks. Fine for the emulator and tests, never in production. */
export function isLocalMode(config: Config): boolean {
  return !config.BOT_ID;
}
