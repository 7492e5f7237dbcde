import { describe, expect, it } from 'vitest';
import { analyseItems } from './item-analysis';

/** Builds attempts from rows like "110" (question i right when the digit is 1). */
function attempts(rows: string[]) {
  return rows.map((row) => ({
    responses: [...row].map((digit, i) => ({ questionId: `q${i}`, answer: digit === '1' ? 'right' : 'wrong', isCorrect: digit === '1' })),
  }));
}

describe('item analysis', () => {
  it('computes facility and flags a question everyone gets right as too easy', () => {
    const stats = analyseItems(['q0', 'q1', 'q2'], attempts(['110', '111', '100', '110', '101', '100']));
    expect(stats[0].facility).toBe(1);
    expect(stats[0].discrimination).toBeNull();
    expect(stats[0].flags).toContain('too_easy');
    expect(stats[0].choiceCounts.get('right')).toBe(6);
  });
  it('gives a high discrimination to an item the strong students get and the weak miss', () => {
    // q0 is right exactly for the students who do well on the rest.
    const stats = analyseItems(['q0', 'q1', 'q2', 'q3'], attempts(['1111', '1110', '1101', '0100', '0010', '0000']));
    expect(stats[0].discrimination).toBeGreaterThan(0.6);
    expect(stats[0].flags).not.toContain('not_discriminating');
  });
  it('flags an item the weak students get and the strong miss', () => {
    const stats = analyseItems(['q0', 'q1', 'q2', 'q3'], attempts(['0111', '0111', '0110', '1000', '1001', '1000']));
    expect(stats[0].discrimination).toBeLessThan(0);
    expect(stats[0].flags).toContain('negative_discrimination');
  });
  it('raises no flags on fewer than five attempts and counts unanswered questions', () => {
    const few = attempts(['10', '00']);
    few[1].responses[1].answer = null as unknown as string;
    const stats = analyseItems(['q0', 'q1'], few);
    expect(stats.every((s) => s.flags.length === 0)).toBe(true);
    expect(stats[1].unanswered).toBe(1);
  });
});
