// Input and output: hostile text renders inert in Chromium, oversized input is refused with
// nothing written, and production errors carry no stack trace or database message.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { App, targets, type User } from './support/app';
import { callAction, send } from './support/client';
import { snapshot } from './support/db';
import { actionIds } from './support/harness';

// Each payload calls alert() or sets window.__xss if it ever runs.
const XSS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '"><script>window.__xss=1</script>',
  "'><img src=x onerror=window.__xss=1>",
  '</textarea><script>alert(1)</script>',
  '</title><script>alert(1)</script>',
  '<iframe srcdoc="<script>parent.__xss=1</script>">',
  '<a href="javascript:alert(1)">link</a>',
  '[link](javascript:alert(1))',
  '![x](x" onerror="alert(1))',
  '<details open ontoggle=alert(1)>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '{{constructor.constructor(\'alert(1)\')()}}',
  '<style>@import "javascript:alert(1)";</style>',
  '<object data="data:text/html,<script>alert(1)</script>">',
];

async function signedInContext(context: BrowserContext, base: string, user: User): Promise<void> {
  const [name, value] = user.cookie.split(';')[0].split('=');
  await context.addCookies([{ name, value, url: base, httpOnly: true, sameSite: 'Lax' }]);
}

async function visitAll(page: Page, base: string, paths: string[], fired: string[]): Promise<void> {
  for (const path of paths) {
    const response = await page.goto(`${base}${path}`);
    expect(response?.status(), path).toBeLessThan(400);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), path).toBeUndefined();
    // No live javascript: URL made it into a link or frame.
    expect(await page.locator('[href^="javascript:" i], [src^="javascript:" i], iframe[srcdoc]').count(), path).toBe(0);
    expect(fired, path).toEqual([]);
  }
}

const sqliteApp = new App(targets()[0]);
test.afterAll(() => sqliteApp.close());

