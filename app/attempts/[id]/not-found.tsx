import type { Metadata } from 'next';
import Link from '@/components/ui/link';

export const metadata: Metadata = { title: 'Quiz not available' };

// A student meets this most often after a teacher deleted an assignment mid-quiz (its attempts
// go with it), so say that rather than the site-wide "nothing here".
export default function AttemptNotFound() {
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-3">
      <h1 className="text-2xl font-semibold">This quiz is not available</h1>
      <p>
        It may have been removed: when a teacher deletes an assignment, its quizzes and their answers go with it. Or the link is not
        one of yours.
      </p>
      <p>
        See your <Link href="/assignments" className="underline">assignments</Link> or go to the{' '}
        <Link href="/" className="underline">library</Link>.
      </p>
    </div>
  );
}
