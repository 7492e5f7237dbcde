import { describe, expect, it } from 'vitest';
import { buildHeatmap, countByDay, currentStreak, HEATMAP_WEEKS } from './activity';

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
