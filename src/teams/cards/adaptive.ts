/**
 * Adaptive Card 1.5 building blocks (the version Teams renders). Every text a
 * user typed or a seed holds goes through `plain()` so markdown never renders
 * as active content.
 */
import { CardFactory, type Attachment } from 'botbuilder';

export type CardElement = Record<string, unknown> & { type: string };
export type CardAction = Record<string, unknown> & { type: 'Action.Execute' | 'Action.OpenUrl' | 'Action.Submit' | 'Action.ShowCard' };

export interface AdaptiveCardJson {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElement[];
  actions?: CardAction[];
  refresh?: Record<string, unknown>;
  msteams?: Record<string, unknown>;
  [key: string]: unknown;
}

export function card(body: CardElement[], actions: CardAction[] = [], extra: Partial<AdaptiveCardJson> = {}): AdaptiveCardJson {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions.length > 0 ? { actions } : {}),
    msteams: { width: 'Full' },
    ...extra,
  };
}

/** Escapes the markdown Teams' TextBlock understands, so text shows as typed. */
export function plain(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+!|>~<])/g, '\\$1');
}

export function text(value: string, options: Record<string, unknown> = {}): CardElement {
  return { type: 'TextBlock', text: plain(value), wrap: true, ...options };
}

export function heading(value: string, options: Record<string, unknown> = {}): CardElement {
  return text(value, { size: 'Medium', weight: 'Bolder', ...options });
}

export function facts(pairs: [string, string | null | undefined][]): CardElement {
  return {
    type: 'FactSet',
    facts: pairs.filter(([, v]) => v !== null && v !== undefined && v !== '').map(([title, v]) => ({ title, value: plain(v!) })),
  };
}

export function execute(title: string, verb: string, data: Record<string, unknown> = {}, style?: 'positive' | 'destructive'): CardAction {
  return { type: 'Action.Execute', title, verb, data: { verb, ...data }, ...(style ? { style } : {}) };
}

/**
 * A button that sends typed data (verb + payload) back as a message: unlike
 * Action.Execute it works on Teams mobile, and unlike imBack in the emulator too.
 * The core handles it like any card action; the reply is a new message.
 */
export function submit(title: string, verb: string, data: Record<string, unknown> = {}): CardAction {
  return { type: 'Action.Submit', title, data: { verb, ...data } };
}

export function openUrl(title: string, url: string): CardAction {
  return { type: 'Action.OpenUrl', title, url };
}

export function actionSet(actions: CardAction[]): CardElement {
  return { type: 'ActionSet', actions };
}

export function attachment(json: AdaptiveCardJson): Attachment {
  return CardFactory.adaptiveCard(json);
}
