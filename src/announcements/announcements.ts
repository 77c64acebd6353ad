/**
 * Announcements by theme-group secretaries: a draft (checked: may this person
 * post for this group, is there a channel, is the text sane), then posting it
 * through the outbox, at once or at a chosen time. Also granting and revoking
 * secretaries by group name, and the author's delivery status.
 */
import { DateTime } from 'luxon';
import { ZONE, type Clock } from '../clock';
import type { Db } from '../db/database';
import { inTransaction } from '../db/database';
import type { ProgrammeStore } from '../programme/store';
import type { Organiser, Session } from '../programme/types';
import type { Actor, Roles } from '../roles/roles';
import type { ChannelDirectory, ChannelPlace } from './channels';
import { cancelOutboxMessage, enqueue, getOutboxMessage, saveConversationRef, type OutboxRow } from '../outbox/outbox';
import type { OutboxSignals, Settlement } from '../outbox/signals';
import { isPostingGroup, resolveGroup } from './themeGroups';

export const ANNOUNCEMENT = 'announcement';
export const TITLE_MAX_CHARS = 200;
/** Teams refuses activities over ~28 KB; the message must leave room for the card around it. */
export const BODY_MAX_BYTES = 20_000;

export interface DraftInput {
  themeGroupId: number;
  title: string;
  body: string;
  sessionId?: number | null;
  /** Local wall time in Amsterdam; both or neither. */
  postDate?: string | null;
  postTime?: string | null;
}

export interface Announcement {
  id: number;
  group: Organiser;
  authorId: string;
  title: string;
  body: string;
  sessionId: number | null;
  /** ISO (UTC) or null for at once. */
  postAt: string | null;
  status: 'draft' | 'queued' | 'cancelled';
  outboxId: number | null;
  createdAt: string;
}

export type DraftOutcome =
  | { kind: 'draft'; announcement: Announcement; where: ChannelPlace }
  | { kind: 'notAllowed'; group: Organiser | null }
  | { kind: 'unknownGroup' }
  | { kind: 'notLinked'; group: Organiser }
  | { kind: 'emptyTitle' }
  | { kind: 'emptyBody' }
  | { kind: 'titleTooLong'; max: number }
  | { kind: 'bodyTooLong'; maxBytes: number }
  | { kind: 'unknownSession' }
  | { kind: 'badPostAt' }
  | { kind: 'postAtInPast' };

export type PostOutcome =
  | { kind: 'queued'; announcement: Announcement; outboxId: number; where: ChannelPlace; postAt: string | null }
  | { kind: 'unknownDraft' }
  | { kind: 'notAllowed'; group: Organiser | null }
  | { kind: 'notLinked'; group: Organiser }
  | { kind: 'alreadyPosted'; announcement: Announcement }
  | { kind: 'cancelled' };

export type CancelOutcome =
  | { kind: 'cancelled'; announcement: Announcement }
  | { kind: 'unknownDraft' }
  | { kind: 'notAllowed'; group: Organiser | null }
  | { kind: 'alreadySent'; announcement: Announcement };

export type RoleOutcome =
  | { kind: 'granted'; group: Organiser }
  | { kind: 'revoked'; group: Organiser }
  | { kind: 'notSecretary'; group: Organiser }
  | { kind: 'notAllowed' }
  | { kind: 'unknownGroup'; typed: string };

export interface AnnouncementStatus {
  announcement: Announcement;
  delivery: Pick<OutboxRow, 'status' | 'attempts' | 'lastError' | 'sentAt' | 'notBefore'> | null;
  where: ChannelPlace | null;
}

interface Row {
  id: number;
  organiser_id: number;
  author_id: string;
  title: string;
  body: string;
  session_id: number | null;
  post_at: string | null;
  status: Announcement['status'];
  outbox_id: number | null;
  created_at: string;
}

export class AnnouncementService {
  constructor(
    private readonly db: Db,
    private readonly programme: ProgrammeStore,
    private readonly roles: Roles,
    readonly channels: ChannelDirectory,
    readonly signals: OutboxSignals,
    private readonly clock: Clock,
  ) {}

  private nowIso(): string {
    return this.clock().toUTC().toISO()!;
  }

  /** How to reach this person later (an opaque reference from the bot SDK); refreshed on every personal turn. */
  /** The reference last stored per person: every message in a 1:1 chat reports it, and it rarely changes. */
  private readonly rememberedChats = new Map<string, string>();

