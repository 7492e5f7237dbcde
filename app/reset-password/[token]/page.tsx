import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { getPasswordResetTarget } from '@/lib/dal/password-reset';
import { linkTokenSchema } from '@/lib/schemas/admin';
import { ResetPasswordForm } from './_components/reset-password-form';

// The token in this page's URL never leaves the site: same-origin, not no-referrer, because
// no-referrer makes Chromium send `Origin: null` on form posts and Next refuses the action.
export const metadata: Metadata = { title: 'Set a new password', referrer: 'same-origin' };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const parsed = linkTokenSchema.safeParse((await params).token);
  const target = parsed.success ? await getPasswordResetTarget(parsed.data) : null;
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-2 text-2xl font-semibold">Set a new password</h1>
      {target && parsed.success ? (
        <>
          <p className="mb-6 text-stone-600 dark:text-stone-400">
            For {target.name}. This link works once; afterwards you are signed out everywhere and sign in with the new password.
          </p>
          <ResetPasswordForm token={parsed.data} />
        </>
      ) : (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          This reset link is not valid: it has expired or was already used. Ask the admin for a new one, or{' '}
          <Link href="/sign-in" className="underline">
            sign in
          </Link>
          .
        </p>
      )}
    </div>
  );
}
