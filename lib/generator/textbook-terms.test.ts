// Rules added with generator 1.17.1 (issue #3): a textbook's bold words are terms it teaches
// ("the **mantle**", "A **dormant** volcano"); a name given in quotation marks after "is called"
// is a term ('sometimes called the "winter vomiting bug"'); a temperature ("1,200°C") is an
// amount with its scale; and bold markup leaves no space before a stem's full stop.
// Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { analyze, emphasizedTerms } from './analyze';
import { clozeCandidates } from './candidates/cloze';
import { buildPools } from './distractors';

const mentions = (text: string): Array<[string, string]> => analyze(text).mentions.map((m) => [m.kind, m.text]);
const prompts = (text: string, answer: string): string[] => {
  const a = analyze(text);
  return clozeCandidates(a, buildPools(a), 3).filter((c) => c.answer === answer).map((c) => c.prompt);
};

describe('bold terms', () => {
  const text = [
    'Below the crust lies the **mantle**, a layer of very hot rock about 2,900 kilometres deep.',
    'Most of the mantle is solid, but it moves very slowly.',
    'A **dormant** volcano has not erupted for a long time but could wake up.',
    '- **Shield volcanoes** are wide and gently sloping.',
    '**Inês Valadares** is a Portuguese cellist.',
  ].join('\n\n');

  it('reads a bold lower-case phrase as a term, and a bold name as no term', () => {
    const a = analyze(text);
    expect(emphasizedTerms(text, a.sentences)).toEqual(['mantle', 'dormant', 'shield volcanoes']);
    expect(mentions(text)).toContainEqual(['term', 'mantle']);
    expect(mentions(text).filter(([k, t]) => k === 'term' && t === 'mantle')).toHaveLength(2);
    expect(mentions(text)).toContainEqual(['term', 'dormant']);
  });

  it('leaves no space before the full stop where bold closed the sentence', () => {
    const t = 'The crust is broken into giant pieces called **tectonic plates**. These plates drift a few centimetres each year.';
    expect(prompts(t, 'tectonic plates')).toContain('The crust is broken into giant pieces called _____.');
  });
});

describe('names given in quotation marks', () => {
  it('reads a quoted name after "is called" as a term', () => {
    expect(mentions('Norovirus causes vomiting. It is sometimes called the "winter vomiting bug" because most cases happen in winter.')).toContainEqual(['term', 'winter vomiting bug']);
  });
});

describe('temperatures', () => {
  it('reads a temperature with its scale', () => {
    expect(mentions('Lava can be as hot as 1,200°C. Wash clothing on a hot wash at 60 °C.')).toEqual([
      ['quantity', '1,200°C'],
      ['quantity', '60 °C'],
    ]);
  });
});
