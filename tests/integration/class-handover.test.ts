// The admin hands a teacher's classes to another teacher (lib/dal/class-handover.ts,
// lib/actions/class-handover.ts), against a real database (SQLite and PostgreSQL), through the
// action as the admin's page posts it: the receiver then sees the classes and their students'
// results and the old teacher does not; only the admin may; only to a current teacher or admin;
// a stale or foreign class id moves nothing; and a teacher with no classes left can be removed.
// Only the session lookup and Next's cache and redirect are stood in for.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '@/lib/auth';
import { disconnectDb, getDb, type Db } from '@/lib/db';
import { createViewer, createClassroom } from '../factories';
import { form } from './action-form';
import { assignInput, minutes } from './assignment-inputs';

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock('@/lib/auth', () => ({ getViewer: async () => session.viewer }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/navigation', () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error('NEXT_REDIRECT'), { to });
  },
}));

const { handOverClassesAction } = await import('@/lib/actions/class-handover');
const { removeUserAction } = await import('@/lib/actions/admin-accounts');
const { getAccountRemoval } = await import('@/lib/dal/admin-accounts');
const { listUsers } = await import('@/lib/dal/admin');
const { getClassHandover } = await import('@/lib/dal/class-handover');
const { createClass, listTaughtClasses, setClassArchived } = await import('@/lib/dal/classes');
const { createAssignment, startAssignmentAttempt } = await import('@/lib/dal/assignments');
const { getAttemptForTaking, saveAnswer, submitAttempt } = await import('@/lib/dal/attempts');
const { getGradebook } = await import('@/lib/dal/gradebook');

let db: Db;
beforeAll(async () => {
  db = await getDb();
});
afterAll(disconnectDb);
beforeEach(() => {
  session.viewer = null;
});

const idle = { status: 'idle' } as const;

/** The handover form as the admin's page posts it: one `classIds` entry per ticked class. */
function handoverForm(fromUserId: string, toUserId: string, classIds: string[], confirm = true): FormData {
  const data = new FormData();
  data.set('fromUserId', fromUserId);
  data.set('toUserId', toUserId);
  for (const id of classIds) data.append('classIds', id);
  if (confirm) data.set('confirm', 'yes');
  return data;
}

async function post(viewer: Viewer, fromUserId: string, toUserId: string, classIds: string[], confirm = true) {
  session.viewer = viewer;
  return handOverClassesAction(idle, handoverForm(fromUserId, toUserId, classIds, confirm));
}

/** The action's redirect target, or a failure showing what it returned instead. */
async function redirectOf(call: Promise<unknown>): Promise<string> {
  const outcome = await call.then((value) => ({ value }), (error: { to?: string }) => ({ error }));
  if (!('error' in outcome) || !outcome.error.to) throw new Error(`no redirect: ${JSON.stringify(outcome)}`);
  return outcome.error.to;
}

const teacherOf = async (classId: string) => (await db.class.findUniqueOrThrow({ where: { id: classId }, select: { teacherId: true } })).teacherId;

/** A class taught by `room.teacher` with one submitted, graded attempt by its student (2 of 3 right: 67 %). */
async function gradedRoom() {
  const room = await createClassroom(db, 1, 'Biology 7B');
  const created = await createAssignment(room.teacher, assignInput(room), minutes(-60));
  if (created.result !== 'ok') throw new Error(`not assigned: ${created.result}`);
  const [student] = room.students;
  const started = await startAssignmentAttempt(student, created.id, minutes(1));
  if (started.outcome !== 'ok') throw new Error(`not started: ${started.outcome}`);
  const taking = (await getAttemptForTaking(student, started.attemptId, minutes(1)))!;
  const answers: Record<string, string> = { 'Capital of France?': 'Paris', 'Water boils at 100 °C at sea level.': 'true', 'Who wrote Hamlet?': 'Dickens' };
  for (const q of taking.questions) await saveAnswer(student, started.attemptId, q.id, answers[q.prompt], minutes(1));
  await submitAttempt(student, started.attemptId, minutes(1));
  return { ...room, assignmentId: created.id };
}

