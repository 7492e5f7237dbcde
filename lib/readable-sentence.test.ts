import { describe, expect, it } from 'vitest';
import { readableSentence } from './readable-sentence';

describe('a source sentence as shown', () => {
  it('loses Markdown marks and keeps its words', () => {
    expect(readableSentence('The **Aletsch Glacier** in Switzerland is the largest glacier in the Alps.')).toBe('The Aletsch Glacier in Switzerland is the largest glacier in the Alps.');
    expect(readableSentence('Scientists at the *Swiss Federal Institute of Technology* measured it in 2019.')).toBe('Scientists at the Swiss Federal Institute of Technology measured it in 2019.');
    expect(readableSentence('- Read the [council report](https://example.org/r) by _Friday_.')).toBe('Read the council report by Friday.');
  });

  it('leaves plain text and words with underscores or asterisks inside them alone', () => {
    expect(readableSentence('The file_name field holds 3 × 4 = 12 values, he said.')).toBe('The file_name field holds 3 × 4 = 12 values, he said.');
  });
});
