/**
 * A compact list of sessions: title, time and place per line (and, when the
 * answer has one, a short label such as whether sign-up is still possible);
 * tapping one opens that session's own card (a typed Action.Submit, which
 * works in Teams desktop, web, mobile and the emulator alike).
 */
import { NAV_VERBS } from '../../bot/answers';
import type { SessionDetails } from '../../programme/types';
import { answers, timeRange } from '../../texts/answers';
import { card, heading, text, type AdaptiveCardJson, type CardElement } from './adaptive';

function line(s: SessionDetails, label: string | null): CardElement {
  const where = [s.room, s.location].filter((p): p is string => p !== null).join(', ');
  const meta = [timeRange(s.start, s.end) ?? answers.noTimeKnown, where, s.status === 'vervalt' ? answers.cancelledLabel : '', label ?? '']
    .filter((x) => x !== '')
    .join(' · ');
  return {
    type: 'Container',
    spacing: 'Small',
    items: [text(s.title, { weight: 'Bolder' }), text(meta, { isSubtle: true, spacing: 'None' })],
    selectAction: { type: 'Action.Submit', data: { verb: NAV_VERBS.session, sessionId: s.id } },
  };
}

/** `labels`, when given, runs parallel to `sessions`. */
export function sessionListCard(title: string, sessions: SessionDetails[], footer: string | null = null, labels: string[] | null = null): AdaptiveCardJson {
  const body: CardElement[] = [heading(title), ...sessions.map((s, i) => line(s, labels?.[i] ?? null))];
  if (footer) body.push(text(footer, { isSubtle: true }));
  return card(body);
}
