/**
 * The sign-up rules as whole operations: each public write runs in ONE
 * BEGIN IMMEDIATE transaction that checks, changes, records the change in
 * signup_events and enqueues any notice, so concurrent clicks (from any number
 * of connections or processes) serialise and capacity can never be exceeded.
 */
import type { DateTime } from 'luxon';
import type { Clock } from '../clock';
import { enqueue, getConversationRef, targetKey } from '../outbox/outbox';
import { inTransaction, type Db } from '../db/database';
import { cleanDisplayName } from '../displayName';
import type { ProgrammeStore } from '../programme/store';
import type { NetworkEvent, Round, Session, SessionDetails } from '../programme/types';
import type { Actor, Roles } from '../roles/roles';
import { checkDownload, downloadSecret, signDownload, type SignedDownload } from './downloadLinks';
import { availability, cancelRefusal, newcomerGetsSeat, refusalWindow, registrationWindow, roundKey, signupRefusal } from './rules';
import type {
  CancelOutcome,
  FormChoiceOutcome,
  MyEventSignups,
  Participant,
  ParticipantsOutcome,
  RefusalReason,
  Refused,
  SessionSignupState,
  SignUpOutcome,
  SignupActor,
  SignupStatus,
} from './types';
import {
  countSignups,
  promoteWaitingList,
  seatCounts,
  setSignupStatus,
  signupRow,
  WAITLIST_PROMOTED,
  type SignupEventAction,
  type SignupRow,
} from './waitingList';

// Re-exported: the Teams layer renders the promotion notice by this kind.
export { WAITLIST_PROMOTED };
/** A person's own programme, sent to their 1:1 chat because they asked for it where others read along. */
export const MY_PROGRAMME = 'my_programme';

export interface RegistrationOverview {
  event: NetworkEvent;
  sessions: { session: Session; confirmed: number; capacity: number | null; waiting: number; closed: RefusalReason | null }[];
  confirmed: number;
  waiting: number;
}

export interface SignUpOptions {
  /** The netwerkdag the card or form was about; a session of another one is refused. */
  eventId?: number;
  /** 'wait' joins the waiting list when full; 'refuse' reports full and changes nothing. */
  onFull?: 'refuse' | 'wait';
  /** Cancel the person's other session in this round and take this one, atomically. */
  switchRound?: boolean;
}

export class SignupService {
  constructor(
    private readonly db: Db,
    private readonly programme: ProgrammeStore,
    private readonly roles: Roles,
    private readonly clock: Clock,
    /** The secret for signed download links (see ./downloadLinks). */
    private readonly linkSecret: () => string = () => downloadSecret(db, undefined, clock().toUTC().toISO()!),
  ) {}

  /** A download link for the participant list, for those allowed to see it; valid for `validHours`. */
  participantsLink(
    actor: Actor | null,
    sessionId: number,
    validHours = 24,
  ): { kind: 'link'; link: SignedDownload; list: Extract<ParticipantsOutcome, { kind: 'list' }> } | Exclude<ParticipantsOutcome, { kind: 'list' }> {
    const seen = this.participants(actor, sessionId);
    if (seen.kind !== 'list') return seen;
    return { kind: 'link', link: signDownload(this.linkSecret(), sessionId, this.clock(), validHours), list: seen };
  }

  /** What a signed link opens: the list, or why not (forged, expired, session gone). */
  openParticipantsLink(link: SignedDownload): ParticipantsOutcome | { kind: 'denied'; why: 'expired' | 'badSignature' } {
    const check = checkDownload(this.linkSecret(), link, this.clock());
    if (check !== 'ok') return { kind: 'denied', why: check };
    const session = this.programme.getSession(link.sessionId);
    if (!session) return this.refused('unknownSession', null);
    return this.participantList(session);
  }

  private refused(reason: RefusalReason, session: Session | null, note: string | null = null): Refused {
    return { kind: 'refused', reason, session, note };
  }

  private row(sessionId: number, userId: string): SignupRow | undefined {
    return signupRow(this.db, sessionId, userId);
  }

  private activeInRound(userId: string, key: number, exceptSessionId: number): SignupRow | undefined {
    return this.db
      .prepare(
        `SELECT * FROM signups WHERE user_id = ? AND round_key = ? AND session_id <> ? AND status IN ('confirmed','waiting')`,
      )
      .get(userId, key, exceptSessionId) as SignupRow | undefined;
  }

