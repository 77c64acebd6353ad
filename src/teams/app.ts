/**
 * The Teams adapter: the teams-ai Application turns each activity into a plain
 * request for the bot core (src/bot) and each reply value into an activity or
 * an invoke response. No feature logic lives here.
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
import {
  AuthenticationConstants,
  AuthenticationError,
  ConnectorFactory,
  type AuthenticateRequestResult,
  type ClaimsIdentity,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';
import { Application, TeamsAdapter } from '@microsoft/teams-ai';
import type { BotCore } from '../bot/core';
import type { Observation } from '../bot/announcements';
import type { FileInput, Input, Reply } from '../bot/types';
import type { Clock } from '../clock';
import type { Config } from '../config';
import { general, httpTexts } from '../texts/nl';
import { attachment, type AdaptiveCardJson } from './cards/adaptive';
import { refreshFor } from './cards/signUpCards';
import type { Logger } from '../log';
import { messageText, tenantOf } from './identity';
import { cardJson, replyActivity } from './render';
import { observationOf, requestOf } from './request';
import { BotTurnState } from './turnState';

/** What the adapter needs: settings, clock, log, the core, and where to report what it observes. */
export interface TeamsDeps {
  config: Config;
  clock: Clock;
  log: Logger;
  localMode: boolean;
  core: BotCore;
  observe(observation: Observation): void;
}

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

export function createAdapter(deps: Pick<TeamsDeps, 'config' | 'localMode' | 'log'>): TeamsAdapter {
  const c = deps.config;
  if (deps.localMode) return new ReusingTeamsAdapter({});
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

/** More different clients than this (an attack with made-up service URLs) and the kept ones are dropped. */
const KEPT_CLIENTS = 64;

/** The bot's app id as botbuilder reads it from a request's claims (the audience, else the app id claim; none with auth off). */
function appIdOf(identity: ClaimsIdentity): string {
  return identity.getClaimValue(AuthenticationConstants.AudienceClaim) ?? identity.getClaimValue(AuthenticationConstants.AppIdClaim) ?? '';
}

/** Keeps one client per key, made on first use; one that could not be made is not kept; all are forgotten when there are too many. */
export class Kept<T> {
  private readonly values = new Map<string, Promise<T>>();
  get(key: string, make: () => Promise<T>): Promise<T> {
    let value = this.values.get(key);
    if (value === undefined) {
      if (this.values.size >= KEPT_CLIENTS) this.values.clear();
      const made = make();
      made.catch(() => {
        if (this.values.get(key) === made) this.values.delete(key);
      });
      this.values.set(key, made);
      value = made;
    }
    return value;
  }
}

/** A request's connector factory that hands out the client kept for its app id, service URL and audience. */
class KeptConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly made: ConnectorFactory,
    private readonly appId: string,
    private readonly kept: Kept<ConnectorClient>,
  ) {
    super();
  }

  override create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return this.kept.get(`${this.appId}\n${serviceUrl}\n${audience ?? ''}`, () => this.made.create(serviceUrl, audience));
  }
}

/**
 * botbuilder builds a new ConnectorClient and UserTokenClient, each a pipeline of a dozen HTTP
 * policies, for every activity that comes in: measured, about a twentieth of the process's work
 * per answered message. Neither keeps anything of one request for the next (tokens come from
 * botbuilder's process-wide token cache), so one of each per app id, service URL and audience is
 * kept and reused — as the .NET Bot Framework adapter kept its connector clients.
 */
class ReusingTeamsAdapter extends TeamsAdapter {
  private readonly connectors = new Kept<ConnectorClient>();
  private readonly userTokenClients = new Kept<UserTokenClient>();

  constructor(...args: ConstructorParameters<typeof TeamsAdapter>) {
    super(...args);
    // CloudAdapterBase asks its authentication object for a user token client on every turn; no hook is offered.
    const auth = this.botFrameworkAuthentication;
    const make = auth.createUserTokenClient.bind(auth);
    auth.createUserTokenClient = (identity) => this.userTokenClients.get(appIdOf(identity), () => make(identity));
  }

