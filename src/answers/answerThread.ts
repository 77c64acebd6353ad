/**
 * The answer thread (started by ThreadedAnswerer): its own read-only
 * connection to the database, its own Answerer, and for every question the
 * answer as plain data. The clock is the main thread's, sent with each question.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { DateTime } from 'luxon';
import { ZONE } from '../clock';
import { openReadOnlyDatabase } from '../db/database';
import { ProgrammeStore } from '../programme/store';
import { Answerer } from './answerer';
import type { QuestionMessage, ThreadMessage } from './threadedAnswerer';

/** The question needs the asker's own sessions, which only the main thread can read. */
class NeedsMySessions extends Error {}

const port = parentPort!;
const db = openReadOnlyDatabase((workerData as { databasePath: string }).databasePath);
let nowIso = '';
let now = DateTime.now().setZone(ZONE);
const answerer = new Answerer(new ProgrammeStore(db), () => now);

// Reads the programme before saying ready, so the first question does not wait for it.
answerer.answer('');

port.on('message', (question: QuestionMessage) => {
  try {
    if (question.now !== nowIso) {
      nowIso = question.now;
      now = DateTime.fromISO(question.now, { setZone: true }).setZone(ZONE);
    }
    const { mySessionIds, ...context } = question.context;
    const mine = () => {
      if (mySessionIds) return mySessionIds;
      throw new NeedsMySessions();
    };
    const answer = answerer.answer(question.text, { ...context, mySessionIds: mine });
    port.postMessage({ id: question.id, answer } satisfies ThreadMessage);
  } catch (error) {
    if (error instanceof NeedsMySessions) {
      port.postMessage({ id: question.id, needsMySessions: true } satisfies ThreadMessage);
      return;
    }
    port.postMessage({ id: question.id, error: error instanceof Error ? error.message : String(error) } satisfies ThreadMessage);
  }
});
port.postMessage({ ready: true } satisfies ThreadMessage);
