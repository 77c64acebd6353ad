/**
 * A question set (YAML) run through the real HTTP path: each entry's reply is
 * checked against what a careful reader of the programme expects. Shared by
 * the question-set tests and `npm run bench:questions`, so both judge alike.
 */
import { readFileSync } from 'node:fs';
import { parseDocument, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { answers as answerTexts } from '../../src/texts/answers';
import { replyText, type Harness, type TestUser } from './botHarness';
import type { NetworkEvent } from '../../src/programme/types';

export interface QuestionExpectation {
  q: string;
  chat?: string;
  session?: string;
  list?: string[];
  includes?: string[];
  event?: string;
  /** Compared without regard to case: "Stadhuis" at the start of a sentence is the same fact. */
  says?: string[];
  none?: boolean;
}

export interface QuestionSetResult {
  total: number;
  correct: number;
  failures: string[];
}

/** The clock every question set is written for: the morning of the Zoetermeer day. */
export const QUESTION_SET_NOW = '2026-02-04T09:30:00+01:00';

export function loadQuestions(file: string): QuestionExpectation[] {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  const questions = (doc.toJS() as { questions: QuestionExpectation[] }).questions;
  // A question written as a bare number ("q: 13.30") is the text as typed, not the number 13.3.
  ((doc.get('questions') as YAMLSeq<YAMLMap>).items).forEach((item, i) => {
    const node = item.get('q', true) as Scalar | undefined;
    if (typeof questions[i]!.q !== 'string') questions[i]!.q = node?.source ?? String(questions[i]!.q);
  });
  return questions;
}

function unescape(s: string): string {
  return s.replace(/\\([\\`*_{}[\]()#+!|>~<])/g, '$1');
}

/**
 * What a reply shows: the session card's title, the titles in a list card, or, for the overview of a
 * netwerkdag's programme, every session of that netwerkdag (the overview lists them all as lines). The
 * overview satisfies `includes`, and also `none` (it shows no session card), as sets were written both ways.
 */
function shown(reply: any, events: NetworkEvent[], sessionTitles: (eventId: number) => string[]): { session: string | null; list: string[] | null; overview?: true } {
  const content = reply?.attachments?.[0]?.content;
  if (!content) return { session: null, list: null };
  const body: any[] = content.body ?? [];
  const overview = events.find((ev) => unescape(body[0]?.text ?? '') === answerTexts.programmeTitle(ev.title));
  if (overview) return { session: null, list: sessionTitles(overview.id), overview: true };
  if (body.some((b) => b.type === 'FactSet')) return { session: unescape(body[0].text), list: null };
  const items = body.filter((b) => b.type === 'Container' && b.selectAction);
  if (items.length > 0) return { session: null, list: items.map((c) => unescape(c.items[0].text)) };
  return { session: null, list: null };
}

/** Asks every question (entries sharing `chat` share one conversation, in order) and collects what went wrong. */
export async function runQuestionSet(h: Harness, questions: QuestionExpectation[], tag = 'q'): Promise<QuestionSetResult> {
  const events = h.bot.services.programme.listEvents();
  const failures: string[] = [];
  let fresh = 0;
  for (const e of questions) {
    const user: TestUser = e.chat
      ? { id: `29:${tag}-chat-${e.chat}`, aadObjectId: `aad-${tag}-chat-${e.chat}`, name: `Chat ${e.chat}` }
      : { id: `29:${tag}-${++fresh}`, aadObjectId: `aad-${tag}-${fresh}`, name: 'Vraagsteller' };
    const replies = await h.say(e.q, user);
    const reply = replies.at(-1);
    const all = replyText(reply);
    // The netwerkdag is named in the reply's first line; an English question gets one Dutch line before it.
    const lines = all.split('\n').filter((l) => l.trim() !== '');
    const head = lines[0] === answerTexts.english ? lines[1] : lines[0];
    const event = events.find((ev) => (head ?? '').includes(ev.title));
    const titleOf = (code: string) => {
      const inEvent = events.filter((ev) => (e.event ? ev.slug === e.event : ev.id === event?.id));
      return inEvent.map((ev) => h.bot.services.programme.getSessionByCode(ev.id, code)?.title).find((t) => t !== undefined) ?? `?${code}`;
    };
    const { session, list, overview } = shown(reply, events, (id) => h.bot.services.programme.listSessions(id).map((s) => s.title));
    const problems: string[] = [];
    // An entry that checks nothing would count as correct whatever the bot said.
    if (!['session', 'list', 'includes', 'says', 'none'].some((k) => k in e)) problems.push('entry has no expectation');
    if (e.event && event?.slug !== e.event) problems.push(`event ${event?.slug ?? 'none'} instead of ${e.event}`);
    if (e.session && session !== titleOf(e.session)) problems.push(`session "${session ?? list?.join(' | ')}" instead of "${titleOf(e.session)}"`);
    if (e.list && e.list.length === 1 && session !== null) {
      if (session !== titleOf(e.list[0]!)) problems.push(`session "${session}" instead of "${titleOf(e.list[0]!)}"`);
    } else if (e.list) {
      const want = e.list.map(titleOf).sort();
      if (JSON.stringify([...(list ?? [])].sort()) !== JSON.stringify(want)) problems.push(`list [${list?.join(' | ') ?? session}] instead of [${want.join(' | ')}]`);
    }
    for (const code of e.includes ?? []) if (!(list ?? [session]).includes(titleOf(code))) problems.push(`missing ${code}`);
    // The overview is the netwerkdag's programme, not a pick of sessions: sets count it either way.
    if (e.none && !overview && (session !== null || list !== null)) problems.push(`showed ${session ?? list?.join(' | ')}`);
    for (const s of e.says ?? []) if (!all.toLowerCase().includes(s.toLowerCase())) problems.push(`does not say "${s}"`);
    if (problems.length > 0) failures.push(`${e.q}\n    ${problems.join('\n    ')}\n    reply: ${all.slice(0, 300).replace(/\n/g, ' / ')}`);
  }
  return { total: questions.length, correct: questions.length - failures.length, failures };
}
