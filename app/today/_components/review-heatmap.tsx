// Twelve weeks of reviews as a small table (weeks across, weekdays down), so every day has a
// real, readable label for screen readers rather than only a colour. The counts are in words
// too, for eyes as well: a summary of the last 30 days, and the days with reviews in a
// disclosure that opens by keyboard or a tap (a hover title reaches neither).
import { heatLevel, heatmapInWords, type HeatmapDay } from '@/lib/study/activity';

const LEVELS = [
  'bg-stone-200 dark:bg-stone-800',
  'bg-green-200 dark:bg-green-900',
  'bg-green-400 dark:bg-green-700',
  'bg-green-600 dark:bg-green-500',
  'bg-green-800 dark:bg-green-300',
];
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

const formatDay = (date: string) =>
  new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });

/** `inUtc`: the student's time zone is not known (no JavaScript yet), so days are UTC days. */
export function ReviewHeatmap({ weeks, inUtc }: { weeks: HeatmapDay[][]; inUtc: boolean }) {
  const total = weeks.flat().reduce((n, d) => n + d.count, 0);
  const activeDays = weeks.flat().filter((d) => d.count > 0).length;
  const words = heatmapInWords(weeks);
  const reviews = (n: number) => `${n} ${n === 1 ? 'review' : 'reviews'}`;
  return (
    <div className="flex flex-col gap-3">
      <p className="text-stone-700 dark:text-stone-300">
        <strong>{reviews(words.recentTotal)}</strong> in the last 30 days
      </p>
      <div className="overflow-x-auto">
        <table className="border-separate border-spacing-1 text-xs">
          <caption className="mb-1 text-left text-sm text-stone-600 dark:text-stone-400">
            {total} {total === 1 ? 'review' : 'reviews'} on {activeDays} {activeDays === 1 ? 'day' : 'days'} in the last 12 weeks{inUtc ? ' (UTC days)' : ''}
          </caption>
          <tbody>
            {WEEKDAYS.map((name, d) => (
              <tr key={name}>
                <th scope="row" className="pr-1 text-right font-normal text-stone-600 dark:text-stone-400">
                  <span aria-hidden="true">{d % 2 === 0 ? name : ''}</span>
                  <span className="sr-only">{name}</span>
                </th>
                {weeks.map((week) => {
                  const day = week[d];
                  const label = `${formatDay(day.date)}: ${day.count} ${day.count === 1 ? 'review' : 'reviews'}`;
                  return (
                    <td key={day.date} className="p-0">
                      {day.isFuture ? (
                        <span className="block size-4" />
                      ) : (
                        <span title={label} className={`block size-4 rounded-sm ${LEVELS[heatLevel(day.count)]}`}>
                          <span className="sr-only">{label}</span>
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {words.activeDays.length > 0 ? (
        <details className="text-sm">
          <summary className="cursor-pointer rounded-md py-3 underline">Reviews by day</summary>
          <ul className="mt-1 flex flex-col gap-1">
            {words.activeDays.map((day) => (
              <li key={day.date}>
                {day.date === words.today ? 'Today' : formatDay(day.date)}: {reviews(day.count)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
