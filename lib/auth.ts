// Who is asking: the one place pages, actions and route handlers learn the viewer.
// Cached per request so a page and its components share one session lookup.
import 'server-only';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { getAuth, SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS, SESSION_UPDATE_AGE_SECONDS } from './auth-server';
import { readSessionViewer } from './auth-session-sql';
import { RETURN_TO_HEADER } from './return-to';
import { toRole, type Role } from './roles';

export type { Role };

export interface Viewer {
  id: string;
  name: string;
  email: string;
  role: Role;
}

const SESSION_RULES = { idleSeconds: SESSION_IDLE_SECONDS, updateAgeSeconds: SESSION_UPDATE_AGE_SECONDS, absoluteSeconds: SESSION_ABSOLUTE_SECONDS };

export const getViewer = cache(async (): Promise<Viewer | null> => {
  const auth = await getAuth();
  const requestHeaders = await headers();
  // The plain case in one SQL statement; better-auth for everything else (auth-session-sql.ts).
  const current = await readSessionViewer(auth, requestHeaders, SESSION_RULES);
  if (current) return { id: current.userId, name: current.name, email: current.email, role: toRole(current.role) };
  const result = await auth.api.getSession({ headers: requestHeaders });
  if (!result) return null;
  // better-auth slides the idle expiry; the absolute limit is ours.
  const ageSeconds = (Date.now() - new Date(result.session.createdAt).getTime()) / 1000;
  if (ageSeconds > SESSION_ABSOLUTE_SECONDS) {
    await auth.api.revokeSession({ headers: requestHeaders, body: { token: result.session.token } }).catch(() => {});
    return null;
  }
  const { user } = result;
  return { id: user.id, name: user.name, email: user.email, role: toRole((user as { role?: unknown }).role) };
});

/** For pages: a signed-out visitor is sent to sign in and brought back afterwards. */
export async function requireViewer(returnTo?: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) {
    // Without a path from the page, the one proxy.ts noted; sign-in only follows same-site paths.
    const back = returnTo ?? (await headers()).get(RETURN_TO_HEADER);
    redirect(back ? `/sign-in?next=${encodeURIComponent(back)}` : '/sign-in');
  }
  return viewer;
}

/** For teacher pages: anyone else sees a 404 rather than learning the page exists. */
export async function requireTeacher(): Promise<Viewer> {
  const viewer = await requireViewer();
  if (viewer.role !== 'teacher' && viewer.role !== 'admin') notFound();
  return viewer;
}

/** For admin pages: anyone else sees a 404 (the DAL checks the role again). */
export async function requireAdmin(): Promise<Viewer> {
  const viewer = await requireViewer();
  if (viewer.role !== 'admin') notFound();
  return viewer;
}
