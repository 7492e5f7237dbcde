import { describe, expect, it } from 'vitest';
import { checkTypedAnswer, diffAnswer, diffIsHelpful, editDistance } from './typed-answer';

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

describe('typed answers accept what a quiz accepts', () => {
  it('takes another accepted answer as right, and says so', () => {
    const key = { accepted: ['UNESCO'] };
    const long = 'the United Nations Educational, Scientific and Cultural Organization';
    expect(checkTypedAnswer('unesco', long, key)).toMatchObject({ verdict: 'accepted', against: 'unesco' });
    expect(checkTypedAnswer(long.toUpperCase(), long, key).verdict).toBe('exact');
    expect(checkTypedAnswer('UNICEF', long, key).verdict).toBe('wrong');
  });

  it('takes a person’s surname alone, as quizzes do, but only for a person', () => {
    expect(checkTypedAnswer('Cook', 'James Cook', { kind: 'person' }).verdict).toBe('accepted');
    expect(checkTypedAnswer('Cook', 'James Cook', { kind: 'term' }).verdict).toBe('wrong');
    expect(checkTypedAnswer('Cook', 'James Cook').verdict).toBe('wrong');
    expect(checkTypedAnswer('James', 'James Cook', { kind: 'person' }).verdict).toBe('wrong');
  });

  it('forgives one typo against any accepted form long enough, and names the form it compared', () => {
    expect(checkTypedAnswer('Armstorng', 'Neil Armstrong', { kind: 'person' })).toMatchObject({ verdict: 'typo', against: 'armstrong' });
    expect(checkTypedAnswer('Nagorno-Karabak', 'Nagorno-Karabakh', { accepted: ['Artsakh'] })).toMatchObject({ verdict: 'typo', against: null });
    expect(checkTypedAnswer('Artsahk', 'Nagorno-Karabakh', { accepted: ['Artsakh'] })).toMatchObject({ verdict: 'typo', against: 'artsakh' });
    // Short forms stay exact: "Cok" is not Cook.
    expect(checkTypedAnswer('Cok', 'James Cook', { kind: 'person' }).verdict).toBe('wrong');
  });

  it('shows a wrong answer’s difference from the answer shown', () => {
    // A near miss (too short to forgive a typo), so the diff is kept.
    const check = checkTypedAnswer('Rone', 'Rome', { accepted: ['Roma'] });
    expect(check.verdict).toBe('wrong');
    expect(check.against).toBeNull();
    expect(check.diff.filter((p) => p.kind !== 'extra').map((p) => p.text).join('')).toBe('rome');
  });
});

describe('typed punctuation alone', () => {
  it('is wrong, even against an accepted answer of punctuation', () => {
    expect(checkTypedAnswer('!', 'Paris', { accepted: ['—'] }).verdict).toBe('wrong');
    expect(checkTypedAnswer('?', '?').verdict).toBe('wrong');
  });
});

describe('a diff is shown only for a near miss', () => {
  it('shows a typo or a missing word', () => {
    expect(diffIsHelpful('jupitre', 'jupiter')).toBe(true);
    expect(diffIsHelpful('great barrier', 'great barrier reef')).toBe(true);
  });
  it('hides the jumble of an answer that is simply different', () => {
    expect(diffIsHelpful('a wrong guess', 'a milkmaid')).toBe(false);
    expect(diffIsHelpful('paris', 'canberra')).toBe(false);
    expect(diffIsHelpful('president', 'parliament')).toBe(false);
    expect(diffIsHelpful('condensation', 'evaporation')).toBe(false);
    expect(diffIsHelpful('x', 'jupiter')).toBe(false);
  });
});

describe('a wrong answer carries its diff only when it is a near miss', () => {
  it('keeps the diff of a near miss and drops a jumble', () => {
    expect(checkTypedAnswer('Jupyterr', 'Jupiter')).toMatchObject({ verdict: 'wrong' });
    expect(checkTypedAnswer('Jupyterr', 'Jupiter').diff.length).toBeGreaterThan(0);
    expect(checkTypedAnswer('a wrong guess', 'a milkmaid')).toEqual({ verdict: 'wrong', diff: [], against: null });
  });
});
