import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { buttonClasses } from '@/components/ui/button';
import { getViewer, requireTeacher } from '@/lib/auth';
import { getArticleBank, isTeacher, type QuestionStatus } from '@/lib/dal/review';
import { DecisionButtons, DecisionNoticeAtEnd, ReviewDecisions, ReviewItem } from '../../_components/decision-buttons';
import { InterchangeNotice, InterchangePanel } from './export/_components/interchange-panel';
import { ShortAnswerKey } from '../../questions/_components/answer-key';
import { readableSentence } from '@/lib/readable-sentence';
import { ApproveAll, ApproveAllNotice } from './_components/approve-all';

// One read per request for the tab's title and the page.
const loadBank = cache(getArticleBank);

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const viewer = await getViewer();
  const bank = viewer && isTeacher(viewer) ? await loadBank(viewer, (await params).slug) : null;
  return { title: bank ? `Review: ${bank.title}` : 'Review questions' };
}

const FILTERS: { value: 'all' | QuestionStatus; label: string }[] = [
  { value: 'draft', label: 'To review' },
  { value: 'approved', label: 'Approved' },
  { value: 'rejected', label: 'Rejected' },
  { value: 'all', label: 'All' },
];

const STATUS_LABEL: Record<string, string> = { draft: 'To review', approved: 'Approved', rejected: 'Rejected' };
const TYPE_LABEL: Record<string, string> = { multiple_choice: 'Multiple choice', true_false: 'True/false', short_answer: 'Short answer' };

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function ReviewArticlePage({ params, searchParams }: Props) {
  const viewer = await requireTeacher();
  const { slug } = await params;
  const bank = await loadBank(viewer, slug);
  if (!bank) notFound();
  const query = await searchParams;
  const requested = query.status;
  const filter = FILTERS.find((f) => f.value === requested)?.value ?? 'draft';
  const shown = bank.questions.filter((q) => filter === 'all' || q.status === filter);

  return (
    <div className="flex flex-col gap-6">
      <div>
        <p className="text-sm text-stone-600 dark:text-stone-400">
          <Link href="/teach" className="underline">Question review</Link> ·{' '}
          <Link href={`/articles/${bank.slug}`} className="underline">Read the article</Link> ·{' '}
          <Link href={`/teach/articles/${bank.slug}/manage`} className="underline">Rename or remove</Link>
        </p>
        <h1 className="mt-1 text-2xl font-semibold">{bank.title}</h1>
        {bank.isArchived ? (
          <p className="mt-2 text-sm" role="note">
            Archived: hidden from students and from new assignments.{' '}
            <Link href={`/teach/articles/${bank.slug}/manage`} className="underline">Restore it</Link>
          </p>
        ) : null}
      </div>
      <InterchangeNotice query={query} />
      <ApproveAllNotice approved={typeof query.approvedAll === 'string' ? query.approvedAll : undefined} leftAlone={typeof query.leftAlone === 'string' ? query.leftAlone : undefined} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <nav aria-label="Filter questions" className="flex flex-wrap gap-1">
          {FILTERS.map((f) => {
            const count = f.value === 'all' ? bank.questions.length : bank.questions.filter((q) => q.status === f.value).length;
            return (
              <Link
                key={f.value}
                href={`/teach/articles/${bank.slug}?status=${f.value}`}
                aria-current={f.value === filter ? 'page' : undefined}
                className={`inline-flex min-h-11 items-center rounded-md px-3 ${f.value === filter ? 'bg-sky-100 font-semibold text-sky-900 dark:bg-sky-900 dark:text-sky-50' : 'hover:bg-stone-200 dark:hover:bg-stone-800'}`}
              >
                {f.label} ({count})
              </Link>
            );
          })}
        </nav>
        <div className="flex flex-wrap gap-2">
          {filter === 'draft' ? <ApproveAll slug={bank.slug} draftIds={shown.map((q) => q.id)} isConfirming={false} /> : null}
          <Link href={`/teach/articles/${bank.slug}/new`} className={buttonClasses('secondary')}>
            Add a question
          </Link>
        </div>
      </div>
      {filter === 'draft' && query.confirm === 'approve-all' ? <ApproveAll slug={bank.slug} draftIds={shown.map((q) => q.id)} isConfirming /> : null}
      <InterchangePanel viewer={viewer} slug={bank.slug} />
      <ReviewDecisions order={bank.questions.map((q) => q.id)} shown={shown.map((q) => q.id)}>
      {shown.length === 0 ? <p>No questions here.</p> : null}
      <ol className="flex flex-col gap-4">
        {shown.map((q, i) => {
          const label = `question ${i + 1}`;
          return (
            <ReviewItem key={q.id} questionId={q.id} className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
              <p className="text-sm text-stone-600 dark:text-stone-400">
                <span className="font-medium">{STATUS_LABEL[q.status] ?? q.status}</span> · {TYPE_LABEL[q.type] ?? q.type} · {q.kind}
                {q.origin === 'teacher' ? ' · written by a teacher' : ''}
              </p>
              <p className="mt-1 font-medium">{q.prompt}</p>
              {q.type === 'short_answer' ? (
                <ShortAnswerKey answer={q.answer} accepted={q.accepted} />
              ) : (
                <ul className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
                  {q.choices.map((c) => {
                    const isRight = q.type === 'true_false' ? c.toLowerCase() === q.answer : c === q.answer;
                    return (
                      <li key={c} className={isRight ? 'font-semibold text-emerald-800 dark:text-emerald-300' : ''}>
                        {isRight ? '✓ ' : '· '}
                        {c}
                        {isRight ? <span className="sr-only"> (correct)</span> : null}
                      </li>
                    );
                  })}
                </ul>
              )}
              {q.source ? (
                <blockquote className="mt-3 border-l-2 border-stone-300 pl-3 font-serif text-sm text-stone-700 dark:border-stone-600 dark:text-stone-300">
                  {readableSentence(q.source.sentence)}{' '}
                  <Link href={`/articles/${bank.slug}?hl=${q.source.start}-${q.source.end}#source`} className="font-sans underline">
                    In context
                  </Link>
                </blockquote>
              ) : q.explanation ? (
                <p className="mt-3 text-sm">{q.explanation}</p>
              ) : null}
              <div className="mt-4 flex flex-wrap items-center gap-2">
                <DecisionButtons questionId={q.id} status={q.status} label={label} />
                <Link href={`/teach/questions/${q.id}/edit`} className={buttonClasses('ghost')} aria-label={`Edit ${label}`}>
                  Edit
                </Link>
              </div>
            </ReviewItem>
          );
        })}
        <DecisionNoticeAtEnd />
      </ol>
      </ReviewDecisions>
    </div>
  );
}
