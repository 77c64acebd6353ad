import type { Migration } from './index';

/**
 * Sign-ups: one row per (session, person), whose status moves between
 * confirmed, waiting and cancelled; every move is also written to
 * signup_events (who, when, from → to). A partial unique index keeps a person
 * active (confirmed or waiting) in at most one session per round, so even a
 * bug or a race cannot put anyone twice in a round.
 */
export const signups: Migration = {
  id: 5,
  name: 'signups',
  sql: `
    CREATE TABLE signups (
      id INTEGER PRIMARY KEY,
      session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
      event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      -- The round, or minus the session id for sessions outside any round: one key per "choice".
      round_key INTEGER NOT NULL,
      user_id TEXT NOT NULL,
      user_name TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL CHECK (status IN ('confirmed','waiting','cancelled')),
      -- Order on the waiting list; set when the person joins it.
      queue_seq INTEGER,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (session_id, user_id)
    );
    CREATE UNIQUE INDEX signups_one_per_round ON signups(user_id, round_key) WHERE status IN ('confirmed','waiting');
    CREATE INDEX signups_by_session ON signups(session_id, status, queue_seq);
    CREATE INDEX signups_by_user ON signups(user_id, status);

    CREATE TABLE signup_events (
      id INTEGER PRIMARY KEY,
      signup_id INTEGER NOT NULL REFERENCES signups(id) ON DELETE CASCADE,
      session_id INTEGER NOT NULL,
      user_id TEXT NOT NULL,
      action TEXT NOT NULL CHECK (action IN ('signup','waitlist','cancel','promote','switch_out')),
      from_status TEXT,
      to_status TEXT NOT NULL,
      -- Who did it: the person themself, or 'system' for a promotion.
      actor TEXT NOT NULL,
      at TEXT NOT NULL
    );
    CREATE INDEX signup_events_by_signup ON signup_events(signup_id, id);

    -- Secrets the bot generates itself when config gives none (e.g. for signed CSV links).
    CREATE TABLE app_secrets (
      name TEXT PRIMARY KEY,
      value TEXT NOT NULL,
      created_at TEXT NOT NULL
    );
  `,
};
