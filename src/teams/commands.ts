/**
 * Text routing. teams-ai's app.message() matches substrings, so "hulp" would
 * also catch "ik zoek hulp bij wonen"; commands here are anchored regexes,
 * tried in order, and whatever matches none goes to the question answerer.
 */
import type { TurnContext } from 'botbuilder';
import type { BotDeps } from './deps';
import type { Viewer } from './identity';
import type { BotTurnState } from './turnState';

export interface CommandContext {
  context: TurnContext;
  state: BotTurnState;
  /** Message text without the @mention. */
  text: string;
  viewer: Viewer | null;
  deps: BotDeps;
}

export interface Command {
  name: string;
  pattern: RegExp;
  handle(ctx: CommandContext, match: RegExpMatchArray): Promise<void>;
}

export function findCommand(commands: Command[], text: string): { command: Command; match: RegExpMatchArray } | null {
  for (const command of commands) {
    const match = text.match(command.pattern);
    if (match) return { command, match };
  }
  return null;
}
