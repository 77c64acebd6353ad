/**
 * What to do when a send fails: retry later (throttled or a passing server
 * error) or give up with a reason (the bot was removed or blocked, the
 * conversation is gone). Retry-After from the service comes first; otherwise
 * exponential backoff with jitter so many retries do not arrive together.
 */

export interface SendFailure {
  /** HTTP status from the service; undefined for a network error or timeout. */
  status?: number;
  /** The service's Retry-After, in ms. */
  retryAfterMs?: number;
  message: string;
}

export interface RetrySettings {
  baseMs: number;
  maxMs: number;
  maxAttempts: number;
}

export type RetryDecision = { kind: 'retry'; delayMs: number } | { kind: 'giveUp'; reason: string };

/** 429 (throttled), 412 (precondition, Teams' transient conflict), 5xx and network errors pass; other 4xx never will. */
export function isRetryable(status: number | undefined): boolean {
  if (status === undefined) return true;
  return status === 429 || status === 412 || status === 408 || status >= 500;
}

/** `attempts` counts tries made so far (1 after the first failure). `random` in [0, 1). */
export function decideRetry(failure: SendFailure, attempts: number, settings: RetrySettings, random: () => number = Math.random): RetryDecision {
  const what = failure.status === undefined ? failure.message : `HTTP ${failure.status}: ${failure.message}`;
  if (!isRetryable(failure.status)) return { kind: 'giveUp', reason: what };
  if (attempts >= settings.maxAttempts) return { kind: 'giveUp', reason: `na ${attempts} pogingen: ${what}` };
  if (failure.retryAfterMs !== undefined && failure.retryAfterMs >= 0) {
    // A little jitter on top, so rows throttled together do not return in one burst.
    return { kind: 'retry', delayMs: Math.round(failure.retryAfterMs + random() * Math.min(250, settings.baseMs)) };
  }
  const ceiling = Math.min(settings.maxMs, settings.baseMs * 2 ** (attempts - 1));
  // "Equal jitter": at least half the backoff, so retries still spread out but never come at once.
  return { kind: 'retry', delayMs: Math.round(ceiling / 2 + random() * (ceiling / 2)) };
}

/** Retry-After is either seconds or an HTTP date. */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}
