// The bulk mark in the other direction (a key that accepted a wrong answer, or a bulk "correct"
// made by mistake), and the "mark changed" count every score view reads, against a real database
// (SQLite and PostgreSQL), through the server action as the teacher's page posts it.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '@/lib/auth';
import { disconnectDb, getDb, type Db } from '@/lib/db';
import { createViewer, createClassroom } from '../factories';
import { minutes } from './assignment-inputs';
import { form } from './action-form';

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock('@/lib/auth', () => ({ getViewer: async () => session.viewer }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const { markAnswerAction } = await import('@/lib/actions/answer-marks');
const { getAssignmentReport, getGradebook } = await import('@/lib/dal/gradebook');
const { getAttemptReview, listMyScores } = await import('@/lib/dal/results');
const { getStudentWork } = await import('@/lib/dal/student-answers');
const { assign, take, scoreOf: storedScore, HAMLET, FRANCE } = await import('./answer-marks-support');

let db: Db;
beforeAll(async () => {
  db = await getDb();
});
afterAll(disconnectDb);
beforeEach(() => {
  session.viewer = null;
});

async function post(viewer: Viewer | null, fields: Record<string, string>) {
  session.viewer = viewer;
  return markAnswerAction({ status: 'idle' }, form(fields));
}
const scoreOf = (attemptId: string) => storedScore(db, attemptId);
const hamletOf = (attemptId: string, questionId: string) =>
  db.response.findFirstOrThrow({ where: { attemptId, questionId }, select: { isCorrect: true, autoIsCorrect: true, overriddenById: true, overriddenAt: true } });

describe('every same answer marked not correct', () => {
  it('marks the answers the key accepted, in this assignment only, recounts, and marking back removes the overrides', async () => {
    const room = await createClassroom(db, 3);
    const [ada, ben, cy] = room.students;
    const id = await assign(room);
    // The key accepted "William Shakespeare"; the teacher decides this assignment wanted more.
    const a = await take(ada, id, minutes(1), { [FRANCE]: 'Paris', [HAMLET]: 'William Shakespeare' });
    const b = await take(ben, id, minutes(2), { [HAMLET]: '  william shakespeare! ' });
    const c = await take(cy, id, minutes(3), { [HAMLET]: 'Shakespeare' });
    // The same teacher's other assignment of the same questions: untouched.
    const otherId = await assign(room, { title: 'Quiz 2', attemptsAllowed: 2 });
    const d = await take(ada, otherId, minutes(4), { [HAMLET]: 'William Shakespeare' });
    expect([await scoreOf(a.attemptId), await scoreOf(b.attemptId), await scoreOf(c.attemptId), await scoreOf(d.attemptId)]).toEqual([2, 1, 1, 1]);
    // The page offers it with the count it would change.
    const before = (await getStudentWork(room.teacher, id, ada.id, minutes(5)))!;
    expect(before.attempts[0].answers.find((x) => x.prompt === HAMLET)).toMatchObject({ isCorrect: true, sameCorrect: 2, sameTotal: 2 });

    const marked = await post(room.teacher, { attemptId: a.attemptId, questionId: a.ids[HAMLET], intent: 'mark_same_wrong' });
    expect(marked).toMatchObject({ status: 'ok', message: 'Marked not correct: 2 answers of 2 students in this assignment.' });
    expect([await scoreOf(a.attemptId), await scoreOf(b.attemptId)]).toEqual([1, 0]);
    // A different answer (the surname alone) and the other assignment keep their marks.
    expect([await scoreOf(c.attemptId), await scoreOf(d.attemptId)]).toEqual([1, 1]);
    expect(await hamletOf(a.attemptId, a.ids[HAMLET])).toMatchObject({ isCorrect: false, autoIsCorrect: true, overriddenById: room.teacher.id });
    expect(await hamletOf(d.attemptId, d.ids[HAMLET])).toMatchObject({ isCorrect: true, overriddenById: null, overriddenAt: null });
    expect(await post(room.teacher, { attemptId: b.attemptId, questionId: b.ids[HAMLET], intent: 'mark_same_wrong' })).toMatchObject({
      status: 'ok', message: 'Nothing changed: every same answer was already not correct.',
    });

    // Marking them back is the undo: the automatic grade again, no override left.
    expect(await post(room.teacher, { attemptId: b.attemptId, questionId: b.ids[HAMLET], intent: 'mark_same_correct' })).toMatchObject({
      status: 'ok', message: 'Marked correct: 2 answers of 2 students in this assignment.',
    });
    expect([await scoreOf(a.attemptId), await scoreOf(b.attemptId), await scoreOf(c.attemptId), await scoreOf(d.attemptId)]).toEqual([2, 1, 1, 1]);
    for (const t of [a, b]) {
      expect(await hamletOf(t.attemptId, t.ids[HAMLET])).toMatchObject({ isCorrect: true, autoIsCorrect: true, overriddenById: null, overriddenAt: null });
    }
  });

  it('undoes a bulk "correct" made by mistake, leaving no override behind', async () => {
    const room = await createClassroom(db, 2);
    const [ada, ben] = room.students;
    const id = await assign(room);
    const a = await take(ada, id, minutes(1), { [HAMLET]: 'Marlowe' });
    const b = await take(ben, id, minutes(2), { [HAMLET]: 'marlowe' });
    await post(room.teacher, { attemptId: a.attemptId, questionId: a.ids[HAMLET], intent: 'mark_same_correct' });
    expect([await scoreOf(a.attemptId), await scoreOf(b.attemptId)]).toEqual([1, 1]);
    const undone = await post(room.teacher, { attemptId: a.attemptId, questionId: a.ids[HAMLET], intent: 'mark_same_wrong' });
    expect(undone).toMatchObject({ status: 'ok', message: 'Marked not correct: 2 answers of 2 students in this assignment.' });
    expect([await scoreOf(a.attemptId), await scoreOf(b.attemptId)]).toEqual([0, 0]);
    for (const t of [a, b]) {
      expect(await hamletOf(t.attemptId, t.ids[HAMLET])).toMatchObject({ isCorrect: false, autoIsCorrect: false, overriddenById: null, overriddenAt: null });
    }
    expect((await getAttemptReview(ben, b.attemptId, minutes(3)))!.teacherMarks).toBe(0);
  });

  it('is refused to the student, another teacher and a signed-out visitor, changing nothing', async () => {
    const room = await createClassroom(db, 2);
    const [ada, ben] = room.students;
    const id = await assign(room);
    const a = await take(ada, id, minutes(1), { [HAMLET]: 'William Shakespeare' });
    const b = await take(ben, id, minutes(2), { [HAMLET]: 'William Shakespeare' });
    const fields = { attemptId: a.attemptId, questionId: a.ids[HAMLET], intent: 'mark_same_wrong' };
    const notFound = { status: 'error', message: 'That answer was not found among your classes’ assignments.' };
    expect(await post(ada, fields)).toMatchObject(notFound);
    expect(await post(await createViewer(db, 'teacher'), fields)).toMatchObject(notFound);
    expect(await post(null, fields)).toMatchObject({ status: 'error', message: 'Your session has ended. Sign in again to continue.' });
    expect([await scoreOf(a.attemptId), await scoreOf(b.attemptId)]).toEqual([1, 1]);
    expect(await db.response.count({ where: { attemptId: { in: [a.attemptId, b.attemptId] }, overriddenById: { not: null } } })).toBe(0);
  });
});

describe('the "mark changed" count beside each score', () => {
  it('is read by the attempts list, the gradebook, the student’s answers and the student’s scores, and goes when marked back', async () => {
    const room = await createClassroom(db, 2);
    const [ada, ben] = room.students;
    const id = await assign(room, { attemptsAllowed: 2 });
    const first = await take(ada, id, minutes(1), { [FRANCE]: 'Rome', [HAMLET]: 'Marlowe' });
    const second = await take(ada, id, minutes(2), { [FRANCE]: 'Paris' });
    await take(ben, id, minutes(3), { [HAMLET]: 'Bacon' });
    await post(room.teacher, { attemptId: first.attemptId, questionId: first.ids[HAMLET], intent: 'mark_correct' });
    await post(room.teacher, { attemptId: first.attemptId, questionId: first.ids[FRANCE], intent: 'mark_correct' });

    const report = (await getAssignmentReport(room.teacher, id, minutes(4)))!;
    expect(report.attempts.map((t) => [t.studentName, t.number, t.changedMarks])).toEqual([
      [ada.name, 1, 2], [ada.name, 2, 0], [ben.name, 1, 0],
    ]);
    const book = (await getGradebook(room.teacher, room.classId, minutes(4)))!;
    const cellOf = (v: Viewer) => book.students.find((s) => s.id === v.id)!.cells[0];
    expect([cellOf(ada).changedMarks, cellOf(ben).changedMarks]).toEqual([2, 0]);
    expect((await getStudentWork(room.teacher, id, ada.id, minutes(4)))!.attempts.map((t) => t.changedMarks)).toEqual([2, 0]);
    const mine = await listMyScores(ada);
    expect(mine.attempts.map((r) => [r.attemptId, r.changedMarks])).toEqual([[second.attemptId, 0], [first.attemptId, 2]]);
    expect(mine.perQuiz[0].best).toMatchObject({ attemptId: first.attemptId, percent: 67, changedMarks: 2 });

    // Marked back: no marker anywhere.
    await post(room.teacher, { attemptId: first.attemptId, questionId: first.ids[HAMLET], intent: 'mark_wrong' });
    await post(room.teacher, { attemptId: first.attemptId, questionId: first.ids[FRANCE], intent: 'mark_wrong' });
    expect((await getAssignmentReport(room.teacher, id, minutes(5)))!.attempts.map((t) => t.changedMarks)).toEqual([0, 0, 0]);
    expect((await getGradebook(room.teacher, room.classId, minutes(5)))!.students.map((s) => s.cells[0].changedMarks)).toEqual([0, 0]);
    expect((await listMyScores(ada)).attempts.map((r) => r.changedMarks)).toEqual([0, 0]);
  });

  it('tells the student how many on their scores while answers are withheld, as their results do, and never which', async () => {
    const room = await createClassroom(db, 1);
    const [ada] = room.students;
    const id = await assign(room, { reviewPolicy: 'never' });
    const t = await take(ada, id, minutes(1), { [HAMLET]: 'Marlowe' });
    await post(room.teacher, { attemptId: t.attemptId, questionId: t.ids[HAMLET], intent: 'mark_correct' });
    const review = (await getAttemptReview(ada, t.attemptId, minutes(2)))!;
    expect(review).toMatchObject({ teacherMarks: 1, withheld: { reason: 'never' } });
    const [row] = (await listMyScores(ada)).attempts;
    expect(row.changedMarks).toBe(review.teacherMarks);
    // A count and a score: nothing that names a question or an answer.
    expect(Object.keys(row).sort()).toEqual(['article', 'assignment', 'attemptId', 'changedMarks', 'percent', 'score', 'submittedAt', 'total']);
  });
});
