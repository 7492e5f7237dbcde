// Rule added with generator 1.21.19 (issue #3): made-up amounts no longer put the answer in the
// same place among the sorted choices. Halves, doubles and one-and-a-halves left the answer the
// second smallest of four in three numeric questions out of four (counted over the tuning
// fixtures), a pattern a pupil soon learns. Each test fails without the rule.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { spreadRank } from './distractors';
import { generate } from './index';
import { fixtureBody } from './test-support';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');

describe('where the answer sits among numeric choices', () => {
  it('puts the answer where the seed says, counting the amounts already chosen', () => {
    const made = ['320 people', '1,280 people', '960 people', '480 people', '1,920 people', '160 people'];
    // Place 0: the answer is the smallest, so three larger amounts come first.
    expect(spreadRank(made, 640, [], 3, 0).slice(0, 3)).toEqual(['1,280 people', '960 people', '1,920 people']);
    // Place 3: the largest, three smaller amounts.
    expect(spreadRank(made, 640, [], 3, 3).slice(0, 3)).toEqual(['320 people', '480 people', '160 people']);
    // Place 2 with one smaller amount from the article already chosen: one more below, one above.
    expect(spreadRank(made, 640, ['500 people'], 3, 2).slice(0, 2)).toEqual(['320 people', '1,280 people']);
  });

  it('spreads the answer over all four places across the tuning fixtures', () => {
    const places = [0, 0, 0, 0];
    for (const f of readdirSync(FIXTURES).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
      if (JSON.parse(readFileSync(path.join(FIXTURES, f.replace(/\.md$/, '.facts.json')), 'utf8')).holdout === true) continue;
      for (const q of generate(fixtureBody(f), { count: 14 }).questions) {
        if (q.type === 'multiple_choice' && ['date', 'number', 'quantity'].includes(q.kind) && q.choices.length === 4) places[q.choices.indexOf(q.answer)]++;
      }
    }
    const total = places.reduce((s, x) => s + x, 0);
    expect(total).toBeGreaterThan(200);
    // Each place holds between a tenth and two fifths of the answers (it was 7 % … 60 %).
    for (const p of places) {
      expect(p / total).toBeGreaterThan(0.1);
      expect(p / total).toBeLessThan(0.4);
    }
  });
});
