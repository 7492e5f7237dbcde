// When an assignment's answers reach its class, against a real database with the clock passed
// in: with "after the due time" review, nobody in the class sees them — in a review, a study
// deck or a practice quiz — while one student still has time (an extension's due time, or an
// attempt still running on extra minutes), and the student is told why without being told who.
// A question is every version of it: a teacher's edit while an assignment asks the old wording
// keeps the new one out of the class's deck, practice and reviews too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdsAnswers } from '@/lib/assignments/policy';
import { setExtension } from '@/lib/dal/assignment-edits';
import { hidingAssignmentsWhere } from '@/lib/dal/assignment-visibility';
import { readClassClock } from '@/lib/dal/quiz-sql';
import { readDeckQuestions, readHiddenDeckQuestions, readHoldingAssignmentIds } from '@/lib/dal/visibility-sql';
import { createAssignment, startAssignmentAttempt } from '@/lib/dal/assignments';
import { getAttemptForTaking, practicePausedFor, saveAnswer, startPracticeAttempt, submitAttempt } from '@/lib/dal/attempts';
import { createClass, joinClass } from '@/lib/dal/classes';
import { getAttemptReview } from '@/lib/dal/results';
import { applyEdit, type QuestionContent } from '@/lib/dal/review';
import { gradeCard } from '@/lib/dal/study';
import { DECK_QUESTION_STATUSES, deckQuestionWhere } from '@/lib/dal/study-deck';
import { getTodayOverview } from '@/lib/dal/study-today';
import { disconnectDb, getDb, type Db } from '@/lib/db';
import type { Viewer } from '@/lib/auth';
import type { CreateAssignmentInput, ExtensionInput } from '@/lib/schemas/assignments';
import { createClassroom, createViewer } from '../factories';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});
afterAll(disconnectDb);

const T0 = new Date('2033-09-05T09:00:00Z');
const minutes = (n: number, from = T0) => new Date(from.getTime() + n * 60_000);
const local = (d: Date) => d.toISOString().slice(0, 16);

type Room = Awaited<ReturnType<typeof createClassroom>>;

async function assign(teacher: Viewer, classId: string, slug: string, over: Partial<CreateAssignmentInput> = {}) {
  const created = await createAssignment(teacher, {
    classId, articleSlug: slug, title: 'Quiz 1', openAt: local(T0), dueAt: local(minutes(120)), tzOffset: 0,
    attemptsAllowed: 1, gradingMethod: 'highest', timeLimitMinutes: undefined, shuffleQuestions: false, shuffleChoices: false,
    reviewPolicy: 'after_due', latePolicy: 'refuse', questionMode: 'best', bestCount: 10, questionIds: [], ...over,
  }, minutes(-60));
  if (created.result !== 'ok') throw new Error(`not assigned: ${created.result}`);
  return created.id;
}

async function extend(room: Room, assignmentId: string, student: Viewer, over: Partial<ExtensionInput>) {
  const set = await setExtension(room.teacher, { assignmentId, userId: student.id, dueAt: '', extraMinutes: undefined, tzOffset: 0, ...over }, minutes(1));
  expect(set.result).toBe('ok');
}

const RIGHT: Record<string, string> = { 'Capital of France?': 'Paris', 'Water boils at 100 °C at sea level.': 'true', 'Who wrote Hamlet?': 'William Shakespeare' };
const WRONG: Record<string, string> = { 'Capital of France?': 'Rome', 'Water boils at 100 °C at sea level.': 'false', 'Who wrote Hamlet?': 'Marlowe' };

/** Starts, answers every question (right, unless told otherwise) and submits. */
async function takeQuiz(student: Viewer, assignmentId: string, at: Date, key = RIGHT) {
  const started = await startAssignmentAttempt(student, assignmentId, at);
  if (started.outcome !== 'ok') throw new Error(`not started: ${started.outcome}`);
  const taking = (await getAttemptForTaking(student, started.attemptId, at))!;
  for (const q of taking.questions) expect(await saveAnswer(student, started.attemptId, q.id, key[q.prompt], at)).toBe('saved');
  expect(await submitAttempt(student, started.attemptId, at)).toMatchObject({ outcome: 'submitted' });
  return started.attemptId;
}

