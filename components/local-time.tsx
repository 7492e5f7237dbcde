'use client';
import { useSyncExternalStore } from 'react';
import { formatDateTime } from '@/lib/format-date';

const subscribe = () => () => {};

/**
 * A moment in the reader's own time zone, written as every page writes it (lib/format-date.ts).
 * The server renders it in UTC, labelled (it cannot know the zone); the browser re-renders it
 * in its own zone once hydrated, in the same words.
 */
export function LocalTime({ iso, withTime = true }: { iso: string; withTime?: boolean }) {
  const date = new Date(iso);
  const text = useSyncExternalStore(
    subscribe,
    () => formatDateTime(date, { withTime }),
    () => formatDateTime(date, { withTime, timeZone: 'UTC' }),
  );
  return <time dateTime={iso}>{text}</time>;
}
