/** Built-in commands: help. */
import type { Feature } from './core';
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
};
