// Rules added with generator 1.21.19 (issue #3), from a teacher's reading of every card: an
// appositive runs through the comma or point inside a number ("a fishing town of some 4" was a
// card's back), and a back that only leads into its term ("It is sometimes called the") makes no
// card. Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { generate } from './index';

const backOf = (text: string, front: string): string | undefined => generate(text, { count: 5 }).flashcards.find((c) => c.front === front)?.back;

describe('flashcard backs', () => {
  it('keeps a number whole in an appositive', () => {
    const text = 'Ada Venn grew up in Pennock Haven, a fishing town of some 4,000 people on a sheltered bend of the Carrow estuary. She later moved to London.';
    expect(backOf(text, 'Pennock Haven')).toBe('a fishing town of some 4,000 people on a sheltered bend of the Carrow estuary');
    const gift = 'The work was paid for by the Hartley Foundation, a local charity that gave $1.5 million. Building began in May.';
    expect(backOf(gift, 'Hartley Foundation')).toBe('a local charity that gave $1.5 million');
  });

  it('makes no card of a back that only leads into its term', () => {
    const text = [
      'Norovirus is the most common cause of stomach bugs in Britain.',
      'It is sometimes called the "winter vomiting bug", because most cases happen between October and April.',
      'It spreads easily in schools and care homes.',
    ].join(' ');
    const cards = generate(text, { count: 5 }).flashcards;
    expect(cards.some((c) => c.back === 'It is sometimes called the')).toBe(false);
    expect(cards.every((c) => !/\b(?:called|the)$/.test(c.back))).toBe(true);
  });
});
