/**
 * Programmes waiting for the organiser's Publiceren or Annuleren after a preview. The preview card
 * carries only the id; the seed itself stays here, so what is published is exactly what was
 * previewed. Only the person who sent the programme can publish or cancel it.
 */
import { randomBytes } from 'node:crypto';
import type { Clock } from '../clock';
import type { Db } from '../db/database';
import type { Actor, Roles } from '../roles/roles';
import { publish, type PublishOutcome, type PublishPreview } from './publish';
import { eventSeed, type EventSeed } from './seedSchema';

/** Ids as the card and the text route carry them. */
export const PENDING_ID = /^[a-z0-9]{10}$/;

interface PendingRow {
  id: string;
  user_id: string;
  token: string;
  seed_json: string;
  source: string;
  status: 'pending' | 'published' | 'cancelled';
}

export type ConfirmOutcome = PublishOutcome | { kind: 'unknown' } | { kind: 'cancelled' };

export class PendingPublications {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  private nowIso(): string {
    return this.clock().toUTC().toISO()!;
  }

  /** Keeps a previewed programme; returns the id its card carries. */
  keep(userId: string, seed: EventSeed, preview: PublishPreview, source: string): string {
    // Lower-case letters and digits: easy to type in "publiceer <id>".
    const id = BigInt(`0x${randomBytes(8).toString('hex')}`).toString(36).padStart(13, '0').slice(-10);
    this.db
      .prepare(`INSERT INTO pending_publications (id, user_id, slug, token, seed_json, source, status, created_at) VALUES (?, ?, ?, ?, ?, ?, 'pending', ?)`)
      .run(id, userId, seed.slug, preview.token, JSON.stringify(seed), source, this.nowIso());
    return id;
  }

  private row(id: string, userId: string): PendingRow | undefined {
    if (!PENDING_ID.test(id)) return undefined;
    return this.db.prepare('SELECT * FROM pending_publications WHERE id = ? AND user_id = ?').get(id, userId) as PendingRow | undefined;
  }

  /** Publiceren: publishes the kept programme with its preview's token (a second press publishes nothing). */
  confirm(id: string, actor: Actor, roles: Roles): ConfirmOutcome {
    const row = this.row(id, actor.userId);
    if (!row) return { kind: 'unknown' };
    if (row.status === 'cancelled') return { kind: 'cancelled' };
    if (row.status === 'published') return { kind: 'alreadyPublished' };
    const seed = eventSeed.parse(JSON.parse(row.seed_json));
    const outcome = publish(this.db, seed, this.clock, { actor, roles, token: row.token, source: row.source });
    if (outcome.kind === 'published' || outcome.kind === 'alreadyPublished') {
      this.db.prepare(`UPDATE pending_publications SET status = 'published', closed_at = ? WHERE id = ?`).run(this.nowIso(), id);
    }
    return outcome;
  }

  /** Annuleren: the programme is dropped; nothing changed. False when there is nothing (left) to cancel. */
  cancel(id: string, userId: string): 'cancelled' | 'unknown' | 'alreadyPublished' {
    const row = this.row(id, userId);
    if (!row) return 'unknown';
    if (row.status === 'published') return 'alreadyPublished';
    this.db.prepare(`UPDATE pending_publications SET status = 'cancelled', closed_at = COALESCE(closed_at, ?) WHERE id = ?`).run(this.nowIso(), id);
    return 'cancelled';
  }
}
