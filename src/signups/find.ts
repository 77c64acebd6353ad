/**
 * Which netwerkdag the sign-up form is for ("aanmelden", "aanmelden zoetermeer").
 * Sessions are resolved by the answers (Answerer.findSessions); the answers
 * keep their event choice private, so the same default rule lives here too.
 */
import type { DateTime } from 'luxon';
import { tokens } from '../answers/normalize';
import type { ProgrammeStore } from '../programme/store';
import type { NetworkEvent } from '../programme/types';

/**
 * The named netwerkdag (by city, slug or title words), else the next upcoming
 * one, else the most recent: the same default the answers use.
 */
export function pickEvent(store: ProgrammeStore, text: string, now: DateTime): NetworkEvent | null {
  const events = store.listEvents();
  const words = tokens(text);
  if (words.length > 0) {
    const named = events.filter((e) => {
      const names = new Set([...tokens(e.city), ...tokens(e.slug)]);
      return words.every((w) => names.has(w));
    });
    if (named.length > 0) return named.at(-1)!;
    return null;
  }
  const today = now.toISODate()!;
  const upcoming = events.find((e) => (e.days.at(-1)?.date ?? '') >= today);
  return upcoming ?? events.at(-1) ?? null;
}
