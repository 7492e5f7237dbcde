// Quiz attempts against a real database: grading on the server, one result per attempt,
// and no access to another student's attempt.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAttemptForTaking, saveAnswer, startPracticeAttempt, submitAttempt } from '@/lib/dal/attempts';
import { getAttemptReview, listMyScores } from '@/lib/dal/results';
import { writeAnswer } from '@/lib/dal/answer-save-sql';
import { disconnectDb, getDb, isPostgres, type Db } from '@/lib/db';
import { createQuiz, createViewer, THREE_QUESTIONS } from '../factories';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});
afterAll(disconnectDb);

describe('taking a practice quiz', () => {
  it('saves answers as the student goes, grades on submit and shows the review', async () => {
    const student = await createViewer(db);
    const { slug, questionIds } = await createQuiz(db, THREE_QUESTIONS);
    const attemptId = await startPracticeAttempt(student, slug);
    expect(attemptId).toBeTruthy();
    // Starting again resumes the open attempt rather than opening a second one.
    expect(await startPracticeAttempt(student, slug)).toBe(attemptId);

    expect(await saveAnswer(student, attemptId!, questionIds[0], 'Berlin')).toBe('saved');
    expect(await saveAnswer(student, attemptId!, questionIds[0], 'Paris')).toBe('saved'); // changed mind
    expect(await saveAnswer(student, attemptId!, questionIds[1], 'true')).toBe('saved');
    expect(await saveAnswer(student, attemptId!, questionIds[2], '  william SHAKESPEARE. ')).toBe('saved');

    const taking = await getAttemptForTaking(student, attemptId!);
    expect(taking?.answers[questionIds[0]]).toBe('Paris');

    const result = await submitAttempt(student, attemptId!);
    expect(result).toMatchObject({ outcome: 'submitted', score: 3, total: 3 });

    const review = await getAttemptReview(student, attemptId!);
    expect(review?.score).toBe(3);
    expect(review?.percent).toBe(100);
    expect(review?.questions.map((q) => q.correctAnswer)).toEqual(['Paris', 'True', 'William Shakespeare']);

    const scores = await listMyScores(student);
    expect(scores.attempts).toHaveLength(1);
    expect(scores.perQuiz[0].best.score).toBe(3);
  });

  it('counts unanswered and wrong answers as wrong', async () => {
    const student = await createViewer(db);
    const { slug, questionIds } = await createQuiz(db, THREE_QUESTIONS);
    const attemptId = (await startPracticeAttempt(student, slug))!;
    await saveAnswer(student, attemptId, questionIds[1], 'false');
    expect(await submitAttempt(student, attemptId)).toMatchObject({ outcome: 'submitted', score: 0, total: 3 });
    const review = await getAttemptReview(student, attemptId);
    expect(review?.questions.map((q) => q.yourAnswer)).toEqual([null, 'False', null]);
  });

  it('counts a person’s surname alone as right, and a first name alone as wrong', async () => {
    const { slug, questionIds } = await createQuiz(db, THREE_QUESTIONS);
    const byAnswer = async (typed: string) => {
      const student = await createViewer(db);
      const attemptId = (await startPracticeAttempt(student, slug))!;
      await saveAnswer(student, attemptId, questionIds[2], typed);
      await submitAttempt(student, attemptId);
      return (await getAttemptReview(student, attemptId))!.questions[2].isCorrect;
    };
    expect(await byAnswer('Shakespeare')).toBe(true);
    expect(await byAnswer('William')).toBe(false);
  });

  it('refuses an answer that is not one of the choices', async () => {
    const student = await createViewer(db);
    const { slug, questionIds } = await createQuiz(db, THREE_QUESTIONS);
    const attemptId = (await startPracticeAttempt(student, slug))!;
    expect(await saveAnswer(student, attemptId, questionIds[0], 'Lyon')).toBe('invalid_choice');
    expect(await db.response.count({ where: { attemptId } })).toBe(0);
  });

  it('refuses a save from a tab that missed a newer answer, and keeps the newer one', async () => {
    const student = await createViewer(db);
    const { slug, questionIds } = await createQuiz(db, THREE_QUESTIONS);
    const attemptId = (await startPracticeAttempt(student, slug))!;
    const [q] = questionIds;
    const now = new Date();
    // Tab 1 saves Berlin (it saw nothing stored); tab 2 loads, sees Berlin, saves Paris.
    expect(await saveAnswer(student, attemptId, q, 'Berlin', now, '')).toBe('saved');
    expect(await saveAnswer(student, attemptId, q, 'Paris', now, 'Berlin')).toBe('saved');
    // Tab 1 still believes Berlin is stored: its change to Rome, or clearing, is refused.
    expect(await saveAnswer(student, attemptId, q, 'Rome', now, 'Berlin')).toBe('conflict');
    expect(await saveAnswer(student, attemptId, q, '', now, 'Berlin')).toBe('conflict');
    // A first answer from a tab that saw none, when another tab answered meanwhile, is refused too.
    expect(await saveAnswer(student, attemptId, questionIds[1], 'true', now, '')).toBe('saved');
    expect(await saveAnswer(student, attemptId, questionIds[1], 'false', now, '')).toBe('conflict');
    const stored = await db.response.findMany({ where: { attemptId }, orderBy: { answer: 'asc' }, select: { answer: true } });
    expect(stored.map((r) => r.answer)).toEqual(['Paris', 'true']);
    // The same answer again, whatever the tab saw, changes nothing and is fine (an autosave and
    // the Next button of one tab may arrive in either order).
    expect(await saveAnswer(student, attemptId, q, 'Paris', now, '')).toBe('saved');
    // Two tabs racing from the same state: exactly one wins.
    const race = await Promise.all(['Rome', 'Madrid'].map((a) => saveAnswer(student, attemptId, q, a, now, 'Paris')));
    expect(race.filter((r) => r === 'saved')).toHaveLength(1);
  });

  // Every shape the save's one statement takes: [seen, next], with 'Paris' stored before.
  const SHAPES = [
    ['replace (the tab saw Paris)', 'Paris', 'Rome'],
    ['clear (the tab saw Paris)', 'Paris', ''],
    ['replace, unconditionally', undefined, 'Rome'],
    ['clear, unconditionally', undefined, ''],
    ['first answer (the tab saw none)', '', 'Rome'],
  ] as const;

  for (const [label, seen, next] of SHAPES) {
    it(`a save that arrives while a submit is closing the attempt waits for it and changes nothing: ${label}`, async () => {
      const student = await createViewer(db);
      const { slug, questionIds } = await createQuiz(db, THREE_QUESTIONS);
      const attemptId = (await startPracticeAttempt(student, slug))!;
      expect(await saveAnswer(student, attemptId, questionIds[0], 'Paris', new Date(), '')).toBe('saved');
      // The submit's first step, held open: the status flip, not yet committed.
      let flipped: () => void = () => {};
      const isFlipped = new Promise<void>((resolve) => (flipped = resolve));
      let release: () => void = () => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      const closing = db.$transaction(async (tx) => {
        await tx.$executeRaw`UPDATE "Attempt" SET "status" = 'submitted', "submittedAt" = ${new Date()} WHERE "id" = ${attemptId}`;
        flipped();
        await released;
      });
      await isFlipped;
      let saveSettled = false;
      const save = saveAnswer(student, attemptId, questionIds[0], next, new Date(), seen).finally(() => (saveSettled = true));
      await new Promise((resolve) => setTimeout(resolve, 100));
      // Neither database lets the write past an open close: it waits (PostgreSQL's row lock, SQLite's turn).
      expect(saveSettled).toBe(false);
      release();
      await closing;
      expect(await save).toBe('closed');
      expect(await db.response.findMany({ where: { attemptId }, select: { answer: true } })).toEqual([{ answer: 'Paris' }]);
    });
  }

  it("the save's statement itself refuses another student's, a submitted and an expired attempt", async () => {
    // On SQLite the read before the write already says "closed" in the test above; here the
    // write's own conditions are checked, as a submit committing between the two would need.
    for (const [label, seen, next] of SHAPES) {
      const student = await createViewer(db);
      const other = await createViewer(db);
      const { slug, questionIds } = await createQuiz(db, THREE_QUESTIONS);
      const attemptId = (await startPracticeAttempt(student, slug))!;
      expect(await saveAnswer(student, attemptId, questionIds[0], 'Paris', new Date(), '')).toBe('saved');
      const write = { attemptId, questionId: questionIds[0], next, seen, now: new Date(), lockAttempt: isPostgres() };
      const stored = () => db.response.findMany({ where: { attemptId }, select: { answer: true } });
      expect(await writeAnswer(db, { ...write, userId: other.id }), `${label}: another student`).toBe(false);
      await db.attempt.update({ where: { id: attemptId }, data: { status: 'submitted' } });
      expect(await writeAnswer(db, { ...write, userId: student.id }), `${label}: submitted`).toBe(false);
      // Past the deadline and its 15 s of grace.
      await db.attempt.update({ where: { id: attemptId }, data: { status: 'in_progress', deadlineAt: new Date(Date.now() - 16_000) } });
      expect(await writeAnswer(db, { ...write, userId: student.id }), `${label}: expired`).toBe(false);
      expect(await stored(), label).toEqual([{ answer: 'Paris' }]);
      // Within the grace: written (proof the refusals above could have gone the other way).
      await db.attempt.update({ where: { id: attemptId }, data: { deadlineAt: new Date(Date.now() - 14_000) } });
      const expectWritten = !(seen === '' && next === 'Rome'); // a first answer never overwrites one
      expect(await writeAnswer(db, { ...write, userId: student.id }), `${label}: open`).toBe(expectWritten);
    }
  });

  it('does not put the answer key in what the quiz page reads before submission', async () => {
    const student = await createViewer(db);
    const canary = `CANARY-${Date.now()}`;
    const { slug } = await createQuiz(db, [
      { type: 'short_answer', prompt: 'Name the canary.', choices: [], answer: canary, explanation: `explained ${canary}` },
    ]);
    const attemptId = (await startPracticeAttempt(student, slug))!;
    const taking = await getAttemptForTaking(student, attemptId);
    expect(JSON.stringify(taking)).not.toContain(canary);
    // The review before submission is refused, and after it the key is there (the check can fail).
    expect(await getAttemptReview(student, attemptId)).toBeNull();
    await submitAttempt(student, attemptId);
    expect(JSON.stringify(await getAttemptReview(student, attemptId))).toContain(canary);
  });
});