  private count(sessionId: number, status: 'confirmed' | 'waiting'): number {
    return countSignups(this.db, sessionId, status);
  }

  private positionOf(row: SignupRow): number {
    return (
      this.db
        .prepare(`SELECT COUNT(*) AS n FROM signups WHERE session_id = ? AND status = 'waiting' AND queue_seq <= ?`)
        .get(row.session_id, row.queue_seq) as { n: number }
    ).n;
  }

  /** Leaves a session (confirmed or waiting) and promotes whoever is next. Caller holds the transaction. */
  private leave(session: Session, row: SignupRow, action: 'cancel' | 'switch_out', actor: string, now: DateTime): string | null {
    setSignupStatus(this.db, session, row.user_id, null, 'cancelled', action, actor, now.toUTC().toISO()!);
    return row.status === 'confirmed' ? (promoteWaitingList(this.db, session, now)[0] ?? null) : null;
  }

  signUp(actor: SignupActor | null, sessionId: number, options: SignUpOptions = {}): SignUpOutcome {
    if (!actor || actor.userId === '') return this.refused('noIdentity', null);
    return inTransaction(this.db, () => {
      const session = this.programme.getSession(sessionId);
      if (!session) return this.refused('unknownSession', null);
      if (options.eventId !== undefined && session.eventId !== options.eventId) return this.refused('wrongEvent', session);
      const event = this.programme.getEvent(session.eventId)!;
      const now = this.clock();
      const reason = signupRefusal(session, event, now);
      if (reason) {
        const window = refusalWindow(reason, session, event);
        const note = reason === 'registrationClosed' && window === null ? event.registrationNote : null;
        return { ...this.refused(reason, session, note), window };
      }

      const mine = this.row(session.id, actor.userId);
      if (mine?.status === 'confirmed') return { kind: 'confirmed', session, already: true, switchedFrom: null };
      if (mine?.status === 'waiting') {
        return { kind: 'waiting', session, position: this.positionOf(mine), already: true, switchedFrom: null };
      }

      const other = this.activeInRound(actor.userId, roundKey(session), session.id);
      const otherSession = other ? this.programme.getSession(other.session_id)! : null;
      if (other && otherSession && !options.switchRound) {
        return { kind: 'conflict', session, current: otherSession, currentStatus: other.status as 'confirmed' | 'waiting' };
      }

      // A seat left free while people wait (nothing should leave one, but a seat is never lost) is theirs first.
      promoteWaitingList(this.db, session, now);
      // The queue goes first: a seat is the newcomer's only when nobody waits for it.
      const hasSeat = newcomerGetsSeat(session.capacity, this.count(session.id, 'confirmed'), this.count(session.id, 'waiting'));
      if (!hasSeat && (options.onFull ?? 'refuse') === 'refuse') {
        return { kind: 'full', session, waiting: this.count(session.id, 'waiting') };
      }

      const at = now.toUTC().toISO()!;
      if (other && otherSession) this.leave(otherSession, other, 'switch_out', actor.userId, now);
      if (hasSeat) {
        setSignupStatus(this.db, session, actor.userId, actor.name, 'confirmed', 'signup', actor.userId, at);
        return { kind: 'confirmed', session, already: false, switchedFrom: otherSession };
      }
      const { row } = setSignupStatus(this.db, session, actor.userId, actor.name, 'waiting', 'waitlist', actor.userId, at);
      return { kind: 'waiting', session, position: this.positionOf(row), already: false, switchedFrom: otherSession };
    });
  }

  cancel(actor: SignupActor | null, sessionId: number, options: { eventId?: number } = {}): CancelOutcome {
    if (!actor || actor.userId === '') return this.refused('noIdentity', null);
    return inTransaction(this.db, () => {
      const session = this.programme.getSession(sessionId);
      if (!session) return this.refused('unknownSession', null);
      if (options.eventId !== undefined && session.eventId !== options.eventId) return this.refused('wrongEvent', session);
      const mine = this.row(session.id, actor.userId);
      if (!mine || mine.status === 'cancelled') return { kind: 'notSignedUp', session };
      const now = this.clock();
      const reason = cancelRefusal(session, now);
      if (reason) return this.refused(reason, session);
      const was = mine.status;
      const promotedUserId = this.leave(session, mine, 'cancel', actor.userId, now);
      return { kind: 'cancelled', session, was, promotedUserId };
    });
  }

