/**
 * Every date and time the bot shows, formatted in one place with luxon's
 * Dutch locale, always on Amsterdam's wall clock: "woensdag 4 februari 2026",
 * "9.30 uur", "9.30–10.30 uur". Times are written the Dutch way (a point, no
 * leading zero, "uur"), in answers, cards, reminders and the .ics alike.
 */
import { DateTime } from 'luxon';
import { localDateTime, ZONE } from '../clock';

const formattedDates = new Map<string, string>();

/** "2026-02-04" → "woensdag 4 februari 2026" (or without the year). Remembered: every answer names a few of the same dates. */
export function formatDate(iso: string, withYear = true): string {
  const key = `${iso}|${withYear}`;
  let text = formattedDates.get(key);
  if (text === undefined) {
    text = localDateTime(iso, '12:00').setLocale('nl').toFormat(withYear ? 'cccc d LLLL yyyy' : 'cccc d LLLL');
    if (formattedDates.size > 5000) formattedDates.clear();
    formattedDates.set(key, text);
  }
  return text;
}

/** "09:30" (programme wall time) → "9.30". */
export function formatTime(time: string): string {
  const [h, m] = time.split(':');
  return `${Number(h)}.${m}`;
}

/** "9.30–10.30 uur", "vanaf 9.30 uur", or null when the start is unknown. */
export function timeRange(start: string | null, end: string | null): string | null {
  if (start === null) return null;
  return end ? `${formatTime(start)}–${formatTime(end)} uur` : `vanaf ${formatTime(start)} uur`;
}

/** An ISO instant → "woensdag 4 februari om 12.30 uur" in Amsterdam. */
export function formatInstant(iso: string): string {
  const local = DateTime.fromISO(iso, { setZone: true }).setZone(ZONE);
  return `${formatDate(local.toISODate()!, false)} om ${formatTime(local.toFormat('HH:mm'))} uur`;
}

/** An ISO instant → "4 februari 2026" in Amsterdam (when something was made). */
export function formatShortDate(iso: string): string {
  return DateTime.fromISO(iso, { setZone: true }).setZone(ZONE).setLocale('nl').toFormat('d LLLL yyyy');
}

/** "2026-01-28 17:00" (Amsterdam wall time) → "28 januari, 17.00 uur": a registration deadline, as organisers say it. */
export function formatMoment(moment: string): string {
  const day = localDateTime(moment.slice(0, 10), '12:00').setLocale('nl').toFormat('d LLLL');
  return `${day}, ${formatTime(moment.slice(11, 16))} uur`;
}
