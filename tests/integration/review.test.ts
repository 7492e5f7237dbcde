// Teachers' question review against a real database: only teachers may act, decisions shape
// the practice quiz, and an edit keeps past responses pointing at the wording students saw.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveAnswer, startPracticeAttempt, submitAttempt } from '@/lib/dal/attempts';
import { getAttemptReview } from '@/lib/dal/results';
import { createTeacherQuestion, decideQuestion, editQuestion, getArticleBank, listArticlesForReview } from '@/lib/dal/review';
import { disconnectDb, getDb, type Db } from '@/lib/db';
import { createQuiz, createViewer, THREE_QUESTIONS } from '../factories';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});
afterAll(disconnectDb);

async function currentQuizQuestionIds(slug: string): Promise<string[]> {
  const quiz = await db.quiz.findFirstOrThrow({
    where: { article: { slug }, kind: 'practice', isCurrent: true },
    include: { questions: { orderBy: { position: 'asc' } } },
  });
  return quiz.questions.map((q) => q.questionId);
}

describe('question review', () => {
  it('is refused to students, and changes nothing', async () => {
    const student = await createViewer(db, 'student');
    const { slug, questionIds } = await createQuiz(db, THREE_QUESTIONS);
    expect(await listArticlesForReview(student)).toBeNull();
    expect(await getArticleBank(student, slug)).toBeNull();
    expect(await decideQuestion(student, questionIds[0], 'reject')).toBe('forbidden');
    const content = { type: 'short_answer', prompt: 'x', choices: [], answer: 'y', explanation: '' };
    expect(await editQuestion(student, questionIds[0], content)).toBe('forbidden');
    expect(await createTeacherQuestion(student, slug, content)).toBe('forbidden');
    const rows = await db.question.findMany({ where: { article: { slug } } });
    expect(rows.map((r) => r.status)).toEqual(['approved', 'approved', 'approved']);
  });

  it('decisions on two questions of one article at the same moment leave one current practice quiz holding both', async () => {
    const teacher = await createViewer(db, 'teacher');
    // Several rounds: two transactions racing is a matter of timing.
    for (let round = 0; round < 5; round++) {
      const { slug, questionIds } = await createQuiz(db, THREE_QUESTIONS);
      const results = await Promise.all([decideQuestion(teacher, questionIds[0], 'reject'), decideQuestion(teacher, questionIds[1], 'reject')]);
      expect(results).toEqual(['ok', 'ok']);
      const current = await db.quiz.findMany({ where: { article: { slug }, kind: 'practice', isCurrent: true }, select: { id: true } });
      expect(current).toHaveLength(1);
      expect(await currentQuizQuestionIds(slug)).toEqual([questionIds[2]]);
    }
  });

  it('two teachers adding or editing questions of one article at the same moment both succeed, leaving one current practice quiz', async () => {
    const teacher = await createViewer(db, 'teacher');
    const content = (prompt: string) => ({ type: 'short_answer', prompt, choices: [], answer: 'yes', explanation: '' });
    for (let round = 0; round < 5; round++) {
      const { slug, questionIds } = await createQuiz(db, THREE_QUESTIONS);
      // Each inserts a question (a key-share lock on the article) before the quiz is refreshed.
      const added = await Promise.all([createTeacherQuestion(teacher, slug, content('First?')), createTeacherQuestion(teacher, slug, content('Second?'))]);
      const edited = await Promise.all([editQuestion(teacher, questionIds[0], content('Edited 1?')), editQuestion(teacher, questionIds[1], content('Edited 2?'))]);
      expect([...added, ...edited]).toEqual(['ok', 'ok', 'ok', 'ok']);
      const current = await db.quiz.findMany({ where: { article: { slug }, kind: 'practice', isCurrent: true }, select: { id: true } });
      expect(current).toHaveLength(1);
      expect(await currentQuizQuestionIds(slug)).toHaveLength(5);
    }
  });

  it('rejecting a question takes it out of the practice quiz', async () => {
    const teacher = await createViewer(db, 'teacher');
    const { slug, questionIds } = await createQuiz(db, THREE_QUESTIONS);
    expect(await decideQuestion(teacher, questionIds[1], 'reject')).toBe('ok');
    expect(await currentQuizQuestionIds(slug)).toEqual([questionIds[0], questionIds[2]]);
    expect(await decideQuestion(teacher, questionIds[1], 'restore')).toBe('ok');
    const bank = await getArticleBank(teacher, slug);
    expect(bank?.questions.find((q) => q.id === questionIds[1])?.status).toBe('draft');
  });

  it('an edit is a new approved version; the old answer still reviews as it was asked', async () => {
    const teacher = await createViewer(db, 'teacher');
    const student = await createViewer(db, 'student');
    const { slug, questionIds } = await createQuiz(db, THREE_QUESTIONS);
    const attemptId = (await startPracticeAttempt(student, slug))!;
    await saveAnswer(student, attemptId, questionIds[0], 'Paris');
    await submitAttempt(student, attemptId);

    const edited = { type: 'multiple_choice', prompt: 'Capital of Italy?', choices: ['Rome', 'Milan'], answer: 'Rome', explanation: 'Since 1871.' };
    expect(await editQuestion(teacher, questionIds[0], edited)).toBe('ok');
    const old = await db.question.findUniqueOrThrow({ where: { id: questionIds[0] } });
    expect(old.status).toBe('retired');
    const current = await currentQuizQuestionIds(slug);
    expect(current).not.toContain(questionIds[0]);
    const replacement = await db.question.findUniqueOrThrow({ where: { id: current[0] } });
    expect(replacement).toMatchObject({ prompt: 'Capital of Italy?', answer: 'Rome', status: 'approved', origin: 'teacher' });

    const review = await getAttemptReview(student, attemptId);
    expect(review?.questions[0]).toMatchObject({ prompt: 'Capital of France?', yourAnswer: 'Paris', isCorrect: true });
    // Editing a retired question is refused.
    expect(await editQuestion(teacher, questionIds[0], edited)).toBe('not_found');
  });

  it("a teacher's own question is approved and joins the practice quiz", async () => {
    const teacher = await createViewer(db, 'teacher');
    const { slug } = await createQuiz(db, THREE_QUESTIONS);
    const content = { type: 'true_false', prompt: 'The sky is green.', choices: ['True', 'False'], answer: 'false', explanation: 'It is blue.' };
    expect(await createTeacherQuestion(teacher, slug, content)).toBe('ok');
    expect(await createTeacherQuestion(teacher, 'no-such-article', content)).toBe('not_found');
    const ids = await currentQuizQuestionIds(slug);
    expect(ids).toHaveLength(4);
    const added = await db.question.findUniqueOrThrow({ where: { id: ids[3] } });
    expect(added).toMatchObject({ prompt: 'The sky is green.', origin: 'teacher', status: 'approved', sourceSentence: null });
  });
});
