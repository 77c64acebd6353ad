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
import { downloadSecret } from './signups/downloadLinks';
import { SignupService } from './signups/service';

export interface Services {
  db: Db;
  programme: ProgrammeStore;
  roles: Roles;
  signups: SignupService;
}

export function createServices(db: Db, config: Config, clock: Clock, _log: Logger): Services {
  const nowIso = () => clock().toUTC().toISO()!;
  return {
    db,
    programme: new ProgrammeStore(db),
    roles: new Roles(db, config.ADMIN_AAD_OBJECT_IDS, nowIso),
    signups: signupService(db, config, clock, nowIso),
  };
}

function signupService(db: Db, config: Config, clock: Clock, nowIso: () => string): SignupService {
  const programme = new ProgrammeStore(db);
  const roles = new Roles(db, config.ADMIN_AAD_OBJECT_IDS, nowIso);
  let secret: string | undefined;
  return new SignupService(db, programme, roles, clock, () => (secret ??= downloadSecret(db, config.SIGNUP_LINK_SECRET, nowIso())));
}
