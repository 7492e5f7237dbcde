// Short answers with more than one accepted answer, against a real database (SQLite and
// PostgreSQL): what a teacher saves, how a quiz grades, what the review and a flashcard show,
// that nothing carries the other answers before submission, and that files carry them.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@/lib/auth';
import { createAssignment, startAssignmentAttempt } from '@/lib/dal/assignments';
import { getAttemptForTaking, saveAnswer, startPracticeAttempt, submitAttempt } from '@/lib/dal/attempts';
import { importQuestionsIntoBank } from '@/lib/dal/question-bank-import';
import { getQuestionsForExport } from '@/lib/dal/question-export';
import { readGradingRows } from '@/lib/dal/quiz-sql';
import { getAttemptReview } from '@/lib/dal/results';
import { createTeacherQuestion, editQuestion, getArticleBank, getQuestionForEdit } from '@/lib/dal/review';
import { listDeck } from '@/lib/dal/study-deck';
import { getStudySession } from '@/lib/dal/study-session';
import { disconnectDb, getDb, type Db } from '@/lib/db';
import { exportGift, exportMoodleXml, importGift, importMoodleXml } from '@/lib/interchange';
import { questionFormSchema, toStoredQuestion } from '@/lib/schemas/review';
import { createClassroom, createQuiz, createViewer, type QuestionSpec } from '../factories';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});
afterAll(disconnectDb);

const LONG = 'the United Nations Educational, Scientific and Cultural Organization';

/** An article whose practice quiz is these questions, each with its other accepted answers. */
async function quizWithAccepted(questions: (QuestionSpec & { accepted?: string[] })[]) {
  const quiz = await createQuiz(db, questions);
  for (const [i, q] of questions.entries()) {
    if (q.accepted) await db.question.update({ where: { id: quiz.questionIds[i] }, data: { acceptedJson: JSON.stringify(q.accepted) } });
  }
  return quiz;
}

async function takePractice(student: Viewer, slug: string, answers: string[]) {
  const attemptId = (await startPracticeAttempt(student, slug))!;
  const taking = (await getAttemptForTaking(student, attemptId))!;
  for (const [i, q] of taking.questions.entries()) expect(await saveAnswer(student, attemptId, q.id, answers[i])).toBe('saved');
  const result = await submitAttempt(student, attemptId);
  return { attemptId, taking, result };
}

describe('a teacher gives a short answer other accepted answers', () => {
  it('stores them from the form, shows them for editing, and keeps them through a new version', async () => {
    const teacher = await createViewer(db, 'teacher');
    const { slug } = await createQuiz(db, []);
    const form = questionFormSchema.parse({
      slug, type: 'short_answer', prompt: 'Which agency lists World Heritage Sites?', shortAnswer: 'UNESCO',
      acceptedAnswers: `${LONG}\r\nunesco\r\n\r\nU.N.E.S.C.O.`,
    });
    expect(await createTeacherQuestion(teacher, slug, toStoredQuestion(form))).toBe('ok');
    const created = (await getArticleBank(teacher, slug))!.questions[0];
    expect(created).toMatchObject({ answer: 'UNESCO', accepted: [LONG, 'U.N.E.S.C.O.'] });
    expect((await getQuestionForEdit(teacher, created.id))?.accepted).toEqual([LONG, 'U.N.E.S.C.O.']);
    // No assignment asks it: the edit page has nothing to warn about.
    expect((await getQuestionForEdit(teacher, created.id))?.assignmentCount).toBe(0);

    // An edit is a new approved version with the new list; changing the type drops it.
    expect(await editQuestion(teacher, created.id, { ...toStoredQuestion(form), accepted: ['World Heritage Committee'] })).toBe('ok');
    const edited = (await getArticleBank(teacher, slug))!.questions[0];
    expect(edited.id).not.toBe(created.id);
    expect(edited.accepted).toEqual(['World Heritage Committee']);
    const asChoice = toStoredQuestion(questionFormSchema.parse({ ...form, type: 'multiple_choice', choice1: 'UNESCO', choice2: 'WHO', correctChoice: '1' }));
    expect(await editQuestion(teacher, edited.id, asChoice)).toBe('ok');
    const row = await db.question.findFirstOrThrow({ where: { article: { slug }, status: 'approved' }, select: { type: true, acceptedJson: true } });
    expect(row).toEqual({ type: 'multiple_choice', acceptedJson: '[]' });
  });

  it('leaves questions from before with none', async () => {
    const { questionIds } = await createQuiz(db, [{ type: 'short_answer', prompt: 'Year?', choices: [], answer: '1981' }]);
    expect((await db.question.findUniqueOrThrow({ where: { id: questionIds[0] } })).acceptedJson).toBe('[]');
  });
});

