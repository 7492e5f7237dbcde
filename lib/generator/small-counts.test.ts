// Rule added with generator 1.17.4 (issue #3): a small count written in words ("six trawlers",
// "three firefighters", "eight crews") is a count to ask, ranked a little below counts in figures;
// "two" stays an aside. The test fails without the rule.
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
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
