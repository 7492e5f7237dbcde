import { describe, expect, it } from 'vitest';
import { checkTypedAnswer, diffAnswer, editDistance } from './typed-answer';

describe('typed answers', () => {
  it('forgives case, accents and surrounding punctuation', () => {
    expect(checkTypedAnswer('  nagorno-KARABAKH. ', 'Nagorno-Karabakh').verdict).toBe('exact');
    expect(checkTypedAnswer('Ecole', 'École').verdict).toBe('exact');
  });

  it('forgives one typo (a transposition counts as one) in answers of five or more characters', () => {
    expect(checkTypedAnswer('Armstorng', 'Armstrong').verdict).toBe('typo');
    expect(checkTypedAnswer('Amstrong', 'Armstrong').verdict).toBe('typo');
    expect(checkTypedAnswer('Amstrng', 'Armstrong').verdict).toBe('wrong');
    // Short answers must be exact: 1969 vs 1968 is a different year.
    expect(checkTypedAnswer('1968', '1969').verdict).toBe('wrong');
  });

  it('measures the optimal string alignment distance', () => {
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('abc', 'acb')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('shows what was missing and what was extra', () => {
    expect(diffAnswer('armstorng', 'armstrong').map((p) => p.kind)).toContain('missing');
    const parts = diffAnswer('paris', 'pariss');
    expect(parts).toEqual([
      { kind: 'same', text: 'paris' },
      { kind: 'missing', text: 's' },
    ]);
    expect(diffAnswer('xparis', 'paris')[0]).toEqual({ kind: 'extra', text: 'x' });
  });
});
