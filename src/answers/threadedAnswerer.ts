/**
 * Answers questions on a worker thread of their own.
 *
 * Understanding and answering one question is a few tenths of a millisecond of
 * CPU, all of it synchronous: on the one event loop that also serves every
 * other message, card, sign-up and calendar feed, that time is added to every
 * turn waiting behind it. On the thread it runs beside them, on another core.
 *
 * The thread reads the programme through its own read-only connection to the
 * same database file (so it sees a published programme as soon as it is
 * committed) and answers with the same Answerer and words as this thread; an
 * answer is plain programme data, so it arrives as it would have been made
 * here. Whatever goes wrong with the thread — not started yet, failed to
 * start, died, or too slow — the question is answered here instead, so a
 * question never goes unanswered because of it.
 */
import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Clock } from '../clock';
import type { Logger } from '../log';
import type { Answerer } from './answerer';
import type { Answer, AnswerContext } from './types';

/**
 * A question for the thread: the context as data and the clock's now. The asker's own sessions are
 * in the sign-ups, which the thread does not read: only when the question turns out to need them
 * does the thread ask (`needsMySessions`), and the question comes again with them.
 */
export interface QuestionMessage {
  id: number;
  text: string;
  context: Omit<AnswerContext, 'mySessionIds'> & { mySessionIds?: number[] };
  now: string;
}

/** What the thread sends back: ready once, then per question an answer, an error, or a request for the asker's sessions. */
export type ThreadMessage = { ready: true } | { id: number; answer: Answer } | { id: number; error: string } | { id: number; needsMySessions: true };

export type ThreadState = 'off' | 'starting' | 'ready' | 'failed';

/** Longer than any question takes (milliseconds), short enough that nobody waits on a stuck thread for long. */
const ANSWER_TIMEOUT_MS = 5000;
/** After the thread failed, how long questions are answered here before it is started again. */
const RESTART_AFTER_MS = 30_000;

interface Pending {
  message: QuestionMessage;
  context: AnswerContext;
  resolve(answer: Answer): void;
  reject(error: unknown): void;
  timer: NodeJS.Timeout;
}

export interface ThreadedAnswererOptions {
  /** The database file; null (an in-memory database, or switched off) answers everything on this thread. */
  databasePath: string | null;
  clock: Clock;
  log: Logger;
  /** How long a question may take on the thread (tests shorten it). */
  timeoutMs?: number;
  /** Starts the thread (tests start one that misbehaves). */
  spawn?: (databasePath: string) => Worker;
}

export class ThreadedAnswerer {
  private worker: Worker | null = null;
  private state: ThreadState;
  private failedAt = 0;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** How many questions were answered where, since the start (logged at close; the share here shows a thread in trouble). */
  private readonly answered = { onThread: 0, here: 0 };

  constructor(
    /** This thread's own answerer: the fallback, and every other question the answers domain is asked. */
    readonly here: Answerer,
    private readonly options: ThreadedAnswererOptions,
  ) {
    this.state = options.databasePath ? 'starting' : 'off';
  }

  /** Where the thread stands (for the log and tests). */
  threadState(): ThreadState {
    return this.state;
  }

  counts(): { onThread: number; here: number } {
    return { ...this.answered };
  }

  /** Answers one question in the conversation's context: on the thread when it is ready, else here. */
  answer(text: string, context: AnswerContext = {}): Promise<Answer> {
    const worker = this.readyWorker();
    if (!worker) {
      this.answered.here++;
      return Promise.resolve().then(() => this.here.answer(text, context));
    }
    const id = this.nextId++;
    const { mySessionIds: _lookedUpWhenAsked, ...rest } = context;
    const message: QuestionMessage = { id, text, context: rest, now: this.options.clock().toISO()! };
    return new Promise<Answer>((resolve, reject) => {
      const timer = setTimeout(() => this.stuck(worker, id), this.options.timeoutMs ?? ANSWER_TIMEOUT_MS);
      this.pending.set(id, { message, context, resolve, reject, timer });
      worker.postMessage(message);
    });
  }

