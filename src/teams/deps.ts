/** What the Teams layer gets from the composition root: config, clock, log and the domain services. */
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { Logger } from '../log';
import type { Services } from '../services';
import type { SessionExtrasProvider } from './sessionExtras';

export interface BotDeps {
  config: Config;
  clock: Clock;
  log: Logger;
  services: Services;
  localMode: boolean;
  /** From the feature modules, in module order; session cards call them. */
  sessionExtras: SessionExtrasProvider[];
}
