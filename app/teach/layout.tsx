import type { ReactNode } from 'react';
import { requireTeacher } from '@/lib/auth';

/** Every page under /teach is for teachers; others get a 404 (the DAL checks again). */
export default async function TeachLayout({ children }: { children: ReactNode }) {
  await requireTeacher();
  return children;
}
