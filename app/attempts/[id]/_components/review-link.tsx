'use client';
// "Review and submit" under a question: like the Next button, it saves the answer on screen and
// waits for saves in flight before going, so the review page counts every answer given.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import type { ReactNode } from 'react';
import { settleAnswers } from './tab-answers';

export function ReviewLink({ href, children }: { href: string; children: ReactNode }) {
  const router = useRouter();
  return (
    <Link
      href={href}
      className="underline"
      onClick={(event) => {
        // A new tab or window (modifier keys, middle click) is the browser's business.
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        void settleAnswers().then(() => router.push(href));
      }}
    >
      {children}
    </Link>
  );
}
