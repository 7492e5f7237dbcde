// Classes against a real database: teachers reach only their own classes, students only the
// classes they joined, and removing a student deletes that one enrollment.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createClass, findClassByCode, getTaughtClass, joinClass, listEnrolledClasses, listTaughtClasses, randomJoinCode, removeStudent,
  setClassArchived,
} from '@/lib/dal/classes';
import { disconnectDb, getDb, type Db } from '@/lib/db';
import { isJoinCode } from '@/lib/schemas/classes';
import { createViewer } from '../factories';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});
afterAll(disconnectDb);

async function newClass(teacherRole: 'teacher' | 'admin' = 'teacher') {
  const teacher = await createViewer(db, teacherRole);
  const created = await createClass(teacher, 'Year 9 Biology');
  if (created.result !== 'ok') throw new Error('class not created');
  return { teacher, classId: created.id, code: created.joinCode };
}

describe('classes', () => {
  it('a teacher creates a class with a valid code and sees it with its student count', async () => {
    const { teacher, classId, code } = await newClass();
    expect(isJoinCode(code)).toBe(true);
    const student = await createViewer(db);
    expect(await joinClass(student, code)).toMatchObject({ result: 'ok', classId });
    expect(await listTaughtClasses(teacher)).toEqual([{ id: classId, name: 'Year 9 Biology', joinCode: code, studentCount: 1, archived: false }]);
  });

  it('draws a new code when the first one is taken', async () => {
    const { code } = await newClass();
    const teacher = await createViewer(db, 'teacher');
    const fresh = randomJoinCode();
    const draws = [code, code, fresh];
    const other = await createClass(teacher, 'Second', () => draws.shift()!);
    expect(other).toMatchObject({ result: 'ok', joinCode: fresh });
  });

  it('joining twice is harmless, and a student can be in several classes', async () => {
    const a = await newClass();
    const b = await newClass();
    const student = await createViewer(db);
    await joinClass(student, a.code);
    const first = await db.enrollment.findUniqueOrThrow({ where: { classId_userId: { classId: a.classId, userId: student.id } } });
    expect(await joinClass(student, a.code)).toMatchObject({ result: 'ok' });
    const again = await db.enrollment.findMany({ where: { classId: a.classId, userId: student.id } });
    expect(again).toHaveLength(1);
    expect(again[0].joinedAt).toEqual(first.joinedAt);
    await joinClass(student, b.code);
    expect((await listEnrolledClasses(student)).map((c) => c.id).sort()).toEqual([a.classId, b.classId].sort());
  });

  it('a teacher cannot join their own class; unknown and archived codes are not found', async () => {
    const { teacher, classId, code } = await newClass();
    expect(await joinClass(teacher, code)).toEqual({ result: 'own_class' });
    expect(await db.enrollment.count({ where: { classId } })).toBe(0);
    const student = await createViewer(db);
    expect(await joinClass(student, 'ZZZZZZ')).toEqual({ result: 'not_found' });
    expect(await setClassArchived(teacher, classId, true)).toBe('ok');
    expect(await joinClass(student, code)).toEqual({ result: 'not_found' });
    expect(await findClassByCode(student, code)).toBeNull();
  });

  it("another teacher's class is not found, and nothing changes", async () => {
    const { classId, code } = await newClass();
    const student = await createViewer(db);
    await joinClass(student, code);
    const intruder = await createViewer(db, 'teacher');
    expect(await getTaughtClass(intruder, classId)).toBeNull();
    expect(await listTaughtClasses(intruder)).toEqual([]);
    expect(await removeStudent(intruder, classId, student.id)).toBe('not_found');
    expect(await setClassArchived(intruder, classId, true)).toBe('not_found');
    // The admin is a teacher too, but not of this class.
    const admin = await createViewer(db, 'admin');
    expect(await getTaughtClass(admin, classId)).toBeNull();
    expect(await removeStudent(admin, classId, student.id)).toBe('not_found');
    const row = await db.class.findUniqueOrThrow({ where: { id: classId }, include: { enrollments: true } });
    expect(row.archivedAt).toBeNull();
    expect(row.enrollments.map((e) => e.userId)).toEqual([student.id]);
  });

  it('students cannot use teacher functions, and nothing changes', async () => {
    const { classId, code } = await newClass();
    const student = await createViewer(db);
    const other = await createViewer(db);
    await joinClass(other, code);
    expect(await createClass(student, 'Mine')).toEqual({ result: 'forbidden' });
    expect(await listTaughtClasses(student)).toBeNull();
    expect(await getTaughtClass(student, classId)).toBeNull();
    expect(await removeStudent(student, classId, other.id)).toBe('forbidden');
    expect(await setClassArchived(student, classId, true)).toBe('forbidden');
    expect(await db.class.count({ where: { teacherId: student.id } })).toBe(0);
    const row = await db.class.findUniqueOrThrow({ where: { id: classId }, include: { enrollments: true } });
    expect(row.archivedAt).toBeNull();
    expect(row.enrollments).toHaveLength(1);
  });

  it('a student sees only the classes they are enrolled in', async () => {
    const mine = await newClass();
    const notMine = await newClass();
    const student = await createViewer(db);
    const classmate = await createViewer(db);
    await joinClass(student, mine.code);
    await joinClass(classmate, notMine.code);
    const listed = await listEnrolledClasses(student);
    expect(listed).toEqual([{ id: mine.classId, name: 'Year 9 Biology', teacherName: mine.teacher.name, joinedAt: expect.any(Date) }]);
  });

  it('removing a student deletes only that enrollment', async () => {
    const a = await newClass();
    const b = await newClass();
    const leaving = await createViewer(db);
    const staying = await createViewer(db);
    for (const s of [leaving, staying]) await joinClass(s, a.code);
    await joinClass(leaving, b.code);
    expect(await removeStudent(a.teacher, a.classId, leaving.id)).toBe('ok');
    expect((await getTaughtClass(a.teacher, a.classId))?.students.map((s) => s.id)).toEqual([staying.id]);
    expect(await db.enrollment.count({ where: { classId: b.classId, userId: leaving.id } })).toBe(1);
    expect(await db.user.count({ where: { id: leaving.id } })).toBe(1);
    expect((await listEnrolledClasses(leaving)).map((c) => c.id)).toEqual([b.classId]);
    // A second click finds nothing left to remove and says so calmly.
    expect(await removeStudent(a.teacher, a.classId, leaving.id)).toBe('ok');
  });
});
