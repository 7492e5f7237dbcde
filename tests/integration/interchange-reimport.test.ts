// Re-importing question files into a bank, against a real database: the same question is never
// added twice — not even when only its other accepted answers differ (students would meet it
// twice); those are named so the teacher can edit the one in the bank — and nothing the
// teacher's question form would refuse to save is stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importQuestionsIntoBank } from '@/lib/dal/question-bank-import';
import { getArticleBank } from '@/lib/dal/review';
import { disconnectDb, getDb, type Db } from '@/lib/db';
import { QUESTION_ANSWER_MAX } from '@/lib/input-limits';
import { newOriginalQuestion } from '@/lib/question-identity';
import { exportGift, importGift, type InterchangeQuestion } from '@/lib/interchange';
import { createQuiz, createViewer } from '../factories';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});
afterAll(disconnectDb);

const AGENCY: InterchangeQuestion = {
  type: 'short_answer',
  prompt: 'Which agency lists World Heritage Sites?',
  choices: [],
  answer: 'UNESCO',
  accepted: ['the UN culture agency'],
  explanation: '',
};
const YEAR: InterchangeQuestion = { type: 'short_answer', prompt: 'In what year?', choices: [], answer: '1981', explanation: '' };

describe('re-importing a file', () => {
  it('adds no question twice: the same accepted answers in any order are skipped, other ones are skipped and named', async () => {
    const teacher = await createViewer(db, 'teacher');
    const { slug } = await createQuiz(db, []);
    const file = (questions: InterchangeQuestion[]) => importGift(exportGift(questions)).questions;
    expect(await importQuestionsIntoBank(teacher, slug, file([AGENCY, YEAR]))).toMatchObject({ status: 'ok', imported: 2, skipped: 0, acceptedDiffer: [] });

    // Unchanged, with the accepted answers in another order: skipped.
    const reordered = { ...AGENCY, accepted: ['the UN culture agency'].reverse() };
    expect(await importQuestionsIntoBank(teacher, slug, file([reordered, YEAR]))).toMatchObject({ imported: 0, skipped: 2, acceptedDiffer: [] });

    // Only the other accepted answers differ (one gained, one lost, one reworded): nothing added,
    // each named; a new question in the same file still comes in.
    const changed = [
      { ...YEAR, accepted: ['nineteen eighty-one'] },
      { ...AGENCY, accepted: undefined },
      { ...AGENCY, accepted: ['the UN cultural agency'] },
      { ...YEAR, prompt: 'In what year was it listed?' },
    ];
    expect(await importQuestionsIntoBank(teacher, slug, file(changed))).toMatchObject({
      status: 'ok',
      imported: 1,
      skipped: 0,
      acceptedDiffer: [YEAR.prompt, AGENCY.prompt, AGENCY.prompt],
    });
    const bank = (await getArticleBank(teacher, slug))!;
    expect(bank.questions.map((q) => [q.prompt, q.answer, q.accepted])).toEqual([
      [AGENCY.prompt, 'UNESCO', ['the UN culture agency']],
      [YEAR.prompt, '1981', []],
      ['In what year was it listed?', '1981', []],
    ]);
  });

  it('approves a question waiting in the bank as a draft when a file brings it, and leaves a rejected one rejected', async () => {
    const teacher = await createViewer(db, 'teacher');
    const { slug } = await createQuiz(db, []);
    const file = importGift(exportGift([AGENCY, YEAR])).questions;
    const article = await db.article.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    // As the generator leaves its questions: drafts; the teacher had already rejected the second.
    for (const [q, status] of [[file[0], 'draft'], [file[1], 'rejected']] as const) {
      await db.question.create({
        data: {
          ...newOriginalQuestion(), articleId: article.id, origin: 'generator', status, kind: 'term', rank: 1, type: q.type, prompt: q.prompt,
          choicesJson: JSON.stringify(q.choices), answer: q.answer, acceptedJson: JSON.stringify(q.accepted ?? []), explanation: '',
        },
      });
    }
    expect(await importQuestionsIntoBank(teacher, slug, file)).toMatchObject({ status: 'ok', imported: 0, approvedDrafts: 1, skipped: 1 });
    const rows = await db.question.findMany({ where: { articleId: article.id }, select: { prompt: true, status: true } });
    expect(Object.fromEntries(rows.map((r) => [r.prompt, r.status]))).toEqual({ [AGENCY.prompt]: 'approved', [YEAR.prompt]: 'rejected' });
    // The article's practice quiz now asks the approved question.
    const quiz = await db.quiz.findFirstOrThrow({ where: { articleId: article.id, isCurrent: true }, select: { questions: { select: { question: { select: { prompt: true } } } } } });
    expect(quiz.questions.map((q) => q.question.prompt)).toContain(AGENCY.prompt);
  });

  it('refuses, by question, an answer the question form would not save, and writes nothing', async () => {
    const teacher = await createViewer(db, 'teacher');
    const { slug } = await createQuiz(db, []);
    const long = { ...AGENCY, accepted: ['x'.repeat(QUESTION_ANSWER_MAX + 1)] };
    expect(await importQuestionsIntoBank(teacher, slug, [YEAR, long])).toEqual({
      status: 'invalid',
      message: `Question 2: an accepted answer is over ${QUESTION_ANSWER_MAX} characters`,
    });
    expect(await importQuestionsIntoBank(teacher, slug, [{ ...YEAR, answer: '9'.repeat(QUESTION_ANSWER_MAX + 1) }])).toEqual({
      status: 'invalid',
      message: `Question 1: the answer is over ${QUESTION_ANSWER_MAX} characters`,
    });
    expect(await db.question.count({ where: { article: { slug } } })).toBe(0);
  });
});
