import type { ReactNode } from 'react';
import { requireAdmin } from '@/lib/auth';

/** Every page under /admin is for the admin; others get a 404 (the DAL checks again). */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireAdmin();
  return children;
}
