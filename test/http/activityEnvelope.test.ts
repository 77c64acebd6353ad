/**
 * The envelope check in front of the chat adapter: what botbuilder and teams-ai use without
 * checking must have the right shape; everything else in an activity is the handlers' business.
 */
import { describe, expect, it } from 'vitest';
import { isActivityEnvelope } from '../../src/http/activityEnvelope';

function activity(): Record<string, any> {
  return {
    type: 'message',
    id: 'msg-1',
    timestamp: '2026-02-04T09:30:00.000Z',
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    from: { id: '29:1abc', aadObjectId: 'aad-1', name: 'Anna' },
    recipient: { id: '28:bot', name: 'G40 Netwerkdag' },
    conversation: { id: 'a:1xyz', conversationType: 'personal', tenantId: 'tenant-1' },
    channelData: { tenant: { id: 'tenant-1' } },
    locale: 'nl-NL',
    text: 'Waar is de opening?',
  };
}

/** The activity with one change: a path (dots) set to a value, or removed when the value is `undefined`. */
function changed(path: string, value: unknown): Record<string, any> {
  const a = activity();
  const keys = path.split('.');
  let node: any = a;
  for (const k of keys.slice(0, -1)) node = node[k] ??= {};
  if (value === undefined) delete node[keys.at(-1)!];
  else node[keys.at(-1)!] = value;
  return a;
}

describe('isActivityEnvelope', () => {
  it('aTeamsMessage_isAccepted', () => {
    expect(isActivityEnvelope(activity())).toBe(true);
  });

  const accepted: [string, unknown][] = [
    ['id', undefined],
    ['id', null],
    ['replyToId', 'msg-0'],
    ['locale', null],
    ['serviceUrl', 'http://127.0.0.1:3978/'],
    ['from.name', undefined],
    ['from.name', null],
    ['from.role', 'user'],
    ['from.extra', { anything: [1, 2] }],
    ['conversation.isGroup', true],
    ['conversation.isGroup', null],
    ['conversation.name', 'x'.repeat(1024)],
    ['channelData', null],
    ['channelData', {}],
    ['entities', [{ type: 'mention', mentioned: { id: '29:2' } }]],
    ['entities', []],
    ['attachments', [{ contentType: 'text/plain' }]],
    ['membersAdded', [{ id: '28:bot' }]],
    ['membersRemoved', null],
    ['value', [1, 'two']],
    ['text', 'x'.repeat(5000)],
    ['unknownField', { nested: true }],
    ['name', 'adaptiveCard/action'],
    ['from.id', ' ~'],
  ];
  for (const [path, value] of accepted) {
    it(`accepted_${path}=${JSON.stringify(value)?.slice(0, 30) ?? 'absent'}`, () => {
      expect(isActivityEnvelope(changed(path, value))).toBe(true);
    });
  }

  const refused: [string, unknown][] = [
    ['type', undefined],
    ['type', ''],
    ['type', 5],
    ['type', 'x'.repeat(65)],
    ['channelId', undefined],
    ['channelId', null],
    ['serviceUrl', undefined],
    ['serviceUrl', 'ftp://example.org/'],
    ['serviceUrl', 'not a url'],
    ['serviceUrl', `https://example.org/${'x'.repeat(2048)}`],
    ['from', undefined],
    ['from', null],
    ['from', 'anna'],
    ['from', ['29:1']],
    ['from.id', undefined],
    ['from.id', ''],
    ['from.id', '29:1é'],
    ['from.id', '29:1\n'],
    ['from.id', 42],
    ['from.id', 'x'.repeat(1025)],
    ['from.name', 7],
    ['from.name', 'x'.repeat(1025)],
    ['from.aadObjectId', 'x'.repeat(257)],
    ['from.role', 'x'.repeat(65)],
    ['recipient', undefined],
    ['recipient.id', null],
    ['conversation', undefined],
    ['conversation.id', undefined],
    ['conversation.conversationType', 1],
    ['conversation.tenantId', false],
    ['conversation.isGroup', 'true'],
    ['id', ''],
    ['id', 'tab\t'],
    ['replyToId', 12],
    ['locale', 1033],
    ['timestamp', 'x'.repeat(65)],
    ['name', 'x'.repeat(257)],
    ['channelData', []],
    ['channelData', 'tenant'],
    ['entities', {}],
    ['entities', [null]],
    ['entities', [{}]],
    ['entities', [{ type: 3 }]],
    ['entities', [[]]],
    ['attachments', [[]]],
    ['attachments', [null]],
    ['attachments', 'file'],
    ['membersAdded', [{ name: 'no id' }]],
    ['membersAdded', [null]],
    ['membersRemoved', {}],
  ];
  for (const [path, value] of refused) {
    it(`refused_${path}=${JSON.stringify(value)?.slice(0, 30) ?? 'absent'}`, () => {
      expect(isActivityEnvelope(changed(path, value))).toBe(false);
    });
  }

  it('notAnObject_isRefused', () => {
    for (const body of [null, undefined, 'message', 3, [], [activity()]]) expect(isActivityEnvelope(body)).toBe(false);
  });
});