describe('grading a quiz', () => {
  it('counts the answer or any other accepted answer right, with the surname rule on each', async () => {
    const { slug, quizId } = await quizWithAccepted([
      { type: 'short_answer', prompt: 'Which agency?', choices: [], answer: LONG, accepted: ['UNESCO'] },
      { type: 'short_answer', prompt: 'Who sailed?', choices: [], answer: 'James Cook', kind: 'person', accepted: ['Captain Cook'] },
      { type: 'short_answer', prompt: 'What year?', choices: [], answer: '1981' },
      { type: 'multiple_choice', prompt: 'Pick', choices: ['Red', 'Green'], answer: 'Green' },
    ]);
    const right = await takePractice(await createViewer(db), slug, ['  unesco. ', 'captain COOK', '1981', 'Green']);
    expect(right.result).toMatchObject({ outcome: 'submitted', score: 4, total: 4 });
    const second = await createViewer(db);
    const surname = await takePractice(second, slug, ['UNICEF', 'Cook', '1982', 'Red']);
    expect(surname.result).toMatchObject({ outcome: 'submitted', score: 1, total: 4 });

    // The grading read carries the whole key, answer first.
    const rows = await readGradingRows(db, right.attemptId, quizId);
    expect(rows.map((r) => r.key).sort()).toEqual([[LONG, 'UNESCO'], ['1981'], ['Green'], ['James Cook', 'Captain Cook']].sort());

    // The review shows them once submitted, beside the answer, for short answers only.
    const review = (await getAttemptReview(second, surname.attemptId))!;
    expect(review.questions.map((q) => [q.correctAnswer, q.alsoAccepted, q.isCorrect])).toEqual([
      [LONG, ['UNESCO'], false],
      ['James Cook', ['Captain Cook'], true],
      ['1981', [], false],
      ['Green', [], false],
    ]);
  });

  it('carries no accepted answer before submission, and none while the review setting holds answers back', async () => {
    const canary = `CANARY-${randomUUID()}`;
    const { slug } = await quizWithAccepted([{ type: 'short_answer', prompt: 'Name the bird.', choices: [], answer: 'canary', accepted: [canary] }]);
    const student = await createViewer(db);
    const attemptId = (await startPracticeAttempt(student, slug))!;
    expect(JSON.stringify(await getAttemptForTaking(student, attemptId))).not.toContain(canary);
    expect(await getAttemptReview(student, attemptId)).toBeNull();
    // The deck's front (no card turned over) carries no answer either.
    expect(JSON.stringify(await getStudySession(student, slug))).not.toContain(canary);
    expect(await saveAnswer(student, attemptId, (await getAttemptForTaking(student, attemptId))!.questions[0].id, canary.toLowerCase())).toBe('saved');
    expect(await submitAttempt(student, attemptId)).toMatchObject({ score: 1, total: 1 });
    // After submitting the key is there: proof that the checks above could fail.
    expect((await getAttemptReview(student, attemptId))?.questions[0].alsoAccepted).toEqual([canary]);

    // An assignment whose teacher never shows answers keeps them back after submitting too.
    const room = await createClassroom(db, 1);
    const hamlet = await db.question.findFirstOrThrow({ where: { article: { slug: room.article.slug }, prompt: 'Who wrote Hamlet?' } });
    await db.question.update({ where: { id: hamlet.id }, data: { acceptedJson: JSON.stringify([canary]) } });
    const now = new Date();
    const local = (d: Date) => d.toISOString().slice(0, 16);
    const assigned = await createAssignment(room.teacher, {
      classId: room.classId, articleSlug: room.article.slug, title: 'Never shown', openAt: local(new Date(now.getTime() - 60_000)),
      dueAt: local(new Date(now.getTime() + 3_600_000)), tzOffset: 0, attemptsAllowed: 1, gradingMethod: 'highest', timeLimitMinutes: undefined,
      shuffleQuestions: false, shuffleChoices: false, reviewPolicy: 'never', latePolicy: 'refuse', questionMode: 'best', bestCount: 10, questionIds: [],
    }, new Date(now.getTime() - 120_000));
    if (assigned.result !== 'ok') throw new Error(`not assigned: ${assigned.result}`);
    // The edit page says that this assignment keeps the question's wording (app/teach/questions/[id]/edit).
    expect((await getQuestionForEdit(room.teacher, hamlet.id))?.assignmentCount).toBe(1);
    const [pupil] = room.students;
    const started = await startAssignmentAttempt(pupil, assigned.id);
    if (started.outcome !== 'ok') throw new Error(`not started: ${started.outcome}`);
    const taking = (await getAttemptForTaking(pupil, started.attemptId))!;
    expect(JSON.stringify(taking)).not.toContain(canary);
    const hamletInQuiz = taking.questions.find((q) => q.prompt === 'Who wrote Hamlet?')!;
    // Typed in lower case, so the student's own answer is not the canary itself.
    expect(await saveAnswer(pupil, started.attemptId, hamletInQuiz.id, canary.toLowerCase())).toBe('saved');
    expect(await submitAttempt(pupil, started.attemptId)).toMatchObject({ outcome: 'submitted', score: 1 });
    const held = await getAttemptReview(pupil, started.attemptId);
    expect(held?.withheld).toMatchObject({ reason: 'never' });
    expect(JSON.stringify(held)).not.toContain(canary);
  });
});

