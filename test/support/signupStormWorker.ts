/**
 * One worker of the sign-up storm: its own SQLite connection to the shared
 * file, waiting for the common start signal, then clicking as fast as it can.
 * A click that meets SQLITE_BUSY is retried, as a Teams client would.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { fixedClock } from '../../src/clock';
import { isConstraintError, openDatabase } from '../../src/db/database';
import { ProgrammeStore } from '../../src/programme/store';
import { Roles } from '../../src/roles/roles';
import { SignupService } from '../../src/signups/service';
import type { StormClick, StormWorkerData, StormWorkerResult } from './signupStorm';

const data = workerData as StormWorkerData;
const db = openDatabase(data.dbPath);
const clock = fixedClock(data.now);
const service = new SignupService(db, new ProgrammeStore(db), new Roles(db, [], () => data.now), clock);

function click(c: StormClick): string {
  const actor = { userId: c.userId, name: c.userId };
  for (let attempt = 0; ; attempt++) {
    try {
      return service.signUp(actor, c.sessionId, { onFull: 'wait' }).kind;
    } catch (err) {
      if (attempt < 50 && isConstraintError(err, 'SQLITE_BUSY')) {
        result.busyRetries++;
        continue;
      }
      throw err;
    }
  }
}

const result: StormWorkerResult = { outcomes: {}, busyRetries: 0, clicks: 0 };
parentPort!.postMessage('ready');
Atomics.wait(new Int32Array(data.start), 0, 0);
for (const c of data.clicks) {
  const kind = click(c);
  result.outcomes[kind] = (result.outcomes[kind] ?? 0) + 1;
  result.clicks++;
}
db.close();
parentPort!.postMessage(result);
