import Link from 'next/link';
import { signOut } from '@/lib/actions/auth';
import { getViewer } from '@/lib/auth';

const linkClass =
  'inline-flex min-h-11 items-center rounded-md px-3 text-stone-700 hover:bg-stone-200 dark:text-stone-200 dark:hover:bg-stone-800';

export async function SiteHeader() {
  const viewer = await getViewer();
  return (
    <header className="border-b border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
      <nav aria-label="Main" className="mx-auto flex max-w-3xl flex-wrap items-center gap-x-1 gap-y-1 px-4 py-2">
        <Link href="/" className="mr-3 inline-flex min-h-11 items-center text-lg font-semibold tracking-tight">
          Gleaner
        </Link>
        <Link href="/" className={linkClass}>
          Library
        </Link>
        {viewer ? (
          <>
            <Link href="/today" className={linkClass}>
              Today
            </Link>
            {viewer.role === 'student' ? (
              <>
                <Link href="/assignments" className={linkClass}>
                  Assignments
                </Link>
                <Link href="/classes" className={linkClass}>
                  Classes
                </Link>
              </>
            ) : null}
            <Link href="/scores" className={linkClass}>
              My scores
            </Link>
          </>
        ) : null}
        {viewer && viewer.role !== 'student' ? (
          <Link href="/teach" className={linkClass}>
            Teach
          </Link>
        ) : null}
        {viewer?.role === 'admin' ? (
          <Link href="/admin" className={linkClass}>
            Admin
          </Link>
        ) : null}
        <div className="ml-auto flex items-center gap-1">
          {viewer ? (
            <>
              <span className="hidden px-2 text-sm text-stone-600 sm:inline dark:text-stone-300">
                {viewer.name}
                {viewer.role !== 'student' ? ` (${viewer.role})` : ''}
              </span>
              <form action={signOut}>
                <button type="submit" className={linkClass}>
                  Sign out
                </button>
              </form>
            </>
          ) : (
            <>
              <Link href="/sign-in" className={linkClass}>
                Sign in
              </Link>
              <Link href="/sign-up" className={linkClass}>
                Sign up
              </Link>
            </>
          )}
        </div>
      </nav>
    </header>
  );
}
