import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { requireViewer } from '@/lib/auth';
import { findClassByCode } from '@/lib/dal/classes';
import { isJoinCode, normalizeJoinCode } from '@/lib/schemas/classes';
import { JoinClassForm } from '../../classes/_components/join-class-form';

export const metadata: Metadata = { title: 'Join a class' };

/**
 * A join link asks before joining: opening a link (or a browser prefetching it) must not
 * change anything, so the join itself is the form's POST.
 */
export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  // Anything that is not a plain code (encoded characters included) is simply not found.
  const code = normalizeJoinCode((await params).code.slice(0, 40));
  const viewer = await requireViewer(`/join/${encodeURIComponent(code)}`);
  const found = isJoinCode(code) ? await findClassByCode(viewer, code) : null;

  if (!found) {
    return (
      <>
        <h1 className="text-2xl font-semibold">Join a class</h1>
        <p role="alert" className="mt-4">No open class has this link&apos;s code. Check the code with your teacher and type it on your <Link href="/classes" className="underline">Classes</Link> page.</p>
      </>
    );
  }
  return (
    <>
      <h1 className="text-2xl font-semibold break-words">Join {found.name}</h1>
      <p className="mt-2 text-stone-600 dark:text-stone-400">Teacher: {found.teacherName}</p>
      <div className="mt-6">
        {found.isOwn ? (
          <p>
            You teach this class, so you cannot join it as a student.{' '}
            <Link href={`/teach/classes/${found.id}`} className="underline">Open the class</Link>
          </p>
        ) : found.isMember ? (
          <p>
            You are already in {found.name}. <Link href="/classes" className="underline">See your classes</Link>
          </p>
        ) : (
          <JoinClassForm code={code} />
        )}
      </div>
    </>
  );
}
