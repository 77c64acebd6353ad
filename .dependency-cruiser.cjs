/**
 * Import rules that keep the architecture true (README, "Hoe het in elkaar zit"):
 * domains know nothing of chat SDKs, HTTP, the bot core or the composition root,
 * reach one another only through their public modules, and only src/teams
 * imports the bot SDK. `npm test` runs this (npm run lint:imports).
 */
const DOMAINS = 'programme|answers|signups|announcements|calendar|roles|outbox';

/** What a domain offers the others; anything else in its folder is its own business. */
const PUBLIC = [
  '^src/programme/(types|store|place|seedSchema)[.]ts$',
  '^src/answers/index[.]ts$',
  '^src/signups/(rules|types|service|waitingList|notices)[.]ts$',
  '^src/announcements/(announcements|channels|themeGroups)[.]ts$',
  '^src/calendar/calendarService[.]ts$',
  '^src/roles/roles[.]ts$',
  '^src/outbox/(outbox|signals|delivery|worker|retryPolicy|rateLimiter)[.]ts$',
];

module.exports = {
  forbidden: [
    {
      name: 'domain-not-to-outer-layers',
      comment: 'A domain knows nothing of Teams, HTTP, the bot core or how the app is composed.',
      severity: 'error',
      from: { path: `^src/(${DOMAINS})/` },
      to: { path: '^src/(teams|http|bot)/|^src/(compose|services|main)[.]ts$' },
    },
    {
      name: 'domain-not-to-other-domains-internals',
      comment: "A domain uses another domain only through that domain's public modules (PUBLIC in this file).",
      severity: 'error',
      from: { path: `^src/(${DOMAINS})/` },
      to: { path: `^src/(${DOMAINS})/`, pathNot: ['^src/$1/', ...PUBLIC] },
    },
    {
      name: 'only-teams-imports-the-bot-sdk',
      comment: 'src/teams is the only adapter; the core and the domains stay SDK-neutral.',
      severity: 'error',
      from: { pathNot: '^src/teams/' },
      to: { path: 'node_modules/(botbuilder[^/]*|botframework-[^/]+|@microsoft/teams-ai)/' },
    },
    {
      name: 'core-not-to-adapters',
      comment: 'The bot core returns reply values; it never reaches into an adapter or the HTTP layer.',
      severity: 'error',
      from: { path: '^src/bot/' },
      to: { path: '^src/(teams|http)/|^src/(compose|main)[.]ts$' },
    },
    {
      name: 'no-circular',
      comment: 'Import cycles hide which module depends on which (a cycle through type-only imports alone is no runtime cycle).',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    includeOnly: ['^src/', 'node_modules/(botbuilder|botframework-|@microsoft/teams-ai)'],
  },
};
