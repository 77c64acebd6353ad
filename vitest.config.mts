import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Tests that spawn the bot as a child process or pin ports run in their own files; keep
    // the default parallelism modest for the 2-core machines CI runs on.
    maxWorkers: 2,
    // Files and the tests in them run in a random order (the seed is printed), so no test leans on
    // another having run first. Replay an order with --sequence.seed=<seed>.
    sequence: { shuffle: true },
  },
});
