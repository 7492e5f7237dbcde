import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { quoteCandidates } from './candidates/quote';
import { checkQuestion, checkQuiz } from './checks';
import { buildPools } from './distractors';
import { fixtureBody } from './test-support';
import { generate, GENERATOR_VERSION, GeneratorInputError } from './index';
import { generatorResultSchema } from './schema';

const fixture = fixtureBody;
const seed = fixture('seed-article.md');

describe('generate: contract', () => {
  it('returns a schema-valid, deterministic result', () => {
    const a = generate(seed, { title: 'Putin offers mediation' });
    expect(generatorResultSchema.parse(a)).toBeTruthy();
    expect(a.article).toMatchObject({ title: 'Putin offers mediation', generatorVersion: GENERATOR_VERSION });
    expect(a.questions).toHaveLength(10);
    expect(generate(seed, { title: 'Putin offers mediation' })).toEqual(a);
  });

  it('honours count and types', () => {
    const r = generate(seed, { count: 4, types: ['true_false'] });
    expect(r.questions.length).toBeGreaterThan(0);
    expect(r.questions.length).toBeLessThanOrEqual(4);
    expect(r.questions.every((q) => q.type === 'true_false' && q.choices.join() === 'True,False')).toBe(true);
    expect(generate(seed, { count: 3, types: ['short_answer'] }).questions.every((q) => q.choices.length === 0)).toBe(true);
  });

  it('rejects unusable input with GeneratorInputError', () => {
    expect(() => generate('')).toThrow(GeneratorInputError);
    expect(() => generate('  \n\n ')).toThrow(GeneratorInputError);
    expect(() => generate(seed, { count: 0 })).toThrow(GeneratorInputError);
    expect(() => generate(seed, { types: [] })).toThrow(GeneratorInputError);
  });
});

describe('generate: seed article facts', () => {
  const r = generate(seed, { count: 15 });
  const answers = r.questions.map((q) => q.answer);
  const cards = r.flashcards.map((f) => `${f.front} => ${f.back}`);

  it('links surnames and finds unknown names through titles and appositives', () => {
    expect(cards).toContain('Armen Baghdasarian => an Armenian political analyst');
    expect(cards).toContain('Nikol Pashinian => Prime Minister');
    expect(cards).toContain('Antony Blinken => U.S. Secretary of State');
    expect(cards.some((c) => c.startsWith('Gagik Melkonian => an outspoken lawmaker'))).toBe(true);
  });

  it('asks who said the quotes, following "he told" back to Putin', () => {
    const quotes = r.questions.filter((q) => q.kind === 'quote');
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q.source.sentence).toContain(q.answer);
    const a = analyze(seed);
    const all = quoteCandidates(a, buildPools(a), 5);
    const pave = all.find((q) => q.prompt.includes('pave the way'));
    expect(pave?.answer).toBe('Putin');
  });

  it('keeps possessives outside the blank', () => {
    const all = generate(seed, { count: 40 }).questions;
    const gov = all.find((q) => q.prompt.includes('_____’s government'));
    expect(gov?.answer).toBe('Pashinian');
    expect(all.every((q) => !/_____['’]s['’]s/.test(q.prompt))).toBe(true);
  });

  it('has no defects by the automatic quality rules', () => {
    for (const q of r.questions) expect(checkQuestion(q, seed), q.prompt).toEqual([]);
    expect(checkQuiz(r.questions)).toEqual([]);
    expect(answers).toContain('Putin');
  });
});

describe('generate: fixtures', () => {
  for (const name of ['science-deep-sea-vents.md', 'sports-harbour-city-final.md', 'history-printing-press.md', 'local-news-flood-defences.md', 'interview-sea-ice-biologist.md']) {
    it(`${name}: valid, defect-free, offsets exact`, () => {
      const body = fixture(name);
      const r = generate(body, { count: 12 });
      expect(r.questions.length).toBeGreaterThanOrEqual(8);
      for (const q of r.questions) {
        expect(body.slice(q.source.start, q.source.end)).toBe(q.source.sentence);
        expect(checkQuestion(q, body), q.prompt).toEqual([]);
      }
      for (const f of r.flashcards) expect(body.slice(f.source.start, f.source.end)).toBe(f.source.sentence);
      expect(checkQuiz(r.questions)).toEqual([]);
    });
  }

  it('skips headings, bylines and captions', () => {
    const r = generate(fixture('science-deep-sea-vents.md'), { count: 30 });
    for (const q of r.questions) {
      expect(q.source.sentence).not.toMatch(/^(#|By |Photo:)/);
      expect(q.prompt).not.toContain('Maria Ostrander');
    }
  });

  it('draws year distractors from years and amounts with the same unit', () => {
    const r = generate(fixture('history-printing-press.md'), { count: 30 });
    const years = r.questions.filter((q) => q.kind === 'date' && q.type === 'multiple_choice');
    expect(years.length).toBeGreaterThan(0);
    for (const q of years) for (const c of q.choices) expect(c).toMatch(/^\d{4}$/);
  });
});
