// Rules added with generator 1.21.20 (issue #3), from a teacher's reading of every tuning quiz:
// stems blurred figures nobody asked for ("Pre-tax profit reached tens of millions of pounds, up
// from tens of millions of pounds a year earlier, on revenue of _____"; "The crew had several
// members" of three). A plain description stands in for a fact only where the quiz asks that
// fact too; a flashcard, studied alone, never needs one; and a description reads as English
// ("serves many households", not "serves about many households"). Each test fails without its rule.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { containsTerm } from './candidates/candidate';
import { generate } from './index';
import { fixtureBody, readingsOf } from './test-support';
import type { GeneratorResult } from './types';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const BLUR = /\b(?:many|several|tens of|hundreds of|thousands of|millions of|over (?:a hundred|ten|a) (?:thousand|million|billion))\b/gi;
const blurs = (t: string): number => t.match(BLUR)?.length ?? 0;
/** "How many …?" asks for a count; it blurs nothing. */
const ASKS_COUNT = /^(?:About )?how many\b/i;
let results: Array<[string, GeneratorResult]> = [];

beforeAll(() => {
  results = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .filter((f) => JSON.parse(readFileSync(path.join(FIXTURES, f.replace(/\.md$/, '.facts.json')), 'utf8')).holdout !== true)
    .map((f) => [f, generate(fixtureBody(f), { count: 14 })]);
});

describe('a plain description stands in for a fact only when the quiz asks it', () => {
  it('blurs a figure of the sentence only when another question of the quiz asks for what is hidden', () => {
    const needless: string[] = [];
    let blurred = 0;
    for (const [f, r] of results) {
      for (const q of r.questions) {
        if (ASKS_COUNT.test(q.prompt) || blurs(q.prompt) <= blurs(q.source.sentence)) continue;
        blurred++;
        const hides = r.questions.some((o) => o !== q && o.answer !== q.answer && containsTerm(q.source.sentence, o.answer) && !containsTerm(q.prompt, o.answer));
        if (!hides) needless.push(`${f}: ${q.prompt}`);
      }
    }
    expect(needless).toEqual([]);
    // The rule is about something: dense sentences still have two facts asked apart.
    expect(blurred).toBeGreaterThan(10);
  });

  it('keeps the figure the article gives when nothing else of the sentence is asked', () => {
    const r = generate(readFileSync(path.join(import.meta.dirname, '../../content/articles/apollo-11-moon-landing.md'), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''), { count: 14 });
    const crew = r.questions.find((q) => q.prompt.startsWith('The crew had'));
    expect(crew?.prompt).toMatch(/^The crew had three members: _____/);
  });

  it('writes every flashcard with the figures its sentence gives', () => {
    const blurredCards = results.flatMap(([f, r]) => r.flashcards.filter((c) => !ASKS_COUNT.test(c.front) && blurs(c.front) > blurs(c.source.sentence)).map((c) => `${f}: ${c.front}`));
    expect(blurredCards).toEqual([]);
  });
});

describe('a plain description reads as English', () => {
  it('hedges a count with "many", not "about many"', () => {
    const r = readingsOf('The current plant, built in 1964, serves about 86,000 households across the city and the town of Marlow Creek.');
    expect(r).toContain('The current plant, built in 1964, serves many households across the city and the town of Marlow Creek.');
    expect(r.filter((x) => /about many/.test(x))).toEqual([]);
  });

  it('leaves a sum that sizes the noun after it ("a further £18 million grant")', () => {
    const r = readingsOf('Kestrel Thermal will invest £40 million in the project, with a further £18 million grant from the Northern Growth Fund.');
    expect(r).toContain('Kestrel Thermal will invest tens of millions of pounds in the project, with a further £18 million grant from the Northern Growth Fund.');
    expect(r.filter((x) => /pounds grant/.test(x))).toEqual([]);
  });

  it('never blurs a rate ("a rate of many strokes a minute")', () => {
    const r = readingsOf('Stroke Amira Haddad, 24, set a rate of 38 strokes a minute in the final 500 metres.');
    expect(r.filter((x) => /many strokes/.test(x))).toEqual([]);
  });

  it('reads "900" inside "2,900" as part of that number, so the stem need not hide it', () => {
    expect(containsTerm('It is made up of about 2,900 individual reefs', '900')).toBe(false);
    expect(containsTerm('sold 1.2 million copies', '2 million')).toBe(false);
    expect(containsTerm('around 900 islands, and 2,900 reefs', '900')).toBe(true);
  });
});
