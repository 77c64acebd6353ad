/**
 * The domain services, built once from the database. src/teams and src/http
 * reach the domain only through this object.
 */
import type { Clock } from './clock';
import type { Config } from './config';
import type { Db } from './db/database';
import type { Logger } from './log';
import { ProgrammeStore } from './programme/store';
import { Roles } from './roles/roles';

export interface Services {
  db: Db;
  programme: ProgrammeStore;
  roles: Roles;
}

export function createServices(db: Db, config: Config, clock: Clock, _log: Logger): Services {
  const nowIso = () => clock().toUTC().toISO()!;
  return {
    db,
    programme: new ProgrammeStore(db),
    roles: new Roles(db, config.ADMIN_AAD_OBJECT_IDS, nowIso),
  };
}
