// The app under test as the specs see it: its base URL, its database, its action ids, and
// the account steps every spec needs (through the real sign-up action and sign-in route).
import { actionIds, seed } from './harness';
import { callAction, cookieFrom, newAccount, postSubmit, putAnswer, send, type Account, type ActionCall, type ActionResult, type JsonRouteOptions, type PutAnswerResult } from './client';
import { openSql, type Sql } from './db';

export interface SignInResult {
  status: number;
  headers: Headers;
  body: string;
  /** Where a plain form post was sent on (303), or null. */
  location: string | null;
}

export interface Target {
  name: 'sqlite' | 'postgresql';
  base: string;
  databaseUrl: string;
}

/** The servers started by global-setup.ts; PostgreSQL only when $PG_URL was set. */
export function targets(): Target[] {
  const out: Target[] = [{ name: 'sqlite', base: process.env.SEC_SQLITE_BASE!, databaseUrl: process.env.SEC_SQLITE_DB! }];
  if (process.env.SEC_PG_BASE) out.push({ name: 'postgresql', base: process.env.SEC_PG_BASE, databaseUrl: process.env.SEC_PG_DB! });
  return out;
}

export interface User extends Account {
  id: string;
  cookie: string;
}

let ids: Record<string, string> | undefined;

/** The id of lib/actions/<file>.ts's export, from the build's server-reference manifest. */
export function actionId(file: string, name: string): string {
  ids ??= actionIds();
  const id = ids[`lib/actions/${file}.ts#${name}`];
  if (!id) throw new Error(`no server action ${file}#${name} in the build`);
  return id;
}

export class App {
  private sqlPromise: Promise<Sql> | undefined;
  constructor(readonly target: Target) {}

  get base(): string {
    return this.target.base;
  }

  sql(): Promise<Sql> {
    this.sqlPromise ??= openSql(this.target.databaseUrl);
    return this.sqlPromise;
  }

  action(file: string, name: string, call: ActionCall = {}): Promise<ActionResult> {
    return callAction(this.base, actionId(file, name), call);
  }

  /** The quiz page's answer save (client.ts putAnswer), against this app. */
  putAnswer(attemptId: string, questionId: string, body: unknown, options: Parameters<typeof putAnswer>[4] = {}): Promise<PutAnswerResult> {
    return putAnswer(this.base, attemptId, questionId, body, options);
  }

  /** The quiz page's submit (client.ts postSubmit), against this app. */
  postSubmit(attemptId: string, options: JsonRouteOptions = {}): Promise<PutAnswerResult> {
    return postSubmit(this.base, attemptId, options);
  }

  seed<T>(command: string, payload: unknown = {}): T {
    return seed<T>(this.target.databaseUrl, command, payload);
  }

  async signUp(label = 'student', role: 'student' | 'teacher' = 'student', account: Account = newAccount(label)): Promise<User> {
    const result = await this.action('auth', 'signUp', { fields: { name: account.name, email: account.email, password: account.password } });
    const cookie = cookieFrom(new Response(null, { headers: result.headers }));
    if (!result.redirect || !cookie) throw new Error(`sign-up failed: ${result.status} ${result.body.slice(0, 500)}`);
    const sql = await this.sql();
    const row = await sql.one<{ id: string }>('SELECT "id" FROM "user" WHERE "email" = ?', [account.email]);
    if (role !== 'student') await sql.run('UPDATE "user" SET "role" = ? WHERE "id" = ?', [role, row!.id]);
    return { ...account, id: row!.id, cookie };
  }

  /**
   * Signs in through POST /api/sign-in as the enhanced form does (Accept: application/json), or
   * as a plain no-JavaScript form post with `form: true`; the cookie is null when refused.
   */
  async signIn(
    email: string,
    password: string,
    headers: Record<string, string> = {},
    cookie?: string,
    { form = false, next }: { form?: boolean; next?: string } = {},
  ): Promise<{ cookie: string | null; result: SignInResult }> {
    const fields = new URLSearchParams({ email, password, ...(next === undefined ? {} : { next }) });
    const response = await send(`${this.base}/api/sign-in`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: this.base,
        ...(form ? { accept: 'text/html' } : { accept: 'application/json' }),
        ...(cookie ? { cookie } : {}),
        ...headers,
      },
      body: fields,
      redirect: 'manual',
    });
    const body = await response.text();
    const set = cookieFrom(response);
    const accepted = response.status === 303 || (response.status === 200 && body.includes('"status":"ok"'));
    return { cookie: accepted && set.includes('session_token') ? set : null, result: { status: response.status, headers: response.headers, body, location: response.headers.get('location') } };
  }

  async close(): Promise<void> {
    if (this.sqlPromise) await (await this.sqlPromise).close();
  }
}
