import type { Migration } from './index';

/**
 * A programme an organiser sent in Teams and saw a preview of, kept until they press Publiceren or
 * Annuleren: the card then carries only this row's id, not the whole seed (a card has ~28 KB, and
 * card data comes back from the client, so a seed in it could be edited after the preview).
 */
export const pendingPublications: Migration = {
  id: 13,
  name: 'pending_publications',
  sql: `
    CREATE TABLE pending_publications (
      id TEXT PRIMARY KEY,
      user_id TEXT NOT NULL,
      slug TEXT NOT NULL,
      token TEXT NOT NULL,
      seed_json TEXT NOT NULL,
      source TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('pending', 'published', 'cancelled')),
      created_at TEXT NOT NULL,
      closed_at TEXT
    );
  `,
};
