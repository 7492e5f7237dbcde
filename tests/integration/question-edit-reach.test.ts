// A teacher's question edit reaches their own assignments that no student has started, in the
// edit's transaction (lib/dal/question-edit-reach.ts); started ones and other teachers' keep the
// wording they were given. A student starting at the same moment as the edit sees one version,
// and every answer points at a question of its attempt's quiz. Real SQLite and PostgreSQL.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@/lib/auth';
import { createAssignment, startAssignmentAttempt } from '@/lib/dal/assignments';
import { getAttemptForTaking, saveAnswer, submitAttempt } from '@/lib/dal/attempts';
import { createClass } from '@/lib/dal/classes';
import { getAssignmentReport } from '@/lib/dal/gradebook';
import { applyEdit, getQuestionForEdit, type QuestionContent } from '@/lib/dal/review';
import { getAttemptReview } from '@/lib/dal/results';
import { disconnectDb, getDb, isPostgres, type Db } from '@/lib/db';
import type { CreateAssignmentInput } from '@/lib/schemas/assignments';
import { createClassroom, createViewer } from '../factories';
import { assignInput, minutes } from './assignment-inputs';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});
afterAll(disconnectDb);

type Room = Awaited<ReturnType<typeof createClassroom>>;

const HAMLET_EDITED: QuestionContent = { type: 'short_answer', prompt: 'Who wrote Hamlet, the play?', choices: [], answer: 'William Shakespeare', accepted: ['Shakespeare'], explanation: '' };
const OLD_PROMPTS = ['Capital of France?', 'Water boils at 100 °C at sea level.', 'Who wrote Hamlet?'];
const NEW_PROMPTS = ['Capital of France?', 'Water boils at 100 °C at sea level.', 'Who wrote Hamlet, the play?'];

async function assign(teacher: Viewer, classId: string, slug: string, over: Partial<CreateAssignmentInput> = {}): Promise<string> {
  const created = await createAssignment(teacher, assignInput({ classId, article: { slug } }, { attemptsAllowed: 2, ...over }), minutes(-60));
  if (created.result !== 'ok') throw new Error(`not assigned: ${created.result}`);
  return created.id;
}
const assignIn = (room: Room, over: Partial<CreateAssignmentInput> = {}) => assign(room.teacher, room.classId, room.article.slug, over);

async function start(student: Viewer, assignmentId: string, at = minutes(1)): Promise<string> {
  const started = await startAssignmentAttempt(student, assignmentId, at);
  if (started.outcome !== 'ok') throw new Error(`not started: ${started.outcome}`);
  return started.attemptId;
}

/** The assignment's quiz and its question ids in quiz order. */
async function quizOf(assignmentId: string) {
  const a = await db.assignment.findUniqueOrThrow({
    where: { id: assignmentId },
    select: { quizId: true, quiz: { select: { kind: true, questions: { orderBy: { position: 'asc' }, select: { questionId: true, position: true } } } } },
  });
  return { quizId: a.quizId, kind: a.quiz.kind, questionIds: a.quiz.questions.map((q) => q.questionId), positions: a.quiz.questions.map((q) => q.position) };
}

