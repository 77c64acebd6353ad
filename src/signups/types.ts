/** The outcomes of the sign-up rules: plain data, one kind per thing a person can be told. */
import type { NetworkEvent, Session } from '../programme/types';
import type { RegistrationWindow } from './rules';

export interface SignupActor {
  userId: string;
  /** Display name, kept with the sign-up for the participants list. */
  name: string;
}

export type SignupStatus = 'confirmed' | 'waiting' | 'cancelled';

/** Why a session takes no sign-up (or no change) right now. */
export type RefusalReason =
  | 'noIdentity'
  | 'unknownSession'
  | 'wrongEvent'
  | 'sessionRemoved'
  | 'sessionCancelled'
  | 'noSignupNeeded'
  | 'past'
  | 'started'
  | 'registrationClosed'
  /** Before the registration window (a setting of the netwerkdag or session). */
  | 'notYetOpen';

export interface Refused {
  kind: 'refused';
  reason: RefusalReason;
  session: Session | null;
  /** The netwerkdag's own word on registration, when it has one. */
  note: string | null;
  /** The registration window, when the refusal comes from it (not yet open, or closed by its end). */
  window?: RegistrationWindow | null;
}

export type SignUpOutcome =
  | { kind: 'confirmed'; session: Session; already: boolean; switchedFrom: Session | null }
  | { kind: 'waiting'; session: Session; position: number; already: boolean; switchedFrom: Session | null }
  /** No seat left; the person may join the waiting list (onFull: 'wait'). */
  | { kind: 'full'; session: Session; waiting: number }
  /** Already in another session of this round; switchRound: true swaps them. */
  | { kind: 'conflict'; session: Session; current: Session; currentStatus: 'confirmed' | 'waiting' }
  | Refused;

export type CancelOutcome =
  | { kind: 'cancelled'; session: Session; was: 'confirmed' | 'waiting'; promotedUserId: string | null }
  | { kind: 'notSignedUp'; session: Session }
  | Refused;

/** A person's relation to one session, as a card shows it. */
/** Whether one can sign up for a session now, in one word: what answers and cards show (rules.ts `availability` decides). */
export type Availability = 'open' | 'notYetOpen' | 'closed' | 'past' | 'started' | 'notNeeded' | 'cancelled';

export interface SessionSignupState {
  session: Session;
  mine: { status: 'confirmed' } | { status: 'waiting'; position: number } | null;
  confirmed: number;
  waiting: number;
  /** null: no limit (the programme gives no seat count). */
  seatsLeft: number | null;
  /** Whether one can sign up now, by the one rule answers use too (rules.ts `availability`). */
  availability: Availability;
  /** Why signing up is not possible now (the detail behind `availability`); null when it is. */
  closed: RefusalReason | null;
  /** The registration window that applies (cards: "Aanmelden kan tot 28 januari, 17.00 uur"). */
  window?: RegistrationWindow;
  /** Another session of the same round the person is in. */
  otherInRound: { session: Session; status: 'confirmed' | 'waiting' } | null;
}

export interface MySignup {
  session: Session;
  status: 'confirmed' | 'waiting';
  position: number | null;
}

export interface MyEventSignups {
  event: NetworkEvent;
  signups: MySignup[];
}

export interface Participant {
  userId: string;
  name: string;
  status: 'confirmed' | 'waiting';
  /** When they reached this status (ISO, UTC). */
  since: string;
  position: number | null;
}

export type ParticipantsOutcome =
  | { kind: 'list'; session: Session; capacity: number | null; confirmed: Participant[]; waiting: Participant[] }
  | { kind: 'forbidden'; session: Session }
  | Refused;

export interface FormChoiceOutcome {
  roundId: number;
  outcome: SignUpOutcome;
}
