import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { buttonClasses } from '@/components/ui/button';
import Link from '@/components/ui/link';
import { requireAdmin } from '@/lib/auth';
import { getAccountRemoval } from '@/lib/dal/admin-accounts';
import { DemoteButton, RemoveAccountButton } from '../../../_components/account-forms';

export const metadata: Metadata = { title: 'Demote or remove an account' };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The confirmation step for removing an account: what goes, or why it cannot and what to do instead. */
export default async function RemoveAccountPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireAdmin();
  const account = await getAccountRemoval(viewer, (await params).id);
  if (!account) notFound();
  const canDemote = account.role !== 'student';
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm"><Link href="/admin" className="underline">← Admin</Link></p>
      <h1 className="text-2xl font-semibold break-words">{canDemote ? `Make ${account.name} a student, or remove the account?` : `Remove ${account.name}?`}</h1>
      <p className="break-all text-stone-600 dark:text-stone-400">{account.email} · {account.role}</p>
      {account.refusal ? (
        <p role="note" className="rounded-md border border-amber-300 bg-amber-50 p-3 dark:border-amber-700 dark:bg-amber-950">
          {account.refusal === 'self' ? 'You cannot demote or remove your own account.' : 'This is the only admin, so it cannot be demoted or removed. Make someone else an admin first.'}
        </p>
      ) : account.classesTaught > 0 ? (
        <div className="flex flex-col gap-3 rounded-md border border-amber-300 bg-amber-50 p-4 dark:border-amber-700 dark:bg-amber-950">
          <p>
            {account.name} teaches {plural(account.classesTaught, 'class', 'classes')}. Removing the account would delete {account.classesTaught === 1 ? 'it' : 'them'} with
            their assignments and every student’s grades, so it is not offered. Make them a student instead: they are signed out, lose
            teaching, and their classes and grades are kept. While they are a student nobody manages {account.classesTaught === 1 ? 'the class' : 'those classes'}
            (students can still join by code); a teacher invite makes them a teacher again, with their classes.
          </p>
          {canDemote ? <DemoteButton userId={account.id} name={account.name} /> : null}
        </div>
      ) : (
        <div className="flex flex-col gap-3 rounded-md border border-red-300 bg-red-50 p-4 dark:border-red-800 dark:bg-red-950">
          <p>This cannot be undone. Removing the account signs them out everywhere and deletes:</p>
          <ul className="list-disc pl-6">
            <li>{plural(account.attempts, 'quiz attempt')} with their answers and scores (teachers’ gradebooks lose them too)</li>
            <li>{plural(account.studyCards, 'study card')} with their review history</li>
            <li>{plural(account.enrollments, 'class membership')}</li>
            {account.openInvites > 0 ? (
              <li>{plural(account.openInvites, 'open teacher invite')} they made: links already handed out stop working</li>
            ) : null}
            <li>their sign-in, settings and any unused reset links</li>
          </ul>
          {canDemote ? <p>To take away teaching but keep the account and its work, make them a student instead: they are signed out at once and sign in again as a student.</p> : null}
          <div className="flex flex-wrap items-start gap-3">
            <RemoveAccountButton userId={account.id} name={account.name} />
            {canDemote ? <DemoteButton userId={account.id} name={account.name} /> : null}
            <Link href="/admin" className={buttonClasses('ghost')}>Cancel</Link>
          </div>
        </div>
      )}
    </div>
  );
}
