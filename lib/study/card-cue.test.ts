import { describe, expect, it } from 'vitest';
import { cueForFront } from './card-cue';

describe('cueForFront', () => {
  it('asks who or what a bare name or term is, by its kind', () => {
    expect(cueForFront('James Cook', 'person')).toBe('Who is this, in the article?');
    expect(cueForFront('Queensland', 'place')).toBe('What does the article say about this place?');
    expect(cueForFront('UNESCO', 'organization')).toBe('What is this organization, in the article?');
    expect(cueForFront('coral bleaching', 'term')).toBe('What is this, in the article?');
  });

  it('adds nothing to a front that already asks: a question, a cloze or a statement', () => {
    expect(cueForFront('Who led the first landing?', 'person')).toBeNull();
    expect(cueForFront('In ___, the reef was listed.', 'date')).toBeNull();
    expect(cueForFront('The reef is the largest on Earth.', 'term')).toBeNull();
  });
});
