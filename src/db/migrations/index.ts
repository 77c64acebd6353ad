/**
 * The numbered migrations, applied in order at start-up and recorded in
 * schema_migrations. Never edit a released one: add the next number.
 * Reserved: 003 signups, 004 calendar, 005 announcements.
 */
import { programme } from './001_programme';
import { botState } from './002_bot_state';

export interface Migration {
  id: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [programme, botState];
