/**
 * The bot core: commands, card actions and outbox renderers declared as data
 * (a text pattern or a verb, a zod schema, a handler) by the feature files in
 * this folder, and one dispatcher over them. A handler parses, asks src/roles
 * and one domain function, and returns reply values; it never sees an SDK.
 */
import type { z } from 'zod';
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { Logger } from '../log';
import type { Renderers } from '../outbox/delivery';
import type { OutboxRow } from '../outbox/outbox';
import type { Services } from '../services';
import { general } from '../texts/nl';
import { mendCommandWords } from './commandWords';
import type { CardModel, FileInput, Reply, Request } from './types';

export interface CoreDeps {
  config: Config;
  clock: Clock;
  log: Logger;
  services: Services;
  localMode: boolean;
  /** How many bytes a card becomes on the wire (the adapter knows): Teams refuses a message over ~28 KB. */
  cardBytes(card: CardModel): number;
}

export interface Command {
  name: string;
  /**
   * Anchored. How a command captures its trailing words, so matching stays linear in the text's length
   * (MAX_TEXT_LENGTH can be 10 000 characters of anyone's choosing):
   *
   *   \s+(?=\S)(.*[^\s?!.])[\s?!.]*$     not     \s+(.+?)[\s?!.]*$
   *
   * The lazy form retries the trailing class at every length of the capture, so a long run of
   * spaces or dots followed by one other character cost seconds per message (quadratic). The
   * greedy form backtracks once from the end to the last character outside the class, and the
   * lookahead leaves `\s+` only one way to end, so a failed capture is not retried per space.
   * test/teams/commandPatterns.test.ts runs every command against such input.
   */
  pattern: RegExp;
  handle(req: Request, match: RegExpMatchArray, deps: CoreDeps): Promise<Reply | Reply[]>;
}

/**
 * A card button's action: its verb, the shape of its data, and the text
 * command that does the same (Teams mobile does not run Action.Execute
 * reliably, so every button has a typed fallback), as the words one types.
 */
export interface CardAction<S extends z.ZodTypeAny = z.ZodTypeAny> {
  verb: string;
  schema: S;
  textEquivalent: string;
  handle(req: Request, data: z.output<S>, deps: CoreDeps): Promise<Reply>;
}

/** Renders one kind of outbox message; null when it can no longer be rendered (its session is gone, say). */
export interface OutboxRenderer<S extends z.ZodTypeAny = z.ZodTypeAny> {
  kind: string;
  schema: S;
  render(row: OutboxRow, payload: z.output<S>, deps: CoreDeps): Reply | null;
}

export interface Feature {
  name: string;
  commands?: Command[];
  actions?: CardAction[];
  renderers?: OutboxRenderer[];
  /** Handles a file sent to the bot; the first feature that has one wins. */
  receiveFile?(req: Request, file: FileInput, deps: CoreDeps): Promise<Reply | Reply[]>;
  /** Handles any text no command matched; the first feature that has one wins. */
  fallback?(req: Request, text: string, deps: CoreDeps): Promise<Reply | Reply[]>;
}

/** Helps the type checker keep each action's schema and handler together. */
export function cardAction<S extends z.ZodTypeAny>(action: CardAction<S>): CardAction {
  return action as unknown as CardAction;
}

export function outboxRenderer<S extends z.ZodTypeAny>(renderer: OutboxRenderer<S>): OutboxRenderer {
  return renderer as unknown as OutboxRenderer;
}

export function findCommand(commands: Command[], text: string): { command: Command; match: RegExpMatchArray } | null {
  const mended = mendCommandWords(text);
  // Most texts need no mending: then the patterns are tried once.
  for (const candidate of mended === text ? [text] : [text, mended]) {
    for (const command of commands) {
      const match = candidate.match(command.pattern);
      if (match) return { command, match };
    }
  }
  return null;
}

export interface BotCore {
  readonly commands: Command[];
  readonly actions: ReadonlyMap<string, CardAction>;
  /** A text message: the replies to send, in order. `rawLength` is the text's length before the adapter took out the @mention. */
  handleText(req: Request, rawLength: number): Promise<Reply[]>;
  /** A card button: the card (or sentence) that answers it. */
  handleAction(req: Request): Promise<Reply>;
  /** A file sent to the bot: the replies to send, in order. */
  handleFile(req: Request): Promise<Reply[]>;
  /** Outbox renderers by kind, for the worker. */
  readonly renderers: Renderers<Reply>;
}

export function createBotCore(deps: CoreDeps, features: Feature[]): BotCore {
  const commands = features.flatMap((f) => f.commands ?? []);
  const fallback = features.find((f) => f.fallback)?.fallback;
  const receiveFile = features.find((f) => f.receiveFile)?.receiveFile;
  const actions = new Map<string, CardAction>();
  for (const a of features.flatMap((f) => f.actions ?? [])) {
    if (actions.has(a.verb)) throw new Error(`card verb declared twice: ${a.verb}`);
    actions.set(a.verb, a);
  }
  const renderers: Record<string, (row: OutboxRow) => Reply | null> = {};
  for (const r of features.flatMap((f) => f.renderers ?? [])) {
    renderers[r.kind] = (row) => {
      const payload = r.schema.safeParse(row.payload);
      return payload.success ? r.render(row, payload.data, deps) : null;
    };
  }

  return {
    commands,
    actions,
    renderers,
    async handleText(req, rawLength) {
      const text = req.input.kind === 'text' ? req.input.text : '';
      if (rawLength > deps.config.MAX_TEXT_LENGTH) return [{ kind: 'text', text: general.tooLong(deps.config.MAX_TEXT_LENGTH) }];
      const found = findCommand(commands, text);
      const replies: Reply[] = [];
      if (!req.user.welcomed && req.where.kind !== 'channel' && found?.command.name !== 'hulp') {
        req.user.welcomed = true;
        replies.push({ kind: 'card', card: { card: 'welcome' } });
      }
      if (text === '') return [...replies, { kind: 'text', text: general.emptyMessage }];
      const out = found ? await found.command.handle(req, found.match, deps) : fallback ? await fallback(req, text, deps) : { kind: 'text' as const, text: general.notUnderstood };
      return [...replies, ...(Array.isArray(out) ? out : [out])];
    },
    async handleAction(req) {
      if (req.input.kind !== 'action') return { kind: 'text', text: general.unknownAction };
      const action = actions.get(req.input.verb);
      // A stale or tampered card gets a calm sentence.
      if (!action) return { kind: 'text', text: general.unknownAction };
      const data = action.schema.safeParse(req.input.data);
      if (!data.success) return { kind: 'text', text: general.badCardData };
      return action.handle(req, data.data, deps);
    },
    async handleFile(req) {
      if (req.input.kind !== 'file' || !receiveFile) return [{ kind: 'text', text: general.notUnderstood }];
      const out = await receiveFile(req, req.input, deps);
      return Array.isArray(out) ? out : [out];
    },
  };
}
