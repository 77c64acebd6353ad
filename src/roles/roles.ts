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

  /**
   * May link a channel to this organiser. `linkedHere` are the organisers the
   * channel is linked to now: taking over a channel that belongs to another
   * group needs an admin (or someone who is secretary of those groups too),
   * else a secretary could claim another group's channel and its secretary could
   * not undo it.
   */
  canLinkChannel(actor: Actor, organiserId: number, linkedHere: number[]): boolean {
    if (this.isAdmin(actor)) return true;
    return this.isSecretaryOf(actor, organiserId) && linkedHere.every((id) => id === organiserId || this.isSecretaryOf(actor, id));
  }

  /** May undo the links of a channel: for every organiser linked to it. */
  canUnlinkChannel(actor: Actor, linkedHere: number[]): boolean {
    return linkedHere.every((id) => this.canPostFor(actor, id));
  }

  /** May see which channel each group is linked to: admins and secretaries. */
  canListChannels(actor: Actor): boolean {
    return this.isAdmin(actor) || this.secretaryOf(actor).length > 0;
  }

  /** May see who signed up for a session organised by these organisers. */
  canSeeParticipants(actor: Actor, organiserIds: number[]): boolean {
    return this.isAdmin(actor) || organiserIds.some((id) => this.isSecretaryOf(actor, id));
  }

  /** May make someone a secretary, or take that away: admins only. */
  canGrantRoles(actor: Actor): boolean {
    return this.isAdmin(actor);
  }

  /**
   * May post, edit or cancel this announcement: its author or an admin, and
   * only while they may still post for its group (a revoked secretary cannot
   * send out what they drafted before).
   */
  canManageAnnouncement(actor: Actor, announcement: { authorId: string; groupId: number }): boolean {
    return (announcement.authorId === actor.userId || this.isAdmin(actor)) && this.canPostFor(actor, announcement.groupId);
  }

  /**
   * May publish a change to a session of the programme organised by these organisers (before and
   * after the change): admins for any session, a secretary only for sessions one of their groups
   * organises. A session nobody organises is the G40 office's, so admins only.
   */
  canEditSessionOf(actor: Actor, organiserIds: number[]): boolean {
    return this.isAdmin(actor) || organiserIds.some((id) => this.isSecretaryOf(actor, id));
  }

  /** May publish a new netwerkdag, or change what belongs to the whole day (title, days, rounds, registration): admins. */
  canEditNetwerkdag(actor: Actor): boolean {
    return this.isAdmin(actor);
  }

  /** Only admins grant; returns false when the actor may not. */
  grantSecretary(actor: Actor, userId: string, userName: string | null, organiserId: number): boolean {
    if (!this.canGrantRoles(actor)) return false;
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
    if (!this.canGrantRoles(actor)) return false;
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
