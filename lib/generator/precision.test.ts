// Rules added with generator 1.14.0 for precision on articles the rules were not tuned on
// (issue #3): the top questions of fresh articles held facts a teacher would not pick: the
// article's own subject blanked, fragments of longer names ("Henry De", "Harrow", "Weir"),
// words read as names ("Saturday of February", "Members of …"), a person met once in the
// closing lines, while glossed terms ("an ichthyosaur, a marine reptile") went unasked.
// Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { clozeCandidates, lateDetailCost } from './candidates/cloze';
import { trueFalseCandidates } from './candidates/true-false';
import { buildPools } from './distractors';
import { generate } from './index';
import { regionalPlaces } from './regions';
import { articleTopic } from './topic';

const mentions = (text: string): Array<[string, string]> => analyze(text).mentions.map((m) => [m.kind, m.text]);
const terms = (text: string): string[] => analyze(text).descriptions.filter((d) => d.kind === 'term').map((d) => d.term);

const pangolin =
  'The pangolin is a mammal covered from head to tail in hard, overlapping scales. The scales of a pangolin are made of keratin, ' +
  'the same protein that forms human hair.\n\n' +
  'Pangolins make up their own order of mammals, called Pholidota. The pangolin feeds almost entirely on ants and termites, ' +
  'and a single adult may eat around 70 million insects in a year.\n\n' +
  'In 2016, at a meeting in Johannesburg, governments agreed to ban the trade in pangolins. The pangolin is now the most ' +
  'trafficked mammal in the world, and more than a million were taken from the wild before 2014.';

describe('the article’s own subject', () => {
  it('is not blanked in an article that opens by defining it', () => {
    const a = analyze(pangolin);
    expect(a.entities.get(articleTopic(a) ?? '')?.name).toBe('pangolin');
    const qs = generate(pangolin, { count: 20 }).questions;
    expect(qs.filter((q) => q.type !== 'true_false').map((q) => q.answer.toLowerCase())).not.toContain('pangolin');
    expect(qs.map((q) => q.answer)).toContain('Pholidota');
  });

  it('is not swapped out of a true/false statement', () => {
    // 1.21.8: "The Endeavour River is the largest coral reef system on Earth." is false on its face.
    const reef = 'The Great Barrier Reef is the largest coral reef system on Earth. It lies in the Coral Sea off Queensland. In 1770 Cook beached his ship at the mouth of the Endeavour River. The future of the Great Barrier Reef depends on how quickly the world cuts emissions.';
    const a = analyze(reef);
    const swapped = trueFalseCandidates(a, buildPools(a)).filter((c) => c.answer === 'false').map((c) => c.prompt);
    expect(swapped.filter((p) => !p.includes('Great Barrier Reef') && /largest coral reef system|future of the/.test(p))).toEqual([]);
  });

  it('finds the subject of an entry on a place or a work, past an aside', () => {
    const canal = analyze('The Halvorsen Canal, which links the port of Elsby to the city of Torvik, was one of the great projects of its age. It took nine years to dig.');
    expect(canal.entities.get(articleTopic(canal) ?? '')?.name).toBe('Halvorsen Canal');
    expect(articleTopic(analyze('The Varna is a river in Estravia. It is the country’s longest river.'))).toBe('varna');
    // 1.21.8: a superlative says what a thing is as well as a class does.
    expect(articleTopic(analyze('The Great Barrier Reef is the largest coral reef system on Earth. It lies in the Coral Sea.'))).toBe('great barrier reef');
  });

  it('leaves a person, and a news lead, askable', () => {
    expect(articleTopic(analyze('Maren Holt is a marine biologist at the Arctic Ocean Institute in Bodø. She studies sea ice.'))).toBeNull();
    expect(articleTopic(analyze('Corrin Bakeries will open a second plant in Dunmore next year and hire 180 workers.'))).toBeNull();
    expect(articleTopic(analyze('Kestrel Thermal is a maker of domestic heat pumps based in Dunmore. It employs 300 people.'))).toBeNull();
    expect(articleTopic(analyze('The Westbrook Wolves are the first team to win the league three times in a row.'))).toBeNull();
  });
});

