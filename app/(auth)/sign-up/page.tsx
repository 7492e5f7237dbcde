import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getViewer } from '@/lib/auth';
import { safeNextPath } from '@/lib/schemas/auth';
import { SignUpForm } from '../_components/auth-forms';

export const metadata: Metadata = { title: 'Create an account' };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = (await searchParams).next;
  if (await getViewer()) redirect(safeNextPath(next));
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-2 text-2xl font-semibold">Create an account</h1>
      <p className="mb-6 text-stone-600 dark:text-stone-400">Student accounts take quizzes and keep their scores.</p>
      <SignUpForm next={next ? safeNextPath(next) : undefined} />
    </div>
  );
}
