/**
 * Where a session is, composed once for cards, answers and calendar entries. A session with
 * its own location (a walk's starting point, another building, a bus) is not at the day's
 * venue, so the venue is not added to it: "Textiel-Lab, TextielMuseum", not
 * "Textiel-Lab, TextielMuseum (LocHal, Spoorzone Tilburg)". A room is in the venue, so there
 * the venue is added.
 */
import type { EventDay } from './types';

export interface SessionPlace {
  /** Room and own location as the programme gives them; null when it gives neither. */
  spot: string | null;
  /** The day's venue (and address) when the session is there; null when it has its own location or the day has no venue. */
  venue: string | null;
  /** The parts of spot and venue, most specific first, without repeats (for a calendar LOCATION). */
  parts: string[];
}

export function sessionPlace(s: { room: string | null; location: string | null; day: Pick<EventDay, 'venue' | 'address'> }): SessionPlace {
  const own = [s.room, s.location].filter((p): p is string => p !== null && p.trim() !== '');
  const spot = own.length > 0 ? own.join(', ') : null;
  const atVenue = s.location === null || s.location === s.day.venue;
  const venueParts = atVenue ? [s.day.venue, s.day.address].filter((p): p is string => p !== null && p.trim() !== '') : [];
  // A spot that already names the venue ("LocHal, Spoorzone Tilburg") does not get it twice.
  const venueNamed = spot !== null && s.day.venue !== null && spot.includes(s.day.venue);
  const venue = venueParts.length > 0 && !venueNamed ? venueParts.join(', ') : null;
  const parts = [...new Set([...own, ...(venue ? venueParts : venueNamed && atVenue && s.day.address ? [s.day.address] : [])])];
  return { spot, venue, parts };
}