const reviewAt = async (student: Viewer, attemptId: string, at: Date) => (await getAttemptReview(student, attemptId, at))!;
const answersShown = (review: Awaited<ReturnType<typeof reviewAt>>) => review.questions.filter((q) => q.correctAnswer !== null || q.isCorrect !== null).length;

/**
 * How many of the article's questions are in the student's study deck at `at`: the pages' own
 * condition, which the SQL one a submit's schedule update uses must match.
 */
async function deckSize(student: Viewer, slug: string, at: Date): Promise<number> {
  return (await deckPrompts(student, slug, at)).length;
}

/** The prompts of deckSize's questions, sorted (the same check that both conditions agree). */
async function deckPrompts(student: Viewer, slug: string, at: Date): Promise<string[]> {
  const all = await db.question.findMany({ where: { article: { slug } }, select: { id: true } });
  const byBuilder = await db.question.findMany({ where: { article: { slug }, ...deckQuestionWhere(student, at) }, select: { id: true, prompt: true } });
  const bySql = await readDeckQuestions(db, student.id, all.map((q) => q.id), at);
  expect(bySql.map((q) => q.id).sort()).toEqual(byBuilder.map((q) => q.id).sort());
  // The Today page's way round: the article's questions of a deck status, less those the
  // assignments hide (read from the viewer's assignments, with each one's article).
  const byStatus = await db.question.findMany({ where: { article: { slug }, status: { in: DECK_QUESTION_STATUSES } }, select: { id: true, articleId: true } });
  const hidden = new Map((await readHiddenDeckQuestions(db, student.id, at)).map((q) => [q.id, q.articleId]));
  for (const q of byStatus) if (hidden.has(q.id)) expect(hidden.get(q.id)).toBe(q.articleId);
  expect(byStatus.filter((q) => !hidden.has(q.id)).map((q) => q.id).sort()).toEqual(byBuilder.map((q) => q.id).sort());
  return byBuilder.map((q) => q.prompt).sort();
}

/** The database condition and the pure rule must agree on whether the assignment holds its answers. */
async function expectRuleAndQueryAgree(student: Viewer, assignmentId: string, at: Date): Promise<boolean> {
  const row = await db.assignment.findUniqueOrThrow({ where: { id: assignmentId }, select: { id: true, dueAt: true } });
  const byQuery = (await db.assignment.count({ where: { id: assignmentId, ...hidingAssignmentsWhere(student, at) } })) > 0;
  expect(byQuery).toBe(holdsAnswers(await readClassClock(db, row), at));
  expect((await readHoldingAssignmentIds(db, student.id, [assignmentId], at)).has(assignmentId)).toBe(byQuery);
  return byQuery;
}

