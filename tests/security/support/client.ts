// A raw HTTP client for the running app: better-auth's JSON endpoints and server actions called
// the way React calls them (Next-Action header + encodeReply multipart body), with or without a cookie.

export interface Account {
  name: string;
  email: string;
  password: string;
}

/**
 * fetch, tried once more when a kept-alive socket was already closed by the server (EPIPE,
 * ECONNRESET before any response): that request never reached the app.
 */
export async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (code !== 'EPIPE' && code !== 'ECONNRESET' && code !== 'UND_ERR_SOCKET') throw error;
    return fetch(url, init);
  }
}

export function newAccount(label = 'student'): Account {
  const id = Math.random().toString(36).slice(2, 10);
  return { name: `Sec ${label} ${id}`, email: `${label}-${id}@sec.gleaner`, password: `pw-${id}-long-enough-1` };
}

/** "name=value" pairs from every Set-Cookie header, joined for a Cookie header. */
export function cookieFrom(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .filter((c) => !c.endsWith('='))
    .join('; ');
}

export async function postJson(base: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return send(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base, ...headers },
    body: JSON.stringify(body),
    redirect: 'manual',
  });
}

/** Signs up through better-auth's endpoint (a student) and returns the session cookie and user id. */
export async function signUpApi(base: string, account: Account): Promise<{ cookie: string; userId: string }> {
  const response = await postJson(base, '/api/auth/sign-up/email', account);
  if (!response.ok) throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
  const json = (await response.json()) as { user: { id: string } };
  return { cookie: cookieFrom(response), userId: json.user.id };
}

export interface ActionCall {
  /** Form fields, sent as the FormData argument. */
  fields?: Record<string, string>;
  cookie?: string;
  /** The Origin header; defaults to the app's own. null sends none. */
  origin?: string | null;
  /** 2 for useActionState actions (prevState, formData), 1 for plain form actions (formData), 0 for none. */
  arity?: 0 | 1 | 2;
  headers?: Record<string, string>;
  path?: string;
  /** Durability tests count a dropped connection as a failure instead of trying again. */
  noRetry?: boolean;
}

export interface ActionResult {
  status: number;
  redirect: string | null;
  body: string;
  headers: Headers;
}

/** Calls a server action by id as the React client would (fetch action, encodeReply body). */
export async function callAction(base: string, actionId: string, call: ActionCall = {}): Promise<ActionResult> {
  const form = new FormData();
  // React's encodeReply: the FormData argument's entries as "_1_<name>", then the root "0" last
  // (the server decodes the root as soon as it arrives).
  for (const [key, value] of Object.entries(call.fields ?? {})) form.append(`_1_${key}`, value);
  const args = call.arity === 0 ? [] : call.arity === 1 ? ['$K1'] : [{ status: 'idle' }, '$K1'];
  form.append('0', JSON.stringify(args));
  const headers: Record<string, string> = { 'next-action': actionId, accept: 'text/x-component', ...call.headers };
  if (call.origin !== null) headers.origin = call.origin ?? base;
  if (call.cookie) headers.cookie = call.cookie;
  const init: RequestInit = { method: 'POST', headers, body: form, redirect: 'manual' };
  const response = call.noRetry ? await fetch(`${base}${call.path ?? '/'}`, init) : await send(`${base}${call.path ?? '/'}`, init);
  const body = await response.text();
  return { status: response.status, redirect: response.headers.get('x-action-redirect'), body, headers: response.headers };
}

/** The session cookie is valid on the server right now. */
export async function hasSession(base: string, cookie: string): Promise<boolean> {
  const response = await send(`${base}/api/auth/get-session`, { headers: { cookie } });
  const json = (await response.json().catch(() => null)) as { session?: unknown } | null;
  return Boolean(json?.session);
}

export async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - started };
}

/** The `message` of the action state in an RSC response body, if any. */
export function actionMessage(body: string): string | null {
  const match = /"message":"((?:[^"\\]|\\.)*)"/.exec(body);
  return match ? JSON.parse(`"${match[1]}"`) : null;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export interface JsonRouteResult {
  status: number;
  json: { status?: string; refusal?: string; message?: string; results?: string; fieldErrors?: Record<string, string[]> } | null;
}
export type PutAnswerResult = JsonRouteResult;
export type JsonRouteOptions = { cookie?: string; origin?: string | null; headers?: Record<string, string>; noRetry?: boolean };

/** A request to one of the quiz page's route handlers as the page sends it (the app's own Origin). */
async function callJsonRoute(
  base: string,
  method: 'PUT' | 'POST',
  path: string,
  body: unknown,
  { cookie, origin = base, headers = {}, noRetry = false }: JsonRouteOptions,
): Promise<JsonRouteResult> {
  const init: RequestInit = {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(origin ? { origin } : {}),
      ...(cookie ? { cookie } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    redirect: 'manual',
  };
  const url = `${base}${path}`;
  const response = noRetry ? await fetch(url, init) : await send(url, init);
  const text = await response.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    // A refusal from the proxy (413) is plain text.
  }
  return { status: response.status, json };
}

/**
 * PUT /api/attempts/:attemptId/answers/:questionId as the quiz page sends it (JSON, the app's own
 * Origin); `body` is sent as is when it is a string. `noRetry`: one try (a dead server is an error).
 */
export function putAnswer(base: string, attemptId: string, questionId: string, body: unknown, options: JsonRouteOptions = {}): Promise<JsonRouteResult> {
  return callJsonRoute(base, 'PUT', `/api/attempts/${attemptId}/answers/${questionId}`, body, options);
}

/** POST /api/attempts/:attemptId/submit as the quiz page sends it (no body). */
export function postSubmit(base: string, attemptId: string, options: JsonRouteOptions = {}): Promise<JsonRouteResult> {
  return callJsonRoute(base, 'POST', `/api/attempts/${attemptId}/submit`, undefined, options);
}
