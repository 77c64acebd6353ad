/**
 * botbuilder's Storage on our SQLite database: the rows and their eTags are
 * src/db/botState.ts; this only names the SDK's interface.
 */
import type { Storage } from 'botbuilder';
import { BotStateStore } from '../db/botState';

export { ETagConflictError, isETagConflict } from '../db/botState';

export class SqliteStorage extends BotStateStore implements Storage {}
