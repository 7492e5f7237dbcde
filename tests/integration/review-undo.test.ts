// Undo on the article review page (lib/dal/review.ts applyDecision): a decision says what the
// question was before, and an undo puts that back only while the question is still as the
// decision left it, so it never overwrites a later decision. The practice quiz follows both.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyDecision, decisionFor } from '@/lib/dal/review';
import { disconnectDb, getDb, type Db } from '@/lib/db';
import { createQuiz, createViewer, THREE_QUESTIONS } from '../factories';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});
afterAll(disconnectDb);

const statusOf = async (id: string) => (await db.question.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

async function practiceQuestionIds(slug: string): Promise<string[]> {
  const quiz = await db.quiz.findFirstOrThrow({
    where: { article: { slug }, kind: 'practice', isCurrent: true },
    include: { questions: { orderBy: { position: 'asc' } } },
  });
  return quiz.questions.map((q) => q.questionId);
}

describe('review decisions with undo', () => {
  it('a decision reports the previous status, and undoing it restores that status and the practice quiz', async () => {
    const teacher = await createViewer(db, 'teacher');
    const { slug, questionIds } = await createQuiz(db, THREE_QUESTIONS);
    const before = await practiceQuestionIds(slug);

    const rejected = await applyDecision(teacher, questionIds[1], 'reject');
    expect(rejected).toEqual({ result: 'ok', previous: 'approved', status: 'rejected', prompt: THREE_QUESTIONS[1].prompt });
    expect(await practiceQuestionIds(slug)).not.toContain(questionIds[1]);

    const undone = await applyDecision(teacher, questionIds[1], decisionFor('approved'), 'rejected');
    expect(undone).toMatchObject({ result: 'ok', previous: 'rejected', status: 'approved' });
    expect(await statusOf(questionIds[1])).toBe('approved');
    expect(await practiceQuestionIds(slug)).toEqual(before);

    // Back to review and undone: a draft goes back to draft, an approval back to approved.
    expect(await applyDecision(teacher, questionIds[0], 'restore')).toMatchObject({ previous: 'approved', status: 'draft' });
    expect(await applyDecision(teacher, questionIds[0], decisionFor('approved'), 'draft')).toMatchObject({ result: 'ok', status: 'approved' });
    expect(await applyDecision(teacher, questionIds[0], 'restore')).toMatchObject({ status: 'draft' });
    expect(await applyDecision(teacher, questionIds[0], 'approve')).toMatchObject({ previous: 'draft', status: 'approved' });
    expect(await applyDecision(teacher, questionIds[0], decisionFor('draft'), 'approved')).toMatchObject({ result: 'ok', status: 'draft' });
    expect(await statusOf(questionIds[0])).toBe('draft');
  });

  it('an undo leaves alone a question decided again since, and a retired one', async () => {
    const teacher = await createViewer(db, 'teacher');
    const other = await createViewer(db, 'teacher');
    const { questionIds } = await createQuiz(db, THREE_QUESTIONS);
    await applyDecision(teacher, questionIds[2], 'reject');
    // Another teacher sends it back to review before the first one clicks Undo.
    await applyDecision(other, questionIds[2], 'restore');
    expect(await applyDecision(teacher, questionIds[2], decisionFor('approved'), 'rejected')).toEqual({ result: 'changed' });
    expect(await statusOf(questionIds[2])).toBe('draft');

    await db.question.update({ where: { id: questionIds[1] }, data: { status: 'retired' } });
    expect(await applyDecision(teacher, questionIds[1], 'approve')).toEqual({ result: 'not_found' });
    expect(await applyDecision(teacher, questionIds[1], decisionFor('draft'), 'approved')).toEqual({ result: 'not_found' });
    expect(await statusOf(questionIds[1])).toBe('retired');
  });

  it('is refused to students', async () => {
    const student = await createViewer(db, 'student');
    const { questionIds } = await createQuiz(db, THREE_QUESTIONS);
    expect(await applyDecision(student, questionIds[0], 'reject')).toEqual({ result: 'forbidden' });
    expect(await applyDecision(student, questionIds[0], decisionFor('rejected'), 'approved')).toEqual({ result: 'forbidden' });
    expect(await statusOf(questionIds[0])).toBe('approved');
  });
});
