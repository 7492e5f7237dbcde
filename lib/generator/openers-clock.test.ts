// Rules added with generator 1.17.2 (issue #3): a common plural opening a sentence ("Voters in
// Wrexford …") does not make the place after "in" part of a title; an hour of the clock ("after
// 1 a.m.") is no count; a courtesy title before a name goes with it when the name's appositive
// stands in for it ("Dr Amara Velez, a volcanologist at …, has …" -> "A volcanologist at … has …").
// Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { piece, reductions } from './candidates/reduce';
import { dateQuestion } from './candidates/rewrite';

const mentions = (text: string): Array<[string, string]> => analyze(text).mentions.map((m) => [m.kind, m.text]);
const readings = (text: string, i = 0): string[] => {
  const a = analyze(text);
  const s = a.sentences[i];
  return reductions(a, i).map((r) => piece(a, s.start, s.end, r).trim());
};

describe('a common plural opening the sentence', () => {
  it('leaves the place after "in" a place', () => {
    expect(mentions('Voters in Wrexford have backed a plan to close the High Street.')).toContainEqual(['place', 'Wrexford']);
    expect(mentions('Residents in Wrexford have backed a plan.')).toContainEqual(['place', 'Wrexford']);
  });
});

describe('hours of the clock', () => {
  it('reads no count in "1 a.m." or "6pm"', () => {
    expect(mentions('The result was declared shortly after 1 a.m. on Friday.')).toEqual([]);
    expect(mentions('The polls closed at 10pm and 9 o\'clock came and went.').filter(([k]) => k === 'number')).toEqual([]);
  });
});

describe('a title before a name in apposition', () => {
  it('goes with the name when the appositive stands in for it', () => {
    expect(readings('Dr Amara Velez, a volcanologist at the Orsa Volcano Observatory, has studied Mount Karvel for twenty years.')).toContain(
      'A volcanologist at the Orsa Volcano Observatory has studied Mount Karvel for twenty years.',
    );
  });
});

describe('names in rewritten questions', () => {
  it('lowers a common word that is only part of a longer name', () => {
    const a = analyze('Wrenfield set out his methods in On the Construction of Iron Bridges. Construction began in 1861.');
    const m = a.mentions.find((x) => x.text === '1861')!;
    expect(dateQuestion(a, m)).toBe('In what year did construction begin?');
  });
});
