// Short-answer keys that file formats give meaning to: "->" (GIFT's matching questions) must
// survive a GIFT round trip, and Moodle's catch-all "*" must not become a key, with the teacher
// told what was dropped.
import { describe, expect, it } from 'vitest';
import { isAnswerCorrect } from '@/lib/grading';
import { exportGift } from './gift-export';
import { importGift } from './gift-import';
import { importMoodleXml } from './moodle-xml-import';
import type { InterchangeQuestion } from './schema';

const ARROW: InterchangeQuestion = {
  type: 'short_answer',
  prompt: 'What does the arrow in "A -> B" mean?',
  choices: [],
  answer: 'A implies B',
  accepted: ['A -> B', '-> <b> & {x} = ~y # z: \\', '[plain]->'],
  explanation: 'Logic: A -> B.',
};

describe('GIFT and "->" in a short answer', () => {
  it('writes the key so it reads back as the same short answer, not a matching question', () => {
    const gift = exportGift([ARROW]);
    expect(gift).toContain('\t=[html]A -&gt; B\n');
    expect(importGift(gift)).toEqual({ questions: [ARROW], warnings: [] });
  });

  it('does the same for the expected answer itself, with a weight-like start', () => {
    const q: InterchangeQuestion = { type: 'short_answer', prompt: 'Q?', choices: [], answer: '%50% x->y', explanation: '' };
    expect(importGift(exportGift([q])).questions).toEqual([q]);
  });

  it('still refuses a real matching question', () => {
    expect(() => importGift('Match {=cat -> meow =dog -> woof}')).toThrow('matching questions (=… -> …) are not supported');
  });
});

const moodle = (...answers: [fraction: number, text: string][]): string =>
  `<quiz><question type="shortanswer"><name><text>Capital</text></name>
  <questiontext format="html"><text>Capital of France?</text></questiontext>
  ${answers.map(([f, t]) => `<answer fraction="${f}"><text>${t}</text></answer>`).join('\n')}
  </question></quiz>`;

describe("Moodle's catch-all \"*\" answer", () => {
  it('is dropped from the key with a warning, so it accepts neither everything nor nothing', () => {
    const { questions, warnings } = importMoodleXml(moodle([100, 'Paris'], [100, '*']));
    expect(questions[0]).toMatchObject({ answer: 'Paris' });
    expect(questions[0].accepted).toBeUndefined();
    expect(warnings).toEqual([
      'Moodle XML question 1 ("Capital"): the catch-all answer "*" was dropped: Moodle accepts any response with it, Gleaner only the answers listed',
    ]);
    expect(isAnswerCorrect('short_answer', 'London', [questions[0].answer, ...(questions[0].accepted ?? [])])).toBe(false);
  });

  it('is not taken as the expected answer when it comes first', () => {
    const { questions, warnings } = importMoodleXml(moodle([100, '*'], [100, 'Paris'], [100, 'paris.'], [100, 'Lutetia']));
    expect(questions[0]).toMatchObject({ answer: 'Paris', accepted: ['Lutetia'] });
    expect(warnings).toHaveLength(1);
  });

  it('refuses a question whose only right answer is "*" (or other punctuation), naming it', () => {
    expect(() => importMoodleXml(moodle([100, '*'], [0, 'x']))).toThrow(
      'Moodle XML question 1 ("Capital"): a short-answer question needs an answer a student can type; the catch-all "*" (accept anything) is not supported',
    );
    expect(() => importGift('Q?{=—}')).toThrow('GIFT line 1: a short-answer question needs an answer a student can type; "—" is punctuation alone');
  });

  it('drops answers with a wildcard inside ("colo*r", "*ology") with a warning, and refuses a question left with none', () => {
    const { questions, warnings } = importMoodleXml(moodle([100, 'colour'], [100, 'colo*r'], [100, '*ology']));
    expect(questions[0]).toMatchObject({ answer: 'colour' });
    expect(questions[0].accepted).toBeUndefined();
    expect(warnings).toEqual([
      'Moodle XML question 1 ("Capital"): the answer "colo*r" was dropped: Moodle reads its "*" as a wildcard (any text), Gleaner only the answers listed',
      'Moodle XML question 1 ("Capital"): the answer "*ology" was dropped: Moodle reads its "*" as a wildcard (any text), Gleaner only the answers listed',
    ]);
    // Kept, "*ology" would have been graded as the key "ology" (punctuation is trimmed).
    expect(isAnswerCorrect('short_answer', 'ology', [questions[0].answer, ...(questions[0].accepted ?? [])])).toBe(false);
    expect(() => importMoodleXml(moodle([100, 'colo*r']))).toThrow(
      'Moodle XML question 1 ("Capital"): a short-answer question needs an answer a student can type; "colo*r" uses Moodle\'s wildcard "*", which Gleaner does not support',
    );
  });

  it('warns about other punctuation-only answers in GIFT too', () => {
    const { questions, warnings } = importGift('Capital of France?{=Paris =?}');
    expect(questions[0]).toEqual({ type: 'short_answer', prompt: 'Capital of France?', choices: [], answer: 'Paris', explanation: '' });
    expect(warnings).toEqual(['GIFT line 1: the answer "?" was dropped: punctuation alone is never counted right']);
  });
});
