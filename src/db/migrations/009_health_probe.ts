import type { Migration } from './index';

/**
 * One row that GET /healthz rewrites, so "healthy" means the database can still
 * commit a write (a full disk or a read-only file fails it), not just answer a read
 * from pages it already has in memory.
 */
export const healthProbe: Migration = {
  id: 9,
  name: 'health_probe',
  sql: `
    CREATE TABLE health_probe (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      checked_at TEXT NOT NULL
    );
    INSERT INTO health_probe (id, checked_at) VALUES (1, '');
  `,
};