  /** Stops the thread; questions still waiting are answered here. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (this.state !== 'off') this.options.log.info('answer_thread_stopped', this.counts());
    this.state = 'off';
    this.answerPendingHere();
    if (worker) await worker.terminate();
  }

  /** The thread when it can take a question; starts it (again) when due. */
  private readyWorker(): Worker | null {
    if (this.state === 'ready') return this.worker;
    if (this.state === 'failed' && Date.now() - this.failedAt >= RESTART_AFTER_MS) this.state = 'starting';
    if (this.state === 'starting' && !this.worker) this.start();
    return null;
  }

  private start(): void {
    const path = this.options.databasePath!;
    let worker: Worker;
    try {
      worker = (this.options.spawn ?? spawn)(path);
    } catch (error) {
      this.fail(null, error);
      return;
    }
    // The thread never keeps the process alive: stopping the bot does not wait for it.
    worker.unref();
    this.worker = worker;
    worker.on('message', (message: ThreadMessage) => {
      if ('ready' in message) {
        if (this.worker === worker) {
          this.state = 'ready';
          this.options.log.info('answer_thread_ready');
        }
        return;
      }
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      if ('needsMySessions' in message) {
        // Asked with the same clock, so the answer is the one it would have been.
        const mySessionIds = waiting.context.mySessionIds?.() ?? [];
        waiting.message = { ...waiting.message, context: { ...waiting.message.context, mySessionIds } };
        worker.postMessage(waiting.message);
        return;
      }
      this.pending.delete(message.id);
      clearTimeout(waiting.timer);
      if ('answer' in message) {
        this.answered.onThread++;
        waiting.resolve(message.answer);
      }
      // An error there is the same question's error here: answer it here, so it behaves exactly as without the thread.
      else this.answerHere(waiting);
    });
    worker.on('error', (error) => this.fail(worker, error));
    worker.on('exit', (code) => {
      if (this.worker === worker && this.state !== 'off') this.fail(worker, new Error(`answer thread stopped (exit code ${code})`));
    });
  }

  /** A question the thread did not answer in time: the thread is replaced, and that question gets no answer from the programme. */
  private stuck(worker: Worker, id: number): void {
    const waiting = this.pending.get(id);
    if (!waiting) return;
    this.pending.delete(id);
    this.options.log.warn('answer_thread_timeout', { timeoutMs: this.options.timeoutMs ?? ANSWER_TIMEOUT_MS });
    // Answering it here would stop this thread the same way: the asker is told the question was not understood.
    waiting.resolve({ kind: 'unclear' });
    this.fail(worker, new Error('answer thread did not answer in time'));
  }

  private fail(worker: Worker | null, error: unknown): void {
    if (worker && this.worker !== worker) return;
    this.options.log.warn('answer_thread_failed', { error: error instanceof Error ? error.message : String(error) });
    this.worker = null;
    this.state = 'failed';
    this.failedAt = Date.now();
    this.answerPendingHere();
    if (worker) void worker.terminate().catch(() => {});
  }

  private answerPendingHere(): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const w of waiting) {
      clearTimeout(w.timer);
      this.answerHere(w);
    }
  }

  private answerHere(waiting: Pending): void {
    this.answered.here++;
    try {
      waiting.resolve(this.here.answer(waiting.message.text, waiting.context));
    } catch (error) {
      waiting.reject(error);
    }
  }
}

/**
 * The thread runs the compiled answerThread.js; from the TypeScript sources
 * (tests, benchmarks) it loads answerThread.ts through tsx, as they are run.
 */
function spawn(databasePath: string): Worker {
  const extension = extname(__filename);
  const entry = join(__dirname, `answerThread${extension}`);
  if (!existsSync(entry)) throw new Error(`answer thread entry ${entry} not found`);
  if (extension === '.js') return new Worker(entry, { workerData: { databasePath } });
  const tsx = require.resolve('tsx/cjs');
  return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(entry)});`, { eval: true, workerData: { databasePath } });
}
