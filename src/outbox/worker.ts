/**
 * The outbox worker: takes due messages from the durable outbox, sends each
 * through a Sender (the Teams layer supplies it) within Teams' rate limits, and
 * records the outcome. Retries follow ./retryPolicy; a crash loses nothing
 * because a claimed row carries a lease and returns to pending when it lapses.
 * A send that outlives its timeout is aborted and counts as a retryable
 * failure; the timeout is shorter than the lease, so the lease never lapses
 * under a live attempt, and the row's target stays busy until the aborted
 * attempt has really ended: one row is never sent by two attempts at once.
 */
import type { DateTime } from 'luxon';
import type { Db } from '../db/database';
import type { Logger } from '../log';
import {
  claimDue,
  markFailed,
  markRetry,
  markSent,
  nextDueAt,
  releaseExpiredLeases,
  unclaim,
  type OutboxRow,
} from './outbox';
import { RateLimiter, type WindowLimit } from './rateLimiter';
import { decideRetry, type RetrySettings, type SendFailure } from './retryPolicy';
import type { OutboxSignals } from './signals';

export type SendResult =
  | { kind: 'sent'; deliveredId: string | null }
  | { kind: 'failed'; failure: SendFailure }
  /** Can never be delivered as it stands (no conversation, nothing to render): no retry. */
  | { kind: 'undeliverable'; reason: string };

/**
 * Where a row goes right now and how to send it there. `conversation` is the
 * destination as Teams counts its limits (opaque here): two theme groups linked
 * to one channel share it, and every post counts against the channel even
 * though it starts a new thread.
 */
export type Prepared =
  | { kind: 'ready'; conversation: string; send(signal: AbortSignal): Promise<SendResult> }
  | { kind: 'undeliverable'; reason: string };

export interface Sender {
  /** Resolves the row's destination at the moment it is sent (a channel link may have moved since it was enqueued). */
  prepare(message: OutboxRow): Prepared;
}

export interface WorkerSettings {
  concurrency: number;
  leaseMs: number;
  /** Must be below leaseMs (src/config.ts checks): the outcome is recorded before the lease can lapse. */
  sendTimeoutMs: number;
  pollMs: number;
  conversationLimits: WindowLimit[];
  globalLimits: WindowLimit[];
  retry: RetrySettings;
}

