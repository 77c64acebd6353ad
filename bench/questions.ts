/**
 * npm run bench:questions [-- FILE.yaml …] — how many questions of a question
 * set the bot answers correctly, through the real HTTP path with the clock on
 * the Zoetermeer morning. Prints figures and the wrong answers; asserts
 * nothing. Without arguments it scores every *.yaml in test/answers/, so the
 * held-out part (written before the engine changed, never tuned on) is
 * reported beside the tuned set.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { startHarness } from '../test/support/botHarness';
import { loadQuestions, QUESTION_SET_NOW, runQuestionSet } from '../test/support/questionSet';

async function main(): Promise<void> {
  const dir = join(__dirname, '../test/answers');
  const files = process.argv.slice(2).length > 0 ? process.argv.slice(2) : readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => join(dir, f));
  const verbose = process.env.BENCH_VERBOSE === '1';
  for (const [i, file] of files.entries()) {
    const h = await startHarness({ now: QUESTION_SET_NOW });
    try {
      const result = await runQuestionSet(h, loadQuestions(file), `b${i}`);
      const pct = ((100 * result.correct) / Math.max(1, result.total)).toFixed(1);
      console.log(`${relative(process.cwd(), file)}: ${result.correct}/${result.total} correct (${pct} %)`);
      if (verbose && result.failures.length > 0) console.log(result.failures.map((f) => `  ${f}`).join('\n'));
    } finally {
      await h.close();
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
