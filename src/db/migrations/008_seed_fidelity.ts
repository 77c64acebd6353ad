import type { Migration } from './index';

/**
 * What the programme text does not say, kept apart from what it does: registration as the
 * programme states it (open, closed or unknown; registration_open stays what the bot
 * enforces), rounds whose order the programme does not give, per-session facts carried as
 * inferences with the note the bot shows, and whether a sign-up flag is a product setting.
 */
export const seedFidelity: Migration = {
  id: 8,
  name: 'seed_fidelity',
  sql: `
    ALTER TABLE events ADD COLUMN registration_stated TEXT NOT NULL DEFAULT 'unknown'
      CHECK (registration_stated IN ('open','closed','unknown'));
    UPDATE events SET registration_stated = CASE registration_open WHEN 1 THEN 'open' ELSE 'closed' END;
    ALTER TABLE rounds ADD COLUMN order_known INTEGER NOT NULL DEFAULT 1;
    -- JSON object {room?, organisers?, round?}: the note shown next to a fact the programme does not state.
    ALTER TABLE sessions ADD COLUMN inferred TEXT NOT NULL DEFAULT '{}';
    ALTER TABLE sessions ADD COLUMN signup_source TEXT NOT NULL DEFAULT 'setting'
      CHECK (signup_source IN ('programme','setting'));
  `,
};
