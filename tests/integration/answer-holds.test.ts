// The assign and edit forms warn a teacher when another of their assignments on the same
// questions still holds the answers back (lib/dal/answer-holds.ts). Against a real database
// with the clock passed in: the list must agree with the one rule (policy.ts holdsAnswers, and
// the students' own condition), say until when, and show a teacher only their own classes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdsAnswers, writesEndAt } from '@/lib/assignments/policy';
import { listAnswerHolds, listAnswerHoldsForAssignment } from '@/lib/dal/answer-holds';
import { setExtension } from '@/lib/dal/assignment-edits';
import { createAssignment, startAssignmentAttempt } from '@/lib/dal/assignments';
import { createClass, joinClass } from '@/lib/dal/classes';
import { readClassClock } from '@/lib/dal/quiz-sql';
import { applyEdit } from '@/lib/dal/review';
import { readHoldingAssignmentIds } from '@/lib/dal/visibility-sql';
import { disconnectDb, getDb, type Db } from '@/lib/db';
import type { Viewer } from '@/lib/auth';
import type { CreateAssignmentInput } from '@/lib/schemas/assignments';
import { createClassroom, createQuiz, createViewer, THREE_QUESTIONS } from '../factories';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});
afterAll(disconnectDb);

const T0 = new Date('2034-03-06T09:00:00Z');
const minutes = (n: number, from = T0) => new Date(from.getTime() + n * 60_000);
const local = (d: Date) => d.toISOString().slice(0, 16);

async function assign(teacher: Viewer, classId: string, slug: string, over: Partial<CreateAssignmentInput> = {}) {
  const created = await createAssignment(teacher, {
    classId, articleSlug: slug, title: 'Quiz', openAt: local(T0), dueAt: local(minutes(120)), tzOffset: 0,
    attemptsAllowed: 1, gradingMethod: 'highest', timeLimitMinutes: undefined, shuffleQuestions: false, shuffleChoices: false,
    reviewPolicy: 'after_due', latePolicy: 'refuse', questionMode: 'best', bestCount: 10, questionIds: [], ...over,
  }, minutes(-60));
  if (created.result !== 'ok') throw new Error(`not assigned: ${created.result}`);
  return created.id;
}

async function secondClass(teacher: Viewer, name: string) {
  const created = await createClass(teacher, name);
  if (created.result !== 'ok') throw new Error('no class');
  const student = await createViewer(db);
  await joinClass(student, created.joinCode);
  return { classId: created.id, student };
}

/** Each listed hold agrees with the pure rule and with the condition students are held by. */
async function expectAgreesWithRule(holdIds: string[], candidates: { id: string; student: Viewer }[], at: Date) {
  for (const { id, student } of candidates) {
    const row = await db.assignment.findUniqueOrThrow({ where: { id }, select: { id: true, dueAt: true } });
    const byRule = holdsAnswers(await readClassClock(db, row), at);
    expect(holdIds.includes(id), `assignment ${id} at ${at.toISOString()}`).toBe(byRule);
    expect((await readHoldingAssignmentIds(db, student.id, [id], at)).has(id)).toBe(byRule);
  }
}

