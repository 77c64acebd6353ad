/**
 * Read access to the programme: the only place that knows the programme's SQL.
 * Everything returned is plain data from ./types.
 */
import type { Db } from '../db/database';
import type {
  EventDay,
  NetworkEvent,
  Organiser,
  Round,
  Session,
  SessionChange,
  SessionDetails,
  SessionLink,
  SessionPerson,
} from './types';
import type { EventSeed } from './seedSchema';

interface EventRow {
  id: number;
  slug: string;
  title: string;
  kind: 'ambtelijk' | 'bestuurlijk';
  city: string;
  registration_open: number;
  registration_stated: NetworkEvent['registrationStated'];
  registration_note: string | null;
  summary: string;
  notes: string;
  registration_from: string | null;
  registration_until: string | null;
}

interface SessionRow {
  id: number;
  event_id: number;
  day_id: number;
  date: string;
  round_id: number | null;
  code: string;
  position: number;
  title: string;
  kind: Session['kind'];
  description: string;
  room: string | null;
  location: string | null;
  start_time: string | null;
  end_time: string | null;
  signup_enabled: number;
  signup_source: Session['signupSource'];
  capacity: number | null;
  status: Session['status'];
  notes: string;
  inferred: string;
  version: number;
  removed_at: string | null;
  registration_from: string | null;
  registration_until: string | null;
}

interface OrganiserRow {
  id: number;
  slug: string;
  name: string;
  kind: Organiser['kind'];
  abbreviation: string | null;
  aliases: string;
  pillar_id: number | null;
}

// Effective time: the session's own, else its round's.
const SESSION_SELECT = `
  SELECT s.id, s.event_id, s.day_id, d.date, s.round_id, s.code, s.position, s.title, s.kind,
         s.description, s.room, s.location,
         COALESCE(s.start_time, r.start_time) AS start_time,
         COALESCE(s.end_time, r.end_time) AS end_time,
         s.signup_enabled, s.signup_source, s.capacity, s.status, s.notes, s.inferred, s.version, s.removed_at,
         s.registration_from, s.registration_until
    FROM sessions s
    JOIN event_days d ON d.id = s.day_id
    LEFT JOIN rounds r ON r.id = s.round_id`;

/**
 * The columns a NetworkEvent is made of. Never `SELECT *`: the row also holds the seed it was
 * imported from (tens of kB of JSON), which reading every event would copy out of SQLite for nothing.
 */
const EVENT_COLUMNS = `e.id, e.slug, e.title, e.kind, e.city, e.registration_open, e.registration_stated, e.registration_note,
  e.summary, e.notes, e.registration_from, e.registration_until`;

const SESSION_ORDER = `ORDER BY d.date, COALESCE(s.start_time, r.start_time) IS NULL, COALESCE(s.start_time, r.start_time), s.position`;

function toSession(row: SessionRow): Session {
  return {
    id: row.id,
    eventId: row.event_id,
    dayId: row.day_id,
    date: row.date,
    roundId: row.round_id,
    code: row.code,
    position: row.position,
    title: row.title,
    kind: row.kind,
    description: row.description,
    room: row.room,
    location: row.location,
    start: row.start_time,
    end: row.end_time,
    signupEnabled: row.signup_enabled === 1,
    signupSource: row.signup_source,
    capacity: row.capacity,
    status: row.status,
    notes: JSON.parse(row.notes) as string[],
    inferred: JSON.parse(row.inferred) as Session['inferred'],
    version: row.version,
    removed: row.removed_at !== null,
    registrationFrom: row.registration_from,
    registrationUntil: row.registration_until,
  };
}

function toOrganiser(row: OrganiserRow): Organiser {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    abbreviation: row.abbreviation,
    aliases: JSON.parse(row.aliases) as string[],
    pillarId: row.pillar_id,
  };
}

export class ProgrammeStore {
  constructor(private readonly db: Db) {}

  listEvents(): NetworkEvent[] {
    const rows = this.db
      .prepare(
        `SELECT ${EVENT_COLUMNS} FROM events e
          ORDER BY (SELECT MIN(date) FROM event_days WHERE event_id = e.id)`,
      )
      .all() as EventRow[];
    return rows.map((r) => this.toEvent(r));
  }

  getEvent(id: number): NetworkEvent | undefined {
    const row = this.db.prepare(`SELECT ${EVENT_COLUMNS} FROM events e WHERE e.id = ?`).get(id) as EventRow | undefined;
    return row && this.toEvent(row);
  }

