/**
 * The teams-ai Application: the only place that wires Teams activities to
 * commands, card actions and the question answerer.
 */
import {
  ActivityTypes,
  ConfigurationServiceClientCredentialFactory,
  INVOKE_RESPONSE_KEY,
  StatusCodes,
  type Activity,
  type InvokeResponse,
  type Middleware,
  type Request,
  type Response,
  type Storage,
  type TurnContext,
} from 'botbuilder';
// botbuilder's own auth layer (a dependency of botbuilder), for its error type and auth result.
import { AuthenticationError, type AuthenticateRequestResult } from 'botframework-connector';
import { Application, TeamsAdapter } from '@microsoft/teams-ai';
import { general, httpTexts } from '../texts/nl';
import { attachment } from './cards/adaptive';
import { errorCard, helpCard, welcomeCard } from './cards/generalCards';
import { findCommand, type Command, type CommandContext } from './commands';
import type { BotDeps } from './deps';
import type { Logger } from '../log';
import { messageText, tenantOf, viewerOf } from './identity';
import type { OutboxRenderer } from './outboxRendering';
import type { SessionExtrasProvider } from './sessionExtras';
import { BotTurnState } from './turnState';

/** Built-in commands; each feature module adds its own in front of the fallback. */
export const generalCommands: Command[] = [
  {
    name: 'hulp',
    pattern: /^(help|hulp|\?|wat kun je|wat kan je|wat kan de bot)\b[\s?!.]*$/i,
    async handle({ context, state }) {
      state.user.welcomed = true;
      await context.sendActivity({ attachments: [attachment(helpCard())] });
    },
  },
];

export interface TeamsBot {
  adapter: TeamsAdapter;
  app: Application<BotTurnState>;
}

/** POST /api/messages for src/http: the adapter checks the token, runs the turn and answers; each turn's log lines carry the correlation id. */
export function teamsMessageHandler(bot: TeamsBot): (req: Request, res: Response, correlationId: string) => Promise<void> {
  return (req, res, correlationId) =>
    bot.adapter.process(req, res, async (context) => {
      context.turnState.set('correlationId', correlationId);
      await bot.app.run(context);
    });
}

/** A feature module: registers its commands and card actions. */
export interface FeatureModule {
  commands?: Command[];
  register?(app: Application<BotTurnState>, deps: BotDeps): void;
  /** Handles any text no command matched; the first module that has one wins. */
  fallback?(ctx: CommandContext): Promise<void>;
  /** Adds state and buttons to every session card. */
  sessionExtras?: SessionExtrasProvider;
  /** Renders the outbox messages of these kinds (by OutboxMessage.kind). */
  outboxRenderers?: Record<string, OutboxRenderer>;
}

export function createAdapter(deps: BotDeps): TeamsAdapter {
  const c = deps.config;
  if (deps.localMode) return new TeamsAdapter({});
  const auth = {
    MicrosoftAppId: c.BOT_ID,
    MicrosoftAppPassword: c.BOT_PASSWORD,
    MicrosoftAppType: c.BOT_TYPE,
    MicrosoftAppTenantId: c.BOT_TENANT_ID,
    // Only passed when configured: any one of these switches botbuilder away from the public cloud.
    ...(c.BOTFRAMEWORK_TOKEN_ISSUER
      ? {
          ValidateAuthority: c.BOTFRAMEWORK_VALIDATE_AUTHORITY,
          ToChannelFromBotLoginUrl: c.BOTFRAMEWORK_LOGIN_URL,
          ToChannelFromBotOAuthScope: c.BOTFRAMEWORK_OAUTH_SCOPE,
          ToBotFromChannelTokenIssuer: c.BOTFRAMEWORK_TOKEN_ISSUER,
          OAuthUrl: c.BOTFRAMEWORK_OAUTH_URL,
          ToBotFromChannelOpenIdMetadataUrl: c.BOTFRAMEWORK_OPENID_METADATA_URL,
          ToBotFromEmulatorOpenIdMetadataUrl: c.BOTFRAMEWORK_EMULATOR_OPENID_METADATA_URL,
          CallerId: c.BOTFRAMEWORK_CALLER_ID,
        }
      : {}),
  };
  return new StrictTeamsAdapter(auth, new ConfigurationServiceClientCredentialFactory(auth), deps.log);
}

