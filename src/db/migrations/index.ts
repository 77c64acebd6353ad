/**
 * The numbered migrations, applied in order at start-up and recorded in
 * schema_migrations. Never edit a released one: add the next number.
 * Reserved: 005 signups, 006 calendar, 007 announcements.
 */
import { programme } from './001_programme';
import { botState } from './002_bot_state';
import { outbox } from './003_outbox';
import { roles } from './004_roles';
import { signups } from './005_signups';
import { calendar } from './006_calendar';
import { announcements } from './007_announcements';
import { seedFidelity } from './008_seed_fidelity';
import { healthProbe } from './009_health_probe';
import { roundFacts } from './010_round_facts';
import { dropFts } from './011_drop_fts';
import { registrationWindow } from './012_registration_window';
import { pendingPublications } from './013_pending_publications';
import { programmeRevision } from './014_programme_revision';

export interface Migration {
  id: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [programme, botState, outbox, roles, signups, calendar, announcements, seedFidelity, healthProbe, roundFacts, dropFts, registrationWindow, pendingPublications, programmeRevision];
