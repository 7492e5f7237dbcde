import { describe, expect, it } from 'vitest';
import { QUESTION_MAX_CHOICES } from '@/lib/input-limits';
import { CHOICE_FIELDS, MAX_ACCEPTED_ANSWERS, questionFormSchema, toStoredQuestion } from './review';

describe('the question form schema', () => {
  it('turns a multiple-choice form into choices and the marked answer', () => {
    const parsed = questionFormSchema.parse({ type: 'multiple_choice', prompt: 'Q?', choice1: 'A', choice2: 'B', choice3: '', choice4: 'D', correctChoice: '4' });
    expect(toStoredQuestion(parsed)).toMatchObject({ choices: ['A', 'B', 'D'], answer: 'D' });
  });

  it('refuses a correct mark on an empty choice, duplicate choices, unknown fields and oversized text', () => {
    expect(questionFormSchema.safeParse({ type: 'multiple_choice', prompt: 'Q?', choice1: 'A', choice2: 'B', correctChoice: '3' }).success).toBe(false);
    expect(questionFormSchema.safeParse({ type: 'multiple_choice', prompt: 'Q?', choice1: 'A', choice2: 'a', correctChoice: '1' }).success).toBe(false);
    expect(questionFormSchema.safeParse({ type: 'short_answer', prompt: 'Q?', shortAnswer: 'x', score: '10' }).success).toBe(false);
    expect(questionFormSchema.safeParse({ type: 'short_answer', prompt: 'x'.repeat(1001), shortAnswer: 'x' }).success).toBe(false);
  });

  it('needs the answer that fits the type', () => {
    expect(questionFormSchema.safeParse({ type: 'true_false', prompt: 'S.' }).success).toBe(false);
    expect(questionFormSchema.safeParse({ type: 'short_answer', prompt: 'Q?' }).success).toBe(false);
    expect(toStoredQuestion(questionFormSchema.parse({ type: 'true_false', prompt: 'S.', trueFalseAnswer: 'false' }))).toMatchObject({
      choices: ['True', 'False'],
      answer: 'false',
    });
  });
});

describe('other accepted answers in the question form', () => {
  const shortAnswer = (acceptedAnswers: string) => questionFormSchema.safeParse({ type: 'short_answer', prompt: 'Which agency?', shortAnswer: 'UNESCO', acceptedAnswers });

  it('keeps one answer a line, without blanks or answers grading already treats as the same', () => {
    const parsed = shortAnswer('the United Nations Educational, Scientific and Cultural Organization\r\n\n  unesco \nU.N.E.S.C.O.\n');
    expect(parsed.success).toBe(true);
    expect(toStoredQuestion(parsed.data!)).toMatchObject({
      answer: 'UNESCO',
      accepted: ['the United Nations Educational, Scientific and Cultural Organization', 'U.N.E.S.C.O.'],
    });
    expect(toStoredQuestion(shortAnswer('').data!).accepted).toEqual([]);
  });

  it(`refuses more than ${MAX_ACCEPTED_ANSWERS} answers, and answers over 200 characters, naming the lines`, () => {
    const eleven = Array.from({ length: 11 }, (_, i) => `answer ${i + 1}`).join('\n');
    const many = shortAnswer(eleven);
    expect(many.success).toBe(false);
    expect(many.error!.issues).toEqual([expect.objectContaining({ path: ['acceptedAnswers'], message: 'Give at most 10 other answers (this has 11).' })]);
    // Ten, plus repeats of them, is fine.
    expect(shortAnswer(`${Array.from({ length: 10 }, (_, i) => `answer ${i + 1}`).join('\n')}\nANSWER 1`).success).toBe(true);
    const long = shortAnswer(`ok\n${'x'.repeat(201)}\nfine\n${'y'.repeat(300)}`);
    expect(long.error!.issues.map((i) => i.message)).toEqual(['Lines 2, 4 are over 200 characters; shorten each answer.']);
    expect(shortAnswer('z'.repeat(4001)).success).toBe(false);
  });

  it('drops accepted answers from other question types (every section posts without JavaScript)', () => {
    const parsed = questionFormSchema.parse({ type: 'true_false', prompt: 'S.', trueFalseAnswer: 'true', acceptedAnswers: 'yes\ntrue' });
    expect(toStoredQuestion(parsed).accepted).toEqual([]);
  });

  it('checks only the chosen type\'s section: text left in a hidden section is no reason to refuse', () => {
    const tooMany = 'z'.repeat(4001);
    expect(questionFormSchema.safeParse({ type: 'multiple_choice', prompt: 'Q?', choice1: 'A', choice2: 'B', correctChoice: '1', acceptedAnswers: tooMany, shortAnswer: 'y'.repeat(300) }).success).toBe(true);
    expect(questionFormSchema.safeParse({ type: 'short_answer', prompt: 'Q?', shortAnswer: 'x', choice1: 'c'.repeat(1000), correctChoice: '99' }).success).toBe(true);
    expect(questionFormSchema.safeParse({ type: 'short_answer', prompt: 'Q?', shortAnswer: 'x', acceptedAnswers: tooMany }).success).toBe(false);
  });
});

