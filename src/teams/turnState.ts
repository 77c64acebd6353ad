/** What the bot remembers per conversation and per user (persisted by SqliteStorage). */
import { TurnState, type DefaultConversationState, type DefaultUserState, type DefaultTempState } from '@microsoft/teams-ai';

export interface ConversationState extends DefaultConversationState {
  /** The netwerkdag this conversation was last about: the default for follow-up questions. */
  lastEventId?: number;
  /** The one session the last answer was about, for follow-ups like "en waar is die?". */
  lastSessionId?: number;
}

export interface UserState extends DefaultUserState {
  welcomed?: boolean;
}

export class BotTurnState extends TurnState<ConversationState, UserState, DefaultTempState> {}
