// Changing an assignment after it was made, and more time for one student, against a real
// database with the clock passed in: who may do it, what running attempts get, and how a
// student's own due time flows into starting, deadlines, late marks, lists, the gradebook,
// the review setting and the study-deck exclusion.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHORTEN_NOTICE_MS } from '@/lib/assignments/policy';
import { getAssignmentForEdit, getExtensionForm, listAssignmentStudents, removeExtension, setExtension, updateAssignment } from '@/lib/dal/assignment-edits';
import { createAssignment, listMyAssignments, startAssignmentAttempt } from '@/lib/dal/assignments';
import { getAttemptForTaking, practicePausedFor, submitAttempt } from '@/lib/dal/attempts';
import { getGradebook } from '@/lib/dal/gradebook';
import { getAttemptReview } from '@/lib/dal/results';
import { disconnectDb, getDb, type Db } from '@/lib/db';
import type { Viewer } from '@/lib/auth';
import type { CreateAssignmentInput, ExtensionInput } from '@/lib/schemas/assignments';
import { createClassroom, createViewer } from '../factories';
import { assignInput, editInput, local, minutes } from './assignment-inputs';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});
afterAll(disconnectDb);

const classroom = (students = 1) => createClassroom(db, students, 'Period 5');
type Room = Awaited<ReturnType<typeof classroom>>;

async function assign(room: Room, over: Partial<CreateAssignmentInput> = {}) {
  const created = await createAssignment(room.teacher, assignInput(room, over), minutes(-60));
  if (created.result !== 'ok') throw new Error(`not assigned: ${created.result}`);
  return created.id;
}

const edit = editInput;

const extend = (assignmentId: string, userId: string, over: Partial<ExtensionInput> = {}): ExtensionInput =>
  ({ assignmentId, userId, dueAt: '', extraMinutes: undefined, tzOffset: 0, ...over });

async function start(student: Viewer, assignmentId: string, at: Date) {
  const started = await startAssignmentAttempt(student, assignmentId, at);
  if (started.outcome !== 'ok') throw new Error(`not started: ${started.outcome}`);
  return started.attemptId;
}

const deadlineOf = async (attemptId: string) => (await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).deadlineAt;

