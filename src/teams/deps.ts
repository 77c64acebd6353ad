/** What the Teams layer gets from the composition root: config, clock, log and the domain services. */
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { Logger } from '../log';
import type { Services } from '../services';

export interface BotDeps {
  config: Config;
  clock: Clock;
  log: Logger;
  services: Services;
  localMode: boolean;
}
