import { defineConfig } from 'vitest/config';
import base from './vitest.config.mts';

/**
 * The fast loop (`npm run test:unit`, a few seconds): the domains, the bot core, texts and card
 * builders, without processes, HTTP servers or a browser. The system tests (test/teams,
 * test/security, test/ops, test/e2e, …) run in `npm test` with everything else.
 */
export default defineConfig({
  test: {
    ...base.test,
    // One module graph per worker across files: the unit files share no state, and loading the
    // programme code once instead of per file is most of the time saved.
    isolate: false,
    pool: 'threads',
    include: [
      'test/{answers,signups,roles,texts,outbox,programme,calendar,db,bot}/**/*.test.ts',
      'test/teams/cards/**/*.test.ts',
      'test/{config,displayName}.test.ts',
    ],
    exclude: [
      // Each of these starts the bot, child processes or worker threads, or runs the whole question set over HTTP.
      'test/answers/{questions,badInput}.test.ts',
      'test/outbox/restart.test.ts',
      'test/signups/concurrency.test.ts',
      'test/bot/main.test.ts',
      'test/calendar/serverTimeZone.test.ts',
    ],
  },
});
