import { describe, expect, it } from 'vitest';
import { minimumDuration, parseLimits, RateLimiter, TEAMS_CONVERSATION_LIMITS } from '../../src/outbox/rateLimiter';

describe('RateLimiter', () => {
  it('tryAcquire_eighthInOneSecond_waitsForTheFirstToLeaveTheWindow', () => {
    const limiter = new RateLimiter(TEAMS_CONVERSATION_LIMITS, []);
    for (let i = 0; i < 7; i++) expect(limiter.tryAcquire('c1', i * 10)).toBe(0);

    const wait = limiter.tryAcquire('c1', 100);

    expect(wait).toBe(900);
    expect(limiter.tryAcquire('c2', 100)).toBe(0);
  });

  it('tryAcquire_sixtyFirstInThirtySeconds_waitsForTheThirtySecondWindow', () => {
    const limiter = new RateLimiter(TEAMS_CONVERSATION_LIMITS, []);
    for (let i = 0; i < 60; i++) expect(limiter.tryAcquire('c1', i * 200)).toBe(0);

    expect(limiter.tryAcquire('c1', 12_000)).toBe(30_000 - 12_000);
  });

  it('tryAcquire_tenantLimit_spansConversations', () => {
    const limiter = new RateLimiter(TEAMS_CONVERSATION_LIMITS, [{ count: 3, windowMs: 1000 }]);
    for (const c of ['a', 'b', 'c']) expect(limiter.tryAcquire(c, 0)).toBe(0);

    expect(limiter.tryAcquire('d', 10)).toBe(990);
  });

  it('acquire_sendsUnderWay_countAndAreStampedWhenTheyComplete', () => {
    const limiter = new RateLimiter([{ count: 2, windowMs: 1000 }], []);
    limiter.acquire('c', 0);
    limiter.acquire('c', 0);

    const whileUnderWay = limiter.earliest('c', 50);
    limiter.release('c', 100);
    limiter.release('c', 300);

    expect(whileUnderWay).toBeGreaterThan(50);
    expect(limiter.earliest('c', 400)).toBe(1100);
  });

  it('block_retryAfter_holdsThatConversationOnly', () => {
    const limiter = new RateLimiter(TEAMS_CONVERSATION_LIMITS, []);

    limiter.block('c1', 5000);

    expect(limiter.tryAcquire('c1', 1000)).toBe(4000);
    expect(limiter.tryAcquire('c2', 1000)).toBe(0);
    expect(limiter.earliest('c1', 1000)).toBe(5000);
  });

  it('parseLimits_teamsNotation_andRefusesNonsense', () => {
    expect(parseLimits('7/1000, 60/30000')).toEqual([
      { count: 7, windowMs: 1000 },
      { count: 60, windowMs: 30000 },
    ]);
    expect(() => parseLimits('7 per second')).toThrow('ongeldige limiet');
    expect(() => parseLimits('0/1000')).toThrow('ongeldige limiet');
  });

  it('minimumDuration_oneConversation_boundByItsWindows', () => {
    expect(minimumDuration(Array(8).fill('c'), TEAMS_CONVERSATION_LIMITS, [])).toBe(1000);
    expect(minimumDuration(Array(15).fill('c'), TEAMS_CONVERSATION_LIMITS, [])).toBe(2000);
  });

  it('minimumDuration_manyConversations_boundByTheTenant', () => {
    const sends = Array.from({ length: 120 }, (_, i) => `c${i}`);

    expect(minimumDuration(sends, TEAMS_CONVERSATION_LIMITS, [{ count: 50, windowMs: 1000 }])).toBe(2000);
  });
});