  protected override async processActivity(
    auth: string | AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    const result = typeof auth === 'string' ? await this.botFrameworkAuthentication.authenticateRequest(activity, auth) : auth;
    const made = result.connectorFactory;
    return super.processActivity(
      made ? { ...result, connectorFactory: new KeptConnectorFactory(made, appIdOf(result.claimsIdentity), this.connectors) } : result,
      activity,
      logic,
    );
  }
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
class StrictTeamsAdapter extends ReusingTeamsAdapter {
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
export function turnLog(context: TurnContext, deps: Pick<TeamsDeps, 'log'>): Logger {
  const correlationId = context.turnState.get('correlationId') as string | undefined;
  return correlationId ? deps.log.child({ correlationId }) : deps.log;
}

export function createTeamsBot(deps: TeamsDeps, storage: Storage): TeamsBot {
  const adapter = createAdapter(deps);
  const { core } = deps;
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
  const request = (context: TurnContext, state: BotTurnState, input: Input) => requestOf(context, state, input, deps);

  app.turn('beforeTurn', async (context) => {
    const allowed = deps.config.ALLOWED_TENANT_IDS;
    if (allowed.length === 0) return true;
    const tenant = tenantOf(context);
    if (tenant && allowed.includes(tenant)) return true;
    turnLog(context, deps).warn('tenant_refused', { tenant, activityType: context.activity.type });
    return false;
  });

  app.turn('beforeTurn', async (context) => {
    try {
      const seen = observationOf(context, deps.localMode);
      if (seen) deps.observe(seen);
    } catch (error) {
      // Remembering where people are must never stop the turn itself.
      deps.log.error('observe_failed', { error, activityType: context.activity.type });
    }
    return true;
  });

  app.conversationUpdate('membersAdded', async (context, state) => {
    const botId = context.activity.recipient?.id;
    const added = context.activity.membersAdded ?? [];
    const welcome = { attachments: [attachment(cardJson({ card: 'welcome' }))] };
    if (added.some((m) => m.id === botId)) {
      // Installed in a personal chat: that person has now been welcomed, so their first message is not welcomed again.
      if (context.activity.conversation?.conversationType === 'personal') state.user.welcomed = true;
      await context.sendActivity(welcome);
    } else if (context.activity.conversation?.conversationType === 'personal') {
      state.user.welcomed = true;
      await context.sendActivity(welcome);
    }
  });

  for (const verb of core.actions.keys()) {
    app.adaptiveCards.actionExecute(verb, async (context, state, data) =>
      answerAction(context, await core.handleAction(request(context, state, { kind: 'action', verb, data }))),
    );
  }
  // Registered last, so it only catches what no feature claimed: a stale or tampered card gets a calm sentence, not a 501.
  app.adaptiveCards.actionExecute(
    async (context) => context.activity.type === ActivityTypes.Invoke && context.activity.name === 'adaptiveCard/action' && context.activity.value?.action?.type === 'Action.Execute',
    async () => general.unknownAction,
  );

  app.activity(ActivityTypes.Message, async (context, state) => {
    const raw = context.activity.text;
    const value = context.activity.value;
    // A card's Action.Submit arrives as a message with its data as value and no text: the data's verb says which action.
    if ((raw === undefined || raw === null || raw === '') && value && typeof value === 'object') {
      const verb = (value as { verb?: unknown }).verb;
      const reply =
        typeof verb === 'string' && core.actions.has(verb)
          ? await core.handleAction(request(context, state, { kind: 'action', verb, data: value }))
          : ({ kind: 'text', text: general.unknownAction } as const);
      await context.sendActivity(replyActivity(reply));
      return;
    }
    const file = fileOf(context);
    const replies = file
      ? await core.handleFile(request(context, state, file))
      : await core.handleText(request(context, state, { kind: 'text', text: messageText(context) }), typeof raw === 'string' ? raw.length : 0);
    for (const reply of replies) await context.sendActivity(replyActivity(reply));
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
 * A card action's reply as teams-ai takes it: a sentence, or the card that
 * replaces the pressed one. A session card is answered here with `refresh` for
 * the presser alone, so Teams fetches their current state whenever they see
 * the card again (after a promotion, say) while others keep their own view;
 * teams-ai, given a card with `refresh`, would switch that verb for good to
 * replacing the message for everyone.
 */
async function answerAction(context: TurnContext, reply: Reply): Promise<AdaptiveCardJson | string> {
  if (reply.kind !== 'card') return reply.text;
  const json = cardJson(reply.card);
  const from = context.activity.from?.id;
  if (!reply.refreshFor || typeof from !== 'string') return json;
  const card = { ...json, refresh: refreshFor(from, reply.refreshFor) };
  await context.sendActivity({
    type: ActivityTypes.InvokeResponse,
    value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card } },
  });
  return card;
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
      ? { status: StatusCodes.OK, body: { statusCode: StatusCodes.OK, type: 'application/vnd.microsoft.card.adaptive', value: cardJson({ card: 'error' }) } }
      : { status: StatusCodes.INTERNAL_SERVER_ERROR },
  });
}

const FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';

/**
 * A file sent in a 1:1 chat: Teams delivers it as an attachment with a short-lived downloadUrl
 * (bots with supportsFiles in the manifest). Only its shape is checked here; whether the URL may be
 * fetched is the core's (src/files/fetchAttachment).
 */
function fileOf(context: TurnContext): FileInput | null {
  for (const a of context.activity.attachments ?? []) {
    if (a.contentType !== FILE_DOWNLOAD_INFO) continue;
    const content = (a.content ?? {}) as { downloadUrl?: unknown; fileType?: unknown };
    if (typeof content.downloadUrl !== 'string' || content.downloadUrl.length > 4000) continue;
    return {
      kind: 'file',
      downloadUrl: content.downloadUrl,
      name: (typeof a.name === 'string' ? a.name : '').slice(0, 200),
      fileType: (typeof content.fileType === 'string' ? content.fileType : '').slice(0, 20).toLowerCase(),
    };
  }
  return null;
}
