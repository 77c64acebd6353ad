/**
 * Which netwerkdag and which session a person means when signing up by text
 * ("aanmelden zoetermeer", "meld me aan voor Netneutraal bouwen"). Interim:
 * when src/answers exports its own event and session resolvers, these should
 * delegate to them so both features understand text the same way.
 */
import type { DateTime } from 'luxon';
import { fold, stem, tokens } from '../answers/normalize';
import type { ProgrammeStore } from '../programme/store';
import type { NetworkEvent, Session } from '../programme/types';

/** Words that say what kind of thing, not which one: "de excursie Piushaven". */
const GENERIC = new Set(['de', 'het', 'een', 'sessie', 'keuzesessie', 'excursie', 'wandeling', 'themaronde', 'ronde', 'bijeenkomst', 'van', 'voor']);

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

/**
 * Sessions that take sign-ups matching the words, best first. When they span
 * several netwerkdagen, those of `preferredEventId` win; when the words are a
 * session's whole title, only that session.
 */
export function findSignupSessions(store: ProgrammeStore, text: string, preferredEventId?: number): Session[] {
  const words = tokens(text).filter((w) => !GENERIC.has(w));
  if (words.length === 0) return [];
  const hits = store.search(words.map(stem), { mode: 'AND', limit: 20 }).filter((h) => h.docType === 'session');
  let sessions = hits
    .map((h) => store.getSession(h.refId))
    .filter((s): s is Session => s !== undefined && s.signupEnabled && !s.removed);
  if (new Set(sessions.map((s) => s.eventId)).size > 1) {
    const preferred = sessions.filter((s) => s.eventId === preferredEventId);
    if (preferred.length > 0) sessions = preferred;
  }
  const exact = sessions.filter((s) => fold(s.title) === fold(text.trim()));
  return exact.length > 0 ? exact : sessions;
}
