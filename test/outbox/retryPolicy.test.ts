import { describe, expect, it } from 'vitest';
import { decideRetry, parseRetryAfter } from '../../src/outbox/retryPolicy';

const settings = { baseMs: 1000, maxMs: 60_000, maxAttempts: 5 };

describe('retry policy', () => {
  it('decideRetry_retryAfter_comesFirst', () => {
    expect(decideRetry({ status: 429, retryAfterMs: 3000, message: 'x' }, 1, settings, () => 0)).toEqual({ kind: 'retry', delayMs: 3000 });
  });

  it('decideRetry_transientStatuses_backOffExponentiallyWithJitter', () => {
    for (const status of [412, 429, 500, 502, 503, 504, undefined]) {
      expect(decideRetry({ status, message: 'x' }, 1, settings, () => 0)).toEqual({ kind: 'retry', delayMs: 500 });
    }
    expect(decideRetry({ status: 503, message: 'x' }, 3, settings, () => 0)).toEqual({ kind: 'retry', delayMs: 2000 });
    expect(decideRetry({ status: 503, message: 'x' }, 3, settings, () => 0.999)).toEqual({ kind: 'retry', delayMs: 3998 });
    expect(decideRetry({ status: 503, message: 'x' }, 4, { ...settings, maxMs: 5000 }, () => 0)).toEqual({ kind: 'retry', delayMs: 2500 });
  });

  it('decideRetry_forbiddenOrNotFound_givesUpWithReason', () => {
    expect(decideRetry({ status: 403, message: 'BotNotInConversationRoster' }, 1, settings)).toEqual({
      kind: 'giveUp',
      reason: 'HTTP 403: BotNotInConversationRoster',
    });
    expect(decideRetry({ status: 404, message: 'gone' }, 1, settings).kind).toBe('giveUp');
    expect(decideRetry({ status: 400, message: 'bad' }, 1, settings).kind).toBe('giveUp');
  });

  it('decideRetry_lastAttempt_givesUp', () => {
    expect(decideRetry({ status: 503, message: 'busy' }, 5, settings)).toEqual({ kind: 'giveUp', reason: 'na 5 pogingen: HTTP 503: busy' });
  });

  it('parseRetryAfter_secondsOrHttpDate', () => {
    const now = Date.parse('2026-02-04T09:00:00Z');

    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter('0.5', now)).toBe(500);
    expect(parseRetryAfter('Wed, 04 Feb 2026 09:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});
