// Rule added with generator 1.17.4 (issue #3): a small count written in words ("six trawlers",
// "three firefighters", "eight crews") is a count to ask, ranked a little below counts in figures;
// "two" stays an aside. The test fails without the rule.
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { piece, reductions } from './candidates/reduce';
import { generate } from './index';

const mentions = (text: string): Array<[string, string]> => analyze(text).mentions.map((m) => [m.kind, m.text]);

describe('small counts in words', () => {
  it('reads three to nine of a plural noun as a count, and two as none', () => {
    expect(mentions('Nordhavn Seafoods operated six trawlers in the bay.')).toContainEqual(['number', 'six']);
    expect(mentions('Eight crews fought the fire through the night.')).toContainEqual(['number', 'Eight']);
    expect(mentions('The two children waited outside.')).toEqual([]);
  });

  it('asks the count with what it counts', () => {
    const qs = generate('Eight crews fought the fire at the Aldermoor market through the night. Three firefighters were treated for smoke.', { count: 4, types: ['multiple_choice'] }).questions;
    expect(qs.map((q) => q.answer)).toContain('Eight crews');
  });
});

// Added with generator 1.17.5: British spellings of small units ("centimetres", "millimetres",
// "litre") are units, so the amount is read with them.
describe('British spellings of units', () => {
  it('reads "30 centimetres" and "5 millimetres" as amounts with their unit', () => {
    expect(mentions('It only takes 30 centimetres of moving water to float a car.')).toContainEqual(['quantity', '30 centimetres']);
    expect(mentions('The rain gauge recorded 5 millimetres in an hour.')).toContainEqual(['quantity', '5 millimetres']);
  });
});

// Added with generator 1.17.6: a count after an owner ("the world's seven species") goes with
// nothing in its place, as after "the"; "the world's several species" would not read.
describe('a count after an owner', () => {
  it('is dropped, not replaced by "several"', () => {
    const text = "Six of the world's seven species of sea turtle are found on the reef near Cairns.";
    const a = analyze(text);
    const s = a.sentences[0];
    const r = reductions(a, 0).map((x) => piece(a, s.start, s.end, x).trim());
    expect(r).toContain("Six of the world's species of sea turtle are found on the reef near Cairns.");
    expect(r.some((x) => x.includes('several species'))).toBe(false);
  });
});

// Added with generator 1.17.8: either end of a rough range in words ("two or three blades",
// "three to four crews") is no count: "a rotor with two or _____" asks nothing.
describe('a rough range in words', () => {
  it('gives no count at either end', () => {
    expect(mentions('The moving water turns a rotor with two or three blades.')).toEqual([]);
    expect(mentions('Three to four crews fought the fire.')).toEqual([]);
    expect(mentions('Eight crews fought the fire.')).toEqual([['number', 'Eight']]);
  });
});