describe('answer holds for the assign and edit forms', () => {
  it('name another class’s assignment on the same questions and the time its last student is done', async () => {
    const room = await createClassroom(db, 2, 'Holds 1A');
    const [, extended] = room.students;
    const held = await assign(room.teacher, room.classId, room.article.slug, { title: 'Reef quiz 1A' });
    const set = await setExtension(room.teacher, { assignmentId: held, userId: extended.id, dueAt: local(minutes(240)), extraMinutes: undefined, tzOffset: 0 }, minutes(1));
    expect(set.result).toBe('ok');
    const other = await secondClass(room.teacher, 'Holds 1B');

    const holds = await listAnswerHolds(room.teacher, { classId: other.classId, questionIds: room.article.questionIds }, minutes(10));
    expect(holds).toEqual([
      {
        assignmentId: held, title: 'Reef quiz 1A', class: { id: room.classId, name: 'Holds 1A' }, isSameClass: false,
        dueAt: minutes(120), releaseAt: minutes(240), isExtended: true, questionIds: room.article.questionIds,
      },
    ]);
    await expectAgreesWithRule(holds!.map((h) => h.assignmentId), [{ id: held, student: room.students[0] }], minutes(10));

    // Only the questions asked about count; questions it does not use find nothing.
    const one = await listAnswerHolds(room.teacher, { classId: other.classId, questionIds: [room.article.questionIds[1]] }, minutes(10));
    expect(one?.map((h) => h.questionIds)).toEqual([[room.article.questionIds[1]]]);
    const unrelated = await createQuiz(db, THREE_QUESTIONS);
    expect(await listAnswerHolds(room.teacher, { classId: other.classId, questionIds: unrelated.questionIds }, minutes(10))).toEqual([]);

    // Past the class's due time the extension still holds; at its end nothing does.
    for (const at of [minutes(130), minutes(240), minutes(241)]) {
      const now = await listAnswerHolds(room.teacher, { classId: other.classId, questionIds: room.article.questionIds }, at);
      await expectAgreesWithRule(now!.map((h) => h.assignmentId), [{ id: held, student: room.students[0] }], at);
    }
  });

  it('mark the same class’s own assignments, and leave out the one being edited', async () => {
    const room = await createClassroom(db, 1, 'Holds 2A');
    const first = await assign(room.teacher, room.classId, room.article.slug, { title: 'First', dueAt: local(minutes(300)) });
    const second = await assign(room.teacher, room.classId, room.article.slug, { title: 'Second', bestCount: 2 });
    const other = await secondClass(room.teacher, 'Holds 2B');
    const third = await assign(room.teacher, other.classId, room.article.slug, { title: 'Third', dueAt: local(minutes(200)) });

    const forSecond = await listAnswerHoldsForAssignment(room.teacher, second, minutes(10));
    // Latest release first; only the questions the edited assignment uses.
    expect(forSecond?.map((h) => [h.title, h.isSameClass, h.releaseAt, h.questionIds.length])).toEqual([
      ['First', true, minutes(300), 2],
      ['Third', false, minutes(200), 2],
    ]);
    const forThird = await listAnswerHoldsForAssignment(room.teacher, third, minutes(10));
    expect(forThird?.map((h) => [h.title, h.isSameClass])).toEqual([['First', false], ['Second', false]]);
    // Between the due times only the later ones are left.
    expect((await listAnswerHoldsForAssignment(room.teacher, third, minutes(150)))?.map((h) => h.title)).toEqual(['First']);
    expect(await listAnswerHoldsForAssignment(room.teacher, first, minutes(300))).toEqual([]);
  });

  it('wait for an attempt still running past the due time, through its grace', async () => {
    const room = await createClassroom(db, 1, 'Holds 3A');
    const [student] = room.students;
    const id = await assign(room.teacher, room.classId, room.article.slug, { timeLimitMinutes: 60, latePolicy: 'mark_late' });
    const started = await startAssignmentAttempt(student, id, minutes(100));
    if (started.outcome !== 'ok') throw new Error('not started');
    const other = await secondClass(room.teacher, 'Holds 3B');
    const ask = (at: Date) => listAnswerHolds(room.teacher, { classId: other.classId, questionIds: room.article.questionIds }, at);

    const during = await ask(minutes(130));
    expect(during?.map((h) => [h.releaseAt, h.isExtended])).toEqual([[writesEndAt(minutes(160)), true]]);
    await expectAgreesWithRule(during!.map((h) => h.assignmentId), [{ id, student }], minutes(130));
    const inGrace = new Date(minutes(160).getTime() + 5_000);
    expect((await ask(inGrace))?.length).toBe(1);
    await expectAgreesWithRule([id], [{ id, student }], inGrace);
    expect(await ask(minutes(161))).toEqual([]);
    await expectAgreesWithRule([], [{ id, student }], minutes(161));
  });

  it('count an edited question as the one its started assignment still asks in the old wording', async () => {
    const room = await createClassroom(db, 1, 'Holds 5A');
    const held = await assign(room.teacher, room.classId, room.article.slug, { title: 'Before the edit' });
    const started = await startAssignmentAttempt(room.students[0], held, minutes(5));
    if (started.outcome !== 'ok') throw new Error('not started');
    const [france, water, hamlet] = room.article.questionIds;
    const edited = await applyEdit(room.teacher, hamlet, { type: 'short_answer', prompt: 'Who wrote the play Hamlet?', choices: [], answer: 'William Shakespeare', explanation: '' });
    if (edited.result !== 'ok') throw new Error('not edited');
    const other = await secondClass(room.teacher, 'Holds 5B');

    // The form asks the new version; the started assignment asks the old one and holds it.
    const holds = await listAnswerHolds(room.teacher, { classId: other.classId, questionIds: [france, water, edited.questionId] }, minutes(10));
    expect(holds?.map((h) => [h.assignmentId, h.questionIds])).toEqual([[held, [france, water, edited.questionId]]]);
    const onlyEdited = await listAnswerHolds(room.teacher, { classId: other.classId, questionIds: [edited.questionId] }, minutes(10));
    expect(onlyEdited?.map((h) => [h.assignmentId, h.questionIds])).toEqual([[held, [edited.questionId]]]);
    expect(await listAnswerHolds(room.teacher, { classId: other.classId, questionIds: [edited.questionId] }, minutes(121))).toEqual([]);
  });

  it('show a teacher only their own classes, and nothing to a student', async () => {
    const room = await createClassroom(db, 1, 'Holds 4A');
    const id = await assign(room.teacher, room.classId, room.article.slug);
    const stranger = await createViewer(db, 'teacher');
    const theirs = await createClass(stranger, 'Holds 4B');
    if (theirs.result !== 'ok') throw new Error('no class');
    expect(await listAnswerHolds(stranger, { classId: theirs.id, questionIds: room.article.questionIds }, minutes(10))).toEqual([]);
    expect(await listAnswerHoldsForAssignment(stranger, id, minutes(10))).toBeNull();
    expect(await listAnswerHolds(room.students[0], { classId: room.classId, questionIds: room.article.questionIds }, minutes(10))).toBeNull();
    expect(await listAnswerHoldsForAssignment(room.students[0], id, minutes(10))).toBeNull();
    expect(await listAnswerHolds(room.teacher, { classId: room.classId, questionIds: [] }, minutes(10))).toEqual([]);
  });
});
