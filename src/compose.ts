/**
 * Builds the whole bot from a config: database → seeds → services → bot core
 * → Teams adapter → HTTP server, and starts the outbox worker and schedules. main.ts and the tests both use this, so tests run the real thing.
 */
import type restify from 'restify';
import { fixedClock, runningClock, systemClock, type Clock } from './clock';
import { isLocalMode, type Config } from './config';
import { openDatabase, type Db } from './db/database';
import { checkDatabaseHealth } from './db/health';
import { calendarRoutes } from './http/calendarRoutes';
import { createHttpServer, type HttpRoutes } from './http/server';
import { programmeRoutes } from './http/programmeRoutes';
import { signupRoutes } from './http/signupRoutes';
import { createLogger, type Logger } from './log';
import { createOutboxSender } from './outbox/delivery';
import { OutboxWorker } from './outbox/worker';
import { enqueueChangeNotices, enqueueDueReminders, seatHolders } from './signups/notices';
import { startBackupSchedule } from './ops/backup';
import { Readiness } from './ops/readiness';
import { importSeedSet, type ImportReport } from './programme/importSeeds';
import { loadSeedSet } from './programme/seedFiles';
import { createServices, type Services } from './services';
import { SqliteStorage } from './teams/sqliteStorage';
import { createBotCore, FEATURES, observe, type BotCore, type CoreDeps } from './bot';
import { createTeamsBot, teamsMessageHandler, type TeamsBot } from './teams/app';
import { teamsTransport } from './teams/delivery';
import { cardBytes } from './teams/render';

export interface BotInstance {
  config: Config;
  db: Db;
  services: Services;
  /** The SDK-neutral core: requests in, replies out. */
  core: BotCore;
  /** The Teams adapter around it. */
  bot: TeamsBot;
  server: restify.Server;
  deps: CoreDeps;
  importReport: ImportReport | null;
  /** Drives GET /readyz: ready after start(), not ready again once close() begins. */
  readiness: Readiness;
  /** Starts background work (the outbox worker, reminders). */
  start(): void;
  close(): Promise<void>;
}

export interface ComposeOptions {
  clock?: Clock;
  log?: Logger;
}

export function composeBot(config: Config, options: ComposeOptions = {}): BotInstance {
  const log = options.log ?? createLogger(config.LOG_LEVEL);
  const clock = options.clock ?? (config.NOW ? fixedClock(config.NOW) : systemClock);
  const db = openDatabase(config.DATABASE_PATH);
  let importReport: ImportReport | null = null;
  try {
    if (config.IMPORT_SEEDS_ON_START) {
      importReport = importSeedSet(db, loadSeedSet(config.SEEDS_DIR), clock);
      log.info('seeds_imported', {
        events: importReport.events.map((e) => `${e.slug}:${e.result}`),
        changes: importReport.changes.length,
      });
    }
  } catch (err) {
    db.close();
    throw err;
  }
  const services = createServices(db, config, clock, log);
  const localMode = isLocalMode(config);
  const deps: CoreDeps = { config, clock, log, services, localMode, cardBytes };
  const core = createBotCore(deps, FEATURES);
  const bot = createTeamsBot({ config, clock, log, localMode, core, observe: (o) => observe(o, deps) }, new SqliteStorage(db));
  const readiness = new Readiness();
  const routes: HttpRoutes[] = [calendarRoutes({ calendar: services.calendar, log }), signupRoutes({ signups: services.signups, log }),
    programmeRoutes({ programme: services.programme, secret: services.downloadSecret, clock, log }),
  ];
  const server = createHttpServer(
    { maxBodyBytes: config.MAX_BODY_BYTES, log, checkHealth: (now) => checkDatabaseHealth(db, now), messages: teamsMessageHandler(bot) },
    routes,
    readiness,
  );
  const stoppers: (() => Promise<void> | void)[] = [];
  return {
    config,
    db,
    services,
    core,
    bot,
    server,
    deps,
    importReport,
    readiness,
    start() {
      if (config.BACKUP_DIR) {
        const backups = startBackupSchedule({
          db,
          dir: config.BACKUP_DIR,
          intervalMs: config.BACKUP_INTERVAL_MINUTES * 60_000,
          keep: config.BACKUP_KEEP,
          log,
        });
        stoppers.push(() => backups.stop());
      }
      const delivery = startDelivery(bot, core, deps, importReport);
      stoppers.push(() => delivery.stop());
      // Last: only now are the seeds imported and every worker running.
      readiness.markReady();
    },
    async close() {
      readiness.markStopping();
      // New connections are refused at once; turns already running finish before the workers and the database stop.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // A keep-alive connection whose turn just finished would otherwise hold close() until the client drops it.
      const reaper = setInterval(() => server.server.closeIdleConnections(), 50);
      await closed;
      clearInterval(reaper);
      for (const stop of stoppers.reverse()) await stop();
      await services.questions.close();
      db.close();
    },
  };
}

/**
 * Starts proactive delivery: change notices from this start's import, the
 * outbox worker (sending through the Teams adapter's transport, with the
 * renderers the features declare), and, when configured, the reminder sweep.
 */
function startDelivery(bot: TeamsBot, core: BotCore, deps: CoreDeps, importReport: ImportReport | null): { stop(): Promise<void> } {
  const { config, services, log } = deps;
  // UTC: the worker reads the clock for every message, and zone arithmetic is the costly part.
  const clock = runningClock(deps.clock().toUTC());
  const signedUp = seatHolders(services.programme, services.signups);
  const channels = services.announcements.channels;
  if (importReport && importReport.changes.length > 0) {
    const n = enqueueChangeNotices(services.db, services.programme, signedUp, importReport.changes, clock(), (ids) =>
      ids.filter((id) => channels.linkOf(id) !== null),
    );
    log.info('change_notices_enqueued', { count: n });
  }
  const sender = createOutboxSender(
    services.db,
    core.renderers,
    (groupId) => {
      const target = channels.referenceFor(groupId);
      return target ? { channelId: target.link.channelId, reference: target.reference } : null;
    },
    teamsTransport(bot, config.BOT_ID ?? ''),
    log,
  );
  const worker = new OutboxWorker(
    services.db,
    sender,
    {
      concurrency: config.OUTBOX_CONCURRENCY,
      leaseMs: config.OUTBOX_LEASE_MS,
      sendTimeoutMs: config.OUTBOX_SEND_TIMEOUT_MS,
      pollMs: config.OUTBOX_POLL_MS,
      conversationLimits: config.OUTBOX_CONVERSATION_LIMITS,
      globalLimits: config.OUTBOX_TENANT_LIMITS,
      retry: { baseMs: config.OUTBOX_RETRY_BASE_MS, maxMs: config.OUTBOX_RETRY_MAX_MS, maxAttempts: config.OUTBOX_MAX_ATTEMPTS },
    },
    clock,
    services.outboxSignals,
    log,
  );
  worker.start();
  let timer: NodeJS.Timeout | null = null;
  const minutes = config.REMINDER_MINUTES_BEFORE;
  if (minutes !== undefined) {
    const sweep = () => {
      try {
        if (enqueueDueReminders(services.db, services.programme, signedUp, clock(), minutes) > 0) services.outboxSignals.kick();
      } catch (error) {
        log.error('reminder_sweep_failed', { error });
      }
    };
    sweep();
    timer = setInterval(sweep, 60_000);
    timer.unref();
  }
  return {
    async stop() {
      if (timer) clearInterval(timer);
      await worker.stop();
    },
  };
}
