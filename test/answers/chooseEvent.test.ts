import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import { chooseEvent } from '../../src/answers/chooseEvent';
import { understand } from '../../src/answers/understand';
import { ZONE } from '../../src/clock';
import { ALFA_MORNING, answerWorld, QUIET_DAY, type AnswerWorld } from './factory';

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

  it('noContext_todayThenUpcomingThenMostRecent', () => {
    expect(choose('waar is de lunch', undefined, ALFA_MORNING)).toEqual([alfa, 'today', null]);
    expect(choose('waar is de lunch', undefined, QUIET_DAY)).toEqual([alfa, 'upcoming', null]);
    expect(choose('waar is de lunch', undefined, '2027-01-01T12:00:00+01:00')).toEqual([alfa, 'recent', null]);
  });

  it('dayByNumberWeekdayOrTomorrow', () => {
    expect(choose('betadorp dag 2', undefined, QUIET_DAY)).toEqual([beta, 'named', 2]);
    expect(choose('betadorp donderdag', undefined, QUIET_DAY)).toEqual([beta, 'named', 2]);
    expect(choose('wat is er morgen', undefined, '2025-06-04T12:00:00+02:00')).toEqual([beta, 'today', 2]);
  });
});