describe('answers with "after the due time" review and one student’s extension', () => {
  it('stay hidden from the whole class until the extended student’s due time, and the note names nobody', async () => {
    const room = await createClassroom(db, 2, 'Period 6');
    const [onTime, extended] = room.students;
    const id = await assign(room.teacher, room.classId, room.article.slug);
    await extend(room, id, extended, { dueAt: local(minutes(240)) });
    // Wrong answers, so the payload below would show the answer key only if it leaked.
    const mine = await takeQuiz(onTime, id, minutes(10), WRONG);

    // Past the class's due time: the classmate still has two hours.
    const held = await reviewAt(onTime, mine, minutes(121));
    expect(held.withheld).toEqual({ reason: 'classmate_time' });
    expect(answersShown(held)).toBe(0);
    const payload = JSON.stringify(held);
    for (const leak of ['Shakespeare', extended.id, extended.name, extended.email, minutes(240).toISOString()]) expect(payload).not.toContain(leak);
    expect(await deckSize(onTime, room.article.slug, minutes(121))).toBe(0);
    expect(await practicePausedFor(onTime, room.article.slug, minutes(121))).toEqual({ reason: 'classmate_time' });
    expect(await expectRuleAndQueryAgree(onTime, id, minutes(121))).toBe(true);

    // The extended student, still working, sees nothing either, and their own due time.
    const theirs = await takeQuiz(extended, id, minutes(150));
    expect((await reviewAt(extended, theirs, minutes(151))).withheld).toEqual({ reason: 'after_due', until: minutes(240) });
    expect(await practicePausedFor(extended, room.article.slug, minutes(151))).toEqual({ reason: 'own_time', until: minutes(240) });

    // At the extension's due time everyone sees the answers and gets the questions back.
    for (const [student, attemptId] of [[onTime, mine], [extended, theirs]] as const) {
      const open = await reviewAt(student, attemptId, minutes(240));
      expect(open.withheld).toBeNull();
      expect(open.questions.map((q) => q.correctAnswer).sort()).toEqual(['Paris', 'True', 'William Shakespeare']);
      expect(await deckSize(student, room.article.slug, minutes(240))).toBe(3);
      expect(await practicePausedFor(student, room.article.slug, minutes(240))).toBeNull();
    }
    expect(await expectRuleAndQueryAgree(onTime, id, minutes(240))).toBe(false);
  });

  /**
   * A timed assignment (30 minutes, late work marked): one student submits at 0:10; the other,
   * given 30 extra minutes, starts at 1:40 with an hour to go — a deadline of 2:40, past the
   * class's due time of 2:00.
   */
  async function oneStillWorking(className: string) {
    const room = await createClassroom(db, 2, className);
    const [onTime, extended] = room.students;
    const id = await assign(room.teacher, room.classId, room.article.slug, { timeLimitMinutes: 30, latePolicy: 'mark_late' });
    await extend(room, id, extended, { extraMinutes: 30 });
    const mine = await takeQuiz(onTime, id, minutes(10));
    const started = await startAssignmentAttempt(extended, id, minutes(100));
    if (started.outcome !== 'ok') throw new Error('not started');
    return { room, onTime, extended, id, mine, running: started.attemptId };
  }

  it('wait for an attempt still running on extra minutes past the due time, and no longer than it runs', async () => {
    const { room, onTime, extended, id, mine, running } = await oneStillWorking('Period 7');
    expect((await db.attempt.findUniqueOrThrow({ where: { id: running } })).deadlineAt).toEqual(minutes(160));

    expect((await reviewAt(onTime, mine, minutes(130))).withheld).toEqual({ reason: 'classmate_time' });
    expect(await deckSize(onTime, room.article.slug, minutes(130))).toBe(0);
    // The practice pause tells each whose time it is: the one still working is told it is theirs.
    expect(await practicePausedFor(onTime, room.article.slug, minutes(130))).toEqual({ reason: 'classmate_time' });
    expect(await practicePausedFor(extended, room.article.slug, minutes(130))).toMatchObject({ reason: 'own_time' });
    expect(await expectRuleAndQueryAgree(onTime, id, minutes(130))).toBe(true);
    // Submitting early releases the answers at once.
    expect(await submitAttempt(extended, running, minutes(140))).toMatchObject({ outcome: 'submitted' });
    expect(await expectRuleAndQueryAgree(onTime, id, minutes(141))).toBe(false);
    expect(answersShown(await reviewAt(onTime, mine, minutes(141)))).toBe(3);
    expect(await deckSize(onTime, room.article.slug, minutes(141))).toBe(3);
  });

  it('an attempt holds answers through its deadline’s grace, and nothing past it even before it is closed', async () => {
    const { room, onTime, extended, id, mine, running } = await oneStillWorking('Period 8');
    // Within the deadline's grace the attempt still takes answers, so it still holds them.
    const inGrace = new Date(minutes(160).getTime() + 5_000);
    expect(await saveAnswer(extended, running, room.article.questionIds[0], '', inGrace)).toBe('saved');
    expect(await expectRuleAndQueryAgree(onTime, id, inGrace)).toBe(true);
    expect((await reviewAt(onTime, mine, inGrace)).withheld).toEqual({ reason: 'classmate_time' });
    expect(await expectRuleAndQueryAgree(onTime, id, minutes(161))).toBe(false);
    expect((await reviewAt(onTime, mine, minutes(161))).withheld).toBeNull();
  });

  it('“right after submitting” is not held back, and another class with the same article is not affected', async () => {
    const room = await createClassroom(db, 2, 'Period 9');
    const [onTime, extended] = room.students;
    const id = await assign(room.teacher, room.classId, room.article.slug, { reviewPolicy: 'immediately' });
    await extend(room, id, extended, { dueAt: local(minutes(240)) });
    const mine = await takeQuiz(onTime, id, minutes(10));
    expect((await reviewAt(onTime, mine, minutes(11))).withheld).toBeNull();
    expect(answersShown(await reviewAt(onTime, mine, minutes(11)))).toBe(3);
    // The deck and practice quiz still wait for the whole class (DESIGN.md's one rule).
    expect(await deckSize(onTime, room.article.slug, minutes(121))).toBe(0);

    const other = await createClass(room.teacher, 'Period 10');
    if (other.result !== 'ok') throw new Error('no class');
    const elsewhere = await createViewer(db);
    await joinClass(elsewhere, other.joinCode);
    const otherId = await assign(room.teacher, other.id, room.article.slug);
    const theirs = await takeQuiz(elsewhere, otherId, minutes(10));
    expect((await reviewAt(elsewhere, theirs, minutes(121))).withheld).toBeNull();
    expect(await deckSize(elsewhere, room.article.slug, minutes(121))).toBe(3);
  });
});

