/**
 * The calendar feature: "agenda" (the personal feed link with how-to) and
 * "agenda vernieuwen" (a new link; the old one stops working). The link is
 * personal, so it is only given in a 1:1 chat, never where others read it.
 * The calendar buttons on session cards come with every SessionView.
 */
import { calendarTexts as t } from '../texts/calendar';
import { formatShortDate } from '../texts/dates';
import { general } from '../texts/nl';
import type { Command, Feature } from './core';
import { isPersonal } from './sessions';
import { textReply, type Reply, type Request } from './types';

/** The asker's user id when the link may be shown here, else the reply that says why not. */
function personalAsker(req: Request): string | Reply {
  if (!req.who) return textReply(general.noIdentity);
  if (!isPersonal(req)) return textReply(t.personalOnly);
  return req.who.userId;
}

const renewCommand: Command = {
  name: 'agenda vernieuwen',
  pattern: /^(mijn\s+)?agenda(-?link)?\s+(vernieuwen|vernieuw|opnieuw|nieuw)[\s.!?]*$/i,
  async handle(req, _match, deps) {
    const userId = personalAsker(req);
    if (typeof userId !== 'string') return userId;
    return textReply(t.feedRenewed(deps.services.calendar.renewFeedLink(userId).url));
  },
};

const feedCommand: Command = {
  name: 'agenda',
  pattern: /^(mijn\s+)?(agenda|agenda-?link|agenda-?abonnement)[\s.!?]*$/i,
  async handle(req, _match, deps) {
    const userId = personalAsker(req);
    if (typeof userId !== 'string') return userId;
    const link = deps.services.calendar.feedLink(userId);
    return textReply(link.kind === 'created' ? t.feedCreated(link.url) : t.feedExists(formatShortDate(link.createdAt)));
  },
};

export const calendarFeature: Feature = { name: 'calendar', commands: [renewCommand, feedCommand] };