  rememberPersonalChat(userId: string, reference: string): void {
    // Written only when it changed: a database write on every question was a measurable part of a turn.
    if (this.rememberedChats.get(userId) === reference) return;
    saveConversationRef(this.db, `user:${userId}`, reference, this.nowIso());
    if (this.rememberedChats.size > 50_000) this.rememberedChats.clear();
    this.rememberedChats.set(userId, reference);
  }

  /** Theme groups and pijlers this person may post for, by name. */
  postableGroups(actor: Actor): Organiser[] {
    return this.programme
      .listOrganisers()
      .filter((o) => isPostingGroup(o) && this.roles.canPostFor(actor, o.id))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  }

  /** Sessions a person may attach: those of their groups that are still to come. */
  attachableSessions(actor: Actor): Session[] {
    const today = this.clock().toISODate()!;
    const seen = new Set<number>();
    const out: Session[] = [];
    for (const g of this.postableGroups(actor)) {
      for (const s of this.programme.sessionsOfOrganiser(g.id)) {
        if (s.date >= today && !seen.has(s.id)) {
          seen.add(s.id);
          out.push(s);
        }
      }
    }
    return out.sort((a, b) => `${a.date} ${a.start ?? '99'}`.localeCompare(`${b.date} ${b.start ?? '99'}`));
  }

  draft(actor: Actor, input: DraftInput): DraftOutcome {
    const group = this.programme.getOrganiser(input.themeGroupId);
    if (!group || !isPostingGroup(group)) return { kind: 'unknownGroup' };
    // Permission before anything else about the content: a forged submit learns nothing.
    if (!this.roles.canPostFor(actor, group.id)) return { kind: 'notAllowed', group };
    const title = input.title.trim();
    const body = input.body.trim();
    if (title === '') return { kind: 'emptyTitle' };
    if (body === '') return { kind: 'emptyBody' };
    if ([...title].length > TITLE_MAX_CHARS) return { kind: 'titleTooLong', max: TITLE_MAX_CHARS };
    if (Buffer.byteLength(body, 'utf8') > BODY_MAX_BYTES) return { kind: 'bodyTooLong', maxBytes: BODY_MAX_BYTES };
    const sessionId = input.sessionId ?? null;
    if (sessionId !== null) {
      const s = this.programme.getSession(sessionId);
      // Only what the form offers: a coming session of a group this person posts for, not any id a forged submit names.
      if (!s || s.removed || !this.attachableSessions(actor).some((a) => a.id === s.id)) return { kind: 'unknownSession' };
    }
    const postAt = this.parsePostAt(input.postDate, input.postTime);
    if (postAt === 'bad') return { kind: 'badPostAt' };
    if (postAt !== null && postAt <= this.clock()) return { kind: 'postAtInPast' };
    const target = this.channels.referenceFor(group.id);
    if (!target) return { kind: 'notLinked', group };
    const id = Number(
      this.db
        .prepare(
          `INSERT INTO announcements (organiser_id, author_id, title, body, session_id, post_at, status, created_at)
           VALUES (?, ?, ?, ?, ?, ?, 'draft', ?)`,
        )
        .run(group.id, actor.userId, title, body, sessionId, postAt ? postAt.toUTC().toISO() : null, this.nowIso()).lastInsertRowid,
    );
    return { kind: 'draft', announcement: this.get(id)!, where: target.link };
  }

