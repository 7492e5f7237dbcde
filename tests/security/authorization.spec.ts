// Authorization: every server action (ids from the build's server-reference manifest) and every
// route handler is a public endpoint; each must check the session and the viewer's right to
// the record. Runs on the SQLite server and, when $PG_URL is set, on the PostgreSQL one.
// Pages of another student's attempt (404) are also covered in e2e/quiz-integrity.spec.ts,
// students on teacher pages in e2e/teacher-review.spec.ts and e2e/admin.spec.ts.
import { expect, test } from '@playwright/test';
import { App, targets } from './support/app';
import { actionMessage, callAction, send } from './support/client';
import { snapshot } from './support/db';
import { actionIds, routeHandlers } from './support/harness';
import { buildWorld, plausibleFields, type World } from './support/world';

// Public by design: they create or use an account from a signed-out browser.
const PUBLIC_ACTIONS = new Set(['lib/actions/auth.ts#signUp', 'lib/actions/admin.ts#resetPassword']);
const PUBLIC_GET = new Set(['/api/health', '/api/auth/get-session', '/api/auth/ok']);
const FOREIGN = 'https://evil.example';

for (const target of targets()) {
  test.describe(target.name, () => {
    const app = new App(target);
    let w: World;
    test.beforeAll(async () => {
      w = await buildWorld(app);
    });
    test.afterAll(() => app.close());

    const get = (path: string, cookie?: string, headers: Record<string, string> = {}) =>
      send(`${app.base}${path}`, { headers: { ...(cookie ? { cookie } : {}), ...headers }, redirect: 'manual' });

    test('every server action called with a raw POST and no cookie is refused and changes nothing', async () => {
      const sql = await app.sql();
      const ids = actionIds();
      const before = await snapshot(sql);
      const called: string[] = [];
      let refusedBySessionCheck = 0;
      for (const [key, id] of Object.entries(ids)) {
        if (PUBLIC_ACTIONS.has(key)) continue;
        const name = key.split('#')[1];
        for (const arity of [0, 1, 2] as const) {
          const result = await callAction(app.base, id, { fields: plausibleFields(w, name), arity });
          // A refusal may be a message, a redirect to sign in, or an error status: never a change.
          expect(result.redirect ?? '', key).not.toMatch(/^\/(teach|attempts|classes|admin)/);
          if (result.body.includes('Your session has ended') || result.redirect?.startsWith('/sign-in')) refusedBySessionCheck++;
        }
        called.push(key);
      }
      expect(called.length).toBeGreaterThanOrEqual(15);
      // Most calls got as far as the session check (not stopped earlier by a malformed request).
      expect(refusedBySessionCheck).toBeGreaterThanOrEqual(called.length - 2);
      console.log(`${target.name}: ${called.length} server actions called without a cookie, ${refusedBySessionCheck} refused by the session check, 0 changes`);
      expect(await snapshot(sql), `after ${called.join(', ')}`).toBe(before);

      // The same calls with the owners' cookies do change the data: proof the check above can fail.
      await app.action('classes', 'createClassAction', { fields: plausibleFields(w, 'createClassAction'), cookie: w.teacherA.cookie });
      expect(await snapshot(sql)).not.toBe(before);
    });

    test('every route handler refuses a cookieless or cross-site request and changes nothing', async () => {
      const sql = await app.sql();
      const before = await snapshot(sql);
      const paths = routeHandlers().flatMap((route) => {
        if (route.includes('[...')) {
          const prefix = route.slice(0, route.indexOf('/['));
          return ['sign-in/email', 'sign-up/email', 'update-user', 'change-password', 'delete-user', 'sign-out', 'revoke-sessions', 'get-session']
            .map((rest) => `${prefix}/${rest}`);
        }
        return [
          route
            .replace(/\[id\]|\[classId\]/g, w.classId)
            .replace(/\[slug\]/g, w.quiz.slug)
            .replace(/\[questionId\]/g, w.quiz.questionIds[1])
            .replace(/\[[^\]]+\]/g, w.openAttemptId),
        ];
      });
      expect(paths.length).toBeGreaterThan(2);
      for (const path of paths) {
        for (const [label, headers] of [
          ['no cookie', {}],
          ['cross-site form with cookie', { cookie: w.teacherA.cookie, origin: FOREIGN, 'sec-fetch-site': 'cross-site' }],
        ] as const) {
          for (const method of ['POST', 'PUT']) {
            const write = await send(`${app.base}${path}`, {
              method,
              headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
              body: new URLSearchParams({ name: 'Forged', email: w.studentA.email, password: 'forged-password-1', classId: w.classId, answer: 'Forged' }),
              redirect: 'manual',
            });
            expect(write.status, `${method} ${path} (${label})`).toBeGreaterThanOrEqual(300);
          }
          // A JSON write with the owner's cookie from another site (a fetch a hostile page makes).
          if (label !== 'no cookie') {
            const json = await send(`${app.base}${path}`, {
              method: 'PUT',
              headers: { 'content-type': 'application/json', cookie: w.studentA.cookie, origin: FOREIGN },
              body: JSON.stringify({ answer: 'Forged' }),
              redirect: 'manual',
            });
            expect(json.status, `PUT ${path} JSON (${label})`).toBeGreaterThanOrEqual(400);
          }
        }
        const read = await get(path);
        const body = await read.text();
        if (!PUBLIC_GET.has(path)) expect(read.status, `GET ${path}`).toBeGreaterThanOrEqual(300);
        expect(body, `GET ${path}`).not.toContain(w.studentA.email);
      }
      expect(await snapshot(sql)).toBe(before);

      // The answer save with its owner's cookie and a real question: from another site (a fetch
      // a hostile page makes, or one with no Origin) 403 and nothing stored; from Gleaner, saved.
      const q = w.quiz.questionIds[1];
      for (const origin of [FOREIGN, null, 'http://localhost.evil.example']) {
        const forged = await app.putAnswer(w.openAttemptId, q, { answer: 'true' }, { cookie: w.studentA.cookie, origin });
        expect(forged.status, String(origin)).toBe(403);
        expect(forged.json?.refusal).toBe('cross_site');
      }
      const crossSite = await app.putAnswer(w.openAttemptId, q, { answer: 'true' }, { cookie: w.studentA.cookie, headers: { 'sec-fetch-site': 'cross-site' } });
      expect(crossSite.status).toBe(403);
      // The quiz page's submit likewise (its same-origin control is in integrity.spec.ts).
      for (const origin of [FOREIGN, null, 'http://localhost.evil.example']) {
        const forged = await app.postSubmit(w.openAttemptId, { cookie: w.studentA.cookie, origin });
        expect(forged.status, String(origin)).toBe(403);
        expect(forged.json?.refusal).toBe('cross_site');
      }
      expect((await app.postSubmit(w.openAttemptId, { cookie: w.studentA.cookie, headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
      expect(await snapshot(sql)).toBe(before);
      expect((await app.putAnswer(w.openAttemptId, q, { answer: 'true' }, { cookie: w.studentA.cookie })).status).toBe(200);
      expect(await snapshot(sql)).not.toBe(before);
    });

    test('x-middleware-subrequest skips no check', async () => {
      const values = ['middleware', 'middleware:middleware:middleware:middleware:middleware', 'proxy:proxy:proxy:proxy:proxy', 'src/middleware:src/middleware:src/middleware:src/middleware:src/middleware'];
      const pages = ['/teach', `/teach/classes/${w.classId}`, '/admin', `/attempts/${w.openAttemptId}`, `/attempts/${w.submittedAttemptId}/results`, '/scores'];
      for (const path of pages) {
        const plain = await get(path);
        for (const value of values) {
          const forged = await get(path, undefined, { 'x-middleware-subrequest': value });
          expect(forged.status, `${path} with ${value}`).toBe(plain.status);
          expect(await forged.text()).not.toContain(w.studentA.email);
        }
        // A student's cookie plus the header still gets no teacher page.
        if (path.startsWith('/teach') || path === '/admin') {
          const student = await get(path, w.studentB.cookie, { 'x-middleware-subrequest': values[1] });
          expect(student.status, path).toBe(404);
        }
      }
      const sql = await app.sql();
      const before = await snapshot(sql);
      const forgedAction = await app.action('classes', 'createClassAction', {
        fields: { name: 'Via subrequest' }, cookie: w.studentB.cookie, headers: { 'x-middleware-subrequest': values[1] },
      });
      expect(forgedAction.redirect).toBeNull();
      expect(await snapshot(sql)).toBe(before);
    });

    test('a server action from a foreign Origin is refused, also as a no-JavaScript form post', async () => {
      const sql = await app.sql();
      const classes = async () => (await sql.all('SELECT "id" FROM "Class" WHERE "teacherId" = ?', [w.teacherA.id])).length;
      const count = await classes();
      for (const origin of [FOREIGN, 'null', 'http://localhost.evil.example']) {
        const result = await app.action('classes', 'createClassAction', { fields: { name: 'Cross-site class' }, cookie: w.teacherA.cookie, origin });
        expect(result.status, origin).toBeGreaterThanOrEqual(400);
        expect(result.redirect).toBeNull();
      }
      // The form a hostile page would auto-submit (multipart, $ACTION_ID_ field, no Next-Action header).
      const form = new FormData();
      form.append(`$ACTION_ID_${actionIds()['lib/actions/classes.ts#createClassAction']}`, '');
      form.append('name', 'Cross-site form class');
      const response = await send(`${app.base}/teach/classes`, {
        method: 'POST', body: form, redirect: 'manual', headers: { cookie: w.teacherA.cookie, origin: FOREIGN },
      });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(await classes()).toBe(count);
      // Control: the same call from the app's own origin creates the class.
      await app.action('classes', 'createClassAction', { fields: { name: 'Same-site class' }, cookie: w.teacherA.cookie });
      expect(await classes()).toBe(count + 1);
    });

    test("student B cannot read or write student A's attempts, cards or results (404)", async () => {
      const sql = await app.sql();
      const before = await snapshot(sql);
      for (const path of [`/attempts/${w.openAttemptId}`, `/attempts/${w.openAttemptId}?q=2`, `/attempts/${w.submittedAttemptId}/results`]) {
        const response = await get(path, w.studentB.cookie);
        expect(response.status, path).toBe(404);
        expect(await response.text()).not.toContain('Paris');
      }
      const scores = await (await get('/scores', w.studentB.cookie)).text();
      expect(scores).not.toContain(w.submittedAttemptId);
      const save = await app.action('attempts', 'saveAnswer', { fields: plausibleFields(w, 'saveAnswer'), cookie: w.studentB.cookie });
      expect(actionMessage(save.body)).toBe('This quiz was not found.');
      // The quiz page's own save (a route handler): B's cookie on A's attempt is a 404, no cookie a 401.
      const put = await app.putAnswer(w.openAttemptId, w.quiz.questionIds[0], { answer: 'Berlin' }, { cookie: w.studentB.cookie });
      expect(put.status).toBe(404);
      expect(put.json?.message).toBe('This quiz was not found.');
      expect((await app.putAnswer(w.openAttemptId, w.quiz.questionIds[0], { answer: 'Berlin' })).status).toBe(401);
      const submit = await app.action('attempts', 'submitAttempt', { fields: { attemptId: w.openAttemptId }, cookie: w.studentB.cookie });
      expect(actionMessage(submit.body)).toBe('This quiz was not found.');
      const resubmit = await app.action('attempts', 'submitAttempt', { fields: { attemptId: w.submittedAttemptId }, cookie: w.studentB.cookie });
      expect(actionMessage(resubmit.body)).toBe('This quiz was not found.');
      // The quiz page's own submit (a route handler): 404 for B on A's attempts, 401 with no cookie.
      for (const attemptId of [w.openAttemptId, w.submittedAttemptId]) {
        const posted = await app.postSubmit(attemptId, { cookie: w.studentB.cookie });
        expect(posted.status).toBe(404);
        expect(posted.json?.message).toBe('This quiz was not found.');
      }
      expect((await app.postSubmit(w.openAttemptId)).status).toBe(401);
      expect(await snapshot(sql)).toBe(before);
      // B grading the same card key grades B's own card: A's card row is untouched.
      const cardOfA = 'SELECT "id", "reps", "version", "due" FROM "StudyCard" WHERE "userId" = ? ORDER BY "id"';
      const aBefore = await sql.all(cardOfA, [w.studentA.id]);
      expect(aBefore.length).toBeGreaterThan(0);
      await app.action('study', 'gradeCard', { fields: { slug: w.quiz.slug, cardKey: w.cardKey, version: '0', rating: '1' }, cookie: w.studentB.cookie });
      expect(await sql.all(cardOfA, [w.studentA.id])).toEqual(aBefore);
    });

    test('a student cannot call a teacher or admin action, nor open their pages', async () => {
      const sql = await app.sql();
      const before = await snapshot(sql);
      for (const [file, name] of [
        ['classes', 'createClassAction'], ['classes', 'removeStudentAction'], ['classes', 'archiveClassAction'],
        ['review', 'decide'], ['review', 'saveQuestion'], ['admin', 'decideRequest'], ['admin', 'createInvite'], ['admin', 'createResetLink'],
        ['answer-marks', 'markAnswerAction'],
        ['article-manage', 'renameArticleAction'], ['article-manage', 'archiveArticleAction'], ['article-manage', 'deleteArticleAction'],
        ['review-bulk', 'approveAllDrafts'], ['admin-accounts', 'demoteUserAction'], ['admin-accounts', 'removeUserAction'],
        ['class-handover', 'handOverClassesAction'],
      ] as const) {
        const result = await app.action(file, name, { fields: plausibleFields(w, name), cookie: w.studentB.cookie });
        expect(result.status, name).toBeLessThan(500);
        expect(result.redirect, name).toBeNull();
        expect(result.body, name).toContain('"status":"error"');
      }
      for (const path of ['/teach', '/teach/classes', `/teach/classes/${w.classId}`, `/teach/articles/${w.draft.slug}`, '/admin']) {
        expect((await get(path, w.studentB.cookie)).status, path).toBe(404);
      }
      expect(await snapshot(sql)).toBe(before);
    });

    test('a student calling the bulk marks over HTTP is refused and changes nothing; the class’s teacher is not', async () => {
      // Right answers a teacher could mark not correct for everyone who gave them (or correct):
      // student A's own and a classmate's, in an assignment of teacher A's class.
      const marked = app.seed<{ attemptIds: string[]; questionId: string }>('marked-assignment', {
        teacherId: w.teacherA.id, studentId: w.studentA.id, classId: w.classId, joinCode: w.joinCode,
      });
      const sql = await app.sql();
      const before = await snapshot(sql);
      const fields = (intent: string) => ({ attemptId: marked.attemptIds[0], questionId: marked.questionId, intent });
      for (const intent of ['mark_same_wrong', 'mark_same_correct', 'mark_wrong']) {
        for (const [who, cookie] of [['student A (the answer’s own)', w.studentA.cookie], ['student B', w.studentB.cookie], ['teacher B', w.teacherB.cookie]] as const) {
          const result = await app.action('answer-marks', 'markAnswerAction', { fields: fields(intent), cookie });
          expect(result.status, `${who} ${intent}`).toBeLessThan(500);
          expect(actionMessage(result.body), `${who} ${intent}`).toBe('That answer was not found among your classes’ assignments.');
        }
      }
      expect(await snapshot(sql)).toBe(before);
      // The same call by the class's teacher does change both answers: proof the check above can fail.
      const byTeacher = await app.action('answer-marks', 'markAnswerAction', { fields: fields('mark_same_wrong'), cookie: w.teacherA.cookie });
      expect(actionMessage(byTeacher.body)).toBe('Marked not correct: 2 answers of 2 students in this assignment.');
      expect(await snapshot(sql)).not.toBe(before);
    });

    test("teacher B cannot read or change teacher A's class (404)", async () => {
      const sql = await app.sql();
      const before = await snapshot(sql);
      const page = await get(`/teach/classes/${w.classId}`, w.teacherB.cookie);
      expect(page.status).toBe(404);
      expect(await page.text()).not.toContain(w.studentA.name);
      expect((await get(`/teach/classes/${w.classId}`, w.teacherA.cookie)).status).toBe(200);
      for (const name of ['removeStudentAction', 'archiveClassAction'] as const) {
        const result = await app.action('classes', name, { fields: plausibleFields(w, name), cookie: w.teacherB.cookie });
        expect(actionMessage(result.body), name).toBe('That class was not found.');
      }
      // Nor hand A's class to themselves: handing classes over is the admin's.
      const handover = await app.action('class-handover', 'handOverClassesAction', { fields: plausibleFields(w, 'handOverClassesAction'), cookie: w.teacherB.cookie });
      expect(handover.redirect).toBeNull();
      expect(actionMessage(handover.body)).toBe('Only the admin can do this.');
      expect(await snapshot(sql)).toBe(before);
    });
  });
}
