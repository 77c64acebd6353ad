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

export class BotStateStore {
  /**
   * One statement per key that checks the eTag and writes: the update only happens while the
   * stored version is still the one the caller read (compared as text, as the eTag travels), so
   * no changed row means someone else saved in between. A new key is always inserted.
   */
  private readonly upsert: ReturnType<Db['prepare']>;
  /** Made once: every turn reads its conversation's and user's state. */
  private readonly select: ReturnType<Db['prepare']>;
  /** Several keys are written all or none; made once, not per write (it is on every turn). */
  private readonly writeAll: (changes: [string, unknown][]) => void;

  constructor(
    private readonly db: Db,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {
    this.upsert = db.prepare(
      `INSERT INTO bot_state (key, value, etag, updated_at) VALUES (@key, @value, 1, @now)
       ON CONFLICT(key) DO UPDATE SET value = excluded.value, etag = bot_state.etag + 1, updated_at = excluded.updated_at
        WHERE @etag IS NULL OR CAST(bot_state.etag AS TEXT) = @etag`,
    );
    this.select = db.prepare('SELECT value, etag FROM bot_state WHERE key = ?');
    const writeAll = db.transaction((changes: [string, unknown][]) => {
      const now = this.now();
      for (const [key, item] of changes) this.writeOne(key, item, now);
    });
    this.writeAll = (changes) => writeAll.immediate(changes);
  }

  async read(keys: string[]): Promise<StateItems> {
    const items: StateItems = {};
    for (const key of keys) {
      const row = this.select.get(key) as { value: string; etag: number } | undefined;
      if (row) items[key] = { ...(JSON.parse(row.value) as object), eTag: String(row.etag) };
    }
    return items;
  }

  async write(changes: StateItems): Promise<void> {
    const entries = Object.entries(changes);
    // One key (a turn that changed only its conversation's state) is one statement, atomic by itself.
    if (entries.length === 1) this.writeOne(entries[0]![0], entries[0]![1], this.now());
    else if (entries.length > 1) this.writeAll(entries);
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
