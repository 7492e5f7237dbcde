import { describe, expect, it } from 'vitest';
import { formatInterval, newSchedule, nextSchedule, previewIntervals, type Schedule } from './scheduler';

const DAY = 86_400_000;
const start = new Date('2026-01-05T09:00:00Z');

/** Grade the card Good each time it falls due, returning the intervals in days. */
function goodRun(times: number, retention = 0.9): { card: Schedule; intervals: number[] } {
  let card = newSchedule(start);
  let now = start;
  const intervals: number[] = [];
  for (let i = 0; i < times; i++) {
    card = nextSchedule(card, 3, now, retention);
    intervals.push((card.due.getTime() - now.getTime()) / DAY);
    now = card.due;
  }
  return { card, intervals };
}

describe('the FSRS schedule', () => {
  it('gives a new card graded Good ever longer intervals once it has graduated', () => {
    const { card, intervals } = goodRun(8);
    expect(card.state).toBe('review');
    // The first Goods walk the learning steps (minutes); after graduation each interval grows.
    const graduated = intervals.slice(intervals.findIndex((d) => d >= 1));
    expect(graduated.length).toBeGreaterThanOrEqual(5);
    for (let i = 1; i < graduated.length; i++) expect(graduated[i]).toBeGreaterThan(graduated[i - 1]);
    expect(graduated.at(-1)).toBeGreaterThan(30);
    expect(card.reps).toBe(8);
    expect(card.lapses).toBe(0);
  });

  it('sends a review card graded Again to relearning, counts a lapse and brings it back within minutes', () => {
    const { card } = goodRun(5);
    const now = card.due;
    const again = nextSchedule(card, 1, now);
    expect(again.state).toBe('relearning');
    expect(again.lapses).toBe(1);
    expect(again.due.getTime() - now.getTime()).toBeLessThanOrEqual(10 * 60_000);
    expect(again.stability).toBeLessThan(card.stability);
  });

  it('schedules further apart for a lower desired retention', () => {
    const low = goodRun(6, 0.75).intervals.at(-1)!;
    const high = goodRun(6, 0.95).intervals.at(-1)!;
    expect(low).toBeGreaterThan(high);
  });

  it('previews the interval each grade would give, in order Again < Hard < Good < Easy', () => {
    const { card } = goodRun(4);
    const p = previewIntervals(card, card.due);
    expect(p[1]).toBeLessThan(p[2]);
    expect(p[2]).toBeLessThan(p[3]);
    expect(p[3]).toBeLessThan(p[4]);
    expect(nextSchedule(card, 3, card.due).due.getTime() - card.due.getTime()).toBe(p[3]);
  });

  it('formats intervals for a button', () => {
    expect(formatInterval(60_000)).toBe('1m');
    expect(formatInterval(10 * 60_000)).toBe('10m');
    expect(formatInterval(3 * 3_600_000)).toBe('3h');
    expect(formatInterval(3 * DAY)).toBe('3d');
    expect(formatInterval(75 * DAY)).toBe('2.5mo');
    expect(formatInterval(730 * DAY)).toBe('2y');
  });
});
