/**
 * Hostile input through the real HTTP path: a few thousand malformed and random
 * activities and card payloads from a seeded PRNG (so a failure replays). The
 * process must stay up, answer every request below 500, never say "something
 * went wrong", and leave the programme untouched; sign-ups that random data
 * happens to make legitimately must still obey every rule.
 *
 * FUZZ_DEBUG=1 prints every failing request with the activity that caused it.
 *
 * Card verbs are not listed here: they are read from the core's features
 * (FEATURES, each declaring its card actions), so a feature added later is
 * fuzzed without touching this file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { FEATURES } from '../../src/bot';
import { createLogger } from '../../src/log';
import { general } from '../../src/texts/nl';
import { ANNA, BOB, messageActivity, startHarness, TENANT, type Harness } from '../support/botHarness';

const SEED = 0x6a40;
const ROUNDS = 3000;
const NOW = '2026-02-04T09:30:00+01:00';

/** Tables whose rows the bot legitimately adds or rewrites (health_probe: each /healthz) while it runs; everything else must not change. */
const MAY_GROW = new Set(['bot_state', 'health_probe', 'outbox', 'conversation_refs', 'signups', 'signup_events', 'app_secrets', 'calendar_feeds']);

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every card verb some feature declares. */
export function registeredVerbs(): string[] {
  return FEATURES.flatMap((f) => (f.actions ?? []).map((a) => a.verb));
}

const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\ud800',
  '\udfff\ud800',
  '\u202egnp.exe',
  '\u200b\u200b\u200b',
  'e\u0301\u0301\u0301\u0301',
  '👩🏽‍💻🏳️‍🌈',
  '𝕳𝖊𝖑𝖕',
  'ﷺ',
  '<script>alert(1)</script>',
  "'; DROP TABLE sessions; --",
  '" OR 1=1 --',
  '%s%s%n%x',
  '${process.exit()}',
  '{{constructor.constructor("return process")()}}',
  '../../../../etc/passwd',
  '__proto__',
  'constructor',
  'NaN',
  '1e309',
  '-0',
  '0x10',
  '99999999999999999999',
  '<at>G40</at>',
  'hulp',
  'aanmelden',
  'mijn programma',
  'deelnemers',
  'agenda',
  'programma',
  'aankondiging',
  'koppel',
  'Wat is er om 14.45?',
  'Waar is de sessie van ZJO?',
];

const COMMAND_WORDS = ['hulp', 'aanmelden', 'afmelden', 'mijn programma', 'deelnemers', 'agenda', 'agenda vernieuwen', 'programma', 'aankondiging', 'koppel', 'wachtlijst', 'wissel', 'wie', 'waar', 'wanneer'];
const ACTIVITY_TYPES = ['message', 'invoke', 'conversationUpdate', 'messageReaction', 'installationUpdate', 'event', 'typing', 'endOfConversation', 'messageUpdate', 'messageDelete', 'Message', 'INVOKE', '', ' ', 'trace', 'handoff', 'x'.repeat(300)];
const INVOKE_NAMES = ['adaptiveCard/action', 'task/fetch', 'task/submit', 'composeExtension/query', 'composeExtension/submitAction', 'signin/verifyState', 'signin/tokenExchange', 'fileConsent/invoke', 'actionableMessage/executeAction', 'config/fetch', 'message/submitAction', 'healthCheck', 'garbage', ''];
const FIELDS = ['type', 'id', 'from', 'recipient', 'conversation', 'channelData', 'serviceUrl', 'channelId', 'text', 'value', 'name', 'entities', 'attachments', 'membersAdded', 'membersRemoved', 'locale', 'timestamp', 'replyToId'];

class Fuzzer {
  constructor(
    private readonly rnd: () => number,
    private readonly verbs: string[],
    private readonly serviceUrl: string,
  ) {}

