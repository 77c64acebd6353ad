/**
 * Brings the store in line with the seed files. Idempotent: importing the same
 * files twice changes nothing. A change to what a calendar entry shows (time,
 * room, place, title, status, description) bumps the session's version and is
 * recorded in session_changes, which change notices and iCal SEQUENCE follow.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../db/database';
import { inTransaction } from '../db/database';
import type { Clock } from '../clock';
import { promoteWhereSeatsFreed } from '../signups/waitingList';
import type { SeedSet, EventSeedFile } from './seedFiles';
import { registrationOpen, registrationStated, type EventSeed, type SessionSeed } from './seedSchema';
import type { SessionChange } from './types';

export type EventImportResult = 'nieuw' | 'bijgewerkt' | 'ongewijzigd';

export interface ImportReport {
  events: { slug: string; file: string; result: EventImportResult }[];
  /** Changes to sessions that already existed, in the order they were found. */
  changes: SessionChange[];
  sessionsAdded: number;
  sessionsRemoved: number;
  /** People moved from a waiting list into a seat the new programme freed, per session, in queue order. */
  promoted: { sessionId: number; userIds: string[] }[];
}

/** The fields whose change a person with the session in their calendar must hear about. */
export const TRACKED_FIELDS = ['titel', 'datum', 'begintijd', 'eindtijd', 'zaal', 'locatie', 'status', 'beschrijving'] as const;
export type TrackedField = (typeof TRACKED_FIELDS)[number];

interface StoredSession {
  id: number;
  code: string;
  content_hash: string;
  version: number;
  removed_at: string | null;
  title: string;
  date: string;
  start: string | null;
  end: string | null;
  room: string | null;
  location: string | null;
  status: string;
  description: string;
}

function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/** The calendar-visible facts of a session, as stored or as the seed now says. */
type TrackedFacts = Pick<StoredSession, 'title' | 'date' | 'start' | 'end' | 'room' | 'location' | 'status' | 'description'>;

function trackedValues(s: TrackedFacts): Record<TrackedField, string | null> {
  return {
    titel: s.title,
    datum: s.date,
    begintijd: s.start,
    eindtijd: s.end,
    zaal: s.room,
    locatie: s.location,
    status: s.status,
    beschrijving: s.description,
  };
}

export function importSeedSet(db: Db, set: SeedSet, clock: Clock): ImportReport {
  return inTransaction(db, () => {
    importOrganisers(db, set);
    return importEventSeeds(db, set.events, clock);
  });
}

/**
 * The per-netwerkdag part of the import, for one or more events against the organisers already
 * stored: what a publication from a workbook runs. One transaction (a savepoint inside a caller's).
 */
export function importEventSeeds(db: Db, events: EventSeedFile[], clock: Clock): ImportReport {
  const at = clock();
  const now = at.toUTC().toISO()!;
  const report: ImportReport = { events: [], changes: [], sessionsAdded: 0, sessionsRemoved: 0, promoted: [] };
  inTransaction(db, () => {
    for (const file of events) importEvent(db, file, now, report);
    // Seats the programme now offers (a higher capacity, a session on again) go to the waiting list first,
    // each with its notice, in this transaction: no newcomer can take them in between.
    report.promoted = promoteWhereSeatsFreed(db, at);
  });
  return report;
}

function importOrganisers(db: Db, set: SeedSet): void {
  const upsert = db.prepare(
    `INSERT INTO organisers (slug, name, kind, abbreviation, aliases) VALUES (@slug, @name, @kind, @abbreviation, @aliases)
     ON CONFLICT(slug) DO UPDATE SET name = excluded.name, kind = excluded.kind,
       abbreviation = excluded.abbreviation, aliases = excluded.aliases`,
  );
  for (const o of set.organisers) {
    upsert.run({ slug: o.slug, name: o.name, kind: o.kind, abbreviation: o.abbreviation, aliases: JSON.stringify(o.aliases) });
  }
  const setPillar = db.prepare(
    'UPDATE organisers SET pillar_id = (SELECT id FROM organisers WHERE slug = @pillar) WHERE slug = @slug',
  );
  for (const o of set.organisers) setPillar.run({ slug: o.slug, pillar: o.pillar });
}