describe('submitting once', () => {
  it('records one result for 20 simultaneous submits', async () => {
    const student = await createViewer(db);
    const { slug, questionIds } = await createQuiz(db, THREE_QUESTIONS);
    const attemptId = (await startPracticeAttempt(student, slug))!;
    await saveAnswer(student, attemptId, questionIds[0], 'Paris');
    const results = await Promise.all(Array.from({ length: 20 }, () => submitAttempt(student, attemptId)));
    expect(results.filter((r) => r.outcome === 'submitted')).toHaveLength(1);
    expect(results.filter((r) => r.outcome === 'already_submitted')).toHaveLength(19);
    const stored = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(stored.score).toBe(1);
    expect(stored.status).toBe('submitted');
  });

  it('refuses answers after submission and leaves the stored answer alone', async () => {
    const student = await createViewer(db);
    const { slug, questionIds } = await createQuiz(db, THREE_QUESTIONS);
    const attemptId = (await startPracticeAttempt(student, slug))!;
    await saveAnswer(student, attemptId, questionIds[0], 'Berlin');
    await submitAttempt(student, attemptId);
    expect(await saveAnswer(student, attemptId, questionIds[0], 'Paris')).toBe('closed');
    const response = await db.response.findFirstOrThrow({ where: { attemptId, questionId: questionIds[0] } });
    expect(response.answer).toBe('Berlin');
    expect(response.isCorrect).toBe(false);
  });
});

describe('another student', () => {
  it('can neither read nor write the attempt, and nothing changes', async () => {
    const owner = await createViewer(db);
    const other = await createViewer(db);
    const { slug, questionIds } = await createQuiz(db, THREE_QUESTIONS);
    const attemptId = (await startPracticeAttempt(owner, slug))!;
    await saveAnswer(owner, attemptId, questionIds[0], 'Berlin');

    expect(await getAttemptForTaking(other, attemptId)).toBeNull();
    expect(await saveAnswer(other, attemptId, questionIds[0], 'Paris')).toBe('not_found');
    expect(await submitAttempt(other, attemptId)).toEqual({ outcome: 'not_found' });

    const stored = await db.attempt.findUniqueOrThrow({ where: { id: attemptId }, include: { responses: true } });
    expect(stored.status).toBe('in_progress');
    expect(stored.responses.map((r) => r.answer)).toEqual(['Berlin']);

    await submitAttempt(owner, attemptId);
    expect(await getAttemptReview(other, attemptId)).toBeNull();
    expect((await listMyScores(other)).attempts).toHaveLength(0);
  });
});
