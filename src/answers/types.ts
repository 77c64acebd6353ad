/**
 * What the answerer returns: a discriminated union of answer kinds carrying
 * programme data only. The Teams layer turns each kind into Dutch text (from
 * src/texts/answers.ts) and cards; nothing here is phrased for a user.
 */
import type { EventDay, NetworkEvent, Organiser, PersonRole, Round, Session, SessionDetails, SessionPerson } from '../programme/types';
import type { Availability } from '../signups/rules';
import type { Focus, Personal, Social } from './understand';

/** How the netwerkdag was chosen; every answer says which one it used. */
export type EventChoice = 'named' | 'conversation' | 'today' | 'upcoming' | 'recent' | 'found';

export interface EventContext {
  event: NetworkEvent;
  choice: EventChoice;
  /** The day asked about, when one was. */
  day: EventDay | null;
}

/** Whether one can still sign up: the sign-up rules' own availability (src/signups/rules.ts). */
export type SignupState = Availability;

/** What the programme says about one person: functions and roles as given, and where they appear. */
export interface PersonProfile {
  personId: number;
  name: string;
  functions: string[];
  roles: PersonRole[];
  /** Per netwerkdag, the asked-about one first. */
  appearances: { event: NetworkEvent; sessions: SessionDetails[] }[];
  /** Where the programme only mentions them by name in a text, not as a speaker or in another role. */
  mentioned: { event: NetworkEvent; sessions: SessionDetails[] }[];
}

export interface RoundOnDay {
  round: Round;
  day: EventDay;
}

export interface PersonOnProgramme {
  name: string;
  role: PersonRole;
  function: string | null;
  sessionTitle: string;
}

export interface DayTimes {
  day: EventDay;
  /** First known start and last known end; null when the programme gives none. */
  start: string | null;
  end: string | null;
  /** Parts of the day without a known time. */
  unknownTimes: number;
}

export interface ProgrammeDay {
  day: EventDay;
  rounds: Round[];
  sessions: Session[];
}

export type SessionsReason = 'ambiguous' | 'list' | 'at' | 'from' | 'until' | 'window' | 'now' | 'next';

export type Answer = AnswerKind & {
  /** The question was in English: the reply says the bot speaks Dutch, then gives this answer. */
  english?: boolean;
  /**
   * For "en in Oss?": the earlier question this answer repeats for another netwerkdag (remember that one, not the fragment);
   * for "wat deed de themagroep in Tilburg?": the question with the themagroep it refers to named.
   */
  repeats?: string;
};

