// The Today page's heatmap and streak, from review times. Days are calendar days in the
// student's time zone (the browser tells it through a cookie: see TimeZoneCookie); until it
// is known, UTC days.

export const HEATMAP_WEEKS = 12;
/** The cookie holding the browser's IANA time zone. */
export const TIME_ZONE_COOKIE = 'tz';
const DAY_MS = 86_400_000;

export interface HeatmapDay {
  /** YYYY-MM-DD, a calendar day in the student's time zone */
  date: string;
  count: number;
  isFuture: boolean;
}

/**
 * The runtime's own spelling of an IANA time zone name ("Europe/Oslo" for "europe/oslo"), or
 * undefined for anything it does not know. Canonical, so that the formats cached per zone below
 * stay one per real zone whatever a cookie spells.
 */
export function knownTimeZone(value: string | undefined): string | undefined {
  if (!value || value.length > 64 || !/^[A-Za-z0-9_+\-/]+$/.test(value)) return undefined;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (YYYY-MM-DD) of an instant in a time zone (a name from knownTimeZone). */
export function dayKey(d: Date, timeZone = 'UTC'): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    // Bounded all the same: there are some 600 zones.
    if (dayFormats.size >= 1_000) dayFormats.clear();
    // en-CA writes dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(d);
}

/** How far a zone's wall clock is ahead of UTC at an instant, in ms. */
function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - Math.floor(instant / 1000) * 1000;
}

/** The instant the calendar day of `now` began in a time zone (its local midnight). */
export function startOfDay(now: Date, timeZone = 'UTC'): Date {
  const key = dayKey(now, timeZone);
  const midnightAsUtc = Date.parse(`${key}T00:00:00Z`);
  // The offset at midnight itself, found in two steps (the offset at a guess may differ across a DST change).
  const guess = midnightAsUtc - zoneOffsetMs(midnightAsUtc, timeZone);
  const start = midnightAsUtc - zoneOffsetMs(guess, timeZone);
  // Where the clocks jump forward at midnight (Santiago, Havana) there is no 00:00: the day
  // begins at the jump, which is `guess`.
  return new Date(dayKey(new Date(start), timeZone) === key ? start : guess);
}

/** Calendar arithmetic on day keys (a day key read as UTC midnight has no DST to trip on). */
function addDays(key: string, days: number): string {
  return new Date(Date.parse(`${key}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The first day shown: the Monday of the week 11 weeks before this one. */
export function heatmapStart(now: Date, timeZone = 'UTC'): string {
  const today = dayKey(now, timeZone);
  const mondayOffset = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(today, -(mondayOffset + (HEATMAP_WEEKS - 1) * 7));
}

export function countByDay(times: Date[], timeZone = 'UTC'): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of times) {
    const key = dayKey(t, timeZone);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Weeks (columns) of seven days (Monday first), oldest week first. */
export function buildHeatmap(counts: Map<string, number>, now: Date, timeZone = 'UTC'): HeatmapDay[][] {
  const start = heatmapStart(now, timeZone);
  const today = dayKey(now, timeZone);
  const weeks: HeatmapDay[][] = [];
  for (let w = 0; w < HEATMAP_WEEKS; w++) {
    const week: HeatmapDay[] = [];
    for (let d = 0; d < 7; d++) {
      const date = addDays(start, w * 7 + d);
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
export function currentStreak(counts: Map<string, number>, now: Date, timeZone = 'UTC'): number {
  let day = dayKey(now, timeZone);
  if (!counts.get(day)) day = addDays(day, -1);
  let streak = 0;
  while (counts.get(day)) {
    streak++;
    day = addDays(day, -1);
  }
  return streak;
}

/**
 * The heatmap's days in words: the reviews of the last `days` days (today included) and every
 * day with a review, newest first — what a hover title alone told only mouse users.
 */
export function heatmapInWords(weeks: HeatmapDay[][], days = 30): { recentTotal: number; today: string | undefined; activeDays: HeatmapDay[] } {
  const shown = weeks.flat().filter((d) => !d.isFuture);
  const today = shown.at(-1)?.date;
  const since = today ? addDays(today, -(days - 1)) : '';
  return {
    recentTotal: shown.filter((d) => d.date >= since).reduce((n, d) => n + d.count, 0),
    today,
    activeDays: shown.filter((d) => d.count > 0).reverse(),
  };
}

/** Shade 0..4 for a day's count, like GitHub's contribution graph. */
export function heatLevel(count: number): 0 | 1 | 2 | 3 | 4 {
  if (count === 0) return 0;
  if (count < 5) return 1;
  if (count < 15) return 2;
  if (count < 30) return 3;
  return 4;
}
