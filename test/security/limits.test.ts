import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { general } from '../../src/texts/nl';
import { ANNA, messageActivity, replyText, startHarness, type Harness } from '../support/botHarness';

describe('configured limits and the activity envelope', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { MAX_BODY_BYTES: '4096', MAX_TEXT_LENGTH: '200' } });
  });
  afterAll(async () => {
    await h.close();
  });

  it('bodyOverConfiguredMax_gets413', async () => {
    const res = await h.post(messageActivity(h.connector.url, 'a'.repeat(5000), ANNA));

    expect(res.status).toBe(413);
  });

  it('textOverConfiguredMax_getsCalmReplyNamingTheLimit', async () => {
    const replies = await h.say('a'.repeat(201));

    expect(replyText(replies.at(-1))).toBe(general.tooLong(200));
  });

  it('textAtConfiguredMax_isRead', async () => {
    const replies = await h.say('a'.repeat(200));

    expect(replies.map(replyText)).not.toContain(general.tooLong(200));
  });

  it.each([
    ['no conversation', { conversation: undefined }],
    ['conversation without id', { conversation: { conversationType: 'personal' } }],
    ['non-ASCII conversation id', { conversation: { id: 'a:gespreks-id-ë' } }],
    ['numeric channelId', { channelId: 118 }],
    ['locale that is not text', { locale: true }],
    ['from without id', { from: { name: 'Anna' } }],
    ['serviceUrl that is not http(s)', { serviceUrl: 'javascript:alert(1)' }],
    ['entities that are not a list', { entities: 'mention' }],
  ])('malformedEnvelope_%s_gets400AndNoReply', async (_name, patch) => {
    const before = h.connector.received.length;

    const res = await h.post({ ...messageActivity(h.connector.url, 'hulp', ANNA), ...patch });

    expect(res.status).toBe(400);
    expect(h.connector.received.length).toBe(before);
  });

  it('cardActionWithUnknownVerb_getsCalmSentenceNot501', async () => {
    const res = await h.invoke('verdwenen.knop', { sessionId: 1 });

    expect(res.status).toBe(200);
    expect(res.body).toEqual({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: general.unknownAction });
  });
});
