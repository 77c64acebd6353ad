/**
 * What the people who run a netwerkdag (the G40 office and the theme-group
 * secretaries) ask the bot: "aanmeldingen [stad]", the counts per session
 * (not personal data, so they may be asked anywhere; names stay behind
 * "deelnemers <sessie>" in the 1:1 chat); "programma exporteren [stad]" and
 * "nieuwe netwerkdag", links to the programme as a workbook.
 */
import { signProgrammeDownload } from '../signups/downloadLinks';
import { general } from '../texts/nl';
import { programmeFileTexts as pf } from '../texts/programme';
import { signupTexts as t } from '../texts/signups';
import type { Command, Feature } from './core';
import { isPersonal, programmeTemplateUrl, programmeWorkbookUrl } from './sessions';
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
  {
    name: 'programma exporteren',
    pattern: /^(?:programma\s+exporteren|exporteer\s+(?:het\s+)?programma)(?:\s+(?:van|voor)(?=\s))?(?:\s+(?=\S)(.*[^\s?!.]))?[\s?!.]*$/i,
    async handle(req, match, deps) {
      if (!req.who) return textReply(general.noIdentity);
      // The link is the credential: it is only handed out where nobody else reads along.
      if (!isPersonal(req)) return textReply(pf.personalOnly);
      if (!deps.services.roles.canEditNetwerkdag(req.who)) return textReply(pf.exportForbidden);
      const words = match[1]?.trim() ?? '';
      const event = deps.services.answers.resolveEvent(words, { lastEventId: req.memory.lastEventId })?.event;
      if (!event) return textReply(words ? pf.unknownEvent(words) : pf.noEvents);
      req.memory.lastEventId = event.id;
      const hours = deps.config.SIGNUP_LINK_HOURS;
      const link = signProgrammeDownload(deps.services.downloadSecret(), event.slug, req.now, hours);
      return textReply(pf.exportLink(event.title, programmeWorkbookUrl(deps, link), hours));
    },
  },
  {
    name: 'nieuwe netwerkdag',
    pattern: /^(?:nieuwe\s+netwerkdag|sjabloon|programma\s+sjabloon)[\s?!.]*$/i,
    async handle(req, _match, deps) {
      if (!req.who) return textReply(general.noIdentity);
      if (!isPersonal(req)) return textReply(pf.personalOnly);
      // The template itself is public; only those who may publish a netwerkdag are pointed to it.
      if (!deps.services.roles.canEditNetwerkdag(req.who)) return textReply(pf.exportForbidden);
      return textReply(pf.templateLink(programmeTemplateUrl(deps)));
    },
  },
];

export const organisersFeature: Feature = { name: 'organisers', commands };
