// Shown when no card is left for now: what today's study of this article came to, and when
// the next card is due.
import Link from '@/components/ui/link';
import { LocalTime } from '@/components/local-time';
import type { StudySummary } from '@/lib/dal/study-session';
import { RATINGS } from '@/lib/input-limits';

export function SessionSummary({ summary }: { summary: StudySummary }) {
  return (
    <section aria-labelledby="summary-heading" className="rounded-xl border border-stone-200 bg-white p-5 sm:p-8 dark:border-stone-800 dark:bg-stone-900">
      <h2 id="summary-heading" className="text-xl font-semibold">
        All done for now
      </h2>
      {summary.reviewed > 0 ? (
        <>
          <p className="mt-2">
            You reviewed <strong>{summary.reviewed}</strong> {summary.reviewed === 1 ? 'card' : 'cards'} of this article today.
          </p>
          <dl className="mt-4 grid grid-cols-2 gap-2 sm:grid-cols-4">
            {RATINGS.map((r) => (
              <div key={r.value} className="rounded-md bg-stone-100 px-3 py-2 dark:bg-stone-800">
                <dt className="text-sm text-stone-600 dark:text-stone-400">{r.label}</dt>
                <dd className="text-lg font-semibold">{summary.byRating[r.value]}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : (
        <p className="mt-2">No card is due in this deck right now.</p>
      )}
      <p className="mt-4">
        {summary.nextDue ? <>The next card is due <LocalTime iso={summary.nextDue.toISOString()} />. </> : null}
        See what is due elsewhere on <Link href="/today" className="underline">Today</Link>.
      </p>
    </section>
  );
}
