/**
 * What feature modules add to every card that shows a session: sign-up state
 * and buttons (signups), calendar buttons (calendar). The session card asks
 * each provider; a provider knows its own domain, the card knows none.
 */
import type { SessionDetails } from '../programme/types';
import type { CardAction, CardElement } from './cards/adaptive';
import type { BotDeps } from './deps';
import type { Viewer } from './identity';

export interface SessionExtras {
  /** Lines shown under the session's facts (e.g. "Je bent aangemeld", "Nog 12 plaatsen"). */
  body?: CardElement[];
  /** Buttons (e.g. Aanmelden, Toevoegen aan agenda). */
  actions?: CardAction[];
}

export type SessionExtrasProvider = (session: SessionDetails, viewer: Viewer | null, deps: BotDeps) => SessionExtras;

export function collectExtras(
  providers: SessionExtrasProvider[],
  session: SessionDetails,
  viewer: Viewer | null,
  deps: BotDeps,
): Required<SessionExtras> {
  const body: CardElement[] = [];
  const actions: CardAction[] = [];
  for (const provide of providers) {
    const extra = provide(session, viewer, deps);
    body.push(...(extra.body ?? []));
    actions.push(...(extra.actions ?? []));
  }
  return { body, actions };
}
