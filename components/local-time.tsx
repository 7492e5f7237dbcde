'use client';
import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * A moment shown in the reader's own time zone and language. The server renders it in UTC
 * (it cannot know the zone); the browser re-renders it locally once hydrated.
 */
export function LocalTime({ iso, withTime = true }: { iso: string; withTime?: boolean }) {
  const date = new Date(iso);
  const options: Intl.DateTimeFormatOptions = withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' };
  const text = useSyncExternalStore(
    subscribe,
    () => date.toLocaleString(undefined, options),
    () => `${date.toLocaleString('en-GB', { ...options, timeZone: 'UTC' })} UTC`,
  );
  return <time dateTime={iso}>{text}</time>;
}
