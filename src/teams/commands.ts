/**
 * Text routing. teams-ai's app.message() matches substrings, so "hulp" would
 * also catch "ik zoek hulp bij wonen"; commands here are anchored regexes,
 * tried in order, and whatever matches none goes to the question answerer.
 */
import type { TurnContext } from 'botbuilder';
import { editDistance } from '../answers/normalize';
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
  handle(ctx: CommandContext, match: RegExpMatchArray): Promise<void>;
}

/** The words commands begin with: a small typo in them ("progamma", "afmleden") is forgiven. */
const COMMAND_WORDS = [
  'programma', 'dagprogramma', 'overzicht', 'aanmelden', 'afmelden', 'inschrijven', 'uitschrijven', 'agenda', 'vernieuwen', 'hulp', 'help',
  'aanmeldingen', 'sessies', 'deelnemers', 'koppel', 'ontkoppel', 'kanalen', 'aankondiging', 'aankondigingen', 'secretaris', 'intrekken', 'status',
];

/** The first two words mended to the command word they almost are; the rest as typed. */
export function mendCommandWords(text: string): string {
  const parts = text.split(' ');
  for (let i = 0; i < Math.min(2, parts.length); i++) {
    const word = parts[i]!.toLowerCase();
    if (word.length < 4 || COMMAND_WORDS.includes(word)) continue;
    const budget = word.length >= 7 ? 2 : 1;
    const fix = COMMAND_WORDS.find((c) => Math.abs(c.length - word.length) <= budget && editDistance(word, c, budget) <= budget);
    if (fix) parts[i] = fix;
  }
  return parts.join(' ');
}

export function findCommand(commands: Command[], text: string): { command: Command; match: RegExpMatchArray } | null {
  for (const candidate of [text, mendCommandWords(text)]) {
    for (const command of commands) {
      const match = candidate.match(command.pattern);
      if (match) return { command, match };
    }
  }
  return null;
}
