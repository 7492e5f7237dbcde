// Added with generator 1.21.23 (issue #3), from a teacher's reading of every tuning quiz: a figure
// the stem lets a student work out ("_____ have reported illness: 71 pupils and 16 members of
// staff") tests arithmetic, not reading. Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { computableFrom } from './candidates/computable';
import { stemsFor } from './test-support';

describe('figures a stem gives away by arithmetic', () => {
  it('knows a sum of two parts, the rest of a whole, and a whole from its share', () => {
    expect(computableFrom('As of 9 a.m. today, _____ have reported illness: 71 pupils and 16 members of staff.', '87 people')).toBe(true);
    expect(computableFrom('The result was _____ in favour and 45.7 per cent against.', '54.3 per cent')).toBe(true);
    expect(computableFrom('Of the _____ homes, 72, or 30%, will be classed as affordable housing.', '240')).toBe(true);
  });

  it('leaves figures that do not follow from the stem', () => {
    expect(computableFrom('As of 9 a.m. today, _____ have reported illness, among them 16 members of staff.', '87 people')).toBe(false);
    expect(computableFrom('Turnout was _____, up from 61% four years ago.', '64%')).toBe(false);
    expect(computableFrom('The council will spend _____ on 12 new buses.', '£4.8 million')).toBe(false);
  });

  it('asks such a figure only in a reading without its parts', () => {
    const text = 'The school has closed for a deep clean. As of 9 a.m. today, 87 people have reported illness: 71 pupils and 16 members of staff. Parents have been told to keep sick children at home.';
    const stems = stemsFor(text, '87 people');
    for (const s of stems) expect(s).not.toMatch(/71 pupils and 16/);
  });
});
