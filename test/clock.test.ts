import { describe, expect, it } from 'vitest';
import { localDateTime } from '../src/clock';

describe('localDateTime', () => {
  it('wallTimeInAmsterdam_winterAndSummerOffsets_sameAnswerWhenAskedAgain', () => {
    for (let round = 0; round < 2; round++) {
      expect(localDateTime('2026-02-04', '09:30').toISO()).toBe('2026-02-04T09:30:00.000+01:00');
      expect(localDateTime('2025-09-25', '09:30').toISO()).toBe('2025-09-25T09:30:00.000+02:00');
      // The night the clocks go back: 02:30 happens twice; luxon takes the later one (winter time).
      expect(localDateTime('2025-10-26', '02:30').toISO()).toBe('2025-10-26T02:30:00.000+01:00');
    }
  });

  it('manyDifferentTimes_eachStillItsOwnInstant', () => {
    const minutes = Array.from({ length: 6000 }, (_, i) => i);
    const at = (m: number) => localDateTime(`2026-0${1 + (m % 9)}-1${m % 10}`, `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
    const first = minutes.map((m) => at(m).toISO());
    expect(minutes.map((m) => at(m).toISO())).toEqual(first);
    expect(at(61).toISO()).toBe('2026-08-11T01:01:00.000+02:00');
  });

  it('noTime_isAnInvalidInstant', () => {
    expect(localDateTime('2026-02-04', 'later').isValid).toBe(false);
  });
});
