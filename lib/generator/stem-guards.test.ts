// Guards added with generator 1.17.7 (issue #3), for stems the 1.17 rules newly let through:
// a lower-case term is no name a role stands in for ("An active volcano" is not cut to "An
// active"); a passive keeps something of its own when its agent is cut ("was backed[ by …]" is not
// cut); a temperature's scale ends a sentence ("1,200°C. Runny lava …"); a clause opened by a
// phrase of time has no subject to invert for "How many …?". Each test fails without its guard.
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { piece, reductions } from './candidates/reduce';
import { howManyQuestion } from './candidates/rewrite';

const readings = (text: string, i = 0): string[] => {
  const a = analyze(text);
  const s = a.sentences[i];
  return reductions(a, i).map((r) => piece(a, s.start, s.end, r).trim().replace(/\s+/g, ' '));
};

describe('stem guards', () => {
  it('never cuts the noun after a bold adjective term', () => {
    const text = 'A volcano is an opening in the crust. An **active** volcano has erupted in the last 10,000 years.';
    expect(readings(text, 1).some((r) => /^An active has/.test(r))).toBe(false);
  });

  it('keeps a passive\'s agent when nothing else of the verb would stay', () => {
    expect(readings('The No campaign, Keep Wrexford Moving, was backed by the Harbour Traders Association.')).not.toContain('The No campaign, Keep Wrexford Moving, was backed.');
  });

  it('ends a sentence after a temperature', () => {
    expect(analyze('Lava can be as hot as 1,200°C. Runny lava flows quickly.').sentences).toHaveLength(2);
  });

  it('asks no "How many" of a clause opened by a phrase of time', () => {
    const a = analyze('Over six weeks she collected 40 water samples from fountains and taps at four schools.');
    for (const m of a.mentions.filter((x) => x.kind === 'number')) expect(howManyQuestion(a, m)).toBeNull();
  });
});
