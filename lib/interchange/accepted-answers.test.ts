// Short answers with more than one accepted answer, through every format that can carry them.
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { questionToCard } from './flashcard-export';
import { exportGift } from './gift-export';
import { importGift } from './gift-import';
import { exportMoodleXml } from './moodle-xml-export';
import { importMoodleXml } from './moodle-xml-import';
import { exportQtiPackage } from './qti-export';
import { interchangeQuestionSchema, type InterchangeQuestion } from './schema';

const UNESCO: InterchangeQuestion = {
  type: 'short_answer',
  prompt: 'Which agency lists World Heritage Sites?',
  choices: [],
  answer: 'UNESCO',
  accepted: ['the United Nations Educational, Scientific and Cultural Organization', '%50% = {odd} ~ text'],
  explanation: '',
};
const YEAR: InterchangeQuestion = { type: 'short_answer', prompt: 'In what year?', choices: [], answer: '1981', explanation: '' };

describe('other accepted answers in files', () => {
  it('GIFT writes each as a full-credit answer and reads them back; a file without them still reads', () => {
    const gift = exportGift([UNESCO, YEAR]);
    expect(gift).toContain('\t=UNESCO\n\t=the United Nations Educational, Scientific and Cultural Organization\n\t=%100%%50% \\= \\{odd\\} \\~ text');
    expect(importGift(gift)).toEqual({ questions: [UNESCO, YEAR], warnings: [] });
    expect(importGift('In what year?{=1981}').questions[0]).toEqual(YEAR);
  });

  it('Moodle XML writes each as an answer with fraction 100 and reads them back', () => {
    const xml = exportMoodleXml([UNESCO, YEAR]);
    expect(xml.match(/<answer fraction="100"/g)).toHaveLength(4);
    expect(importMoodleXml(xml)).toEqual({ questions: [UNESCO, YEAR], warnings: [] });
  });

  it('keeps the first ten other answers of a file, drops repeats grading would not tell apart, and says so', () => {
    const many = Array.from({ length: 12 }, (_, i) => `=answer ${i + 1}`).join(' ');
    const { questions, warnings } = importGift(`Q?{=ANSWER 1 ${many} =answer 2.}`);
    expect(questions[0].answer).toBe('ANSWER 1');
    expect(questions[0].accepted).toEqual(Array.from({ length: 10 }, (_, i) => `answer ${i + 2}`));
    expect(warnings).toEqual(['GIFT line 1: only the first 10 other accepted answers are kept; 1 dropped']);
  });

  it('QTI scores any accepted answer, case-insensitively', () => {
    const files = unzipSync(exportQtiPackage([UNESCO, YEAR]));
    const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (n) => n === 'qti-string-match' });
    const item = (n: number) => parser.parse(strFromU8(files[`items/item-00${n}.xml`]))['qti-assessment-item'];
    const either = item(1)['qti-response-processing']['qti-response-condition']['qti-response-if']['qti-or']['qti-string-match'];
    expect(either).toHaveLength(3);
    expect(either.map((m: Record<string, unknown>) => m['qti-base-value'] ?? 'correct')).toEqual([
      'correct',
      expect.objectContaining({ '#text': UNESCO.accepted![0] }),
      expect.objectContaining({ '#text': UNESCO.accepted![1] }),
    ]);
    expect(item(2)['qti-response-processing']['qti-response-condition']['qti-response-if']['qti-or']).toBeUndefined();
  });

  it('flashcards list them under the answer', () => {
    expect(questionToCard(UNESCO).back).toBe(`UNESCO\nAlso accepted: ${UNESCO.accepted!.join(' · ')}`);
    expect(questionToCard(YEAR).back).toBe('1981');
  });

  it('belong to short answers only, at most ten, none empty', () => {
    const mc = { type: 'multiple_choice', prompt: 'Q', choices: ['a', 'b'], answer: 'a', accepted: ['b'], explanation: '' };
    expect(interchangeQuestionSchema.safeParse(mc).error?.issues[0].message).toBe('only a short-answer question has other accepted answers');
    const eleven = { ...YEAR, accepted: Array.from({ length: 11 }, (_, i) => `${1970 + i}`) };
    expect(interchangeQuestionSchema.safeParse(eleven).error?.issues[0].message).toBe('more than 10 other accepted answers');
    expect(interchangeQuestionSchema.safeParse({ ...YEAR, accepted: ['  '] }).success).toBe(false);
  });
});
