// Quiz integrity over raw HTTP, on SQLite and PostgreSQL. The answer-key canary (HTML, RSC
// payload, action responses) and 20 parallel replays of a captured no-JS submit on SQLite are
// in e2e/quiz-integrity.spec.ts; this adds forged fields, replays, 20 parallel submits on both
// databases, and the stale-tab rule.
import { expect, test } from '@playwright/test';
import { App, targets, type User } from './support/app';
import { actionMessage } from './support/client';
import { snapshot } from './support/db';

interface Quiz {
  slug: string;
  quizId: string;
  questionIds: string[];
}

for (const target of targets()) {
  test.describe(target.name, () => {
    const app = new App(target);
    test.afterAll(() => app.close());

    async function startQuiz(student: User, quiz: Quiz): Promise<string> {
      const started = await app.action('attempts', 'startAttempt', { arity: 1, fields: { slug: quiz.slug }, cookie: student.cookie });
      const id = /\/attempts\/([a-z0-9]+)/.exec(started.redirect ?? '')?.[1];
      if (!id) throw new Error(`no attempt: ${started.redirect}`);
      return id;
    }

    const attemptRow = async (id: string) =>
      (await app.sql()).one<{ status: string; score: number | null; submittedAt: unknown }>('SELECT "status", "score", "submittedAt" FROM "Attempt" WHERE "id" = ?', [id]);
    const responses = async (id: string) =>
      (await app.sql()).all('SELECT "questionId", "answer", "isCorrect" FROM "Response" WHERE "attemptId" = ? ORDER BY "questionId"', [id]);

    test('extra fields such as a score are refused; the stored score is the server’s', async () => {
      const quiz = app.seed<Quiz>('quiz');
      const student = await app.signUp();
      const attemptId = await startQuiz(student, quiz);
      const q = quiz.questionIds[0];
      const extras: Record<string, string>[] = [{ score: '3' }, { isCorrect: 'true' }, { total: '1' }, { userId: student.id }];
      for (const extra of extras) {
        const save = await app.action('attempts', 'saveAnswer', { fields: { attemptId, questionId: q, answer: 'Berlin', ...extra }, cookie: student.cookie });
        expect(save.body, JSON.stringify(extra)).toContain('"status":"error"');
        const submit = await app.action('attempts', 'submitAttempt', { fields: { attemptId, ...extra }, cookie: student.cookie });
        expect(submit.redirect, JSON.stringify(extra)).toBeNull();
      }
      expect(await responses(attemptId)).toEqual([]);
      expect((await attemptRow(attemptId))!.status).toBe('in_progress');
      // A wrong answer, submitted properly, scores what the server says: 0 of 3.
      await app.action('attempts', 'saveAnswer', { fields: { attemptId, questionId: q, answer: 'Berlin' }, cookie: student.cookie });
      const submitted = await app.action('attempts', 'submitAttempt', { fields: { attemptId }, cookie: student.cookie });
      expect(submitted.redirect).toContain('/results');
      expect(await attemptRow(attemptId)).toMatchObject({ status: 'submitted', score: 0 });
    });

    test('20 parallel submissions of one attempt record one result; replays record nothing new', async () => {
      const quiz = app.seed<Quiz>('quiz');
      const student = await app.signUp();
      const attemptId = await startQuiz(student, quiz);
      await app.action('attempts', 'saveAnswer', { fields: { attemptId, questionId: quiz.questionIds[0], answer: 'Paris' }, cookie: student.cookie });
      const results = await Promise.all(
        Array.from({ length: 20 }, () => app.action('attempts', 'submitAttempt', { fields: { attemptId }, cookie: student.cookie })),
      );
      expect(results.map((r) => r.status).filter((s) => s >= 500)).toEqual([]);
      expect(results.every((r) => r.redirect?.includes('/results'))).toBe(true);
      const row = await attemptRow(attemptId);
      expect(row).toMatchObject({ status: 'submitted', score: 1 });
      const sql = await app.sql();
      const reviews = await sql.all('SELECT "id" FROM "ReviewLog" WHERE "userId" = ?', [student.id]);
      // One graded submit feeds the study schedule once per question (3), not 20 times.
      expect(reviews.length).toBe(3);
      const before = await snapshot(sql);
      // Replays: the same submit, and a late answer change, after the attempt closed.
      const replay = await app.action('attempts', 'submitAttempt', { fields: { attemptId }, cookie: student.cookie });
      expect(replay.status).toBeLessThan(500);
      const late = await app.action('attempts', 'saveAnswer', { fields: { attemptId, questionId: quiz.questionIds[1], answer: 'true' }, cookie: student.cookie });
      expect(late.status).toBeLessThan(500);
      expect(await snapshot(sql)).toBe(before);
      expect(await attemptRow(attemptId)).toEqual(row);
    });

    test('the quiz page’s submit route: 20 in parallel with the form action record one result; replays answer the same', async () => {
      const quiz = app.seed<Quiz>('quiz');
      const student = await app.signUp();
      const attemptId = await startQuiz(student, quiz);
      expect((await app.putAnswer(attemptId, quiz.questionIds[0], { answer: 'Paris', seen: '' }, { cookie: student.cookie })).status).toBe(200);
      // Route and no-JavaScript action at once: exactly one of them grades.
      const [routed, actions] = await Promise.all([
        Promise.all(Array.from({ length: 10 }, () => app.postSubmit(attemptId, { cookie: student.cookie }))),
        Promise.all(Array.from({ length: 10 }, () => app.action('attempts', 'submitAttempt', { fields: { attemptId }, cookie: student.cookie }))),
      ]);
      for (const r of routed) expect(r).toEqual({ status: 200, json: { status: 'submitted', results: `/attempts/${attemptId}/results` } });
      expect(actions.every((r) => r.redirect?.includes('/results'))).toBe(true);
      const row = await attemptRow(attemptId);
      expect(row).toMatchObject({ status: 'submitted', score: 1 });
      const sql = await app.sql();
      // The study schedule is written after the reply: once, for 3 questions.
      await expect.poll(async () => (await sql.all('SELECT "id" FROM "ReviewLog" WHERE "userId" = ?', [student.id])).length).toBe(3);
      const before = await snapshot(sql);
      // A replay is told where the results are and changes nothing; a late save is refused.
      expect((await app.postSubmit(attemptId, { cookie: student.cookie })).json?.status).toBe('submitted');
      expect((await app.putAnswer(attemptId, quiz.questionIds[1], { answer: 'true' }, { cookie: student.cookie })).status).toBe(409);
      expect(await snapshot(sql)).toBe(before);
      expect(await attemptRow(attemptId)).toEqual(row);
      // A malformed attempt id is not found, not an error.
      expect((await app.postSubmit('x'.repeat(65), { cookie: student.cookie })).status).toBe(404);
    });

    test('a stale tab cannot overwrite a newer answer (409, newer kept)', async () => {
      const quiz = app.seed<Quiz>('quiz');
      const student = await app.signUp();
      const attemptId = await startQuiz(student, quiz);
      const q = quiz.questionIds[0];
      // Each tab sends the answer it last saw stored (`seen`), as the quiz page does.
      // Tab 1 saved "Berlin"; tab 2 loaded after that and saved "Paris".
      expect((await app.putAnswer(attemptId, q, { answer: 'Berlin', seen: '' }, { cookie: student.cookie })).status).toBe(200);
      expect((await app.putAnswer(attemptId, q, { answer: 'Paris', seen: 'Berlin' }, { cookie: student.cookie })).status).toBe(200);
      // Tab 1, still showing Berlin, saves again: refused, and Paris stays.
      const stale = await app.putAnswer(attemptId, q, { answer: 'Rome', seen: 'Berlin' }, { cookie: student.cookie });
      expect(stale.status).toBe(409);
      expect(stale.json).toMatchObject({ refusal: 'conflict' });
      expect(stale.json?.message).toContain('changed in another tab');
      // Tab 1 clearing its answer is refused the same way.
      expect((await app.putAnswer(attemptId, q, { answer: '', seen: 'Berlin' }, { cookie: student.cookie })).status).toBe(409);
      // The no-JavaScript form (server action) keeps the same rule.
      const staleForm = await app.action('attempts', 'saveAnswer', { fields: { attemptId, questionId: q, answer: 'Rome', seen: 'Berlin' }, cookie: student.cookie });
      expect(actionMessage(staleForm.body)).toContain('changed in another tab');
      expect(await responses(attemptId)).toEqual([expect.objectContaining({ answer: 'Paris' })]);
    });

    test('a save after the attempt closed is refused with 409 and changes nothing', async () => {
      const quiz = app.seed<Quiz>('quiz');
      const student = await app.signUp();
      const attemptId = await startQuiz(student, quiz);
      expect((await app.putAnswer(attemptId, quiz.questionIds[0], { answer: 'Paris' }, { cookie: student.cookie })).status).toBe(200);
      const submitted = await app.action('attempts', 'submitAttempt', { fields: { attemptId }, cookie: student.cookie });
      expect(submitted.redirect).toContain('/results');
      const sql = await app.sql();
      // The submit's study-schedule update runs after its reply (Next's `after`): the snapshot
      // starts once it has landed, so only the refused saves below could change anything.
      await expect
        .poll(async () => (await sql.one<{ at: unknown }>('SELECT "scheduleRecordedAt" AS "at" FROM "Attempt" WHERE "id" = ?', [attemptId]))?.at ?? null)
        .not.toBeNull();
      const before = await snapshot(sql);
      const late = await app.putAnswer(attemptId, quiz.questionIds[1], { answer: 'true' }, { cookie: student.cookie });
      expect(late.status).toBe(409);
      expect(late.json).toMatchObject({ refusal: 'closed' });
      const changed = await app.putAnswer(attemptId, quiz.questionIds[0], { answer: 'Berlin', seen: 'Paris' }, { cookie: student.cookie });
      expect(changed.status).toBe(409);
      expect(await snapshot(sql)).toBe(before);
    });
  });
}
