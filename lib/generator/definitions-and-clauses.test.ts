// Rules added with generator 1.13.0, grounded in how a teacher picks facts rather than in one
// fixture: terms a textbook defines by naming them ("… is called transpiration", "This is
// condensation.", 'cumulus, meaning "heap"'), asked with the sentence they point back to; named
// works offered as choices for one another; a stem that says nothing of its answer dropped; an
// adverb opening a sentence ("Inland, …") read as no name; the line framing an interview ("She
// spoke to Gleaner in March.") asked about no further; and, in ranking, a fact in a subordinate
// clause, a physical measure or a span of time weighed as a detail of the news. Each test fails
// without its rule.
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { clozeCandidates, figureClass, subordinate } from './candidates/cloze';
import { dateQuestion } from './candidates/rewrite';
import { checkQuestion, checkQuiz } from './checks';
import { namedTerms } from './descriptions';
import { buildPools, pickDistractors } from './distractors';
import { generate } from './index';

const termsOf = (text: string): string[] => namedTerms(analyze(text).sentences).map((d) => d.term);
const candidates = (text: string) => {
  const a = analyze(text);
  return clozeCandidates(a, buildPools(a), Math.max(2, ...[...a.entities.values()].map((e) => e.count)));
};
const best = (text: string, answer: string): number => Math.max(...candidates(text).filter((c) => c.answer === answer).map((c) => c.score));

const WATER = [
  'Plants also release water. They take it up through their roots and lose it as vapour through tiny pores in their leaves called stomata. This process is called transpiration.',
  'As warm, moist air rises, it cools. Cool air cannot hold as much water vapour as warm air, so some of the vapour turns back into tiny droplets of liquid. This is condensation. The temperature at which it begins is known as the dew point.',
  'Some precipitation soaks into the soil. This is called infiltration. A layer of rock that stores groundwater and lets it flow is called an aquifer. Scientists often add evaporation and transpiration together and call the total evapotranspiration.',
].join('\n\n');

describe('terms a textbook defines by naming them', () => {
  it('finds "is called", "known as", a participle "called", "This is …" and "call the total …"', () => {
    expect(termsOf(WATER)).toEqual(expect.arrayContaining(['stomata', 'transpiration', 'condensation', 'dew point', 'infiltration', 'aquifer', 'evapotranspiration']));
  });

  it('takes a word glossed by its meaning as a term, described by the meaning', () => {
    const a = analyze('Howard gave clouds Latin names, such as cumulus, meaning "heap", and stratus, meaning "layer".');
    expect(namedTerms(a.sentences).map((d) => [d.term, d.description])).toEqual([['cumulus', 'meaning “heap”'], ['stratus', 'meaning “layer”']]);
    expect(termsOf('The vote was unanimous, meaning the plan goes ahead.')).toEqual([]);
  });

  it('reads no term into news prose: an active "called", a quality, a pronoun', () => {
    expect(termsOf('The mayor called the meeting. He called police. This is important. Residents called it madness.')).toEqual([]);
  });

  it('describes a term pointing back by the sentence before it, and drops a bare class noun', () => {
    const a = analyze(WATER);
    const d = namedTerms(a.sentences);
    expect(d.find((x) => x.term === 'condensation')?.description).toMatch(/^Cool air cannot hold/);
    const b = analyze('Without the algae, the corals turn white, an event called coral bleaching.');
    expect(namedTerms(b.sentences)[0].description).toBe('Without the algae, the corals turn white');
  });

  it('asks "This process is called _____." with the sentence it points back to, that sentence\'s own term cut', () => {
    const { questions } = generate(WATER, { count: 12 });
    const q = questions.find((x) => x.answer === 'transpiration' && x.type !== 'true_false');
    expect(q?.prompt).toBe('They take it up through their roots and lose it as vapour through tiny pores in their leaves. This process is called _____.');
    expect(q?.source.sentence).toMatch(/^They take it up .* This process is called transpiration\.$/);
    const short = questions.find((x) => x.answer === 'condensation' && x.type !== 'true_false');
    expect(short?.prompt).toMatch(/droplets of liquid\. This is _____\.$/);
    for (const x of questions) expect(checkQuestion(x, WATER)).toEqual([]);
    expect(checkQuiz(questions)).toEqual([]);
  });

  it('does not take a term after an adjective as the term ("a deep aquifer" is no blank for "aquifer")', () => {
    const text = 'A layer of rock that stores groundwater is called an aquifer. Water may stay in a deep aquifer for 10,000 years.';
    const a = analyze(text);
    expect(a.mentions.filter((m) => m.text === 'aquifer').map((m) => m.sentence)).toEqual([0]);
  });
});

describe('named works and silent stems', () => {
  it('offers other structures as choices for a named viaduct', () => {
    const text = 'His first commission was the Harrowby Viaduct. He later built the Cardale Aqueduct. The Saltmarsh Bridge followed. His last work was the Greystone Reservoir.';
    const a = analyze(text);
    const m = a.mentions.find((x) => x.text === 'Harrowby Viaduct')!;
    const d = pickDistractors(a, m.kind, m.key, 'Harrowby Viaduct', 'His first commission was the _____.', buildPools(a), 3, m.sentence);
    expect(d?.values.sort()).toEqual(['Cardale Aqueduct', 'Greystone Reservoir', 'Saltmarsh Bridge']);
  });

  it('never asks "The _____ is a river.": a stem keeps two words of content besides its blank', () => {
    const text = 'The Varna is a river in Estravia. The Varna flows past Halvara and Saltgrad. It floods every spring near Pelsk.';
    const prompts = candidates(text).map((c) => c.prompt);
    expect(prompts).not.toContain('The _____ is a river.');
  });

  it('asks of "Construction began in 1861" with the noun in lower case', () => {
    const a = analyze('Construction began in 1861 and took six years.');
    expect(dateQuestion(a, a.mentions.find((m) => m.kind === 'date')!)).toBe('In what year did construction begin?');
  });
});

