/**
 * What the people who run a netwerkdag (the G40 office and the theme-group
 * secretaries) ask the bot: "aanmeldingen [stad]", the counts per session.
 * Counts are not personal data, so they may be asked anywhere; names stay
 * behind "deelnemers <sessie>" in the 1:1 chat.
 */
import { general } from '../texts/nl';
import { signupTexts as t } from '../texts/signups';
import type { Command, Feature } from './core';
import { textReply } from './types';

// Trailing words are captured as in ./core (Command.pattern): linear in the text's length.
const commands: Command[] = [
  {
    name: 'aanmeldingen',
    pattern: /^aanmeldingen(?:\s+(?:van|voor|bij|in)(?=\s))?(?:\s+(?=\S)(.*[^\s?!.]))?[\s?!.]*$/i,
    async handle(req, match, deps) {
      if (!req.who) return textReply(general.noIdentity);
      const { roles, answers, signups, programme } = deps.services;
      const admin = roles.isAdmin(req.who);
      const groups = admin ? [] : roles.secretaryOf(req.who);
      if (!admin && groups.length === 0) return textReply(t.overviewForbidden);
      const words = match[1]?.trim() ?? '';
      const event = answers.resolveEvent(words, { lastEventId: req.memory.lastEventId })?.event;
      if (!event) return textReply(words ? t.unknownEvent(words) : t.noEvents);
      req.memory.lastEventId = event.id;
      const overview = signups.registrationOverview(event.id);
      if (!overview) return textReply(t.unknownEvent(words));
      // A secretary sees the sessions their own groups organise.
      const rows = admin
        ? overview.sessions
        : overview.sessions.filter((r) => programme.getSessionDetails(r.session.id)?.organisers.some((o) => groups.includes(o.id)));
      if (rows.length === 0) return textReply(`${t.overviewTitle(event.title)}\n\n${admin ? t.overviewNone : t.overviewNoneOfYours}`);
      const sum = (k: 'confirmed' | 'waiting') => rows.reduce((n, r) => n + r[k], 0);
      const lines = rows.map((r) => `- ${t.overviewLine(r.session.title, r.confirmed, r.capacity, r.waiting)}`);
      return textReply([`**${t.overviewTitle(event.title)}**`, lines.join('\n'), t.overviewTotal(sum('confirmed'), sum('waiting'))].join('\n\n'));
    },
  },
];

export const organisersFeature: Feature = { name: 'organisers', commands };
