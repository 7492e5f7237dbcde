import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { requireTeacher } from '@/lib/auth';
import { listTaughtClasses } from '@/lib/dal/classes';
import { TeachNav } from '../_components/teach-nav';
import { NewClassForm } from './_components/new-class-form';

export const metadata: Metadata = { title: 'Classes' };

export default async function TeachClassesPage() {
  const viewer = await requireTeacher();
  const classes = await listTaughtClasses(viewer);
  if (!classes) notFound();
  return (
    <>
      <TeachNav current="classes" />
      <h1 className="text-2xl font-semibold">Classes</h1>
      <p className="mt-1 text-stone-600 dark:text-stone-400">
        Each class has a join code. Students type it on their Classes page or open the class&apos;s join link.
      </p>
      <section aria-labelledby="new-class" className="mt-6 rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
        <h2 id="new-class" className="mb-3 text-lg font-semibold">New class</h2>
        <NewClassForm />
      </section>
      <section aria-labelledby="your-classes" className="mt-8">
        <h2 id="your-classes" className="text-lg font-semibold">Your classes</h2>
        {classes.length === 0 ? (
          <p className="mt-2">No classes yet. Create one above.</p>
        ) : (
          <ul className="mt-3 grid gap-3">
            {classes.map((c) => (
              <li key={c.id}>
                <Link
                  href={`/teach/classes/${c.id}`}
                  className="block rounded-lg border border-stone-200 bg-white p-4 hover:border-sky-600 dark:border-stone-800 dark:bg-stone-900 dark:hover:border-sky-400"
                >
                  <span className="block font-semibold">
                    {c.name}
                    {c.archived ? <span className="ml-2 text-sm font-normal text-stone-600 dark:text-stone-400">(archived)</span> : null}
                  </span>
                  <span className="mt-1 block text-sm text-stone-600 dark:text-stone-400">
                    {c.studentCount} {c.studentCount === 1 ? 'student' : 'students'} · code <span className="font-mono">{c.joinCode}</span>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
