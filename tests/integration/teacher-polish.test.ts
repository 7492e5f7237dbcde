// A teacher's assignment pages after a QA tour, against a real database with the clock passed in:
// an emptied opening time leaves an open assignment as it was and never opens a scheduled one; one
// student's answers reach only their class's teacher; the statistics carry a short answer's
// whole key and say which questions may still be edited (and an edit reaches the assignment until
// a student starts it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateAssignment } from '@/lib/dal/assignment-edits';
import { createAssignment, startAssignmentAttempt } from '@/lib/dal/assignments';
import { getAttemptForTaking, saveAnswer, submitAttempt } from '@/lib/dal/attempts';
import { removeStudent } from '@/lib/dal/classes';
import { getAssignmentReport } from '@/lib/dal/gradebook';
import { editQuestion } from '@/lib/dal/review';
import { getStudentWork } from '@/lib/dal/student-answers';
import { disconnectDb, getDb, type Db } from '@/lib/db';
import type { Viewer } from '@/lib/auth';
import type { CreateAssignmentInput, UpdateAssignmentInput } from '@/lib/schemas/assignments';
import { createClassroom, createViewer } from '../factories';
import { assignInput, editInput, local, minutes, T0 } from './assignment-inputs';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});
afterAll(disconnectDb);

type Room = Awaited<ReturnType<typeof createClassroom>>;

// Two attempts: a student's page lists each.
async function assign(room: Room, over: Partial<CreateAssignmentInput> = {}) {
  const created = await createAssignment(room.teacher, assignInput(room, { attemptsAllowed: 2, ...over }), minutes(-60));
  if (created.result !== 'ok') throw new Error(`not assigned: ${created.result}`);
  return created.id;
}

const edit = (assignmentId: string, over: Partial<UpdateAssignmentInput> = {}) => editInput(assignmentId, { attemptsAllowed: 2, ...over });

const openAtOf = async (id: string) => (await db.assignment.findUniqueOrThrow({ where: { id }, select: { openAt: true } })).openAt;

async function takeAndSubmit(student: Viewer, assignmentId: string, at: Date, answers: Record<string, string>, submit = true) {
  const started = await startAssignmentAttempt(student, assignmentId, at);
  if (started.outcome !== 'ok') throw new Error(`not started: ${started.outcome}`);
  const taking = (await getAttemptForTaking(student, started.attemptId, at))!;
  for (const q of taking.questions) if (answers[q.prompt]) expect(await saveAnswer(student, started.attemptId, q.id, answers[q.prompt], at)).toBe('saved');
  if (submit) await submitAttempt(student, started.attemptId, at);
  return started.attemptId;
}

describe('an emptied opening time', () => {
  it('leaves an assignment already open as it opened, and does not open one not open yet (a partly typed time arrives empty)', async () => {
    const room = await createClassroom(db, 1);
    const future = await assign(room, { openAt: local(minutes(60)) });
    expect(await updateAssignment(room.teacher, edit(future, { openAt: '', title: 'Renamed' }), minutes(5))).toEqual({ result: 'open_missing' });
    expect(await openAtOf(future)).toEqual(minutes(60));
    expect((await db.assignment.findUniqueOrThrow({ where: { id: future }, select: { title: true } })).title).toBe('Quiz 1');
    const open = await assign(room);
    expect(await updateAssignment(room.teacher, edit(open, { openAt: undefined }), minutes(30))).toMatchObject({ result: 'ok' });
    expect(await openAtOf(open)).toEqual(T0);
    // Another teacher's empty opening time changes nothing.
    const other = await createViewer(db, 'teacher');
    expect(await updateAssignment(other, edit(future, { openAt: '' }), minutes(40))).toEqual({ result: 'not_found' });
    expect(await openAtOf(future)).toEqual(minutes(60));
  });
});

