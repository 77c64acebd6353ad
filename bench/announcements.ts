/**
 * npm run bench:announcements — 40 linked channels (BENCH_POSTS_PER_CHANNEL
 * announcements each) and 500 personal reminders through the real bot and a
 * connector stand-in that enforces Teams' limits (per conversation and for the
 * tenant, answering 429 with Retry-After when exceeded) and injects faults
 * (429s and 5xx). Prints total time against the theoretical minimum under the
 * same limits, and delivered / duplicated / lost. Limits are scaled by env so
 * the run takes seconds; nothing is asserted.
 */
import { performance } from 'node:perf_hooks';
import { countByStatus, enqueue, saveConversationRef } from '../src/outbox/outbox';
import { minimumDuration, parseLimits, RateLimiter } from '../src/outbox/rateLimiter';
import { ANNA, startHarness } from '../test/support/botHarness';

const CHANNELS = 40;
const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 500);
const POSTS_PER_CHANNEL = Number(process.env.BENCH_POSTS_PER_CHANNEL ?? 2);
const CONVERSATION_LIMITS = process.env.BENCH_CONVERSATION_LIMITS ?? '7/1000,60/30000,1800/3600000';
const TENANT_LIMITS = process.env.BENCH_TENANT_LIMITS ?? '50/1000';
const FAULT_RATE = Number(process.env.BENCH_FAULT_RATE ?? 0.03);
const NOW = '2026-02-04T09:30:00+01:00';

