/** What the bot remembers per conversation and per user (persisted by SqliteStorage). */
import type { Storage, TurnContext } from 'botbuilder';
import { TurnState, type DefaultConversationState, type DefaultUserState, type DefaultTempState } from '@microsoft/teams-ai';
import { isETagConflict } from './sqliteStorage';

export interface ConversationState extends DefaultConversationState {
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

export interface UserState extends DefaultUserState {
  welcomed?: boolean;
}

/** Told when the state of a turn could not be saved; the turn itself has already done its work. */
export type StateSaveFailed = (context: TurnContext, error: unknown) => void;

/** How often a save that lost an eTag race is merged onto the newer state and tried again. */
const MERGE_ATTEMPTS = 3;

type Scope = 'conversation' | 'user';
const SCOPES: Scope[] = ['conversation', 'user'];

/**
 * The state is a few hints (the netwerkdag a conversation was about, whether
 * someone was welcomed), while several messages of one conversation can run at
 * once (two people in a group chat, one person typing fast). teams-ai saves the
 * state after the turn with the eTag it loaded, so the slower turn's save
 * fails after its sign-up was stored and its reply was sent. Instead, a save
 * that lost the race re-reads the newer state and applies only the fields this
 * turn changed (per field, the later turn wins), and a save that still fails is
 * reported, never thrown: it must not turn a successful turn into an error.
 */
export class BotTurnState extends TurnState<ConversationState, UserState, DefaultTempState> {
  /** Each scope as loaded (JSON), to tell which fields this turn changed. */
  private loadedAs: Partial<Record<Scope, string>> = {};

  constructor(private readonly onSaveFailed: StateSaveFailed = () => {}) {
    super();
  }

  override async load(context: TurnContext, storage?: Storage): Promise<boolean> {
    const loaded = await super.load(context, storage);
    if (loaded) for (const scope of SCOPES) this.loadedAs[scope] = JSON.stringify(this[scope]);
    return loaded;
  }

  override async save(context: TurnContext, storage?: Storage): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await super.save(context, storage);
        return;
      } catch (error) {
        if (!storage || !isETagConflict(error) || attempt >= MERGE_ATTEMPTS) {
          this.onSaveFailed(context, error);
          return;
        }
        try {
          await this.mergeOntoStored(context, storage);
        } catch (mergeError) {
          this.onSaveFailed(context, mergeError);
          return;
        }
      }
    }
  }

  /** Replaces each changed scope by the stored (newer) value with this turn's changed fields applied. */
  private async mergeOntoStored(context: TurnContext, storage: Storage): Promise<void> {
    const keys = await this.onComputeStorageKeys(context);
    const stored = await storage.read(SCOPES.map((s) => keys[s]!));
    for (const scope of SCOPES) {
      const before = JSON.parse(this.loadedAs[scope] ?? '{}') as Record<string, unknown>;
      const now = this[scope] as Record<string, unknown>;
      const changed = [...new Set([...Object.keys(before), ...Object.keys(now)])].filter(
        (field) => field !== 'eTag' && JSON.stringify(before[field]) !== JSON.stringify(now[field]),
      );
      const newer = { ...((stored[keys[scope]!] as Record<string, unknown> | undefined) ?? {}) };
      // The next attempt's "as loaded" is what is stored now: only this turn's own changes count again.
      this.loadedAs[scope] = JSON.stringify(newer);
      if (changed.length === 0) continue;
      for (const field of changed) {
        if (now[field] === undefined) delete newer[field];
        else newer[field] = now[field];
      }
      (this as unknown as Record<Scope, Record<string, unknown>>)[scope] = newer;
    }
  }
}
