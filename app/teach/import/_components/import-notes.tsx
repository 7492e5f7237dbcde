// What an import left out, shown on the import page after it went through: the bank's notice
// carries counts only, so the notes themselves (which name lines and answers) are read here.
import Link from '@/components/ui/link';

/** `message` is the action's: a summary line, then one note a line. */
export function ImportNotes({ message, article }: { message: string; article?: string }) {
  const [summary, ...notes] = message.split('\n');
  return (
    <div role="status" className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-50">
      <p>{summary}</p>
      {notes.length > 0 ? (
        <ul className="flex list-disc flex-col gap-1 pl-5 text-sm [overflow-wrap:anywhere]">
          {notes.map((note, i) => (
            <li key={i}>{note}</li>
          ))}
        </ul>
      ) : null}
      {article ? (
        <p>
          <Link href={`/teach/articles/${article}?status=approved`} className="inline-flex min-h-11 items-center font-medium underline underline-offset-4">
            See the questions in the bank
          </Link>
        </p>
      ) : null}
    </div>
  );
}
