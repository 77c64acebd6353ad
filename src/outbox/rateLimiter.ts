/**
 * Teams' send limits as sliding windows: per conversation (7 per second, 60 per
 * 30 s, 1800 per hour per bot) and for the whole tenant. Pure bookkeeping on
 * millisecond timestamps the caller passes in, so tests and the bench need no clock.
 */

export interface WindowLimit {
  count: number;
  windowMs: number;
}

export const TEAMS_CONVERSATION_LIMITS: WindowLimit[] = [
  { count: 7, windowMs: 1_000 },
  { count: 60, windowMs: 30_000 },
  { count: 1_800, windowMs: 3_600_000 },
];

/** Parses "7/1000,60/30000" (count/window in ms); throws on anything else. */
export function parseLimits(spec: string): WindowLimit[] {
  const trimmed = spec.trim();
  if (trimmed === '') return [];
  return trimmed.split(',').map((part) => {
    const m = part.trim().match(/^(\d+)\/(\d+)$/);
    if (!m || Number(m[1]) < 1 || Number(m[2]) < 1) throw new Error(`ongeldige limiet "${part.trim()}" (verwacht aantal/ms, bijv. 7/1000)`);
    return { count: Number(m[1]), windowMs: Number(m[2]) };
  });
}

/**
 * Timestamps of recent sends, plus sends under way. A send under way counts
 * against every window at once, and is stamped when it completes: the service
 * has certainly received it by then, so our windows never free up before
 * Teams' do (stamping at the start would, by the request's latency).
 */
class Windows {
  private readonly stamps: number[] = [];
  private readonly keep: number;
  inFlight = 0;

  constructor(private readonly limits: readonly WindowLimit[]) {
    this.keep = Math.max(0, ...limits.map((l) => l.count));
  }

  /** Earliest instant at or after `now` at which one more send stays within every window. */
  earliest(now: number): number {
    let at = now;
    for (const { count, windowMs } of this.limits) {
      const used = this.stamps.length + this.inFlight;
      if (used < count) continue;
      // Every slot is taken by sends still under way: the next completion decides.
      if (this.inFlight >= count) return Math.max(at, now + 1);
      at = Math.max(at, this.stamps[this.stamps.length - (count - this.inFlight)]! + windowMs);
    }
    return at;
  }

  record(at: number): void {
    // Completions can arrive out of order; keep the stamps sorted.
    let i = this.stamps.length;
    while (i > 0 && this.stamps[i - 1]! > at) i--;
    this.stamps.splice(i, 0, at);
    if (this.stamps.length > this.keep) this.stamps.splice(0, this.stamps.length - this.keep);
  }

  idleSince(now: number): boolean {
    const longest = Math.max(0, ...this.limits.map((l) => l.windowMs));
    return this.inFlight === 0 && (this.stamps.length === 0 || this.stamps[this.stamps.length - 1]! + longest <= now);
  }
}

export class RateLimiter {
  private readonly perKey = new Map<string, Windows>();
  private readonly blockedUntil = new Map<string, number>();
  private readonly global: Windows;

  constructor(
    private readonly conversationLimits: readonly WindowLimit[],
    globalLimits: readonly WindowLimit[],
  ) {
    this.global = new Windows(globalLimits);
  }

  private windowsOf(key: string): Windows {
    let w = this.perKey.get(key);
    if (!w) {
      w = new Windows(this.conversationLimits);
      this.perKey.set(key, w);
    }
    return w;
  }

  /** Earliest instant a send to `key` is allowed (>= now). */
  earliest(key: string, now: number): number {
    const w = this.perKey.get(key);
    return Math.max(w ? w.earliest(now) : now, this.global.earliest(now), this.blockedUntil.get(key) ?? 0);
  }

  /** Starts a send if a slot is free now: returns 0 (then call `release` when it completes), else how long to wait. */
  acquire(key: string, now: number): number {
    const at = this.earliest(key, now);
    if (at > now) return at - now;
    this.windowsOf(key).inFlight++;
    this.global.inFlight++;
    return 0;
  }

  /** The send that `acquire` allowed has completed (delivered or not: Teams counted it either way). */
  release(key: string, at: number): void {
    const w = this.windowsOf(key);
    w.inFlight = Math.max(0, w.inFlight - 1);
    w.record(at);
    this.global.inFlight = Math.max(0, this.global.inFlight - 1);
    this.global.record(at);
  }

  /** Takes a slot for a send that is over at once (the bench's stand-in and the minimum's model). */
  tryAcquire(key: string, now: number): number {
    const wait = this.acquire(key, now);
    if (wait === 0) this.release(key, now);
    return wait;
  }

  /** Earliest instant the tenant-wide limit allows any send. */
  globalEarliest(now: number): number {
    return this.global.earliest(now);
  }

  /** Teams said 429 for this conversation: send nothing there before `until`. */
  block(key: string, until: number): void {
    this.blockedUntil.set(key, Math.max(until, this.blockedUntil.get(key) ?? 0));
  }

  /** Drops bookkeeping for conversations quiet for longer than every window. */
  prune(now: number): void {
    for (const [key, w] of this.perKey) if (w.idleSince(now)) this.perKey.delete(key);
    for (const [key, until] of this.blockedUntil) if (until <= now) this.blockedUntil.delete(key);
  }
}

/**
 * The least time in which `sends` (conversation key per message, in order) can
 * all go out under these limits: the yardstick the bench compares against.
 */
export function minimumDuration(sends: string[], conversationLimits: WindowLimit[], globalLimits: WindowLimit[]): number {
  const limiter = new RateLimiter(conversationLimits, globalLimits);
  const pending = [...sends];
  let now = 0;
  let last = 0;
  while (pending.length > 0) {
    let next = Infinity;
    for (let i = 0; i < pending.length; i++) {
      const wait = limiter.tryAcquire(pending[i]!, now);
      if (wait === 0) {
        last = now;
        pending.splice(i, 1);
        i--;
      } else {
        next = Math.min(next, now + wait);
      }
      const globalAt = limiter.globalEarliest(now);
      if (globalAt > now) {
        next = Math.min(next, globalAt);
        break;
      }
    }
    if (pending.length > 0) now = next;
  }
  return last;
}
