/**
 * Runs the real bot (composeBot) in-process on a loopback port against a fresh
 * database in a temp folder and a connector stand-in; tests talk to it over HTTP
 * exactly as Teams would.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config';
import { composeBot, type BotInstance } from '../../src/compose';
import { fixedClock } from '../../src/clock';
import { silentLogger, type Logger } from '../../src/log';
import { ConnectorStandIn } from './connector';

export interface Harness {
  baseUrl: string;
  connector: ConnectorStandIn;
  bot: BotInstance;
  dir: string;
  /** POSTs an activity to /api/messages; returns status and parsed body. */
  post(activity: Record<string, unknown>): Promise<{ status: number; body: any }>;
  /** Sends a personal-chat message from `user` and returns the bot's messages in reply. */
  say(text: string, user?: TestUser, extra?: Record<string, unknown>): Promise<any[]>;
  /** Presses an Action.Submit button (its data comes back as a message's value, without text); returns the bot's messages. */
  submit(data: Record<string, unknown>, user?: TestUser): Promise<any[]>;
  /** Sends an adaptiveCard/action invoke and returns the invoke response body. */
  invoke(verb: string, data: Record<string, unknown>, user?: TestUser, extra?: Record<string, unknown>): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

export interface TestUser {
  id: string;
  aadObjectId?: string;
  name: string;
}

export const ANNA: TestUser = { id: '29:anna', aadObjectId: '00000000-0000-0000-0000-00000000a001', name: 'Anna de Vries' };
export const BOB: TestUser = { id: '29:bob', aadObjectId: '00000000-0000-0000-0000-00000000b002', name: 'Bob Jansen' };
export const TENANT = '11111111-2222-3333-4444-555555555555';

export interface HarnessOptions {
  now?: string;
  env?: Record<string, string>;
  seedsDir?: string;
  /** Where the bot logs; silent unless a test wants to read the lines. */
  log?: Logger;
}

let counter = 0;

export function personalConversationId(user: TestUser): string {
  return `a:personal-${user.id}`;
}

export function messageActivity(serviceUrl: string, text: string, user: TestUser, extra: Record<string, unknown> = {}) {
  counter++;
  return {
    type: 'message',
    id: `msg-${counter}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: { id: user.id, aadObjectId: user.aadObjectId, name: user.name },
    recipient: { id: '28:bot', name: 'G40 Netwerkdag' },
    conversation: { id: personalConversationId(user), conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
    locale: 'nl-NL',
    text,
    ...extra,
  };
}

/** A card button press (Universal Action) as Teams sends it. */
export function invokeActivity(serviceUrl: string, verb: string, data: Record<string, unknown>, user: TestUser) {
  return {
    ...messageActivity(serviceUrl, '', user),
    type: 'invoke',
    name: 'adaptiveCard/action',
    text: undefined,
    value: { action: { type: 'Action.Execute', verb, data: { verb, ...data } }, trigger: 'manual' },
  };
}

/** The bot being added to a personal chat by `user` (Teams' install event). */
export function installActivity(serviceUrl: string, user: TestUser, conversationId = personalConversationId(user)) {
  counter++;
  return {
    type: 'conversationUpdate',
    id: `cu-${counter}`,
    channelId: 'msteams',
    serviceUrl,
    from: { id: user.id, aadObjectId: user.aadObjectId },
    recipient: { id: '28:bot' },
    conversation: { id: conversationId, conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
    membersAdded: [{ id: '28:bot' }],
  };
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const connector = new ConnectorStandIn();
  await connector.start();
  const dir = mkdtempSync(join(tmpdir(), 'g40-bot-'));
  const config = loadConfig({
    DATABASE_PATH: join(dir, 'test.db'),
    SEEDS_DIR: options.seedsDir ?? 'seeds',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    PUBLIC_BASE_URL: 'https://g40.example.nl',
    // Answers on this thread, deterministic and without a thread per test; test/http/answerThread.test.ts and the benchmark switch it on.
    ANSWER_THREAD: 'false',
    ...(options.now ? { NOW: options.now } : {}),
    ...(options.env ?? {}),
  });
  const bot = composeBot(config, { log: options.log ?? silentLogger, ...(options.now ? { clock: fixedClock(options.now) } : {}) });
  await new Promise<void>((resolve) => bot.server.listen(0, '127.0.0.1', resolve));
  bot.start();
  const { port } = bot.server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;

  const post = async (activity: Record<string, unknown>) => {
    const res = await fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    const text = await res.text();
    let body: any = text;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      // keep text
    }
    return { status: res.status, body };
  };

  const harness: Harness = {
    baseUrl,
    connector,
    bot,
    dir,
    post,
    async say(text, user = ANNA, extra = {}) {
      const activity = messageActivity(connector.url, text, user, extra);
      const before = connector.received.length;
      const { status } = await post(activity);
      if (status !== 200 && status !== 201 && status !== 202) throw new Error(`POST /api/messages gave ${status}`);
      // Replies are sent before the HTTP response completes. Only replies to this message count: a proactive
      // message (a promotion notice from the outbox) that happens to arrive meanwhile is not an answer.
      return connector.received
        .slice(before)
        .filter((r) => r.body.type === 'message' && r.replyToId === activity.id)
        .map((r) => r.body);
    },
    async submit(data, user = ANNA) {
      return harness.say('', user, { value: data });
    },
    async invoke(verb, data, user = ANNA, extra = {}) {
      return post({ ...invokeActivity(connector.url, verb, data, user), ...extra });
    },
    async close() {
      await bot.close();
      await connector.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return harness;
}

/** All text of a reply: its text and every TextBlock/Fact in its cards, for assertions. */
export function replyText(activity: any): string {
  const parts: string[] = [];
  if (typeof activity?.text === 'string') parts.push(activity.text);
  const walk = (node: any) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (node.type === 'TextBlock' && typeof node.text === 'string') parts.push(node.text);
    if (node.type === 'FactSet') for (const f of node.facts ?? []) parts.push(`${f.title}: ${f.value}`);
    if (typeof node.title === 'string' && String(node.type ?? '').startsWith('Action.')) parts.push(`[${node.title}]`);
    for (const v of Object.values(node)) if (typeof v === 'object') walk(v);
  };
  for (const a of activity?.attachments ?? []) walk(a.content);
  return parts.join('\n').replace(/\\([\\`*_{}[\]()#+!|>~<])/g, '$1');
}
