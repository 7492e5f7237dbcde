import { describe, expect, it } from 'vitest';
import { questionFormSchema, toStoredQuestion } from './review';

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
