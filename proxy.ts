// Refuses request bodies far over the 1 MB that server actions accept, with 413, before
// anything parses them. Next's own limit ends an oversized action with a generic error (and
// route handlers have none), so this is where "too large" gets its proper status. It also
// notes the page asked for, so a sign-in can come back to it. It checks no session:
// authorization lives in each action and route handler (DESIGN.md).
import { NextResponse, type NextRequest } from 'next/server';
import { RETURN_TO_HEADER } from '@/lib/return-to';

// Uploads up to Next's 1 MB action limit (plus multipart overhead) pass through to the
// action, whose own error says what was too large.
const MAX_BODY_BYTES = 1.5 * 1024 * 1024;

export function proxy(request: NextRequest): NextResponse {
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > MAX_BODY_BYTES) {
    return new NextResponse('Request body too large.', { status: 413, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  // Where a signed-out visitor comes back to after signing in (lib/auth.ts requireViewer). Set
  // here for every request, replacing any value the client sent.
  const headers = new Headers(request.headers);
  const url = request.nextUrl.clone();
  url.searchParams.delete('_rsc');
  headers.set(RETURN_TO_HEADER, `${url.pathname}${url.search}`);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Static files and images never carry a body worth checking.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
