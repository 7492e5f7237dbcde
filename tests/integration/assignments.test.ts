// Assignments against a real database, with the clock passed in: deadlines, time limits, late
// work, attempt limits, grading methods, review settings, the study-deck exclusion, and who may
// see what. Every DAL call takes `now`, so moving the clock is just passing a later time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRACE_MS } from '@/lib/assignments/policy';
import { canStartAgain, createAssignment, deleteAssignment, listClassAssignments, listMyAssignments, startAssignmentAttempt } from '@/lib/dal/assignments';
import { closeExpiredAttempts, getAttemptForTaking, practicePausedFor, saveAnswer, startPracticeAttempt, submitAttempt } from '@/lib/dal/attempts';
import { attemptsCsvRows, getAssignmentReport, getGradebook, gradebookCsvRows } from '@/lib/dal/gradebook';
import { getAttemptReview, listMyScores } from '@/lib/dal/results';
import { listDeck } from '@/lib/dal/study-deck';
import { disconnectDb, getDb, type Db } from '@/lib/db';
import type { Viewer } from '@/lib/auth';
import type { CreateAssignmentInput } from '@/lib/schemas/assignments';
import { createClassroom, createViewer, THREE_QUESTIONS } from '../factories';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});
afterAll(disconnectDb);

const T0 = new Date('2031-03-03T09:00:00Z');
const minutes = (n: number, from = T0) => new Date(from.getTime() + n * 60_000);
const local = (d: Date) => d.toISOString().slice(0, 16);

const classroom = (students = 1) => createClassroom(db, students, 'Period 3');

function input(classId: string, slug: string, over: Partial<CreateAssignmentInput> = {}): CreateAssignmentInput {
  return {
    classId, articleSlug: slug, title: 'Quiz 1', openAt: local(T0), dueAt: local(minutes(120)), tzOffset: 0,
    attemptsAllowed: 1, gradingMethod: 'highest', timeLimitMinutes: undefined, shuffleQuestions: false, shuffleChoices: false,
    reviewPolicy: 'immediately', latePolicy: 'refuse', questionMode: 'best', bestCount: 10, questionIds: [], ...over,
  };
}

async function assign(room: Awaited<ReturnType<typeof classroom>>, over: Partial<CreateAssignmentInput> = {}) {
  const created = await createAssignment(room.teacher, input(room.classId, room.article.slug, over), minutes(-60));
  if (created.result !== 'ok') throw new Error(`not assigned: ${created.result}`);
  return created.id;
}

async function start(student: Viewer, assignmentId: string, at: Date) {
  const started = await startAssignmentAttempt(student, assignmentId, at);
  if (started.outcome !== 'ok') throw new Error(`not started: ${started.outcome}`);
  return started.attemptId;
}

/** Answers every question right (or the first `right` of them) at `at`. */
async function answer(student: Viewer, attemptId: string, at: Date, right = 3, hamlet = 'William Shakespeare') {
  const taking = (await getAttemptForTaking(student, attemptId, at))!;
  const key: Record<string, string> = { 'Capital of France?': 'Paris', 'Water boils at 100 °C at sea level.': 'true', 'Who wrote Hamlet?': hamlet };
  const wrong: Record<string, string> = { 'Capital of France?': 'Rome', 'Water boils at 100 °C at sea level.': 'false', 'Who wrote Hamlet?': 'Marlowe' };
  const order = THREE_QUESTIONS.map((q) => q.prompt);
  for (const q of taking.questions) {
    const isRight = order.indexOf(q.prompt) < right;
    expect(await saveAnswer(student, attemptId, q.id, isRight ? key[q.prompt] : wrong[q.prompt], at)).toBe('saved');
  }
}