describe('names read whole', () => {
  it('joins a firm’s name across an ampersand', () => {
    expect(mentions('Published this month by Harrow & Finch (368 pages), it is a patient book.')).toContainEqual(['organization', 'Harrow & Finch']);
  });

  it('keeps a surname’s particles on a person’s name, but not "of" and an employer', () => {
    expect(mentions('The following year Henry De la Beche, president of the society, paid tribute to her.')).toContainEqual(['person', 'Henry De la Beche']);
    expect(mentions('He admired Ludwig van Beethoven above all.')).toContainEqual(['person', 'Ludwig van Beethoven']);
    expect(mentions('Daniel Osei of Harbourne Civil Engineering said it was fine.')).toContainEqual(['person', 'Daniel Osei']);
  });

  it('asks a body and the fund it owns apart', () => {
    const ms = mentions('The clean-up was paid for by a grant from Marsford Borough Council’s Green Spaces Fund.');
    expect(ms).toContainEqual(['organization', 'Marsford Borough Council']);
    expect(ms.map(([, t]) => t)).toContain('Green Spaces Fund');
    // One owner's word and a service are still one name.
    expect(mentions('RFE/RL’s Armenian Service reported the talks.')).toContainEqual(['organization', 'RFE/RL’s Armenian Service']);
  });

  it('reads "Members of" opening a sentence as no part of a club’s name', () => {
    expect(mentions('Members of Marsford Canoe Club provided safety boats on the deeper stretches.')).toContainEqual(['organization', 'Marsford Canoe Club']);
  });

  it('reads a weekday of a month as no name', () => {
    expect(mentions('World Pangolin Day, held on the third Saturday of February, draws attention to them.').map(([, t]) => t)).not.toContain('Saturday of February');
  });

  it('reads a weir named for its owner as one place', () => {
    expect(mentions('They cleared the river downstream as far as Hatchett’s Weir.')).toContainEqual(['place', 'Hatchett’s Weir']);
  });

  it('keeps a capitalized "The" inside a sentence as the title’s first word', () => {
    expect(mentions('Raffles later included accounts of the disaster in his book The History of Java, published in 1817.').map(([, t]) => t)).toContain('The History of Java');
    expect(mentions('She moved to The Hague in 2001.')).toContainEqual(['place', 'The Hague']);
    // Opening a sentence, "The" may be the article of any name.
    expect(mentions('The Harwick Trust gave £2.3 million to the project.').map(([, t]) => t)).toContain('Harwick Trust');
  });
});

describe('terms a sentence glosses', () => {
  it('reads a word glossed in apposition as a term', () => {
    const text = 'The animal was an ichthyosaur, a marine reptile with a body shaped like a dolphin’s. The scales are made of keratin, the same protein that forms hair.';
    expect(terms(text)).toEqual(expect.arrayContaining(['ichthyosaur', 'keratin']));
    expect(analyze(text).descriptions.find((d) => d.term === 'ichthyosaur')?.description).toBe('a marine reptile with a body shaped like a dolphin’s');
    expect(analyze(text).descriptions.find((d) => d.term === 'keratin')?.description).toBe('the same protein that forms hair');
  });

  it('reads "a huge crater, or caldera," as a term', () => {
    expect(terms('Where the summit had been, there was now a huge crater, or caldera, about six kilometres wide.')).toContain('caldera');
  });

  it('reads "a single baby, called a joey," as a term, the comma letting "called" take an article', () => {
    expect(terms('A female gives birth to a single baby, called a joey, once a year.')).toContain('joey');
    expect(terms('The mayor called a meeting of the council.')).toEqual([]);
  });

  it('reads a nickname given in quotation marks as a term, its small words and all', () => {
    expect(terms('It is the only mammal with scales, which has earned it the nickname "scaly anteater".')).toContain('scaly anteater');
    expect(terms('Farmers nicknamed the year "Eighteen Hundred and Froze to Death".')).toContain('Eighteen Hundred and Froze to Death');
  });

  it('takes "The animal was an …" for a thing told of, not a term defined', () => {
    expect(terms('The animal was an ichthyosaur, a marine reptile with a long body.')).not.toContain('animal');
    expect(terms('The pangolin is a mammal covered in scales.')).toContain('pangolin');
  });
});

