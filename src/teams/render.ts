/**
 * Reply values of the core → Teams activities, and card models → Adaptive
 * Card JSON (the builders in ./cards). The only place that decides how a reply
 * looks in Teams.
 */
import type { Activity } from 'botbuilder';
import type { CardModel, Reply } from '../bot/types';
import { attachment, type AdaptiveCardJson } from './cards/adaptive';
import { announcementCard, changeNoticeCard, composeCard, outcomeCard, previewCard, reminderCard, statusCard } from './cards/announcementCards';
import { errorCard, helpCard, welcomeCard } from './cards/generalCards';
import { programmeCard } from './cards/programmeCard';
import { publishPreviewCard } from './cards/publishCard';
import { renderSessionCard } from './cards/sessionCard';
import { sessionListCard } from './cards/sessionListCard';
import { formResultCard, myProgrammeCard, myProgrammeElsewhereCard, participantsCard, promotedCard, signUpFormCard } from './cards/signUpCards';

export function cardJson(model: CardModel): AdaptiveCardJson {
  switch (model.card) {
    case 'welcome':
      return welcomeCard();
    case 'help':
      return helpCard();
    case 'error':
      return errorCard();
    case 'session':
      return renderSessionCard(model.session, model.notice);
    case 'sessionList':
      return sessionListCard(model.title, model.sessions, model.footer, model.labels);
    case 'programme':
      return programmeCard(model.event, model.days);
    case 'signUpForm':
      return signUpFormCard(model.event, model.rounds);
    case 'formResult':
      return formResultCard(model.lines);
    case 'myProgramme':
      return myProgrammeCard(model.groups, model.notice);
    case 'myProgrammeElsewhere':
      return myProgrammeElsewhereCard();
    case 'participants':
      return participantsCard(model.title, model.list, model.csvUrl, model.validHours);
    case 'promoted':
      return promotedCard(model.title, renderSessionCard(model.session), model.calendarUrl);
    case 'compose':
      return composeCard(model.groups, model.sessions, model.values, model.error);
    case 'announcement':
      return announcementCard(model.announcement, model.session ? renderSessionCard(model.session) : null);
    case 'preview':
      return previewCard(model.announcement, cardJson(model.posted), model.whereLine);
    case 'outcome':
      return outcomeCard(model.title, model.line, model.attention);
    case 'status':
      return statusCard(model.items);
    case 'changeNotice':
      return changeNoticeCard(model.title, model.audience, model.changes, renderSessionCard(model.session));
    case 'reminder':
      return reminderCard(model.title, model.start, renderSessionCard(model.session));
    case 'publishPreview':
      return publishPreviewCard(model.id, model.preview);
  }
}

/** Bytes of the card as Teams receives it, attachment envelope included. */
export function cardBytes(model: CardModel): number {
  return Buffer.byteLength(JSON.stringify(attachment(cardJson(model))), 'utf8');
}

/** A reply as the message activity that carries it. */
export function replyActivity(reply: Reply): Partial<Activity> {
  switch (reply.kind) {
    case 'text':
    case 'refusal':
      return { type: 'message', text: reply.text };
    case 'card':
      return {
        type: 'message',
        ...(reply.text !== undefined ? { text: reply.text } : {}),
        ...(reply.summary !== undefined ? { summary: reply.summary } : {}),
        attachments: [attachment(cardJson(reply.card))],
      };
    case 'cards':
      return { type: 'message', text: reply.text, attachments: reply.cards.map((c) => attachment(cardJson(c))), attachmentLayout: 'list' };
  }
}