  /**
   * The sign-up form: one chosen session per round, each handled on its own so
   * one full session does not undo the others. Choosing differently from an
   * existing sign-up in a round is an explicit switch.
   */
  signUpMany(actor: SignupActor | null, eventId: number, choices: { roundId: number; sessionId: number }[]): FormChoiceOutcome[] {
    return choices.map(({ roundId, sessionId }) => {
      const session = this.programme.getSession(sessionId);
      if (session && session.eventId === eventId && session.roundId !== roundId) {
        return { roundId, outcome: this.refused('unknownSession', null) };
      }
      return { roundId, outcome: this.signUp(actor, sessionId, { eventId, onFull: 'wait', switchRound: true }) };
    });
  }

  /**
   * The session's seats and the person's place in it. A card's session comes with its netwerkdag
   * (SessionDetails), read in the same turn: that one is used rather than read again.
   */
  stateOf(session: Session | SessionDetails, userId: string | null): SessionSignupState {
    return this.stateIn(session, 'event' in session ? session.event : this.programme.getEvent(session.eventId)!, userId);
  }

  /** stateOf with the session's own netwerkdag already in hand. */
  private stateIn(session: Session, event: NetworkEvent, userId: string | null): SessionSignupState {
    const { confirmed, waiting } = seatCounts(this.db, session.id);
    const row = userId ? this.row(session.id, userId) : undefined;
    const mine =
      row?.status === 'confirmed'
        ? ({ status: 'confirmed' } as const)
        : row?.status === 'waiting'
          ? ({ status: 'waiting', position: this.positionOf(row) } as const)
          : null;
    const other = userId ? this.activeInRound(userId, roundKey(session), session.id) : undefined;
    const now = this.clock();
    const otherSession = other ? this.programme.getSession(other.session_id) : undefined;
    return {
      session,
      mine,
      confirmed,
      waiting,
      // Seats nobody waits for: with a queue, a free seat is already promised to its head.
      seatsLeft: session.capacity === null ? null : waiting > 0 ? 0 : Math.max(0, session.capacity - confirmed),
      availability: availability(session, event, now),
      closed: signupRefusal(session, event, now),
      window: registrationWindow(session, event),
      otherInRound: other && otherSession ? { session: otherSession, status: other.status as 'confirmed' | 'waiting' } : null,
    };
  }

  /**
   * What the sign-up form offers: per round of the netwerkdag, its sessions
   * that take sign-ups (not dropped) with seats and the person's state.
   */
  roundChoices(eventId: number, userId: string): { event: NetworkEvent; rounds: { round: Round; options: SessionSignupState[] }[] } | null {
    const event = this.programme.getEvent(eventId);
    if (!event) return null;
    const rounds = this.programme
      .listRounds(eventId)
      .map((round) => ({
        round,
        options: this.programme
          .listSessions(eventId, { roundId: round.id })
          .filter((s) => s.signupEnabled && s.status !== 'vervalt')
          .map((s) => this.stateIn(s, event, userId)),
      }))
      .filter((r) => r.options.length > 0);
    return { event, rounds };
  }

  /**
   * Puts "my programme" in the outbox for the person's 1:1 chat with the bot
   * (rendered when it is sent, so it shows the state of that moment); refused
   * when the bot has no such chat with them yet, as it cannot start one.
   */
  sendMySignupsPrivately(userId: string): 'queued' | 'noPersonalChat' {
    const target = { type: 'user' as const, userId };
    if (!getConversationRef(this.db, targetKey(target))) return 'noPersonalChat';
    enqueue(this.db, { kind: MY_PROGRAMME, target, payload: {}, createdBy: userId }, this.clock().toUTC().toISO()!);
    return 'queued';
  }

  /** A person's active sign-ups, per netwerkdag (in date order), sessions in time order. */
  mySignups(userId: string): MyEventSignups[] {
    const rows = this.db
      .prepare(`SELECT * FROM signups WHERE user_id = ? AND status IN ('confirmed','waiting')`)
      .all(userId) as SignupRow[];
    const byEvent = new Map<number, MyEventSignups>();
    for (const row of rows) {
      const session = this.programme.getSession(row.session_id);
      if (!session) continue;
      let group = byEvent.get(session.eventId);
      if (!group) {
        group = { event: this.programme.getEvent(session.eventId)!, signups: [] };
        byEvent.set(session.eventId, group);
      }
      group.signups.push({
        session,
        status: row.status as 'confirmed' | 'waiting',
        position: row.status === 'waiting' ? this.positionOf(row) : null,
      });
    }
    const firstDate = (g: MyEventSignups) => g.event.days[0]?.date ?? '';
    const groups = [...byEvent.values()].sort((a, b) => firstDate(a).localeCompare(firstDate(b)));
    for (const g of groups) g.signups.sort((a, b) => compareSessions(a.session, b.session));
    return groups;
  }

