/**
 * The calendar in Teams: "agenda" (the personal feed link with how-to),
 * "agenda vernieuwen" (a new link; the old one stops working) and the calendar
 * buttons on every session card. The link is personal, so it is only given in a
 * 1:1 chat, never in a channel or group chat where others would read it.
 */
import { formatShortDate } from '../texts/dates';
import { general } from '../texts/nl';
import { calendarTexts as t } from '../texts/calendar';
import type { FeatureModule } from './app';
import { openUrl, text } from './cards/adaptive';
import type { Command, CommandContext } from './commands';
import type { SessionExtrasProvider } from './sessionExtras';

/** Plain text: Teams still links the URL, and nothing in it is read as markdown. */
async function reply(ctx: CommandContext, message: string): Promise<void> {
  await ctx.context.sendActivity({ type: 'message', text: message, textFormat: 'plain' });
}

/** The viewer's user id when the link may be shown here, else null after saying why. */
async function personalViewer(ctx: CommandContext): Promise<string | null> {
  if (!ctx.viewer) {
    await reply(ctx, general.noIdentity);
    return null;
  }
  if (ctx.context.activity.conversation?.conversationType !== 'personal') {
    await reply(ctx, t.personalOnly);
    return null;
  }
  return ctx.viewer.userId;
}

const renewCommand: Command = {
  name: 'agenda vernieuwen',
  pattern: /^(mijn\s+)?agenda(-?link)?\s+(vernieuwen|vernieuw|opnieuw|nieuw)[\s.!?]*$/i,
  async handle(ctx) {
    const userId = await personalViewer(ctx);
    if (userId === null) return;
    const renewed = ctx.deps.services.calendar.renewFeedLink(userId);
    await reply(ctx, t.feedRenewed(renewed.url));
  },
};

const feedCommand: Command = {
  name: 'agenda',
  pattern: /^(mijn\s+)?(agenda|agenda-?link|agenda-?abonnement)[\s.!?]*$/i,
  async handle(ctx) {
    const userId = await personalViewer(ctx);
    if (userId === null) return;
    const link = ctx.deps.services.calendar.feedLink(userId);
    await reply(ctx, link.kind === 'created' ? t.feedCreated(link.url) : t.feedExists(formatShortDate(link.createdAt)));
  },
};

export const calendarSessionExtras: SessionExtrasProvider = (session, _viewer, deps) => {
  const links = deps.services.calendar.sessionLinks(session);
  switch (links.kind) {
    case 'links':
      return { actions: [openUrl(t.addToCalendar, links.icsUrl), openUrl(t.outlookWeb, links.outlookWebUrl)] };
    case 'noTime':
      return { body: [text(t.noTimeLine, { isSubtle: true, size: 'Small' })] };
    case 'cancelled':
      // The card already says the session is cancelled; there is nothing to add to a calendar.
      return {};
  }
};

export const calendarModule: FeatureModule = {
  commands: [renewCommand, feedCommand],
  sessionExtras: calendarSessionExtras,
};
