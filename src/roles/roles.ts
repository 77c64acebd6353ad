/**
 * Permissions, in the domain: admins (bootstrapped from ADMIN_AAD_OBJECT_IDS)
 * and secretaries of an organiser (a themagroep or pijler). Every entry point
 * asks these functions; the Teams layer never decides on its own.
 */
import type { Db } from '../db/database';
import { inTransaction } from '../db/database';
import { cleanDisplayName } from '../displayName';

export interface Actor {
  userId: string;
}

export class Roles {
  constructor(
    private readonly db: Db,
    private readonly adminIds: readonly string[],
    private readonly now: () => string,
  ) {}

  isAdmin(actor: Actor): boolean {
    return this.adminIds.includes(actor.userId);
  }

  isSecretaryOf(actor: Actor, organiserId: number): boolean {
    return (
      this.db.prepare('SELECT 1 FROM secretaries WHERE user_id = ? AND organiser_id = ?').get(actor.userId, organiserId) !==
      undefined
    );
  }

  /** Organiser ids the actor is secretary of. */
  secretaryOf(actor: Actor): number[] {
    return (
      this.db.prepare('SELECT organiser_id FROM secretaries WHERE user_id = ? ORDER BY organiser_id').all(actor.userId) as {
        organiser_id: number;
      }[]
    ).map((r) => r.organiser_id);
  }

  /** May post announcements and link channels for this organiser. */
  canPostFor(actor: Actor, organiserId: number): boolean {
    return this.isAdmin(actor) || this.isSecretaryOf(actor, organiserId);
  }

  /** May see who signed up for a session organised by these organisers. */
  canSeeParticipants(actor: Actor, organiserIds: number[]): boolean {
    return this.isAdmin(actor) || organiserIds.some((id) => this.isSecretaryOf(actor, id));
  }

  /** Only admins grant; returns false when the actor may not. */
  grantSecretary(actor: Actor, userId: string, userName: string | null, organiserId: number): boolean {
    if (!this.isAdmin(actor)) return false;
    inTransaction(this.db, () => {
      this.db
        .prepare(
          `INSERT INTO secretaries (user_id, organiser_id, user_name, granted_by, granted_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT(user_id, organiser_id) DO UPDATE SET user_name = excluded.user_name`,
        )
        .run(userId, organiserId, userName === null ? null : cleanDisplayName(userName), actor.userId, this.now());
      this.db
        .prepare('INSERT INTO role_changes (user_id, organiser_id, action, by_user, at) VALUES (?, ?, ?, ?, ?)')
        .run(userId, organiserId, 'grant', actor.userId, this.now());
    });
    return true;
  }

  revokeSecretary(actor: Actor, userId: string, organiserId: number): boolean {
    if (!this.isAdmin(actor)) return false;
    inTransaction(this.db, () => {
      this.db.prepare('DELETE FROM secretaries WHERE user_id = ? AND organiser_id = ?').run(userId, organiserId);
      this.db
        .prepare('INSERT INTO role_changes (user_id, organiser_id, action, by_user, at) VALUES (?, ?, ?, ?, ?)')
        .run(userId, organiserId, 'revoke', actor.userId, this.now());
    });
    return true;
  }

  listSecretaries(organiserId?: number): { userId: string; userName: string | null; organiserId: number }[] {
    return (
      this.db
        .prepare(
          'SELECT user_id, user_name, organiser_id FROM secretaries WHERE (@o IS NULL OR organiser_id = @o) ORDER BY organiser_id, user_name',
        )
        .all({ o: organiserId ?? null }) as { user_id: string; user_name: string | null; organiser_id: number }[]
    ).map((r) => ({ userId: r.user_id, userName: r.user_name === null ? null : cleanDisplayName(r.user_name), organiserId: r.organiser_id }));
  }
}
