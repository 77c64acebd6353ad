/** Built-in commands: help (typed, or the Hulp button on the welcome card). */
import { z } from 'zod';
import { NAV_VERBS } from './answers';
import { cardAction, type Feature } from './core';
import { cardReply } from './types';

export const generalFeature: Feature = {
  name: 'general',
  commands: [
    {
      name: 'hulp',
      pattern: /^(help|hulp|\?|wat kun je|wat kan je|wat kan de bot)\b[\s?!.]*$/i,
      async handle(req) {
        req.user.welcomed = true;
        return cardReply({ card: 'help' });
      },
    },
  ],
  actions: [
    cardAction({
      verb: NAV_VERBS.help,
      schema: z.unknown(),
      textEquivalent: 'hulp',
      async handle(req) {
        req.user.welcomed = true;
        return cardReply({ card: 'help' });
      },
    }),
  ],
};
