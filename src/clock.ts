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

/** A wall time ("HH:MM") on a date ("YYYY-MM-DD") in Amsterdam, as an instant. */
export function localDateTime(date: string, time: string): DateTime {
  return DateTime.fromISO(`${date}T${time}`, { zone: ZONE });
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