function importEvent(db: Db, file: EventSeedFile, now: string, report: ImportReport): void {
  const seed = file.seed;
  const fromFile = (file.origin ?? 'file') === 'file';
  const existing = db.prepare('SELECT id, source_hash, file_hash, seed_json FROM events WHERE slug = ?').get(seed.slug) as
    | { id: number; source_hash: string; file_hash: string | null; seed_json: string | null }
    | undefined;
  // Unchanged: the same seed as last imported, or (from disk) the same file as last read, even when an
  // organiser has published a newer programme since: the file is then older news, not a change.
  if (existing && (existing.source_hash === file.hash || (fromFile && existing.file_hash === file.hash))) {
    if (existing.seed_json === null || (fromFile && existing.file_hash === null)) {
      // A database from before these columns: remember the seed and file now, without touching the programme.
      db.prepare('UPDATE events SET seed_json = COALESCE(seed_json, ?), file_hash = COALESCE(file_hash, ?) WHERE id = ?').run(
        JSON.stringify(seed),
        fromFile ? file.hash : null,
        existing.id,
      );
    }
    report.events.push({ slug: seed.slug, file: file.file, result: 'ongewijzigd' });
    return;
  }

  const eventRow = {
    slug: seed.slug,
    title: seed.title,
    kind: seed.kind,
    city: seed.city,
    registration_open: registrationOpen(seed) ? 1 : 0,
    registration_stated: registrationStated(seed),
    registration_note: seed.registration.note,
    summary: seed.summary,
    notes: JSON.stringify(seed.notes),
    source_file: file.file,
    source_hash: file.hash,
    imported_at: now,
    registration_from: seed.settings?.registration_from ?? null,
    registration_until: seed.settings?.registration_until ?? null,
    seed_json: JSON.stringify(seed),
    file_hash: fromFile ? file.hash : (existing?.file_hash ?? null),
  };
  let eventId: number;
  if (existing) {
    db.prepare(
      `UPDATE events SET title = @title, kind = @kind, city = @city, registration_open = @registration_open,
         registration_stated = @registration_stated,
         registration_note = @registration_note, summary = @summary, notes = @notes, source_file = @source_file,
         source_hash = @source_hash, imported_at = @imported_at, registration_from = @registration_from,
         registration_until = @registration_until, seed_json = @seed_json, file_hash = @file_hash WHERE slug = @slug`,
    ).run(eventRow);
    eventId = existing.id;
  } else {
    eventId = Number(
      db
        .prepare(
          `INSERT INTO events (slug, title, kind, city, registration_open, registration_stated, registration_note, summary, notes,
             source_file, source_hash, imported_at, registration_from, registration_until, seed_json, file_hash)
           VALUES (@slug, @title, @kind, @city, @registration_open, @registration_stated, @registration_note, @summary, @notes,
             @source_file, @source_hash, @imported_at, @registration_from, @registration_until, @seed_json, @file_hash)`,
        )
        .run(eventRow).lastInsertRowid,
    );
  }

  const dayIds = importDays(db, eventId, seed);
  const before = storedSessions(db, eventId);
  const roundIds = importRounds(db, eventId, seed, dayIds);
  importSessions(db, eventId, seed, dayIds, roundIds, before, now, report);
  // Rounds no longer in the seed and no longer used by any session.
  const roundCodes = seed.rounds.map((r) => r.code);
  db.prepare(
    `DELETE FROM rounds WHERE event_id = ? AND code NOT IN (SELECT value FROM json_each(?))
       AND id NOT IN (SELECT round_id FROM sessions WHERE round_id IS NOT NULL)`,
  ).run(eventId, JSON.stringify(roundCodes));
  report.events.push({ slug: seed.slug, file: file.file, result: existing ? 'bijgewerkt' : 'nieuw' });
}

function importDays(db: Db, eventId: number, seed: EventSeed): Map<string, number> {
  const ids = new Map<string, number>();
  // Day numbers are unique per event; park them out of the way so re-ordering days never collides.
  db.prepare('UPDATE event_days SET day_number = -id WHERE event_id = ?').run(eventId);
  seed.days.forEach((day, index) => {
    const row = db.prepare('SELECT id FROM event_days WHERE event_id = ? AND date = ?').get(eventId, day.date) as
      | { id: number }
      | undefined;
    if (row) {
      db.prepare('UPDATE event_days SET day_number = ?, venue = ?, address = ? WHERE id = ?').run(
        index + 1,
        day.venue,
        day.address,
        row.id,
      );
      ids.set(day.date, row.id);
    } else {
      const id = db
        .prepare('INSERT INTO event_days (event_id, day_number, date, venue, address) VALUES (?, ?, ?, ?, ?)')
        .run(eventId, index + 1, day.date, day.venue, day.address).lastInsertRowid;
      ids.set(day.date, Number(id));
    }
  });
  return ids;
}