describe('choices in the question form', () => {
  const mc = (fields: Record<string, string>) => questionFormSchema.safeParse({ type: 'multiple_choice', prompt: 'Q?', ...fields });
  const fieldsOf = (choices: string[]) => Object.fromEntries(choices.map((c, i) => [`choice${i + 1}`, c]));

  it(`takes as many choices as an import may bring (${QUESTION_MAX_CHOICES}), the correct one among any of them`, () => {
    expect(CHOICE_FIELDS).toHaveLength(QUESTION_MAX_CHOICES);
    const ten = Array.from({ length: QUESTION_MAX_CHOICES }, (_, i) => `Option ${i + 1}`);
    const parsed = mc({ ...fieldsOf(ten), correctChoice: String(QUESTION_MAX_CHOICES) });
    expect(parsed.error?.issues).toBeUndefined();
    expect(toStoredQuestion(parsed.data!)).toMatchObject({ choices: ten, answer: `Option ${QUESTION_MAX_CHOICES}` });
    const six = mc({ ...fieldsOf(ten.slice(0, 6)), correctChoice: '6' });
    expect(toStoredQuestion(six.data!)).toMatchObject({ choices: ten.slice(0, 6), answer: 'Option 6' });
    // One field more than that, or a mark past it, is not the form's.
    expect(mc({ ...fieldsOf([...ten, 'Eleven']), correctChoice: '1' }).success).toBe(false);
    expect(mc({ ...fieldsOf(ten), correctChoice: String(QUESTION_MAX_CHOICES + 1) }).success).toBe(false);
  });

  it('drops blank choices anywhere, and the answer is still the text that was marked', () => {
    // Blanks before, between and after; the marked choice is the seventh field.
    const fields = { choice1: '', choice2: 'Oak', choice3: '  ', choice4: 'Ash', choice5: '', choice6: 'Elm', choice7: 'Yew', choice8: '' };
    const parsed = mc({ ...fields, correctChoice: '7' });
    expect(parsed.error?.issues).toBeUndefined();
    expect(toStoredQuestion(parsed.data!)).toMatchObject({ choices: ['Oak', 'Ash', 'Elm', 'Yew'], answer: 'Yew' });
    expect(toStoredQuestion(mc({ ...fields, correctChoice: '4' }).data!).answer).toBe('Ash');
    // A mark on a blank field is refused rather than moved to a neighbour.
    const onBlank = mc({ ...fields, correctChoice: '5' });
    expect(onBlank.error?.issues).toEqual([expect.objectContaining({ path: ['correctChoice'], message: 'Mark which filled-in choice is correct.' })]);
    expect(mc({ choice3: 'Only', correctChoice: '3' }).error?.issues).toEqual([expect.objectContaining({ path: ['choices'], message: 'Give at least two choices.' })]);
  });

  it('refuses choices that differ only in letter case, at the later one, naming the earlier', () => {
    const caseOnly = mc({ choice1: 'Paris', choice2: 'Rome', choice3: '', choice4: 'Berlin', choice5: 'PARIS', correctChoice: '1' });
    expect(caseOnly.error?.issues).toEqual([
      expect.objectContaining({
        path: ['choice5'],
        message: 'Differs from choice 1 only in capital letters, which students would read as the same choice; change or clear one.',
      }),
    ]);
    const same = mc({ choice1: 'Paris', choice2: 'Rome', choice3: ' Rome ', correctChoice: '1' });
    expect(same.error?.issues).toEqual([expect.objectContaining({ path: ['choice3'], message: 'Same as choice 2; each choice must differ.' })]);
    // Accents or punctuation make a different choice (and grading compares choices exactly).
    expect(mc({ choice1: 'resume', choice2: 'résumé', choice3: 'resume.', correctChoice: '2' }).success).toBe(true);
  });
});
