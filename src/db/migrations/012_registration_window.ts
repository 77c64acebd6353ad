import type { Migration } from './index';

/**
 * When sign-ups open and close (settings of a netwerkdag, optionally per session), in Amsterdam wall
 * time "YYYY-MM-DD HH:MM"; NULL: no bound. Also the seed each netwerkdag was last imported from, so the
 * programme can be exported as a workbook exactly as it stands and a publish can tell what changed, and
 * the hash of the seed file on disk, so a restart does not undo a programme published from Teams while
 * that file stayed the same. Numbered 20 to stay clear of migrations added alongside.
 */
export const registrationWindow: Migration = {
  id: 12,
  name: 'registration_window',
  sql: `
    ALTER TABLE events ADD COLUMN registration_from TEXT;
    ALTER TABLE events ADD COLUMN registration_until TEXT;
    ALTER TABLE events ADD COLUMN seed_json TEXT;
    ALTER TABLE events ADD COLUMN file_hash TEXT;
    ALTER TABLE sessions ADD COLUMN registration_from TEXT;
    ALTER TABLE sessions ADD COLUMN registration_until TEXT;
  `,
};
