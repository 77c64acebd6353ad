/** Bad input through the HTTP path: a calm Dutch reply, nothing breaks, the next question still works. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replyText, startHarness, type Harness } from '../support/botHarness';

describe('answers: bad input', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ now: '2026-02-04T09:30:00+01:00' });
    await h.say('hulp');
  });
  afterAll(async () => {
    await h.close();
  });

  let n = 0;
  // A fresh person per question, so no conversation context carries over between tests.
  const lastReply = async (text: string) => {
    n++;
    return replyText((await h.say(text, { id: `29:bad-${n}`, aadObjectId: `aad-bad-${n}`, name: 'Test' })).at(-1));
  };

  it('emptyText_getsCalmReply', async () => {
    expect(await lastReply('')).toContain('leeg bericht');
  });

  it('tenThousandCharacters_getsTooLong', async () => {
    expect(await lastReply('wie spreekt er '.repeat(700).slice(0, 10_000))).toContain('te lang');
  });

  it('longButAllowedText_isAnsweredFromItsStart', async () => {
    expect(await lastReply(`zorgfraude ${'bla '.repeat(900)}`)).toContain('Zorgfraude, je ziet het pas als je kijkt!');
  });

  it('markdownAndHtml_areNotEchoedAndStillUnderstood', async () => {
    const reply = await lastReply('<script>alert(1)</script> **wie** spreekt bij de _opening_? [klik](http://x.nl)');

    expect(reply).toContain('Michel Bezuijen');
    expect(reply).not.toMatch(/<script|alert|http:\/\/x\.nl/);
  });

  it('sqlFragments_changeNothingAndGetPlainAnswer', async () => {
    const before = (h.bot.db.prepare('SELECT COUNT(*) AS n FROM sessions').get() as { n: number }).n;

    const reply = await lastReply(`'; DROP TABLE sessions; -- " OR 1=1 UNION SELECT * FROM people`);

    expect(reply).toMatch(/begrijp ik niet|vind ik niets/);
    expect((h.bot.db.prepare('SELECT COUNT(*) AS n FROM sessions').get() as { n: number }).n).toBe(before);
  });

  it('ftsOperators_areTakenAsWords', async () => {
    expect(await lastReply('NEAR(zorg* "veiligheid") AND NOT ^lobby')).toContain('Lobbyagenda Zorg en Veiligheid');
  });

  it('emojiOnly_getsCalmReply', async () => {
    expect(await lastReply('🎉🤔👍')).toContain('begrijp ik niet');
  });

  it('afterBadInput_normalQuestionStillAnswered', async () => {
    expect(await lastReply('waar is de netwerkdag?')).toContain('Theaterplein 10');
  });

  it('aGemeenteWithoutANetwerkdag_isSaidSo_withTheNetwerkdagenThereAre', async () => {
    for (const q of ['was er ook een netwerkdag in zwolle?', 'programma Dordrecht', 'wat was er in Den Bosch']) {
      const reply = await lastReply(q);
      expect(reply).toMatch(/^Ik ken geen netwerkdag in (Zwolle|Dordrecht|Den Bosch)\./);
      expect(reply).toContain('Ambtelijke netwerkdag Oss');
    }
  });
});
