// Rules added with generator 1.21.19 (issue #3), from a teacher's reading of every tuning quiz: a
// name is shortened to "the school", "the fund" or "the justice" only where that can mean nothing
// else. "Oliver Mensah of the school" read as the article's own school, not Greystones Academy;
// "funded by the fund" and "Justice _____ and the justice" say nothing. Each test fails without
// its rule.
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { clozeCandidates } from './candidates/cloze';
import { buildPools } from './distractors';

/** Every stem the generator drafts for `text`, before any is chosen. */
const stemsOf = (text: string): string[] => {
  const a = analyze(text);
  return clozeCandidates(a, buildPools(a), 3, true).map((c) => c.prompt);
};

describe('plain stand-ins', () => {
  it('does not shorten a body to a kind the article names another of first', () => {
    const text = [
      'Hartwell High School had a day to remember on Saturday, when Aisha Rahman won first prize at the regional science fair.',
      'Third prize, worth £250, was won by Oliver Mensah of Greystones Academy, who tested how light affects cress seedlings.',
      'Greystones Academy has entered the fair every year since 2015.',
    ].join(' ');
    const stems = stemsOf(text);
    expect(stems.some((p) => p.includes('Oliver Mensah of the school') || p.includes('_____ of the school'))).toBe(false);
    expect(stems.some((p) => p.includes('Greystones Academy'))).toBe(true);
  });

  it('does not stand in a word the sentence already says', () => {
    const text = 'In 2026 we will start a new survey funded by the Nordic Research Fund, which has given the team £2 million. The survey will run for five years.';
    expect(stemsOf(text).some((p) => /funded by the fund\b/i.test(p))).toBe(false);
    const judges = 'The two dissenting judges, Justice Anna Berg and Justice Tomas Lind, wrote that the ministry had held three public meetings in 2024.';
    expect(stemsOf(judges).some((p) => /\bthe justice\b/i.test(p))).toBe(false);
  });
});
