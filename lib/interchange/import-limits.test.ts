// An imported question must be one the teacher's question form can save again as it is: the
// import and the form share their limits (lib/input-limits), and import refuses the rest by
// question, the way it refuses any other invalid question.
import { describe, expect, it } from 'vitest';
import {
  QUESTION_ANSWER_MAX,
  QUESTION_CHOICE_MAX,
  QUESTION_EXPLANATION_MAX,
  QUESTION_MAX_ACCEPTED,
  QUESTION_MAX_CHOICES,
  QUESTION_PROMPT_MAX,
} from '@/lib/input-limits';
import { questionFormSchema, toStoredQuestion } from '@/lib/schemas/review';
import { exportGift } from './gift-export';
import { importGift } from './gift-import';
import { exportMoodleXml } from './moodle-xml-export';
import { importMoodleXml } from './moodle-xml-import';
import { interchangeQuestionSchema, type InterchangeQuestion } from './schema';

/** The question form's fields for a question, as the edit page fills them in. */
function formFields(q: InterchangeQuestion): Record<string, string> {
  const base = { type: q.type, prompt: q.prompt, explanation: q.explanation };
  if (q.type === 'short_answer') return { ...base, shortAnswer: q.answer, acceptedAnswers: (q.accepted ?? []).join('\n') };
  if (q.type === 'true_false') return { ...base, trueFalseAnswer: q.answer };
  const choices = Object.fromEntries(q.choices.map((c, i) => [`choice${i + 1}`, c]));
  return { ...base, ...choices, correctChoice: String(q.choices.indexOf(q.answer) + 1) };
}

const word = (length: number, letter: string): string => letter.repeat(length);

/** A short answer at every limit the form has. */
const AT_LIMITS: InterchangeQuestion = {
  type: 'short_answer',
  prompt: word(QUESTION_PROMPT_MAX, 'p'),
  choices: [],
  answer: word(QUESTION_ANSWER_MAX, 'a'),
  accepted: Array.from({ length: QUESTION_MAX_ACCEPTED }, (_, i) => word(QUESTION_ANSWER_MAX, String.fromCharCode(98 + i))),
  explanation: word(QUESTION_EXPLANATION_MAX, 'e'),
};
const MC_AT_LIMITS: InterchangeQuestion = {
  type: 'multiple_choice',
  prompt: 'Pick one.',
  choices: [word(QUESTION_CHOICE_MAX, 'x'), word(QUESTION_CHOICE_MAX, 'y')],
  answer: word(QUESTION_CHOICE_MAX, 'y'),
  explanation: '',
};

const formats = [
  ['GIFT', exportGift, importGift],
  ['Moodle XML', exportMoodleXml, importMoodleXml],
] as const;

describe.each(formats)('%s import within the question form limits', (_name, write, read) => {
  it('takes a question at every limit, and the form saves it again unchanged', () => {
    const { questions } = read(write([AT_LIMITS, MC_AT_LIMITS]));
    expect(questions).toEqual([AT_LIMITS, MC_AT_LIMITS]);
    for (const q of questions) expect(questionFormSchema.safeParse(formFields(q)).error?.issues).toBeUndefined();
  });

  it.each([
    ['the answer', { answer: word(QUESTION_ANSWER_MAX + 1, 'a') }, `the answer is over ${QUESTION_ANSWER_MAX} characters`],
    [
      'an accepted answer',
      { accepted: ['fine', word(QUESTION_ANSWER_MAX + 1, 'z')] },
      `an accepted answer is over ${QUESTION_ANSWER_MAX} characters`,
    ],
    ['the question text', { prompt: word(QUESTION_PROMPT_MAX + 1, 'p') }, 'the question text is over 1,000 characters'],
    ['the feedback', { explanation: word(QUESTION_EXPLANATION_MAX + 1, 'e') }, 'the feedback is over 2,000 characters'],
  ])('refuses the question when %s is longer than the form takes, naming it', (_what, change, message) => {
    const long = { ...AT_LIMITS, ...change };
    // A file may carry it (another system wrote it) ...
    expect(interchangeQuestionSchema.safeParse(long).success).toBe(true);
    const file = write([MC_AT_LIMITS, long]);
    // ... and the teacher's form would refuse it, so the import does too, by question.
    expect(questionFormSchema.safeParse(formFields(long)).success).toBe(false);
    expect(() => read(file)).toThrow(message);
    expect(() => read(file)).toThrow(_name === 'GIFT' ? /^GIFT line 8: / : /^Moodle XML question 2 /);
  });

  it(`takes ${QUESTION_MAX_CHOICES} choices, all of which the form saves again, and refuses more`, () => {
    const choices = Array.from({ length: QUESTION_MAX_CHOICES }, (_, i) => `Choice number ${i + 1}`);
    const most = { ...MC_AT_LIMITS, choices, answer: choices[7] };
    const { questions } = read(write([most]));
    expect(questions).toEqual([most]);
    const form = questionFormSchema.safeParse(formFields(questions[0]));
    expect(form.error?.issues).toBeUndefined();
    expect(toStoredQuestion(form.data!)).toMatchObject({ choices, answer: choices[7] });
    const tooMany = { ...most, choices: [...choices, 'One more'] };
    expect(interchangeQuestionSchema.safeParse(tooMany).error?.issues[0].message).toBe(`more than ${QUESTION_MAX_CHOICES} choices`);
    expect(questionFormSchema.safeParse(formFields(tooMany)).success).toBe(false);
  });

  it('refuses choices that differ only in capital letters, as the form does', () => {
    const caseOnly = { ...MC_AT_LIMITS, choices: ['Paris', 'Rome', 'paris'], answer: 'Rome' };
    expect(questionFormSchema.safeParse(formFields(caseOnly)).success).toBe(false);
    // A file may carry it (exports never leave a stored question out) ...
    expect(interchangeQuestionSchema.safeParse(caseOnly).success).toBe(true);
    // ... but no import adds it to a bank.
    expect(() => read(write([caseOnly]))).toThrow('the choices "Paris" and "paris" differ only in capital letters');
  });

  it('refuses a choice longer than the form takes', () => {
    const long = { ...MC_AT_LIMITS, choices: ['short', word(QUESTION_CHOICE_MAX + 1, 'c')], answer: 'short' };
    expect(questionFormSchema.safeParse(formFields(long)).success).toBe(false);
    expect(() => read(write([long]))).toThrow(`a choice is over ${QUESTION_CHOICE_MAX} characters`);
  });
});
