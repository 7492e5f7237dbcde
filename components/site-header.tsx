import Link from '@/components/ui/link';
import { signOut } from '@/lib/actions/auth';
import { getViewer } from '@/lib/auth';

const linkClass =
  'inline-flex min-h-11 shrink-0 items-center rounded-md px-3 text-stone-700 hover:bg-stone-200 dark:text-stone-200 dark:hover:bg-stone-800';

/**
 * One row on a laptop. On a phone the brand and the account controls share the first row and
 * the sections wrap onto the rows below: every section stays on screen (a row that scrolled
 * sideways hid "My scores" past the edge at 390 px).
 */
export async function SiteHeader() {
  const viewer = await getViewer();
  const sections: { href: string; label: string }[] = [{ href: '/', label: 'Library' }];
  if (viewer) {
    sections.push({ href: '/today', label: 'Today' });
    if (viewer.role === 'student') sections.push({ href: '/assignments', label: 'Assignments' }, { href: '/classes', label: 'Classes' });
    sections.push({ href: '/scores', label: 'My scores' });
    if (viewer.role !== 'student') sections.push({ href: '/teach', label: 'Teach' });
    if (viewer.role === 'admin') sections.push({ href: '/admin', label: 'Admin' });
  }
  return (
    <header className="border-b border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
      <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-1 px-4 py-1 md:flex-nowrap">
        <Link href="/" className="order-1 mr-auto inline-flex min-h-11 items-center pr-3 text-lg font-semibold tracking-tight md:mr-0">
          Gleaner
        </Link>
        {/* On a phone the sections start under the brand, their text lined up with it. */}
        <div className="order-3 -ml-3 flex w-[calc(100%+0.75rem)] flex-wrap gap-x-1 md:order-2 md:ml-0 md:w-auto md:flex-nowrap">
          {sections.map((s) => (
            <Link key={s.href} href={s.href} className={linkClass}>
              {s.label}
            </Link>
          ))}
        </div>
        <div className="order-2 flex items-center gap-1 md:order-3 md:ml-auto">
          {viewer ? (
            <>
              <span className="hidden max-w-56 truncate px-2 text-sm text-stone-600 lg:inline dark:text-stone-300">
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
