/** Entry point: config → bot → listen; graceful shutdown on SIGTERM/SIGINT. */
import { isLoopbackHost, loadConfigOrExit } from './config';
import { composeBot } from './compose';
import { DatabaseOpenError, describeDatabaseError, isSqliteError } from './db/database';
import { createLogger } from './log';
import { installLastResort } from './ops/lastResort';
import { SeedError } from './programme/seedFiles';

function main(): void {
  const config = loadConfigOrExit();
  const log = createLogger(config.LOG_LEVEL);
  const lastResort = installLastResort(log);
  if (!config.BOT_ID) {
    if (config.NODE_ENV === 'production') {
      log.error('local_mode_refused', { reason: 'BOT_ID ontbreekt; zonder BOT_ID worden tokens niet gecontroleerd.' });
      process.exit(2);
    }
    log.warn('local_mode', {
      warning: 'LOKALE MODUS: geen BOT_ID, berichten worden NIET geauthenticeerd. Alleen voor de emulator en tests.',
    });
  }
  let instance;
  try {
    instance = composeBot(config, { log });
  } catch (err) {
    if (err instanceof SeedError) {
      log.error('seeds_invalid', { file: err.file, field: err.field, reason: err.reason });
      console.error(`Seeds ongeldig: ${err.message}`);
      process.exit(2);
    }
    // Opening, checking or migrating the database failed, or the seed import hit it: say what and exit like bad config.
    const database =
      err instanceof DatabaseOpenError ? err : isSqliteError(err) ? new DatabaseOpenError(config.DATABASE_PATH, describeDatabaseError(err), { cause: err }) : undefined;
    if (database) {
      log.error('database_unusable', { path: database.path, reason: database.reason, code: (database.cause as { code?: string } | undefined)?.code });
      console.error(database.message);
      process.exit(2);
    }
    throw err;
  }
  const bot = instance;
  bot.server.listen(config.PORT, config.HOST, () => {
    const localMode = !config.BOT_ID;
    log.info('listening', {
      port: config.PORT,
      host: config.HOST,
      url: bot.server.url,
      localMode,
      now: config.NOW ?? null,
      ...(localMode && isLoopbackHost(config.HOST)
        ? { reach: `Lokale modus: alleen bereikbaar vanaf deze machine (${config.HOST}). Zet HOST om op een ander adres te luisteren.` }
        : {}),
    });
    if (localMode && !isLoopbackHost(config.HOST)) {
      log.warn('local_mode_exposed', {
        warning: `LOKALE MODUS OP HOST=${config.HOST}: wie deze poort bereikt, kan zich zonder token voordoen als iedereen, ook als beheerder.`,
      });
    }
    bot.start();
    lastResort.markServing();
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('shutdown', { signal });
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await bot.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main();
