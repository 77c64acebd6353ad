/**
 * Publishing a new version of one netwerkdag's programme (a workbook or seed from an organiser):
 * first a preview that changes nothing, then one transaction through the existing import, so a
 * publication gets exactly what a seed file gets: versions, change notices to signed-up people and
 * linked channels, and waiting lists served when a capacity goes up.
 *
 * The preview carries a token naming the programme it was made against and the one it would
 * publish. Publishing with it twice publishes once (the second finds its programme already
 * there); publishing after the programme changed in between is refused, since the preview the
 * organiser approved is no longer what would happen.
 */
import { createHash } from 'node:crypto';
import type { Clock } from '../clock';
import { inTransaction, type Db } from '../db/database';
import { ChannelDirectory } from '../announcements/channels';
import { enqueueChangeNotices, seatHolders } from '../signups/notices';
import type { Actor, Roles } from '../roles/roles';
import { countSignups } from '../signups/waitingList';
import { SignupService } from '../signups/service';
import { workbookTexts as T } from '../texts/programme';
import { dutchErrorMap } from '../zodDutch';
import { importEventSeeds, type ImportReport } from './importSeeds';
import { checkEvent, SeedError } from './seedFiles';
import { eventSeed, type EventSeed, type SessionSeed } from './seedSchema';
import { ProgrammeStore } from './store';
import { eventCells, sessionCells, type EventField, type SessionColumn } from './workbook';

/** One field of a session or of the netwerkdag: its Dutch column name, before → after (as the workbook shows them). */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

export interface SessionDiff {
  code: string;
  title: string;
  changes: FieldChange[];
  /** People holding a seat now, and people waiting: who a change or removal affects. */
  confirmed: number;
  waiting: number;
}

export interface PublishPreview {
  slug: string;
  title: string;
  /** A netwerkdag the bot does not have yet. */
  isNew: boolean;
  /** Changes to the netwerkdag itself (title, registration, days, rounds). */
  eventChanges: FieldChange[];
  added: { code: string; title: string }[];
  changed: SessionDiff[];
  removed: SessionDiff[];
  /** Nothing would change: publishing is a no-op. */
  unchanged: boolean;
  /** Pass to publish(): which programme this preview was made against, and which it would publish. */
  token: string;
}

export type PublishOutcome =
  | { kind: 'published'; preview: PublishPreview; report: ImportReport; notices: number }
  /** This very programme is already the published one (a second press on Publiceren): nothing happened. */
  | { kind: 'alreadyPublished' }
  /** The programme changed since the preview: nothing happened; make a new preview. */
  | { kind: 'stale' }
  /** Not allowed: `sessions` are the ones outside the actor's groups; `netwerkdag` when the day itself changes. */
  | { kind: 'forbidden'; netwerkdag: boolean; sessions: { code: string; title: string }[] }
  /** The seed breaks a rule (another file's slug, an unknown organiser): nothing happened. */
  | { kind: 'invalid'; message: string };

/** A stable fingerprint of a seed: JSON of the parsed seed, whose key order the schema fixes. */
export function seedHash(seed: EventSeed): string {
  return createHash('sha256').update(JSON.stringify(seed)).digest('hex');
}

const NONE = 'nieuw';

function storedHash(store: ProgrammeStore, slug: string): string {
  const stored = store.eventSeed(slug);
  return stored ? seedHash(stored) : NONE;
}

function diffCells<K extends string>(
  before: Record<K, string | number | null>,
  after: Record<K, string | number | null>,
  labels: Record<K, string>,
): FieldChange[] {
  const out: FieldChange[] = [];
  for (const key of Object.keys(labels) as K[]) {
    const b = String(before[key] ?? '');
    const a = String(after[key] ?? '');
    if (a !== b) out.push({ field: labels[key], before: b, after: a });
  }
  return out;
}

function roundsText(seed: EventSeed): string {
  return seed.rounds
    .map((r) => `${r.code}: ${r.name}${r.day ? ` (${r.day})` : ''}${r.start ? `, ${r.start}${r.end ? `–${r.end}` : ''}` : ''}${r.note ? ` – ${r.note}` : ''}`)
    .join('\n');
}

function daysText(seed: EventSeed): string {
  return seed.days.map((d) => [d.date, d.venue, d.address].filter(Boolean).join(', ')).join('\n');
}

function eventDiff(before: EventSeed, after: EventSeed): FieldChange[] {
  const labels = Object.fromEntries(Object.entries(T.eventFields).map(([k, v]) => [k, v[0]])) as Record<EventField, string>;
  const changes = diffCells(eventCells(before), eventCells(after), labels);
  const days = daysText(before) === daysText(after) ? [] : [{ field: 'Dagen', before: daysText(before), after: daysText(after) }];
  const rounds = JSON.stringify(before.rounds) === JSON.stringify(after.rounds) ? [] : [{ field: 'Rondes', before: roundsText(before), after: roundsText(after) }];
  return [...changes, ...days, ...rounds];
}

