/**
 * A local stand-in for the Bot Connector service (/v3/conversations/...), on
 * loopback. The bot sends replies and proactive messages here; tests read what
 * arrived and can script failures (429 with Retry-After, 5xx, 403), stalls
 * (a request held unanswered, as a hung service would) and holds (a message
 * delivered, but its answer held back: what a bot that dies mid-send sees).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedActivity {
  method: string;
  path: string;
  conversationId: string;
  replyToId: string | null;
  body: Record<string, unknown> & { type?: string; text?: string; attachments?: { contentType: string; content: any }[] };
  at: number;
}

export interface ScriptedFault {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** Decides the answer to a request: a fault, or undefined to accept it. */
export type FaultPlan = (req: { method: string; path: string; conversationId: string; body: any }) => ScriptedFault | undefined;

/** How long to hold a request before handling it, in ms; undefined or 0 handles it at once. */
export type StallPlan = (req: { method: string; path: string; conversationId: string; body: any }) => number | undefined;

export class ConnectorStandIn {
  readonly received: ReceivedActivity[] = [];
  readonly createdConversations: { body: any; id: string }[] = [];
  faults: FaultPlan = () => undefined;
  stalls: StallPlan = () => undefined;
  /** How long to hold the answer to a message after recording it as delivered (0: answer at once). */
  holds: StallPlan = () => undefined;
  /** Stalled requests the client gave up on (closed the connection): never recorded as received. */
  readonly abandoned: { method: string; path: string; conversationId: string }[] = [];
  /** Requests being handled right now, and the most there ever were at once. */
  open = 0;
  peakOpen = 0;
  /** Members GET /v3/conversations/:id/members/:memberId answers with (TeamsInfo.getMember), by member id. */
  readonly members = new Map<string, Record<string, unknown>>();
  /** Teams GET /v3/teams/:id (TeamsInfo.getTeamDetails) and /v3/teams/:id/conversations (getTeamChannels) answer from. */
  readonly teams = new Map<string, { name: string; channels: { id: string; name?: string }[] }>();
  private server: Server | null = null;
  private nextId = 1;
  private waiters: (() => void)[] = [];
  url = '';

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections?.();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = null;
  }

  /** Messages (not typing indicators) sent to a conversation, or to all. */
  messages(conversationId?: string): ReceivedActivity[] {
    return this.received.filter(
      (r) => r.body.type === 'message' && (conversationId === undefined || r.conversationId === conversationId),
    );
  }

  /** Waits until `predicate` holds for what arrived, or fails after `timeoutMs`. */
  async waitFor(predicate: (received: ReceivedActivity[]) => boolean, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.received)) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`Connector stand-in: condition not met within ${timeoutMs} ms (${this.received.length} received)`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.min(left, 50));
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  clear(): void {
    this.received.length = 0;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: any = {};
    try {
      body = raw ? JSON.parse(raw) : {};
    } catch {
      res.writeHead(400).end();
      return;
    }
    const path = (req.url ?? '').split('?')[0]!;
    const method = req.method ?? 'GET';
    const m = path.match(/^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/);
    const conversationId = m ? decodeURIComponent(m[1]!) : '';
    this.open++;
    this.peakOpen = Math.max(this.peakOpen, this.open);
    try {
      const stallMs = this.stalls({ method, path, conversationId, body }) ?? 0;
      if (stallMs > 0 && (await this.clientLeftDuring(res, stallMs))) {
        this.abandoned.push({ method, path, conversationId });
        return;
      }
      this.answer(res, method, path, m, conversationId, body);
    } finally {
      this.open--;
    }
  }

  /** Waits `ms`; true when the client closed the connection meanwhile. */
  private clientLeftDuring(res: ServerResponse, ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), ms);
      res.once('close', () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  private answer(res: ServerResponse, method: string, path: string, m: RegExpMatchArray | null, conversationId: string, body: any): void {
    const fault = this.faults({ method, path, conversationId, body });
    if (fault) {
      res.writeHead(fault.status, { 'content-type': 'application/json', ...(fault.headers ?? {}) });
      res.end(JSON.stringify(fault.body ?? { error: { code: 'Fault', message: 'scripted' } }));
      return;
    }
    if (method === 'POST' && path === '/v3/conversations') {
      const id = `conv-${this.nextId++}`;
      this.createdConversations.push({ body, id });
      // A channel thread created with an activity: record that activity as sent.
      if (body.activity) {
        this.received.push({ method, path, conversationId: id, replyToId: null, body: body.activity, at: Date.now() });
      }
      this.reply(res, 201, { id, activityId: `act-${this.nextId++}` });
      return;
    }
    if (m && (method === 'POST' || method === 'PUT')) {
      this.received.push({ method, path, conversationId, replyToId: m[2] ? decodeURIComponent(m[2]) : null, body, at: Date.now() });
      const holdMs = this.holds({ method, path, conversationId, body }) ?? 0;
      if (holdMs > 0) {
        this.waiters.splice(0).forEach((w) => w());
        void this.clientLeftDuring(res, holdMs).then((left) => left || this.reply(res, 200, { id: `act-${this.nextId++}` }));
        return;
      }
      this.reply(res, 200, { id: `act-${this.nextId++}` });
      return;
    }
    const team = path.match(/^\/v3\/teams\/([^/]+)(\/conversations)?$/);
    if (method === 'GET' && team) {
      const found = this.teams.get(decodeURIComponent(team[1]!));
      if (!found) this.reply(res, 404, { error: { code: 'NotFound', message: 'team' } });
      else if (team[2]) this.reply(res, 200, { conversations: found.channels });
      else this.reply(res, 200, { id: decodeURIComponent(team[1]!), name: found.name, aadGroupId: 'group' });
      return;
    }
    const member = path.match(/^\/v3\/conversations\/[^/]+\/members\/([^/]+)$/);
    if (method === 'GET' && member) {
      const found = this.members.get(decodeURIComponent(member[1]!));
      this.reply(res, found ? 200 : 404, found ?? { error: { code: 'MemberNotFoundInConversation', message: 'not found' } });
      return;
    }
    if (method === 'GET' && /^\/v3\/conversations\/[^/]+\/members/.test(path)) {
      this.reply(res, 200, []);
      return;
    }
    this.reply(res, 404, { error: { code: 'NotFound', message: path } });
  }

  private reply(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
    const waiters = this.waiters.splice(0);
    waiters.forEach((w) => w());
  }
}