/** Answers that point at a question their attempt's quiz does not have (must be none). */
async function strayAnswers(assignmentId: string): Promise<number> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT r."id" FROM "Response" r JOIN "Attempt" a ON a."id" = r."attemptId"
    WHERE a."assignmentId" = ${assignmentId}
      AND NOT EXISTS (SELECT 1 FROM "QuizQuestion" qq WHERE qq."quizId" = a."quizId" AND qq."questionId" = r."questionId")`;
  return rows.length;
}

describe('an edit of a question', () => {
  it('reaches the teacher’s assignment no student has started: the new version in the old one’s place, said before and after', async () => {
    const room = await createClassroom(db, 1);
    const id = await assignIn(room);
    const before = await quizOf(id);
    const hamlet = room.article.questionIds[2];
    expect((await getQuestionForEdit(room.teacher, hamlet))?.reach).toEqual({ unstarted: 1, started: 0, others: 0 });

    const edited = await applyEdit(room.teacher, hamlet, HAMLET_EDITED);
    if (edited.result !== 'ok') throw new Error(edited.result);
    expect(edited.reach).toEqual({ unstarted: 1, started: 0, others: 0 });
    // The same quiz (nobody else uses it), the new version at the old one's position.
    const after = await quizOf(id);
    expect(after.quizId).toBe(before.quizId);
    expect(after.questionIds).toEqual([room.article.questionIds[0], room.article.questionIds[1], edited.questionId]);
    expect(after.positions).toEqual(before.positions);
    expect((await getAssignmentReport(room.teacher, id, minutes(1)))!.items.map((i) => [i.prompt, i.isEditable])).toEqual(NEW_PROMPTS.map((p) => [p, true]));

    // The student who starts now is asked the new wording, and graded by its key.
    const [pupil] = room.students;
    const attemptId = await start(pupil, id);
    const taking = (await getAttemptForTaking(pupil, attemptId, minutes(1)))!;
    expect(taking.questions.map((q) => q.prompt)).toEqual(NEW_PROMPTS);
    expect(await saveAnswer(pupil, attemptId, edited.questionId, 'Shakespeare', minutes(2))).toBe('saved');
    expect(await submitAttempt(pupil, attemptId, minutes(3))).toMatchObject({ outcome: 'submitted', score: 1, total: 3 });
    expect(await strayAnswers(id)).toBe(0);
  });

  it('leaves an assignment a student has started with the wording its students saw, and reaches the unstarted one beside it', async () => {
    const room = await createClassroom(db, 1);
    const started = await assignIn(room, { title: 'Started' });
    const unstarted = await assignIn(room, { title: 'Not started' });
    const [pupil] = room.students;
    const hamlet = room.article.questionIds[2];
    const attemptId = await start(pupil, started);
    // A running attempt is enough; its answer points at the wording on screen.
    expect(await saveAnswer(pupil, attemptId, hamlet, 'Christopher Marlowe', minutes(2))).toBe('saved');
    expect((await getQuestionForEdit(room.teacher, hamlet))?.reach).toEqual({ unstarted: 1, started: 1, others: 0 });
    const startedQuiz = await quizOf(started);

    const edited = await applyEdit(room.teacher, hamlet, HAMLET_EDITED);
    if (edited.result !== 'ok') throw new Error(edited.result);
    expect(edited.reach).toEqual({ unstarted: 1, started: 1, others: 0 });
    expect(await quizOf(started)).toEqual(startedQuiz);
    expect((await quizOf(unstarted)).questionIds[2]).toBe(edited.questionId);

    // The running attempt goes on with the old wording; its review shows what was asked.
    expect((await getAttemptForTaking(pupil, attemptId, minutes(3)))!.questions.map((q) => q.prompt)).toEqual(OLD_PROMPTS);
    expect(await submitAttempt(pupil, attemptId, minutes(4))).toMatchObject({ outcome: 'submitted', score: 0 });
    const review = (await getAttemptReview(pupil, attemptId))!;
    expect(review.questions.map((q) => q.prompt)).toEqual(OLD_PROMPTS);
    expect(await strayAnswers(started)).toBe(0);
    // The started assignment's page says its question was edited since (no edit link for it).
    expect((await getAssignmentReport(room.teacher, started, minutes(5)))!.items[2]).toMatchObject({ prompt: 'Who wrote Hamlet?', isEditable: false });
  });

  it('never reaches another teacher’s assignment, started or not', async () => {
    const room = await createClassroom(db, 1);
    const mine = await assignIn(room);
    const colleague = await createViewer(db, 'teacher');
    const theirClass = await createClass(colleague, 'Period 5');
    if (theirClass.result !== 'ok') throw new Error('no class');
    const theirs = await assign(colleague, theirClass.id, room.article.slug);
    const theirsBefore = await quizOf(theirs);
    const hamlet = room.article.questionIds[2];
    expect((await getQuestionForEdit(room.teacher, hamlet))?.reach).toEqual({ unstarted: 1, started: 0, others: 1 });
    // Seen from the colleague's side, the other way round.
    expect((await getQuestionForEdit(colleague, hamlet))?.reach).toEqual({ unstarted: 1, started: 0, others: 1 });

    const edited = await applyEdit(room.teacher, hamlet, HAMLET_EDITED);
    if (edited.result !== 'ok') throw new Error(edited.result);
    expect(edited.reach).toEqual({ unstarted: 1, started: 0, others: 1 });
    expect((await quizOf(mine)).questionIds[2]).toBe(edited.questionId);
    expect(await quizOf(theirs)).toEqual(theirsBefore);
    expect((await getAssignmentReport(colleague, theirs, minutes(1)))!.items[2]).toMatchObject({ prompt: 'Who wrote Hamlet?', isEditable: false });
  });

  it('copies a quiz it may not change: one shared with a started assignment, with another teacher, or with practice', async () => {
    const room = await createClassroom(db, 1);
    const [pupil] = room.students;
    const hamlet = room.article.questionIds[2];
    const started = await assignIn(room, { title: 'Started' });
    const sharesStarted = await assignIn(room, { title: 'Shares the started one’s quiz' });
    const sharesTheirs = await assignIn(room, { title: 'Shares a colleague’s quiz' });
    const onPractice = await assignIn(room, { title: 'On the practice quiz' });
    const colleague = await createViewer(db, 'teacher');
    const theirClass = await createClass(colleague, 'Period 6');
    if (theirClass.result !== 'ok') throw new Error('no class');
    const theirs = await assign(colleague, theirClass.id, room.article.slug);
    // createAssignment gives each assignment a quiz of its own; older data or a future path might
    // not, so point three assignments at quizzes they share.
    const startedQuiz = (await quizOf(started)).quizId;
    const theirQuiz = (await quizOf(theirs)).quizId;
    await db.assignment.update({ where: { id: sharesStarted }, data: { quizId: startedQuiz } });
    await db.assignment.update({ where: { id: sharesTheirs }, data: { quizId: theirQuiz } });
    await db.assignment.update({ where: { id: onPractice }, data: { quizId: room.article.quizId } });
    await start(pupil, started);
    const untouched = await Promise.all([started, theirs].map(quizOf));
    const practiceBefore = await db.quizQuestion.findMany({ where: { quizId: room.article.quizId }, orderBy: { position: 'asc' } });

    const edited = await applyEdit(room.teacher, hamlet, HAMLET_EDITED);
    if (edited.result !== 'ok') throw new Error(edited.result);
    expect(edited.reach).toEqual({ unstarted: 3, started: 1, others: 1 });
    expect(await Promise.all([started, theirs].map(quizOf))).toEqual(untouched);
    expect(await db.quizQuestion.findMany({ where: { quizId: room.article.quizId }, orderBy: { position: 'asc' } })).toEqual(practiceBefore);
    // Each of the three got a copy of its own: an assigned quiz, the new version in place.
    const copies = await Promise.all([sharesStarted, sharesTheirs, onPractice].map(quizOf));
    expect(new Set(copies.map((c) => c.quizId)).size).toBe(3);
    for (const copy of copies) {
      expect([startedQuiz, theirQuiz, room.article.quizId]).not.toContain(copy.quizId);
      expect(copy).toMatchObject({ kind: 'assigned', questionIds: [room.article.questionIds[0], room.article.questionIds[1], edited.questionId], positions: [0, 1, 2] });
    }
  });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A second PostgreSQL session, to hold a transaction open at a chosen point. */
async function withSession(run: (client: pg.Client) => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await run(client);
  } finally {
    await client.end(); // rolls back whatever a failed run left open
  }
}

/** Whether `promise` is still pending after `ms`. */
async function isStillWaiting(promise: Promise<unknown>, ms = 400): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true), () => (settled = true));
  await sleep(ms);
  return !settled;
}

// The two halves of the lock, one at a time, with the other side held open by hand.
describe.runIf(isPostgres())('the locks that make a start and an edit take turns (PostgreSQL)', () => {
  it('a start waits while an edit holds the assignment, and then reads the quiz as the edit left it', async () => {
    const room = await createClassroom(db, 1);
    const id = await assignIn(room);
    await withSession(async (edit) => {
      await edit.query('BEGIN');
      // What carryEditToUnstartedAssignments holds until its commit.
      await edit.query('SELECT 1 FROM "Assignment" WHERE "id" = $1 FOR NO KEY UPDATE', [id]);
      const starting = start(room.students[0], id);
      expect(await isStillWaiting(starting)).toBe(true);
      await edit.query('COMMIT');
      expect(await starting).toEqual(expect.any(String));
    });
  });

  it('an assignment made while an edit holds the article waits, then asks the version the edit left', async () => {
    const room = await createClassroom(db, 1);
    const retiredId = room.article.questionIds[2];
    const { id: articleId } = await db.article.findUniqueOrThrow({ where: { slug: room.article.slug }, select: { id: true } });
    let assigning: Promise<string> | undefined;
    await withSession(async (edit) => {
      await edit.query('BEGIN');
      // What applyEdit holds from its start: the article's lock, then the old version retired.
      await edit.query('SELECT 1 FROM "Article" WHERE "id" = $1 FOR NO KEY UPDATE', [articleId]);
      await edit.query('UPDATE "Question" SET "status" = \'retired\' WHERE "id" = $1', [retiredId]);
      assigning = assignIn(room);
      expect(await isStillWaiting(assigning)).toBe(true);
      await edit.query('COMMIT');
    });
    const id = await assigning!;
    expect((await quizOf(id)).questionIds).not.toContain(retiredId);
  });

  it('an edit waits for a start in flight, then sees its attempt and leaves the assignment as it was', async () => {
    const room = await createClassroom(db, 1);
    const id = await assignIn(room);
    const before = await quizOf(id);
    await withSession(async (starting) => {
      await starting.query('BEGIN');
      // What startAssignmentAttempt does: the assignment's row shared, then the attempt inserted.
      await starting.query('SELECT 1 FROM "Assignment" WHERE "id" = $1 FOR SHARE', [id]);
      await starting.query('INSERT INTO "Attempt" ("id", "userId", "quizId", "assignmentId", "total", "updatedAt") VALUES ($1, $2, $3, $4, 3, now())', [
        randomUUID(), room.students[0].id, before.quizId, id,
      ]);
      const editing = applyEdit(room.teacher, room.article.questionIds[2], HAMLET_EDITED);
      expect(await isStillWaiting(editing)).toBe(true);
      await starting.query('COMMIT');
      expect(await editing).toMatchObject({ result: 'ok', reach: { unstarted: 0, started: 1, others: 0 } });
    });
    expect(await quizOf(id)).toEqual(before);
  });
});

describe('a student starting at the same moment as the edit', () => {
  // Many rounds on PostgreSQL, where the two transactions really run side by side; SQLite runs
  // one at a time, so a few rounds there check the same invariants.
  const rounds = isPostgres() ? 40 : 8;

  it('sees one version, the one the edit reports, and every answer points at a question of its quiz', async () => {
    const outcomes = { reached: 0, kept: 0 };
    for (let round = 0; round < rounds; round++) {
      const room = await createClassroom(db, 3);
      const id = await assignIn(room);
      const hamlet = room.article.questionIds[2];
      // Each student starts, reads the quiz, answers every question, and reads it again.
      const take = async (student: Viewer, i: number) => {
        await sleep((round % 10) * 12 + i);
        const attemptId = await start(student, id);
        const first = (await getAttemptForTaking(student, attemptId, minutes(1)))!;
        const saves = await Promise.all(first.questions.map((q) => saveAnswer(student, attemptId, q.id, q.choices[0]?.value ?? 'Shakespeare', minutes(2))));
        const second = (await getAttemptForTaking(student, attemptId, minutes(2)))!;
        return { first, second, saves };
      };
      // The starts from 0 to 110 ms after the edit began (it has more to do before it reaches the
      // assignment), so the race goes both ways.
      const edit = () => applyEdit(room.teacher, hamlet, HAMLET_EDITED);
      const [edited, ...taken] = await Promise.all([edit(), ...room.students.map((student, i) => take(student, i))]);
      if (edited.result !== 'ok') throw new Error(`round ${round}: ${edited.result}`);
      expect(edited.reach.unstarted + edited.reach.started).toBe(1);
      const expected = edited.reach.unstarted === 1 ? NEW_PROMPTS : OLD_PROMPTS;
      outcomes[edited.reach.unstarted === 1 ? 'reached' : 'kept'] += 1;
      for (const { first, second, saves } of taken) {
        // One version from start to finish, and the one the edit says this assignment has.
        expect(first.questions.map((q) => q.prompt)).toEqual(expected);
        expect(second.questions.map((q) => q.id)).toEqual(first.questions.map((q) => q.id));
        expect(saves).toEqual(['saved', 'saved', 'saved']);
        expect(Object.keys(second.answers).sort()).toEqual(first.questions.map((q) => q.id).sort());
      }
      expect(await strayAnswers(id)).toBe(0);
      // Every attempt is on the assignment's quiz, which has the version its students saw.
      const quiz = await quizOf(id);
      expect(quiz.questionIds[2]).toBe(edited.reach.unstarted === 1 ? edited.questionId : hamlet);
      const attempts = await db.attempt.findMany({ where: { assignmentId: id }, select: { quizId: true } });
      expect(attempts.map((a) => a.quizId)).toEqual([quiz.quizId, quiz.quizId, quiz.quizId]);
    }
    // Which way the race went, for whoever reads the log (both are correct).
    console.info(`start vs edit over ${rounds} rounds: the edit reached the assignment ${outcomes.reached} times, kept it ${outcomes.kept} times`);
  }, 240_000);
});
