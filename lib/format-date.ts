// One way to write a moment on every page (My scores, results, the teacher's pages): the same
// language and style everywhere, so a date reads the same wherever a student or teacher meets
// it. Pure and zone-explicit, so the server (which cannot know the reader's zone) and the
// browser use the same words; components/local-time.tsx picks the zone.

/** The app is written in English; a fixed locale keeps the format from changing between pages. */
export const DATE_LOCALE = 'en-GB';

export interface DateFormat {
  /** Hours and minutes too (default), or the date alone. */
  withTime?: boolean;
  /** An IANA zone; unset means the runtime's own (the reader's, in a browser). "UTC" is labelled. */
  timeZone?: string;
}

/** "3 Dec 2026, 08:21" (or "3 Dec 2026"); "… UTC" when written in UTC. */
export function formatDateTime(date: Date, { withTime = true, timeZone }: DateFormat = {}): string {
  const options: Intl.DateTimeFormatOptions = withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' };
  const text = date.toLocaleString(DATE_LOCALE, { ...options, timeZone });
  return timeZone === 'UTC' && withTime ? `${text} UTC` : text;
}