  getEventBySlug(slug: string): NetworkEvent | undefined {
    const row = this.db.prepare(`SELECT ${EVENT_COLUMNS} FROM events e WHERE e.slug = ?`).get(slug) as EventRow | undefined;
    return row && this.toEvent(row);
  }

  private toEvent(row: EventRow): NetworkEvent {
    const days = (
      this.db
        .prepare('SELECT id, day_number, date, venue, address FROM event_days WHERE event_id = ? ORDER BY day_number')
        .all(row.id) as { id: number; day_number: number; date: string; venue: string | null; address: string | null }[]
    ).map((d): EventDay => ({ id: d.id, dayNumber: d.day_number, date: d.date, venue: d.venue, address: d.address }));
    return {
      id: row.id,
      slug: row.slug,
      title: row.title,
      kind: row.kind,
      city: row.city,
      registrationOpen: row.registration_open === 1,
      registrationStated: row.registration_stated,
      registrationNote: row.registration_note,
      summary: row.summary,
      notes: JSON.parse(row.notes) as string[],
      days,
      registrationFrom: row.registration_from,
      registrationUntil: row.registration_until,
    };
  }

  listRounds(eventId: number): Round[] {
    return (
      this.db
        .prepare(
          `SELECT r.* FROM rounds r JOIN event_days d ON d.id = r.day_id
            WHERE r.event_id = ? ORDER BY d.date, r.start_time IS NULL, r.start_time, r.position`,
        )
        .all(eventId) as RoundRow[]
    ).map(toRound);
  }

  getRound(id: number): Round | undefined {
    const row = this.db.prepare('SELECT * FROM rounds WHERE id = ?').get(id) as RoundRow | undefined;
    return row && toRound(row);
  }

  /** Sessions of a netwerkdag in time order; removed ones only when asked. */
  listSessions(eventId: number, options: { roundId?: number; dayId?: number; includeRemoved?: boolean } = {}): Session[] {
    const where = ['s.event_id = @eventId'];
    if (options.roundId !== undefined) where.push('s.round_id = @roundId');
    if (options.dayId !== undefined) where.push('s.day_id = @dayId');
    if (!options.includeRemoved) where.push('s.removed_at IS NULL');
    return (
      this.db
        .prepare(`${SESSION_SELECT} WHERE ${where.join(' AND ')} ${SESSION_ORDER}`)
        .all({ eventId, roundId: options.roundId, dayId: options.dayId }) as SessionRow[]
    ).map(toSession);
  }

  getSession(id: number): Session | undefined {
    const row = this.db.prepare(`${SESSION_SELECT} WHERE s.id = ?`).get(id) as SessionRow | undefined;
    return row && toSession(row);
  }

  getSessionByCode(eventId: number, code: string): Session | undefined {
    const row = this.db.prepare(`${SESSION_SELECT} WHERE s.event_id = ? AND s.code = ?`).get(eventId, code) as
      | SessionRow
      | undefined;
    return row && toSession(row);
  }

  getSessionDetails(id: number): SessionDetails | undefined {
    const session = this.getSession(id);
    return session && this.details([session])[0];
  }

  /** Adds event, day, round, organisers, people and links to each session. */
  details(sessions: Session[]): SessionDetails[] {
    const events = new Map<number, NetworkEvent>();
    const rounds = new Map<number, Round | undefined>();
    const organisersOf = this.db.prepare(
      `SELECT o.* FROM session_organisers so JOIN organisers o ON o.id = so.organiser_id
        WHERE so.session_id = ? ORDER BY so.position`,
    );
    const peopleOf = this.db.prepare(
      `SELECT p.id AS person_id, p.name, sp.role, sp.function FROM session_people sp
         JOIN people p ON p.id = sp.person_id WHERE sp.session_id = ? ORDER BY sp.position`,
    );
    const linksOf = this.db.prepare('SELECT label, url FROM session_links WHERE session_id = ? ORDER BY position');
    return sessions.map((s) => {
      if (!events.has(s.eventId)) events.set(s.eventId, this.getEvent(s.eventId)!);
      const event = events.get(s.eventId)!;
      if (s.roundId !== null && !rounds.has(s.roundId)) rounds.set(s.roundId, this.getRound(s.roundId));
      return {
        ...s,
        event,
        day: event.days.find((d) => d.id === s.dayId)!,
        round: s.roundId === null ? null : (rounds.get(s.roundId) ?? null),
        organisers: (organisersOf.all(s.id) as OrganiserRow[]).map(toOrganiser),
        people: (
          peopleOf.all(s.id) as { person_id: number; name: string; role: SessionPerson['role']; function: string | null }[]
        ).map((p) => ({ personId: p.person_id, name: p.name, role: p.role, function: p.function })),
        links: linksOf.all(s.id) as SessionLink[],
      };
    });
  }

