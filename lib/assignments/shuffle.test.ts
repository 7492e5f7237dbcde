import { describe, expect, it } from 'vitest';
import { orderForAttempt, seededShuffle } from './shuffle';

const questions = Array.from({ length: 10 }, (_, i) => ({ id: `q${i}`, type: 'multiple_choice', choices: ['a', 'b', 'c', 'd'] }));

describe('per-attempt shuffling', () => {
  it('is the same for the same attempt and a permutation of the input', () => {
    const once = seededShuffle(questions, 'attempt-1');
    expect(seededShuffle(questions, 'attempt-1')).toEqual(once);
    expect([...once].sort((a, b) => a.id.localeCompare(b.id))).toEqual(questions);
  });
  it('differs between attempts', () => {
    const orders = new Set(['a1', 'a2', 'a3', 'a4', 'a5'].map((seed) => seededShuffle(questions, seed).map((q) => q.id).join()));
    expect(orders.size).toBeGreaterThan(1);
  });
  it('leaves order alone unless the assignment asks, and never shuffles True/False', () => {
    expect(orderForAttempt('a1', questions, null)).toEqual(questions);
    expect(orderForAttempt('a1', questions, { shuffleQuestions: false, shuffleChoices: false })).toEqual(questions);
    const tf = [{ id: 't', type: 'true_false', choices: ['True', 'False'] }];
    expect(orderForAttempt('a1', tf, { shuffleQuestions: true, shuffleChoices: true })[0].choices).toEqual(['True', 'False']);
    const shuffled = orderForAttempt('a1', questions, { shuffleQuestions: false, shuffleChoices: true });
    expect(shuffled.map((q) => q.id)).toEqual(questions.map((q) => q.id));
    expect(shuffled.some((q) => q.choices.join() !== 'a,b,c,d')).toBe(true);
  });
});
