/** The programme as the rest of the bot sees it: plain data, no SQL, no Teams. */
import type { InferredFacts, OrganiserKind, PersonRole, RegistrationStated, SessionKind, SessionStatus, SignupSource } from './seedSchema';

export type { InferredFacts, OrganiserKind, PersonRole, RegistrationStated, SessionKind, SessionStatus, SignupSource };

export interface Organiser {
  id: number;
  slug: string;
  name: string;
  kind: OrganiserKind;
  abbreviation: string | null;
  aliases: string[];
  pillarId: number | null;
}

/** A themagroep is an organiser of kind 'themagroep'; the name is kept for the announcements domain. */
export type ThemeGroup = Organiser & { kind: 'themagroep' };

export interface EventDay {
  id: number;
  dayNumber: number;
  date: string;
  venue: string | null;
  address: string | null;
}

/** A netwerkdag (one or more days). */
export interface NetworkEvent {
  id: number;
  slug: string;
  title: string;
  kind: 'ambtelijk' | 'bestuurlijk';
  city: string;
  /** Whether the bot takes sign-ups: the programme's word, or the product setting where it says nothing. */
  registrationOpen: boolean;
  /** What the programme text itself says about registration. */
  registrationStated: RegistrationStated;
  registrationNote: string | null;
  summary: string;
  notes: string[];
  days: EventDay[];
  /**
   * The registration window (a setting), Amsterdam wall time "YYYY-MM-DD HH:MM"; null or absent: no bound.
   * Optional so plain test objects need not spell it out.
   */
  registrationFrom?: string | null;
  registrationUntil?: string | null;
}

/** A time slot in which one picks one session. */
export interface Round {
  id: number;
  eventId: number;
  dayId: number;
  code: string;
  name: string;
  position: number;
  start: string | null;
  end: string | null;
  note: string | null;
  /** False when the programme does not say when this round falls relative to the others. */
  orderKnown: boolean;
  /** The programme's own number for the round; null when it gives none. */
  number: number | null;
  /** Whether this is the lunch. */
  lunch: boolean;
}

export interface SessionPerson {
  personId: number;
  name: string;
  role: PersonRole;
  function: string | null;
}

export interface SessionLink {
  label: string;
  url: string;
}

export interface Session {
  id: number;
  eventId: number;
  dayId: number;
  date: string;
  roundId: number | null;
  code: string;
  position: number;
  title: string;
  kind: SessionKind;
  description: string;
  room: string | null;
  location: string | null;
  /** Effective times: the session's own, else its round's; null when the programme gives none. */
  start: string | null;
  end: string | null;
  signupEnabled: boolean;
  /** 'setting' when taking sign-ups is a product decision rather than something the programme says. */
  signupSource: SignupSource;
  capacity: number | null;
  status: SessionStatus;
  notes: string[];
  /** Facts the programme does not state, each with the note that must be shown next to it. */
  inferred: InferredFacts;
  version: number;
  removed: boolean;
  /** This session's own registration window, where it differs from the netwerkdag's (see NetworkEvent). */
  registrationFrom?: string | null;
  registrationUntil?: string | null;
}

/** A session with everything a card or an answer shows. */
export interface SessionDetails extends Session {
  event: NetworkEvent;
  day: EventDay;
  round: Round | null;
  organisers: Organiser[];
  people: SessionPerson[];
  links: SessionLink[];
}

export interface SessionChange {
  sessionId: number;
  version: number;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  changedAt: string;
}
