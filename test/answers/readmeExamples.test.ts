/**
 * The README's example questions (the table between the readme-examples
 * markers) get the answer the README promises, through the HTTP path with
 * the clock on the Zoetermeer morning.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replyText, startHarness, type Harness } from '../support/botHarness';
import { QUESTION_SET_NOW } from '../support/questionSet';

function examples(): { q: string; says: string }[] {
  const readme = readFileSync('README.md', 'utf8');
  const table = readme.split('<!-- readme-examples:start -->')[1]!.split('<!-- readme-examples:end -->')[0]!;
  return table
    .split('\n')
    .filter((l) => l.startsWith('|') && !l.startsWith('|---') && !l.startsWith('| Vraag'))
    .map((l) => l.split('|').map((c) => c.trim()))
    .map(([, q, says]) => ({ q: q!, says: says! }));
}

describe('README example questions', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ now: QUESTION_SET_NOW });
  });
  afterAll(async () => {
    await h.close();
  });

  it('everyExample_getsTheAnswerTheReadmePromises', async () => {
    const list = examples();
    expect(list.length).toBeGreaterThanOrEqual(10);
    let i = 0;
    for (const { q, says } of list) {
      const user = { id: `29:readme-${++i}`, aadObjectId: `aad-readme-${i}`, name: 'Lezer' };
      const reply = (await h.say(q, user)).at(-1);
      expect(replyText(reply), q).toContain(says);
    }
  }, 60_000);
});
