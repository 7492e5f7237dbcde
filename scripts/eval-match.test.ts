// The eval's matching rule (scripts/eval-match.ts): a count asked with what it counts is the
// fact a labeller wrote bare, and the other way round; another noun, or another figure, is not.
import { describe, expect, it } from 'vitest';
import type { GeneratedQuestion } from '../lib/generator';
import { matchesFact, sameCount } from './eval-match';

const q = (answer: string): GeneratedQuestion => ({
  id: '0000000000000000', type: 'multiple_choice', kind: 'number', prompt: 'As of 9 a.m. today, _____ have reported illness.', choices: [], answer, explanation: '', difficulty: 0.5,
  source: { sentence: 'As of 9 a.m. today, 87 people have reported illness.', start: 0, end: 52 },
});

describe('the eval matches a count with or without its noun', () => {
  it('takes "87 people" for the fact "87", and "238" for "238 souls"', () => {
    expect(matchesFact(q('87 people'), { answer: '87', kind: 'number' })).toBe(true);
    expect(matchesFact(q('238'), { answer: '238 souls', kind: 'number' })).toBe(true);
    expect(sameCount('10,000', '10,000 people')).toBe(true);
  });

  it('keeps two counts of different things, or different figures, apart', () => {
    expect(sameCount('87 pupils', '87 people')).toBe(false);
    expect(sameCount('87', '871 people')).toBe(false);
    expect(matchesFact(q('71 pupils'), { answer: '87', kind: 'number' })).toBe(false);
    expect(sameCount('Harbour City', 'Harbour City')).toBe(false);
  });
});
