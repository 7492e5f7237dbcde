import { describe, expect, it } from 'vitest';
import { parseQuizPosition, quizPositionHref } from './quiz-position';

describe('quiz position in the URL', () => {
  it('reads a question number and the review screen', () => {
    expect(parseQuizPosition('3', 10)).toEqual({ kind: 'question', index: 2 });
    expect(parseQuizPosition('review', 10)).toEqual({ kind: 'review' });
  });

  it('opens the first question for a number out of range or not a number', () => {
    for (const q of ['0', '11', '-1', '2.5', 'abc', '', null, undefined]) {
      expect(parseQuizPosition(q, 10)).toEqual({ kind: 'question', index: 0 });
    }
  });

  it('writes the same places back', () => {
    expect(quizPositionHref('a1', { kind: 'question', index: 2 })).toBe('/attempts/a1?q=3');
    expect(quizPositionHref('a1', { kind: 'review' })).toBe('/attempts/a1?q=review');
  });
});
