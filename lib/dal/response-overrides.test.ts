// The pure rules of a teacher's mark: the automatic grade is kept from the first override on, a
// mark equal to it is no override, and which answers count as "the same answer".
import { describe, expect, it } from 'vitest';
import { answerMatchKey, markFields } from './response-overrides';

const now = new Date('2032-05-03T09:00:00Z');

describe('markFields', () => {
  it('keeps the automatic grade and says who changed it', () => {
    expect(markFields({ isCorrect: false, autoIsCorrect: null }, true, 't1', now)).toEqual({ isCorrect: true, autoIsCorrect: false, overriddenById: 't1', overriddenAt: now });
  });
  it('clears who and when once marked back to the automatic grade, which stays kept', () => {
    expect(markFields({ isCorrect: true, autoIsCorrect: false }, false, 't1', now)).toEqual({ isCorrect: false, autoIsCorrect: false, overriddenById: null, overriddenAt: null });
  });
  it('changes nothing when the answer already has the mark', () => {
    expect(markFields({ isCorrect: true, autoIsCorrect: null }, true, 't1', now)).toBeNull();
    expect(markFields({ isCorrect: null, autoIsCorrect: null }, false, 't1', now)).toBeNull();
  });
});

describe('answerMatchKey', () => {
  it('matches typed answers as grading compares them, choices exactly', () => {
    expect(answerMatchKey('short_answer', '  86 Milion Pounds! ')).toBe(answerMatchKey('short_answer', '86 milion pounds'));
    expect(answerMatchKey('short_answer', '86 million')).not.toBe(answerMatchKey('short_answer', '86 milion pounds'));
    expect(answerMatchKey('multiple_choice', 'Paris')).not.toBe(answerMatchKey('multiple_choice', 'paris'));
  });
});
