import type { Migration } from './index';

/**
 * The programme store. Times are local wall time in Europe/Amsterdam ("HH:MM")
 * next to the date; a NULL time means the programme does not give one.
 */
export const programme: Migration = {
  id: 1,
  name: 'programme',
  sql: `
    CREATE TABLE organisers (
      id INTEGER PRIMARY KEY,
      slug TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('pijler','themagroep','gemeente','bestuur','partner','overig')),
      abbreviation TEXT,
      aliases TEXT NOT NULL DEFAULT '[]',
      pillar_id INTEGER REFERENCES organisers(id)
    );

    CREATE TABLE events (
      id INTEGER PRIMARY KEY,
      slug TEXT NOT NULL UNIQUE,
      title TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('ambtelijk','bestuurlijk')),
      city TEXT NOT NULL,
      registration_open INTEGER NOT NULL,
      registration_note TEXT,
      summary TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '[]',
      source_file TEXT NOT NULL,
      source_hash TEXT NOT NULL,
      imported_at TEXT NOT NULL
    );

    CREATE TABLE event_days (
      id INTEGER PRIMARY KEY,
      event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      day_number INTEGER NOT NULL,
      date TEXT NOT NULL,
      venue TEXT,
      address TEXT,
      UNIQUE (event_id, date),
      UNIQUE (event_id, day_number)
    );

    CREATE TABLE rounds (
      id INTEGER PRIMARY KEY,
      event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      day_id INTEGER NOT NULL REFERENCES event_days(id),
      code TEXT NOT NULL,
      name TEXT NOT NULL,
      position INTEGER NOT NULL,
      start_time TEXT,
      end_time TEXT,
      note TEXT,
      UNIQUE (event_id, code)
    );

    CREATE TABLE sessions (
      id INTEGER PRIMARY KEY,
      event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      day_id INTEGER NOT NULL REFERENCES event_days(id),
      round_id INTEGER REFERENCES rounds(id),
      code TEXT NOT NULL,
      position INTEGER NOT NULL,
      title TEXT NOT NULL,
      kind TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '',
      room TEXT,
      location TEXT,
      start_time TEXT,
      end_time TEXT,
      signup_enabled INTEGER NOT NULL DEFAULT 0,
      capacity INTEGER CHECK (capacity IS NULL OR capacity > 0),
      status TEXT NOT NULL DEFAULT 'gepland' CHECK (status IN ('gepland','vervalt')),
      notes TEXT NOT NULL DEFAULT '[]',
      -- Goes up whenever what a calendar entry shows changes (iCal SEQUENCE).
      version INTEGER NOT NULL DEFAULT 1,
      content_hash TEXT NOT NULL,
      -- Set when a re-import no longer contains the session; kept for sign-ups and history.
      removed_at TEXT,
      UNIQUE (event_id, code)
    );
    CREATE INDEX sessions_by_day ON sessions(day_id, start_time);
    CREATE INDEX sessions_by_round ON sessions(round_id);

    CREATE TABLE session_organisers (
      session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
      organiser_id INTEGER NOT NULL REFERENCES organisers(id),
      position INTEGER NOT NULL,
      PRIMARY KEY (session_id, organiser_id)
    );
    CREATE INDEX session_organisers_by_organiser ON session_organisers(organiser_id);

    CREATE TABLE people (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE
    );

    CREATE TABLE session_people (
      session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
      person_id INTEGER NOT NULL REFERENCES people(id),
      role TEXT NOT NULL,
      function TEXT,
      position INTEGER NOT NULL,
      PRIMARY KEY (session_id, person_id, role)
    );
    CREATE INDEX session_people_by_person ON session_people(person_id);

    CREATE TABLE session_links (
      session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      label TEXT NOT NULL,
      url TEXT NOT NULL,
      PRIMARY KEY (session_id, position)
    );

    -- What a re-import changed, so change notices and the calendar can follow.
    CREATE TABLE session_changes (
      id INTEGER PRIMARY KEY,
      session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
      version INTEGER NOT NULL,
      field TEXT NOT NULL,
      old_value TEXT,
      new_value TEXT,
      changed_at TEXT NOT NULL
    );
    CREATE INDEX session_changes_by_session ON session_changes(session_id, version);

    -- Full text over sessions, organisers and people; diacritics folded so
    -- "financien" finds "Financiën".
    CREATE VIRTUAL TABLE search_documents USING fts5(
      doc_type UNINDEXED,
      ref_id UNINDEXED,
      event_id UNINDEXED,
      title,
      body,
      tokenize = 'unicode61 remove_diacritics 2'
    );
  `,
};
