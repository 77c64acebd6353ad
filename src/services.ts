/**
 * The domain services, built once from the database. src/teams and src/http
 * reach the domain only through this object.
 */
import { CalendarService } from './calendar/calendarService';
import { AnnouncementService } from './announcements/announcements';
import { ChannelDirectory } from './announcements/channels';
import { OutboxSignals } from './outbox/signals';
import type { Clock } from './clock';
import type { Config } from './config';
import type { Db } from './db/database';
import type { Logger } from './log';
import { Answerer, ThreadedAnswerer } from './answers';
import { PendingPublications } from './programme/pending';
import { ProgrammeStore } from './programme/store';
import { Roles } from './roles/roles';
import { downloadSecret } from './signups/downloadLinks';
import { SignupService } from './signups/service';

export interface Services {
  db: Db;
  programme: ProgrammeStore;
  /** The answers domain on this thread: commands ("programma", sign-up by title) and the fallback of `questions`. */
  answers: Answerer;
  /** Where a programme question is answered: on a thread of its own when it can be (ANSWER_THREAD), else here. */
  questions: ThreadedAnswerer;
  roles: Roles;
  announcements: AnnouncementService;
  signups: SignupService;
  calendar: CalendarService;
  /** "There is work" for the outbox worker; announcements, sign-up notices and reminders all enqueue. */
  outboxSignals: OutboxSignals;
  /** The secret that signs download links (participants, programme workbooks): configured, else kept in the database. */
  downloadSecret(): string;
  /** Programmes sent in Teams, previewed and waiting for Publiceren or Annuleren. */
  pendingPublications: PendingPublications;
}

export function createServices(db: Db, config: Config, clock: Clock, log: Logger): Services {
  const nowIso = () => clock().toUTC().toISO()!;
  const programme = new ProgrammeStore(db);
  const roles = new Roles(db, config.ADMIN_AAD_OBJECT_IDS, nowIso);
  let secret: string | undefined;
  const linkSecret = () => (secret ??= downloadSecret(db, config.SIGNUP_LINK_SECRET, nowIso()));
  const signups = new SignupService(db, programme, roles, clock, linkSecret);
  const outboxSignals = new OutboxSignals();
  // Answers say "je kunt je aanmelden" by the sign-up rules themselves, so they never disagree with the button.
  const answers = new Answerer(programme, clock);
  // The thread reads the same file; an in-memory database exists only on this connection.
  const threadDb = config.ANSWER_THREAD && db.name !== ':memory:' && !db.memory ? db.name : null;
  return {
    outboxSignals,
    downloadSecret: linkSecret,
    pendingPublications: new PendingPublications(db, clock),
    db,
    programme,
    answers,
    questions: new ThreadedAnswerer(answers, { databasePath: threadDb, clock, log }),
    roles,
    announcements: announcementService(db, config, clock, nowIso, outboxSignals),
    signups,
    calendar: new CalendarService(
      db,
      programme,
      signups,
      { organizer: { name: config.ORGANIZER_NAME, email: config.ORGANIZER_EMAIL }, publicBaseUrl: config.PUBLIC_BASE_URL },
      clock,
    ),
  };
}


function announcementService(db: Db, config: Config, clock: Clock, nowIso: () => string, signals: OutboxSignals): AnnouncementService {
  const programme = new ProgrammeStore(db);
  const roles = new Roles(db, config.ADMIN_AAD_OBJECT_IDS, nowIso);
  return new AnnouncementService(db, programme, roles, new ChannelDirectory(db, programme, roles, nowIso), signals, clock);
}
