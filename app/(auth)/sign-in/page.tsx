import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getViewer } from '@/lib/auth';
import { safeNextPath } from '@/lib/schemas/auth';
import { SignInForm } from '../_components/auth-forms';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = (await searchParams).next;
  if (await getViewer()) redirect(safeNextPath(next));
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-6 text-2xl font-semibold">Sign in</h1>
      <SignInForm next={next ? safeNextPath(next) : undefined} />
    </div>
  );
}
