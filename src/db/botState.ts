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
  constructor(
    private readonly db: Db,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  async read(keys: string[]): Promise<StateItems> {
    const items: StateItems = {};
    const get = this.db.prepare('SELECT value, etag FROM bot_state WHERE key = ?');
    for (const key of keys) {
      const row = get.get(key) as { value: string; etag: number } | undefined;
      if (row) items[key] = { ...(JSON.parse(row.value) as object), eTag: String(row.etag) };
    }
    return items;
  }

  async write(changes: StateItems): Promise<void> {
    const select = this.db.prepare('SELECT etag FROM bot_state WHERE key = ?');
    const upsert = this.db.prepare(
      `INSERT INTO bot_state (key, value, etag, updated_at) VALUES (@key, @value, 1, @now)
       ON CONFLICT(key) DO UPDATE SET value = excluded.value, etag = bot_state.etag + 1, updated_at = excluded.updated_at`,
    );
    this.db
      .transaction(() => {
        for (const [key, item] of Object.entries(changes)) {
          const { eTag, ...value } = (item ?? {}) as { eTag?: string } & Record<string, unknown>;
          if (eTag !== undefined && eTag !== '*') {
            const row = select.get(key) as { etag: number } | undefined;
            if (row && String(row.etag) !== eTag) {
              throw new ETagConflictError(key);
            }
          }
          upsert.run({ key, value: JSON.stringify(value), now: this.now() });
        }
      })
      .immediate();
  }

  async delete(keys: string[]): Promise<void> {
    const del = this.db.prepare('DELETE FROM bot_state WHERE key = ?');
    this.db.transaction(() => keys.forEach((k) => del.run(k))).immediate();
  }
}