const reworded = (prompt: string): QuestionContent => ({ type: 'short_answer', prompt, choices: [], answer: 'William Shakespeare', accepted: ['Shakespeare'], explanation: '' });
const OTHERS = ['Capital of France?', 'Water boils at 100 °C at sea level.'];

/** A teacher's edit of `questionId`; the new version's id. */
async function edit(teacher: Viewer, questionId: string, prompt: string): Promise<string> {
  const edited = await applyEdit(teacher, questionId, reworded(prompt));
  if (edited.result !== 'ok') throw new Error(`not edited: ${edited.result}`);
  return edited.questionId;
}

/** The prompts a new practice try asks the student at `at`; null while practice is paused. */
async function practicePrompts(student: Viewer, slug: string, at: Date): Promise<string[] | null> {
  const attemptId = await startPracticeAttempt(student, slug, at);
  if (!attemptId) return null;
  return (await getAttemptForTaking(student, attemptId, at))!.questions.map((q) => q.prompt).sort();
}

/** A class of `teacher`'s with one student and no assignment. */
async function classElsewhere(teacher: Viewer, name: string): Promise<{ classId: string; student: Viewer }> {
  const other = await createClass(teacher, name);
  if (other.result !== 'ok') throw new Error('no class');
  const student = await createViewer(db);
  await joinClass(student, other.joinCode);
  return { classId: other.id, student };
}

