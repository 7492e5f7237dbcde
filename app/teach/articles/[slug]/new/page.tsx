import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { requireTeacher } from '@/lib/auth';
import { getArticleBank } from '@/lib/dal/review';
import { QuestionForm } from '../../../_components/question-form';

export const metadata: Metadata = { title: 'Add a question' };

export default async function NewQuestionPage({ params }: { params: Promise<{ slug: string }> }) {
  const viewer = await requireTeacher();
  const bank = await getArticleBank(viewer, (await params).slug);
  if (!bank) notFound();
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4">
      <p className="text-sm"><Link href={`/teach/articles/${bank.slug}`} className="underline">{bank.title}</Link></p>
      <h1 className="text-2xl font-semibold">Add a question</h1>
      <p className="text-stone-600 dark:text-stone-400">Your question is approved at once. It has no source sentence, so students see its explanation.</p>
      <QuestionForm slug={bank.slug} />
    </div>
  );
}
