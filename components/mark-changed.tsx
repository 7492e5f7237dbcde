// Beside a score that counts a teacher's changed marks, so a recounted score never changes
// without a word. Said in text (not colour alone), with how many answers.

/** "1 mark changed", "3 marks changed"; `by` names who changed them ("by your teacher" on a student's page). */
export function markChangedText(count: number, by = ''): string {
  const what = `${count} ${count === 1 ? 'mark' : 'marks'} changed`;
  return by ? `${what} ${by}` : what;
}

/**
 * What a student's own pages add: a count only (never which answers), told whatever the
 * assignment's review setting withholds, as the attempt's results page tells it.
 */
export const BY_YOUR_TEACHER = 'by your teacher';

export function MarkChanged({ count, by }: { count: number; by?: string }) {
  if (count < 1) return null;
  return (
    <span data-testid="mark-changed" className="inline-block rounded border border-violet-300 bg-violet-50 px-1.5 text-sm font-normal text-violet-900 dark:border-violet-700 dark:bg-violet-950 dark:text-violet-100">
      {markChangedText(count, by)}
    </span>
  );
}
