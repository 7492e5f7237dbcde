// Rule added with generator 1.17.5 (issue #3): when two facts of a sentence cannot both be asked
// (each stem shows the other's answer), the selection keeps the stronger fact, even when the
// weaker one's question is worth more for the quiz's mix of kinds and types. The test fails
// without the rule.
import { describe, expect, it } from 'vitest';
import type { Candidate } from './candidates/candidate';
import { conflicts, pickUnblocking, unaskedCost, BLOCK_COST } from './rank';

function cand(p: Partial<Candidate> & { id: string; answer: string; prompt: string }): Candidate {
  return {
    type: 'multiple_choice', kind: 'place', choices: [], explanation: '', difficulty: 0.5,
    source: { sentence: 'x', start: 0, end: 100 }, score: 1, factKey: p.answer.toLowerCase(), sentence: 0,
    giveaway: [p.answer.toLowerCase()], ...p,
  };
}

describe('two facts whose stems show each other', () => {
  const place = cand({ id: 'a', answer: 'Porto', prompt: 'The cycle was first performed in _____ by the Danish mezzo-soprano Clara Sørensen.', score: 1.4 });
  const singer = cand({ id: 'b', answer: 'Clara Sørensen', kind: 'person', prompt: 'The cycle was first performed in Porto by the Danish mezzo-soprano _____.', score: 1.6 });
  const w = (c: Candidate): Set<string> => new Set(c.prompt.toLowerCase().split(/\W+/));
  const conflictOf = (x: Candidate, y: Candidate): boolean => conflicts(x, y, w);

  it('keeps the stronger fact though the weaker one suits the quiz better', () => {
    expect(conflictOf(place, singer)).toBe(true);
    // The place question is worth more to the quiz's mix (value 1.5 against 1.42) …
    const open = [{ c: place, v: 1.5 }, { c: singer, v: 1.42 }];
    // … but the singer is the stronger fact, and asking the place would leave her unasked.
    expect(pickUnblocking(open, [], conflictOf).id).toBe('b');
  });

  it('costs the stronger fact what it scores above the question asked', () => {
    expect(unaskedCost(place, singer.score)).toBeGreaterThan(BLOCK_COST);
    expect(unaskedCost(singer, place.score)).toBe(BLOCK_COST);
  });
});
