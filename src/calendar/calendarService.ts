/**
 * The calendar feature's entry points: a session's invite, a person's feed by
 * token, the feed link (issue and renew), and the calendar links a session card
 * shows. Each returns a distinct outcome; src/http and src/teams only render it.
 */
import type { Clock } from '../clock';
import type { Db } from '../db/database';
import type { ProgrammeStore } from '../programme/store';
import type { SessionDetails } from '../programme/types';
import { FeedTokens } from './feedTokens';
import { feedIcs, sessionIcs } from './ics';
import { outlookWebUrl } from './outlookLink';
import { isCancelled, publicUrl, sessionIcsPath, sessionTimes, type CalendarContext } from './sessionEvent';

/** The one thing the calendar needs from sign-ups: which sessions a person is confirmed for (not waiting, not cancelled). */
export interface ConfirmedSessions {
  confirmedSessionIds(userId: string): number[];
}

export interface CalendarOptions {
  organizer: { name: string; email: string };
  publicBaseUrl: string;
}

export type CalendarFile = { kind: 'file'; ics: string; filename: string };
export type InviteOutcome = CalendarFile | { kind: 'notFound' } | { kind: 'noTime'; title: string };
export type FeedOutcome = CalendarFile | { kind: 'notFound' };
export type FeedLinkOutcome = { kind: 'created'; url: string } | { kind: 'exists'; createdAt: string };
export type SessionCalendarLinks =
  | { kind: 'links'; icsUrl: string; outlookWebUrl: string }
  | { kind: 'noTime' }
  | { kind: 'cancelled' };

export const FEED_FILENAME = 'g40-netwerkdag.ics';

export function feedPath(token: string): string {
  return `/agenda/feed/${token}.ics`;
}

export class CalendarService {
  private readonly tokens: FeedTokens;

  constructor(
    db: Db,
    private readonly programme: Pick<ProgrammeStore, 'getSession' | 'getSessionDetails' | 'details'>,
    private readonly signups: ConfirmedSessions,
    private readonly options: CalendarOptions,
    private readonly clock: Clock,
  ) {
    this.tokens = new FeedTokens(db, () => clock().toUTC().toISO()!);
  }

  private context(): CalendarContext {
    return { organizer: this.options.organizer, publicBaseUrl: this.options.publicBaseUrl, now: this.clock() };
  }

  /** A removed or cancelled session still gets its file (STATUS:CANCELLED), so an imported copy can be updated. */
  sessionInvite(sessionId: number): InviteOutcome {
    const session = this.programme.getSessionDetails(sessionId);
    if (!session) return { kind: 'notFound' };
    const ics = sessionIcs(session, this.context());
    if (ics === null) return { kind: 'noTime', title: session.title };
    return { kind: 'file', ics, filename: `${session.event.slug}-${session.code}.ics` };
  }

  /** Every bad token gets the same notFound: the feed tells nobody whether a person exists. */
  feed(token: string): FeedOutcome {
    const userId = this.tokens.ownerOf(token);
    if (userId === null) return { kind: 'notFound' };
    const sessions = this.programme.details(
      [...new Set(this.signups.confirmedSessionIds(userId))].flatMap((id) => this.programme.getSession(id) ?? []),
    );
    sessions.sort(byTime);
    return { kind: 'file', ics: feedIcs(sessions, this.context()), filename: FEED_FILENAME };
  }

  feedLink(userId: string): FeedLinkOutcome {
    const issued = this.tokens.issue(userId);
    return issued.kind === 'created' ? { kind: 'created', url: this.feedUrl(issued.token) } : issued;
  }

  renewFeedLink(userId: string): { kind: 'renewed'; url: string } {
    return { kind: 'renewed', url: this.feedUrl(this.tokens.renew(userId)) };
  }

  /**
   * The links per session object: the answer engine hands out the same SessionDetails for as long
   * as the programme is unchanged (a changed programme gives new objects), and the Outlook link
   * (summary, description, place, times) is the same every time that session is shown.
   */
  private readonly linksOf = new WeakMap<SessionDetails, SessionCalendarLinks>();

  sessionLinks(session: SessionDetails): SessionCalendarLinks {
    let links = this.linksOf.get(session);
    if (links === undefined) {
      links = this.linksFor(session);
      this.linksOf.set(session, links);
    }
    return links;
  }

  private linksFor(session: SessionDetails): SessionCalendarLinks {
    if (isCancelled(session)) return { kind: 'cancelled' };
    const times = sessionTimes(session);
    if (times === null) return { kind: 'noTime' };
    return {
      kind: 'links',
      icsUrl: publicUrl(this.options.publicBaseUrl, sessionIcsPath(session.id)),
      outlookWebUrl: outlookWebUrl(session, times),
    };
  }

  private feedUrl(token: string): string {
    return publicUrl(this.options.publicBaseUrl, feedPath(token));
  }
}

function byTime(a: SessionDetails, b: SessionDetails): number {
  return a.date.localeCompare(b.date) || (a.start ?? '99:99').localeCompare(b.start ?? '99:99') || a.position - b.position;
}
