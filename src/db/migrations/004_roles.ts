import type { Migration } from './index';

/** Who may do what beyond asking: secretaries of a theme group (admins come from config). */
export const roles: Migration = {
  id: 4,
  name: 'roles',
  sql: `
    CREATE TABLE secretaries (
      user_id TEXT NOT NULL,
      organiser_id INTEGER NOT NULL REFERENCES organisers(id),
      user_name TEXT,
      granted_by TEXT NOT NULL,
      granted_at TEXT NOT NULL,
      PRIMARY KEY (user_id, organiser_id)
    );
    CREATE TABLE role_changes (
      id INTEGER PRIMARY KEY,
      user_id TEXT NOT NULL,
      organiser_id INTEGER NOT NULL,
      action TEXT NOT NULL CHECK (action IN ('grant', 'revoke')),
      by_user TEXT NOT NULL,
      at TEXT NOT NULL
    );
  `,
};
