// A true/false statement made false by swapping a number must really be false: "more than 25
// kilograms" swapped to "more than 13 kilograms" is still true, so bounded amounts, counts and
// dates ("more than", "up to", "before", "since") are not swapped.
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { trueFalseCandidates } from './candidates/true-false';
import { buildPools, placeClass } from './distractors';
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

// Added with generator 1.21.20 (issue #3), from a teacher's reading of every tuning quiz: "was
// restored between 1998 and 1868" ran a range backwards, and "links the villages of Corn Exchange
// and Crayford Bridge" put a hall among villages. Each test fails without its rule.
describe('true/false swaps that keep their sense', () => {
  const swapsOf = (text: string) => {
    const a = analyze(text);
    return trueFalseCandidates(a, buildPools(a)).filter((c) => c.answer === 'false');
  };

  it('never swaps the far end of a range', () => {
    const text = [
      'The Cardale Aqueduct opened in 1867 after nine years of work.',
      'The aqueduct was restored between 1998 and 2003 and still carries boats across the valley today.',
      'Symptoms usually begin 12 to 48 hours after a person is infected and last for one to three days.',
      'A second canal was dug in 1868, and in 1921 the company was bought by the county for 40,000 pounds.',
      'By 1950 only 36 hours of work a week were needed, and in 2011 the last boatyard closed after 72 hours of rain.',
    ].join(' ');
    const swaps = swapsOf(text);
    expect(swaps.length).toBeGreaterThan(0);
    for (const c of swaps) {
      const range = /between (\d{4}) and (\d{4})/.exec(c.prompt);
      if (range) expect(Number(range[1]), c.prompt).toBeLessThan(Number(range[2]));
      if (c.prompt.startsWith('Symptoms')) expect(c.prompt).toMatch(/ to 48 hours .* to three days/);
    }
  });

  it('swaps a village only for another settlement, never for a building', () => {
    expect(placeClass('Corn Exchange')).toBe('built');
    const text = [
      'Councillors approved the budget after a meeting at the Corn Exchange that ran for almost five hours.',
      'Route 42, which links the villages of Upper Denholm and Crayford Bridge to the town centre, keeps its evening journeys.',
      'The Corn Exchange will also host the library while its building is repaired.',
    ].join(' ');
    expect(swapsOf(text).filter((c) => c.prompt.includes('villages of Corn Exchange'))).toEqual([]);
  });
});