  listOrganisers(): Organiser[] {
    return (this.db.prepare('SELECT * FROM organisers ORDER BY kind, name').all() as OrganiserRow[]).map(toOrganiser);
  }

  getOrganiser(id: number): Organiser | undefined {
    const row = this.db.prepare('SELECT * FROM organisers WHERE id = ?').get(id) as OrganiserRow | undefined;
    return row && toOrganiser(row);
  }

  getOrganiserBySlug(slug: string): Organiser | undefined {
    const row = this.db.prepare('SELECT * FROM organisers WHERE slug = ?').get(slug) as OrganiserRow | undefined;
    return row && toOrganiser(row);
  }

  sessionsOfOrganiser(organiserId: number, eventId?: number): Session[] {
    return (
      this.db
        .prepare(
          `${SESSION_SELECT} JOIN session_organisers so ON so.session_id = s.id
            WHERE so.organiser_id = @organiserId AND s.removed_at IS NULL
              AND (@eventId IS NULL OR s.event_id = @eventId) ${SESSION_ORDER}`,
        )
        .all({ organiserId, eventId: eventId ?? null }) as SessionRow[]
    ).map(toSession);
  }

  listPeople(): { id: number; name: string }[] {
    return this.db.prepare('SELECT id, name FROM people ORDER BY name').all() as { id: number; name: string }[];
  }

  sessionsOfPerson(personId: number, eventId?: number): Session[] {
    return (
      this.db
        .prepare(
          `${SESSION_SELECT} WHERE s.removed_at IS NULL AND (@eventId IS NULL OR s.event_id = @eventId)
             AND s.id IN (SELECT session_id FROM session_people WHERE person_id = @personId) ${SESSION_ORDER}`,
        )
        .all({ personId, eventId: eventId ?? null }) as SessionRow[]
    ).map(toSession);
  }

  changesOf(sessionId: number, sinceVersion = 0): SessionChange[] {
    return (
      this.db
        .prepare(
          `SELECT session_id, version, field, old_value, new_value, changed_at FROM session_changes
            WHERE session_id = ? AND version > ? ORDER BY id`,
        )
        .all(sessionId, sinceVersion) as {
        session_id: number;
        version: number;
        field: string;
        old_value: string | null;
        new_value: string | null;
        changed_at: string;
      }[]
    ).map((r) => ({
      sessionId: r.session_id,
      version: r.version,
      field: r.field,
      oldValue: r.old_value,
      newValue: r.new_value,
      changedAt: r.changed_at,
    }));
  }

  /**
   * The seed the netwerkdag was last imported or published from: the programme exactly as it
   * stands, for "programma exporteren" and for comparing a new version against. Undefined for an
   * unknown slug (or, briefly, a database from before this was kept: the next start fills it in).
   */
  eventSeed(slug: string): EventSeed | undefined {
    const row = this.db.prepare('SELECT seed_json FROM events WHERE slug = ?').get(slug) as { seed_json: string | null } | undefined;
    return row?.seed_json ? (JSON.parse(row.seed_json) as EventSeed) : undefined;
  }

  /**
   * Changes whenever anything in the programme changes (import, publication, a session's
   * capacity or status, its people, organisers or links): lets readers cache what they derive
   * from it. The revision is kept by triggers (migration 014), so this is one row read.
   */
  contentSignature(): string {
    const row = this.db.prepare('SELECT revision FROM programme_revision WHERE id = 1').get() as { revision: number };
    return String(row.revision);
  }

  isHealthy(): boolean {
    const row = this.db.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number };
    return row.n >= 0;
  }
}

interface RoundRow {
  id: number;
  event_id: number;
  day_id: number;
  code: string;
  name: string;
  position: number;
  start_time: string | null;
  end_time: string | null;
  note: string | null;
  order_known: number;
  number: number | null;
  is_lunch: number;
}

function toRound(row: RoundRow): Round {
  return {
    id: row.id,
    eventId: row.event_id,
    dayId: row.day_id,
    code: row.code,
    name: row.name,
    position: row.position,
    start: row.start_time,
    end: row.end_time,
    note: row.note,
    orderKnown: row.order_known === 1,
    number: row.number,
    lunch: row.is_lunch === 1,
  };
}