describe('creating assignments', () => {
  it('builds the quiz from the best N approved questions or the picked ones', async () => {
    const room = await classroom();
    const best = await assign(room, { bestCount: 2 });
    const picked = await assign(room, { questionMode: 'pick', questionIds: [room.article.questionIds[2]] });
    const list = await listClassAssignments(room.teacher, room.classId);
    expect(list?.find((a) => a.id === best)?.questionCount).toBe(2);
    expect(list?.find((a) => a.id === picked)?.questionCount).toBe(1);
  });

  it('is refused to students, to another teacher, for a past due time and for unapproved questions', async () => {
    const room = await classroom();
    const other = await createViewer(db, 'teacher');
    const now = minutes(-60);
    expect(await createAssignment(room.students[0], input(room.classId, room.article.slug), now)).toEqual({ result: 'forbidden' });
    expect(await createAssignment(other, input(room.classId, room.article.slug), now)).toEqual({ result: 'not_found' });
    expect(await createAssignment(room.teacher, input(room.classId, room.article.slug), minutes(200))).toEqual({ result: 'due_in_past' });
    await db.question.update({ where: { id: room.article.questionIds[0] }, data: { status: 'draft' } });
    expect(await createAssignment(room.teacher, input(room.classId, room.article.slug, { questionMode: 'pick', questionIds: [room.article.questionIds[0]] }), now))
      .toEqual({ result: 'unknown_questions' });
    expect(await db.assignment.count({ where: { classId: room.classId } })).toBe(0);
  });
});

