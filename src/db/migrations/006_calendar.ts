import type { Migration } from './index';

/**
 * Personal calendar feeds. Only a SHA-256 of the feed token is kept: the token
 * itself is shown once in the chat, so a copy of the database opens no one's feed.
 * One row per person; renewing replaces the hash, so the old link stops working.
 */
export const calendar: Migration = {
  id: 6,
  name: 'calendar',
  sql: `
    CREATE TABLE calendar_feeds (
      user_id TEXT PRIMARY KEY,
      token_hash TEXT NOT NULL UNIQUE,
      created_at TEXT NOT NULL
    );
  `,
};