  private parsePostAt(date: string | null | undefined, time: string | null | undefined): DateTime | null | 'bad' {
    const d = (date ?? '').trim();
    const t = (time ?? '').trim();
    if (d === '' && t === '') return null;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d) || !/^\d{2}:\d{2}$/.test(t)) return 'bad';
    const at = DateTime.fromISO(`${d}T${t}`, { zone: ZONE });
    return at.isValid ? at : 'bad';
  }

  /** Plaatsen: the draft's author (or an admin) who may still post for the group puts it in the outbox. */
  post(actor: Actor, announcementId: number): PostOutcome {
    return inTransaction(this.db, () => {
      const a = this.get(announcementId);
      if (!a) return { kind: 'unknownDraft' as const };
      if (!this.mayHandle(actor, a)) return { kind: 'notAllowed' as const, group: a.group };
      if (a.status === 'queued') return { kind: 'alreadyPosted' as const, announcement: a };
      if (a.status === 'cancelled') return { kind: 'cancelled' as const };
      const target = this.channels.referenceFor(a.group.id);
      if (!target) return { kind: 'notLinked' as const, group: a.group };
      const now = this.nowIso();
      const outboxId = enqueue(
        this.db,
        {
          kind: ANNOUNCEMENT,
          target: { type: 'channel', themeGroupId: a.group.id },
          payload: { announcementId: a.id },
          dedupeKey: `announcement:${a.id}`,
          ...(a.postAt ? { notBefore: a.postAt } : {}),
          createdBy: actor.userId,
        },
        now,
      );
      this.db.prepare(`UPDATE announcements SET status = 'queued', outbox_id = ?, queued_at = ? WHERE id = ?`).run(outboxId, now, a.id);
      return { kind: 'queued' as const, announcement: this.get(a.id)!, outboxId, where: target.link, postAt: a.postAt };
    });
  }

  /** Annuleren: a draft, or a scheduled post that has not gone out yet. */
  cancel(actor: Actor, announcementId: number): CancelOutcome {
    return inTransaction(this.db, () => {
      const a = this.get(announcementId);
      if (!a) return { kind: 'unknownDraft' as const };
      if (!this.mayHandle(actor, a)) return { kind: 'notAllowed' as const, group: a.group };
      if (a.status === 'queued' && (a.outboxId === null || !cancelOutboxMessage(this.db, a.outboxId))) {
        return { kind: 'alreadySent' as const, announcement: a };
      }
      this.db.prepare(`UPDATE announcements SET status = 'cancelled' WHERE id = ?`).run(a.id);
      return { kind: 'cancelled' as const, announcement: this.get(a.id)! };
    });
  }

  private mayHandle(actor: Actor, a: Announcement): boolean {
    return this.roles.canManageAnnouncement(actor, { authorId: a.authorId, groupId: a.group.id });
  }

  /** Nudges the worker and waits (briefly) for the outcome, so the author hears where it went. */
  async awaitDelivery(outboxId: number, timeoutMs: number): Promise<Settlement | 'pending'> {
    const waiting = this.signals.waitFor(outboxId, timeoutMs);
    this.signals.kick();
    const now = getOutboxMessage(this.db, outboxId)?.status;
    if (now === 'sent' || now === 'failed') return now;
    return waiting;
  }

  get(id: number): Announcement | null {
    const r = this.db.prepare('SELECT * FROM announcements WHERE id = ?').get(id) as Row | undefined;
    return r ? this.toAnnouncement(r) : null;
  }

  /** `status aankondigingen`: the author's recent announcements and how far each got. */
  statusFor(actor: Actor, limit = 10): AnnouncementStatus[] {
    const rows = this.db
      .prepare(`SELECT * FROM announcements WHERE author_id = ? AND status != 'draft' ORDER BY id DESC LIMIT ?`)
      .all(actor.userId, limit) as Row[];
    return rows.map((r) => {
      const announcement = this.toAnnouncement(r);
      const o = r.outbox_id === null ? undefined : getOutboxMessage(this.db, r.outbox_id);
      return {
        announcement,
        delivery: o ? { status: o.status, attempts: o.attempts, lastError: o.lastError, sentAt: o.sentAt, notBefore: o.notBefore } : null,
        where: this.channels.linkOf(r.organiser_id),
      };
    });
  }

  /** `secretaris @naam <groep>`: only admins (Roles decides). */
  grantSecretary(actor: Actor, user: { userId: string; name: string | null }, typedGroup: string): RoleOutcome {
    const group = resolveGroup(this.programme.listOrganisers(), typedGroup);
    if (!this.roles.canGrantRoles(actor)) return { kind: 'notAllowed' };
    if (!group) return { kind: 'unknownGroup', typed: typedGroup };
    return this.roles.grantSecretary(actor, user.userId, user.name, group.id) ? { kind: 'granted', group } : { kind: 'notAllowed' };
  }

  revokeSecretary(actor: Actor, userId: string, typedGroup: string): RoleOutcome {
    const group = resolveGroup(this.programme.listOrganisers(), typedGroup);
    if (!this.roles.canGrantRoles(actor)) return { kind: 'notAllowed' };
    if (!group) return { kind: 'unknownGroup', typed: typedGroup };
    if (!this.roles.isSecretaryOf({ userId }, group.id)) return { kind: 'notSecretary', group };
    return this.roles.revokeSecretary(actor, userId, group.id) ? { kind: 'revoked', group } : { kind: 'notAllowed' };
  }

  private toAnnouncement(r: Row): Announcement {
    return {
      id: r.id,
      group: this.programme.getOrganiser(r.organiser_id)!,
      authorId: r.author_id,
      title: r.title,
      body: r.body,
      sessionId: r.session_id,
      postAt: r.post_at,
      status: r.status,
      outboxId: r.outbox_id,
      createdAt: r.created_at,
    };
  }
}
