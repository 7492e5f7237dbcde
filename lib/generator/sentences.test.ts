import { describe, expect, it } from 'vitest';
import { maskMarkup } from './markup';
import { splitSentences } from './sentences';

const split = (body: string): string[] => splitSentences(body, maskMarkup(body)).map((s) => body.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits on sentence ends but not abbreviations or initials', () => {
    expect(split('Mr. Smith met U.S. officials. J. K. Rowling wrote it. Then it ended!')).toEqual([
      'Mr. Smith met U.S. officials.',
      'J. K. Rowling wrote it.',
      'Then it ended!',
    ]);
  });

  it('keeps a quote and its attribution together', () => {
    expect(split('“Why not?” she asked. “Fine,” he said.')).toEqual(['“Why not?” she asked.', '“Fine,” he said.']);
  });

  it('skips headings, bylines, captions, tables and comments', () => {
    const body = '# Big News\n\nBy Jane Doe\n\nThe river rose by two metres on Monday.\n\nPhoto: The river at dawn.\n\n| a | b |\n\nComments\n\nGreat article, thanks for writing it.';
    expect(split(body)).toEqual(['The river rose by two metres on Monday.']);
  });

  it('offsets point into the original body even with markup', () => {
    const body = 'Intro line that is long enough to be prose, really.\n\nThe **Danube** flows into the [Black Sea](https://example.org).';
    const masked = maskMarkup(body);
    expect(masked).toHaveLength(body.length);
    const ss = splitSentences(body, masked);
    expect(body.slice(ss[1].start, ss[1].end)).toBe('The **Danube** flows into the [Black Sea](https://example.org).');
  });
});
