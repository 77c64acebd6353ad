import type { Migration } from './index';

/** Conversation and user state of the bot SDK (a botbuilder Storage), kept beside the programme. */
export const botState: Migration = {
  id: 2,
  name: 'bot_state',
  sql: `
    CREATE TABLE bot_state (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL,
      etag INTEGER NOT NULL,
      updated_at TEXT NOT NULL
    );
  `,
};
