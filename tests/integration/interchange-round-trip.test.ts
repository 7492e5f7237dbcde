// Export then import through the DAL: an article's approved questions, written as GIFT or
// Moodle XML and imported into another article's bank, come back exactly as they were.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importQuestionsIntoBank } from '@/lib/dal/question-bank-import';
import { getQuestionsForExport } from '@/lib/dal/question-export';
import { disconnectDb, getDb, type Db } from '@/lib/db';
import { exportGift, exportMoodleXml, importGift, importMoodleXml, type ImportResult } from '@/lib/interchange';
import { nastyQuestions } from '@/lib/interchange/test-fixtures';
import { createQuiz, createViewer, type QuestionSpec } from '../factories';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});
afterAll(disconnectDb);

// Questions whose text uses every character the formats treat specially (titles are not stored).
const TRICKY: QuestionSpec[] = nastyQuestions().map(({ title: _title, ...q }) => q);

const FORMATS: [string, (qs: Parameters<typeof exportGift>[0]) => string, (text: string) => ImportResult][] = [
  ['GIFT', exportGift, importGift],
  ['Moodle XML', exportMoodleXml, importMoodleXml],
];

describe.each(FORMATS)('%s round trip through the database', (_name, write, read) => {
  it('imports back the same questions that were exported', async () => {
    const teacher = await createViewer(db, 'teacher');
    const from = await createQuiz(db, TRICKY);
    const to = await createQuiz(db, []);

    const exported = await getQuestionsForExport(teacher, from.slug);
    expect(exported?.questions).toHaveLength(TRICKY.length);
    const file = write(exported!.questions);
    const parsed = read(file);
    expect(parsed.warnings).toEqual([]);

    expect(await importQuestionsIntoBank(teacher, to.slug, parsed.questions)).toMatchObject({ status: 'ok', imported: TRICKY.length, skipped: 0 });
    const again = await getQuestionsForExport(teacher, to.slug);
    expect(again?.questions).toEqual(exported!.questions);
    expect(again?.questions.map(({ type, prompt, choices, answer, explanation }) => ({ type, prompt, choices, answer, explanation }))).toEqual(TRICKY);
    // And a second export of the imported bank is byte-for-byte the first file.
    expect(write(again!.questions)).toBe(file);
  });
});
