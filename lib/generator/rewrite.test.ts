import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { quoteCandidates } from './candidates/quote';
import { checkQuestion, checkQuiz } from './checks';
import { buildPools } from './distractors';
import { fixtureBody } from './test-support';
import { generate } from './index';

const fixture = fixtureBody;

describe('dates and counts as questions', () => {
  const body =
    'The old town bridge, which was built in 1887, carries about 9,500 vehicles a day across the river. ' +
    'In 1977, scientists aboard the submersible Alvin found living animals near the Galápagos Islands. ' +
    'The club was founded in 1921 and plays in the Premier Division. Even more storms followed in 2016 and 2017, when the river flooded.';
  const qs = generate(body, { count: 40 }).questions;
  const prompts = qs.map((q) => q.prompt);

  it('rewrites simple sentences into real questions', () => {
    expect(prompts).toContain('In what year was the old town bridge built?');
    expect(prompts).toContain('About how many vehicles a day does the old town bridge carry across the river?');
    // With or without the closing place or the craft's name, which may be asked on their own.
    expect(prompts.some((p) => /^In what year did scientists aboard the submersible (Alvin )?find living animals/.test(p))).toBe(true);
    expect(prompts).toContain('In what year was the club founded?');
    expect(prompts.some((p) => p.includes('what year') && p.includes('storms'))).toBe(false);
  });

  it('never shortens a sentence into a clipped clause', () => {
    const clipped = generate('The club was founded in 1921 and plays in the Premier Division. Their work made possible the vaccines from Pfizer and Moderna, first authorized in December 2020. The club won the Northern Cup and the League Trophy.', { count: 20 }).questions;
    for (const q of clipped) {
      expect(q.prompt).not.toMatch(/founded and plays|authorized\.$/);
    }
  });

  it('asks a second fact of a sentence without giving the first away', () => {
    const bridge = qs.filter((q) => q.source.sentence.startsWith('The old town bridge'));
    expect(new Set(bridge.map((q) => q.kind)).size).toBeGreaterThan(1);
    for (const q of qs) expect(checkQuestion(q, body), q.prompt).toEqual([]);
  });
});

describe('amounts', () => {
  it('keeps units with amounts and draws same-unit distractors', () => {
    const body = fixture('local-news-bridge-closure.md');
    const r = generate(body, { count: 30 });
    const cost = r.questions.find((q) => q.answer === '£3.8 million' && q.type === 'multiple_choice');
    expect(cost?.choices.every((c) => /^£\d+(\.\d)? million$/.test(c))).toBe(true);
    // A typed amount keeps its unit with the answer, not in the stem (1.8.0).
    expect(r.questions.some((q) => q.type === 'short_answer' && q.prompt.includes('_____ kilometres'))).toBe(false);
    for (const q of r.questions) expect(checkQuestion(q, body), q.prompt).toEqual([]);
    expect(checkQuiz(r.questions.slice(0, 14))).toEqual([]);
  });
});

describe('who said it (seed article)', () => {
  it('gives every quote its speaker', () => {
    const seed = fixture('seed-article.md');
    const a = analyze(seed);
    const byWords = (w: string): string | undefined => quoteCandidates(a, buildPools(a), 5).find((q) => q.prompt.includes(w))?.answer;
    expect(byWords('pave the way')).toBe('Putin');
    expect(byWords('after my visit to Azerbaijan')).toBe('Putin');
    expect(byWords('prefer to hold peace negotiations')).toBe('Armen Baghdasarian');
    expect(byWords('politely decline')).toBe('Armen Baghdasarian');
    expect(byWords('handed over Karabakh')).toBe('Melkonian');
    expect(byWords('anything good')).toBe('Melkonian');
    expect(byWords('travelled to Baku')).toBe('Gagik Melkonian');
    expect(byWords('very satisfied')).toBe('Aliyev');
  });
});
