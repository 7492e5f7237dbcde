import type { Metadata } from 'next';
import { LocalTime } from '@/components/local-time';
import { requireViewer } from '@/lib/auth';
import { listEnrolledClasses } from '@/lib/dal/classes';
import { JoinClassForm } from './_components/join-class-form';

export const metadata: Metadata = { title: 'My classes' };

export default async function ClassesPage({ searchParams }: { searchParams: Promise<{ joined?: string; already?: string }> }) {
  const viewer = await requireViewer('/classes');
  const classes = await listEnrolledClasses(viewer);
  // Only a class the viewer is really in is named, so the query string cannot put words on the page.
  const { joined: joinedId, already } = await searchParams;
  const joined = classes.find((c) => c.id === joinedId);
  return (
    <>
      <h1 className="text-2xl font-semibold">My classes</h1>
      {joined ? (
        <p role="status" className="mt-4 rounded-md border border-green-300 bg-green-50 p-3 text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100">
          {already === '1' ? 'You are already in' : 'You are in'} {joined.name}.
        </p>
      ) : null}
      {classes.length === 0 ? (
        <p className="mt-4">You are not in a class yet. Ask your teacher for the class code and enter it below.</p>
      ) : (
        <ul className="mt-4 grid gap-3" aria-label="Your classes">
          {classes.map((c) => (
            <li key={c.id} className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
              <h2 className="font-semibold break-words">{c.name}</h2>
              <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
                Teacher: {c.teacherName} · joined <LocalTime iso={c.joinedAt.toISOString()} withTime={false} />
              </p>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="join-class" className="mt-8 rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
        <h2 id="join-class" className="mb-3 text-lg font-semibold">Join a class</h2>
        <JoinClassForm />
      </section>
    </>
  );
}
