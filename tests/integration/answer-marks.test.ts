// A teacher's mark on a submitted answer, against a real database (SQLite and PostgreSQL): one
// answer marked correct and back, every same answer in the assignment at once (never another
// class's), the score recounted under marks at once, and who may mark — through the server
// action as a page posts it (only the session lookup and Next's cache are stood in for).
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '@/lib/auth';
import { disconnectDb, getDb, type Db } from '@/lib/db';
import { createClass, joinClass } from '@/lib/dal/classes';
import { createViewer, createClassroom } from '../factories';
import { minutes } from './assignment-inputs';
import { form } from './action-form';

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock('@/lib/auth', () => ({ getViewer: async () => session.viewer }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const { markAnswerAction } = await import('@/lib/actions/answer-marks');
const { submitAttempt } = await import('@/lib/dal/attempts');
const { attemptsCsvRows, getAssignmentReport, getGradebook } = await import('@/lib/dal/gradebook');
const { getAttemptReview } = await import('@/lib/dal/results');
const { markAnswer } = await import('@/lib/dal/response-overrides');
const { getStudentWork } = await import('@/lib/dal/student-answers');
const { assign, take, scoreOf: storedScore, HAMLET, FRANCE, WATER } = await import('./answer-marks-support');

let db: Db;
beforeAll(async () => {
  db = await getDb();
});
afterAll(disconnectDb);
beforeEach(() => {
  session.viewer = null;
});

/** The action as the teacher's page posts it, signed in as `viewer`. */
async function post(viewer: Viewer | null, fields: Record<string, string>) {
  session.viewer = viewer;
  return markAnswerAction({ status: 'idle' }, form(fields));
}

const scoreOf = (attemptId: string) => storedScore(db, attemptId);

describe('one answer marked by the class’s teacher', () => {
  it('counts in the score everywhere it is read, says who marked it, and marking it back restores the automatic grade', async () => {
    const room = await createClassroom(db, 1);
    const [ada] = room.students;
    const id = await assign(room);
    const { attemptId, ids } = await take(ada, id, minutes(1), { [FRANCE]: 'Paris', [WATER]: 'false', [HAMLET]: 'Shakespear' });
    expect(await scoreOf(attemptId)).toBe(1);

    const marked = await post(room.teacher, { attemptId, questionId: ids[HAMLET], intent: 'mark_correct' });
    expect(marked).toMatchObject({ status: 'ok', message: 'Marked correct.' });
    expect(await scoreOf(attemptId)).toBe(2);

    // The teacher's page: the mark, who made it, and the grade by the assignment's method.
    const work = (await getStudentWork(room.teacher, id, ada.id, minutes(2)))!;
    expect(work.grade).toBe(67);
    expect(work.attempts[0]).toMatchObject({ score: 2, percent: 67 });
    const hamlet = work.attempts[0].answers.find((a) => a.prompt === HAMLET)!;
    expect(hamlet).toMatchObject({ isCorrect: true, given: 'Shakespear', override: { by: room.teacher.name } });
    // The gradebook, the attempts list and its CSV, the statistics.
    expect((await getGradebook(room.teacher, room.classId, minutes(2)))!.students[0].cells[0].grade).toBe(67);
    const report = (await getAssignmentReport(room.teacher, id, minutes(2)))!;
    expect(report.attempts[0]).toMatchObject({ score: 2, percent: 67 });
    expect(attemptsCsvRows(report)[1].slice(6, 9)).toEqual([2, 3, 67]);
    const item = report.items.find((q) => q.prompt === HAMLET)!;
    expect(item.facility).toBe(1);
    expect(item.choices).toContainEqual({ label: 'Shakespear', count: 1, isCorrect: true });
    // The student's own review: the new score, and that the teacher changed the mark.
    const review = (await getAttemptReview(ada, attemptId, minutes(2)))!;
    expect(review).toMatchObject({ score: 2, percent: 67, teacherMarks: 1 });
    expect(review.questions.find((q) => q.prompt === HAMLET)).toMatchObject({ isCorrect: true, markedByTeacher: { name: room.teacher.name } });

    // Marking it back is the undo: the automatic grade again, with no override left.
    expect(await post(room.teacher, { attemptId, questionId: ids[HAMLET], intent: 'mark_wrong' })).toMatchObject({ status: 'ok', message: 'Marked not correct.' });
    expect(await scoreOf(attemptId)).toBe(1);
    const stored = await db.response.findFirstOrThrow({ where: { attemptId, questionId: ids[HAMLET] } });
    expect(stored).toMatchObject({ isCorrect: false, autoIsCorrect: false, overriddenById: null, overriddenAt: null });
    const after = (await getAttemptReview(ada, attemptId, minutes(3)))!;
    expect(after).toMatchObject({ score: 1, teacherMarks: 0 });
    expect(after.questions.find((q) => q.prompt === HAMLET)!.markedByTeacher).toBeNull();

    // A right answer marked not correct is an override too, and shows as one.
    await post(room.teacher, { attemptId, questionId: ids[FRANCE], intent: 'mark_wrong' });
    expect(await scoreOf(attemptId)).toBe(0);
    expect(await db.response.findFirstOrThrow({ where: { attemptId, questionId: ids[FRANCE] } })).toMatchObject({
      isCorrect: false, autoIsCorrect: true, overriddenById: room.teacher.id,
    });
  });

  it('is told to the student even while answers are withheld, without saying which answer', async () => {
    const room = await createClassroom(db, 1);
    const [ada] = room.students;
    const id = await assign(room, { reviewPolicy: 'never' });
    const { attemptId, ids } = await take(ada, id, minutes(1), { [HAMLET]: 'Shakespear' });
    await post(room.teacher, { attemptId, questionId: ids[HAMLET], intent: 'mark_correct' });
    const review = (await getAttemptReview(ada, attemptId, minutes(2)))!;
    expect(review).toMatchObject({ score: 1, teacherMarks: 1, withheld: { reason: 'never' } });
    expect(review.questions.map((q) => [q.isCorrect, q.markedByTeacher])).toEqual([[null, null], [null, null], [null, null]]);
  });

  it('follows the grading method when the student has several attempts', async () => {
    const room = await createClassroom(db, 1);
    const [ada] = room.students;
    const id = await assign(room, { attemptsAllowed: 2, gradingMethod: 'first' });
    const first = await take(ada, id, minutes(1), { [FRANCE]: 'Paris', [HAMLET]: 'Shakespear' });
    await take(ada, id, minutes(2), { [FRANCE]: 'Paris', [WATER]: 'true' });
    const gradeNow = async () => (await getGradebook(room.teacher, room.classId, minutes(3)))!.students[0].cells[0].grade;
    expect(await gradeNow()).toBe(33);
    await post(room.teacher, { attemptId: first.attemptId, questionId: first.ids[HAMLET], intent: 'mark_correct' });
    expect(await gradeNow()).toBe(67);
    expect((await getStudentWork(room.teacher, id, ada.id, minutes(3)))!.grade).toBe(67);
  });
});

describe('every same answer in the assignment', () => {
  it('marks the answers that normalise equal, in this assignment only, and says how many changed', async () => {
    const room = await createClassroom(db, 3);
    const [ada, ben, cy] = room.students;
    const id = await assign(room, { attemptsAllowed: 2 });
    const a1 = await take(ada, id, minutes(1), { [HAMLET]: 'Marlowe' });
    const a2 = await take(ada, id, minutes(2), { [HAMLET]: 'marlowe!' });
    const b = await take(ben, id, minutes(3), { [HAMLET]: '  MARLOWE ' });
    const c = await take(cy, id, minutes(4), { [HAMLET]: 'Bacon' });
    // The same question bank in another teacher's class: untouched.
    const otherTeacher = await createViewer(db, 'teacher');
    const otherClass = await createClass(otherTeacher, 'Period 5');
    if (otherClass.result !== 'ok') throw new Error('no class');
    const dan = await createViewer(db);
    await joinClass(dan, otherClass.joinCode);
    const otherId = await assign({ ...room, teacher: otherTeacher, classId: otherClass.id });
    const d = await take(dan, otherId, minutes(5), { [HAMLET]: 'Marlowe' });
    expect(d.ids[HAMLET]).toBe(a1.ids[HAMLET]);

    const marked = await post(room.teacher, { attemptId: a1.attemptId, questionId: a1.ids[HAMLET], intent: 'mark_same_correct' });
    expect(marked).toMatchObject({ status: 'ok', message: 'Marked correct: 3 answers of 2 students in this assignment.' });
    expect([await scoreOf(a1.attemptId), await scoreOf(a2.attemptId), await scoreOf(b.attemptId)]).toEqual([1, 1, 1]);
    expect(await scoreOf(c.attemptId)).toBe(0);
    expect(await scoreOf(d.attemptId)).toBe(0);
    // Again: nothing left to change.
    expect(await post(room.teacher, { attemptId: b.attemptId, questionId: b.ids[HAMLET], intent: 'mark_same_correct' })).toMatchObject({
      status: 'ok', message: 'Nothing changed: every same answer was already correct.',
    });
    // Each one can still be marked back alone.
    await post(room.teacher, { attemptId: a2.attemptId, questionId: a2.ids[HAMLET], intent: 'mark_wrong' });
    expect([await scoreOf(a1.attemptId), await scoreOf(a2.attemptId)]).toEqual([1, 0]);
    // The page counts what the bulk button would change.
    const work = (await getStudentWork(room.teacher, id, ada.id, minutes(6)))!;
    expect(work.attempts[1].answers.find((a) => a.prompt === HAMLET)).toMatchObject({ sameTotal: 3, sameNotCorrect: 1 });
  });
});

describe('who may mark, and when', () => {
  it('refuses another teacher, the student, a signed-out visitor, bad input, an attempt in progress and a blank answer', async () => {
    const room = await createClassroom(db, 2);
    const [ada, ben] = room.students;
    const id = await assign(room);
    const done = await take(ada, id, minutes(1), { [HAMLET]: 'Marlowe' });
    const running = await take(ben, id, minutes(2), { [HAMLET]: 'Marlowe' }, false);
    const hamlet = { attemptId: done.attemptId, questionId: done.ids[HAMLET], intent: 'mark_correct' };
    const notFound = { status: 'error', message: 'That answer was not found among your classes’ assignments.' };

    expect(await post(await createViewer(db, 'teacher'), hamlet)).toMatchObject(notFound);
    expect(await post(ada, hamlet)).toMatchObject(notFound);
    expect(await post(null, hamlet)).toMatchObject({ status: 'error', message: 'Your session has ended. Sign in again to continue.' });
    expect(await post(room.teacher, { ...hamlet, intent: 'mark_all' })).toMatchObject({ status: 'error', fieldErrors: { intent: expect.any(Array) } });
    expect(await post(room.teacher, { ...hamlet, score: '3' })).toMatchObject({ status: 'error', fieldErrors: { form: ['Unexpected field.'] } });
    expect(await post(room.teacher, { ...hamlet, attemptId: 'x"; DROP' })).toMatchObject({ status: 'error', fieldErrors: { attemptId: expect.any(Array) } });
    expect(await scoreOf(done.attemptId)).toBe(0);

    // In progress: the student's submit grades it.
    expect(await post(room.teacher, { ...hamlet, attemptId: running.attemptId })).toMatchObject({
      status: 'error', message: 'This attempt is still in progress; it can be marked once it is submitted.',
    });
    expect(await post(room.teacher, { ...hamlet, attemptId: running.attemptId, intent: 'mark_same_correct' })).toMatchObject({ status: 'error' });
    expect(await db.response.findFirstOrThrow({ where: { attemptId: running.attemptId, questionId: done.ids[HAMLET] } })).toMatchObject({
      isCorrect: null, overriddenById: null,
    });
    // The bulk from Ada's answer leaves Ben's running attempt alone; his submit grades it as usual.
    await post(room.teacher, { ...hamlet, intent: 'mark_same_correct' });
    await submitAttempt(ben, running.attemptId, minutes(3));
    expect([await scoreOf(done.attemptId), await scoreOf(running.attemptId)]).toEqual([1, 0]);

    // A question left blank has no answer to mark.
    expect(await post(room.teacher, { ...hamlet, questionId: done.ids[FRANCE] })).toMatchObject({ status: 'error' });
    expect(await scoreOf(done.attemptId)).toBe(1);
  });
});

describe('marks at once', () => {
  it('leave the score equal to the number of answers marked right', async () => {
    const room = await createClassroom(db, 1);
    const [ada] = room.students;
    const id = await assign(room);
    const { attemptId, ids } = await take(ada, id, minutes(1), { [FRANCE]: 'Rome', [WATER]: 'false', [HAMLET]: 'Marlowe' });
    expect(await scoreOf(attemptId)).toBe(0);
    const mark = (prompt: string, isCorrect: boolean) => markAnswer(room.teacher, { attemptId, questionId: ids[prompt], isCorrect }, minutes(2));
    // Three marks at once, each twice (a double click): three answers right, score 3.
    const all = await Promise.all([FRANCE, WATER, HAMLET, FRANCE, WATER, HAMLET].map((p) => mark(p, true)));
    expect(all.every((r) => r.result === 'ok')).toBe(true);
    expect(await scoreOf(attemptId)).toBe(3);
    // Rounds of marks and unmarks at once: after each, the score is the count of right answers
    // (a recount that read before another mark committed would be off by one).
    for (let round = 0; round < 8; round++) {
      const targets = [round % 2 === 0, round % 3 === 0, round % 4 !== 1];
      await Promise.all([FRANCE, WATER, HAMLET].map((p, i) => mark(p, targets[i])));
      const right = await db.response.count({ where: { attemptId, isCorrect: true } });
      expect(right).toBe(targets.filter(Boolean).length);
      expect(await scoreOf(attemptId)).toBe(right);
    }
  });
});
