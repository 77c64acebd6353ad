/**
 * The question set (questions.yaml) through the real HTTP path against the
 * seeded store; reports accuracy and fails on any wrong answer.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/botHarness';
import { loadQuestions, QUESTION_SET_NOW, runQuestionSet } from '../support/questionSet';

const questions = loadQuestions(join(__dirname, 'questions.yaml'));

describe('answers: question set', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ now: QUESTION_SET_NOW });
  });
  afterAll(async () => {
    await h.close();
  });

  it('questionSet_answersAllCorrectly', async () => {
    const result = await runQuestionSet(h, questions);

    console.log(`answers: ${result.correct}/${result.total} correct`);
    if (result.failures.length > 0) console.log(result.failures.join('\n'));
    expect(questions.length).toBeGreaterThanOrEqual(80);
    expect(result.failures).toEqual([]);
  }, 120_000);
});
