// A true/false statement made false by swapping a number must really be false: "more than 25
// kilograms" swapped to "more than 13 kilograms" is still true, so bounded amounts, counts and
// dates ("more than", "up to", "before", "since") are not swapped.
import { describe, expect, it } from 'vitest';
import { generate } from './index';

const ARTICLE = `Honeybees in the valley

Beekeepers in the valley say a strong colony can produce more than 25 kilograms of honey in a good summer. A weak colony made 13 kilograms last year, and the cooperative sold 400 kilograms in total.
The cooperative was founded in 1998 by Marta Lindqvist, a retired teacher from Hallsberg. Since 2004 it has run a honey market in Orebro every August.
Lindqvist said the bees need flowers from early spring until late autumn. The valley now has 120 hives, up from 35 hives in 2010.
Researchers at Uppsala University counted up to 60,000 bees in a single hive during July. They found that 12 hives were lost over the winter of 2021.`;

describe('true/false swaps', () => {
  it('never swap a bounded amount, count or date', () => {
    const { questions } = generate(ARTICLE, { count: 60, types: ['true_false'] });
    const swapped = questions.filter((q) => q.type === 'true_false' && q.answer === 'false');
    expect(swapped.length).toBeGreaterThan(0);
    for (const q of swapped) {
      // The text before the first word that differs from the source sentence.
      const said = q.source.sentence;
      let i = 0;
      while (i < q.prompt.length && q.prompt[i] === said[i]) i++;
      const before = q.prompt.slice(0, q.prompt.lastIndexOf(' ', i) + 1);
      expect(before, q.prompt).not.toMatch(/\b(more than|up to|since|over|until)\s+$/i);
    }
  });
});
