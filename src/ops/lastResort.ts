/**
 * The last line of defence: an exception or rejection nobody caught must not end a
 * serving process, because then one bad request from anyone stops the bot for everyone.
 *
 * Why keeping on is safe here: every domain write is one synchronous SQLite transaction
 * (better-sqlite3), so an exception cannot leave a half-done write behind: it either
 * rolled back inside the transaction or happened outside one. What is lost is at most the
 * one request whose handler threw (its socket may hang until the client gives up).
 * An exception before the server listens is a start-up fault (a port in use, a broken
 * file) with nothing serving yet: then the process logs and exits 1, so a supervisor sees it.
 */
import type { Logger } from '../log';

export interface LastResort {
  /** From now on an uncaught error is logged and the process keeps serving. */
  markServing(): void;
}

export function installLastResort(log: Logger, exit: (code: number) => void = (code) => process.exit(code)): LastResort {
  let serving = false;
  const report = (event: string, error: unknown) => {
    try {
      log.error(event, { error, serving });
    } catch {
      // A logger that throws here would loop back into this handler.
    }
  };
  process.on('uncaughtException', (error) => {
    report('uncaught_exception', error);
    if (!serving) exit(1);
  });
  // A rejection never stopped anything by itself (it was only logged before); it still is not.
  process.on('unhandledRejection', (reason) => report('unhandled_rejection', reason));
  return {
    markServing() {
      serving = true;
    },
  };
}