describe('details weighed below the news', () => {
  it('tells a fact in a subordinate clause from one in the main clause', () => {
    const a = analyze('The trust plans to move the walk to Lowmead Park, which can hold about 30,000 people. Workers have had no rise since 2022.');
    const at = (t: string) => a.mentions.find((m) => m.text.startsWith(t))!;
    expect(subordinate(a, at('30,000'))).toBe(true);
    expect(subordinate(a, at('Lowmead'))).toBe(false);
    expect(subordinate(a, at('2022'))).toBe(false);
  });

  it('classes figures by what they measure', () => {
    const a = analyze('The plant will cost £96 million, employ 420 people, cover 12 hectares and open within 18 months; demand rose 38 percent.');
    const cls = (t: string) => figureClass(a.mentions.find((m) => m.text.startsWith(t))!);
    expect([cls('£96'), cls('420'), cls('12 hectares'), cls('18 months'), cls('38')]).toEqual(['money', 'count', 'measure', 'duration', 'percent']);
  });

  it('ranks a length below a sum of money in the same place of a like sentence', () => {
    const money = 'The council said the new footbridge over the river would cost £94 million.';
    const length = 'The council said the new footbridge over the river would span 94 metres.';
    expect(best(money, '£94 million')).toBeGreaterThan(best(length, '94 metres'));
  });

  it('ranks a span of time below a sum of money in the same place of a like sentence', () => {
    const money = 'The council said the repairs to the footbridge over the river would cost £94 million.';
    const span = 'The council said the repairs to the footbridge over the river would take 94 days.';
    expect(best(money, '£94 million')).toBeGreaterThan(best(span, '94 days'));
  });

  it('ranks a figure in a "which" clause below the same figure in a main clause', () => {
    const main = 'The council will spend £4 million on the park near the river.';
    const sub = 'The council approved a plan for the park, which will cost £4 million near the river.';
    expect(best(main, '£4 million')).toBeGreaterThan(best(sub, '£4 million'));
  });
});

describe('openers and named phenomena', () => {
  it('reads "Inland," opening a sentence as an adverb, not a place, when the word is nowhere else', () => {
    const names = analyze('The storm hit the coast. Inland, the town of Bellmore received 112 millimetres of rain.').mentions.map((m) => m.text);
    expect(names).not.toContain('Inland');
    expect(names).toContain('Bellmore');
    expect(analyze('Paylink, the payments app, failed on Friday. Customers of Paylink were angry.').mentions.filter((m) => m.text === 'Paylink')).toHaveLength(2);
  });

  it('finds a term named with "which scientists describe as …", without the relative as its description', () => {
    const a = analyze('Its pressure fell by 24 hectopascals in a day, which meteorologists describe as explosive cyclogenesis.');
    const d = namedTerms(a.sentences);
    expect(d.map((x) => [x.term, x.description])).toEqual([['explosive cyclogenesis', 'Its pressure fell by 24 hectopascals in a day']]);
    expect(termsOf('The plan was described as a disaster.')).toEqual([]);
  });
});

describe('cuts that leave no stray name behind', () => {
  it('does not cut a "which" clause that runs on into another name for its term', () => {
    const text = 'Its central pressure fell to 948 hectopascals on Saturday, a fall of more than 24 hectopascals in 24 hours, which meteorologists describe as explosive cyclogenesis, or a "weather bomb".';
    const prompts = candidates(text).map((c) => c.prompt);
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.filter((p) => /or a "weather bomb"/.test(p) && !/describe as/.test(p))).toEqual([]);
  });
});

describe('the line that frames an interview', () => {
  it('asks neither the publication nor the day of "She spoke to Gleaner in March."', () => {
    const text = 'Maren Holt is a marine biologist at the Arctic Ocean Institute. She spoke to Gleaner in March about the sea ice.';
    const answers = candidates(text).filter((c) => c.sentence === 1).map((c) => c.answer);
    expect(answers).not.toContain('Gleaner');
    expect(answers).not.toContain('March');
    expect(candidates(text).some((c) => c.answer === 'Arctic Ocean Institute')).toBe(true);
  });
});

// Generator 1.13.1: everyday "called" and "calls" sentences name no term.
describe('calling is not always naming', () => {
  it('leaves news verbs and judgements alone, keeps textbook naming', () => {
    expect(termsOf('Angry neighbours quickly called police.')).toEqual([]);
    expect(termsOf('The opposition leader calls the plan a disaster.')).toEqual([]);
    expect(termsOf('Residents called the fire brigade at noon.')).toEqual([]);
    expect(termsOf('Plants lose water through tiny pores in their leaves called stomata.')).toEqual(['stomata']);
    expect(termsOf('Scientists who study plants call the total evapotranspiration.')).toEqual(['evapotranspiration']);
  });
});
