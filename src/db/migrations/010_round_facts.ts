import type { Migration } from './index';

/**
 * A round's number as the programme counts it and whether it is the lunch, as facts of the
 * round: the answers read "ronde 2" and "na de lunch" from these, not from codes or names.
 */
export const roundFacts: Migration = {
  id: 10,
  name: 'round_facts',
  sql: `
    ALTER TABLE rounds ADD COLUMN number INTEGER CHECK (number IS NULL OR number > 0);
    ALTER TABLE rounds ADD COLUMN is_lunch INTEGER NOT NULL DEFAULT 0 CHECK (is_lunch IN (0, 1));
  `,
};
