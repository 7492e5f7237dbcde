// "Approve all N drafts" on the To review list: a link to a confirmation step, then the post.
import { buttonClasses } from '@/components/ui/button';
import Link from '@/components/ui/link';
import { ApproveAllForm } from './approve-all-form';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The drafts shown (their ids go with the post, so a draft added since is never approved unseen). */
export function ApproveAll({ slug, draftIds, isConfirming }: { slug: string; draftIds: string[]; isConfirming: boolean }) {
  if (draftIds.length === 0) return null;
  const n = draftIds.length;
  if (!isConfirming) {
    return (
      <Link href={`/teach/articles/${slug}?status=draft&confirm=approve-all#approve-all`} className={buttonClasses('secondary')}>
        Approve all {plural(n, 'draft')}…
      </Link>
    );
  }
  return (
    <section id="approve-all" aria-labelledby="approve-all-heading" className="flex w-full flex-col gap-3 rounded-md border border-sky-300 bg-sky-50 p-4 dark:border-sky-800 dark:bg-sky-950">
      <h2 id="approve-all-heading" className="font-semibold">Approve all {plural(n, 'draft')}?</h2>
      <p>
        Each one becomes an approved question: students may get it in practice quizzes and flashcards, and it can go into
        assignments. Look them over first if you have not; you can still reject or edit any of them later.
      </p>
      <div className="flex flex-wrap items-start gap-3">
        <ApproveAllForm slug={slug} questionIds={draftIds} />
        <Link href={`/teach/articles/${slug}?status=draft`} className={buttonClasses('ghost')}>Cancel</Link>
      </div>
    </section>
  );
}

/** The notice after an approve-all, from the address the action redirected to. */
export function ApproveAllNotice({ approved, leftAlone }: { approved?: string; leftAlone?: string }) {
  const count = (v?: string) => (v && /^\d{1,5}$/.test(v) ? Number(v) : null);
  const done = count(approved);
  if (done === null) return null;
  const skipped = count(leftAlone) ?? 0;
  return (
    <div role="status" className="rounded-md border border-emerald-300 bg-emerald-50 p-3 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100">
      <p>{done > 0 ? `Approved ${plural(done, 'draft')}. They are listed below.` : 'No drafts were approved.'}</p>
      {skipped > 0 ? (
        <p>{plural(skipped, 'question was', 'questions were')} decided or edited elsewhere meanwhile and left as {skipped === 1 ? 'it is' : 'they are'}.</p>
      ) : null}
    </div>
  );
}
