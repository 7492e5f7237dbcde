import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { getViewer } from '@/lib/auth';
import { isInviteUsable } from '@/lib/dal/invites';
import { linkTokenSchema } from '@/lib/schemas/admin';
import { AcceptInviteForm } from './_components/accept-invite-form';

// The token in this page's URL never leaves the site: same-origin, not no-referrer, because
// no-referrer makes Chromium send `Origin: null` on form posts and Next refuses the action.
export const metadata: Metadata = { title: 'Teacher invite', referrer: 'same-origin' };

const alertClass = 'rounded-md border border-red-300 bg-red-50 p-3 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200';

/** A signed-in person accepts an invite here; sign-up with an invalid invite lands here too. */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const parsed = linkTokenSchema.safeParse((await params).token);
  const token = parsed.success ? parsed.data : null;
  const [viewer, usable] = await Promise.all([getViewer(), token ? isInviteUsable(token) : false]);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-4 text-2xl font-semibold">Teacher invite</h1>
      {!usable || !token ? (
        <p role="alert" className={alertClass}>
          This teacher invite link is not valid: it has expired, was revoked or was already used.
          {viewer ? ' Your account is a student account; ask the admin for a new link.' : ' Ask the admin for a new link.'}
        </p>
      ) : viewer && viewer.role !== 'student' ? (
        <p>Your account can teach already; the invite is left unused for someone else.</p>
      ) : viewer ? (
        <>
          <p className="mb-4">You were invited to teach on Gleaner. Accepting makes your account, {viewer.name}, a teacher account.</p>
          <AcceptInviteForm token={token} />
        </>
      ) : (
        <p>
          You were invited to teach on Gleaner.{' '}
          <Link href={`/sign-up?invite=${token}`} className="underline">
            Create a teacher account
          </Link>{' '}
          or{' '}
          <Link href={`/sign-in?next=${encodeURIComponent(`/invite/${token}`)}`} className="underline">
            sign in
          </Link>{' '}
          to accept it with an account you have.
        </p>
      )}
    </div>
  );
}
