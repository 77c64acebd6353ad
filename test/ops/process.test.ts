/**
 * The real main process: graceful shutdown with a turn in flight, and what its
 * JSON log lines carry (a correlation id per activity; no token, text or name).
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { ANNA, messageActivity, TENANT } from '../support/botHarness';
import { startMain } from '../support/process';

const dir = mkdtempSync(join(tmpdir(), 'g40-proc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A connector that takes `delayMs` to accept each reply, so a turn stays in flight. */
async function slowConnector(delayMs: number): Promise<{ url: string; server: Server; started: Promise<void>; answered: string[] }> {
  const answered: string[] = [];
  let markStarted!: () => void;
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += String(c)));
    req.on('end', () => {
      markStarted();
      setTimeout(() => {
        answered.push(body);
        res.statusCode = 200;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ id: 'reply-1' }));
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, started, answered };
}

const postActivity = (url: string, activity: object, headers: Record<string, string> = {}) =>
  fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(activity),
  });

describe('main process operations', () => {
  it('sigterm_withTurnInFlight_finishesTheTurnThenExitsZero', async () => {
    const connector = await slowConnector(1500);
    const bot = await startMain({ DATABASE_PATH: join(dir, 'shutdown.db'), LOG_LEVEL: 'info' });

    const inFlight = postActivity(bot.url, messageActivity(connector.url, 'hulp', ANNA));
    await connector.started;
    const code = bot.stop('SIGTERM');
    const response = await inFlight;
    const exitCode = await code;
    connector.server.close();

    expect(response.status).toBe(200);
    expect(connector.answered).toHaveLength(1);
    expect(exitCode).toBe(0);
    const events = bot.logs.map((l) => l.event);
    expect(events.indexOf('shutdown')).toBeLessThan(events.indexOf('activity'));
    expect(events).not.toContain('activity_failed');
  }, 60_000);

  it('logs_carryCorrelationIdPerActivity_andNoTokenTextOrName', async () => {
    const connector = await slowConnector(0);
    const bot = await startMain({ DATABASE_PATH: join(dir, 'logs.db'), LOG_LEVEL: 'debug', ALLOWED_TENANT_IDS: TENANT });
    const secretText = 'mijn-geheime-vraag-over-zoetermeer';
    const token = 'eyJhbGciOiJSUzI1NiJ9.c2VjcmV0LXRva2Vu.c2lnbmF0dXJl';

    await postActivity(bot.url, messageActivity(connector.url, secretText, ANNA), { authorization: `Bearer ${token}` });
    await postActivity(
      bot.url,
      messageActivity(connector.url, secretText, ANNA, { conversation: { id: 'a:x', conversationType: 'personal', tenantId: 'other' }, channelData: { tenant: { id: 'other' } } }),
    );
    await bot.stop('SIGTERM');
    connector.server.close();

    const activities = bot.logs.filter((l) => l.event === 'activity');
    expect(activities).toHaveLength(2);
    const ids = activities.map((l) => l.correlationId);
    expect(new Set(ids).size).toBe(2);
    expect(ids.every((id) => typeof id === 'string' && /^[0-9a-f-]{36}$/.test(id))).toBe(true);
    const refused = bot.logs.find((l) => l.event === 'tenant_refused')!;
    expect(refused.correlationId).toBe(ids[1]);
    expect(activities[0]!.user).toBe(ANNA.aadObjectId);
    const all = JSON.stringify(bot.logs);
    expect(all).not.toContain(secretText);
    expect(all).not.toContain(token);
    expect(all).not.toContain(ANNA.name);
    expect(bot.logs.every((l) => typeof l.time === 'string' && typeof l.level === 'string' && typeof l.event === 'string')).toBe(true);
  }, 60_000);
});
