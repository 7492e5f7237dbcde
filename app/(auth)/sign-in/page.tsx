import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getViewer } from '@/lib/auth';
import { isSignInRefusal, safeNextPath } from '@/lib/schemas/auth';
import { SignInForm } from '../_components/sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; reset?: string; error?: string }> }) {
  const { next, reset, error } = await searchParams;
  if (await getViewer()) redirect(safeNextPath(next));
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-6 text-2xl font-semibold">Sign in</h1>
      {reset === '1' ? (
        <p role="status" className="mb-4 rounded-md border border-green-300 bg-green-50 p-3 text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100">
          Your new password is set and every old session was signed out. Sign in with the new password.
        </p>
      ) : null}
      {next && /^\/join\/[^/?#]+$/.test(safeNextPath(next)) ? (
        // Arrived from a class's join link: say why signing in comes first.
        <p role="note" className="mb-4 rounded-md border border-sky-300 bg-sky-50 p-3 dark:border-sky-800 dark:bg-sky-950">
          Sign in, or create an account, to join the class: you come back to it afterwards.
        </p>
      ) : null}
      {/* error: a refusal code (/sign-in?error=limited, as links made before /api/sign-in drew the form itself), shown as its fixed message. */}
      <SignInForm next={next ? safeNextPath(next) : undefined} error={isSignInRefusal(error) ? error : undefined} />
    </div>
  );
}
