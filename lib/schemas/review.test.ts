import { describe, expect, it } from 'vitest';
import { MAX_ACCEPTED_ANSWERS, questionFormSchema, toStoredQuestion } from './review';

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
});
