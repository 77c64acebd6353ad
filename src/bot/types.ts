/**
 * The bot core's vocabulary, free of any chat SDK: a plain request in (who,
 * where, what they typed or pressed, the clock, what the conversation
 * remembers) and plain reply values out (text, a card model, a refusal). An
 * adapter (src/teams) turns activities into requests and replies into
 * activities and card JSON; a second adapter could do the same for another SDK.
 */
import type { DateTime } from 'luxon';
import type { Announcement, AnnouncementStatus } from '../announcements/announcements';
import type { ChannelPlace } from '../announcements/channels';
import type { ProgrammeDay } from '../answers';
import type { SessionCalendarLinks } from '../calendar/calendarService';
import type { PublishPreview } from '../programme/publish';
import type { NetworkEvent, Organiser, Session, SessionDetails } from '../programme/types';
import type { MyEventSignups, Participant, SessionSignupState } from '../signups/types';

/** Who is asking: a person is their Entra object id (in local mode a stand-in from the channel's user id). */
export interface Who {
  userId: string;
  name: string;
  /** The Entra object id as the channel gave it; null in local mode without one. */
  aadObjectId: string | null;
  tenantId: string | null;
}

/**
 * Where it was said. `reference` is the adapter's own conversation reference
 * (opaque JSON), stored so the outbox can write here later.
 */
export interface Where {
  kind: 'personal' | 'group' | 'channel';
  conversationId: string;
  reference: string;
  /** The team and channel, with names (the adapter may have to ask for them); null outside a team channel. */
  channelPlace(): Promise<ChannelPlace | null>;
}

/** What the conversation and the person remember between turns (the adapter stores it). */
export interface Memory {
  /** The netwerkdag this conversation was last about: the default for follow-up questions. */
  lastEventId?: number;
  /** The one session the last answer was about, for follow-ups like "en waar is die?". */
  lastSessionId?: number;
  /** The last question answered, for follow-ups that only name another netwerkdag ("en in Oss?"). */
  lastQuestion?: string;
  /** The people the last answer was about, for follow-ups like "en wat doet hij vandaag?". */
  lastPersonIds?: number[];
  /** The sessions the last answer listed, in its order, for "en de tweede?". */
  lastListIds?: number[];
  /** When what the last answer was about ends (and begins), for "en wat is er daarna?" ("en daarvoor?"). */
  lastEnd?: { eventId: number; date: string; time: string; start?: string };
}

export interface UserMemory {
  welcomed?: boolean;
}

/** A file sent to the bot: where to fetch it (checked before fetching: it is what the client says), its name and type. */
export interface FileInput {
  kind: 'file';
  downloadUrl: string;
  name: string;
  fileType: string;
}

export type Input = { kind: 'text'; text: string } | { kind: 'action'; verb: string; data: unknown } | FileInput;

export interface Request {
  who: Who | null;
  where: Where;
  input: Input;
  now: DateTime;
  memory: Memory;
  user: UserMemory;
  /** The person @mentioned besides the bot (the adapter may have to ask who that is); null when there is none. */
  mentioned(): Promise<{ userId: string; name: string } | null>;
}

/** A session as a card shows it, with what a person would do next: sign-up state and calendar links. */
export interface SessionView {
  details: SessionDetails;
  /** The sign-up state of whoever reads the card: the asker in their 1:1 chat, nobody where others read along. */
  signup: SessionSignupState;
  calendar: SessionCalendarLinks;
}

export interface FormRound {
  roundId: number;
  name: string;
  options: { sessionId: number; title: string; seatsLeft: number | null; closed: boolean }[];
  current: number | null;
}

export interface ComposeValues {
  themeGroupId?: string;
  title?: string;
  body?: string;
  sessionId?: string;
  postDate?: string;
  postTime?: string;
}

export type ChangeAudience = 'person' | 'channel' | 'waiting';

export type AnnouncementContent = Pick<Announcement, 'title' | 'body' | 'group'>;

/** Every card the bot shows, as data; src/teams/cards turns each into Adaptive Card JSON. */
export type CardModel =
  | { card: 'welcome' }
  | { card: 'help' }
  | { card: 'error' }
  | { card: 'session'; session: SessionView; notice: string | null }
  | { card: 'sessionList'; title: string; sessions: SessionDetails[]; footer: string | null; labels: string[] | null }
  | { card: 'programme'; event: NetworkEvent; days: ProgrammeDay[] }
  | { card: 'signUpForm'; event: { id: number; title: string }; rounds: FormRound[] }
  | { card: 'formResult'; lines: { round: string; line: string }[] }
  | { card: 'myProgramme'; groups: MyEventSignups[]; notice: string | null }
  | { card: 'myProgrammeElsewhere' }
  | {
      card: 'participants';
      title: string;
      list: { capacity: number | null; confirmed: Participant[]; waiting: Participant[] };
      csvUrl: string;
      validHours: number;
    }
  | { card: 'promoted'; title: string; session: SessionView; calendarUrl: string }
  | { card: 'compose'; groups: Organiser[]; sessions: Session[]; values: ComposeValues; error: string | null }
  | { card: 'announcement'; announcement: AnnouncementContent; session: SessionView | null }
  | { card: 'preview'; announcement: Announcement; posted: CardModel; whereLine: string }
  | { card: 'outcome'; title: string; line: string; attention: boolean }
  | { card: 'status'; items: { status: AnnouncementStatus; line: string }[] }
  | { card: 'changeNotice'; title: string; audience: ChangeAudience; changes: { field: string; oldValue: string | null; newValue: string | null }[]; session: SessionView }
  | { card: 'reminder'; title: string; start: string; session: SessionView }
  /** A programme sent as a file, before Publiceren: `id` is where it waits (see PendingPublications). */
  | { card: 'publishPreview'; id: string; preview: PublishPreview };

/**
 * What a handler returns. For a card action, `card` replaces the card that was
 * pressed (for the presser; `refreshFor` asks the adapter to keep it current
 * for them); `text` there is a short answer instead of a new card.
 */
export type Reply =
  | { kind: 'text'; text: string }
  | { kind: 'card'; card: CardModel; text?: string; summary?: string; refreshFor?: { sessionId: number; eventId: number } }
  | { kind: 'cards'; text: string; cards: CardModel[] }
  /** Refused: nothing changed; the sentence says why. */
  | { kind: 'refusal'; text: string };

export const textReply = (text: string): Reply => ({ kind: 'text', text });
export const cardReply = (card: CardModel, extra: Omit<Extract<Reply, { kind: 'card' }>, 'kind' | 'card'> = {}): Reply => ({ kind: 'card', card, ...extra });
export const refusal = (text: string): Reply => ({ kind: 'refusal', text });
