'use client';
import { useAnsweredCount } from './answered-count';

// The bar shows how many questions are answered, as the line above it says; where the student is
// is the heading ("Question 3 of 10", or the review). (It showed the position, so the review step's
// bar was full beside "1 of 10 answered".)
export function QuizProgress({ current, total }: { current: number | null; total: number }) {
  const { answered: answeredNow } = useAnsweredCount();
  const value = answeredNow;
  return (
    <div className="flex flex-col gap-2">
      <div className="flex justify-between text-sm text-stone-600 dark:text-stone-400">
        {/* The question's number is the page's heading; the review screen has its own. */}
        {/* Where the quiz puts focus after moving to another question (QuizPager). */}
        {current ? (
          <h1 data-place-heading tabIndex={-1} className="font-medium outline-none">{`Question ${current} of ${total}`}</h1>
        ) : (
          <span>Review</span>
        )}
        <span>
          {answeredNow} of {total} answered
        </span>
      </div>
      <div
        role="progressbar"
        aria-label="Questions answered"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={value}
        className="h-2 overflow-hidden rounded-full bg-stone-200 dark:bg-stone-800"
      >
        <div className="h-full bg-sky-600 transition-[width]" style={{ width: `${(value / Math.max(total, 1)) * 100}%` }} />
      </div>
    </div>
  );
}
