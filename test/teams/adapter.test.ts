/**
 * The adapter reuses botbuilder's per-request clients (a ConnectorClient and a
 * UserTokenClient, each an HTTP pipeline) across turns instead of building
 * them anew for every activity.
 */
import { describe, expect, it } from 'vitest';
import type { TurnContext } from 'botbuilder';
import { loadConfig } from '../../src/config';
import { silentLogger } from '../../src/log';
import { createAdapter, Kept } from '../../src/teams/app';
import { ANNA, BOB, messageActivity } from '../support/botHarness';

function localAdapter() {
  return createAdapter({ config: loadConfig({}), localMode: true, log: silentLogger });
}

/** Runs one message through the adapter as restify would hand it over; returns the clients its turn got. */
async function clientsOfTurn(adapter: ReturnType<typeof localAdapter>, serviceUrl: string, user = ANNA) {
  let seen: { connector: unknown; tokens: unknown } | undefined;
  const res = { status: () => res, send: () => res, end: () => res, header: () => res };
  const req = { body: messageActivity(serviceUrl, 'hallo', user), headers: {}, method: 'POST' };
  await adapter.process(req as never, res as never, async (context: TurnContext) => {
    seen = { connector: context.turnState.get(context.adapter.ConnectorClientKey), tokens: context.turnState.get((context.adapter as unknown as { UserTokenClientKey: symbol }).UserTokenClientKey) };
  });
  return seen!;
}

describe('clients per turn', () => {
  it('gives later turns to the same service URL the clients of the first', async () => {
    const adapter = localAdapter();
    const first = await clientsOfTurn(adapter, 'http://127.0.0.1:9/teams/');
    const second = await clientsOfTurn(adapter, 'http://127.0.0.1:9/teams/', BOB);
    expect(first.connector).toBeDefined();
    expect(first.tokens).toBeDefined();
    expect(second.connector).toBe(first.connector);
    expect(second.tokens).toBe(first.tokens);
  });

  it('gives another service URL its own connector client', async () => {
    const adapter = localAdapter();
    const first = await clientsOfTurn(adapter, 'http://127.0.0.1:9/emea/');
    const other = await clientsOfTurn(adapter, 'http://127.0.0.1:9/amer/');
    expect(other.connector).not.toBe(first.connector);
  });

  it('does not share clients between adapters', async () => {
    const a = await clientsOfTurn(localAdapter(), 'http://127.0.0.1:9/teams/');
    const b = await clientsOfTurn(localAdapter(), 'http://127.0.0.1:9/teams/');
    expect(b.connector).not.toBe(a.connector);
  });
});

describe('Kept', () => {
  it('makes a value once per key', async () => {
    const kept = new Kept<string>();
    let made = 0;
    const make = async () => `client ${++made}`;
    expect(await kept.get('a', make)).toBe('client 1');
    expect(await kept.get('a', make)).toBe('client 1');
    expect(await kept.get('b', make)).toBe('client 2');
  });

  it('does not keep a client that could not be made: the next turn tries again', async () => {
    const kept = new Kept<string>();
    await expect(kept.get('a', () => Promise.reject(new Error('geen token')))).rejects.toThrow('geen token');
    await new Promise((resolve) => setImmediate(resolve));
    expect(await kept.get('a', async () => 'client')).toBe('client');
  });

  it('forgets what it kept when made-up keys pile up', async () => {
    const kept = new Kept<number>();
    const first = await kept.get('first', async () => 1);
    for (let i = 0; i < 100; i++) await kept.get(`key ${i}`, async () => i);
    expect(first).toBe(1);
    expect(await kept.get('first', async () => 2)).toBe(2);
  });
});