describe('a person met once near the end', () => {
  const body =
    'Aisha Rahman won first prize at the regional science fair on Saturday. Her project tested school water fountains. ' +
    'She collected 40 samples from four schools. The judges praised her method. The fair drew 164 entries. ' +
    'The event was sponsored by the University of Northmoor. Aisha Rahman will now go to the national final. ' +
    'Our thanks go to Mrs Gill Harper, who ran the science club.';

  it('counts as a detail, as a figure or a place named once there does', () => {
    const a = analyze(body);
    const at = (text: string) => a.mentions.find((m) => m.text === text)!;
    expect(lateDetailCost(a, at('Gill Harper'), 1)).toBeGreaterThan(0.3);
    // Named early, or named again, a person is no detail.
    expect(lateDetailCost(a, at('Aisha Rahman'), 1)).toBe(0);
    expect(lateDetailCost(a, at('Gill Harper'), 2)).toBe(0);
  });
});

describe('fallback places of the answer’s own kind', () => {
  const body =
    'The surgeon trained in London before moving to the coast. She said the work was hard but rewarding for everyone involved in it.\n\n' +
    'Later she spent a year in Paris, where she learned a new technique for repairing valves.\n\n' +
    'She was born in Germany and studied in Boston for two years before returning home.';
  const choicesFor = (answer: string): string[] =>
    generate(body, { count: 10, types: ['multiple_choice'] }).questions.find((q) => q.answer === answer)?.choices ?? [];

  it('offers a city of the answer’s own region when the article runs short', () => {
    expect(regionalPlaces('London', 'City')).toContain('Manchester');
    const boston = choicesFor('Boston');
    expect(boston.filter((c) => !['Boston', 'London', 'Paris'].includes(c)).every((c) => regionalPlaces('Boston', 'City').includes(c))).toBe(true);
  });

  it('offers a city before a country the article names', () => {
    expect(choicesFor('Paris')).not.toContain('Germany');
  });
});

describe('a relative named by a family word', () => {
  const best = (text: string, answer: string): number => {
    const a = analyze(text);
    const pools = buildPools(a);
    return Math.max(...clozeCandidates(a, pools, 2).filter((c) => c.answer === answer).map((c) => c.score));
  };

  it('is not introduced by a role, as a keeper or a coach is', () => {
    const wife = best('The first keeper, Anders Brandvik, arrived on the island in 1868 with his wife Marta Olsen and four children.', 'Marta Olsen');
    const deputy = best('The first keeper, Anders Brandvik, arrived on the island in 1868 with his deputy Marta Olsen and four children.', 'Marta Olsen');
    expect(deputy - wife).toBeCloseTo(0.15, 5);
  });
});

describe('a hedged figure', () => {
  const best = (text: string, answer: string): number => {
    const a = analyze(text);
    return Math.max(...clozeCandidates(a, buildPools(a), 2).filter((c) => c.answer === answer).map((c) => c.score));
  };

  it('ranks below the same figure stated exactly', () => {
    const hedged = best('The charity said that about 214 volunteers signed in at the bridge on Saturday.', '214 volunteers');
    const exact = best('The charity said that all 214 volunteers signed in at the bridge on Saturday.', '214 volunteers');
    expect(exact - hedged).toBeCloseTo(0.08, 5);
  });
});
