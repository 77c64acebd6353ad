/**
 * The outbox worker: takes due messages from the durable outbox, sends each
 * through a Sender (the Teams layer supplies it) within Teams' rate limits, and
 * records the outcome. Retries follow ./retryPolicy; a crash loses nothing
 * because a claimed row carries a lease and returns to pending when it lapses.
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

export interface Sender {
  send(message: OutboxRow): Promise<SendResult>;
}

export interface WorkerSettings {
  concurrency: number;
  leaseMs: number;
  pollMs: number;
  conversationLimits: WindowLimit[];
  globalLimits: WindowLimit[];
  retry: RetrySettings;
}

export class OutboxWorker {
  private readonly limiter: RateLimiter;
  private readonly inFlight = new Map<number, Promise<void>>();
  private readonly busyTargets = new Set<string>();
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
    const free = this.settings.concurrency - this.inFlight.size;
    const globalAt = this.limiter.globalEarliest(nowMs);
    const throttled = this.limiter.throttled(nowMs);
    const skip = [...this.busyTargets, ...throttled.map((t) => t.key)];
    if (free > 0 && globalAt <= nowMs) {
      const rows = claimDue(this.db, this.iso(now), this.iso(now.plus({ milliseconds: this.settings.leaseMs })), free, skip);
      for (const row of rows) {
        if (this.limiter.acquire(row.targetKey, nowMs) > 0) {
          unclaim(this.db, row.id);
          continue;
        }
        this.busyTargets.add(row.targetKey);
        const done = this.deliver(row).finally(() => {
          this.limiter.release(row.targetKey, this.clock().toMillis());
          this.inFlight.delete(row.id);
          this.busyTargets.delete(row.targetKey);
          this.wake();
        });
        this.inFlight.set(row.id, done);
      }
      if (rows.length > 0) return 0;
    }
    const waits = [this.settings.pollMs, ...throttled.map((t) => t.until - nowMs)];
    if (globalAt > nowMs) waits.push(globalAt - nowMs);
    if (free > 0) {
      const due = nextDueAt(this.db, skip);
      if (due !== null) waits.push(Math.max(0, Date.parse(due) - nowMs));
    }
    return Math.max(1, Math.min(...waits));
  }

  private async deliver(row: OutboxRow): Promise<void> {
    let result: SendResult;
    try {
      result = await this.sender.send(row);
    } catch (error) {
      result = { kind: 'failed', failure: { message: error instanceof Error ? error.message : String(error) } };
    }
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
    if (result.failure.status === 429) this.limiter.block(row.targetKey, now.toMillis() + decision.delayMs);
    const error = result.failure.status === undefined ? result.failure.message : `HTTP ${result.failure.status}`;
    markRetry(this.db, row.id, this.iso(now.plus({ milliseconds: decision.delayMs })), error);
    this.log.info('outbox_retry', { id: row.id, status: result.failure.status, delayMs: decision.delayMs, attempts: row.attempts });
  }
}
