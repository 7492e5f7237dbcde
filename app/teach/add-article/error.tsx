'use client';
// A request the server refused outright (most often an upload over the server's 1 MB body
// limit when the page's own size check could not run) lands here instead of a blank page.
import Link from '@/components/ui/link';
import { ARTICLE_MAX_BYTES, formatBytes } from '@/lib/schemas/interchange';

export default function AddArticleError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-3">
      <h1 className="text-2xl font-semibold">The article could not be added</h1>
      <p>
        Nothing was saved. If you uploaded a large file, note the limit of {formatBytes(ARTICLE_MAX_BYTES)}: split the article
        into parts and add them one at a time.
      </p>
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={reset} className="min-h-11 rounded-md bg-sky-700 px-4 text-white">
          Try again
        </button>
        <Link href="/teach" className="inline-flex min-h-11 items-center px-2 underline">Back to question review</Link>
      </div>
    </div>
  );
}
