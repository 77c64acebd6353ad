/**
 * Command matching stays linear in the length of the text. The lazy captures that were here
 * (`\s+(.+?)[\s?!.]*$`) took 4 to 13 seconds for one 100 000-character message made of a command
 * word and a long run of spaces, dots or question marks with one other character at the end.
 * Every command of every module is run against that kind of input; the bound is deliberately
 * loose (linear matching takes well under a millisecond here), so only the quadratic kind trips it.
 */
import { describe, expect, it } from 'vitest';
import { FEATURES, findCommand } from '../../src/bot';

const commands = FEATURES.flatMap((f) => f.commands ?? []);
const LENGTH = 100_000;
const HEADS = ['hulp', 'programma', 'koppel', 'ontkoppel', 'kanalen', 'secretaris intrekken', 'status aankondigingen', 'aankondiging', 'mijn agenda', 'agenda vernieuwen', 'mijn programma', 'deelnemers', 'deelnemers van', 'meld me aan voor', 'afmelden voor', 'aanmelden', 'wachtlijst voor', 'op de wachtlijst voor', 'wissel naar', 'plaats aankondiging', 'annuleer aankondiging', 'aankondiging voor', 'aankondiging voor x:'];
const RUNS = [' ', '\t', '\n', '.', '?', '!', ' ?', 'a ', 'a.'];
const ENDS = ['x', '\nx', ''];

function adversarial(): string[] {
  const texts: string[] = [];
  for (const head of HEADS) {
    for (const run of RUNS) {
      for (const end of ENDS) {
        const fill = run.repeat(Math.ceil(LENGTH / run.length)).slice(0, LENGTH - head.length - 1 - end.length);
        texts.push(`${head} ${fill}${end}`);
      }
    }
  }
  return texts;
}

describe('command patterns', () => {
  it('everyCommand_onAdversarial100kInput_matchesInLinearTime', () => {
    let slowest = { ms: 0, command: '', sample: '' };
    // Stops at the first slow match: quadratic matching of all of them would take minutes.
    search: for (const text of adversarial()) {
      for (const command of commands) {
        const started = performance.now();
        command.pattern.test(text);
        const ms = performance.now() - started;
        if (ms > slowest.ms) slowest = { ms, command: command.name, sample: JSON.stringify(text.slice(0, 40)) };
        if (ms >= 1000) break search;
      }
    }

    expect(commands.length).toBeGreaterThan(10);
    // Quadratic matching took seconds per message; linear takes microseconds. 1 s only catches the former.
    expect(slowest.ms, `${slowest.command} on ${slowest.sample}…`).toBeLessThan(1000);
  }, 60_000);

  it.each([
    ['koppel Woningmarkt!', 'koppel', 'Woningmarkt'],
    ['koppel  Zorg en Jeugd Ondersteuning ...', 'koppel', 'Zorg en Jeugd Ondersteuning'],
    ['koppel', 'koppel', undefined],
    ['koppel !', 'koppel', undefined],
    ['deelnemers van ZJO.', 'deelnemers', 'ZJO'],
    ['deelnemers wandeling door het centrum?', 'deelnemers', 'wandeling door het centrum'],
    ['deelnemers', 'deelnemers', undefined],
    ['aanmelden voor De wandeling?!', 'aanmelden voor', 'De wandeling'],
    ['meld me af voor sessie 3!', 'afmelden voor', 'sessie 3'],
    ['aanmelden   Stadswandeling.', 'aanmelden', 'Stadswandeling'],
    ['aanmelden', 'aanmelden', undefined],
  ])('capture_%j_isTheWordsWithoutTrailingPunctuation', (text, name, words) => {
    const found = findCommand(commands, text);

    expect(found?.command.name).toBe(name);
    expect(found?.match[1]).toBe(words);
  });

  it('secretaris_asAQuestionWithoutAMention_isNoCommand', () => {
    const name = (text: string) => findCommand(commands, text)?.command.name;
    expect(name('secretaris TG woningmarkt hier, op welke netwerkdagen stonden wij op het programma?')).toBeUndefined();
    expect(name('secretaris van de themagroep veiligheid?')).toBeUndefined();
    // With someone mentioned, or without a question, it is the command (which explains itself when no one is mentioned).
    expect(['secretaris <at>Bob</at> Woningmarkt, graag', 'secretaris @Bob Woningmarkt', 'secretaris Woningmarkt', 'secretaris', 'secretaris intrekken <at>Bob</at> ZJO'].map(name))
      .toEqual(['secretaris', 'secretaris', 'secretaris', 'secretaris', 'secretaris']);
  });
});
