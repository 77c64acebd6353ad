/**
 * What the people who run a netwerkdag (the G40 office and the theme-group
 * secretaries) ask the bot: "aanmeldingen [stad]", the counts per session
 * (not personal data, so they may be asked anywhere; names stay behind
 * "deelnemers <sessie>" in the 1:1 chat); "programma exporteren [stad]" and
 * "nieuwe netwerkdag", links to the programme as a workbook.
 */
import { z } from 'zod';
import { fetchAttachment } from '../files/fetchAttachment';
import { PENDING_ID, type ConfirmOutcome } from '../programme/pending';
import { previewPublish, publishRefusal } from '../programme/publish';
import { parseEventSeedYaml } from '../programme/seedFiles';
import type { EventSeed } from '../programme/seedSchema';
import { workbookToSeed } from '../programme/workbook';
import { signProgrammeDownload } from '../signups/downloadLinks';
import { general } from '../texts/nl';
import { attachmentTexts, publishCardTexts as pc, programmeFileTexts as pf, publishTexts as pt, workbookTexts } from '../texts/programme';
import { signupTexts as t } from '../texts/signups';
import { cardAction, type CardAction, type Command, type CoreDeps, type Feature } from './core';
import { isPersonal, programmeTemplateUrl, programmeWorkbookUrl } from './sessions';
import { cardReply, textReply, type FileInput, type Reply, type Request, type Who } from './types';

export const PUBLISH_VERBS = { publish: 'programme.publish', cancel: 'programme.cancel' } as const;

/** Errors shown of a broken workbook: the first few, then how many more. */
const MAX_ERRORS = 10;

const pendingData = z.object({ id: z.string().regex(PENDING_ID) });

/** Organisers as the workbook reads them: names, abbreviations and aliases besides codes. */
function knownOrganisers(deps: CoreDeps) {
  return deps.services.programme.listOrganisers().map((o) => ({ slug: o.slug, name: o.name, abbreviation: o.abbreviation, aliases: o.aliases }));
}

/** The file as a seed, or the Dutch message saying what is wrong with it (nothing changed). */
async function readProgramme(file: FileInput, deps: CoreDeps): Promise<{ ok: true; seed: EventSeed } | { ok: false; text: string }> {
  const name = file.name.toLowerCase();
  const type = file.fileType || name.split('.').pop() || '';
  const yaml = type === 'yaml' || type === 'yml';
  if (!yaml && type !== 'xlsx') return { ok: false, text: pc.notAProgramme };
  const c = deps.config;
  const fetched = await fetchAttachment(file.downloadUrl, {
    allowedHosts: c.ATTACHMENT_ALLOWED_HOSTS,
    maxBytes: c.ATTACHMENT_MAX_BYTES,
    timeoutMs: c.ATTACHMENT_TIMEOUT_MS,
    localMode: deps.localMode,
  });
  if (!fetched.ok) return { ok: false, text: attachmentTexts.refused(fetched.reason, c.ATTACHMENT_MAX_BYTES) };
  if (yaml) {
    const slugs = new Set(knownOrganisers(deps).map((o) => o.slug));
    const read = parseEventSeedYaml(fetched.bytes.toString('utf8'), slugs, file.name || 'bijlage.yaml');
    return read.ok ? read : { ok: false, text: pt.invalid(`${read.error.field ? `${read.error.field}: ` : ''}${read.error.reason}`) };
  }
  const read = await workbookToSeed(fetched.bytes, { organisers: knownOrganisers(deps) });
  if (read.ok) return read;
  const shown = read.errors.slice(0, MAX_ERRORS).map((e) => `- ${e.text}`);
  if (read.errors.length > MAX_ERRORS) shown.push(workbookTexts.moreErrors(read.errors.length - MAX_ERRORS));
  return { ok: false, text: [pt.workbookErrors, ...shown].join('\n') };
}

/** Whether this person may publish anything at all: admins, and secretaries for their groups' sessions. */
function mayPublish(who: Who, deps: CoreDeps): boolean {
  return deps.services.roles.canEditNetwerkdag(who) || deps.services.roles.secretaryOf(who).length > 0;
}

function forbiddenText(outcome: { netwerkdag: boolean; sessions: { code: string; title: string }[] }): string {
  return outcome.sessions.length > 0 ? pt.forbiddenSessions(outcome.sessions) : pt.forbiddenNetwerkdag;
}

