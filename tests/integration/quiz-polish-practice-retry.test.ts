// "Try again" on a practice quiz: a try after the first asks again the questions the student got
// wrong, then those not seen yet, and never repeats the last try's order; the first try and
// assignments are as before. Asserts which questions and orders, not a random outcome.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@/lib/auth';
import { getAttemptForTaking, saveAnswer, startPracticeAttempt, submitAttempt } from '@/lib/dal/attempts';
import { createAssignment, startAssignmentAttempt } from '@/lib/dal/assignments';
import { createClass, joinClass } from '@/lib/dal/classes';
import { disconnectDb, getDb, type Db } from '@/lib/db';
import { refreshPracticeQuiz } from '@/lib/import-content';
import type { CreateAssignmentInput } from '@/lib/schemas/assignments';
import { createQuiz, createViewer, type QuestionSpec } from '../factories';
import { assignInput, local } from './assignment-inputs';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});
afterAll(disconnectDb);

const questions = (n: number): QuestionSpec[] =>
  Array.from({ length: n }, (_, i) => ({ type: 'short_answer', prompt: `Question ${i}?`, choices: [], answer: `answer ${i}` }));

/** An article with `n` approved questions whose current practice quiz takes the best 10. */
async function article(n: number) {
  const made = await createQuiz(db, questions(n));
  const { id, title } = await db.article.findUniqueOrThrow({ where: { slug: made.slug }, select: { id: true, title: true } });
  await refreshPracticeQuiz(db, id, title);
  return made;
}

/** Starts a try and returns its id and question ids in the order it asks them. */
async function start(student: Viewer, slug: string) {
  const attemptId = (await startPracticeAttempt(student, slug))!;
  expect(attemptId).toBeTruthy();
  const taking = (await getAttemptForTaking(student, attemptId))!;
  return { attemptId, order: taking.questions.map((q) => q.id) };
}

/** Answers the given questions right (by their index in the article) and submits. */
async function finish(student: Viewer, attemptId: string, all: string[], rightIndexes: number[]) {
  for (const i of rightIndexes) expect(await saveAnswer(student, attemptId, all[i], `answer ${i}`)).toBe('saved');
  expect(await submitAttempt(student, attemptId)).toMatchObject({ outcome: 'submitted' });
}

const sorted = (ids: string[]) => [...ids].sort();

/** A teacher's class with `student` in it, and a way to assign the article's questions to it. */
async function classOf(student: Viewer, slug: string) {
  const teacher = await createViewer(db, 'teacher');
  const made = await createClass(teacher, `Retry ${slug}`);
  if (made.result !== 'ok') throw new Error('no class');
  await joinClass(student, made.joinCode);
  /** Picks `questionIds`, open from `openAt` and due a day later. */
  return async (questionIds: string[], openAt: Date, over: Partial<CreateAssignmentInput> = {}) => {
    const assigned = await createAssignment(
      teacher,
      assignInput({ classId: made.id, article: { slug } }, {
        openAt: local(openAt), dueAt: local(new Date(openAt.getTime() + 86_400_000)), reviewPolicy: 'after_due', questionMode: 'pick', bestCount: undefined, questionIds, ...over,
      }),
      openAt,
    );
    if (assigned.result !== 'ok') throw new Error(assigned.result);
    return assigned.id;
  };
}

