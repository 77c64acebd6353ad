import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import { chooseEvent, pickByTime } from '../../src/answers/chooseEvent';
import { understand } from '../../src/answers/understand';
import { ZONE } from '../../src/clock';
import { ALFA_MORNING, answerWorld, oneDayNetwerkdag, QUIET_DAY, type AnswerWorld } from './factory';

describe('chooseEvent: which netwerkdag a question is about', () => {
  let w: AnswerWorld;
  let alfa: number;
  let beta: number;
  const at = (iso: string) => DateTime.fromISO(iso).setZone(ZONE);
  const choose = (text: string, last: number | undefined, iso: string) => {
    const c = chooseEvent(understand(text, w.catalogue), last, w.catalogue, at(iso));
    return [c.event.id, c.choice, c.day?.dayNumber ?? null];
  };
  beforeAll(() => {
    w = answerWorld();
    alfa = w.store.getEventBySlug('2026-03-10-alfastad')!.id;
    beta = w.store.getEventBySlug('2025-06-04-betadorp')!.id;
  });

  it('named_winsOverEverything', () => {
    expect(choose('wat is er in betadorp', alfa, ALFA_MORNING)).toEqual([beta, 'named', null]);
  });

  it('onTheDayItself_nuAndVandaag_meanThatDay_evenAfterTalkingAboutAnother', () => {
    expect(choose('wat is er nu', beta, ALFA_MORNING)).toEqual([alfa, 'today', 1]);
    expect(choose('waar is de lunch vandaag', beta, ALFA_MORNING)).toEqual([alfa, 'today', 1]);
  });

  it('otherwise_theConversationsNetwerkdag', () => {
    expect(choose('waar is de lunch', beta, ALFA_MORNING)).toEqual([beta, 'conversation', null]);
  });

  it('daarna_afterWhatTheConversationWasAbout_isThen_notLaterToday', () => {
    expect(choose('waar ging de keynote daarna over?', beta, ALFA_MORNING)).toEqual([beta, 'conversation', null]);
    // Without a conversation, or said as "straks", it is later today.
    expect(choose('wat is er daarna?', undefined, ALFA_MORNING)).toEqual([alfa, 'today', 1]);
    expect(choose('wat is er straks?', beta, ALFA_MORNING)).toEqual([alfa, 'today', 1]);
  });

  it('noContext_todayThenUpcomingThenMostRecent', () => {
    expect(choose('waar is de lunch', undefined, ALFA_MORNING)).toEqual([alfa, 'today', null]);
    expect(choose('waar is de lunch', undefined, QUIET_DAY)).toEqual([alfa, 'upcoming', null]);
    expect(choose('waar is de lunch', undefined, '2027-01-01T12:00:00+01:00')).toEqual([alfa, 'recent', null]);
  });

  it('dayByNumberWeekdayOrTomorrow', () => {
    expect(choose('betadorp dag 2', undefined, QUIET_DAY)).toEqual([beta, 'named', 2]);
    expect(choose('betadorp donderdag', undefined, QUIET_DAY)).toEqual([beta, 'named', 2]);
    expect(choose('wat is er morgen', undefined, '2025-06-04T12:00:00+02:00')).toEqual([beta, 'today', 2]);
    // Only a netwerkdag of more than one day has numbered days: "dag 1" too, on the morning of a one-day netwerkdag.
    expect(choose('in welke zaal was de opening op dag 1', undefined, ALFA_MORNING)).toEqual([beta, 'recent', 1]);
    expect(choose('wat was er op dag 2', undefined, ALFA_MORNING)).toEqual([beta, 'recent', 2]);
  });

  it('pickByTime_firstLastPreviousAndYearsBack_amongTheNetwerkdagenTheWordsName', () => {
    // Gammaveen (ambtelijk, 2024) before Betadorp (bestuurlijk, 2025) before Alfastad (ambtelijk, 2026).
    const more = answerWorld([oneDayNetwerkdag('Gammaveen', '2024-10-01', 'ambtelijk', [{ code: 'opening', title: 'Opening', kind: 'plenair', start: '10:00', end: '11:00' }])]);
    const id = (slug: string) => more.store.getEventBySlug(slug)!.id;
    const [gamma, b, a] = [id('2024-10-01-gammaveen'), id('2025-06-04-betadorp'), id('2026-03-10-alfastad')];
    const pick = (text: string, iso: string) => pickByTime(understand(text, more.catalogue), more.catalogue, at(iso));
    expect(pick('de eerste netwerkdag', ALFA_MORNING)).toEqual([gamma]);
    // On Alfastad's day: the last is today's, the previous the one before it; of the ambtelijke, the previous is Gammaveen.
    expect([pick('de laatste netwerkdag', ALFA_MORNING), pick('de vorige netwerkdag', ALFA_MORNING), pick('de vorige ambtelijke netwerkdag', ALFA_MORNING)]).toEqual([[a], [b], [gamma]]);
    // Before Alfastad: the last is the last one held.
    expect(pick('de laatste netwerkdag', QUIET_DAY)).toEqual([b]);
    expect([pick('welke netwerkdagen waren er vorig jaar', ALFA_MORNING), pick('twee jaar geleden', ALFA_MORNING), pick('wat was er vorig jaar', '2030-01-01T12:00:00+01:00')]).toEqual([[b], [gamma], []]);
    // Nothing picked by time: no answer of its own.
    expect(pick('welke netwerkdagen waren er', ALFA_MORNING)).toBeNull();
  });
});
