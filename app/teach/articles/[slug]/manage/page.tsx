import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleOrigin } from '@/components/article-origin';
import { buttonClasses } from '@/components/ui/button';
import Link from '@/components/ui/link';
import { requireTeacher } from '@/lib/auth';
import { getArticleUsage, SHIPPED_ARTICLE_MESSAGE, type ArticleUsage } from '@/lib/dal/article-manage';
import { ArchiveArticleButton, DeleteArticleButton, RenameArticleForm } from './_components/manage-forms';

export const metadata: Metadata = { title: 'Rename or remove an article' };

const card = 'rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900';
const muted = 'text-sm text-stone-600 dark:text-stone-400';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Why a used article can only be archived: the counts that are not zero. */
function usageSummary(u: ArticleUsage): string {
  const parts = [
    u.attempts ? plural(u.attempts, 'quiz attempt') : '',
    u.assignments ? plural(u.assignments, 'assignment') : '',
    u.studyCards ? `${plural(u.studyCards, 'card')} in students’ study decks` : '',
    u.keptQuestions ? `${plural(u.keptQuestions, 'question')} teachers approved, retired or wrote` : '',
  ];
  return parts.filter(Boolean).join(', ');
}

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ confirm?: string }>;
}

/** What deleting takes with it, said before the teacher confirms. */
function DeleteConfirmation({ usage }: { usage: ArticleUsage }) {
  return (
    <div className="flex flex-col gap-3 rounded-md border border-red-300 bg-red-50 p-4 dark:border-red-800 dark:bg-red-950" role="region" aria-labelledby="confirm-heading">
      <h3 id="confirm-heading" className="font-semibold">Delete this article for good?</h3>
      <p>This cannot be undone. Deleting it removes:</p>
      <ul className="list-disc pl-6">
        <li>the article’s text</li>
        <li>{plural(usage.questions, 'question')} (drafts and rejected ones)</li>
        <li>{plural(usage.flashcards, 'flashcard')}</li>
        <li>{plural(usage.quizzes, 'practice quiz', 'practice quizzes')}</li>
      </ul>
      <div className="flex flex-wrap items-start gap-3">
        <DeleteArticleButton slug={usage.slug} title={usage.title} />
        <Link href={`/teach/articles/${usage.slug}/manage`} className={buttonClasses('secondary')}>Cancel</Link>
      </div>
    </div>
  );
}

export default async function ManageArticlePage({ params, searchParams }: Props) {
  const viewer = await requireTeacher();
  const usage = await getArticleUsage(viewer, (await params).slug);
  if (!usage) notFound();
  const { confirm } = await searchParams;
  const isConfirming = confirm === 'delete' && !usage.isUsed && !usage.isShipped && !usage.archivedAt;
  return (
    <div className="flex flex-col gap-8">
      <div>
        <p className={muted}>
          <Link href="/teach" className="underline">Question review</Link> ·{' '}
          <Link href={`/teach/articles/${usage.slug}`} className="underline">This article’s questions</Link>
        </p>
        <h1 className="mt-1 text-2xl font-semibold break-words">Rename or remove: {usage.title}</h1>
        <p className={`mt-1 ${muted}`}><ArticleOrigin source={usage.source} createdAt={usage.createdAt} /></p>
      </div>

      <section aria-labelledby="rename-heading" className={card}>
        <h2 id="rename-heading" className="mb-3 text-xl font-semibold">Rename</h2>
        <RenameArticleForm slug={usage.slug} title={usage.title} />
      </section>

      <section aria-labelledby="remove-heading" className={`${card} flex flex-col gap-3`}>
        <h2 id="remove-heading" className="text-xl font-semibold">{usage.archivedAt ? 'Archived' : 'Remove'}</h2>
        {usage.archivedAt ? (
          <>
            <p>
              This article is archived: students do not see it in the library, practice or study, and it cannot be assigned. Past
              assignments, attempts and results still show it.
            </p>
            <ArchiveArticleButton slug={usage.slug} archive="restore" label="Restore to the library" variant="primary" />
          </>
        ) : usage.isShipped || usage.isUsed ? (
          <>
            {/* One element before the button, as in the archived branch: the button keeps its place, and with it the
                "Restored" / "Archived" message of its form state, when the page switches between the two. */}
            <div className="flex flex-col gap-3">
              <p>{usage.isShipped ? SHIPPED_ARTICLE_MESSAGE : <>It has been used ({usageSummary(usage)}), so it cannot be deleted. Archive it instead.</>}</p>
              <p>
                Archiving takes it out of the library, practice, study decks and the list for new assignments, while every assignment,
                attempt, result and study history stays as it is. You can restore it later.
              </p>
            </div>
            <ArchiveArticleButton slug={usage.slug} archive="archive" label="Archive this article" />
          </>
        ) : isConfirming ? (
          <DeleteConfirmation usage={usage} />
        ) : (
          <>
            <p>
              No student has taken a quiz on it or studied its flashcards, no class has it assigned, and no teacher has approved or
              written a question for it, so it can be deleted. Or archive it to hide it and keep
              everything.
            </p>
            <div className="flex flex-wrap items-start gap-3">
              <Link href={`/teach/articles/${usage.slug}/manage?confirm=delete#remove-heading`} className={buttonClasses('secondary')}>
                Delete…
              </Link>
              <ArchiveArticleButton slug={usage.slug} archive="archive" label="Archive instead" variant="ghost" />
            </div>
          </>
        )}
      </section>
    </div>
  );
}
