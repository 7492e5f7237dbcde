import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LocalTime } from '@/components/local-time';
import { requireAdmin } from '@/lib/auth';
import { listTeacherRequests, listUsers } from '@/lib/dal/admin';
import { listOpenInvites } from '@/lib/dal/invites';
import Link from '@/components/ui/link';
import { buttonClasses } from '@/components/ui/button';
import { CreateInviteForm, ResetLinkButton, RevokeInviteButton, TeacherRequestButtons } from './_components/admin-forms';

export const metadata: Metadata = { title: 'Admin' };

const card = 'rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900';
const muted = 'text-sm text-stone-600 dark:text-stone-400';

/** One way of writing dates on every page (lib/format-date.ts), in the reader's own zone. */
const formatDate = (date: Date) => <LocalTime iso={date.toISOString()} />;

/** What the account's page offers, as its link says: handing over classes only to someone who teaches some. */
function accountActions(u: { role: string; classesTaught: number }): string {
  const teaches = u.classesTaught > 0;
  if (u.role === 'student') return teaches ? 'Hand over classes or remove' : 'Remove';
  return teaches ? 'Hand over classes, make student or remove' : 'Make student or remove';
}

export default async function AdminPage({ searchParams }: { searchParams: Promise<{ removed?: string }> }) {
  const viewer = await requireAdmin();
  const { removed } = await searchParams;
  const [requests, users, invites] = await Promise.all([listTeacherRequests(viewer), listUsers(viewer), listOpenInvites(viewer)]);
  if (!requests || !users || !invites) notFound();
  return (
    <>
      <h1 className="text-2xl font-semibold">Admin</h1>
      <p className="mt-1 text-stone-600 dark:text-stone-400">Decide who teaches, invite teachers, and hand out password reset links.</p>
      {removed === '1' ? (
        <p role="status" className="mt-4 rounded-md border border-sky-300 bg-sky-50 p-3 dark:border-sky-800 dark:bg-sky-950">
          The account was removed, with its attempts, study cards and class memberships.
        </p>
      ) : null}

      <section aria-labelledby="requests-heading" className="mt-8">
        <h2 id="requests-heading" className="text-xl font-semibold">
          Teacher requests ({requests.length})
        </h2>
        {requests.length === 0 ? (
          <p className={`mt-2 ${muted}`}>No one is waiting. People ask by ticking “I am a teacher” when they sign up.</p>
        ) : (
          <ul className="mt-3 grid gap-3">
            {requests.map((r) => (
              <li key={r.id} className={`${card} flex flex-col gap-3`}>
                <div>
                  <p className="font-medium">{r.name}</p>
                  <p className={`${muted} break-all`}>
                    {r.email} · asked {r.teacherRequestedAt ? formatDate(r.teacherRequestedAt) : ''}
                  </p>
                </div>
                <TeacherRequestButtons userId={r.id} name={r.name} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="invites-heading" className="mt-10">
        <h2 id="invites-heading" className="text-xl font-semibold">
          Teacher invites
        </h2>
        <p className={`mt-1 mb-3 ${muted}`}>Whoever signs up with an invite link becomes a teacher. Each link works once, for 7 days.</p>
        <CreateInviteForm />
        {invites.length > 0 ? (
          <>
            <h3 className="mt-6 font-semibold">Unused invites ({invites.length})</h3>
            <ul className="mt-2 grid gap-2">
              {invites.map((invite, i) => (
                <li key={invite.id} className={`${card} flex flex-wrap items-center justify-between gap-2`}>
                  <span className="text-sm">
                    Invite {i + 1}: made {formatDate(invite.createdAt)}, expires {formatDate(invite.expiresAt)}
                  </span>
                  <RevokeInviteButton inviteId={invite.id} label={`invite ${i + 1}`} />
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section aria-labelledby="users-heading" className="mt-10">
        <h2 id="users-heading" className="text-xl font-semibold">
          People ({users.length})
        </h2>
        <ul className="mt-3 grid gap-3">
          {users.map((u) => (
            <li key={u.id} className={`${card} flex flex-col gap-2`}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <p className="font-medium">{u.name}</p>
                <span className="rounded-full border border-stone-300 px-2 text-sm dark:border-stone-600">{u.role}</span>
              </div>
              <p className={`${muted} break-all`}>{u.email}</p>
              <ResetLinkButton userId={u.id} name={u.name} />
              {u.id === viewer.id ? null : (
                // Both sign the person out, so each goes through a page that says what happens first.
                <div>
                  <Link href={`/admin/users/${u.id}/remove`} className={buttonClasses('ghost')} aria-label={`${accountActions(u)} ${u.name}…`}>
                    {accountActions(u)}…
                  </Link>
                </div>
              )}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
