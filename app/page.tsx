import Link from '@/components/ui/link';
import { listArticles } from '@/lib/dal/articles';
import { safeNextPath } from '@/lib/schemas/auth';

export const dynamic = 'force-dynamic';

export default async function LibraryPage({ searchParams }: { searchParams: Promise<{ 'teacher-request'?: string; next?: string }> }) {
  const articles = await listArticles();
  const query = await searchParams;
  const requested = query['teacher-request'] === 'sent';
  const onward = requested && query.next ? safeNextPath(query.next) : '/';
  return (
    <>
      {requested ? (
        <p role="status" className="mb-4 rounded-md border border-sky-300 bg-sky-50 p-3 dark:border-sky-800 dark:bg-sky-950">
          Your account is ready. Your request to teach has gone to this Gleaner’s admin; once they approve it, a Teach
          link appears at the top. Until then you can read, study and take quizzes like a student.
          {onward !== '/' ? (
            <>
              {' '}
              <Link href={onward} className="underline">Go on to the page you were opening</Link>.
            </>
          ) : null}
        </p>
      ) : null}
      <h1 className="text-2xl font-semibold">Library</h1>
      <p className="mt-1 text-stone-600 dark:text-stone-400">Read an article, then test yourself on it.</p>
      {articles.length === 0 ? (
        <p className="mt-6">No articles yet. Add Markdown files to content/articles and run the import.</p>
      ) : (
        <ul className="mt-6 grid gap-3">
          {articles.map((a) => (
            <li key={a.slug}>
              <Link
                href={`/articles/${a.slug}`}
                className="block rounded-lg border border-stone-200 bg-white p-4 hover:border-sky-600 dark:border-stone-800 dark:bg-stone-900 dark:hover:border-sky-400"
              >
                <h2 className="text-lg font-semibold leading-snug">{a.title}</h2>
                <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
                  {a.source} · {a.readingMinutes} min read · {a.questionCount} {a.questionCount === 1 ? 'question' : 'questions'}
                </p>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
