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

  it('adds up no years, days, times, scores or ages, and reads a change of share as no complement', () => {
    // From a code review: each of these read as computable before.
    expect(computableFrom('Support for the plan rose from 30 per cent in 2019 to _____ this year.', '70 per cent')).toBe(false);
    expect(computableFrom('Turnout was 60%, and _____ of voters backed the mayor.', '40%')).toBe(false);
    expect(computableFrom('The home side won 3-1, their _____ win in a row.', '4')).toBe(false);
    expect(computableFrom('On 1 May, _____ people were arrested, 4 of them teenagers.', '5 people')).toBe(false);
    expect(computableFrom('The 12 and 14 year olds, _____ in all, were sent home.', '26')).toBe(false);
    expect(computableFrom('Between 2010 and 2012 the town grew to _____.', '4022')).toBe(false);
  });

  it('asks such a figure only in a reading without its parts', () => {
    const text = 'The school has closed for a deep clean. As of 9 a.m. today, 87 people have reported illness: 71 pupils and 16 members of staff. Parents have been told to keep sick children at home.';
    const stems = stemsFor(text, '87 people');
    for (const s of stems) expect(s).not.toMatch(/71 pupils and 16/);
  });
});