describe('an edited question while an assignment asks its old version', () => {
  it('keeps the new version out of the class’s deck, practice and reviews until the due time; another class is not affected', async () => {
    const room = await createClassroom(db, 2, 'Period 11');
    const [starter, classmate] = room.students;
    const hamlet = room.article.questionIds[2];
    // The assignment asks only Hamlet, so nothing but its versions can pause practice.
    const id = await assign(room.teacher, room.classId, room.article.slug, { questionMode: 'pick', questionIds: [hamlet], reviewPolicy: 'immediately' });
    const started = await startAssignmentAttempt(starter, id, minutes(5));
    if (started.outcome !== 'ok') throw new Error('not started');
    const v2Prompt = 'Who wrote the play Hamlet?';
    const v2 = await edit(room.teacher, hamlet, v2Prompt);
    // Started, so the assignment keeps the old version; the bank and practice quiz have the new one.
    const asked = await db.assignment.findUniqueOrThrow({ where: { id }, select: { quiz: { select: { questions: { select: { questionId: true } } } } } });
    expect(asked.quiz.questions.map((q) => q.questionId)).toEqual([hamlet]);
    expect((await db.question.findUniqueOrThrow({ where: { id: v2 }, select: { status: true } })).status).toBe('approved');
    // One lineage: the first version's id, which the original names itself.
    const lineages = await db.question.findMany({ where: { id: { in: [hamlet, v2] } }, select: { lineageId: true } });
    expect(lineages).toEqual([{ lineageId: hamlet }, { lineageId: hamlet }]);
    const elsewhere = await classElsewhere(room.teacher, 'Period 12');

    // Neither version while the assignment is open, to anyone in the class.
    for (const student of [classmate, starter]) expect(await deckPrompts(student, room.article.slug, minutes(10))).toEqual(OTHERS);
    expect(await practicePausedFor(classmate, room.article.slug, minutes(10))).toEqual({ reason: 'own_time', until: minutes(120) });
    expect(await practicePrompts(classmate, room.article.slug, minutes(10))).toBeNull();
    // The other class has no assignment on it: the new version is theirs to practise.
    expect(await deckPrompts(elsewhere.student, room.article.slug, minutes(10))).toEqual([...OTHERS, v2Prompt].sort());
    expect(await practicePrompts(elsewhere.student, room.article.slug, minutes(10))).toEqual([...OTHERS, v2Prompt].sort());

    // A second assignment set after the edit asks the new version, with answers shown at once;
    // the first still holds the question, so its review keeps them back (the SQL twin's rule).
    const second = await assign(room.teacher, room.classId, room.article.slug, { title: 'Quiz 2', reviewPolicy: 'immediately' });
    const secondAttempt = await takeQuiz(classmate, second, minutes(20), { ...RIGHT, [v2Prompt]: 'William Shakespeare' });
    expect((await reviewAt(classmate, secondAttempt, minutes(21))).withheld).toEqual({ reason: 'open_assignment' });

    // Once the started attempt's time is up too (due time and grace), the new version comes back.
    expect(await deckPrompts(classmate, room.article.slug, minutes(121))).toEqual([...OTHERS, v2Prompt].sort());
    expect(await practicePausedFor(classmate, room.article.slug, minutes(121))).toBeNull();
    expect(await practicePrompts(classmate, room.article.slug, minutes(121))).toEqual([...OTHERS, v2Prompt].sort());
    expect((await reviewAt(classmate, secondAttempt, minutes(121))).withheld).toBeNull();
  });

  it('holds every version of a chain of edits, whichever version the assignment asks', async () => {
    const room = await createClassroom(db, 2, 'Period 13');
    const [starter, classmate] = room.students;
    const v1 = room.article.questionIds[2];
    const first = await assign(room.teacher, room.classId, room.article.slug, { questionMode: 'pick', questionIds: [v1] });
    const started = await startAssignmentAttempt(starter, first, minutes(5));
    if (started.outcome !== 'ok') throw new Error('not started');
    const v2 = await edit(room.teacher, v1, 'Who wrote the play Hamlet?');
    // Another class is given the middle version and starts it; then a colleague edits it again.
    const elsewhere = await classElsewhere(room.teacher, 'Period 14');
    const middle = await assign(room.teacher, elsewhere.classId, room.article.slug, { questionMode: 'pick', questionIds: [v2], dueAt: local(minutes(180)) });
    const startedElsewhere = await startAssignmentAttempt(elsewhere.student, middle, minutes(6));
    if (startedElsewhere.outcome !== 'ok') throw new Error('not started');
    const colleague = await createViewer(db, 'teacher');
    const v3Prompt = 'Which playwright wrote Hamlet?';
    await edit(colleague, v2, v3Prompt);
    const untouched = await classElsewhere(colleague, 'Period 15');

    // The first class: v1 asked, v3 held. The other: v2 asked, v3 held until its own due time.
    for (const student of [classmate, elsewhere.student]) {
      expect(await deckPrompts(student, room.article.slug, minutes(10))).toEqual(OTHERS);
      expect(await practicePrompts(student, room.article.slug, minutes(10))).toBeNull();
    }
    expect(await deckPrompts(untouched.student, room.article.slug, minutes(10))).toEqual([...OTHERS, v3Prompt].sort());
    expect(await practicePrompts(untouched.student, room.article.slug, minutes(10))).toEqual([...OTHERS, v3Prompt].sort());

    expect(await deckPrompts(classmate, room.article.slug, minutes(121))).toEqual([...OTHERS, v3Prompt].sort());
    expect(await practicePrompts(classmate, room.article.slug, minutes(121))).toEqual([...OTHERS, v3Prompt].sort());
    expect(await deckPrompts(elsewhere.student, room.article.slug, minutes(121))).toEqual(OTHERS);
    expect(await practicePausedFor(elsewhere.student, room.article.slug, minutes(121))).toMatchObject({ reason: 'own_time' });
    expect(await deckPrompts(elsewhere.student, room.article.slug, minutes(181))).toEqual([...OTHERS, v3Prompt].sort());
    expect(await practicePrompts(elsewhere.student, room.article.slug, minutes(181))).toEqual([...OTHERS, v3Prompt].sort());
  });
});

