/** How a session's facts are phrased on cards and in answers: when, where, round, organisers, a short description. */
import { sessionPlace } from '../programme/place';
import type { SessionDetails } from '../programme/types';
import { answers, formatDate, timeRange } from './answers';

/** Longest description a card shows; the rest is in the programme. */
const DESCRIPTION_CHARS = 400;

export function shortDescription(description: string, max = DESCRIPTION_CHARS): string {
  const flat = description.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 40))}…`;
}

/** The room or meeting point the programme gives; null when it gives none. */
export function spotOf(s: SessionDetails): string | null {
  return sessionPlace(s).spot;
}

/** The day's venue when the session is there; null when it has its own location elsewhere. */
export function venueOf(s: SessionDetails): string | null {
  return sessionPlace(s).venue;
}

/** Where a session is, as precisely as the programme says, with the note when the room is inferred; null when it says nothing. */
export function placeOf(s: SessionDetails): string | null {
  const { spot, venue } = sessionPlace(s);
  const place = spot ? (venue ? `${spot} (${venue})` : spot) : venue ? answers.venueOnly(venue) : null;
  return place && s.inferred.room ? answers.withCaveat(place, s.inferred.room) : place;
}

/** The round's name, saying so when its place in the day or this session's place in it is not from the programme. */
export function roundOf(s: SessionDetails): string | undefined {
  if (!s.round) return undefined;
  const name = s.round.orderKnown ? s.round.name : answers.orderUnknown(s.round.name);
  return s.inferred.round ? answers.withCaveat(name, s.inferred.round) : name;
}

export function organisersOf(s: SessionDetails): string {
  const names = s.organisers.map((o) => o.name).join(', ');
  return names && s.inferred.organisers ? answers.withCaveat(names, s.inferred.organisers) : names;
}

export function whenOf(s: SessionDetails): string {
  return `${formatDate(s.date)}, ${timeRange(s.start, s.end) ?? answers.noTimeKnown}`;
}

