/**
 * npm run bench:calendar — what the calendar costs: GET /agenda/sessie/<id>.ics
 * over loopback for every timed session of the five real netwerkdagen (with
 * BENCH_CONCURRENCY requests in flight), a feed request, and building a feed
 * of every timed session in the domain. Prints figures only; nothing is asserted.
 */
import { performance } from 'node:perf_hooks';
import { feedIcs } from '../src/calendar/ics';
import { sessionTimes } from '../src/calendar/sessionEvent';
import { fixedClock } from '../src/clock';
import { startHarness } from '../test/support/botHarness';

const NOW = '2026-01-20T10:00:00+01:00';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function summary(name: string, samples: number[], wallMs: number): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const perSecond = (samples.length / wallMs) * 1000;
  return `${name}: n=${samples.length} p50=${percentile(sorted, 50).toFixed(2)}ms p95=${percentile(sorted, 95).toFixed(2)}ms max=${sorted.at(-1)!.toFixed(2)}ms (${perSecond.toFixed(0)}/s)`;
}

async function timedGet(url: string): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`GET ${url} gave ${res.status}`);
  return performance.now() - t0;
}

async function inParallel(urls: string[]): Promise<{ samples: number[]; wallMs: number }> {
  const samples: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < urls.length) samples.push(await timedGet(urls[next++]!));
    }),
  );
  return { samples, wallMs: performance.now() - t0 };
}

async function main(): Promise<void> {
  const h = await startHarness({ now: NOW });
  try {
    const { programme, calendar, signups } = h.bot.services;
    const timed = programme
      .listEvents()
      .flatMap((e) => programme.listSessions(e.id))
      .filter((s) => sessionTimes(s) !== null);
    const details = programme.details(timed);

    const urls = Array.from({ length: ROUNDS }, () => timed.map((s) => `${h.baseUrl}/agenda/sessie/${s.id}.ics`)).flat();
    await inParallel(urls.slice(0, timed.length)); // warm-up
    const invites = await inParallel(urls);
    console.log(`${timed.length} timed sessions in the seeds, ${ROUNDS} rounds, ${CONCURRENCY} in flight`);
    console.log(summary('GET session .ics', invites.samples, invites.wallMs));

    const userId = 'bench-user';
    for (const s of programme.listSessions(programme.getEventBySlug('2026-02-04-zoetermeer')!.id).filter((x) => x.signupEnabled)) {
      signups.signUp({ userId, name: 'Bench' }, s.id);
    }
    const url = calendar.renewFeedLink(userId).url.replace(h.bot.config.PUBLIC_BASE_URL, h.baseUrl);
    const feeds = await inParallel(Array.from({ length: ROUNDS * 10 }, () => url));
    console.log(`feed with ${signups.confirmedSessionIds(userId).length} confirmed sessions`);
    console.log(summary('GET feed .ics', feeds.samples, feeds.wallMs));

    const ctx = { organizer: { name: 'G40', email: 'info@example.nl' }, publicBaseUrl: 'https://g40.example.nl', now: fixedClock(NOW)() };
    const build: number[] = [];
    const t0 = performance.now();
    let bytes = 0;
    for (let i = 0; i < ROUNDS; i++) {
      const t = performance.now();
      bytes = feedIcs(details, ctx).length;
      build.push(performance.now() - t);
    }
    console.log(`feed of all ${details.length} timed sessions: ${(bytes / 1024).toFixed(0)} KiB`);
    console.log(summary('build feed in domain', build, performance.now() - t0));
  } finally {
    await h.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
