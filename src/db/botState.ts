/**
 * Conversation and user state of the chat adapter, in our SQLite database, so
 * it survives a restart and lives in the same file that we back up.
 * Optimistic concurrency: a write with a stale eTag fails, as bot SDK storages expect.
 */
import type { Db } from './database';

/** A write whose eTag is no longer the stored one: someone else saved in between. */
export class ETagConflictError extends Error {
  readonly code = 'ETAG_CONFLICT';
  constructor(readonly key: string) {
    super(`Storage: eTag conflict for key ${key}`);
    this.name = 'ETagConflictError';
  }
}

export function isETagConflict(error: unknown): error is ETagConflictError {
  return error instanceof ETagConflictError;
}

/** Rows of JSON state by key, as a bot SDK's storage reads and writes them (the `eTag` field carries the version). */
// `any` like the SDK's StoreItems: callers spread and read their own shapes out of it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type StateItems = Record<string, any>;

/** One write() call waiting for the next group commit: its keys are written all or none. */
interface PendingWrite {
  entries: [string, unknown][];
  resolve(): void;
  reject(error: unknown): void;
}

export class BotStateStore {
  /**
   * One statement per key that checks the eTag and writes: the update only happens while the
   * stored version is still the one the caller read (compared as text, as the eTag travels), so
   * no changed row means someone else saved in between. A new key is always inserted.
   */
  private readonly upsert: ReturnType<Db['prepare']>;
  /** Writes waiting for the group commit that is already scheduled. */
  private pending: PendingWrite[] = [];
  /**
   * Every write() of one turn of the event loop in one transaction. Each turn saves its state, and
   * with people asking at once many turns end together; a commit costs about five times a row
   * (measured: 34 µs a row committed alone, 6 µs a row in a commit of twenty). Inside it each
   * write() is a savepoint of its own, so a stale eTag undoes and refuses that write alone.
   */
  private readonly commitGroup: (writes: PendingWrite[], now: string) => unknown[];

  constructor(
    private readonly db: Db,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {
    this.upsert = db.prepare(
      `INSERT INTO bot_state (key, value, etag, updated_at) VALUES (@key, @value, 1, @now)
       ON CONFLICT(key) DO UPDATE SET value = excluded.value, etag = bot_state.etag + 1, updated_at = excluded.updated_at
        WHERE @etag IS NULL OR CAST(bot_state.etag AS TEXT) = @etag`,
    );
    // Called inside the group's transaction, better-sqlite3 makes this a savepoint.
    const writeAll = db.transaction((entries: [string, unknown][], now: string) => {
      for (const [key, item] of entries) this.writeOne(key, item, now);
    });
    const group = db.transaction((writes: PendingWrite[], now: string) =>
      writes.map((w) => {
        try {
          writeAll(w.entries, now);
          return null;
        } catch (error) {
          if (isETagConflict(error)) return error;
          throw error;
        }
      }),
    );
    this.commitGroup = (writes, now) => group.immediate(writes, now);
  }

  /** Each turn reads its conversation's and its user's state: both in one statement. */
  async read(keys: string[]): Promise<StateItems> {
    const items: StateItems = {};
    if (keys.length === 0) return items;
    const rows = this.db.prepare(`SELECT key, value, etag FROM bot_state WHERE key IN (${keys.map(() => '?').join(', ')})`).all(...keys) as {
      key: string;
      value: string;
      etag: number;
    }[];
    for (const row of rows) items[row.key] = { ...(JSON.parse(row.value) as object), eTag: String(row.etag) };
    return items;
  }

  /** Resolves once the keys are committed (with the other writes of this turn of the event loop), all or none. */
  write(changes: StateItems): Promise<void> {
    const entries = Object.entries(changes);
    if (entries.length === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ entries, resolve, reject });
      if (this.pending.length === 1) setImmediate(() => this.flush());
    });
  }

  private flush(): void {
    const writes = this.pending;
    this.pending = [];
    let refusals: unknown[];
    try {
      refusals = this.commitGroup(writes, this.now());
    } catch (error) {
      // The commit itself failed (a full disk, a closed database): nothing of the group was written.
      for (const w of writes) w.reject(error);
      return;
    }
    writes.forEach((w, i) => (refusals[i] ? w.reject(refusals[i]) : w.resolve()));
  }

  private writeOne(key: string, item: unknown, now: string): void {
    const { eTag, ...value } = (item ?? {}) as { eTag?: string } & Record<string, unknown>;
    const etag = eTag === undefined || eTag === '*' ? null : String(eTag);
    if (this.upsert.run({ key, value: JSON.stringify(value), now, etag }).changes === 0) throw new ETagConflictError(key);
  }

  async delete(keys: string[]): Promise<void> {
    const del = this.db.prepare('DELETE FROM bot_state WHERE key = ?');
    this.db.transaction(() => keys.forEach((k) => del.run(k))).immediate();
  }
}