  /** For the calendar: sessions the person holds a seat in (not waiting, not cancelled, not removed from the programme). */
  confirmedSessionIds(userId: string): number[] {
    return (
      this.db
        .prepare(
          `SELECT s.session_id FROM signups s JOIN sessions x ON x.id = s.session_id
            WHERE s.user_id = ? AND s.status = 'confirmed' AND x.removed_at IS NULL ORDER BY s.session_id`,
        )
        .all(userId) as { session_id: number }[]
    ).map((r) => r.session_id);
  }

  /** Who is in and who waits; only admins and secretaries of one of the session's organisers may see it. */
  participants(actor: Actor | null, sessionId: number): ParticipantsOutcome {
    if (!actor || actor.userId === '') return this.refused('noIdentity', null);
    const details = this.programme.getSessionDetails(sessionId);
    if (!details) return this.refused('unknownSession', null);
    const session = this.programme.getSession(sessionId)!;
    if (!this.roles.canSeeParticipants(actor, details.organisers.map((o) => o.id))) return { kind: 'forbidden', session };
    return this.participantList(session);
  }

  /** The list without a permission check: for callers that proved access otherwise (a signed download link). */
  participantList(session: Session): Extract<ParticipantsOutcome, { kind: 'list' }> {
    const rows = this.db
      .prepare(
        `SELECT * FROM signups WHERE session_id = ? AND status IN ('confirmed','waiting')
          ORDER BY status = 'waiting', queue_seq, updated_at, id`,
      )
      .all(session.id) as SignupRow[];
    let position = 0;
    const people: Participant[] = rows.map((r) => ({
      userId: r.user_id,
      // Shown clean too: rows stored before names were cleaned on the way in.
      name: cleanDisplayName(r.user_name),
      status: r.status as 'confirmed' | 'waiting',
      since: r.updated_at,
      position: r.status === 'waiting' ? ++position : null,
    }));
    return {
      kind: 'list',
      session,
      capacity: session.capacity,
      confirmed: people.filter((p) => p.status === 'confirmed'),
      waiting: people.filter((p) => p.status === 'waiting'),
    };
  }

  /**
   * Per session of a netwerkdag that takes sign-ups: seats taken, capacity and waiting list, in
   * programme order (counts only, no names: what 'aanmeldingen <stad>' shows organisers).
   */
  registrationOverview(eventId: number): RegistrationOverview | null {
    const event = this.programme.getEvent(eventId);
    if (!event) return null;
    const sessions = this.programme
      .listSessions(eventId)
      .filter((s) => s.signupEnabled)
      .map((session) => ({
        session,
        confirmed: this.count(session.id, 'confirmed'),
        capacity: session.capacity,
        waiting: this.count(session.id, 'waiting'),
        closed: signupRefusal(session, event, this.clock()),
      }));
    const total = (k: 'confirmed' | 'waiting') => sessions.reduce((n, s) => n + s[k], 0);
    return { event, sessions, confirmed: total('confirmed'), waiting: total('waiting') };
  }

  /** Every recorded change of one person's sign-up for one session, oldest first. */
  history(sessionId: number, userId: string): { action: string; from: string | null; to: string; actor: string; at: string }[] {
    return (
      this.db
        .prepare(
          `SELECT action, from_status, to_status, actor, at FROM signup_events WHERE session_id = ? AND user_id = ? ORDER BY id`,
        )
        .all(sessionId, userId) as { action: string; from_status: string | null; to_status: string; actor: string; at: string }[]
    ).map((r) => ({ action: r.action, from: r.from_status, to: r.to_status, actor: r.actor, at: r.at }));
  }
}

/** Programme order: date, then known times before unknown, then the programme's own position. */
export function compareSessions(a: Session, b: Session): number {
  if (a.date !== b.date) return a.date.localeCompare(b.date);
  if ((a.start === null) !== (b.start === null)) return a.start === null ? 1 : -1;
  if (a.start !== b.start) return (a.start ?? '').localeCompare(b.start ?? '');
  return a.position - b.position;
}
