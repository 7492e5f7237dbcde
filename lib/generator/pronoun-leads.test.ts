// Rules added with generator 1.21.24 (issue #3): a stem that opens with "She", "He", "Her" or
// "His" says whom it means, so it reads on its own in a quiz ("Her father died in _____." asks
// nothing away from the article). Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { genderOf } from './candidates/generic';
import { stemsFor } from './test-support';

describe('a pronoun opening a stem, named', () => {
  it('names the person a "She" means a paragraph after her name', () => {
    const text =
      'Marta Quell was a surveyor who mapped the Seldane Delta. In 1968 Quell became director of the bureau.\n\n' +
      'The bureau had no boats of its own. She retired in 1996 and moved to Kilverne.';
    expect(stemsFor(text, '1996')).toContain('Marta Quell retired in _____ and moved to Kilverne.');
  });

  it('reads "Her father died …" as the person\'s, past a sentence that names only her father', () => {
    const text =
      'Mary Anning was born in 1799 in Lyme Regis. Her father, Richard Anning, was a cabinetmaker who sold fossils. ' +
      'Her father died in 1810, leaving the family in debt.';
    expect(stemsFor(text, '1810')).toContain("Mary Anning's father died in _____, leaving the family in debt.");
  });

  it('does not name the speaker of a quote about someone else', () => {
    const text =
      'Marta Quell led the bureau for years. Colleagues remembered her warmly.\n\n' +
      '"She would send a map back five times," said Hana Szeligowska, who succeeded her. Her husband died in 2011.';
    const stems = stemsFor(text, '2011');
    expect(stems.length).toBeGreaterThan(0);
    expect(stems.filter((s) => /Szeligowska/.test(s))).toEqual([]);
  });

  it('does not name family met in passing ("Her husband, the engineer Piet Dorrance, …")', () => {
    const text =
      'Marta Quell led the bureau for years.\n\n' +
      'Her husband, the hydraulic engineer Piet Dorrance, whom she married in 1961, died in 2011. She lived in Kilverne until 2024.';
    const stems = stemsFor(text, '2024');
    expect(stems.length).toBeGreaterThan(0);
    expect(stems.filter((s) => /Dorrance/.test(s))).toEqual([]);
  });
});

describe('the gender an article states', () => {
  const gender = (text: string, key: string) => genderOf(analyze(text))(key);

  it('reads a family word or a title beside the name, over the pronouns near it', () => {
    // "whom she married" follows his name: the pronoun is hers, the word "husband" says his.
    expect(gender('Her husband, the hydraulic engineer Piet Dorrance, whom she married in 1961, died in 2011.', 'piet dorrance')).toBe('m');
    expect(gender('Wrenfield married Eleanor Birch, the daughter of a Manchester printer.', 'eleanor birch')).toBe('f');
    expect(gender('Our thanks go to Mrs Gill Harper, who ran the science club.', 'gill harper')).toBe('f');
  });

  it('reads a "she" beside a man the lexicon knows as hers ("She beat … Tom Harland")', () => {
    expect(gender('The fastest time belonged to Priya Chandran, a student at Keele University. She beat last year\'s winner, local firefighter Tom Harland, by eleven seconds.', 'priya chandran')).toBe('f');
  });

  it('does not read "the daughter of the painter Teodor Pilski" as his', () => {
    expect(gender('Ana Reis was the daughter of the painter Teodor Pilski. Pilski said it was cold.', 'teodor pilski')).not.toBe('f');
  });
});

describe('"Its chair", "Their lawyers": the body whose people they are', () => {
  it('names the one body the sentence before names, and what it is for a quiz that asks its name', () => {
    const text =
      'The market drew about 14,000 shoppers a week, according to the Aldermoor Traders\' Association.\n\n' +
      'Its chair, Tomasz Wielgus, said traders had lost stock worth at least £400,000.';
    const stems = stemsFor(text, 'Tomasz Wielgus');
    expect(stems).toContain("The Aldermoor Traders' Association's chair, _____, said traders had lost stock worth at least £400,000.");
    expect(stems).toContain("The association's chair, _____, said traders had lost stock worth at least £400,000.");
  });

  it('reads a body as the owner only as the agent when the sentence before is about a plain thing', () => {
    const agent = 'The case was brought by the Corran Bay Fishers\' Cooperative, which represents 340 fishers. Its lawyers argued that the licence covered 1,200 square kilometres of water.';
    expect(stemsFor(agent, '1,200 square kilometres')).toContain("The Corran Bay Fishers' Cooperative's lawyers argued that the licence covered _____ of water.");
    // The expedition had the leader, not the society it was a project of.
    const thing = 'The expedition was the joint project of the Norwegian Geographical Society and a group of merchants. Its leader was Eilif Strand, a sealing captain from Tromsø.';
    expect(stemsFor(thing, 'Eilif Strand').filter((s) => /Society/.test(s))).toEqual([]);
  });
});