export class OutboxWorker {
  private readonly limiter: RateLimiter;
  private readonly inFlight = new Map<number, Promise<void>>();
  /** Targets with an attempt still running (possibly timed out and aborted, not yet ended): none is claimed again meanwhile. */
  private readonly busyTargets = new Set<string>();
  /** Targets whose conversation the limits hold back, until when: skipped by the claim, like busy ones. */
  private readonly deferred = new Map<string, number>();
  private running = false;
  private loop: Promise<void> | null = null;
  private wakeUp: (() => void) | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly db: Db,
    private readonly sender: Sender,
    private readonly settings: WorkerSettings,
    /** Must advance: even with NOW pinned, backoff needs time to pass (see runningClock). */
    private readonly clock: () => DateTime,
    private readonly signals: OutboxSignals,
    private readonly log: Logger,
    private readonly random: () => number = Math.random,
  ) {
    this.limiter = new RateLimiter(settings.conversationLimits, settings.globalLimits);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.unsubscribe = this.signals.onKick(() => this.wake());
    this.loop = this.run();
  }

  /** Stops claiming; waits for sends already under way so their outcome is recorded. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.unsubscribe?.();
    this.wake();
    await this.loop;
    await Promise.allSettled([...this.inFlight.values()]);
  }

  private wake(): void {
    const w = this.wakeUp;
    this.wakeUp = null;
    w?.();
  }

  private iso(t: DateTime): string {
    return t.toUTC().toISO()!;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let sleepMs = this.settings.pollMs;
      try {
        sleepMs = Math.min(sleepMs, this.fill());
      } catch (error) {
        // A locked or briefly unavailable database must not end the worker.
        this.log.error('outbox_loop_failed', { error });
      }
      if (!this.running) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          this.wakeUp = null;
          resolve();
        }, Math.max(1, sleepMs));
        this.wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  /** Starts as many sends as limits and free slots allow; returns how long to sleep before looking again. */
  private fill(): number {
    const now = this.clock();
    const nowMs = now.toMillis();
    releaseExpiredLeases(this.db, this.iso(now));
    this.limiter.prune(nowMs);
    for (const [target, until] of this.deferred) if (until <= nowMs) this.deferred.delete(target);
    const free = this.settings.concurrency - this.inFlight.size;
    const globalAt = this.limiter.globalEarliest(nowMs);
    const skip = [...this.busyTargets, ...this.deferred.keys()];
    if (free > 0 && globalAt <= nowMs) {
      const rows = claimDue(this.db, this.iso(now), this.iso(now.plus({ milliseconds: this.settings.leaseMs })), free, skip);
      for (const row of rows) this.dispatch(row, nowMs);
      if (rows.length > 0) return 0;
    }
    const waits = [this.settings.pollMs, ...[...this.deferred.values()].map((until) => until - nowMs)];
    if (globalAt > nowMs) waits.push(globalAt - nowMs);
    if (free > 0) {
      const due = nextDueAt(this.db, skip);
      if (due !== null) waits.push(Math.max(0, Date.parse(due) - nowMs));
    }
    return Math.max(1, Math.min(...waits));
  }

  /** Sends a claimed row if its conversation's limits allow it now; otherwise gives it back and defers its target. */
  private dispatch(row: OutboxRow, nowMs: number): void {
    let prepared: Prepared;
    try {
      prepared = this.sender.prepare(row);
    } catch (error) {
      this.record(row, null, { kind: 'failed', failure: { message: error instanceof Error ? error.message : String(error) } });
      return;
    }
    if (prepared.kind === 'undeliverable') {
      this.record(row, null, prepared);
      return;
    }
    const { conversation } = prepared;
    // The claim could not know the conversation (it skips by target), so the limits are checked here.
    const wait = this.limiter.acquire(conversation, nowMs);
    if (wait > 0) {
      unclaim(this.db, row.id);
      this.deferred.set(row.targetKey, nowMs + wait);
      return;
    }
    this.busyTargets.add(row.targetKey);
    const { recorded, ended } = this.deliver(row, prepared);
    const done = recorded.finally(() => {
      this.limiter.release(conversation, this.clock().toMillis());
      this.inFlight.delete(row.id);
      this.wake();
    });
    this.inFlight.set(row.id, done);
    void ended.finally(() => {
      this.busyTargets.delete(row.targetKey);
      this.wake();
    });
  }

  /**
   * `recorded` settles once the outcome is in the database: at the latest when
   * the timeout fires. `ended` settles when the attempt itself is over, which
   * after an abort follows shortly (or, for a sender that ignores the signal, never).
   */
  private deliver(row: OutboxRow, prepared: Extract<Prepared, { kind: 'ready' }>): { recorded: Promise<void>; ended: Promise<unknown> } {
    const abort = new AbortController();
    const attempt = prepared.send(abort.signal).catch(
      (error: unknown): SendResult => ({ kind: 'failed', failure: { message: error instanceof Error ? error.message : String(error) } }),
    );
    let timer: NodeJS.Timeout | undefined;
    const timeoutMs = this.settings.sendTimeoutMs;
    const timedOut = new Promise<SendResult>((resolve) => {
      timer = setTimeout(() => {
        abort.abort();
        this.log.warn('outbox_send_timeout', { id: row.id, kind: row.kind, timeoutMs });
        resolve({ kind: 'failed', failure: { message: `timeout after ${timeoutMs} ms` } });
      }, timeoutMs);
    });
    const recorded = Promise.race([attempt, timedOut])
      .then((result) => {
        clearTimeout(timer);
        this.record(row, prepared.conversation, result);
      })
      .catch((error: unknown) => this.log.error('outbox_record_failed', { id: row.id, error }));
    const ended = attempt.then((result) => {
      // Aborted too late: the retry recorded at the timeout will send it once more.
      if (abort.signal.aborted && result.kind === 'sent') this.log.warn('outbox_sent_after_timeout', { id: row.id, kind: row.kind });
    });
    return { recorded, ended: Promise.allSettled([ended, recorded]) };
  }

  private record(row: OutboxRow, conversation: string | null, result: SendResult): void {
    const now = this.clock();
    if (result.kind === 'sent') {
      markSent(this.db, row.id, result.deliveredId, this.iso(now));
      this.signals.settled(row.id, 'sent');
      return;
    }
    if (result.kind === 'undeliverable') {
      markFailed(this.db, row.id, result.reason);
      this.log.warn('outbox_undeliverable', { id: row.id, kind: row.kind, reason: result.reason });
      this.signals.settled(row.id, 'failed');
      return;
    }
    const decision = decideRetry(result.failure, row.attempts, this.settings.retry, this.random);
    if (decision.kind === 'giveUp') {
      markFailed(this.db, row.id, decision.reason);
      this.log.warn('outbox_gave_up', { id: row.id, kind: row.kind, status: result.failure.status, attempts: row.attempts });
      this.signals.settled(row.id, 'failed');
      return;
    }
    if (result.failure.status === 429 && conversation !== null) this.limiter.block(conversation, now.toMillis() + decision.delayMs);
    const error = result.failure.status === undefined ? result.failure.message : `HTTP ${result.failure.status}`;
    markRetry(this.db, row.id, this.iso(now.plus({ milliseconds: decision.delayMs })), error);
    this.log.info('outbox_retry', { id: row.id, status: result.failure.status, delayMs: decision.delayMs, attempts: row.attempts });
  }
}
