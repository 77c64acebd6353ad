/**
 * The one session card: title, time, place, organisers, people and a short
 * description, plus what other modules add (sign-up, calendar) through the
 * session extras, and buttons for what one would ask next.
 */
import { sessionPlace } from '../../programme/place';
import type { SessionDetails } from '../../programme/types';
import { answers, formatDate, timeRange } from '../../texts/answers';
import type { BotDeps } from '../deps';
import type { Viewer } from '../identity';
import { collectExtras } from '../sessionExtras';
import { card, facts, heading, openUrl, text, type AdaptiveCardJson, type CardAction, type CardElement } from './adaptive';

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
function roundOf(s: SessionDetails): string | undefined {
  if (!s.round) return undefined;
  const name = s.round.orderKnown ? s.round.name : answers.orderUnknown(s.round.name);
  return s.inferred.round ? answers.withCaveat(name, s.inferred.round) : name;
}

function organisersOf(s: SessionDetails): string {
  const names = s.organisers.map((o) => o.name).join(', ');
  return names && s.inferred.organisers ? answers.withCaveat(names, s.inferred.organisers) : names;
}

export function whenOf(s: SessionDetails): string {
  return `${formatDate(s.date)}, ${timeRange(s.start, s.end) ?? answers.noTimeKnown}`;
}

function imBack(title: string, value: string): CardAction {
  return { type: 'Action.Submit', title, data: { msteams: { type: 'imBack', value } } };
}

function roundNumberOf(code: string): number | null {
  const m = code.match(/ronde-?(\d+)$/);
  return m ? Number(m[1]) : null;
}

/** Renders a session for one viewer; other modules reuse it to show a refreshed card. */
export function renderSessionCard(session: SessionDetails, viewer: Viewer | null, deps: BotDeps): AdaptiveCardJson {
  const s = session;
  const multi = s.event.days.length > 1;
  const body: CardElement[] = [
    heading(s.title),
    text(answers.eventLine(s.event, 'named', multi ? s.day.dayNumber : null), { isSubtle: true, spacing: 'None' }),
  ];
  if (s.status === 'vervalt') body.push(text(answers.cancelled(s.title), { color: 'Attention', weight: 'Bolder' }));
  body.push(
    facts([
      [answers.factWhen, whenOf(s)],
      [answers.factRound, roundOf(s)],
      [answers.factWhere, placeOf(s) ?? answers.unknown],
      [answers.factOrganisers, organisersOf(s)],
      [answers.factPeople, s.people.filter((p) => p.role !== 'contact').map((p) => answers.personLine(p.name, p.role, p.function)).join('; ')],
    ]),
  );
  if (s.description) body.push(text(shortDescription(s.description), { spacing: 'Medium' }));

  const extras = collectExtras(deps.sessionExtras, s, viewer, deps);
  body.push(...extras.body);
  const next: CardAction[] = [];
  const roundNo = s.round ? roundNumberOf(s.round.code) : null;
  if (roundNo !== null) next.push(imBack(answers.buttonRound, answers.roundQuery(roundNo, s.event.city, s.day.dayNumber, multi)));
  next.push(imBack(answers.buttonProgramme, answers.programmeQuery(s.event.city, s.day.dayNumber, multi)));
  const links = s.links.slice(0, 2).map((l) => openUrl(l.label, l.url));
  return card(body, [...extras.actions, ...links, ...next].slice(0, 6));
}
