import type { Metadata, Viewport } from 'next';
import Link from '@/components/ui/link';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/site-header';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Gleaner', template: '%s · Gleaner' },
  description: 'Quizzes and flashcards drawn from articles, for classrooms.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">
        <Link
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-stone-900"
        >
          Skip to content
        </Link>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-3xl px-4 pb-16 pt-6">
          {children}
        </main>
      </body>
    </html>
  );
}