export type AnswerKind =
  | {
      kind: 'session';
      context: EventContext;
      focus: Focus;
      session: SessionDetails;
      signup: SignupState;
      /** Asked how to cancel ("hoe meld ik me af voor …"), not how to sign up. */
      cancel?: true;
      /** Asked where, for a session without a room or place: the programme's notes about its place. */
      placeNotes?: string[];
      /** The sentence of its description or notes that holds what was asked beyond its name ("… aandachtsgroepen in Zwolle"). */
      passage?: string;
    }
  | {
      kind: 'sessions';
      context: EventContext;
      focus: Focus;
      reason: SessionsReason;
      /** At most a handful for 'ambiguous', a compact list otherwise. */
      sessions: SessionDetails[];
      total: number;
      /** The clock time asked about ("HH:MM"), for 'at', 'from', 'window', 'now' and 'next'. */
      at: string | null;
      /** For 'window': its end ("HH:MM"). */
      to?: string;
      /** Per session, parallel to `sessions`, when the question asks about signing up. */
      signups: SignupState[] | null;
      /** For 'next': what is going on at `at` (a break, say), so the reply does not claim nothing is. */
      current: SessionDetails[];
      /**
       * Per session, parallel to `sessions`, when the question asks who: the
       * people the programme names there (contacts aside), possibly none.
       */
      people: SessionPerson[][] | null;
    }
  | {
      kind: 'round';
      context: EventContext;
      /** The round(s) asked about: one per day when the numbering repeats. */
      rounds: RoundOnDay[];
      /** Its sessions, compact. */
      sessions: SessionDetails[];
      total: number;
    }
  | {
      kind: 'person';
      context: EventContext;
      people: PersonProfile[];
      /** Asked for all who hold something ("welke burgemeesters …"): every one's sessions there, not the first one's. */
      listed?: true;
    }
  | { kind: 'programme'; context: EventContext; days: ProgrammeDay[] }
  | {
      kind: 'event';
      context: EventContext;
      focus: 'where' | 'when' | 'who' | 'what' | 'signup';
      signup: SignupState;
      times: DayTimes[];
      people: PersonOnProgramme[];
      roles: PersonRole[];
      /** Asked for the day's own end or start ("hoe laat zijn we klaar?"). */
      bound: 'start' | 'end' | null;
      /** Asked whom it is for: what the programme says about that (empty when it says nothing). */
      audience?: string[];
      /** Asked who, when everyone named is in one session ("wie is de dagvoorzitter?"): that session, for its card. */
      session?: SessionDetails;
      /** Asked when the day starts, when a walk-in comes first: the first part of the programme proper ("Opening"). */
      properStart?: SessionDetails;
      /** "hoe laat begint de dag?" where when the programme proper begins is not known: the day's first part with a time. */
      firstPart?: SessionDetails;
    }
  /** `meaning`: asked what the name or abbreviation stands for ("waar staat ZJO voor?"), not for its sessions. */
  | {
      kind: 'organiser';
      context: EventContext;
      organiser: Organiser;
      pillar: Organiser | null;
      /** For a pijler: the themagroepen under it. */
      members: Organiser[];
      appearances: { event: NetworkEvent; sessions: SessionDetails[] }[];
      meaning: boolean;
    }
  /**
   * The G40's own structure ("welke themagroepen zijn er allemaal?", "welke pijlers heeft de G40?"): every organiser of that
   * kind the programme store knows, by pijler (themagroepen no programme places in one last, `pillar` null). About no
   * netwerkdag, so without one.
   */
  | { kind: 'structure'; organiserKind: 'themagroep' | 'pijler'; groups: { pillar: Organiser | null; members: Organiser[] }[] }
  /**
   * Asked of every netwerkdag ("bij welke netwerkdagen was Platform31 betrokken?", "op welke netwerkdagen ging het over
   * wonen?"): per netwerkdag that has it, newest first, the sessions that fit (`total` of them; at most a list's worth shown).
   */
  | { kind: 'across'; context: EventContext; appearances: { event: NetworkEvent; sessions: SessionDetails[]; total: number }[] }
  | { kind: 'events'; events: NetworkEvent[]; past: number; upcoming: NetworkEvent[] }
  | {
      kind: 'nextEvent';
      /** The next netwerkdag in the programme store, if there is one. */
      upcoming: NetworkEvent | null;
      /** Otherwise: what recent programmes say about the next one, and where. */
      mentions: { event: NetworkEvent; text: string }[];
      /** The netwerkdag whose programme is quoted, when one is: the reply is about what its programme says. */
      quoted: EventContext | null;
    }
  | {
      kind: 'personal';
      ask: Personal;
      /** The clock time and date the answer is for. */
      at: string;
      today: string;
      /** The person's confirmed sessions, in time order; running now; still to come. */
      sessions: SessionDetails[];
      current: SessionDetails[];
      next: SessionDetails[];
    }
  | { kind: 'unknownName'; name: string; context: EventContext }
  /** A gemeente where no netwerkdag the programme knows was held, and the netwerkdagen there are. */
  | { kind: 'noEventIn'; city: string; events: NetworkEvent[] }
  | { kind: 'social'; social: Social }
  | { kind: 'nothingAt'; context: EventContext; at: string | null; timesUnknown: boolean }
  | { kind: 'notToday'; today: string; context: EventContext }
  | {
      kind: 'notFound';
      context: EventContext;
      terms: string[];
      /** The organisers the question named that have nothing on this netwerkdag ("heeft de themagroep Europa vandaag iets?"). */
      absent?: string[];
    }
  | { kind: 'unclear' }
  | { kind: 'noEvents' };

export interface AnswerEnd {
  eventId: number;
  date: string;
  time: string;
  /** When it begins (the earliest start), for "wat is er vlak daarvoor?"; absent in what was remembered before it was kept. */
  start?: string;
}

export interface AnswerContext {
  /** The netwerkdag the conversation was last about. */
  lastEventId?: number;
  /** The one session the previous answer was about, for "en waar is die?". */
  lastSessionId?: number;
  /** The last question answered here, for "en in Oss?". */
  lastQuestion?: string;
  /** The people the previous answer was about, for "en wat doet hij vandaag?". */
  lastPersonIds?: number[];
  /** The sessions the previous answer listed, in its order, for "en de tweede?". */
  lastListIds?: number[];
  /** When what the previous answer was about ends (its netwerkdag, date "YYYY-MM-DD" and "HH:MM"), for "en wat is er daarna?". */
  lastEnd?: AnswerEnd;
  /** The sessions the person asking has a confirmed seat in, for "waar moet ik nu zijn?". */
  mySessionIds?: () => number[];
}

/** What findSessions returns: the best-matching sessions, or none. */
export type SessionMatch =
  | { kind: 'found'; context: EventContext; sessions: SessionDetails[]; unique: boolean }
  | { kind: 'none'; context: EventContext | null };
