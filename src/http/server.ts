/**
 * The HTTP surface: Bot Framework messages, health, and whatever routes the
 * feature modules add (calendar files, CSV downloads). Bad requests get a 4xx;
 * nothing a client sends can take the process down.
 */
import { randomUUID } from 'node:crypto';
import restify from 'restify';
import type { Logger } from '../log';
import type { Readiness } from '../ops/readiness';
import type { DatabaseHealth } from '../db/health';
import { httpTexts } from '../texts/nl';
import { isActivityEnvelope } from './activityEnvelope';

const HEALTHY_REUSE_MS = 1000;

export type HttpRoutes = (server: restify.Server) => void;

/**
 * Handles one POST /api/messages whose body has the shape of an activity: the
 * chat adapter authenticates it, runs the turn and writes the response.
 */
export type MessageHandler = (req: restify.Request, res: restify.Response, correlationId: string) => Promise<void>;

/** What the HTTP surface needs; each route takes its own slice. */
export interface HttpDeps {
  maxBodyBytes: number;
  log: Logger;
  /** The database half of /healthz (src/db/health.ts); throws when unhealthy. */
  checkHealth(now: Date): DatabaseHealth;
  messages: MessageHandler;
}

export function createHttpServer(deps: HttpDeps, routes: HttpRoutes[] = [], readiness?: Readiness): restify.Server {
  const server = restify.createServer({ name: 'g40-netwerkdag-bot', handleUncaughtExceptions: false });
  // Before routing, so no route (today's or a future one) ever reads an encoded body.
  server.pre(refuseEncodedBodies);
  server.use(restify.plugins.queryParser({ mapParams: false }));
  // Only the route that takes a body parses one; GET routes never read what a client sends along.
  const parseBody = restify.plugins.bodyParser({
    maxBodySize: deps.maxBodyBytes,
    mapParams: false,
    mapFiles: false,
    keepExtensions: false,
    rejectUnknown: true,
  });

  server.post('/api/messages', ...parseBody, async (req: restify.Request, res: restify.Response) => {
    const correlationId = randomUUID();
    const log = deps.log.child({ correlationId });
    const body = req.body as unknown;
    if (!body || typeof body !== 'object' || Array.isArray(body) || typeof (body as { type?: unknown }).type !== 'string') {
      res.send(400, { error: httpTexts.badActivity });
      return;
    }
    // Ids and reply fields of the wrong shape would only fail later, deep in botbuilder: refuse them here.
    if (!isActivityEnvelope(body)) {
      res.send(400, { error: httpTexts.badActivity });
      return;
    }
    const started = Date.now();
    try {
      await deps.messages(req, res, correlationId);
      log.info('activity', {
        type: (body as { type: string }).type,
        status: res.statusCode,
        ms: Date.now() - started,
        user: (body as { from?: { aadObjectId?: string } }).from?.aadObjectId,
      });
    } catch (error) {
      log.error('activity_failed', { error });
      if (!res.headersSent) res.send(500, { error: httpTexts.internal });
    }
  });

  // Each check commits one small write; a healthy answer is reused for a second so that polling
  // /healthz (unauthenticated) cannot turn into a stream of writes. A failure is checked afresh each time.
  let healthyUntil = 0;
  let lastHealth: DatabaseHealth | undefined;
  server.get('/healthz', async (_req, res) => {
    try {
      if (!lastHealth || performance.now() >= healthyUntil) {
        lastHealth = undefined;
        lastHealth = deps.checkHealth(new Date());
        healthyUntil = performance.now() + HEALTHY_REUSE_MS;
      }
      res.send(200, { status: 'ok', events: lastHealth.events });
    } catch (error) {
      deps.log.error('health_failed', { error });
      res.send(503, { status: 'error' });
    }
  });

  // Liveness says the process and database answer; readiness says "send me traffic" (503 while starting or stopping).
  server.get('/readyz', async (_req, res) => {
    const phase = readiness?.phase ?? 'ready';
    res.send(phase === 'ready' ? 200 : 503, { status: phase });
  });

  for (const add of routes) add(server);

  server.on('restifyError', (req, res, err, cb) => {
    // Keep restify's 4xx for bad bodies, but never echo internals.
    const status = (err as { statusCode?: number }).statusCode ?? 500;
    if (status >= 500) deps.log.error('http_error', { error: err, path: req.path?.() });
    err.toJSON = () => ({ error: status === 413 ? httpTexts.tooLarge : status < 500 ? httpTexts.badRequest : httpTexts.internal });
    return cb();
  });
  return server;
}

/**
 * Teams never compresses what it sends. restify's body reader gunzips `Content-Encoding: gzip`
 * with the stream's error left unhandled (a bad or truncated gzip body ended the process), and it
 * counts the limit in compressed bytes (a small gzip body became a huge one in memory). So any
 * body encoding other than identity is refused with 415 before a single byte is read.
 */
function refuseEncodedBodies(req: restify.Request, res: restify.Response, next: restify.Next): void {
  const encoding = req.headers['content-encoding'];
  if (encoding === undefined) return next();
  if (encoding.trim().toLowerCase() === 'identity' || encoding.trim() === '') {
    // The body reader knows only "absent" and gzip; identity means absent.
    delete req.headers['content-encoding'];
    return next();
  }
  res.header('Accept-Encoding', 'identity');
  res.send(415, { error: httpTexts.encodingRefused });
  return next(false);
}
