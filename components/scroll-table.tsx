'use client';
// A wide table on a narrow screen scrolls sideways inside its own box. Without a cue, a phone
// shows the first columns and nothing says there are more, so this box says so: an edge
// shadow on the side that has more, and a "Scroll sideways →" line — both only while the table
// is wider than the box. The box is a labelled region that keyboard users can focus and scroll
// with the arrow keys (axe: scrollable-region-focusable). Without JavaScript it is a focusable
// scrolling region, as before. A table whose first column is sticky (the gradebook's names)
// keeps that column readable: the left shadow starts at the column's edge, not over it.
import { useEffect, useRef, useState, type ReactNode } from 'react';

/** `start`: where the scrolling part begins, in px from the box's left edge (after a sticky first column). */
type Overflow = { left: boolean; right: boolean; start: number } | null;

/** The right edge of a sticky first column, if the table has one (0 if not). */
function stickyEdge(el: HTMLElement): number {
  const cell = el.querySelector<HTMLElement>('tr > :first-child');
  if (!cell || getComputedStyle(cell).position !== 'sticky') return 0;
  return Math.max(0, Math.round(cell.getBoundingClientRect().right - el.getBoundingClientRect().left));
}

function measure(el: HTMLElement): Overflow {
  const extra = el.scrollWidth - el.clientWidth;
  if (extra <= 1) return null;
  // scrollLeft is negative in a right-to-left page; the cue follows what is hidden.
  const scrolled = Math.abs(el.scrollLeft);
  return { left: scrolled > 1, right: scrolled < extra - 1, start: stickyEdge(el) };
}

export function ScrollTable({ label, className = '', children }: { label: string; className?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  // Unknown until measured in the browser: the server renders a focusable region with no cue.
  const [overflow, setOverflow] = useState<Overflow | 'unknown'>('unknown');

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () =>
      setOverflow((prev) => {
        const next = measure(el);
        if (prev !== 'unknown' && prev && next && prev.left === next.left && prev.right === next.right && prev.start === next.start) return prev;
        return next;
      });
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    el.addEventListener('scroll', update, { passive: true });
    return () => {
      observer.disconnect();
      el.removeEventListener('scroll', update);
    };
  }, []);

  const scrolls = overflow !== null;
  const cue = overflow !== 'unknown' && overflow !== null ? overflow : null;
  return (
    <div className="relative" data-overflows={cue ? 'true' : 'false'}>
      {cue ? (
        <p aria-hidden="true" className="mb-1 text-right text-sm text-stone-600 dark:text-stone-400">
          {cue.right ? 'Scroll sideways for more →' : '← Scroll back'}
        </p>
      ) : null}
      <div className="relative">
        <div
          ref={ref}
          role="region"
          aria-label={cue ? `${label} (scrolls sideways)` : label}
          // Focusable only while it scrolls (and before it is measured), so a table that fits
          // is not an extra tab stop.
          tabIndex={scrolls ? 0 : undefined}
          className={`overflow-x-auto ${className}`}
        >
          {children}
        </div>
        {cue?.left ? (
          // Beside a sticky first column, not over it: the column stays readable, and the shadow
          // marks its edge as the rest scrolls under it.
          <div
            aria-hidden="true"
            data-testid="scroll-cue-left"
            style={cue.start ? { left: cue.start } : undefined}
            className={`pointer-events-none absolute inset-y-0 left-0 w-6 bg-gradient-to-r from-stone-900/20 to-transparent dark:from-black/60 ${cue.start ? '' : 'rounded-l-lg'}`}
          />
        ) : null}
        {cue?.right ? (
          <div aria-hidden="true" data-testid="scroll-cue" className="pointer-events-none absolute inset-y-0 right-0 w-6 rounded-r-lg bg-gradient-to-l from-stone-900/20 to-transparent dark:from-black/60" />
        ) : null}
      </div>
    </div>
  );
}
