// Generator 1.21.6 (issue #3), from reading the tuning quizzes: a first predicate whose verb the
// lexicon reads as a noun ("The painting measures 1.8 metres … and will need …") could not be cut,
// so the second predicate's fact was never asked apart from the first; a true/false swap put a
// name after "the" that the article never writes with it ("at the New York"); and a well-known
// city was offered where the article's own name holds it ("York" beside "New York"). 1.21.10: an
// amount hung on "of" is not cut from a noun that is only its measure ("at an altitude.", "covers an
// area.", "an increase.") nor when what follows is said of it ("on revenue, an increase of 8%").
// Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { trueFalseCandidates } from './candidates/true-false';
import { buildPools } from './distractors';
import { readingsOf } from './test-support';

const statements = (text: string): string[] => {
  const a = analyze(text);
  return trueFalseCandidates(a, buildPools(a)).map((c) => c.prompt);
};

describe('coordinated predicates', () => {
  it('cuts a first predicate whose verb comes before an amount, when an auxiliary follows "and"', () => {
    expect(readingsOf('The painting measures 1.8 metres by 1.2 metres and will need about four months of cleaning at the Hartley Conservation Studio before it goes on display.'))
      .toContain('The painting will need about four months of cleaning at the Hartley Conservation Studio before it goes on display.');
  });
});

describe('true/false swaps', () => {
  const text = 'The painting will need careful cleaning at the Hartley Conservation Studio before it goes on display. It was sold to a private collector in New York and stayed in one family for decades. The museum paid for it at an auction in London on Thursday.';

  it('puts no name after "the" that the article never writes after it', () => {
    expect(statements(text).filter((s) => /\bthe (?:New York|London)\b/.test(s))).toEqual([]);
  });

  it('offers no well-known city that is part of a name the article uses', () => {
    expect(statements(text).filter((s) => /\bin York\b/.test(s))).toEqual([]);
  });

  it('still swaps a name that modifies a noun after "the"', () => {
    const swapped = statements('Cover crops on half of the arable land in the Tellan catchment would cut nitrate by 180 tonnes a year. Farmers in Millbridge have planted rye since 2019. Tellan farmers are paid £80 per hectare.');
    expect(swapped.some((s) => /in the Millbridge catchment/.test(s))).toBe(true);
  });
});

describe('amounts hung on "of"', () => {
  it('keeps the amount of a noun that is only a measure', () => {
    for (const r of readingsOf('The signal was spotted in data from the Kestrel Array, which sits on the Cerro Tamayo plateau at an altitude of 4,100 metres.')) expect(r).not.toMatch(/altitude\.$/);
    for (const r of readingsOf('Pre-tax profit reached £37.1 million on revenue of £412.6 million, an increase of 8%.')) expect(r).not.toMatch(/an increase\.$/);
  });

  it('keeps the amount that the words after it describe', () => {
    for (const r of readingsOf('Pre-tax profit reached £37.1 million on revenue of £412.6 million, an increase of 8%.')) expect(r).not.toContain('on revenue, an increase');
  });

  it('still cuts the amount of a noun that says something without it', () => {
    expect(readingsOf('The council approved a record budget of $412 million on Tuesday.')).toContain('The council approved a record budget on Tuesday.');
  });
});

// Added with generator 1.21.22: a teacher found diary notes and back-pointing sentences offered as claims.
describe('statements that claim something on their own', () => {
  const statementsOf = (text: string): string[] => {
    const a = analyze(text);
    return trueFalseCandidates(a, buildPools(a)).map((c) => c.prompt);
  };

  it('offers no verbless note and no sentence that points back to "that game"', () => {
    const diary = 'We sighted Kangaroo Island on 3 March 1849. Kangaroo Island at first light, low and grey near Cape Borda. A great storm these five days past off Cape Borda and Kangaroo Island.';
    expect(statementsOf(diary).filter((p) => /first light|great storm/.test(p))).toEqual([]);
    const cup = 'Linden meet Kestrel Bay in the quarter-final on Sunday at Harbour Park. The winners of that game will earn a semi-final place and €40,000 from the council.';
    expect(statementsOf(cup).filter((p) => /that game/.test(p))).toEqual([]);
    // A plural's verb no list marks, read whole, still states something.
    expect(statementsOf('Council officers in Ravensworth expect traffic in the zone to fall by about 15 per cent in 2026.').length).toBeGreaterThan(0);
  });
});