test('XSS payloads in article text, question text, names and class names render inert in Chromium', async ({ browser }) => {
  const app = sqliteApp;
  const text = XSS.join(' ');
  const article = app.seed<{ slug: string; questionIds: string[] }>('article', { text });
  // Names and class names have a 100-character limit: one account and one class per payload.
  const teacher = await app.signUp('xss-teacher', 'teacher');
  const students: User[] = [];
  const classIds: string[] = [];
  for (const [i, payload] of XSS.entries()) {
    const created = await app.action('classes', 'createClassAction', { fields: { name: payload.slice(0, 100) }, cookie: teacher.cookie });
    classIds.push(/\/teach\/classes\/([a-z0-9]+)/.exec(created.redirect ?? '')![1]);
    if (i < 6) {
      const student = await app.signUp('xss', 'student', { name: payload.slice(0, 100), email: `xss-${i}-${Date.now()}@sec.gleaner`, password: `xss-password-${i}-long` });
      const sql = await app.sql();
      const { joinCode } = (await sql.one<{ joinCode: string }>('SELECT "joinCode" FROM "Class" WHERE "id" = ?', [classIds[0]]))!;
      await app.action('classes', 'joinClassAction', { fields: { code: joinCode }, cookie: student.cookie });
      students.push(student);
    }
  }
  const student = students[0];
  const started = await app.action('attempts', 'startAttempt', { arity: 1, fields: { slug: article.slug }, cookie: student.cookie });
  const attemptId = /\/attempts\/([a-z0-9]+)/.exec(started.redirect ?? '')![1];

  const fired: string[] = [];
  for (const [user, paths] of [
    [student, ['/', `/articles/${article.slug}`, `/attempts/${attemptId}`, `/attempts/${attemptId}?q=review`, '/classes', '/scores']],
    [teacher, ['/teach', '/teach/classes', `/teach/classes/${classIds[0]}`, `/teach/articles/${article.slug}`, `/teach/questions/${article.questionIds[1]}/edit`]],
  ] as const) {
    const context = await browser.newContext();
    await signedInContext(context, app.base, user);
    const page = await context.newPage();
    page.on('dialog', (dialog) => {
      fired.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await visitAll(page, app.base, [...paths], fired);
    if (user === student) {
      // After submitting, the review shows the answer key and explanations, payloads included.
      await app.action('attempts', 'submitAttempt', { fields: { attemptId }, cookie: student.cookie });
      await visitAll(page, app.base, [`/attempts/${attemptId}/results`], fired);
      // The payload text is shown as text, so the test looked at the right page.
      await expect(page.getByText('<img src=x onerror=alert(1)>', { exact: false }).first()).toBeVisible();
    }
    await context.close();
  }
  expect(fired).toEqual([]);
});

for (const target of targets()) {
  test.describe(target.name, () => {
    const app = target.name === 'sqlite' ? sqliteApp : new App(target);
    test.afterAll(() => (app === sqliteApp ? undefined : app.close()));

    test('a 2 MB body is refused with 413 and nothing is written', async () => {
      const quiz = app.seed<{ slug: string; questionIds: string[] }>('quiz');
      const student = await app.signUp();
      const started = await app.action('attempts', 'startAttempt', { arity: 1, fields: { slug: quiz.slug }, cookie: student.cookie });
      const attemptId = /\/attempts\/([a-z0-9]+)/.exec(started.redirect ?? '')![1];
      const sql = await app.sql();
      const before = await snapshot(sql);
      const big = 'x'.repeat(2 * 1024 * 1024);
      const save = await app.action('attempts', 'saveAnswer', { fields: { attemptId, questionId: quiz.questionIds[2], answer: big }, cookie: student.cookie });
      expect(save.status).toBe(413);
      const signUp = await app.action('auth', 'signUp', { fields: { name: big, email: `big-${Date.now()}@sec.gleaner`, password: 'a-fine-password-1' } });
      expect(signUp.status).toBe(413);
      for (const path of ['/api/auth/sign-up/email', '/api/health', '/']) {
        const response = await send(`${app.base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: big }) });
        expect(response.status, path).toBeGreaterThanOrEqual(400);
      }
      // The quiz page's own save (a route handler): declared and undeclared (chunked) length.
      const put = await app.putAnswer(attemptId, quiz.questionIds[2], { answer: big }, { cookie: student.cookie });
      expect(put.status).toBe(413);
      const chunks = [JSON.stringify({ answer: '' }).slice(0, -2), ...Array.from({ length: 32 }, () => 'x'.repeat(64 * 1024)), '"}'];
      const chunked = await send(`${app.base}/api/attempts/${attemptId}/answers/${quiz.questionIds[2]}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', origin: app.base, cookie: student.cookie },
        body: new ReadableStream({
          pull(controller) {
            const next = chunks.shift();
            if (next === undefined) controller.close();
            else controller.enqueue(new TextEncoder().encode(next));
          },
        }),
        duplex: 'half',
      } as RequestInit);
      expect(chunked.status).toBe(413);
      expect(await snapshot(sql)).toBe(before);
    });

    test('the quiz page\'s answer save refuses oversized strings and arrays with 400 and writes nothing', async () => {
      const quiz = app.seed<{ slug: string; questionIds: string[] }>('quiz');
      const student = await app.signUp();
      const started = await app.action('attempts', 'startAttempt', { arity: 1, fields: { slug: quiz.slug }, cookie: student.cookie });
      const attemptId = /\/attempts\/([a-z0-9]+)/.exec(started.redirect ?? '')![1];
      const sql = await app.sql();
      const before = await snapshot(sql);
      const q = quiz.questionIds[2];
      const many = (n: number) => Object.fromEntries([['answer', 'ok'], ...Array.from({ length: n }, (_, i) => [`extra${i}`, 'v'])]);
      // Within the 16 KB a save may send: refused for what it holds (400).
      for (const [label, body] of [
        ['answer over 300 characters', { answer: 'y'.repeat(301) }],
        ['seen over 300 characters', { answer: 'ok', seen: 's'.repeat(301) }],
        ['answer as an array', { answer: Array.from({ length: 1_000 }, () => 'Cook') }],
        ['body as an array', Array.from({ length: 1_000 }, () => 'ok')],
        ['500 unknown fields', many(500)],
        ['a score of its own', { answer: 'ok', score: 3 }],
        ['a NUL character (a database error on PostgreSQL)', { answer: 'Shake\u0000speare' }],
        ['not JSON', '{"answer": '],
      ] as const) {
        const reply = await app.putAnswer(attemptId, q, body, { cookie: student.cookie });
        expect(reply.status, label).toBe(400);
        expect(reply.json?.status, label).toBe('error');
      }
      // Past it, refused for its size (413) before it is parsed.
      for (const [label, body] of [
        ['answer as a 10,000-item array', { answer: Array.from({ length: 10_000 }, () => 'Shakespeare') }],
        ['5,000 unknown fields', many(5_000)],
      ] as const) {
        expect((await app.putAnswer(attemptId, q, body, { cookie: student.cookie })).status, label).toBe(413);
      }
      const longId = await app.putAnswer('a'.repeat(65), q, { answer: 'ok' }, { cookie: student.cookie });
      expect(longId.status).toBe(404);
      expect(await snapshot(sql)).toBe(before);
      // Control: the same request within the limits is stored.
      expect((await app.putAnswer(attemptId, q, { answer: 'Shakespeare' }, { cookie: student.cookie })).status).toBe(200);
      expect(await snapshot(sql)).not.toBe(before);
    });

    test('oversized strings and repeated fields are refused and nothing is written', async () => {
      const quiz = app.seed<{ slug: string; questionIds: string[] }>('quiz');
      const student = await app.signUp();
      const teacher = await app.signUp('teacher', 'teacher');
      const started = await app.action('attempts', 'startAttempt', { arity: 1, fields: { slug: quiz.slug }, cookie: student.cookie });
      const attemptId = /\/attempts\/([a-z0-9]+)/.exec(started.redirect ?? '')![1];
      const sql = await app.sql();
      const before = await snapshot(sql);
      const calls: [string, string, Record<string, string>, string | undefined][] = [
        ['attempts', 'saveAnswer', { attemptId, questionId: quiz.questionIds[2], answer: 'y'.repeat(301) }, student.cookie],
        ['attempts', 'saveAnswer', { attemptId: 'a'.repeat(65), questionId: quiz.questionIds[2], answer: 'ok' }, student.cookie],
        ['classes', 'createClassAction', { name: 'c'.repeat(101) }, teacher.cookie],
        ['auth', 'signUp', { name: 'n'.repeat(101), email: `long-${Date.now()}@sec.gleaner`, password: 'a-fine-password-1' }, undefined],
        ['auth', 'signUp', { name: 'Fine', email: `${'e'.repeat(250)}@sec.gleaner`, password: 'a-fine-password-1' }, undefined],
        ['auth', 'signUp', { name: 'Fine', email: `pw-${Date.now()}@sec.gleaner`, password: 'p'.repeat(129) }, undefined],
        ['study', 'updateStudySettings', { retentionPercent: '9'.repeat(400) }, student.cookie],
      ];
      for (const [file, name, fields, cookie] of calls) {
        const result = await app.action(file, name, { fields, cookie });
        expect(result.status, name).toBeLessThan(500);
        expect(result.redirect, name).toBeNull();
        expect(result.body, name).toContain('"fieldErrors"');
      }
      // Thousands of unknown fields (an "array" the schema never asked for): refused as a whole.
      const many: Record<string, string> = { attemptId, questionId: quiz.questionIds[2], answer: 'ok' };
      for (let i = 0; i < 5000; i++) many[`extra${i}`] = 'v';
      const flood = await app.action('attempts', 'saveAnswer', { fields: many, cookie: student.cookie });
      expect(flood.body).toContain('"status":"error"');
      expect(await snapshot(sql)).toBe(before);
    });

    test('production errors show no stack trace or database message', async () => {
      const student = await app.signUp();
      const id = actionIds()['lib/actions/attempts.ts#saveAnswer'];
      const bodies: [string, number, string][] = [];
      const record = async (label: string, response: Response | Promise<Response>) => {
        const r = await response;
        bodies.push([label, r.status, await r.text()]);
      };
      const malformed = new FormData();
      malformed.append('0', '{not json');
      await record('malformed action body', send(`${app.base}/`, { method: 'POST', headers: { 'next-action': id, origin: app.base, cookie: student.cookie }, body: malformed }));
      await record('unknown action id', send(`${app.base}/`, { method: 'POST', headers: { 'next-action': 'f'.repeat(42), origin: app.base }, body: new FormData() }));
      // A NUL byte is a database error on PostgreSQL ("invalid byte sequence"), fine on SQLite.
      const nul = await callAction(app.base, actionIds()['lib/actions/attempts.ts#startAttempt'], { arity: 1, fields: { slug: 'a\u0000b' }, cookie: student.cookie });
      bodies.push(['NUL in a slug', nul.status, nul.body]);
      await record('NUL in a page id', send(`${app.base}/attempts/a%00b`, { headers: { cookie: student.cookie } }));
      await record('bad JSON to auth', send(`${app.base}/api/auth/get-session`, { headers: { cookie: 'better-auth.session_token=%ZZ%00' } }));
      for (const [label, , body] of bodies) {
        expect(body, label).not.toMatch(/\n\s+at .+:\d+:\d+/);
        expect(body, label).not.toMatch(/prisma|sqlite|postgres|invalid byte sequence|node_modules|\.tsx?:\d+|ECONN/i);
      }
      expect(bodies.some(([, status]) => status >= 400)).toBe(true);
    });
  });
}
