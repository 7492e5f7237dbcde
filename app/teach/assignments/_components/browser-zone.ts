'use client';
// The browser's time zone, known only after hydration: the server renders `datetime-local`
// values in UTC (and the forms say so); once hydrated they show the teacher's own clock and
// send its offset, which the server uses to read what was typed.
import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};
const pad = (n: number) => String(n).padStart(2, '0');

/** The zone's current offset in minutes (as getTimezoneOffset), or null before hydration. */
export function useBrowserOffset(): string | null {
  const offset = useSyncExternalStore(subscribe, () => String(new Date().getTimezoneOffset()), () => '');
  return offset || null;
}

/** A moment as a `datetime-local` value: local time in the browser, UTC before hydration. */
export function toLocalInput(iso: string, isBrowser: boolean): string {
  const d = new Date(iso);
  if (!isBrowser) return iso.slice(0, 16);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
