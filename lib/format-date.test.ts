import { describe, expect, it } from 'vitest';
import { formatDateTime } from './format-date';

describe('formatDateTime', () => {
  const moment = new Date('2026-12-03T08:21:00Z');

  it('writes day, short month, year and 24-hour time, labelled when in UTC', () => {
    expect(formatDateTime(moment, { timeZone: 'UTC' })).toBe('3 Dec 2026, 08:21 UTC');
  });

  it('writes the date alone without a zone label', () => {
    expect(formatDateTime(moment, { withTime: false, timeZone: 'UTC' })).toBe('3 Dec 2026');
  });

  it('uses the given zone', () => {
    expect(formatDateTime(moment, { timeZone: 'America/New_York' })).toBe('3 Dec 2026, 03:21');
    expect(formatDateTime(new Date('2026-12-03T23:30:00Z'), { withTime: false, timeZone: 'Asia/Tokyo' })).toBe('4 Dec 2026');
  });
});
