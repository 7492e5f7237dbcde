'use client';
// A one-time note carried by the address (?removed=1 after a redirect): shown once, then the
// parameter is dropped from the address, so a reload or the page's next action does not show it
// again; the keyboard lands on it, as it does on a refused form's first field.
import { useEffect, useRef, type ReactNode } from 'react';

export function FlashNote({ param, className, children }: { param: string; className?: string; children: ReactNode }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const url = new URL(window.location.href);
    if (url.searchParams.has(param)) {
      url.searchParams.delete(param);
      window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
    }
    ref.current?.focus();
  }, [param]);
  return (
    <p ref={ref} role="status" tabIndex={-1} className={className}>
      {children}
    </p>
  );
}
