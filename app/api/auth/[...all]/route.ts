import { toNextJsHandler } from 'better-auth/next-js';
import { getAuth } from '@/lib/auth-server';

// Gleaner signs people up, in and out through its own server actions (lib/actions/auth.ts),
// which add what better-auth's REST endpoints lack: the per-account sign-in limit, the
// role settled on the server, the common-password check and input limits. So only the
// read-only endpoints stay public here; every other better-auth endpoint (sign-in/email
// without the limit, update-user without a length limit, ...) answers 404.
const PUBLIC_GET = new Set(['/api/auth/get-session', '/api/auth/ok']);

async function handle(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (request.method !== 'GET' || !PUBLIC_GET.has(pathname)) {
    return Response.json({ message: 'Not found' }, { status: 404 });
  }
  return toNextJsHandler(await getAuth()).GET(request);
}

export { handle as GET, handle as POST };