describe('editing an assignment', () => {
  it('only the class’s teacher may: another teacher finds nothing, a student is refused', async () => {
    const room = await classroom();
    const id = await assign(room);
    const other = await createViewer(db, 'teacher');
    expect(await updateAssignment(other, edit(id, { title: 'Hijacked' }), minutes(1))).toEqual({ result: 'not_found' });
    expect(await updateAssignment(room.students[0], edit(id, { title: 'Hijacked' }), minutes(1))).toEqual({ result: 'forbidden' });
    expect(await getAssignmentForEdit(other, id)).toBeNull();
    expect(await getAssignmentForEdit(room.students[0], id)).toBeNull();
    expect(await listAssignmentStudents(other, id)).toBeNull();
    expect((await db.assignment.findUniqueOrThrow({ where: { id } })).title).toBe('Quiz 1');

    expect(await updateAssignment(room.teacher, edit(id, { title: 'Quiz one', attemptsAllowed: 'unlimited', reviewPolicy: 'never', timeLimitMinutes: 20 }), minutes(1)))
      .toEqual({ result: 'ok', movedDeadlines: 0 });
    expect(await getAssignmentForEdit(room.teacher, id)).toMatchObject({ title: 'Quiz one', attemptsAllowed: null, reviewPolicy: 'never', timeLimitSeconds: 1200, attemptCount: 0 });
  });

  it('gives running attempts the new time limit from their start; a cut leaves at least a minute', async () => {
    const room = await classroom(2);
    const id = await assign(room, { timeLimitMinutes: 30, attemptsAllowed: 2 });
    const [a, b] = room.students;
    const early = await start(a, id, minutes(0));
    const later = await start(b, id, minutes(15));
    // Longer: both attempts get 60 minutes from their own start.
    expect(await updateAssignment(room.teacher, edit(id, { timeLimitMinutes: 60, attemptsAllowed: 2 }), minutes(20))).toEqual({ result: 'ok', movedDeadlines: 2 });
    expect(await deadlineOf(early)).toEqual(minutes(60));
    expect(await deadlineOf(later)).toEqual(minutes(75));
    // Shorter, at 25 minutes: 20 from the start has passed for the first (a minute's notice),
    // and still lies ahead for the second (35).
    await updateAssignment(room.teacher, edit(id, { timeLimitMinutes: 20, attemptsAllowed: 2 }), minutes(25));
    expect(await deadlineOf(early)).toEqual(new Date(minutes(25).getTime() + SHORTEN_NOTICE_MS));
    expect(await deadlineOf(later)).toEqual(minutes(35));
    // A new attempt starts under the new rules.
    await submitAttempt(a, early, minutes(25.5));
    expect(await deadlineOf(await start(a, id, minutes(26)))).toEqual(minutes(46));
  });

  it('an earlier due time moves attempts that end at it (late work refused); submitted attempts keep theirs', async () => {
    const room = await classroom(2);
    const id = await assign(room);
    const [a, b] = room.students;
    const done = await start(a, id, minutes(10));
    await submitAttempt(a, done, minutes(11));
    const running = await start(b, id, minutes(20));
    expect(await deadlineOf(running)).toEqual(minutes(120));
    await updateAssignment(room.teacher, edit(id, { dueAt: local(minutes(90)) }), minutes(30));
    expect(await deadlineOf(running)).toEqual(minutes(90));
    expect(await db.attempt.findUniqueOrThrow({ where: { id: done } })).toMatchObject({ status: 'submitted', deadlineAt: minutes(120) });
    // Accepting late work lifts the due-time deadline altogether.
    await updateAssignment(room.teacher, edit(id, { dueAt: local(minutes(90)), latePolicy: 'mark_late' }), minutes(31));
    expect(await deadlineOf(running)).toBeNull();
  });

  it('an attempt whose time had run out is graded under its old rules, not revived', async () => {
    const room = await classroom();
    const id = await assign(room, { timeLimitMinutes: 5 });
    const attemptId = await start(room.students[0], id, minutes(0));
    await updateAssignment(room.teacher, edit(id, { timeLimitMinutes: 60 }), minutes(10));
    expect(await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({ status: 'submitted', autoSubmitted: true, submittedAt: minutes(5) });
  });

  it('keeps shuffling as it was once someone has started', async () => {
    const room = await classroom();
    const id = await assign(room);
    await updateAssignment(room.teacher, edit(id, { shuffleQuestions: true }), minutes(1));
    expect((await db.assignment.findUniqueOrThrow({ where: { id } })).shuffleQuestions).toBe(true);
    await start(room.students[0], id, minutes(2));
    await updateAssignment(room.teacher, edit(id, { shuffleQuestions: false }), minutes(3));
    expect((await db.assignment.findUniqueOrThrow({ where: { id } })).shuffleQuestions).toBe(true);
  });
});

describe('more time for one student', () => {
  it('only the class’s teacher gives it, only to a student of the class, and only more', async () => {
    const room = await classroom();
    const id = await assign(room);
    const [student] = room.students;
    const other = await createViewer(db, 'teacher');
    const outsider = await createViewer(db);
    const later = local(minutes(180));
    expect(await setExtension(other, extend(id, student.id, { dueAt: later }), minutes(1))).toEqual({ result: 'not_found' });
    expect(await setExtension(student, extend(id, student.id, { dueAt: later }), minutes(1))).toEqual({ result: 'forbidden' });
    expect(await setExtension(room.teacher, extend(id, outsider.id, { dueAt: later }), minutes(1))).toEqual({ result: 'not_found' });
    expect(await setExtension(room.teacher, extend(id, student.id, { dueAt: local(minutes(100)) }), minutes(1))).toEqual({ result: 'not_later' });
    expect(await setExtension(room.teacher, extend(id, student.id, { extraMinutes: 10 }), minutes(1))).toEqual({ result: 'no_time_limit' });
    expect(await getExtensionForm(other, id, student.id)).toBeNull();
    expect(await removeExtension(other, id, student.id, minutes(1))).toEqual({ result: 'not_found' });
    expect(await db.assignmentExtension.count({ where: { assignmentId: id } })).toBe(0);

    expect(await setExtension(room.teacher, extend(id, student.id, { dueAt: later }), minutes(1))).toEqual({ result: 'ok', movedDeadlines: 0 });
    expect((await getExtensionForm(room.teacher, id, student.id))?.extension).toEqual({ dueAt: minutes(180), extraMinutes: null });
    expect((await listAssignmentStudents(room.teacher, id))?.[0]).toMatchObject({ id: student.id, extension: { dueAt: minutes(180) } });
  });

  it('lets that student start after the class’s due time, and the rest of the class still cannot', async () => {
    const room = await classroom(2);
    const id = await assign(room, { reviewPolicy: 'after_due', attemptsAllowed: 2 });
    const [extended, other] = room.students;
    await setExtension(room.teacher, extend(id, extended.id, { dueAt: local(minutes(240)) }), minutes(1));
    const at = minutes(150);
    expect(await startAssignmentAttempt(other, id, at)).toEqual({ outcome: 'closed' });
    const mine = (await listMyAssignments(extended, at)).find((a) => a.id === id);
    expect(mine).toMatchObject({ status: 'not_started', canStart: 'ok', isExtended: true, dueAt: minutes(240) });
    expect((await listMyAssignments(other, at)).find((a) => a.id === id)).toMatchObject({ status: 'missed', isExtended: false, dueAt: minutes(120) });
    const book = (await getGradebook(room.teacher, room.classId, at))!;
    const statusOf = (s: Viewer) => book.students.find((row) => row.id === s.id)!.cells[0].status;
    expect([statusOf(extended), statusOf(other)]).toEqual(['not_started', 'missed']);
    // The questions stay out of the extended student's practice until their own due time, and
    // out of their classmates' too while the extended student may still be working.
    expect(await practicePausedFor(extended, room.article.slug, at)).toEqual({ reason: 'own_time', until: minutes(240) });
    expect(await practicePausedFor(other, room.article.slug, at)).toEqual({ reason: 'classmate_time' });
    expect(await practicePausedFor(other, room.article.slug, minutes(240))).toBeNull();

    const attemptId = await start(extended, id, at);
    expect((await getAttemptForTaking(extended, attemptId, at))!.deadlineAt).toEqual(minutes(240));
    expect(await submitAttempt(extended, attemptId, minutes(160))).toMatchObject({ outcome: 'submitted', isLate: false });
    // "After the due time" is their own: no answers while they may still try again.
    expect((await getAttemptReview(extended, attemptId, minutes(161)))!.withheld).toEqual({ reason: 'after_due', until: minutes(240) });
  });

  it('marks work late only after the student’s own due time', async () => {
    const room = await classroom();
    const id = await assign(room, { latePolicy: 'mark_late', attemptsAllowed: 2 });
    const [student] = room.students;
    await setExtension(room.teacher, extend(id, student.id, { dueAt: local(minutes(180)) }), minutes(1));
    const first = await start(student, id, minutes(150));
    expect(await submitAttempt(student, first, minutes(151))).toMatchObject({ isLate: false });
    const second = await start(student, id, minutes(200));
    expect(await submitAttempt(student, second, minutes(201))).toMatchObject({ isLate: true });
  });

  it('extends a running attempt at once, adds extra minutes to the time limit, and taking it back gives notice', async () => {
    const room = await classroom();
    const id = await assign(room, { timeLimitMinutes: 30, latePolicy: 'mark_late' });
    const [student] = room.students;
    const attemptId = await start(student, id, minutes(0));
    expect(await deadlineOf(attemptId)).toEqual(minutes(30));
    expect(await setExtension(room.teacher, extend(id, student.id, { extraMinutes: 15 }), minutes(10))).toEqual({ result: 'ok', movedDeadlines: 1 });
    expect(await deadlineOf(attemptId)).toEqual(minutes(45));
    expect((await listMyAssignments(student, minutes(11))).find((a) => a.id === id)).toMatchObject({ timeLimitSeconds: 45 * 60, isExtended: true });
    // Taken back at 40 minutes: 30 from the start has passed, so a minute's notice.
    expect(await removeExtension(room.teacher, id, student.id, minutes(40))).toEqual({ result: 'ok' });
    expect(await deadlineOf(attemptId)).toEqual(minutes(41));
  });

  it('goes with the assignment when it is deleted', async () => {
    const room = await classroom();
    const id = await assign(room);
    await setExtension(room.teacher, extend(id, room.students[0].id, { dueAt: local(minutes(300)) }), minutes(1));
    await db.assignment.delete({ where: { id } });
    expect(await db.assignmentExtension.count({ where: { assignmentId: id } })).toBe(0);
  });
});
