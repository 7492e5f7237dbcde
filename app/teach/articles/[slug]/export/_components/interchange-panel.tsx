// Export and import links for one article's question bank, and the notice shown after an
// article was added or a file imported (the actions redirect here with counts in the URL).
import Link from '@/components/ui/link';
import { buttonClasses } from '@/components/ui/button';
import type { Viewer } from '@/lib/auth';
import { getExportCounts } from '@/lib/dal/question-export';
import { editSavedNotice } from '@/lib/edit-reach-text';
import { languageName, notEnglishMessage } from '@/lib/generator/language';

const QUESTION_FORMATS = [
  { format: 'gift', label: 'GIFT', note: 'Moodle, plain text' },
  { format: 'moodle-xml', label: 'Moodle XML', note: 'Moodle' },
  { format: 'qti', label: 'QTI 3.0 package', note: 'zip, for most learning platforms' },
  { format: 'anki', label: 'Anki', note: 'text import' },
  { format: 'quizlet', label: 'Quizlet', note: 'paste-in import' },
] as const;

const CARD_FORMATS = [
  { format: 'cards-anki', label: 'Anki', note: 'text import' },
  { format: 'cards-quizlet', label: 'Quizlet', note: 'paste-in import' },
] as const;

const linkClass = 'inline-flex min-h-11 items-center rounded-md px-2 underline underline-offset-4 hover:bg-stone-100 dark:hover:bg-stone-800';

function Downloads({ slug, items, what }: { slug: string; items: readonly { format: string; label: string; note: string }[]; what: string }) {
  return (
    // Two columns shared by every row (subgrid): a note too long for its line wraps under
    // itself, beside its link, instead of falling under the link like the next row's.
    <ul className="grid grid-cols-[max-content_1fr] gap-x-1">
      {items.map((f) => (
        <li key={f.format} className="col-span-2 grid grid-cols-subgrid items-center">
          {/* A plain link: the browser downloads it; Next's Link would prefetch a file. */}
          <a href={`/teach/articles/${slug}/export/${f.format}`} download className={linkClass}>
            {f.label}
            <span className="sr-only"> ({what})</span>
          </a>
          <span className="py-1 text-sm text-stone-600 dark:text-stone-400">{f.note}</span>
        </li>
      ))}
    </ul>
  );
}

/** Teachers: export and import for the article's bank. Renders nothing for anyone else. */
export async function InterchangePanel({ viewer, slug }: { viewer: Viewer; slug: string }) {
  const counts = await getExportCounts(viewer, slug);
  if (!counts) return null;
  return (
    <details className="group rounded-lg border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-lg px-4 font-medium hover:bg-stone-100 dark:hover:bg-stone-800 [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90 motion-reduce:transition-none">
          ▸
        </span>
        Export or import questions
      </summary>
      <div className="grid gap-6 px-4 pb-4 sm:grid-cols-[3fr_2fr]">
        <section aria-labelledby="export-questions-heading">
          <h2 id="export-questions-heading" className="font-semibold">
            Approved questions ({counts.questions})
          </h2>
          {counts.questions > 0 ? (
            <Downloads slug={slug} items={QUESTION_FORMATS} what="approved questions" />
          ) : (
            <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">Approve questions to export them.</p>
          )}
        </section>
        <section aria-labelledby="export-cards-heading">
          <h2 id="export-cards-heading" className="font-semibold">
            Flashcards ({counts.cards})
          </h2>
          {counts.cards > 0 ? (
            <Downloads slug={slug} items={CARD_FORMATS} what="flashcards" />
          ) : (
            <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">This article has no flashcards.</p>
          )}
          <h2 className="mt-4 font-semibold">Bring questions in</h2>
          <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">From Moodle or another quiz tool, as GIFT or Moodle XML.</p>
          <Link href={`/teach/import?article=${slug}`} className={buttonClasses('secondary', 'mt-2')}>
            Import questions
          </Link>
        </section>
      </div>
    </details>
  );
}

const count = (value: string | undefined): number | null => (value && /^\d{1,6}$/.test(value) ? Number(value) : null);
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The outcome of an add or import, from the redirect's query (numbers only; nothing echoed). */
export function InterchangeNotice({ query }: { query: Record<string, string | string[] | undefined> }) {
  const one = (key: string) => (typeof query[key] === 'string' ? (query[key] as string) : undefined);
  const added = count(one('added'));
  const imported = count(one('imported'));
  const skipped = count(one('skipped')) ?? 0;
  const approved = count(one('approved')) ?? 0;
  let lines: string[] = [];
  if (added !== null && one('refused') === 'not_english') {
    // Saved, but the generator drew nothing: say so plainly, and why, in a warning's colours.
    return (
      <div role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50">
        <p className="font-semibold">Article saved for reading, but no questions were drawn from it.</p>
        <p>{notEnglishMessage(languageName(one('lang')))} Students can read it in the library; you can add your own questions or import some.</p>
      </div>
    );
  }
  if (added !== null) {
    lines = added > 0
      ? [`Article added. Gleaner drew ${plural(added, 'question')} from it; they are waiting for your review below.`]
      : ['Article added, but Gleaner found nothing to ask about in it. Add your own questions or import some.'];
  } else if (one('saved') === 'edited') {
    lines = [editSavedNotice({ unstarted: count(one('reached')) ?? 0, started: count(one('kept')) ?? 0, others: count(one('others')) ?? 0 })];
  } else if (one('saved') === 'added') {
    lines = ['Question added and approved, listed below.'];
  } else if (one('existing') === '1') {
    lines = ['This article was already in Gleaner with the same text and details, so nothing was added. Here are its questions.'];
  } else if (imported !== null) {
    lines = [
      imported > 0 ? `Imported ${plural(imported, 'question')}. They are approved and listed below.` : 'Nothing new was imported.',
      ...(approved ? [`${plural(approved, 'question was', 'questions were')} waiting for review in this bank and ${approved === 1 ? 'is' : 'are'} now approved.`] : []),
      ...(skipped ? [`${plural(skipped, 'question was', 'questions were')} already in this bank and skipped.`] : []),
    ];
  }
  if (lines.length === 0) return null;
  return (
    <div role="status" className="rounded-md border border-emerald-300 bg-emerald-50 p-3 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100">
      {lines.map((l) => (
        <p key={l}>{l}</p>
      ))}
    </div>
  );
}