/** Everything hanging off a class, to show a handover leaves it as it was. */
async function attached(classId: string) {
  const [enrollments, assignments, attempts, responses] = await Promise.all([
    db.enrollment.count({ where: { classId } }),
    db.assignment.count({ where: { classId } }),
    db.attempt.count({ where: { assignment: { classId } } }),
    db.response.count({ where: { attempt: { assignment: { classId } } } }),
  ]);
  return { enrollments, assignments, attempts, responses };
}

describe('the admin hands classes over', () => {
  it('the receiver sees the classes (archived too) and their students’ results, the old teacher does not, and then the old teacher can be removed', async () => {
    const admin = await createViewer(db, 'admin');
    const room = await gradedRoom();
    const archived = await createClass(room.teacher, 'Old class');
    if (archived.result !== 'ok') throw new Error('no class');
    await setClassArchived(room.teacher, archived.id, true);
    const receiver = await createViewer(db, 'teacher');
    const before = await attached(room.classId);
    expect(before).toMatchObject({ enrollments: 1, assignments: 1, attempts: 1 });

    // The form lists both classes with their student counts, and offers current teachers and admins, not the giver or students.
    const offered = (await getClassHandover(admin, room.teacher.id))!;
    expect(offered.classes).toEqual([
      { id: room.classId, name: 'Biology 7B', studentCount: 1, archived: false },
      { id: archived.id, name: 'Old class', studentCount: 0, archived: true },
    ]);
    const offeredIds = offered.receivers.map((r) => r.id);
    expect(offeredIds).toEqual(expect.arrayContaining([receiver.id, admin.id]));
    expect(offeredIds).not.toContain(room.teacher.id);
    expect(offeredIds).not.toContain(room.students[0].id);

    // The admin's list links to that page as one for handing classes over.
    const listed = async (id: string) => (await listUsers(admin))!.find((u) => u.id === id)?.classesTaught;
    expect(await listed(room.teacher.id)).toBe(2);
    // Removing is refused while they teach classes.
    session.viewer = admin;
    expect(await removeUserAction(idle, form({ userId: room.teacher.id }))).toMatchObject({ status: 'error', message: expect.stringMatching(/Hand the classes over to another teacher first/) });

    expect(await redirectOf(post(admin, room.teacher.id, receiver.id, [room.classId, archived.id]))).toBe(`/admin/users/${room.teacher.id}/remove?handedOver=1`);

    expect(await teacherOf(room.classId)).toBe(receiver.id);
    expect(await teacherOf(archived.id)).toBe(receiver.id);
    expect((await listTaughtClasses(receiver))!.map((c) => [c.name, c.studentCount, c.archived])).toEqual([['Biology 7B', 1, false], ['Old class', 0, true]]);
    const book = (await getGradebook(receiver, room.classId, minutes(200)))!;
    expect(book.students.map((s) => [s.id, s.cells[0].grade])).toEqual([[room.students[0].id, 67]]);
    expect(await listTaughtClasses(room.teacher)).toEqual([]);
    expect(await getGradebook(room.teacher, room.classId, minutes(200))).toBeNull();
    expect(await attached(room.classId)).toEqual(before);
    // The page the action returns to: no classes left, so removing is offered.
    expect(await getAccountRemoval(admin, room.teacher.id)).toMatchObject({ classesTaught: 0, refusal: null });
    expect((await getClassHandover(admin, room.teacher.id))!.classes).toEqual([]);
    expect([await listed(room.teacher.id), await listed(receiver.id)]).toEqual([0, 2]);

    // Now the old teacher can be removed, and the classes and grades stay with the receiver.
    expect(await redirectOf(removeUserAction(idle, form({ userId: room.teacher.id })))).toBe('/admin?removed=1');
    expect(await db.user.count({ where: { id: room.teacher.id } })).toBe(0);
    expect(await attached(room.classId)).toEqual(before);
    expect((await getGradebook(receiver, room.classId, minutes(200)))!.students[0].cells[0].grade).toBe(67);
  });

  it('only the ticked classes move; the giver keeps the rest and still cannot be removed', async () => {
    const admin = await createViewer(db, 'admin');
    const room = await createClassroom(db, 0, 'Kept class');
    const second = await createClass(room.teacher, 'Moved class');
    if (second.result !== 'ok') throw new Error('no class');
    const receiver = await createViewer(db, 'admin');
    await redirectOf(post(admin, room.teacher.id, receiver.id, [second.id]));
    expect(await teacherOf(second.id)).toBe(receiver.id);
    expect(await teacherOf(room.classId)).toBe(room.teacher.id);
    expect(await getAccountRemoval(admin, room.teacher.id)).toMatchObject({ classesTaught: 1 });
  });
});

