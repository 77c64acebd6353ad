/**
 * The one session card: title, time, place, organisers, people and a short
 * description, plus what other modules add (sign-up, calendar) through the
 * session extras, and buttons for what one would ask next.
 */
import type { SessionView } from '../../bot/types';
import type { SessionCalendarLinks } from '../../calendar/calendarService';
import { answers } from '../../texts/answers';
import { calendarTexts } from '../../texts/calendar';
import { organisersOf, placeOf, roundOf, shortDescription, whenOf } from '../../texts/sessionFacts';
import { NAV_VERBS } from '../../bot/answers';
import { card, facts, heading, openUrl, submit, text, type AdaptiveCardJson, type CardAction, type CardElement } from './adaptive';
import { signupExtras, type SessionExtras } from './signUpCards';

/** The calendar buttons of a session card (or why there are none). */
export function calendarExtras(links: SessionCalendarLinks): SessionExtras {
  switch (links.kind) {
    case 'links':
      return { actions: [openUrl(calendarTexts.addToCalendar, links.icsUrl), openUrl(calendarTexts.outlookWeb, links.outlookWebUrl)] };
    case 'noTime':
      return { body: [text(calendarTexts.noTimeLine, { isSubtle: true, size: 'Small' })] };
    case 'cancelled':
      // The card already says the session is cancelled; there is nothing to add to a calendar.
      return {};
  }
}

/** Renders a session as its reader sees it (sign-up state, calendar), with a line on top saying what just happened. */
export function renderSessionCard(view: SessionView, notice: string | null = null): AdaptiveCardJson {
  const s = view.details;
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

  const extras = [signupExtras(view.signup), calendarExtras(view.calendar)];
  body.push(...extras.flatMap((e) => e.body ?? []));
  const next: CardAction[] = [];
  const roundNo = s.round?.number ?? null;
  if (roundNo !== null) next.push(submit(answers.buttonRound, NAV_VERBS.round, { eventId: s.eventId, round: roundNo, day: s.day.dayNumber }));
  next.push(submit(answers.buttonProgramme, NAV_VERBS.programme, { eventId: s.eventId, day: s.day.dayNumber }));
  const links = s.links.slice(0, 2).map((l) => openUrl(l.label, l.url));
  const json = card(body, [...extras.flatMap((e) => e.actions ?? []), ...links, ...next].slice(0, 6));
  return notice ? { ...json, body: [text(notice, { weight: 'Bolder' }), ...json.body] } : json;
}