describe('typing on a flashcard', () => {
  it('accepts what the quiz accepts: other accepted answers and a person’s surname', async () => {
    const { slug, questionIds } = await quizWithAccepted([
      { type: 'short_answer', prompt: 'Which agency?', choices: [], answer: 'the UN culture agency', accepted: ['UNESCO'] },
      { type: 'short_answer', prompt: 'Who sailed?', choices: [], answer: 'James Cook', kind: 'person' },
    ]);
    const student = await createViewer(db);
    const reveal = (key: string, typed: string) => getStudySession(student, slug, { pin: key, reveal: true, typed });
    expect((await reveal(`q:${questionIds[0]}`, 'unesco'))?.back).toMatchObject({
      answer: 'the UN culture agency', alsoAccepted: ['UNESCO'], typed: { verdict: 'accepted' },
    });
    expect((await reveal(`q:${questionIds[0]}`, 'UNESKO'))?.back?.typed).toMatchObject({ verdict: 'typo', against: 'unesco' });
    expect((await reveal(`q:${questionIds[1]}`, 'Cook'))?.back).toMatchObject({ answer: 'James Cook', alsoAccepted: [], typed: { verdict: 'accepted' } });
    expect((await reveal(`q:${questionIds[1]}`, 'James'))?.back?.typed?.verdict).toBe('wrong');
  });

  it('offers a typing box when any accepted answer is short enough to type', async () => {
    const { slug, questionIds } = await quizWithAccepted([
      { type: 'short_answer', prompt: 'Which agency?', choices: [], answer: `${LONG}, based in Paris`, accepted: ['UNESCO'] },
      { type: 'short_answer', prompt: 'Which agency, in full?', choices: [], answer: `${LONG}, based in Paris` },
    ]);
    const { id: articleId } = await db.article.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    const deck = await listDeck(await createViewer(db), articleId);
    const typable = (id: string) => deck.find((entry) => entry.key === `q:${id}`)?.isTypable;
    expect(typable(questionIds[0])).toBe(true);
    expect(typable(questionIds[1])).toBe(false);
  });

  it('gives a generated flashcard the surname rule only when its back answers its front', async () => {
    const { slug } = await createQuiz(db, []);
    const article = await db.article.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    const card = (front: string, back: string) =>
      db.flashcard.create({ data: { articleId: article.id, genKey: randomUUID(), kind: 'person', front, back }, select: { id: true } });
    const asks = await card('Who commanded the first voyage?', 'James Cook');
    const bareName = await card('James Cook', 'Royal Navy captain and explorer');
    const student = await createViewer(db);
    const reveal = (id: string, typed: string) => getStudySession(student, slug, { pin: `f:${id}`, reveal: true, typed });
    expect((await reveal(asks.id, 'cook'))?.back?.typed?.verdict).toBe('accepted');
    expect((await reveal(bareName.id, 'explorer'))?.back?.typed?.verdict).toBe('wrong');
  });
});

describe('export and import', () => {
  it.each([
    ['GIFT', exportGift, importGift],
    ['Moodle XML', exportMoodleXml, importMoodleXml],
  ] as const)('%s carries the other accepted answers out of one bank and into another', async (_name, write, read) => {
    const teacher = await createViewer(db, 'teacher');
    const from = await quizWithAccepted([
      { type: 'short_answer', prompt: 'Which agency?', choices: [], answer: 'UNESCO', accepted: [LONG] },
      { type: 'short_answer', prompt: 'What year?', choices: [], answer: '1981' },
    ]);
    const exported = (await getQuestionsForExport(teacher, from.slug))!;
    expect(exported.questions.map((q) => q.accepted)).toEqual([[LONG], undefined]);
    const parsed = read(write(exported.questions));
    expect(parsed.warnings).toEqual([]);

    const to = await createQuiz(db, []);
    expect(await importQuestionsIntoBank(teacher, to.slug, parsed.questions)).toMatchObject({ status: 'ok', imported: 2 });
    const bank = (await getArticleBank(teacher, to.slug))!;
    expect(bank.questions.map((q) => [q.answer, q.accepted])).toEqual([['UNESCO', [LONG]], ['1981', []]]);
    expect((await getQuestionsForExport(teacher, to.slug))?.questions).toEqual(exported.questions);
  });

  it('imports a file from before accepted answers existed', async () => {
    const teacher = await createViewer(db, 'teacher');
    const to = await createQuiz(db, []);
    const old = importGift('::Year::In what year?{=1981}\n\nWho wrote Hamlet?{=William Shakespeare}');
    expect(await importQuestionsIntoBank(teacher, to.slug, old.questions)).toMatchObject({ status: 'ok', imported: 2 });
    const rows = await db.question.findMany({ where: { article: { slug: to.slug } }, orderBy: { rank: 'asc' }, select: { answer: true, acceptedJson: true } });
    expect(rows).toEqual([{ answer: '1981', acceptedJson: '[]' }, { answer: 'William Shakespeare', acceptedJson: '[]' }]);
  });
});