/** Deterministic faults, so two runs are comparable. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function main(): Promise<void> {
  const h = await startHarness({
    now: NOW,
    env: {
      ADMIN_AAD_OBJECT_IDS: ANNA.aadObjectId!,
      OUTBOX_CONVERSATION_LIMITS: CONVERSATION_LIMITS,
      OUTBOX_TENANT_LIMITS: TENANT_LIMITS,
      OUTBOX_CONCURRENCY: '16',
      OUTBOX_RETRY_BASE_MS: '100',
      OUTBOX_RETRY_MAX_MS: '2000',
      OUTBOX_POLL_MS: '200',
    },
  });
  // The harness starts the worker; stop it while the outbox is filled so the clock starts with a full queue.
  const { services, db } = h.bot;
  const admin = { userId: ANNA.aadObjectId! };

  // Stand-in Teams: the same limits, enforced on arrival, plus injected faults.
  const server = new RateLimiter(parseLimits(CONVERSATION_LIMITS), parseLimits(TENANT_LIMITS));
  const random = mulberry32(40);
  let throttledByLimits = 0;
  let injected = 0;
  h.connector.faults = ({ path, conversationId, body }) => {
    const key = path === '/v3/conversations' ? `channel:${body?.channelData?.channel?.id}` : `chat:${conversationId}`;
    const r = random();
    if (r < FAULT_RATE / 3) {
      injected++;
      return { status: 429, headers: { 'retry-after': '0.5' } };
    }
    if (r < FAULT_RATE) {
      injected++;
      return { status: [500, 502, 503, 504][Math.floor(random() * 4)]! };
    }
    const now = performance.now();
    const wait = server.tryAcquire(key, now);
    if (wait > 0) {
      throttledByLimits++;
      return { status: 429, headers: { 'retry-after': (Math.ceil(wait / 100) / 10).toFixed(1) } };
    }
    return undefined;
  };

  // 40 theme groups with a linked channel each (extra groups beside the real ones, for scale).
  const insert = db.prepare(`INSERT INTO organisers (slug, name, kind, aliases) VALUES (?, ?, 'themagroep', '[]')`);
  for (let i = 1; i <= CHANNELS; i++) insert.run(`bench-tg-${i}`, `Benchgroep ${i}`);
  const groups = services.programme.listOrganisers().filter((o) => o.slug.startsWith('bench-tg-'));
  for (const [i, g] of groups.entries()) {
    const channelId = `19:bench-${i + 1}@thread.tacv2`;
    const reference = { channelId: 'msteams', serviceUrl: h.connector.url, conversation: { id: channelId, conversationType: 'channel' }, bot: { id: '28:bot' } };
    services.announcements.channels.link(admin, g.name, { channelId, channelName: 'Algemeen', teamId: channelId, teamName: g.name }, JSON.stringify(reference));
  }

  const store = services.programme;
  const zoetermeer = store.getEventBySlug('2026-02-04-zoetermeer')!;
  const session = store.listSessions(zoetermeer.id).find((s) => s.start !== null && s.status === 'gepland')!;
  const sends: string[] = [];
  const nowIso = '2026-02-04T08:30:00.000Z';
  // Queue everything first, then measure from the moment the worker may start.
  await new Promise((r) => setTimeout(r, 50));
  for (const g of groups) {
    for (let p = 1; p <= POSTS_PER_CHANNEL; p++) {
      const d = services.announcements.draft(admin, { themeGroupId: g.id, title: `${g.name} bericht ${p}`, body: 'Nog 5 plaatsen vrij.' });
      if (d.kind !== 'draft') throw new Error(`draft: ${d.kind}`);
      services.announcements.post(admin, d.announcement.id);
      sends.push(`channel:${services.announcements.channels.linkOf(g.id)!.channelId}`);
    }
  }
  for (let i = 1; i <= PEOPLE; i++) {
    const conversation = `a:bench-person-${i}`;
    const reference = { channelId: 'msteams', serviceUrl: h.connector.url, conversation: { id: conversation, conversationType: 'personal' }, bot: { id: '28:bot' }, user: { id: `29:p${i}` } };
    saveConversationRef(db, `user:bench-${i}`, JSON.stringify(reference), nowIso);
    enqueue(db, { kind: 'reminder', target: { type: 'user', userId: `bench-${i}` }, payload: { sessionId: session.id, version: session.version }, dedupeKey: `reminder:bench-${i}:${session.id}:v${session.version}` }, nowIso);
    sends.push(`chat:${conversation}`);
  }
  const expected = sends.length;
  const started = performance.now();
  services.outboxSignals.kick();
  const deadline = started + 120_000;
  for (;;) {
    const c = countByStatus(db);
    if (c.pending === 0 && c.sending === 0) break;
    if (performance.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const elapsed = performance.now() - started;

  const delivered = new Map<string, number>();
  for (const c of h.connector.createdConversations) {
    const title = JSON.stringify(c.body.activity?.attachments?.[0]?.content ?? {}).match(/Benchgroep \d+ bericht \d+/)?.[0];
    if (title) delivered.set(title, (delivered.get(title) ?? 0) + 1);
  }
  for (const m of h.connector.messages()) {
    if (m.conversationId.startsWith('a:bench-person-')) delivered.set(m.conversationId, (delivered.get(m.conversationId) ?? 0) + 1);
  }
  const unique = delivered.size;
  const duplicated = [...delivered.values()].reduce((s, n) => s + n - 1, 0);
  const minimum = minimumDuration(sends, parseLimits(CONVERSATION_LIMITS), parseLimits(TENANT_LIMITS));
  const status = countByStatus(db);

  const rows: [string, string][] = [
    ['messages', `${expected} (${CHANNELS} channels × ${POSTS_PER_CHANNEL} posts, ${PEOPLE} personal reminders)`],
    ['limits', `per conversation ${CONVERSATION_LIMITS}; tenant ${TENANT_LIMITS}`],
    ['faults injected', `${injected} (429 with Retry-After 0.5 s, 500/502/503/504), ${throttledByLimits} refused by the limits`],
    ['total time', `${(elapsed / 1000).toFixed(2)} s`],
    ['theoretical minimum', `${(minimum / 1000).toFixed(2)} s`],
    ['ratio', `${(elapsed / Math.max(1, minimum)).toFixed(3)} × (target ≤ 1.2)`],
    ['delivered', String(unique)],
    ['duplicated', String(duplicated)],
    ['lost', String(expected - unique)],
    ['outbox', `sent ${status.sent}, failed ${status.failed}, pending ${status.pending}, sending ${status.sending}`],
  ];
  for (const [k, v] of rows) console.log(`${k.padEnd(20)} ${v}`);
  await h.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
