import { toNextJsHandler } from 'better-auth/next-js';
import { getAuth } from '@/lib/auth-server';

async function handle(request: Request): Promise<Response> {
  const handlers = toNextJsHandler(await getAuth());
  return request.method === 'GET' ? handlers.GET(request) : handlers.POST(request);
}

export { handle as GET, handle as POST };