describe('a role for a name the quiz cannot show', () => {
  it('reads "He urged …" as the role the article gives him alone', () => {
    const text = 'Councillor Dev Raghunathan, who voted against, said the committee had taken a gamble. He urged residents to write to the Planning Inspectorate, the national body that can review council decisions.';
    expect(stemsFor(text, 'Planning Inspectorate')).toContain('The councillor urged residents to write to the _____, the national body that can review council decisions.');
  });

  it('takes the role from a description ("Sunniva Okafor, the club\'s coach, …")', () => {
    const text = "Sunniva Okafor, the club's coach, picked the team on Monday. Okafor said the final would be held at Kestrel Park. She added that tickets would go on sale on 3 June.";
    expect(stemsFor(text, '3 June')).toContain('The coach added that tickets would go on sale on _____.');
  });

  it('gives no role two people share', () => {
    const text = 'Councillor Dev Raghunathan voted against the plan, and he said it was a gamble. Councillor Ana Reis voted for the plan. Raghunathan told reporters that the Planning Inspectorate could review the decision.';
    expect(stemsFor(text, 'Planning Inspectorate').filter((s) => /councillor/i.test(s))).toEqual([]);
  });
});

describe('a "she" after an opening phrase', () => {
  it('names her after a phrase of her life ("Born in _____ and raised in Utrecht, she …")', () => {
    const text = 'Nnenna Achterberg is the author of eleven books for children. Born in Lagos and raised in Utrecht, she now lives in a converted boathouse on the coast.';
    expect(stemsFor(text, 'Utrecht')).toContain('Born in Lagos and raised in _____, Nnenna Achterberg now lives in a converted boathouse on the coast.');
  });

  it('names the speaker of a reported line ("Since then, she said, …")', () => {
    const text = 'Ingrid Solberg has measured the Jostedal glacier since 2009. Since then, she said, the glacier has lost about 12 percent of its volume.';
    expect(stemsFor(text, '12 percent')).toContain('Since then, Ingrid Solberg said, the glacier has lost about _____ of its volume.');
  });

  it('leaves a ship\'s "she" alone ("Built at the yard in 1911, she spent …")', () => {
    const text = 'Marta Lind restores old boats. Built at the yard in 1911, she spent forty years as a houseboat.';
    expect(stemsFor(text, '1911').filter((s) => /Marta Lind/.test(s))).toEqual([]);
  });
});

// From a code review of 1.21.24: each test fails without its guard.
describe('what the new rules must not say', () => {
  it('gives a family word to no place or body ("Their son, …" is never "Pellham\'s son")', () => {
    const text = 'In 1990 Tom and Ana Berg moved to Pellham. Their son, Daniel Berg, was born there in 1994.';
    expect(stemsFor(text, '1994').filter((s) => /Pellham's/.test(s))).toEqual([]);
  });

  it('reads no sex from a family word with a verb between it and the name ("Her brother married the pianist Zofka Pilski")', () => {
    expect(genderOf(analyze('Her brother married the pianist Zofka Pilski in Cracow. Pilski taught music.'))('zofka pilski')).not.toBe('m');
  });

  it('names the person a stand-in "Her" replaced, not a woman named before ("Anning\'s brother Joseph showed her …")', () => {
    const text = 'Elizabeth Philpot collected fish fossils. Anning\'s brother Joseph showed her the skull in 1811. Mary Anning found the rest of it a year later.';
    const stems = stemsFor(text, '1811');
    expect(stems.filter((s) => /Philpot's/.test(s))).toEqual([]);
  });
});
