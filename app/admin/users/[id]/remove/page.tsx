import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { buttonClasses } from '@/components/ui/button';
import Link from '@/components/ui/link';
import { requireAdmin } from '@/lib/auth';
import { getAccountRemoval } from '@/lib/dal/admin-accounts';
import { getClassHandover } from '@/lib/dal/class-handover';
import { DemoteButton, RemoveAccountButton } from '../../../_components/account-forms';
import { ClassHandoverForm } from '../../../_components/class-handover-form';

export const metadata: Metadata = { title: 'Hand over classes, demote or remove an account' };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The admin's page for one account: hand its classes to another teacher, and the confirmation
 * step for demoting or removing it (what goes, or why it cannot and what to do instead).
 */
export default async function RemoveAccountPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ handedOver?: string }> }) {
  const viewer = await requireAdmin();
  const userId = (await params).id;
  const [account, handover] = await Promise.all([getAccountRemoval(viewer, userId), getClassHandover(viewer, userId)]);
  if (!account || !handover) notFound();
  const { handedOver } = await searchParams;
  const canDemote = account.role !== 'student';
  // How the classes they still teach are named in the sentences below.
  const one = account.classesTaught === 1;
  const them = one ? 'that class' : `those ${account.classesTaught} classes`;
  const their = one ? 'its' : 'their';
  const title = handover.classes.length > 0
    ? account.refusal ? `Hand over ${account.name}’s classes` : `Hand over ${account.name}’s classes, make them a student, or remove the account?`
    : canDemote ? `Make ${account.name} a student, or remove the account?` : `Remove ${account.name}?`;
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm"><Link href="/admin" className="underline">← Admin</Link></p>
      <h1 className="text-2xl font-semibold break-words">{title}</h1>
      <p className="break-all text-stone-600 dark:text-stone-400">{account.email} · {account.role}</p>
      {handedOver === '1' ? (
        <p role="status" className="rounded-md border border-sky-300 bg-sky-50 p-3 dark:border-sky-800 dark:bg-sky-950">
          The classes were handed over, with their students, assignments and grades; the new teacher finds them under Teach → Classes.
          {account.classesTaught === 0 ? ' This account teaches no classes now.' : ''}
        </p>
      ) : null}
      {handover.classes.length > 0 ? (
        <section aria-labelledby="handover-heading" className="flex flex-col gap-3 rounded-md border border-stone-200 p-4 dark:border-stone-800">
          <h2 id="handover-heading" className="text-xl font-semibold">Hand over classes</h2>
          <p>
            {account.name} teaches {plural(handover.classes.length, 'class', 'classes')}. Another teacher can take{' '}
            {handover.classes.length === 1 ? 'it over, with its' : 'them over, with their'} students, assignments and grades; once{' '}
            {account.name} teaches none, the account can be removed.
          </p>
          {handover.receivers.length > 0 ? (
            <ClassHandoverForm userId={account.id} name={account.name} classes={handover.classes} receivers={handover.receivers} />
          ) : (
            <p role="note" className="rounded-md border border-amber-300 bg-amber-50 p-3 dark:border-amber-700 dark:bg-amber-950">
              There is no other teacher or admin to take them. Invite a teacher from the Admin page first.
            </p>
          )}
        </section>
      ) : null}
      {account.refusal ? (
        <p role="note" className="rounded-md border border-amber-300 bg-amber-50 p-3 dark:border-amber-700 dark:bg-amber-950">
          {account.refusal === 'self' ? 'You cannot demote or remove your own account.' : 'This is the only admin, so it cannot be demoted or removed. Make someone else an admin first.'}
        </p>
      ) : account.classesTaught > 0 ? (
        <div className="flex flex-col gap-3 rounded-md border border-amber-300 bg-amber-50 p-4 dark:border-amber-700 dark:bg-amber-950">
          <p>
            Removing the account would delete {them} with {their} assignments and every student’s grades, so it is not offered until {them}{' '}
            {one ? 'is' : 'are'} handed over (above).{' '}
            {canDemote
              ? `Or make ${account.name} a student: they are signed out and lose teaching; ${them} and the grades are kept. Until ${one ? 'it is' : 'they are'} handed over, nobody manages ${them} (students can still join by code); a teacher invite makes them a teacher again, with ${them}.`
              : `${account.name} is a student now, so nobody manages ${them} (students can still join by code) until ${one ? 'it is' : 'they are'} handed over or a teacher invite makes them a teacher again.`}
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
