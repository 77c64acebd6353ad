import type { Migration } from './index';

/**
 * The durable outbox: every proactive send is a row here before it is sent.
 * Targets are a person (by user id) or a linked channel (by theme group);
 * the conversation reference to reach them is stored opaquely by the Teams layer.
 */
export const outbox: Migration = {
  id: 3,
  name: 'outbox',
  sql: `
    CREATE TABLE conversation_refs (
      -- 'user:<aadObjectId>' for a personal chat, 'channel:<conversation id>' for a channel.
      key TEXT PRIMARY KEY,
      reference TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );

    CREATE TABLE outbox (
      id INTEGER PRIMARY KEY,
      -- What the message is about: 'waitlist_promoted', 'session_changed', 'announcement', 'reminder', ...
      kind TEXT NOT NULL,
      target_type TEXT NOT NULL CHECK (target_type IN ('user', 'channel')),
      target_key TEXT NOT NULL,
      -- Domain data the renderer turns into a card; never card JSON.
      payload TEXT NOT NULL,
      -- Same key twice is one message: retries and double clicks never send twice.
      dedupe_key TEXT UNIQUE,
      status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'cancelled')),
      attempts INTEGER NOT NULL DEFAULT 0,
      not_before TEXT NOT NULL,
      last_error TEXT,
      created_by TEXT,
      created_at TEXT NOT NULL,
      sent_at TEXT,
      -- Id of the activity/thread Teams returned, for the author's status view.
      delivered_id TEXT
    );
    CREATE INDEX outbox_due ON outbox(status, not_before);
  `,
};
