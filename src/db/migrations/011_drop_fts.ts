import type { Migration } from './index';

/**
 * The answer engine ranks every programme fact in memory (src/answers/retrieve.ts:
 * weighted fields, Dutch stems, synonyms, compounds), so the FTS5 table that
 * the first version searched is no longer read or kept up to date.
 */
export const dropFts: Migration = {
  id: 11,
  name: 'drop_fts',
  sql: `DROP TABLE IF EXISTS search_documents;`,
};