/** A file sent in the 1:1 chat: read it, check who may, keep it, and show the preview. Nothing is published yet. */
async function receiveProgramme(req: Request, file: FileInput, deps: CoreDeps): Promise<Reply> {
  if (!req.who) return textReply(general.noIdentity);
  if (!isPersonal(req)) return textReply(pc.personalOnly);
  if (!mayPublish(req.who, deps)) return textReply(pc.notOrganiser);
  const read = await readProgramme(file, deps);
  if (!read.ok) return textReply(read.text);
  const { db, roles, pendingPublications } = deps.services;
  const preview = previewPublish(db, read.seed);
  // Refused now rather than after Publiceren: the rows outside their group are named straight away.
  const refusal = preview.unchanged ? null : publishRefusal(db, roles, req.who, preview, read.seed);
  if (refusal) return textReply(forbiddenText(refusal));
  const id = pendingPublications.keep(req.who.userId, read.seed, preview, pc.source(req.who.name).slice(0, 200));
  return cardReply({ card: 'publishPreview', id, preview }, { summary: pt.previewTitle(preview.title) });
}

function confirmText(outcome: ConfirmOutcome): string {
  switch (outcome.kind) {
    case 'published':
      return pt.published(outcome.preview.title, outcome.notices, outcome.report.promoted.reduce((n, p) => n + p.userIds.length, 0));
    case 'alreadyPublished':
      return pt.alreadyPublished;
    case 'stale':
      return pt.stale;
    case 'forbidden':
      return forbiddenText(outcome);
    case 'invalid':
      return pt.invalid(outcome.message);
    case 'unknown':
      return pc.unknown;
    case 'cancelled':
      return pc.alreadyCancelled;
  }
}

function confirmPublication(req: Request, id: string, deps: CoreDeps): Reply {
  if (!req.who) return textReply(general.noIdentity);
  const outcome = deps.services.pendingPublications.confirm(id, req.who, deps.services.roles);
  // Change notices and promotions went into the outbox in the same transaction; send them now.
  if (outcome.kind === 'published') deps.services.outboxSignals.kick();
  const title = outcome.kind === 'published' ? outcome.preview.title : pt.publish;
  return cardReply({ card: 'outcome', title, line: confirmText(outcome), attention: outcome.kind !== 'published' && outcome.kind !== 'alreadyPublished' });
}

function cancelPublication(req: Request, id: string, deps: CoreDeps): Reply {
  if (!req.who) return textReply(general.noIdentity);
  const out = deps.services.pendingPublications.cancel(id, req.who.userId);
  const line = out === 'cancelled' ? pt.cancelled : out === 'alreadyPublished' ? pt.alreadyPublished : pc.unknown;
  return cardReply({ card: 'outcome', title: pt.cancel, line, attention: out === 'unknown' });
}

const actions: CardAction[] = [
  cardAction({
    verb: PUBLISH_VERBS.publish,
    schema: pendingData,
    textEquivalent: 'publiceer <code>',
    async handle(req, data, deps) {
      return confirmPublication(req, data.id, deps);
    },
  }),
  cardAction({
    verb: PUBLISH_VERBS.cancel,
    schema: pendingData,
    textEquivalent: 'annuleer publicatie <code>',
    async handle(req, data, deps) {
      return cancelPublication(req, data.id, deps);
    },
  }),
];

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
  {
    name: 'publiceer',
    pattern: /^(?:publiceer|publiceren)(?:\s+(?=\S)(.*[^\s?!.]))?[\s?!.]*$/i,
    async handle(req, match, deps) {
      const id = match[1]?.trim().toLowerCase() ?? '';
      return PENDING_ID.test(id) ? confirmPublication(req, id, deps) : textReply(pc.usage);
    },
  },
  {
    name: 'annuleer publicatie',
    pattern: /^(?:annuleer|annuleren)\s+publicatie(?:\s+(?=\S)(.*[^\s?!.]))?[\s?!.]*$/i,
    async handle(req, match, deps) {
      const id = match[1]?.trim().toLowerCase() ?? '';
      return PENDING_ID.test(id) ? cancelPublication(req, id, deps) : textReply(pc.usage);
    },
  },
];

export const organisersFeature: Feature = {
  name: 'organisers',
  commands,
  actions,
  receiveFile: (req, file, deps) => receiveProgramme(req, file, deps),
};
