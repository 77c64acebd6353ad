/**
 * The domain services, built once from the database. src/teams and src/http
 * reach the domain only through this object.
 */
import type { Clock } from './clock';
import type { Config } from './config';
import type { Db } from './db/database';
import type { Logger } from './log';
import { ProgrammeStore } from './programme/store';

export interface Services {
  db: Db;
  programme: ProgrammeStore;
}

export function createServices(db: Db, _config: Config, _clock: Clock, _log: Logger): Services {
  return {
    db,
    programme: new ProgrammeStore(db),
  };
}
