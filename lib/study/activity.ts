// The Today page's heatmap and streak, from review times. Days are UTC calendar days: the
// server does not know each student's time zone yet, so a late-evening review may land on
// the next day for a student far from UTC.

export const HEATMAP_WEEKS = 12;
const DAY_MS = 86_400_000;

export interface HeatmapDay {
  /** YYYY-MM-DD (UTC) */
  date: string;
  count: number;
  isFuture: boolean;
}

export function dayKey(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function startOfUtcDay(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/** The first day shown: the Monday of the week 11 weeks before this one. */
export function heatmapStart(now: Date): Date {
  const today = startOfUtcDay(now);
  const mondayOffset = (today.getUTCDay() + 6) % 7;
  return new Date(today.getTime() - (mondayOffset + (HEATMAP_WEEKS - 1) * 7) * DAY_MS);
}

export function countByDay(times: Date[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of times) counts.set(dayKey(t), (counts.get(dayKey(t)) ?? 0) + 1);
  return counts;
}

/** Weeks (columns) of seven days (Monday first), oldest week first. */
export function buildHeatmap(counts: Map<string, number>, now: Date): HeatmapDay[][] {
  const start = heatmapStart(now);
  const today = dayKey(now);
  const weeks: HeatmapDay[][] = [];
  for (let w = 0; w < HEATMAP_WEEKS; w++) {
    const week: HeatmapDay[] = [];
    for (let d = 0; d < 7; d++) {
      const date = dayKey(new Date(start.getTime() + (w * 7 + d) * DAY_MS));
      week.push({ date, count: counts.get(date) ?? 0, isFuture: date > today });
    }
    weeks.push(week);
  }
  return weeks;
}

/**
 * Consecutive days with at least one review, ending today — or yesterday, since a streak is
 * not broken until a whole day passes without a review.
 */
export function currentStreak(counts: Map<string, number>, now: Date): number {
  let day = startOfUtcDay(now);
  if (!counts.get(dayKey(day))) day = new Date(day.getTime() - DAY_MS);
  let streak = 0;
  while (counts.get(dayKey(day))) {
    streak++;
    day = new Date(day.getTime() - DAY_MS);
  }
  return streak;
}

/** Shade 0..4 for a day's count, like GitHub's contribution graph. */
export function heatLevel(count: number): 0 | 1 | 2 | 3 | 4 {
  if (count === 0) return 0;
  if (count < 5) return 1;
  if (count < 15) return 2;
  if (count < 30) return 3;
  return 4;
}
