import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { requireTeacher } from '@/lib/auth';
import { getQuestionForEdit, getReplacedQuestionArticle } from '@/lib/dal/review';
import { QuestionForm, type QuestionFormValues } from '../../../_components/question-form';
import { editReachNotice } from '@/lib/edit-reach-text';
import { readableSentence } from '@/lib/readable-sentence';

export const metadata: Metadata = { title: 'Edit a question' };

export default async function EditQuestionPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireTeacher();
  const id = (await params).id;
  const q = await getQuestionForEdit(viewer, id);
  if (!q) {
    const replaced = await getReplacedQuestionArticle(viewer, id);
    if (!replaced) notFound();
    return (
      <div className="mx-auto flex max-w-2xl flex-col gap-4">
        <h1 className="text-2xl font-semibold">This version was replaced</h1>
        <p>
          The question was edited since, and saving made a new approved version. Edit the current one from the Approved
          list of “{replaced.title}”.
        </p>
        <p>
          <Link href={`/teach/articles/${replaced.slug}?status=approved`} className="underline">Approved questions of “{replaced.title}”</Link>
        </p>
      </div>
    );
  }
  const reachNotice = editReachNotice(q.reach);
  const initial: QuestionFormValues = {
    type: q.type as QuestionFormValues['type'],
    prompt: q.prompt,
    choices: q.choices,
    answer: q.answer,
    accepted: q.accepted,
    explanation: q.explanation,
  };
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4">
      <p className="text-sm"><Link href={`/teach/articles/${q.slug}`} className="underline">Back to the question bank</Link></p>
      <h1 className="text-2xl font-semibold">Edit a question</h1>
      <p className="text-stone-600 dark:text-stone-400">
        Saving makes a new approved version in the question bank, used by practice, by assignments you make from now on and
        by your assignments no student has started; answers students already gave keep pointing at the old wording.
      </p>
      {reachNotice ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950">{reachNotice}</p>
      ) : null}
      {q.source ? (
        <blockquote className="border-l-2 border-stone-300 pl-3 font-serif text-sm dark:border-stone-600">Source: {readableSentence(q.source.sentence)}</blockquote>
      ) : null}
      <QuestionForm slug={q.slug} questionId={q.id} initial={initial} />
    </div>
  );
}