describe('practice: trying again', () => {
  it('asks the questions got wrong again, then those not seen yet, then those right longest ago, in a new order', async () => {
    const { slug, questionIds } = await article(20);
    const student = await createViewer(db);
    const ids = (indexes: number[]) => sorted(indexes.map((i) => questionIds[i]));
    const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

    // The first try is the practice quiz as it is: the best ten, best first.
    const first = await start(student, slug);
    expect(first.order).toEqual(questionIds.slice(0, 10));
    await finish(student, first.attemptId, questionIds, range(0, 5));

    // The second asks the five got wrong (5-9) again, and fills up with the best five not seen.
    const second = await start(student, slug);
    expect(sorted(second.order)).toEqual(ids(range(5, 15)));
    // Starting again meanwhile resumes it rather than opening another.
    expect(await startPracticeAttempt(student, slug)).toBe(second.attemptId);
    await finish(student, second.attemptId, questionIds, range(5, 15));

    // Nothing wrong now: the five not seen yet, then those right longest ago (the first try's 0-4).
    const third = await start(student, slug);
    expect(sorted(third.order)).toEqual(ids([...range(15, 20), ...range(0, 5)]));
    await finish(student, third.attemptId, questionIds, [...range(0, 5), 15, 16, 17]);

    // Wrong last time (18, 19) first; then right longest ago (the second try's ten, best first).
    const fourth = await start(student, slug);
    expect(sorted(fourth.order)).toEqual(ids([18, 19, ...range(5, 13)]));

    // Another student's first try is still the practice quiz as it is.
    expect((await start(await createViewer(db), slug)).order).toEqual(questionIds.slice(0, 10));
  });

  it('asks the same questions in another order when the article has no more', async () => {
    const { slug, questionIds } = await article(10);
    const student = await createViewer(db);
    let previous = (await start(student, slug));
    expect(previous.order).toEqual(questionIds);
    for (let i = 0; i < 4; i++) {
      await finish(student, previous.attemptId, questionIds, []);
      const next = await start(student, slug);
      expect(sorted(next.order)).toEqual(sorted(questionIds));
      expect(next.order).not.toEqual(previous.order);
      previous = next;
    }
  });

  it('leaves out a question an open assignment holds back from the student', async () => {
    const { slug, questionIds } = await article(20);
    const student = await createViewer(db);
    const assign = await classOf(student, slug);
    const first = await start(student, slug);
    // All ten right, so the next try asks those not seen yet; one of them (15) is then assigned,
    // its answer held back until due.
    await finish(student, first.attemptId, questionIds, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    await assign([questionIds[15]], new Date());

    const second = await start(student, slug);
    expect(second.order).not.toContain(questionIds[15]);
    expect(sorted(second.order)).toEqual(sorted([...questionIds.slice(10, 15), ...questionIds.slice(16, 20), questionIds[0]]));
  });

  it('does not resume a later try holding a question an assignment has held back since', async () => {
    const { slug, questionIds } = await article(20);
    const student = await createViewer(db);
    const assign = await classOf(student, slug);
    const first = await start(student, slug);
    // All ten right: the next try asks the ten not seen yet.
    await finish(student, first.attemptId, questionIds, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const second = await start(student, slug);
    expect(second.order).toContain(questionIds[15]);

    // The teacher assigns that question while the try is open: starting again opens a new try without it.
    await assign([questionIds[15]], new Date());
    const third = await start(student, slug);
    expect(third.attemptId).not.toBe(second.attemptId);
    expect(third.order).not.toContain(questionIds[15]);
  });

  it('opens one try when "Try again" is pressed in two tabs at once', async () => {
    const { slug, questionIds } = await article(20);
    const student = await createViewer(db);
    const first = await start(student, slug);
    await finish(student, first.attemptId, questionIds, []);
    const ids = await Promise.all(Array.from({ length: 4 }, () => startPracticeAttempt(student, slug)));
    expect(new Set(ids).size).toBe(1);
    expect(await db.attempt.count({ where: { userId: student.id, status: 'in_progress' } })).toBe(1);
    expect(await db.quiz.count({ where: { ownerId: student.id } })).toBe(1);
  });

  it('does not let a retry\'s order tell which questions of an assignment were wrong', async () => {
    // An assignment's review may be closed for good ('never'); asking its wrong ones first would tell.
    const { slug, questionIds } = await article(12);
    const student = await createViewer(db);
    const assign = await classOf(student, slug);
    const day = 86_400_000;
    const t0 = new Date(Date.now() - 3 * day);
    // Three days ago: the first practice try, questions 0-9, all right.
    const first = (await startPracticeAttempt(student, slug, t0))!;
    for (let i = 0; i < 10; i++) expect(await saveAnswer(student, first, questionIds[i], `answer ${i}`, t0)).toBe('saved');
    expect(await submitAttempt(student, first, t0)).toMatchObject({ outcome: 'submitted' });
    // Two days ago: an assignment of questions 10 and 11, left blank (wrong), review never; due yesterday.
    const openAt = new Date(t0.getTime() + day);
    const assignmentId = await assign([questionIds[10], questionIds[11]], openAt, { reviewPolicy: 'never' });
    const taken = await startAssignmentAttempt(student, assignmentId, new Date(openAt.getTime() + 60_000));
    if (taken.outcome !== 'ok') throw new Error(taken.outcome);
    expect(await submitAttempt(student, taken.attemptId, new Date(openAt.getTime() + 120_000))).toMatchObject({ outcome: 'submitted' });
    // All twelve seen: the assignment's two count as seen (most recently), not as wrong, so the
    // retry asks those seen longest ago — the first try's ten — not the assignment's two first.
    const second = await start(student, slug);
    expect(sorted(second.order)).toEqual(sorted(questionIds.slice(0, 10)));
  });
});
