/**
 * Time for the whole bot. Everything the bot says or decides is in
 * Europe/Amsterdam, whatever the server's own TZ is; NOW in config pins it.
 */
import { DateTime } from 'luxon';

export const ZONE = 'Europe/Amsterdam';

export type Clock = () => DateTime;

export const systemClock: Clock = () => DateTime.now().setZone(ZONE);

export function fixedClock(iso: string): Clock {
  const at = DateTime.fromISO(iso, { setZone: true }).setZone(ZONE);
  if (!at.isValid) throw new Error(`Ongeldig tijdstip: ${iso}`);
  return () => at;
}

/**
 * Instants already worked out, by "date T time". Parsing with a named zone is
 * luxon's slow path (tens of µs), and every card and sign-up rule asks for the
 * same few programme times again; a DateTime is immutable, so one can be shared.
 * Bounded: the keys come from the programme, but nothing should grow without end.
 */
const localInstants = new Map<string, DateTime>();
const MAX_LOCAL_INSTANTS = 5000;

/** A wall time ("HH:MM") on a date ("YYYY-MM-DD") in Amsterdam, as an instant. */
export function localDateTime(date: string, time: string): DateTime {
  const key = `${date}T${time}`;
  let at = localInstants.get(key);
  if (at === undefined) {
    at = DateTime.fromISO(key, { zone: ZONE });
    if (localInstants.size >= MAX_LOCAL_INSTANTS) localInstants.clear();
    localInstants.set(key, at);
  }
  return at;
}

/**
 * Starts at `start` and advances with real elapsed (monotonic) time. The outbox
 * worker uses it: with NOW pinned for a demo, retries and scheduled posts must
 * still become due as time passes.
 */
export function runningClock(start: DateTime, elapsedMs: () => number = () => performance.now()): Clock {
  const t0 = elapsedMs();
  return () => start.plus({ milliseconds: elapsedMs() - t0 });
}
