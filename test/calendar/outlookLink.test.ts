import { afterEach, describe, expect, it } from 'vitest';
import { outlookWebUrl } from '../../src/calendar/outlookLink';
import { sessionTimes } from '../../src/calendar/sessionEvent';
import { autumnEvent, calendarWorld, type CalendarWorld } from './factories';

let world: CalendarWorld;
afterEach(() => world?.db.close());

function linkFor(code: string): string {
  const session = world.session('2025-10-25-herfst', code);
  return outlookWebUrl(session, sessionTimes(session)!);
}

describe('Outlook web link', () => {
  it('outlookWebUrl_dstDay_givesIsoTimesWithTheDaysOffset', () => {
    world = calendarWorld(autumnEvent());

    const saturday = new URL(linkFor('zaterdag'));
    const sunday = new URL(linkFor('zondag'));

    expect([saturday.searchParams.get('startdt'), saturday.searchParams.get('enddt')]).toEqual([
      '2025-10-25T14:15:00+02:00',
      '2025-10-25T15:15:00+02:00',
    ]);
    expect([sunday.searchParams.get('startdt'), sunday.searchParams.get('enddt')]).toEqual([
      '2025-10-26T14:15:00+01:00',
      '2025-10-26T15:15:00+01:00',
    ]);
  });

  it('outlookWebUrl_specialCharacters_arePercentEncodedNeverPlus', () => {
    world = calendarWorld(autumnEvent([{ code: 'lastig', title: 'Wonen & werken: 1+1=3?', start: '10:00', end: '11:00', room: 'Zaal #4' }]));

    const link = linkFor('lastig');
    const url = new URL(link);

    expect(link.startsWith('https://outlook.office.com/calendar/0/deeplink/compose?subject=Wonen%20%26%20werken%3A%201%2B1%3D3%3F%20(G40%20Tilburg)&')).toBe(true);
    expect(url.searchParams.get('subject')).toBe('Wonen & werken: 1+1=3? (G40 Tilburg)');
    expect(url.searchParams.get('location')).toBe('Zaal #4, Theaters Tilburg, Louis Bouwmeesterplein 1, Tilburg');
    expect(link).not.toMatch(/[ +#]/);
  });

  it('outlookWebUrl_unknownEnd_leavesEndToOutlook', () => {
    world = calendarWorld(autumnEvent([{ code: 'borrel', title: 'Borrel', start: '16:00' }]));

    const url = new URL(linkFor('borrel'));

    expect(url.searchParams.get('startdt')).toBe('2025-10-26T16:00:00+01:00');
    expect(url.searchParams.has('enddt')).toBe(false);
  });

  it('outlookWebUrl_longDescription_isCutToKeepTheLinkShort', () => {
    world = calendarWorld(autumnEvent([{ code: 'lang', start: '10:00', end: '11:00', description: 'Veel tekst. '.repeat(300) }]));

    const body = new URL(linkFor('lang')).searchParams.get('body')!;

    expect(body.length).toBe(600);
    expect(body.endsWith('…')).toBe(true);
  });
});