describe('refusals change nothing', () => {
  it.each(['student', 'teacher'] as const)('a %s is refused (even handing the classes to themselves)', async (role) => {
    const room = await createClassroom(db, 1);
    const caller = await createViewer(db, role);
    expect(await getClassHandover(caller, room.teacher.id)).toBeNull();
    expect(await post(caller, room.teacher.id, caller.id, [room.classId])).toMatchObject({ status: 'error', message: 'Only the admin can do this.' });
    expect(await teacherOf(room.classId)).toBe(room.teacher.id);
  });

  it('a receiver who is a student, or the giver themselves, is refused beside the receiver field', async () => {
    const admin = await createViewer(db, 'admin');
    const room = await createClassroom(db, 1);
    const student = room.students[0];
    expect(await post(admin, room.teacher.id, student.id, [room.classId])).toMatchObject({
      status: 'error',
      fieldErrors: { toUserId: ['That person is not a teacher or admin (any more). Choose a current teacher.'] },
    });
    expect(await post(admin, room.teacher.id, 'no-such-user', [room.classId])).toMatchObject({ status: 'error', fieldErrors: { toUserId: [expect.any(String)] } });
    expect(await post(admin, room.teacher.id, room.teacher.id, [room.classId])).toMatchObject({ status: 'error', fieldErrors: { toUserId: [expect.stringMatching(/Choose someone else/)] } });
    expect(await teacherOf(room.classId)).toBe(room.teacher.id);
    expect(await db.enrollment.count({ where: { classId: room.classId, userId: student.id } })).toBe(1);
  });

  it('a receiver enrolled as a student in a ticked class is refused (a teacher is never a student of their own class)', async () => {
    const admin = await createViewer(db, 'admin');
    const room = await createClassroom(db, 1);
    const promoted = room.students[0];
    await db.user.update({ where: { id: promoted.id }, data: { role: 'teacher' } });
    expect(await post(admin, room.teacher.id, promoted.id, [room.classId])).toMatchObject({
      status: 'error',
      fieldErrors: { toUserId: [expect.stringMatching(/is a student in one of the ticked classes/)] },
    });
    expect(await teacherOf(room.classId)).toBe(room.teacher.id);
    expect(await db.enrollment.count({ where: { classId: room.classId, userId: promoted.id } })).toBe(1);
  });

  it('a stale or foreign class id refuses the whole handover with a clear message; nothing moves', async () => {
    const admin = await createViewer(db, 'admin');
    const mine = await createClassroom(db, 0);
    const foreign = await createClassroom(db, 0);
    const receiver = await createViewer(db, 'teacher');
    for (const classIds of [[mine.classId, foreign.classId], [mine.classId, 'gone-class-id']]) {
      expect(await post(admin, mine.teacher.id, receiver.id, classIds)).toMatchObject({
        status: 'error',
        message: 'Some of the ticked classes are no longer taught by this person. Reload the page and tick them again.',
        fieldErrors: { classIds: [expect.any(String)] },
      });
    }
    expect(await teacherOf(mine.classId)).toBe(mine.teacher.id);
    expect(await teacherOf(foreign.classId)).toBe(foreign.teacher.id);
  });

  it('asks for a class, a receiver and the confirming tick, field by field, and keeps what was ticked', async () => {
    const admin = await createViewer(db, 'admin');
    const room = await createClassroom(db, 0);
    const receiver = await createViewer(db, 'teacher');
    const refused = await post(admin, room.teacher.id, '', [], false);
    expect(refused).toMatchObject({
      status: 'error',
      fieldErrors: { toUserId: ['Choose who receives the classes.'], classIds: ['Tick at least one class.'], confirm: ['Tick this box to confirm the handover.'] },
    });
    expect(await post(admin, room.teacher.id, receiver.id, [room.classId], false)).toMatchObject({ status: 'error', values: { classIds: room.classId, toUserId: receiver.id } });
    expect(await teacherOf(room.classId)).toBe(room.teacher.id);
  });
});
