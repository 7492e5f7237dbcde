import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { requireViewer } from '@/lib/auth';
import { LocalTime } from '@/components/local-time';
import { TimeZoneCookie } from '@/components/time-zone-cookie';
import { getTodayOverview } from '@/lib/dal/study-today';
import { studentTimeZone } from '@/lib/study/student-time-zone';
import { ReviewHeatmap } from './_components/review-heatmap';
import { RetentionForm } from './_components/retention-form';

export const metadata: Metadata = { title: 'Today' };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export default async function TodayPage() {
  const viewer = await requireViewer('/today');
  const timeZone = await studentTimeZone();
  const today = await getTodayOverview(viewer, new Date(), timeZone);
  // A deck finished for the day stays listed (saying so), so the student still sees their decks.
  const withCards = today.articles.filter((a) => a.due > 0 || a.new > 0 || a.isStarted);
  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-2xl font-semibold">Today</h1>
        <p className="mt-1 text-stone-700 dark:text-stone-300">
          <strong>{plural(today.totalDue, 'card', 'cards')}</strong> due and {today.totalNew} new ·{' '}
          {plural(today.reviewsToday, 'review', 'reviews')} today · streak <strong>{plural(today.streak, 'day', 'days')}</strong>
        </p>
      </div>

      <section aria-labelledby="decks-heading">
        <h2 id="decks-heading" className="text-lg font-semibold">
          Decks
        </h2>
        {withCards.length === 0 ? (
          <p className="mt-2">Nothing to study right now.</p>
        ) : (
          <ul className="mt-3 grid gap-3 sm:grid-cols-2">
            {withCards.map((a) => (
              <li key={a.slug} className="flex flex-col gap-2 rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
                <Link href={`/articles/${a.slug}/study`} className="font-medium underline">
                  {a.title}
                </Link>
                {a.due > 0 || a.new > 0 ? (
                  <p className="text-sm text-stone-700 dark:text-stone-300">
                    <strong>{a.due}</strong> due · {a.new} new
                  </p>
                ) : (
                  <p className="text-sm text-stone-700 dark:text-stone-300">
                    <strong>{a.isDoneToday ? 'Done for today' : 'Done for now'}</strong>
                    {a.nextDue ? (
                      <>
                        {' '}
                        · next due <LocalTime iso={a.nextDue.toISOString()} />
                      </>
                    ) : null}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="activity-heading">
        <h2 id="activity-heading" className="text-lg font-semibold">
          Reviews
        </h2>
        <div className="mt-3">
          <ReviewHeatmap weeks={today.heatmap} inUtc={!timeZone} />
          <TimeZoneCookie used={timeZone ?? null} />
        </div>
      </section>

      {today.leeches.length > 0 ? (
        <section aria-labelledby="leeches-heading">
          <h2 id="leeches-heading" className="text-lg font-semibold">
            Leeches
          </h2>
          <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
            Cards forgotten 8 times are set aside (suspended) so they stop eating your time. Reread their source or rewrite them in your own words.
          </p>
          <ul className="mt-3 flex flex-col gap-2">
            {today.leeches.map((l) => (
              <li key={l.id} className="rounded-lg border border-amber-300 bg-amber-50 p-3 dark:border-amber-800 dark:bg-amber-950">
                <p>{l.front}</p>
                <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
                  {plural(l.lapses, 'lapse', 'lapses')} ·{' '}
                  <Link href={`/articles/${l.article.slug}`} className="underline">
                    {l.article.title}
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="settings-heading">
        <h2 id="settings-heading" className="text-lg font-semibold">
          Study settings
        </h2>
        <div className="mt-3">
          <RetentionForm retention={today.retention} />
        </div>
      </section>
    </div>
  );
}
