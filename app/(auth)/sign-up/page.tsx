import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getViewer } from '@/lib/auth';
import { isInviteUsable } from '@/lib/dal/invites';
import { linkTokenSchema } from '@/lib/schemas/admin';
import { safeNextPath } from '@/lib/schemas/auth';
import { SignUpForm } from '../_components/auth-forms';

// The token in this page's URL never leaves the site: same-origin, not no-referrer, because
// no-referrer makes Chromium send `Origin: null` on form posts and Next refuses the action.
export const metadata: Metadata = { title: 'Create an account', referrer: 'same-origin' };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string; invite?: string }> }) {
  const { next, invite: rawInvite } = await searchParams;
  const parsedInvite = rawInvite === undefined ? null : linkTokenSchema.safeParse(rawInvite);
  const invite = parsedInvite?.success ? parsedInvite.data : undefined;
  // A signed-in visitor with an invite accepts it on its own page instead.
  if (await getViewer()) redirect(invite ? `/invite/${invite}` : safeNextPath(next));
  const inviteUsable = invite ? await isInviteUsable(invite) : false;
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-2 text-2xl font-semibold">Create an account</h1>
      {parsedInvite && !inviteUsable ? (
        <p role="alert" className="mb-4 rounded-md border border-red-300 bg-red-50 p-3 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          This teacher invite link is not valid: it has expired, was revoked or was already used. You can still create a student account.
        </p>
      ) : null}
      <p className="mb-6 text-stone-600 dark:text-stone-400">
        {inviteUsable ? 'You were invited to teach: this account will be a teacher account.' : 'Student accounts take quizzes and keep their scores.'}
      </p>
      <SignUpForm next={next ? safeNextPath(next) : undefined} invite={inviteUsable ? invite : undefined} />
    </div>
  );
}