describe('the Today page while an assignment holds answers', () => {
  it('counts, lists as due and shows as leeches none of its questions (every version) to the class until the due time', async () => {
    const room = await createClassroom(db, 2, 'Period 16');
    const [starter, classmate] = room.students;
    const [france, water, hamlet] = room.article.questionIds;
    const slug = room.article.slug;
    // Before anything is assigned, the classmate forgets two cards: France comes due again a
    // minute later, and Water is set aside as a leech (the eighth lapse, written directly).
    expect(await gradeCard(classmate, `q:${france}`, 1, 0, 'study', minutes(-90))).toBe('graded');
    expect(await gradeCard(classmate, `q:${water}`, 1, 0, 'study', minutes(-90))).toBe('graded');
    await db.studyCard.updateMany({ where: { userId: classmate.id, questionId: water }, data: { lapses: 8, isLeech: true, isSuspended: true } });
    // Every question assigned; once a student has started, an edit of Hamlet makes a new version
    // that only its lineage ties to the assignment.
    const id = await assign(room.teacher, room.classId, slug);
    const started = await startAssignmentAttempt(starter, id, minutes(5));
    if (started.outcome !== 'ok') throw new Error('not started');
    const v2Prompt = 'Who wrote the play Hamlet?';
    await edit(room.teacher, hamlet, v2Prompt);
    const elsewhere = await classElsewhere(room.teacher, 'Period 17');

    const todayOf = async (student: Viewer, at: Date) => {
      const today = await getTodayOverview(student, at);
      return { entry: today.articles.find((a) => a.slug === slug), leeches: today.leeches.filter((l) => l.article.slug === slug).map((l) => l.front) };
    };
    const held = await todayOf(classmate, minutes(10));
    expect(held.entry).toMatchObject({ due: 0, new: 0, isStarted: false });
    expect(held.leeches).toEqual([]);
    expect(await deckSize(classmate, slug, minutes(10))).toBe(0);
    // Another class has no assignment on the article: France, Water and the new Hamlet are new to them.
    expect((await todayOf(elsewhere.student, minutes(10))).entry).toMatchObject({ due: 0, new: 3 });

    // After the due time and the started attempt's grace: France due, the new Hamlet new, Water a leech.
    const released = await todayOf(classmate, minutes(121));
    expect(released.entry).toMatchObject({ due: 1, new: 1, isStarted: true });
    expect(released.leeches).toEqual(['Water boils at 100 °C at sea level.']);
    expect(await deckPrompts(classmate, slug, minutes(121))).toEqual(['Capital of France?', 'Water boils at 100 °C at sea level.', v2Prompt].sort());
  });
});