const JWT_ERRORS = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

/**
 * Every answer to a token is one of three, with a fixed body (CloudAdapter would send the
 * error's own message, internals included, as the body):
 * - 401 for any token that is not good, including a malformed JWT or a bad signature (botbuilder
 *   let those escape as plain errors, answered 500) and a token without `exp`, which the JWT
 *   library accepts as never expiring;
 * - 503 when the token cannot be checked at all (the OpenID metadata or its keys cannot be
 *   fetched): the sender is not at fault, Teams retries, and the log says what failed.
 */
class StrictTeamsAdapter extends TeamsAdapter {
  constructor(
    auth: ConstructorParameters<typeof TeamsAdapter>[0],
    credentials: ConstructorParameters<typeof TeamsAdapter>[1],
    private readonly log: Logger,
  ) {
    super(auth, credentials);
  }

  protected override async processActivity(
    auth: string | AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    let authenticated = auth;
    if (typeof auth === 'string') {
      try {
        authenticated = await this.botFrameworkAuthentication.authenticateRequest(activity, auth);
      } catch (err) {
        const refused =
          JWT_ERRORS.has((err as Error)?.name) || (err instanceof AuthenticationError && err.statusCode === StatusCodes.UNAUTHORIZED);
        if (refused) {
          this.log.warn('token_refused', { reason: (err as Error).message });
          return { status: StatusCodes.UNAUTHORIZED, body: { error: httpTexts.unauthorized } };
        }
        this.log.error('token_check_unavailable', { error: err });
        return { status: 503, body: { error: httpTexts.unavailable } };
      }
      const claims = authenticated.claimsIdentity?.claims ?? [];
      if (!claims.some((c) => c.type === 'exp' && typeof c.value === 'number' && Number.isFinite(c.value))) {
        this.log.warn('token_refused', { reason: 'token zonder exp' });
        return { status: StatusCodes.UNAUTHORIZED, body: { error: httpTexts.unauthorized } };
      }
    }
    return super.processActivity(authenticated as AuthenticateRequestResult, activity, logic);
  }
}

/**
 * Every text message the bot sends is plain text unless it says otherwise.
 * Replies repeat what people typed ("Ik ken geen themagroep "…""), display
 * names and channel names; read as markdown, anyone could make the bot post a
 * disguised link. Setting it here, once, covers every reply, also future ones;
 * card TextBlocks are escaped by `plain()` in ./cards/adaptive.ts.
 */
const plainTextReplies: Middleware = {
  async onTurn(context, next) {
    context.onSendActivities(async (_context, activities, send) => {
      for (const a of activities) {
        if ((a.type === undefined || a.type === ActivityTypes.Message) && typeof a.text === 'string' && a.textFormat === undefined) a.textFormat = 'plain';
      }
      return send();
    });
    await next();
  },
};

/** The logger for one turn: every line carries the activity's correlation id (set in src/http/server.ts). */
export function turnLog(context: TurnContext, deps: BotDeps): Logger {
  const correlationId = context.turnState.get('correlationId') as string | undefined;
  return correlationId ? deps.log.child({ correlationId }) : deps.log;
}

