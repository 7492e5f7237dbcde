// Re-importing question files into a bank, against a real database: a question whose other
// accepted answers changed is a change (it changes what is graded right), and nothing the
// teacher's question form would refuse to save is stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importQuestionsIntoBank } from '@/lib/dal/question-bank-import';
import { getArticleBank } from '@/lib/dal/review';
import { disconnectDb, getDb, type Db } from '@/lib/db';
import { QUESTION_ANSWER_MAX } from '@/lib/input-limits';
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
  it('counts changed other accepted answers as a change, and the same ones in any order as none', async () => {
    const teacher = await createViewer(db, 'teacher');
    const { slug } = await createQuiz(db, []);
    const file = (questions: InterchangeQuestion[]) => importGift(exportGift(questions)).questions;
    expect(await importQuestionsIntoBank(teacher, slug, file([AGENCY, YEAR]))).toMatchObject({ status: 'ok', imported: 2, skipped: 0 });

    // Unchanged: skipped, even with the accepted answers in another order.
    const reordered = { ...AGENCY, accepted: ['U.N.E.S.C.O.', 'the UN culture agency'] };
    expect(await importQuestionsIntoBank(teacher, slug, file([reordered]))).toMatchObject({ imported: 1, skipped: 0 });
    expect(await importQuestionsIntoBank(teacher, slug, file([{ ...AGENCY, accepted: ['the UN culture agency', 'U.N.E.S.C.O.'] }, YEAR])))
      .toMatchObject({ imported: 0, skipped: 2 });

    // Only the other accepted answers differ: one gained, one lost, one reworded.
    const changed = [
      { ...YEAR, accepted: ['nineteen eighty-one'] },
      { ...AGENCY, accepted: undefined },
      { ...AGENCY, accepted: ['the UN cultural agency'] },
    ];
    expect(await importQuestionsIntoBank(teacher, slug, file(changed))).toMatchObject({ status: 'ok', imported: 3, skipped: 0 });
    const bank = (await getArticleBank(teacher, slug))!;
    expect(bank.questions.map((q) => [q.answer, q.accepted])).toEqual([
      ['UNESCO', ['the UN culture agency']],
      ['1981', []],
      ['UNESCO', ['U.N.E.S.C.O.', 'the UN culture agency']],
      ['1981', ['nineteen eighty-one']],
      ['UNESCO', []],
      ['UNESCO', ['the UN cultural agency']],
    ]);
    // And each of those is now there.
    expect(await importQuestionsIntoBank(teacher, slug, file(changed))).toMatchObject({ imported: 0, skipped: 3 });
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