describe('taking an assignment', () => {
  it('opens at its open time, allows the set number of attempts, and only to class members', async () => {
    const room = await classroom();
    const id = await assign(room, { attemptsAllowed: 2 });
    const [student] = room.students;
    const outsider = await createViewer(db);
    expect(await startAssignmentAttempt(outsider, id, minutes(5))).toEqual({ outcome: 'not_found' });
    expect(await startAssignmentAttempt(student, id, minutes(-1))).toEqual({ outcome: 'not_open' });
    const first = await start(student, id, minutes(5));
    expect(await start(student, id, minutes(6))).toBe(first); // resumes the open attempt
    expect(await canStartAgain(student, id, minutes(6))).toBe(false); // one is open
    await submitAttempt(student, first, minutes(7));
    // The results page offers "Try again" while an attempt is left, and not after.
    expect(await canStartAgain(student, id, minutes(7))).toBe(true);
    expect(await canStartAgain(outsider, id, minutes(7))).toBe(false);
    const second = await start(student, id, minutes(8));
    await submitAttempt(student, second, minutes(9));
    expect(await canStartAgain(student, id, minutes(9))).toBe(false);
    expect(await startAssignmentAttempt(student, id, minutes(10))).toEqual({ outcome: 'no_attempts_left' });
  });

  it('keeps the attempt limit when many starts arrive at once, and every start gets the one attempt', async () => {
    // Several rounds: a race lost only now and then (a start resuming an attempt another start
    // then took back) shows up in one of them.
    const room = await classroom();
    const [student] = room.students;
    for (let round = 0; round < 6; round++) {
      const id = await assign(room, { attemptsAllowed: 1, title: `Race ${round}` });
      const results = await Promise.all(Array.from({ length: 8 }, () => startAssignmentAttempt(student, id, minutes(5))));
      const ids = new Set(results.map((r) => (r.outcome === 'ok' ? r.attemptId : r.outcome)));
      const stored = await db.attempt.findMany({ where: { assignmentId: id, userId: student.id }, select: { id: true } });
      expect(stored).toHaveLength(1);
      expect([...ids]).toEqual([stored[0].id]);
    }
  });

  it('refuses answers after the time limit and its grace, and closes the attempt with what was saved', async () => {
    const room = await classroom();
    const id = await assign(room, { timeLimitMinutes: 10 });
    const [student] = room.students;
    const attemptId = await start(student, id, minutes(0));
    const taking = (await getAttemptForTaking(student, attemptId, minutes(1)))!;
    expect(taking.deadlineAt).toEqual(minutes(10));
    const [q1, q2, q3] = taking.questions;
    expect(await saveAnswer(student, attemptId, q1.id, q1.type === 'short_answer' ? 'William Shakespeare' : q1.choices.find((c) => ['Paris', 'true'].includes(c.value))!.value, minutes(9))).toBe('saved');
    // Within the grace period an answer still lands (the click was in time, the request was slow).
    expect(await saveAnswer(student, attemptId, q2.id, q2.type === 'short_answer' ? 'William Shakespeare' : q2.choices.find((c) => ['Paris', 'true'].includes(c.value))!.value, new Date(minutes(10).getTime() + GRACE_MS - 1000))).toBe('saved');
    // After it, refused — and the attempt is closed and graded at its deadline.
    expect(await saveAnswer(student, attemptId, q3.id, 'William Shakespeare', new Date(minutes(10).getTime() + GRACE_MS + 1000))).toBe('closed');
    const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(attempt).toMatchObject({ status: 'submitted', autoSubmitted: true, score: 2, total: 3, isLate: false });
    expect(attempt.submittedAt).toEqual(minutes(10));
    expect(await submitAttempt(student, attemptId, minutes(12))).toEqual({ outcome: 'already_submitted' });
  });

  it('marks the countdown’s submit at zero as closed when time ran out, with the answers saved in the grace; a student’s own submit then is not', async () => {
    const room = await classroom(2);
    const id = await assign(room, { timeLimitMinutes: 10 });
    const [ada, ben] = room.students;
    const inGrace = new Date(minutes(10).getTime() + 2_000);
    const byCountdown = await start(ada, id, minutes(0));
    await answer(ada, byCountdown, new Date(minutes(10).getTime() + 1_000), 1);
    expect(await submitAttempt(ada, byCountdown, inGrace, { byCountdown: true })).toMatchObject({ outcome: 'submitted', score: 1, autoSubmitted: true });
    expect(await db.attempt.findUniqueOrThrow({ where: { id: byCountdown } })).toMatchObject({ autoSubmitted: true, submittedAt: minutes(10) });
    const byStudent = await start(ben, id, minutes(0));
    expect(await submitAttempt(ben, byStudent, inGrace)).toMatchObject({ outcome: 'submitted', autoSubmitted: false });
  });

  it('closes an expired attempt without the student: the gradebook shows the grade', async () => {
    const room = await classroom();
    const id = await assign(room, { timeLimitMinutes: 5 });
    const [student] = room.students;
    const attemptId = await start(student, id, minutes(0));
    await answer(student, attemptId, minutes(1), 1);
    // The student closes the tab and never comes back; the teacher opens the gradebook.
    const book = (await getGradebook(room.teacher, room.classId, minutes(30)))!;
    expect(book.students[0].cells[0]).toMatchObject({ grade: 33, status: 'submitted', attempts: 1 });
    expect(await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({ autoSubmitted: true, submittedAt: minutes(5) });
  });

  it('the scheduled sweep closes every expired attempt once', async () => {
    const room = await classroom(3);
    const id = await assign(room, { timeLimitMinutes: 5 });
    for (const s of room.students) await start(s, id, minutes(0));
    const later = minutes(7);
    const closed = await Promise.all([closeExpiredAttempts(later, { assignmentIds: [id] }), closeExpiredAttempts(later, { assignmentIds: [id] })]);
    expect(closed[0] + closed[1]).toBe(3);
    expect(await db.attempt.count({ where: { assignmentId: id, status: 'submitted', autoSubmitted: true } })).toBe(3);
  });

  it('when late work is refused: no start after the due time, and an open attempt ends at it', async () => {
    const room = await classroom(2);
    const id = await assign(room, { latePolicy: 'refuse' });
    const [early, late] = room.students;
    const attemptId = await start(early, id, minutes(100));
    expect((await getAttemptForTaking(early, attemptId, minutes(101)))!.deadlineAt).toEqual(minutes(120));
    expect(await startAssignmentAttempt(late, id, minutes(121))).toEqual({ outcome: 'closed' });
    const mine = await listMyAssignments(late, minutes(121));
    expect(mine.find((a) => a.id === id)).toMatchObject({ status: 'missed', canStart: 'closed' });
  });

  it('when late work is accepted: it is marked late and the status says so', async () => {
    const room = await classroom();
    const id = await assign(room, { latePolicy: 'mark_late' });
    const [student] = room.students;
    const attemptId = await start(student, id, minutes(130));
    await answer(student, attemptId, minutes(131));
    expect(await submitAttempt(student, attemptId, minutes(132))).toMatchObject({ outcome: 'submitted', isLate: true, score: 3 });
    expect((await listMyAssignments(student, minutes(133))).find((a) => a.id === id)).toMatchObject({ status: 'late', grade: 100 });
  });
});

describe('grades, review settings and visibility', () => {
  it('lists an assignment\'s scores under its own title, apart from practice on the same article', async () => {
    const room = await classroom();
    const id = await assign(room, { title: 'Friday check' });
    const [student] = room.students;
    const attemptId = await start(student, id, minutes(5));
    await answer(student, attemptId, minutes(6), 3);
    await submitAttempt(student, attemptId, minutes(7));
    const practice = (await startPracticeAttempt(student, room.article.slug, minutes(200)))!;
    await answer(student, practice, minutes(201), 1);
    await submitAttempt(student, practice, minutes(202));
    const { attempts, perQuiz } = await listMyScores(student);
    expect(attempts).toHaveLength(2);
    expect(perQuiz.map((q) => [q.assignment?.title ?? 'practice', q.article.slug, q.best.percent, q.attempts]).sort()).toEqual(
      [['Friday check', room.article.slug, 100, 1], ['practice', room.article.slug, 33, 1]].sort(),
    );
  });

  it('grades by the assignment method across attempts', async () => {
    for (const [method, expected] of [['highest', 100], ['latest', 33], ['first', 67], ['average', 67]] as const) {
      const room = await classroom();
      const id = await assign(room, { attemptsAllowed: 'unlimited', gradingMethod: method });
      const [student] = room.students;
      for (const [i, right] of [2, 3, 1].entries()) {
        const attemptId = await start(student, id, minutes(10 * i));
        await answer(student, attemptId, minutes(10 * i + 1), right);
        await submitAttempt(student, attemptId, minutes(10 * i + 2));
      }
      const book = (await getGradebook(room.teacher, room.classId, minutes(60)))!;
      expect([method, book.students[0].cells[0].grade]).toEqual([method, expected]);
    }
  });

  it('shows correct answers per the review setting', async () => {
    const room = await classroom();
    const afterDue = await assign(room, { reviewPolicy: 'after_due' });
    const never = await assign(room, { reviewPolicy: 'never', title: 'Quiz 2' });
    const [student] = room.students;
    for (const id of [afterDue, never]) {
      const attemptId = await start(student, id, minutes(1));
      await answer(student, attemptId, minutes(2));
      await submitAttempt(student, attemptId, minutes(3));
      const before = (await getAttemptReview(student, attemptId, minutes(4)))!;
      expect(before.score).toBe(3);
      expect(before.questions.every((q) => q.correctAnswer === null && q.isCorrect === null && q.source === null)).toBe(true);
      const after = (await getAttemptReview(student, attemptId, minutes(121)))!;
      if (id === afterDue) expect(after.questions.map((q) => q.correctAnswer).sort()).toEqual(['Paris', 'True', 'William Shakespeare']);
      else expect(after.withheld).toEqual({ reason: 'never' });
    }
  });

  it('keeps an open assignment’s questions out of the student’s deck and practice until the due time', async () => {
    const room = await classroom();
    const [student] = room.students;
    const articleId = (await db.article.findUniqueOrThrow({ where: { slug: room.article.slug } })).id;
    expect((await listDeck(student, articleId)).filter((c) => c.key.startsWith('q:'))).toHaveLength(3);
    const practiceBefore = (await startPracticeAttempt(student, room.article.slug, minutes(-30)))!;
    // Due in 2031, after the real clock that listDeck uses.
    await assign(room, { questionMode: 'pick', questionIds: [room.article.questionIds[0]] });
    expect((await listDeck(student, articleId)).map((c) => c.key)).not.toContain(`q:${room.article.questionIds[0]}`);
    expect(await startPracticeAttempt(student, room.article.slug, minutes(1))).toBeNull();
    expect(await practicePausedFor(student, room.article.slug, minutes(1))).toEqual({ reason: 'own_time', until: minutes(120) });
    // A practice attempt begun before the assignment does not show that question's answer.
    await submitAttempt(student, practiceBefore, minutes(2));
    const review = (await getAttemptReview(student, practiceBefore, minutes(3)))!;
    expect(review.withheld).toEqual({ reason: 'open_assignment' });
    expect(review.questions.find((q) => q.id === room.article.questionIds[0])?.correctAnswer).toBeNull();
    expect(review.questions.find((q) => q.id === room.article.questionIds[1])?.correctAnswer).toBe('True');
    // Another student (not in the class) is not affected; after the due time the student isn't either.
    const outsider = await createViewer(db);
    expect(await startPracticeAttempt(outsider, room.article.slug, minutes(1))).not.toBeNull();
    expect(await practicePausedFor(student, room.article.slug, minutes(121))).toBeNull();
  });

  it('shuffles per attempt and the review follows the order the student saw', async () => {
    const room = await classroom(6);
    const id = await assign(room, { shuffleQuestions: true, shuffleChoices: true });
    const orders = new Set<string>();
    for (const s of room.students) {
      const attemptId = await start(s, id, minutes(1));
      const taking = (await getAttemptForTaking(s, attemptId, minutes(2)))!;
      orders.add(taking.questions.map((q) => q.id).join());
      await submitAttempt(s, attemptId, minutes(3));
      expect((await getAttemptReview(s, attemptId, minutes(4)))!.questions.map((q) => q.id)).toEqual(taking.questions.map((q) => q.id));
    }
    expect(orders.size).toBeGreaterThan(1);
  });

  it('teachers read only their own classes’ gradebooks and reports; students read none', async () => {
    const room = await classroom();
    const id = await assign(room);
    const other = await createViewer(db, 'teacher');
    for (const viewer of [other, room.students[0]]) {
      expect(await getGradebook(viewer, room.classId, minutes(1))).toBeNull();
      expect(await getAssignmentReport(viewer, id, minutes(1))).toBeNull();
      expect(await listClassAssignments(viewer, room.classId)).toBeNull();
    }
    expect(await getAssignmentReport(room.teacher, id, minutes(1))).not.toBeNull();
  });

  it('only the class’s teacher deletes an assignment, and its attempts go with it', async () => {
    const room = await classroom();
    const id = await assign(room);
    await start(room.students[0], id, minutes(1));
    const other = await createViewer(db, 'teacher');
    expect(await deleteAssignment(other, id)).toEqual({ result: 'not_found' });
    expect(await deleteAssignment(room.students[0], id)).toEqual({ result: 'not_found' });
    expect(await db.assignment.count({ where: { id } })).toBe(1);
    expect(await deleteAssignment(room.teacher, id)).toEqual({ result: 'ok', classId: room.classId });
    expect(await db.attempt.count({ where: { assignmentId: id } })).toBe(0);
    expect(await listMyAssignments(room.students[0], minutes(2))).toEqual([]);
  });
});

describe('a class submitting at the bell', () => {
  it('records every one of 30 simultaneous submissions once, and the report analyses them', async () => {
    const room = await classroom(30);
    const id = await assign(room);
    const attempts = await Promise.all(room.students.map((s) => start(s, id, minutes(1))));
    // One student who gets Hamlet right answers with the surname alone.
    await Promise.all(room.students.map((s, i) => answer(s, attempts[i], minutes(2), i % 4, i === 3 ? 'Shakespeare' : undefined)));
    // Every student submits twice at once (a double click): one grade each.
    const results = await Promise.all(room.students.flatMap((s, i) => [submitAttempt(s, attempts[i], minutes(3)), submitAttempt(s, attempts[i], minutes(3))]));
    expect(results.filter((r) => r.outcome === 'submitted')).toHaveLength(30);
    const report = (await getAssignmentReport(room.teacher, id, minutes(4)))!;
    expect(report.attempts.filter((t) => t.status === 'submitted')).toHaveLength(30);
    expect(report.analysedAttempts).toBe(30);
    const france = report.items.find((item) => item.prompt === 'Capital of France?')!;
    // Students with i % 4 in {1,2,3} got it right: 22 of 30.
    expect(france.facility).toBeCloseTo(22 / 30);
    expect(france.choices.find((c) => c.label === 'Paris')).toMatchObject({ count: 22, isCorrect: true });
    expect(france.choices.find((c) => c.label === 'Rome')).toMatchObject({ count: 8, isCorrect: false });
    expect(france.discrimination).toBeGreaterThan(0.3);
    // Typed answers are listed as given, the accepted ones marked correct.
    const hamlet = report.items.find((item) => item.prompt === 'Who wrote Hamlet?')!;
    expect(hamlet.choices.find((c) => c.label === 'William Shakespeare')).toMatchObject({ isCorrect: true });
    expect(hamlet.choices.find((c) => c.label === 'Marlowe')).toMatchObject({ isCorrect: false });
    // ...as graded: the surname was accepted, so the teacher sees it marked right too.
    expect(hamlet.choices.find((c) => c.label === 'Shakespeare')).toMatchObject({ count: 1, isCorrect: true });
    const csv = attemptsCsvRows(report);
    expect(csv).toHaveLength(31);
    const book = (await getGradebook(room.teacher, room.classId, minutes(4)))!;
    expect(gradebookCsvRows(book).slice(1).map((row) => row[2]).filter((g) => g !== null)).toHaveLength(30);
  });
});