/** What publishing `seed` would change, and for whom. Reads only. */
export function previewPublish(db: Db, seed: EventSeed): PublishPreview {
  const store = new ProgrammeStore(db);
  const before = store.eventSeed(seed.slug);
  const event = store.getEventBySlug(seed.slug);
  const token = `${before ? seedHash(before) : NONE}:${seedHash(seed)}`;
  const counts = (code: string) => {
    const session = event ? store.getSessionByCode(event.id, code) : undefined;
    return session ? { confirmed: countSignups(db, session.id, 'confirmed'), waiting: countSignups(db, session.id, 'waiting') } : { confirmed: 0, waiting: 0 };
  };
  if (!before) {
    return {
      slug: seed.slug, title: seed.title, isNew: true, eventChanges: [], changed: [], removed: [],
      added: seed.sessions.map((s) => ({ code: s.code, title: s.title })), unchanged: false, token,
    };
  }
  const old = new Map(before.sessions.map((s) => [s.code, s]));
  const next = new Set(seed.sessions.map((s) => s.code));
  const labels = T.sessionHeaders as Record<SessionColumn, string>;
  const added: PublishPreview['added'] = [];
  const changed: SessionDiff[] = [];
  for (const s of seed.sessions) {
    const was = old.get(s.code);
    if (!was) {
      added.push({ code: s.code, title: s.title });
      continue;
    }
    const changes = diffCells(sessionCells(was), sessionCells(s), labels);
    // Moving a session within the list changes its place on the programme, which no column shows.
    if (changes.length > 0) changed.push({ code: s.code, title: s.title, changes, ...counts(s.code) });
  }
  const removed = before.sessions
    .filter((s) => !next.has(s.code))
    .map((s): SessionDiff => ({ code: s.code, title: s.title, changes: [], ...counts(s.code) }));
  const eventChanges = eventDiff(before, seed);
  const unchanged = seedHash(before) === seedHash(seed);
  return { slug: seed.slug, title: seed.title, isNew: false, eventChanges, added, changed, removed, unchanged, token };
}

/**
 * Which sessions the actor may not touch in this publication, and whether it changes the netwerkdag
 * itself (admins only). A session counts by its organisers before and after: a secretary can
 * neither take over another group's session nor hand one of theirs to nobody.
 */
export function publishRefusal(
  db: Db,
  roles: Roles,
  actor: Actor,
  preview: PublishPreview,
  seed: EventSeed,
): Extract<PublishOutcome, { kind: 'forbidden' }> | null {
  if (roles.canEditNetwerkdag(actor)) return null;
  const store = new ProgrammeStore(db);
  const before = store.eventSeed(seed.slug);
  const organiserIds = (s: SessionSeed | undefined) =>
    (s?.organisers ?? []).flatMap((slug) => {
      const o = store.getOrganiserBySlug(slug);
      return o ? [o.id] : [];
    });
  const find = (list: SessionSeed[] | undefined, code: string) => list?.find((s) => s.code === code);
  const touched = [...preview.added, ...preview.changed, ...preview.removed];
  const sessions = touched
    .filter(({ code }) => {
      const was = find(before?.sessions, code);
      const now = find(seed.sessions, code);
      return !((!was || roles.canEditSessionOf(actor, organiserIds(was))) && (!now || roles.canEditSessionOf(actor, organiserIds(now))));
    })
    .map(({ code, title }) => ({ code, title }));
  const netwerkdag = preview.isNew || preview.eventChanges.length > 0 || orderChanged(before, seed);
  return sessions.length > 0 || netwerkdag ? { kind: 'forbidden', netwerkdag, sessions } : null;
}

/** Whether the sessions that stay were put in another order: the programme's order is the office's. */
function orderChanged(before: EventSeed | undefined, after: EventSeed): boolean {
  if (!before) return false;
  const kept = new Set(after.sessions.map((s) => s.code));
  const was = before.sessions.map((s) => s.code).filter((c) => kept.has(c));
  const now = after.sessions.map((s) => s.code).filter((c) => was.includes(c));
  return was.join('\n') !== now.join('\n');
}

export interface PublishOptions {
  actor: Actor;
  roles: Roles;
  /** The token of the preview the organiser approved. */
  token: string;
  /** Where the programme came from, kept as the netwerkdag's source file: "werkboek van <naam>". */
  source?: string;
}

/** Validates a seed against the stored organisers and the other netwerkdagen, as the seed directory is. */
function validate(db: Db, seed: EventSeed): string | null {
  const parsed = eventSeed.safeParse(seed, { errorMap: dutchErrorMap });
  if (!parsed.success) return parsed.error.issues[0]!.message;
  const slugs = new Set((db.prepare('SELECT slug FROM organisers').all() as { slug: string }[]).map((r) => r.slug));
  try {
    checkEvent(seed.slug, parsed.data, slugs);
  } catch (err) {
    if (err instanceof SeedError) return `${err.field}: ${err.reason}`;
    throw err;
  }
  return null;
}

/**
 * Publishes `seed` in one transaction: checks the token and who may, imports it, enqueues change
 * notices (people signed up, linked channels) and fills seats a higher capacity freed.
 */
export function publish(db: Db, seed: EventSeed, clock: Clock, options: PublishOptions): PublishOutcome {
  const invalid = validate(db, seed);
  if (invalid) return { kind: 'invalid', message: invalid };
  const target = seedHash(seed);
  const [base, tokenTarget] = options.token.split(':');
  return inTransaction(db, (): PublishOutcome => {
    const store = new ProgrammeStore(db);
    const current = storedHash(store, seed.slug);
    if (current === target) return { kind: 'alreadyPublished' };
    if (current !== base || tokenTarget !== target) return { kind: 'stale' };
    const preview = previewPublish(db, seed);
    const refusal = publishRefusal(db, options.roles, options.actor, preview, seed);
    if (refusal) return refusal;

    const report = importEventSeeds(
      db,
      [{ file: options.source ?? 'werkboek', hash: `werkboek:${target}`, seed, origin: 'published' }],
      clock,
    );
    const now = clock();
    const nowIso = () => now.toUTC().toISO()!;
    const signups = new SignupService(db, store, options.roles, clock);
    const channels = new ChannelDirectory(db, store, options.roles, nowIso);
    const notices = enqueueChangeNotices(db, store, seatHolders(store, signups), report.changes, now, (ids) =>
      ids.filter((id) => channels.linkOf(id) !== null),
    );
    return { kind: 'published', preview, report, notices };
  });
}