function importRounds(db: Db, eventId: number, seed: EventSeed, dayIds: Map<string, number>): Map<string, { id: number; start: string | null; end: string | null }> {
  const ids = new Map<string, { id: number; start: string | null; end: string | null }>();
  const onlyDay = seed.days[0]!.date;
  seed.rounds.forEach((round, index) => {
    const dayId = dayIds.get(round.day ?? onlyDay)!;
    db.prepare(
      `INSERT INTO rounds (event_id, day_id, code, name, position, start_time, end_time, note, order_known, number, is_lunch)
       VALUES (@eventId, @dayId, @code, @name, @position, @start, @end, @note, @orderKnown, @number, @lunch)
       ON CONFLICT(event_id, code) DO UPDATE SET day_id = excluded.day_id, name = excluded.name,
         position = excluded.position, start_time = excluded.start_time, end_time = excluded.end_time, note = excluded.note,
         order_known = excluded.order_known, number = excluded.number, is_lunch = excluded.is_lunch`,
    ).run({
      eventId, dayId, code: round.code, name: round.name, position: index + 1, start: round.start, end: round.end,
      note: round.note, orderKnown: round.order_known ? 1 : 0, number: round.number, lunch: round.lunch ? 1 : 0,
    });
    const row = db.prepare('SELECT id FROM rounds WHERE event_id = ? AND code = ?').get(eventId, round.code) as { id: number };
    ids.set(round.code, { id: row.id, start: round.start, end: round.end });
  });
  return ids;
}

function storedSessions(db: Db, eventId: number): Map<string, StoredSession> {
  const rows = db
    .prepare(
      `SELECT s.id, s.code, s.content_hash, s.version, s.removed_at, s.title, d.date,
              COALESCE(s.start_time, r.start_time) AS start, COALESCE(s.end_time, r.end_time) AS "end",
              s.room, s.location, s.status, s.description
         FROM sessions s JOIN event_days d ON d.id = s.day_id LEFT JOIN rounds r ON r.id = s.round_id
        WHERE s.event_id = ?`,
    )
    .all(eventId) as StoredSession[];
  return new Map(rows.map((r) => [r.code, r]));
}

