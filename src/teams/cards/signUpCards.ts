/**
 * The sign-up cards: a session with the viewer's sign-up state (the card an
 * Action.Execute refreshes to), the per-round form, "mijn programma", the
 * participant list and the promotion notice. Texts come from texts/signups.
 */
import { SIGNUP_VERBS } from '../../bot/signups';
import type { FormRound } from '../../bot/types';
import type { MyEventSignups, Participant, SessionSignupState } from '../../signups/types';
import { signupTexts as t } from '../../texts/signups';

/** What a feature adds to a session card: lines under its facts, and buttons. */
export interface SessionExtras {
  body?: CardElement[];
  actions?: CardAction[];
}
import { actionSet, card, execute, facts, heading, openUrl, text, type AdaptiveCardJson, type CardAction, type CardElement } from './adaptive';

const VERBS = SIGNUP_VERBS;

/** The card's `refresh`: Teams asks for this user's current view when they see the card again. */
export function refreshFor(userId: string, ref: { sessionId: number; eventId: number }): Record<string, unknown> {
  return { action: { type: 'Action.Execute', verb: VERBS.refresh, data: { verb: VERBS.refresh, ...ref } }, userIds: [userId] };
}

function whereOf(s: { room: string | null; location: string | null }): string | null {
  return [s.room, s.location].filter(Boolean).join(', ') || null;
}

/** What the viewer can do with a session now: one state line and the matching buttons. */
export function signupExtras(state: SessionSignupState): SessionExtras {
  const s = state.session;
  const ref = { sessionId: s.id, eventId: s.eventId };
  if (state.mine?.status === 'confirmed') {
    return { body: [text(t.confirmed, { weight: 'Bolder', color: 'Good' })], actions: [execute(t.cancel, VERBS.cancel, ref, 'destructive')] };
  }
  if (state.mine?.status === 'waiting') {
    return {
      body: [text(t.waiting(state.mine.position), { weight: 'Bolder', color: 'Warning' })],
      actions: [execute(t.leaveWaitlist, VERBS.cancel, ref)],
    };
  }
  // The same availability answers speak of; the refusal only words why.
  if (state.availability === 'notNeeded') return {};
  if (state.availability !== 'open') return { body: [text(`${t.closed}: ${t.refusal(state.closed ?? 'registrationClosed')}`, { isSubtle: true })] };
  if (state.otherInRound) {
    return {
      body: [text(t.otherInRound(state.otherInRound.session.title, state.otherInRound.status === 'waiting'))],
      actions: [execute(t.switchTo, VERBS.switch, ref)],
    };
  }
  if (state.seatsLeft === 0) {
    return { body: [text(state.waiting > 0 ? t.fullWithWaiting(state.waiting) : t.full, { color: 'Warning' })], actions: [execute(t.joinWaitlist, VERBS.wait, ref)] };
  }
  return {
    body: [text(state.seatsLeft === null ? t.noLimit : t.seatsLeft(state.seatsLeft), { isSubtle: true })],
    actions: [execute(t.signUp, VERBS.join, ref, 'positive')],
  };
}

export function signUpFormCard(event: { id: number; title: string }, rounds: FormRound[]): AdaptiveCardJson {
  const body: CardElement[] = [heading(t.formTitle(event.title)), text(t.formIntro, { isSubtle: true })];
  for (const r of rounds) {
    body.push(text(r.name, { weight: 'Bolder', spacing: 'Medium' }));
    body.push({
      type: 'Input.ChoiceSet',
      id: `round_${r.roundId}`,
      style: 'expanded',
      value: r.current === null ? '' : String(r.current),
      choices: [
        { title: t.formNoChoice, value: '' },
        ...r.options.map((o) => ({ title: t.formChoice(o.title, o.seatsLeft, o.closed), value: String(o.sessionId) })),
      ],
    });
  }
  return card(body, [execute(t.submitForm, VERBS.submit, { eventId: event.id }, 'positive')]);
}

export function formResultCard(lines: { round: string; line: string }[]): AdaptiveCardJson {
  if (lines.length === 0) return card([text(t.formNothingChosen)]);
  return card([heading(t.formResultTitle), facts(lines.map((l) => [l.round, l.line]))]);
}

export function myProgrammeCard(groups: MyEventSignups[], notice: string | null = null): AdaptiveCardJson {
  const top: CardElement[] = [...(notice ? [text(notice, { weight: 'Bolder' })] : []), heading(t.myTitle)];
  if (groups.length === 0) return card([...top, text(t.myNothing)]);
  const body: CardElement[] = top;
  for (const g of groups) {
    body.push(text(g.event.title, { weight: 'Bolder', spacing: 'Large' }));
    for (const s of g.signups) {
      const state = s.status === 'confirmed' ? t.confirmed : t.waiting(s.position ?? 0);
      body.push({
        type: 'Container',
        separator: true,
        items: [
          text(s.session.title, { weight: 'Bolder' }),
          text(`${t.whenText(s.session.date, s.session.start, s.session.end)}${whereOf(s.session) ? ` · ${whereOf(s.session)}` : ''}`, { isSubtle: true, spacing: 'None' }),
          text(state, { spacing: 'None' }),
          actionSet([execute(s.status === 'confirmed' ? t.cancel : t.leaveWaitlist, VERBS.cancel, { sessionId: s.session.id, eventId: s.session.eventId, from: 'mine' })]),
        ],
      });
    }
  }
  return card(body);
}

/** "mijn programma" where others read along: what it would show stays private, with a button to get it in the 1:1 chat. */
export function myProgrammeElsewhereCard(): AdaptiveCardJson {
  return card([text(t.myPersonalOnly)], [execute(t.mySendPrivately, VERBS.sendMine)]);
}

function names(people: Participant[], withPosition: boolean): CardElement {
  if (people.length === 0) return text(t.participantsNone, { isSubtle: true });
  return text(people.map((p) => `${withPosition ? `${p.position}. ` : ''}${p.name || p.userId}`).join('\n'), { spacing: 'None' });
}

export function participantsCard(
  title: string,
  list: { capacity: number | null; confirmed: Participant[]; waiting: Participant[] },
  csvUrl: string,
  validHours: number,
): AdaptiveCardJson {
  return card(
    [
      heading(t.participantsTitle(title)),
      text(t.participantsCounts(list.confirmed.length, list.capacity, list.waiting.length)),
      text(t.participantsConfirmed, { weight: 'Bolder' }),
      names(list.confirmed, false),
      text(t.participantsWaiting, { weight: 'Bolder' }),
      names(list.waiting, true),
      text(t.participantsLinkValid(validHours), { isSubtle: true, size: 'Small' }),
    ],
    [openUrl(t.downloadCsv, csvUrl)],
  );
}

/** The personal "a seat came free" message: the session card under a heading, always with the calendar link. */
export function promotedCard(title: string, sessionCard: AdaptiveCardJson, calendarUrl: string): AdaptiveCardJson {
  const actions = sessionCard.actions ?? [];
  const calendar: CardAction = openUrl(t.calendarLink, calendarUrl);
  return {
    ...sessionCard,
    body: [heading(t.promotedTitle), text(t.promoted(title)), ...sessionCard.body],
    actions: actions.some((a) => a.url === calendarUrl) ? actions : [calendar, ...actions],
  };
}
