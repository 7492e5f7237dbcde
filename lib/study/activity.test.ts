import { describe, expect, it } from 'vitest';
import { buildHeatmap, countByDay, currentStreak, dayKey, HEATMAP_WEEKS, heatmapInWords, knownTimeZone, startOfDay } from './activity';

const now = new Date('2026-03-11T15:00:00Z'); // a Wednesday

describe('review activity', () => {
  it('lays out 12 weeks of days, Monday first, with future days marked', () => {
    const weeks = buildHeatmap(countByDay([new Date('2026-03-11T08:00:00Z'), new Date('2026-03-11T09:00:00Z')]), now);
    expect(weeks).toHaveLength(HEATMAP_WEEKS);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(new Date(`${weeks[0][0].date}T00:00:00Z`).getUTCDay()).toBe(1);
    const last = weeks.at(-1)!;
    expect(last[2]).toEqual({ date: '2026-03-11', count: 2, isFuture: false });
    expect(last[3].isFuture).toBe(true);
  });

  it('counts the streak back from today, or from yesterday when today has no review yet', () => {
    const days = ['2026-03-08', '2026-03-09', '2026-03-10'].map((d) => new Date(`${d}T12:00:00Z`));
    expect(currentStreak(countByDay(days), now)).toBe(3);
    expect(currentStreak(countByDay([...days, new Date('2026-03-11T01:00:00Z')]), now)).toBe(4);
    expect(currentStreak(countByDay([new Date('2026-03-09T12:00:00Z')]), now)).toBe(0);
  });
});

describe('review days in the student time zone', () => {
  // 23:30 on Tuesday 10 March in Los Angeles is already Wednesday 11 March in UTC.
  const lateEvening = new Date('2026-03-11T06:30:00Z');

  it('counts a late-evening review on the student’s own day, not the UTC day', () => {
    expect(dayKey(lateEvening, 'America/Los_Angeles')).toBe('2026-03-10');
    expect(countByDay([lateEvening], 'America/Los_Angeles').get('2026-03-10')).toBe(1);
    expect(countByDay([lateEvening]).get('2026-03-11')).toBe(1); // UTC until the zone is known
  });

  it('ends the heatmap and the streak on the student’s today', () => {
    const zone = 'Pacific/Auckland'; // UTC+13 in March: 15:00 UTC Wednesday is 04:00 Thursday
    const counts = countByDay([new Date('2026-03-10T20:00:00Z'), new Date('2026-03-11T14:00:00Z')], zone);
    const last = buildHeatmap(counts, now, zone).at(-1)!;
    expect(last.map((d) => d.date)).toEqual(['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13', '2026-03-14', '2026-03-15']);
    expect(last[3]).toEqual({ date: '2026-03-12', count: 1, isFuture: false });
    expect(last[4].isFuture).toBe(true);
    expect(currentStreak(counts, now, zone)).toBe(2);
    // Two reviews on one Auckland day (Wednesday 01:00 and 23:00) are one day of streak there, two in UTC.
    const sameLocalDay = [new Date('2026-03-10T12:00:00Z'), new Date('2026-03-11T10:00:00Z')];
    expect(currentStreak(countByDay(sameLocalDay, zone), now, zone)).toBe(1);
    expect(currentStreak(countByDay(sameLocalDay), now)).toBe(2);
  });

  it('keeps whole weeks across daylight-saving changes, forward and back', () => {
    for (const [now, change] of [['2026-04-01T12:00:00Z', '2026-03-29'], ['2026-10-28T12:00:00Z', '2026-10-25']]) {
      const days = buildHeatmap(new Map(), new Date(now), 'Europe/London').flat().map((d) => d.date);
      expect(new Set(days).size).toBe(HEATMAP_WEEKS * 7);
      expect(days).toContain(change); // the Sunday the clocks changed
      expect(days.every((d, i) => i === 0 || Date.parse(`${d}T00:00:00Z`) - Date.parse(`${days[i - 1]}T00:00:00Z`) === 86_400_000)).toBe(true);
    }
    // A review at 23:30 local on the long autumn Sunday counts on that Sunday.
    expect(dayKey(new Date('2026-10-25T23:30:00Z'), 'Europe/London')).toBe('2026-10-25');
  });

  it('finds the instant the student’s day began', () => {
    expect(startOfDay(now).toISOString()).toBe('2026-03-11T00:00:00.000Z');
    expect(startOfDay(now, 'Pacific/Auckland').toISOString()).toBe('2026-03-11T11:00:00.000Z'); // Thursday 00:00 at UTC+13
    expect(startOfDay(lateEvening, 'America/Los_Angeles').toISOString()).toBe('2026-03-10T07:00:00.000Z'); // UTC-7 after the March change
    expect(startOfDay(new Date('2026-10-25T12:00:00Z'), 'Europe/London').toISOString()).toBe('2026-10-24T23:00:00.000Z'); // BST until 02:00
    expect(startOfDay(new Date('2026-03-11T12:00:00Z'), 'Asia/Kolkata').toISOString()).toBe('2026-03-10T18:30:00.000Z'); // UTC+5:30
    // Santiago's clocks jump from 00:00 to 01:00 on 6 September 2026: that day begins at the jump.
    const santiago = startOfDay(new Date('2026-09-06T15:00:00Z'), 'America/Santiago');
    expect(dayKey(santiago, 'America/Santiago')).toBe('2026-09-06');
    expect(dayKey(new Date(santiago.getTime() - 1), 'America/Santiago')).toBe('2026-09-05');
  });

  it('accepts only time zone names the runtime knows', () => {
    expect(knownTimeZone('Europe/Oslo')).toBe('Europe/Oslo');
    expect(knownTimeZone('eUrOpE/oSlO')).toBe('Europe/Oslo'); // one spelling per zone
    expect(knownTimeZone('America/Argentina/Buenos_Aires')).toMatch(/^America\/(Argentina\/)?Buenos_Aires$/); // the runtime's canonical name
    for (const bad of [undefined, '', 'Mars/Olympus', 'Europe/Oslo; x=1', '<script>', 'a'.repeat(80)]) expect(knownTimeZone(bad)).toBeUndefined();
  });
});

describe('the heatmap in words', () => {
  it('counts the last 30 days (today included) and lists the days with reviews, newest first', () => {
    const now = new Date('2026-12-04T10:00:00Z');
    const counts = new Map([
      ['2026-12-04', 2],
      ['2026-11-05', 3], // 30th day back, counted
      ['2026-11-04', 7], // 31st day back, not
    ]);
    const words = heatmapInWords(buildHeatmap(counts, now));
    expect(words.today).toBe('2026-12-04');
    expect(words.recentTotal).toBe(5);
    expect(words.activeDays.map((d) => [d.date, d.count])).toEqual([
      ['2026-12-04', 2],
      ['2026-11-05', 3],
      ['2026-11-04', 7],
    ]);
  });
});
