'use client';
// A one-time note carried by the address (?removed=1 after a redirect): shown once, then the
// parameter is dropped from the address, so a reload or the page's next action does not show it
// again; the keyboard lands on it, as it does on a refused form's first field.
import { useEffect, useRef, type ReactNode } from 'react';

/** `param`: the address parameter that carries the note; `alsoDrop`: others that only qualify it. */
export function FlashNote({ param, alsoDrop = [], className, children }: { param: string; alsoDrop?: string[]; className?: string; children: ReactNode }) {
  const ref = useRef<HTMLParagraphElement>(null);
  const dropped = [param, ...alsoDrop].join(' ');
  useEffect(() => {
    const url = new URL(window.location.href);
    const names = dropped.split(' ').filter((name) => url.searchParams.has(name));
    if (names.length) {
      for (const name of names) url.searchParams.delete(name);
      window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
    }
    ref.current?.focus();
  }, [dropped]);
  return (
    <p ref={ref} role="status" tabIndex={-1} className={className}>
      {children}
    </p>
  );
}