  int(n: number): number {
    return Math.floor(this.rnd() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
  chance(p: number): boolean {
    return this.rnd() < p;
  }

  string(): string {
    switch (this.int(6)) {
      case 0:
        return this.pick(NASTY_STRINGS);
      case 1:
        return this.pick(COMMAND_WORDS) + ' ' + this.pick(NASTY_STRINGS);
      case 2:
        return Array.from({ length: this.int(40) }, () => String.fromCodePoint(this.int(0x2ffff))).join('');
      case 3:
        return this.pick(NASTY_STRINGS).repeat(1 + this.int(this.chance(0.1) ? 20_000 : 50));
      case 4:
        return String(this.int(1000));
      default:
        return this.pick(COMMAND_WORDS);
    }
  }

  value(depth = 0): unknown {
    const k = this.int(depth > 3 ? 7 : 10);
    switch (k) {
      case 0:
        return null;
      case 1:
        return this.chance(0.5);
      case 2:
        return this.pick([0, -1, 1, 2, 3, 7, 42, 1.5, -0.0001, 2 ** 31, 2 ** 53, -(2 ** 63), 1e308]);
      case 3:
      case 4:
        return this.string();
      case 5:
        return this.int(300);
      case 6:
        return this.pick(['{}', '[]', 'null', 'true']);
      case 7:
        // A long array only of scalars: nesting long arrays would blow up the generator, not the bot.
        return depth === 0 && this.chance(0.05)
          ? Array.from({ length: 5000 }, () => this.int(10))
          : Array.from({ length: this.int(5) }, () => this.value(depth + 1));
      default:
        return this.object(depth + 1);
    }
  }

  object(depth = 0): Record<string, unknown> {
    const o: Record<string, unknown> = {};
    for (let i = this.int(6); i > 0; i--) o[this.chance(0.7) ? this.pick(FIELDS) : this.string().slice(0, 50)] = this.value(depth);
    if (this.chance(0.05)) Object.defineProperty(o, '__proto__', { value: { polluted: true }, enumerable: true });
    return o;
  }

  /** Card data: the keys real cards use, with random values. */
  cardData(): Record<string, unknown> {
    const data: Record<string, unknown> = this.chance(0.3) ? this.object() : {};
    if (this.chance(0.8)) data.sessionId = this.chance(0.5) ? 1 + this.int(60) : this.value();
    if (this.chance(0.8)) data.eventId = this.chance(0.5) ? 1 + this.int(6) : this.value();
    if (this.chance(0.3)) data[`round_${this.chance(0.7) ? 1 + this.int(20) : this.string().slice(0, 12)}`] = this.chance(0.5) ? String(1 + this.int(60)) : this.value();
    if (this.chance(0.2)) data.from = this.pick(['mine', 'x', 1, null]);
    if (this.chance(0.2)) data.text = this.string();
    return data;
  }

  user(): Record<string, unknown> {
    const u = this.pick([ANNA, BOB, { id: '29:fuzz', aadObjectId: 'fuzz-aad-1', name: 'Fuzz' }]);
    return { id: u.id, aadObjectId: u.aadObjectId, name: this.chance(0.8) ? u.name : this.string().slice(0, 1000) };
  }

  activity(): Record<string, unknown> {
    const type = this.chance(0.85) ? this.pick(['message', 'invoke', 'conversationUpdate']) : this.chance(0.5) ? this.pick(ACTIVITY_TYPES) : this.value();
    const base: Record<string, unknown> = {
      ...messageActivity(this.serviceUrl, '', ANNA),
      type,
      from: this.user(),
      text: undefined,
    };
    if (this.chance(0.2)) {
      base.conversation = this.pick([
        { id: '19:chan@thread.tacv2', conversationType: 'channel', tenantId: TENANT },
        { id: 'a:group', conversationType: 'groupChat', tenantId: TENANT },
        { id: `a:${this.string().slice(0, 200)}`, conversationType: 'personal', tenantId: TENANT },
      ]);
    }
    if (this.chance(0.1)) base.channelData = { tenant: { id: TENANT }, ...this.object() };
    if (type === 'message') {
      base.text = this.chance(0.9) ? this.string() : this.value();
      if (this.chance(0.15)) base.value = this.value();
      if (this.chance(0.1)) base.entities = this.value();
      if (this.chance(0.05)) base.attachments = this.value();
    } else if (type === 'invoke') {
      base.name = this.chance(0.75) ? 'adaptiveCard/action' : this.chance(0.7) ? this.pick(INVOKE_NAMES) : this.value();
      const verb = this.chance(0.8) ? this.pick(this.verbs) : this.chance(0.5) ? this.string() : this.value();
      const action: Record<string, unknown> = { type: this.chance(0.9) ? 'Action.Execute' : this.value(), verb, data: this.chance(0.9) ? { verb, ...this.cardData() } : this.value() };
      base.value = this.chance(0.9) ? { action: this.chance(0.95) ? action : this.value(), trigger: this.pick(['manual', 'automatic', this.value()]) } : this.value();
    } else if (type === 'conversationUpdate') {
      base.membersAdded = this.chance(0.5) ? [{ id: this.pick(['28:bot', '29:x', this.value()]) }] : this.value();
      if (this.chance(0.3)) base.membersRemoved = this.value();
      if (this.chance(0.3)) base.channelData = { eventType: this.pick(['teamRenamed', 'channelCreated', 'teamMemberAdded', this.string()]), team: this.value(), tenant: { id: TENANT } };
    }
    // Structural damage in a third of the activities: drop or retype top-level fields. serviceUrl only ever points at loopback.
    for (let i = this.chance(0.33) ? 1 + this.int(3) : 0; i > 0; i--) {
      const f = this.pick(FIELDS);
      // Never a reachable-looking dead address: botbuilder retries those for seconds (in production the token pins serviceUrl).
      if (f === 'serviceUrl') base.serviceUrl = this.pick([undefined, '', 42, 'not a url', 'ftp://127.0.0.1/', 'javascript:alert(1)']);
      else if (f === 'from' && this.chance(0.5)) base.from = this.pick([null, {}, { id: this.value() }, { id: '29:x', aadObjectId: this.value(), name: this.value() }, this.value()]);
      else if (f === 'conversation' && this.chance(0.5)) base.conversation = this.pick([null, { id: this.value() }, { id: '\ud800' }, { id: 'a:x', conversationType: this.value(), tenantId: this.value() }]);
      else if (this.chance(0.5)) delete base[f];
      else base[f] = this.value();
    }
    return base;
  }
}

function tableFingerprints(h: Harness): Record<string, string> {
  const db = h.bot.db;
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
  const out: Record<string, string> = {};
  for (const t of tables) {
    if (MAY_GROW.has(t)) continue;
    // Sorted in JS: some tables are WITHOUT ROWID, and the order must not depend on the plan.
    const rows = db.prepare(`SELECT * FROM "${t}"`).raw().all().map((r) => JSON.stringify(r)).sort();
    out[t] = `${rows.length}:${createHash('sha256').update(rows.join('\n')).digest('hex')}`;
  }
  return out;
}

describe('hostile input', () => {
  let h: Harness;
  const logLines: { level: string; event: string; error?: { message?: string; stack?: string } }[] = [];
  beforeAll(async () => {
    h = await startHarness({ now: NOW, log: createLogger('warn', {}, (line) => logLines.push(JSON.parse(line))) });
  });
  afterAll(async () => {
    await h.close();
  });

  it('registeredVerbs_areReadFromTheModules', () => {
    const verbs = registeredVerbs();

    expect(verbs.length).toBeGreaterThan(0);
    expect(new Set(verbs).size).toBe(verbs.length);
  });

  it('fuzz_thousandsOfRandomActivities_noCrashNo5xxProgrammeUnchanged', async () => {
    const verbs = registeredVerbs();
    const fuzz = new Fuzzer(mulberry32(SEED), verbs, h.connector.url);
    const before = tableFingerprints(h);
    const statuses = new Map<string, number>();
    const failures: string[] = [];
    let reported = 0;

    for (let i = 0; i < ROUNDS; i++) {
      const activity = fuzz.activity();
      if (process.env.FUZZ_DEBUG && i % 250 === 0) console.log('progress', i, Date.now());
      let status: number;
      let body: unknown;
      const started = Date.now();
      try {
        const res = await fetch(`${h.baseUrl}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(activity),
          signal: AbortSignal.timeout(10_000),
        });
        status = res.status;
        body = await res.text();
        if (Date.now() - started > 1000) console.log(`#${i} slow ${Date.now() - started}ms ${JSON.stringify(activity).slice(0, 300)}`);
      } catch (err) {
        status = 599;
        body = `${(err as Error).message} ${String((err as { cause?: unknown }).cause)} size=${JSON.stringify(activity).length}`;
      }
      // 501 is the Bot Framework's answer to an invoke nobody handles (an unknown invoke name); never to a message.
      const key = status === 501 && activity.type === 'invoke' ? 'invoke:501' : String(status);
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
      const errors = logLines.filter((l) => l.level === 'error');
      if (errors.length > reported) {
        if (process.env.FUZZ_DEBUG) console.log(`#${i}`, JSON.stringify(errors.slice(reported)).slice(0, 1500), JSON.stringify(activity).slice(0, 600));
        reported = errors.length;
      }
      if (status >= 500 && status !== 501 && process.env.FUZZ_DEBUG) console.log(`#${i} ${status} ${JSON.stringify(body)?.slice(0, 200)} ← ${JSON.stringify(activity).slice(0, 400)}`);
    }
    const health = await fetch(`${h.baseUrl}/healthz`);
    if (process.env.FUZZ_DEBUG) console.log('statuses', JSON.stringify([...statuses]));

    expect(failures).toEqual([]);
    expect(health.status).toBe(200);
    expect([...statuses.keys()].filter((s) => s !== 'invoke:501' && Number(s) >= 500)).toEqual([]);
    expect(logLines.filter((l) => l.level === 'error').map((l) => `${l.event}: ${l.error?.message}`)).toEqual([]);
    // Both the refusals and the real handlers were reached.
    expect(statuses.get('400')).toBeGreaterThan(100);
    expect(statuses.get('200')).toBeGreaterThan(1000);
    expect(tableFingerprints(h)).toEqual(before);
    const alarmed = h.connector.received.filter((r) => r.body.text === general.somethingWentWrong);
    expect(alarmed).toEqual([]);
    expect(h.connector.received.length).toBeGreaterThan(100);
  }, 120_000);

  // restify's body reader used to gunzip these itself: a bad gzip stream ended the process, and the
  // size limit counted compressed bytes. Every body encoding is refused now, on every path, before reading.
  it('fuzz_compressedAndWronglyEncodedBodies_get415_andTheProcessKeepsServing', async () => {
    const random = mulberry32(SEED + 1);
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const fuzz = new Fuzzer(random, registeredVerbs(), h.connector.url);
    const encoders: [string, (b: Buffer) => Buffer][] = [
      ['gzip', (b) => gzipSync(b)],
      ['gzip', (b) => gzipSync(b).subarray(0, Math.max(1, Math.floor(random() * gzipSync(b).length)))],
      ['x-gzip', (b) => gzipSync(b)],
      ['GZip', (b) => gzipSync(b)],
      ['deflate', (b) => deflateSync(b)],
      ['deflate', (b) => deflateRawSync(b)],
      ['br', (b) => brotliCompressSync(b)],
      ['compress', (b) => b],
      ['gzip, br', (b) => brotliCompressSync(gzipSync(b))],
      ['gzip', (b) => b],
      ['br', (b) => Buffer.from(b.toString('base64'))],
      ['zstd', (b) => b],
      ['identity;q=0', (b) => b],
      ['\u00e9ncoding', (b) => b],
    ];
    const paths = ['/api/messages', '/api/messages', '/api/messages', '/healthz', '/agenda/sessie/1.ics', '/nergens'];
    const before = tableFingerprints(h);
    const unexpected: string[] = [];

    for (let batch = 0; batch < 20; batch++) {
      const requests = Array.from({ length: 10 }, () => {
        const [encoding, encode] = pick(encoders);
        const path = pick(paths);
        const body = encode(Buffer.from(JSON.stringify(fuzz.activity())));
        return fetch(`${h.baseUrl}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-encoding': encoding },
          body,
          signal: AbortSignal.timeout(10_000),
        }).then(
          async (res) => (res.status === 415 ? undefined : `${encoding} ${path}: ${res.status} ${await res.text()}`),
          (err: Error) => `${encoding} ${path}: ${err.message}`,
        );
      });
      unexpected.push(...(await Promise.all(requests)).filter((x): x is string => x !== undefined));
      expect((await fetch(`${h.baseUrl}/healthz`)).status).toBe(200);
    }
    const served = await h.say('hulp');

    expect(unexpected).toEqual([]);
    expect(served.length).toBeGreaterThan(0);
    expect(tableFingerprints(h)).toEqual(before);
    expect(logLines.filter((l) => l.level === 'error').map((l) => `${l.event}: ${l.error?.message}`)).toEqual([]);
  }, 120_000);

  it('fuzz_signupsMadeByRandomData_obeyEveryRule', () => {
    const db = h.bot.db;

    const overbooked = db
      .prepare(
        `SELECT s.id FROM sessions s JOIN signups u ON u.session_id = s.id AND u.status = 'confirmed'
         WHERE s.capacity IS NOT NULL GROUP BY s.id HAVING COUNT(*) > s.capacity`,
      )
      .all();
    const twicePerRound = db
      .prepare(`SELECT user_id, round_key FROM signups WHERE status IN ('confirmed','waiting') GROUP BY user_id, round_key HAVING COUNT(*) > 1`)
      .all();
    const withoutHistory = db.prepare('SELECT id FROM signups WHERE id NOT IN (SELECT signup_id FROM signup_events)').all();
    const foreignUsers = db.prepare(`SELECT DISTINCT user_id FROM signups WHERE user_id NOT IN (?, ?, 'fuzz-aad-1')`).all(ANNA.aadObjectId, BOB.aadObjectId);

    expect(overbooked).toEqual([]);
    expect(twicePerRound).toEqual([]);
    expect(withoutHistory).toEqual([]);
    expect(foreignUsers).toEqual([]);
  });
});
