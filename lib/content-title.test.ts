import { describe, expect, it } from 'vitest';
import { splitHeadline } from './interchange/article-upload';

// The command line's title for a plain-text file (scripts/generate.ts) is the add-article page's headline.
const titleLine = (body: string): string | undefined => splitHeadline(body.trim())?.title;

describe('a plain-text file\'s title line', () => {
  it("reads a plain-text article's first line, alone above a blank line, as its title", () => {
    expect(titleLine('Caves, Sinkholes and the Hidden Rivers of Karst\n\nAcross large parts of the world …')).toBe('Caves, Sinkholes and the Hidden Rivers of Karst');
    expect(titleLine('# The Loss of the Margery Vane\n\nOn the night of 14 November 1763 …')).toBe('The Loss of the Margery Vane');
  });

  it('takes no sentence of prose, nor a line with no blank line after it, for a title', () => {
    expect(titleLine('The brig sailed from Hallowick in 1763.\n\nShe sank.')).toBeUndefined();
    expect(titleLine('The Loss of the Margery Vane\nOn the night of 14 November 1763 …')).toBeUndefined();
    expect(titleLine('')).toBeUndefined();
  });
});

describe('a plain-text file\'s title line, from a code review', () => {
  it('takes no quoted sentence for a title', () => {
    expect(titleLine('She said: “We will rebuild the town.”\n\nThe fire had burned for two days.')).toBeUndefined();
  });
});