function importSessions(
  db: Db,
  eventId: number,
  seed: EventSeed,
  dayIds: Map<string, number>,
  roundIds: Map<string, { id: number; start: string | null; end: string | null }>,
  before: Map<string, StoredSession>,
  now: string,
  report: ImportReport,
): void {
  const onlyDay = seed.days[0]!.date;
  const organiserId = db.prepare('SELECT id FROM organisers WHERE slug = ?');
  const recordChange = db.prepare(
    'INSERT INTO session_changes (session_id, version, field, old_value, new_value, changed_at) VALUES (?, ?, ?, ?, ?, ?)',
  );

  seed.sessions.forEach((s: SessionSeed, index) => {
    const date = s.day ?? onlyDay;
    const round = s.round === null ? undefined : roundIds.get(s.round);
    const effective = {
      title: s.title,
      date,
      start: s.start ?? round?.start ?? null,
      end: s.end ?? round?.end ?? null,
      room: s.room,
      location: s.location,
      status: s.status,
      description: s.description,
    };
    // The hash covers the seed entry and the round times it inherits.
    const contentHash = hashOf({ s, date, inherited: [effective.start, effective.end], position: index });
    const row = {
      eventId,
      dayId: dayIds.get(date)!,
      roundId: round?.id ?? null,
      code: s.code,
      position: index + 1,
      title: s.title,
      kind: s.kind,
      description: s.description,
      room: s.room,
      location: s.location,
      start: s.start,
      end: s.end,
      signup: s.signup ? 1 : 0,
      signupSource: s.signup_source,
      capacity: s.capacity,
      status: s.status,
      notes: JSON.stringify(s.notes),
      inferred: JSON.stringify(s.inferred),
      registrationFrom: s.registration_from ?? null,
      registrationUntil: s.registration_until ?? null,
      contentHash,
    };
    const old = before.get(s.code);
    let sessionId: number;
    if (!old) {
      sessionId = Number(
        db
          .prepare(
            `INSERT INTO sessions (event_id, day_id, round_id, code, position, title, kind, description, room, location,
               start_time, end_time, signup_enabled, signup_source, capacity, status, notes, inferred, version, content_hash,
               registration_from, registration_until)
             VALUES (@eventId, @dayId, @roundId, @code, @position, @title, @kind, @description, @room, @location,
               @start, @end, @signup, @signupSource, @capacity, @status, @notes, @inferred, 1, @contentHash,
               @registrationFrom, @registrationUntil)`,
          )
          .run(row).lastInsertRowid,
      );
      report.sessionsAdded++;
    } else {
      sessionId = old.id;
      if (old.content_hash === contentHash && old.removed_at === null) return;
      const oldValues = trackedValues({ ...old, status: old.removed_at ? 'verwijderd' : old.status });
      const newValues = trackedValues(effective);
      const changed = TRACKED_FIELDS.filter((f) => oldValues[f] !== newValues[f]);
      const version = changed.length > 0 ? old.version + 1 : old.version;
      db.prepare(
        `UPDATE sessions SET day_id = @dayId, round_id = @roundId, position = @position, title = @title, kind = @kind,
           description = @description, room = @room, location = @location, start_time = @start, end_time = @end,
           signup_enabled = @signup, signup_source = @signupSource, capacity = @capacity, status = @status, notes = @notes,
           inferred = @inferred, registration_from = @registrationFrom, registration_until = @registrationUntil,
           content_hash = @contentHash, version = @version, removed_at = NULL
         WHERE id = @id`,
      ).run({ ...row, version, id: sessionId });
      for (const field of changed) {
        recordChange.run(sessionId, version, field, oldValues[field], newValues[field], now);
        report.changes.push({ sessionId, version, field, oldValue: oldValues[field], newValue: newValues[field], changedAt: now });
      }
    }

    db.prepare('DELETE FROM session_organisers WHERE session_id = ?').run(sessionId);
    s.organisers.forEach((slug, position) => {
      const org = organiserId.get(slug) as { id: number };
      db.prepare('INSERT OR IGNORE INTO session_organisers (session_id, organiser_id, position) VALUES (?, ?, ?)').run(
        sessionId,
        org.id,
        position,
      );
    });
    db.prepare('DELETE FROM session_people WHERE session_id = ?').run(sessionId);
    s.people.forEach((p, position) => {
      db.prepare('INSERT INTO people (name) VALUES (?) ON CONFLICT(name) DO NOTHING').run(p.name);
      const person = db.prepare('SELECT id FROM people WHERE name = ?').get(p.name) as { id: number };
      db.prepare(
        'INSERT OR IGNORE INTO session_people (session_id, person_id, role, function, position) VALUES (?, ?, ?, ?, ?)',
      ).run(sessionId, person.id, p.role, p.function, position);
    });
    db.prepare('DELETE FROM session_links WHERE session_id = ?').run(sessionId);
    s.links.forEach((l, position) => {
      db.prepare('INSERT INTO session_links (session_id, position, label, url) VALUES (?, ?, ?, ?)').run(
        sessionId,
        position,
        l.label,
        l.url,
      );
    });
  });

  // Sessions that left the programme are kept (sign-ups point at them) but marked removed.
  const codes = new Set(seed.sessions.map((s) => s.code));
  for (const old of before.values()) {
    if (codes.has(old.code) || old.removed_at !== null) continue;
    const version = old.version + 1;
    db.prepare('UPDATE sessions SET removed_at = ?, version = ? WHERE id = ?').run(now, version, old.id);
    recordChange.run(old.id, version, 'status', old.status, 'verwijderd', now);
    report.changes.push({ sessionId: old.id, version, field: 'status', oldValue: old.status, newValue: 'verwijderd', changedAt: now });
    report.sessionsRemoved++;
  }
  db.prepare('DELETE FROM people WHERE id NOT IN (SELECT person_id FROM session_people)').run();
}
