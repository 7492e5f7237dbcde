import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getViewer, requireViewer, type Viewer } from '@/lib/auth';
import { getStudySession } from '@/lib/dal/study-session';
import { cardKeySchema, MAX_TYPED_LENGTH } from '@/lib/schemas/study';
import { studentTimeZone } from '@/lib/study/student-time-zone';
import { TimeZoneCookie } from '@/components/time-zone-cookie';
import { SessionSummary } from './_components/session-summary';
import { StudyCard } from './_components/study-card';
import { UndoForm } from './_components/undo-form';

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const NOTICES: Record<string, string> = {
  'already-graded': 'That card was already graded (in another tab?), so it counted once. Here is the next one.',
  suspended: 'That card is suspended as a leech; it is listed on your Today page.',
  undone: 'Grade undone: the card is back as it was.',
};

function param(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

// One read per request for the tab title and the page: the arguments are primitives (and the
// request's one viewer), so React's cache matches them.
const loadSession = cache((viewer: Viewer, slug: string, pin: string | undefined, reveal: boolean, typed: string | undefined, timeZone: string | undefined) =>
  getStudySession(viewer, slug, { pin, reveal, typed, timeZone }),
);

async function sessionFor(viewer: Viewer, slug: string, query: Record<string, string | string[] | undefined>) {
  // ?reveal=<card> turns that card over (the no-JavaScript "Show answer"); ?card=<card> keeps it on screen.
  const reveal = cardKeySchema.safeParse(param(query.reveal)).data;
  const pinned = cardKeySchema.safeParse(param(query.card)).data;
  const typed = param(query.typed)?.slice(0, MAX_TYPED_LENGTH);
  return loadSession(viewer, slug, reveal ?? pinned, reveal !== undefined, typed, await studentTimeZone());
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const viewer = await getViewer();
  const session = viewer ? await sessionFor(viewer, (await params).slug, await searchParams) : null;
  return { title: session ? `Study: ${session.article.title}` : 'Study flashcards' };
}

export default async function StudyPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const viewer = await requireViewer(`/articles/${slug}/study`);
  const query = await searchParams;
  const session = await sessionFor(viewer, slug, query);
  if (!session) notFound();
  const timeZone = await studentTimeZone();
  const notice = NOTICES[param(query.notice) ?? ''];
  const { counts } = session;

  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-5">
      <div>
        <p className="text-sm text-stone-600 dark:text-stone-400">
          Flashcards ·{' '}
          <Link href={`/articles/${session.article.slug}`} className="underline">
            {session.article.title}
          </Link>
        </p>
        <h1 className="mt-1 text-2xl font-semibold">Study</h1>
      </div>
      <ul aria-label="Cards left" className="flex flex-wrap gap-2 text-sm">
        <li className="rounded-full bg-sky-100 px-3 py-1 text-sky-900 dark:bg-sky-950 dark:text-sky-100">
          New <strong data-testid="count-new">{counts.new}</strong>
        </li>
        <li className="rounded-full bg-amber-100 px-3 py-1 text-amber-950 dark:bg-amber-950 dark:text-amber-100">
          Learning <strong data-testid="count-learning">{counts.learning}</strong>
        </li>
        <li className="rounded-full bg-green-100 px-3 py-1 text-green-900 dark:bg-green-950 dark:text-green-100">
          Due <strong data-testid="count-due">{counts.due}</strong>
        </li>
      </ul>
      <p role="status" className="min-h-6 text-sm text-stone-700 empty:hidden dark:text-stone-300">
        {notice ?? ''}
      </p>
      {session.card ? (
        <StudyCard key={`${session.card.key}:${session.card.version}:${session.back ? 'back' : 'front'}`} slug={session.article.slug} card={session.card} back={session.back} />
      ) : (
        <SessionSummary summary={session.summary} />
      )}
      {/* Stored for "today" on the next card; this page is not drawn again for it. */}
      <TimeZoneCookie used={timeZone ?? null} redraw={false} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        {session.canUndo ? <UndoForm slug={session.article.slug} /> : <span />}
        {/* The keys belong to a card (study-card.tsx): none once the session is done. */}
        {session.card ? (
          <p className="text-sm text-stone-600 pointer-coarse:hidden dark:text-stone-400">
            Keys: Space or Enter shows the answer; 1 Again, 2 Hard, 3 Good, 4 Easy; U undoes the last grade (Ctrl+Z or ⌘Z in the empty answer box, where U is a letter).
          </p>
        ) : null}
      </div>
    </div>
  );
}
