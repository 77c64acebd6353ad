import type { Migration } from './index';

/**
 * One number that changes with every write to the programme's tables, so readers that derive
 * something from the programme (the answer engine's catalogue) can tell in one row read whether
 * it is still current. Kept by SQLite itself, so an import, a publication from Teams, another
 * process or a hand edit all count, and nothing in the code can forget to bump it.
 * session_changes is only the log of the sessions' changes, which bump it themselves.
 */
export const programmeRevision: Migration = {
  id: 14,
  name: 'programme_revision',
  sql: `
    CREATE TABLE programme_revision (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      revision INTEGER NOT NULL
    );
    INSERT INTO programme_revision (id, revision) VALUES (1, 1);
    CREATE TRIGGER programme_revision_events_insert AFTER INSERT ON events
      BEGIN UPDATE programme_revision SET revision = revision + 1; END;
    CREATE TRIGGER programme_revision_events_update AFTER UPDATE ON events
      BEGIN UPDATE programme_revision SET revision = revision + 1; END;
    CREATE TRIGGER programme_revision_events_delete AFTER DELETE ON events
      BEGIN UPDATE programme_revision SET revision = revision + 1; END;
    CREATE TRIGGER programme_revision_event_days_insert AFTER INSERT ON event_days
      BEGIN UPDATE programme_revision SET revision = revision + 1; END;
    CREATE TRIGGER programme_revision_event_days_update AFTER UPDATE ON event_days
      BEGIN UPDATE programme_revision SET revision = revision + 1; END;
    CREATE TRIGGER programme_revision_event_days_delete AFTER DELETE ON event_days
      BEGIN UPDATE programme_revision SET revision = revision + 1; END;
    CREATE TRIGGER programme_revision_rounds_insert AFTER INSERT ON rounds
      BEGIN UPDATE programme_revision SET revision = revision + 1; END;
    CREATE TRIGGER programme_revision_rounds_update AFTER UPDATE ON rounds
      BEGIN UPDATE programme_revision SET revision = revision + 1; END;
    CREATE TRIGGER programme_revision_rounds_delete AFTER DELETE ON rounds
      BEGIN UPDATE programme_revision SET revision = revision + 1; END;
    CREATE TRIGGER programme_revision_sessions_insert AFTER INSERT ON sessions
      BEGIN UPDATE programme_revision SET revision = revision + 1; END;
    CREATE TRIGGER programme_revision_sessions_update AFTER UPDATE ON sessions
      BEGIN UPDATE programme_revision SET revision = revision + 1; END;
    CREATE TRIGGER programme_revision_sessions_delete AFTER DELETE ON sessions
      BEGIN UPDATE programme_revision SET revision = revision + 1; END;
    CREATE TRIGGER programme_revision_organisers_insert AFTER INSERT ON organisers
      BEGIN UPDATE programme_revision SET revision = revision + 1; END;
    CREATE TRIGGER programme_revision_organisers_update AFTER UPDATE ON organisers
      BEGIN UPDATE programme_revision SET revision = revision + 1; END;
    CREATE TRIGGER programme_revision_organisers_delete AFTER DELETE ON organisers
      BEGIN UPDATE programme_revision SET revision = revision + 1; END;
    CREATE TRIGGER programme_revision_people_insert AFTER INSERT ON people
      BEGIN UPDATE programme_revision SET revision = revision + 1; END;
    CREATE TRIGGER programme_revision_people_update AFTER UPDATE ON people
      BEGIN UPDATE programme_revision SET revision = revision + 1; END;
    CREATE TRIGGER programme_revision_people_delete AFTER DELETE ON people
      BEGIN UPDATE programme_revision SET revision = revision + 1; END;
    CREATE TRIGGER programme_revision_session_organisers_insert AFTER INSERT ON session_organisers
      BEGIN UPDATE programme_revision SET revision = revision + 1; END;
    CREATE TRIGGER programme_revision_session_organisers_update AFTER UPDATE ON session_organisers
      BEGIN UPDATE programme_revision SET revision = revision + 1; END;
    CREATE TRIGGER programme_revision_session_organisers_delete AFTER DELETE ON session_organisers
      BEGIN UPDATE programme_revision SET revision = revision + 1; END;
    CREATE TRIGGER programme_revision_session_people_insert AFTER INSERT ON session_people
      BEGIN UPDATE programme_revision SET revision = revision + 1; END;
    CREATE TRIGGER programme_revision_session_people_update AFTER UPDATE ON session_people
      BEGIN UPDATE programme_revision SET revision = revision + 1; END;
    CREATE TRIGGER programme_revision_session_people_delete AFTER DELETE ON session_people
      BEGIN UPDATE programme_revision SET revision = revision + 1; END;
    CREATE TRIGGER programme_revision_session_links_insert AFTER INSERT ON session_links
      BEGIN UPDATE programme_revision SET revision = revision + 1; END;
    CREATE TRIGGER programme_revision_session_links_update AFTER UPDATE ON session_links
      BEGIN UPDATE programme_revision SET revision = revision + 1; END;
    CREATE TRIGGER programme_revision_session_links_delete AFTER DELETE ON session_links
      BEGIN UPDATE programme_revision SET revision = revision + 1; END;
  `,
};
