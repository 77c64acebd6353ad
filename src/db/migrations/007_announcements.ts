import type { Migration } from './index';

/**
 * Where the bot is (teams it was added to, channels linked to a theme group),
 * announcements and their drafts, and a lease on outbox rows being sent so a
 * crashed worker's rows go back to pending.
 */
export const announcements: Migration = {
  id: 7,
  name: 'announcements',
  sql: `
    ALTER TABLE outbox ADD COLUMN lease_until TEXT;
    CREATE INDEX outbox_leases ON outbox(status, lease_until);

    CREATE TABLE teams (
      team_id TEXT PRIMARY KEY,
      name TEXT,
      -- The General channel's id; conversation_refs holds how to reach it ('channel:<id>').
      general_channel_id TEXT NOT NULL,
      tenant_id TEXT,
      added_by TEXT,
      added_at TEXT NOT NULL,
      removed_at TEXT
    );

    -- One channel per theme group (organiser): announcements for it go there.
    CREATE TABLE channel_links (
      organiser_id INTEGER PRIMARY KEY REFERENCES organisers(id),
      channel_id TEXT NOT NULL,
      channel_name TEXT,
      team_id TEXT,
      team_name TEXT,
      linked_by TEXT NOT NULL,
      linked_at TEXT NOT NULL
    );
    CREATE INDEX channel_links_by_channel ON channel_links(channel_id);

    CREATE TABLE announcements (
      id INTEGER PRIMARY KEY,
      organiser_id INTEGER NOT NULL REFERENCES organisers(id),
      author_id TEXT NOT NULL,
      title TEXT NOT NULL,
      body TEXT NOT NULL,
      session_id INTEGER REFERENCES sessions(id),
      -- Not before this instant (ISO, UTC); NULL = at once.
      post_at TEXT,
      status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'queued', 'cancelled')),
      outbox_id INTEGER REFERENCES outbox(id),
      created_at TEXT NOT NULL,
      queued_at TEXT
    );
    CREATE INDEX announcements_by_author ON announcements(author_id, id);
  `,
};
