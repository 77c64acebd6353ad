/**
 * The preview of a programme sent as a file: what is new, changed (before → after) and removed,
 * with how many people each change touches, and the buttons Publiceren / Annuleren.
 */
import { PUBLISH_VERBS } from '../../bot/organisers';
import type { PublishPreview, SessionDiff } from '../../programme/publish';
import { publishCardTexts as c, publishTexts as t } from '../../texts/programme';
import { card, execute, heading, text, type AdaptiveCardJson, type CardElement } from './adaptive';

/** Enough for any real netwerkdag's changes; a card above ~28 KB is refused by Teams. */
const MAX_LISTED = 25;

function sessionBlock(s: SessionDiff, withChanges: boolean): CardElement[] {
  return [
    text(`${s.title} (${s.code})`, { weight: 'Bolder', spacing: 'Small' }),
    ...(withChanges ? s.changes.map((ch) => text(t.change(ch.field, ch.before, ch.after), { spacing: 'None' })) : []),
    text(t.affected(s.confirmed, s.waiting), { isSubtle: true, spacing: 'None' }),
  ];
}

function section(title: string, items: CardElement[][]): CardElement[] {
  if (items.length === 0) return [];
  const shown = items.slice(0, MAX_LISTED).flat();
  const rest = items.length - MAX_LISTED;
  return [heading(`${title} (${items.length})`, { size: 'Default', separator: true }), ...shown, ...(rest > 0 ? [text(c.more(rest), { isSubtle: true })] : [])];
}

export function publishPreviewCard(id: string, p: PublishPreview): AdaptiveCardJson {
  const body: CardElement[] = [heading(t.previewTitle(p.title))];
  if (p.unchanged) body.push(text(t.previewUnchanged));
  if (p.isNew) body.push(text(t.previewNew(p.added.length)));
  for (const ch of p.eventChanges) body.push(text(t.change(ch.field, ch.before, ch.after)));
  body.push(
    ...section(t.added, p.isNew ? [] : p.added.map((a) => [text(`${a.title} (${a.code})`, { spacing: 'Small' })])),
    ...section(t.changed, p.changed.map((s) => sessionBlock(s, true))),
    ...section(t.removed, p.removed.map((s) => sessionBlock(s, false))),
    text(c.textRoute(id), { isSubtle: true, size: 'Small', separator: true }),
  );
  const actions = p.unchanged ? [] : [execute(t.publish, PUBLISH_VERBS.publish, { id }, 'positive'), execute(t.cancel, PUBLISH_VERBS.cancel, { id })];
  return card(body, actions);
}
