import { describe, expect, it } from 'vitest';
import { formatDate, formatInstant, formatShortDate, formatTime, timeRange } from '../../src/texts/dates';
import { announcementTexts, whenAt } from '../../src/texts/announcements';

/** Dates and times the bot shows: one Dutch style everywhere ("9.30 uur", never "09:30"). */
describe('Dutch dates and times', () => {
  it('formatDate_weekdayDayMonthYear', () => {
    expect(formatDate('2026-02-04')).toBe('woensdag 4 februari 2026');
    expect(formatDate('2025-09-25', false)).toBe('donderdag 25 september');
  });

  it('formatTime_pointWithoutLeadingZero', () => {
    expect(formatTime('09:30')).toBe('9.30');
    expect(timeRange('09:30', '10:45')).toBe('9.30–10.45 uur');
    expect(timeRange('13:00', null)).toBe('vanaf 13.00 uur');
    expect(timeRange(null, '10:00')).toBeNull();
  });

  it('formatInstant_onAmsterdamsWallClock_inWinterAndSummer', () => {
    expect(formatInstant('2026-02-04T11:30:00.000Z')).toBe('woensdag 4 februari om 12.30 uur');
    expect(formatInstant('2025-09-25T07:05:00Z')).toBe('donderdag 25 september om 9.05 uur');
    expect(formatShortDate('2026-02-03T23:30:00Z')).toBe('4 februari 2026');
  });

  it('announcementsAndReminders_useTheSameStyle', () => {
    expect(whenAt('2026-02-04T08:00:00Z')).toBe('woensdag 4 februari om 9.00 uur');
    expect(announcementTexts.reminderTitle('Woningmarkt', '09:30')).toBe('Om 9.30 uur: Woningmarkt');
  });
});
