// Rules added with generator 1.14.1 for recall on articles the rules were not tuned on (issue #3):
// a title-cased name with lower-case short words inside ("of", "in", "a", "on") is read whole when
// the article marks it as one name. Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { generate } from './index';

const texts = (text: string): string[] => analyze(text).mentions.map((m) => m.text);

describe('title-cased names with lower-case words inside', () => {
  it('reads a name glossed by its acronym whole', () => {
    const t = 'Delegates met at a meeting of the Convention on International Trade in Endangered Species (CITES) in Geneva last year.';
    expect(texts(t)).toContain('Convention on International Trade in Endangered Species');
    expect(texts(t)).not.toContain('Endangered Species');
  });

  it('does not join words an acronym does not spell', () => {
    const t = 'Officials from the Harbour Board in Leith Council (HBC) met on Monday to discuss the plan.';
    expect(texts(t)).not.toContain('Harbour Board in Leith Council');
  });

  it('reads a quoted title-cased name whole', () => {
    const t = 'Farmers in the valley later called that cold season the "Year Without a Summer" in their letters.';
    expect(texts(t)).toContain('Year Without a Summer');
  });

  it('reads a title with a capitalized preposition inside a sentence whole', () => {
    const t = 'Europe lived through the Year Without a Summer after the eruption, and harvests failed.';
    expect(texts(t)).toContain('Year Without a Summer');
  });

  it('does not join two names across "and" on a capitalized preposition', () => {
    const t = 'Historians have long written about Mount Tambora and the Year Without a Summer in their books.';
    expect(texts(t)).not.toContain('Mount Tambora and the Year Without a Summer');
    expect(texts(t)).toContain('Mount Tambora');
  });

  it('keeps places in a sentence apart when nothing marks a title', () => {
    const t = 'The ferry sails from Oslo to Bergen in Norway every Tuesday in summer.';
    expect(texts(t)).toEqual(expect.arrayContaining(['Oslo', 'Bergen', 'Norway']));
  });
});

describe('a lone given name of the article\'s one person of that name', () => {
  const life = 'Mary Anning was born in Lyme Regis in 1799. Her brother Joseph found a skull in 1811, and a year later Mary, then only twelve, dug out the rest of the skeleton. Mary Anning sold fossils to collectors all her life.';

  it('links the given name to the full name', () => {
    const a = analyze(life);
    const mary = a.mentions.find((m) => m.text === 'Mary');
    expect(mary?.key).toBe('mary anning');
    expect(mary?.kind).toBe('person');
  });

  it('keeps the given name apart when two people share it', () => {
    const a = analyze('Mary Godwin stayed near Geneva in 1816. Mary Shelley later wrote a novel there. Storms kept Mary indoors for days at the villa that summer.');
    expect(a.mentions.find((m) => m.text === 'Mary')?.key).not.toBe('mary godwin');
    expect(a.mentions.find((m) => m.text === 'Mary')?.key).not.toBe('mary shelley');
  });
});

describe('a villa is a place', () => {
  it('reads "Villa Diodati" as a place, not a person', () => {
    const a = analyze('Storms kept the guests indoors at the Villa Diodati, the house rented by a poet that summer.');
    expect(a.mentions.find((m) => m.text === 'Villa Diodati')?.kind).toBe('place');
  });
});

describe('a time word is no role a name could be cut to', () => {
  it('keeps "At the time Java was under British rule" whole in another fact\'s stem', () => {
    const text =
      'The volcano erupted in April 1815 on the island of Sumbawa. At the time Java was under British rule, and its lieutenant-governor, Stamford Raffles, sent a ship carrying rice to Sumbawa. Raffles later wrote a book. Many people died across the islands of Java and Bali.';
    const prompts = generate(text, { count: 10 }).questions.map((q) => q.prompt);
    expect(prompts.some((p) => /At the time was/.test(p))).toBe(false);
    expect(prompts.filter((p) => /British rule/.test(p)).every((p) => /At the time (Java|_____) was/.test(p))).toBe(true);
  });
});