describe('one student’s answers', () => {
  it('show each submitted answer beside the key, to the class’s teacher only; a running attempt shows only its count', async () => {
    const room = await createClassroom(db, 2);
    const id = await assign(room);
    const [ada, ben] = room.students;
    await db.question.updateMany({ where: { articleId: (await db.article.findUniqueOrThrow({ where: { slug: room.article.slug } })).id, type: 'short_answer' }, data: { acceptedJson: JSON.stringify(['The Bard']) } });
    await takeAndSubmit(ada, id, minutes(1), { 'Capital of France?': 'Paris', 'Water boils at 100 °C at sea level.': 'false', 'Who wrote Hamlet?': 'Marlowe' });
    await takeAndSubmit(ada, id, minutes(2), { 'Capital of France?': 'Rome' }, false);

    const work = (await getStudentWork(room.teacher, id, ada.id, minutes(3)))!;
    expect(work.student).toMatchObject({ id: ada.id, email: ada.email });
    expect(work.attempts.map((t) => [t.number, t.status, t.percent, t.answered])).toEqual([[1, 'submitted', 33, 3], [2, 'in_progress', null, 1]]);
    expect(work.attempts[0].answers).toEqual([
      expect.objectContaining({ prompt: 'Capital of France?', given: 'Paris', isCorrect: true, expected: 'Paris' }),
      // Shown as the student saw it: "False", not the stored "false".
      expect.objectContaining({ prompt: 'Water boils at 100 °C at sea level.', given: 'False', isCorrect: false, expected: 'True' }),
      expect.objectContaining({ prompt: 'Who wrote Hamlet?', given: 'Marlowe', isCorrect: false, expected: 'William Shakespeare', accepted: ['The Bard'] }),
    ]);
    expect(work.attempts[1].answers).toEqual([]);
    // A classmate with no attempt: in the class, nothing started.
    expect((await getStudentWork(room.teacher, id, ben.id, minutes(3)))!.attempts).toEqual([]);

    // Nobody else reads it: another teacher, the student, a classmate, someone outside the class.
    const other = await createViewer(db, 'teacher');
    expect(await getStudentWork(other, id, ada.id, minutes(3))).toBeNull();
    expect(await getStudentWork(ada, id, ada.id, minutes(3))).toBeNull();
    expect(await getStudentWork(ben, id, ada.id, minutes(3))).toBeNull();
    expect(await getStudentWork(room.teacher, id, (await createViewer(db)).id, minutes(3))).toBeNull();

    // A student who left the class keeps their answers on the teacher's page.
    expect(await removeStudent(room.teacher, room.classId, ada.id)).toBe('ok');
    expect((await getStudentWork(room.teacher, id, ada.id, minutes(4)))!.attempts).toHaveLength(2);
  });
});

describe('the statistics', () => {
  it('carry a short answer’s whole key, and which questions may still be edited', async () => {
    const room = await createClassroom(db, 1);
    const id = await assign(room);
    const report = (await getAssignmentReport(room.teacher, id, minutes(1)))!;
    expect(report.items.map((i) => [i.type, i.answer, i.accepted, i.isEditable])).toEqual([
      ['multiple_choice', 'Paris', [], true],
      ['true_false', 'true', [], true],
      ['short_answer', 'William Shakespeare', [], true],
    ]);
    expect(report.attempts).toEqual([]);
    // Nobody has started: an edit reaches the assignment, whose new version can be edited again.
    const hamlet = report.items[2];
    expect(await editQuestion(room.teacher, hamlet.questionId, { type: 'short_answer', prompt: 'Who wrote Hamlet, the play?', choices: [], answer: 'William Shakespeare', accepted: ['Shakespeare'], explanation: '' })).toBe('ok');
    const reached = (await getAssignmentReport(room.teacher, id, minutes(2)))!;
    expect(reached.items[2]).toMatchObject({ prompt: 'Who wrote Hamlet, the play?', isEditable: true });
    // Once a student has started, an edit retires the question the assignment uses: the
    // assignment keeps it, not editable.
    await takeAndSubmit(room.students[0], id, minutes(3), {}, false);
    expect(await editQuestion(room.teacher, reached.items[2].questionId, { type: 'short_answer', prompt: 'Who wrote Hamlet? (edited again)', choices: [], answer: 'William Shakespeare', explanation: '' })).toBe('ok');
    const after = (await getAssignmentReport(room.teacher, id, minutes(4)))!;
    expect(after.items[2]).toMatchObject({ prompt: 'Who wrote Hamlet, the play?', isEditable: false });
    expect(after.items[0].isEditable).toBe(true);
  });
});