export function createTeamsBot(deps: BotDeps, storage: Storage, modules: FeatureModule[] = []): TeamsBot {
  const adapter = createAdapter(deps);
  const app = new Application<BotTurnState>({
    adapter,
    storage,
    botAppId: deps.config.BOT_ID ?? '',
    removeRecipientMention: false,
    startTypingTimer: false,
    longRunningMessages: false,
    // A state save that fails after the turn did its work is logged, not turned into an error reply.
    turnStateFactory: () => new BotTurnState((context, error) => turnLog(context, deps).warn('state_save_failed', { error })),
    adaptiveCards: { actionSubmitFilter: 'verb' },
  });

  adapter.use(plainTextReplies);

  const commands = [...modules.flatMap((m) => m.commands ?? []), ...generalCommands];
  const fallback = modules.find((m) => m.fallback)?.fallback;

  app.turn('beforeTurn', async (context) => {
    const allowed = deps.config.ALLOWED_TENANT_IDS;
    if (allowed.length === 0) return true;
    const tenant = tenantOf(context);
    if (tenant && allowed.includes(tenant)) return true;
    turnLog(context, deps).warn('tenant_refused', { tenant, activityType: context.activity.type });
    return false;
  });

  app.conversationUpdate('membersAdded', async (context, state) => {
    const botId = context.activity.recipient?.id;
    const added = context.activity.membersAdded ?? [];
    if (added.some((m) => m.id === botId)) {
      // Installed in a personal chat: that person has now been welcomed, so their first message is not welcomed again.
      if (context.activity.conversation?.conversationType === 'personal') state.user.welcomed = true;
      await context.sendActivity({ attachments: [attachment(welcomeCard())] });
    } else if (context.activity.conversation?.conversationType === 'personal') {
      state.user.welcomed = true;
      await context.sendActivity({ attachments: [attachment(welcomeCard())] });
    }
  });

  for (const m of modules) m.register?.(app, deps);
  // Registered last, so it only catches what no module claimed: a stale or tampered card gets a calm sentence, not a 501.
  app.adaptiveCards.actionExecute(
    async (context) => context.activity.type === ActivityTypes.Invoke && context.activity.name === 'adaptiveCard/action' && context.activity.value?.action?.type === 'Action.Execute',
    async () => general.unknownAction,
  );

  app.activity(ActivityTypes.Message, async (context, state) => {
    await handleMessage(context, state, deps, commands, fallback);
  });

  app.error(async (context, error) => {
    turnLog(context, deps).error('turn_failed', { error, activityType: context.activity?.type });
    try {
      if (context.activity?.type === ActivityTypes.Message) await context.sendActivity(general.somethingWentWrong);
      else if (context.activity?.type === ActivityTypes.Invoke) await answerFailedInvoke(context);
    } catch {
      // The connector itself may be what failed; the error is logged above.
    }
  });

  return { adapter, app };
}

/**
 * A failed card action would otherwise be answered 501 with an empty body,
 * which Teams shows as a vague failure. Per the Universal Actions protocol the
 * answer is 200 with a card, here one that says something went wrong. When the
 * handler had already answered, that answer stands.
 */
async function answerFailedInvoke(context: TurnContext): Promise<void> {
  if (context.turnState.get(INVOKE_RESPONSE_KEY)) return;
  const isCardAction = context.activity.name === 'adaptiveCard/action';
  await context.sendActivity({
    type: ActivityTypes.InvokeResponse,
    value: isCardAction
      ? { status: StatusCodes.OK, body: { statusCode: StatusCodes.OK, type: 'application/vnd.microsoft.card.adaptive', value: errorCard() } }
      : { status: StatusCodes.INTERNAL_SERVER_ERROR },
  });
}

async function handleMessage(
  context: TurnContext,
  state: BotTurnState,
  deps: BotDeps,
  commands: Command[],
  fallback: FeatureModule['fallback'],
): Promise<void> {
  const raw = context.activity.text;
  const value = context.activity.value;
  // A card's Action.Submit without text arrives as a message with a value; those have their own routes.
  if ((raw === undefined || raw === null || raw === '') && value && typeof value === 'object') {
    await context.sendActivity(general.unknownAction);
    return;
  }
  if (typeof raw === 'string' && raw.length > deps.config.MAX_TEXT_LENGTH) {
    await context.sendActivity(general.tooLong(deps.config.MAX_TEXT_LENGTH));
    return;
  }
  const text = messageText(context);
  const viewer = viewerOf(context, deps.localMode);
  const firstContact = !state.user.welcomed;
  const found = findCommand(commands, text);
  if (firstContact && context.activity.conversation?.conversationType !== 'channel' && found?.command.name !== 'hulp') {
    state.user.welcomed = true;
    await context.sendActivity({ attachments: [attachment(welcomeCard())] });
  }
  if (text === '') {
    await context.sendActivity(general.emptyMessage);
    return;
  }
  const ctx: CommandContext = { context, state, text, viewer, deps };
  if (found) {
    await found.command.handle(ctx, found.match);
  } else if (fallback) {
    await fallback(ctx);
  } else {
    await context.sendActivity(general.notUnderstood);
  }
}
