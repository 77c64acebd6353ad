/**
 * The announcement cards: compose, preview (Plaatsen / Annuleren), the post
 * itself as it appears in the channel, the author's status list, and the
 * change notice and reminder people get. Session details come from the one
 * session card (renderSessionCard), so its buttons come along.
 */
import type { Announcement, AnnouncementStatus } from '../../announcements/announcements';
import { ANNOUNCEMENT_VERBS } from '../../bot/announcements';
import type { ChangeAudience, ComposeValues } from '../../bot/types';
import { shortName } from '../../announcements/themeGroups';
import type { Organiser, Session } from '../../programme/types';
import { announcementTexts as t } from '../../texts/announcements';
import { card, execute, facts, heading, text, type AdaptiveCardJson, type CardElement } from './adaptive';

const VERB_PREVIEW = ANNOUNCEMENT_VERBS.preview;
const VERB_POST = ANNOUNCEMENT_VERBS.post;
const VERB_CANCEL = ANNOUNCEMENT_VERBS.cancel;

export function composeCard(groups: Organiser[], sessions: Session[], values: ComposeValues = {}, error: string | null = null): AdaptiveCardJson {
  const body: CardElement[] = [heading(t.composeTitle), text(t.composeIntro, { isSubtle: true, spacing: 'None' })];
  if (error) body.push(text(error, { color: 'Attention', weight: 'Bolder' }));
  body.push(
    {
      type: 'Input.ChoiceSet',
      id: 'themeGroupId',
      label: t.labelGroup,
      isRequired: true,
      value: values.themeGroupId ?? (groups.length === 1 ? String(groups[0]!.id) : undefined),
      choices: groups.map((g) => ({ title: g.name, value: String(g.id) })),
    },
    { type: 'Input.Text', id: 'title', label: t.labelTitle, placeholder: t.placeholderTitle, maxLength: 200, value: values.title ?? '' },
    { type: 'Input.Text', id: 'body', label: t.labelBody, placeholder: t.placeholderBody, isMultiline: true, value: values.body ?? '' },
    {
      type: 'Input.ChoiceSet',
      id: 'sessionId',
      label: t.labelSession,
      value: values.sessionId ?? '',
      choices: [
        { title: t.noSession, value: '' },
        ...sessions.slice(0, 100).map((s) => ({ title: `${s.date} ${s.start ?? ''} ${s.title}`.replace(/\s+/g, ' ').slice(0, 120), value: String(s.id) })),
      ],
    },
    { type: 'Input.Date', id: 'postDate', label: t.labelPostDate, value: values.postDate ?? '' },
    { type: 'Input.Time', id: 'postTime', label: t.labelPostTime, value: values.postTime ?? '' },
  );
  return card(body, [execute(t.buttonPreview, VERB_PREVIEW, {}, 'positive')]);
}

/** The post as the channel sees it; `session` is the rendered session card to carry along. */
export function announcementCard(a: Pick<Announcement, 'title' | 'body' | 'group'>, session: AdaptiveCardJson | null): AdaptiveCardJson {
  const body: CardElement[] = [
    text(t.postedBy(shortName(a.group)), { isSubtle: true, size: 'Small' }),
    heading(a.title, { spacing: 'None' }),
    text(a.body),
  ];
  if (!session) return card(body);
  body.push({ type: 'Container', separator: true, spacing: 'Medium', items: session.body });
  return card(body, session.actions ?? []);
}

export function previewCard(a: Announcement, posted: AdaptiveCardJson, whereLine: string): AdaptiveCardJson {
  return card(
    [
      heading(t.previewTitle),
      text(whereLine, { isSubtle: true, spacing: 'None' }),
      { type: 'Container', style: 'emphasis', bleed: false, items: posted.body },
      text(t.previewTextRoute(a.id), { isSubtle: true, size: 'Small' }),
    ],
    [execute(t.buttonPost, VERB_POST, { announcementId: a.id }, 'positive'), execute(t.buttonCancel, VERB_CANCEL, { announcementId: a.id })],
  );
}

/** What the preview card turns into after Plaatsen / Annuleren (or a refusal). */
export function outcomeCard(title: string, line: string, attention = false): AdaptiveCardJson {
  return card([heading(title), text(line, attention ? { color: 'Attention' } : {})]);
}

export function statusCard(items: { status: AnnouncementStatus; line: string }[]): AdaptiveCardJson {
  if (items.length === 0) return card([heading(t.statusTitle), text(t.statusNone)]);
  return card([
    heading(t.statusTitle),
    facts(items.map(({ status, line }) => [t.statusLine(status.announcement.title, shortName(status.announcement.group)), line])),
  ]);
}


export function changeNoticeCard(
  title: string,
  audience: ChangeAudience,
  changes: { field: string; oldValue: string | null; newValue: string | null }[],
  session: AdaptiveCardJson,
): AdaptiveCardJson {
  const intro = audience === 'channel' ? t.changedIntroChannel : audience === 'waiting' ? t.offIntroWaiting : t.changedIntro;
  return card(
    [
      heading(audience === 'waiting' ? t.offTitle(title) : t.changedTitle(title), { color: 'Attention' }),
      text(intro, { spacing: 'None' }),
      facts(changes.map((c) => [t.changedField(c.field), t.changedValue(c.oldValue, c.newValue)])),
      { type: 'Container', separator: true, spacing: 'Medium', items: session.body },
    ],
    session.actions ?? [],
  );
}

export function reminderCard(title: string, start: string, session: AdaptiveCardJson): AdaptiveCardJson {
  return card(
    [heading(t.reminderTitle(title, start)), text(t.reminderIntro, { spacing: 'None' }), { type: 'Container', separator: true, items: session.body }],
    session.actions ?? [],
  );
}
