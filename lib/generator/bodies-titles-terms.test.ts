// Rules added with generator 1.15.0 for recall on articles the rules were not tuned on (issue #3):
// a body named alone in its article can be asked by choice (invented names of its pattern), titles
// of works are asked (however long), glossary entries and colon glosses are terms, a rate keeps
// what it is per, and a few names are read as the right kind. Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import type { Candidate } from './candidates/candidate';
import { clozeCandidates, namesWork } from './candidates/cloze';
import { genderOf } from './candidates/generic';
import { checkQuestion } from './checks';
import { buildPools } from './distractors';
import { generate } from './index';
import { inventedBodies, isOneWordSwap } from './invented-bodies';
import { markTypedOnly } from './rank';

const mentions = (text: string): Array<[string, string]> => analyze(text).mentions.map((m) => [m.kind, m.text]);
const terms = (text: string): string[] => analyze(text).descriptions.filter((d) => d.kind === 'term').map((d) => d.term);
const candidates = (text: string): Candidate[] => {
  const a = analyze(text);
  return clozeCandidates(a, buildPools(a), 5);
};

describe('invented bodies of the answer’s pattern', () => {
  it('swaps the place, field, people or compass point a body is told apart by', () => {
    expect(inventedBodies('University of Bergen', [])).toContain('University of Oslo');
    expect(inventedBodies('Department for Transport', [])).toContain('Department for Education');
    expect(inventedBodies('Northern Society of Engineers', [])).toContain('Southern Society of Engineers');
    expect(inventedBodies('Norwegian Polar Institute', []).length).toBeGreaterThanOrEqual(3);
    expect(inventedBodies('Royal Society', [])).toContain('Royal Academy');
    // A body named by a town no list knows takes the article's other towns.
    expect(inventedBodies('Westbrook Crown Court', ['Ashby', 'Kelby', 'Dunmore'])).toEqual(expect.arrayContaining(['Ashby Crown Court', 'Kelby Crown Court']));
  });

  it('invents nothing for a name with no word of a body, nor a society of no standing', () => {
    expect(inventedBodies('Harrow & Finch', [])).toEqual([]);
    expect(inventedBodies('Kestrel Insight', [])).toEqual([]);
    expect(inventedBodies('Pellow Society', [])).toEqual([]);
  });

  it('makes a lone body a multiple-choice question with no defect', () => {
    const text =
      'A team from the University of Bergen mapped a field of vents on the ridge in 2019. The vents lie 2,500 metres down. ' +
      'The team found shrimp, snails and bacteria living around the vents. The water there reaches 300 degrees.';
    const qs = generate(text, { count: 6, types: ['multiple_choice'] }).questions;
    const q = qs.find((x) => x.answer === 'University of Bergen');
    expect(q?.choices.every((c) => /^University of \p{Lu}/u.test(c))).toBe(true);
    expect(checkQuestion(q!, text)).toEqual([]);
  });

  it('takes towns, not countries, for a body named by its town; and ranks its typed question first', () => {
    const text =
      'Engineers are scarce in Britain, and Britain trains too few. Kestrel Thermal will train its workers at Dunmore College from next year. ' +
      'The firm already has sites in Ashby and Kelby, and a depot in Tarrow.';
    const a = analyze(text);
    const cs = clozeCandidates(a, buildPools(a), 5).filter((c) => c.answer === 'Dunmore College');
    const mc = cs.find((c) => c.type === 'multiple_choice');
    expect(mc?.choices).not.toContain('Britain College');
    expect(mc?.choices).toEqual(expect.arrayContaining(['Ashby College', 'Kelby College']));
    const sa = cs.find((c) => c.type === 'short_answer' && c.prompt === mc?.prompt);
    expect(sa!.score).toBeGreaterThan(mc!.score);
  });

  it('offers natural places read as unclassified names beside a lake, and for one another', () => {
    const text =
      'The river rises in the Kessel Mountains. Below the town it cuts through the narrow Dravec Gorge. It enters the sea at the Gulf of Tamir. ' +
      'The Kessel Dam, completed in 1974, holds back Lake Orlan, the largest reservoir in the country.';
    const mc = candidates(text).find((c) => c.answer === 'Lake Orlan' && c.type === 'multiple_choice');
    expect(mc?.choices).toEqual(expect.arrayContaining(['Dravec Gorge', 'Gulf of Tamir']));
    const gorge = candidates(text).find((c) => c.answer === 'Dravec Gorge' && c.type === 'multiple_choice');
    expect(gorge?.choices).toEqual(expect.arrayContaining(['Kessel Mountains', 'Lake Orlan']));
  });

  it('counts one word swapped as no overlap with the answer', () => {
    expect(isOneWordSwap('University of Oslo', 'University of Bergen')).toBe(true);
    expect(isOneWordSwap('Bergen', 'University of Bergen')).toBe(false);
    expect(isOneWordSwap('University of Bergen', 'University of Bergenfield')).toBe(false);
  });

  it('leaves a body with invented choices its typed-only relief', () => {
    const base: Omit<Candidate, 'id' | 'type'> = { kind: 'organization', prompt: 'p', choices: [], answer: 'X', explanation: '', difficulty: 0.5, source: { sentence: '', start: 0, end: 0 }, score: 1, factKey: 'x', sentence: 0, giveaway: [] };
    const mc: Candidate = { ...base, id: 'a', type: 'multiple_choice', hasInventedChoices: true };
    const sa: Candidate = { ...base, id: 'b', type: 'short_answer' };
    markTypedOnly([mc, sa]);
    expect(sa.typedOnly).toBe(true);
  });
});

describe('titles of works', () => {
  it('knows the words that name a work’s kind before its title', () => {
    expect(namesWork('She is best known for the song cycle "')).toBe(true);
    expect(namesWork('An opera, "')).toBe(true);
    expect(namesWork('The book, ')).toBe(true);
    expect(namesWork('Solberg’s first novel, ')).toBe(true);
    expect(namesWork('He said that "')).toBe(false);
  });

  it('reads a name in apposition to a kind of work as a title', () => {
    expect(mentions("Solberg's first novel, The Salt Rooms, won a prize for debut fiction in 2021.")).toContainEqual(['term', 'The Salt Rooms']);
  });

  it('asks a long title set off by emphasis, typed whole', () => {
    const text =
      'The naturalist Konrad Zeller sailed with the expedition in 1876. His account of the voyage, *Among the Northern Ice*, was published in German in 1880. ' +
      'It was read closely by later explorers of the Arctic.';
    expect(candidates(text).some((c) => c.type === 'short_answer' && c.answer === 'Among the Northern Ice')).toBe(true);
  });

  it('ranks a quoted title named after its kind above the same title bare', () => {
    const score = (text: string): number => Math.max(...candidates(text).filter((c) => c.answer === 'Atlantic Lantern').map((c) => c.score));
    const named = 'Her second large work, the cello concerto "Atlantic Lantern", was premiered in Bergen in 2008 by the city orchestra.';
    const bare = 'Her second large work, "Atlantic Lantern", was premiered in Bergen in 2008 by the city orchestra.';
    expect(score(named)).toBeGreaterThan(score(bare));
  });
});

describe('terms glossed after a colon', () => {
  it('reads a glossary entry opening a list item', () => {
    const text = 'Waves wear away the coast in four main ways:\n\n- **Hydraulic action**: breaking waves force water and air into cracks in the cliff.\n- **Abrasion**: waves hurl sand and pebbles against the cliff.';
    expect(terms(text)).toEqual(expect.arrayContaining(['Hydraulic action', 'Abrasion']));
  });

  it('reads a term glossed after a colon in a sentence', () => {
    expect(terms('The result is a spit: a long, narrow ridge of sand joined to the land at one end.')).toContain('spit');
    expect(terms('Today many planners prefer managed retreat: letting some land erode naturally.')).toContain('managed retreat');
  });

  it('reads no term from a judgement, a label or a phrase led by a preposition', () => {
    expect(terms('This is a common problem: defending one stretch of coast moves erosion elsewhere.')).toEqual([]);
    expect(terms('The festival was a huge success: the crowds came back every night of the week.')).toEqual([]);
    expect(terms('The pumps failed twice. That was the problem: the pumps had not been checked in years.')).toEqual([]);
    expect(terms('Note: the figures below are for the year to March and were revised.')).toEqual([]);
    expect(terms('On most rocky coasts abrasion is the most effective process of all.')).toEqual([]);
  });
});

describe('names read as the right kind', () => {
  it('reads a name after a calling in -ist or -ian as a person', () => {
    expect(mentions('She moved to Vienna to study with the Austrian cellist Friederike Haller, who was strict.')).toContainEqual(['person', 'Friederike Haller']);
  });

  it('reads a sea after a given name as a place', () => {
    expect(mentions('In late July the ships entered the Kara Sea through a narrow channel.')).toContainEqual(['place', 'Kara Sea']);
  });

  it('reads a name with its dates of birth as a person', () => {
    expect(mentions('Inês Valadares (born 22 May 1963) is a cellist and composer.')).toContainEqual(['person', 'Inês Valadares']);
  });

  it('reads an award "for" a capitalized field as one name', () => {
    expect(mentions('In 2010 the concerto won the Halvard Prize for Composition, awarded every two years.').map(([, t]) => t)).toContain('Halvard Prize for Composition');
  });

  it('reads a conservatoire as a body', () => {
    expect(mentions('Since 2012 she has taught cello at the Northbridge Conservatoire, where she founded a summer school.')).toContainEqual(['organization', 'Northbridge Conservatoire']);
  });

  it('reads a river glossed as a tributary as a place', () => {
    expect(mentions('The Sela joins it at Pelsk; the Marn, the longest tributary at 410 kilometres, enters from the east.')).toContainEqual(['place', 'Marn']);
  });

  it('does not take a pronoun before a name in its sentence as that person’s', () => {
    const a = analyze('Inês Valadares grew up by the sea. She began cello lessons at nine with Aurélio Bastos, a retired player. Lessons were held on Saturdays in the old hall.');
    const key = a.mentions.find((m) => m.text === 'Aurélio Bastos')!.key;
    expect(genderOf(a)(key)).not.toBe('f');
  });
});

describe('rates', () => {
  it('keeps what an amount is per, for a unit of measure', () => {
    const ms = mentions('Water from the fields averaged 21 milligrams of nitrate, against a legal limit of 50 milligrams per litre. Sowing costs £85 per hectare.');
    expect(ms).toContainEqual(['quantity', '50 milligrams per litre']);
    expect(ms).toContainEqual(['quantity', '£85 per hectare']);
  });

  it('leaves a price per person as the price, and reads nautical miles whole', () => {
    expect(mentions('A night on the barge costs £95 per person, including meals.')).toContainEqual(['quantity', '£95']);
    expect(mentions('The ships had sailed about 3,200 nautical miles by then.')).toContainEqual(['quantity', '3,200 nautical miles']);
  });
});

describe('stems and choices that read right (1.15.1)', () => {
  const stemsFor = (text: string, answer: string): string[] => candidates(text).filter((c) => c.answer === answer).map((c) => c.prompt);

  it('keeps the comma before a second appositive when the first is cut', () => {
    const text = 'Valadares was born in Aveiro, a coastal city in central Portugal, the youngest of three children of a fisherman. She moved to Lisbon in 1975 and to Vienna in 1981.';
    expect(stemsFor(text, 'Aveiro')).toContain('Valadares was born in _____, the youngest of three children of a fisherman.');
    expect(stemsFor(text, 'Aveiro').some((p) => p.includes('_____ the youngest'))).toBe(false);
  });

  it('keeps the comma before a relative clause when an appositive is cut', () => {
    const text = 'The museum bought the painting from the Pellow Society, a charity based in Truro, which had owned it since 1911. The sale was agreed in March.';
    expect(stemsFor(text, 'Pellow Society')).toContain('The museum bought the painting from the _____, which had owned it since 1911.');
  });

  it('keeps the comma before a relative clause when a participle phrase is cut', () => {
    const text = 'Wrenfield set out his methods in the book On the Construction of Iron Bridges, published in 1864, which remained a standard textbook for decades.';
    const stems = stemsFor(text, 'On the Construction of Iron Bridges');
    expect(stems).toContain('Wrenfield set out his methods in the book _____, which remained a standard textbook for decades.');
    expect(stems.some((p) => p.includes('_____ which'))).toBe(false);
  });

  it('closes the space emphasis leaves before a comma', () => {
    const text = 'The second ship, the steam schooner *Halcyon*, was commanded by William Hartree, a former lieutenant. The *Halcyon* carried 19 men.';
    expect(stemsFor(text, 'Halcyon').some((p) => p.includes('schooner _____, was'))).toBe(true);
    expect(stemsFor(text, 'Halcyon').some((p) => p.includes('_____ ,'))).toBe(false);
  });

  it('offers no continent as a wrong town', () => {
    const text =
      'Valadares was born in Aveiro in 1963. She studied in Porto and later in Lisbon, then toured Europe and North America with a string quartet. ' +
      'She has taught in Porto since 2012, and her works are played across Europe.';
    const mc = candidates(text).find((c) => c.answer === 'Aveiro' && c.type === 'multiple_choice');
    expect(mc?.choices ?? []).not.toContain('Europe');
    expect(mc?.choices ?? []).not.toContain('North America');
  });

  it('reads a name opened by whom it is for whole', () => {
    const ms = mentions("They lost the Women's League Cup final at Marlowe Road last March. Few women's teams had entered.").map(([, t]) => t);
    expect(ms).toContain("Women's League Cup");
    expect(ms).not.toContain('League Cup');
  });

  it('lowers a plural of doers opening the clause a question inverts', () => {
    const prompts = candidates('Organisers counted 164 entries from 27 schools across the county. The fair was held in Bramley on Saturday.').map((c) => c.prompt);
    expect(prompts.some((p) => p.startsWith('How many entries did organisers count'))).toBe(true);
    expect(prompts.some((p) => p.includes('did Organisers'))).toBe(false);
  });

  it('ranks either end of a range written with "to" below a figure of its own', () => {
    const score = (text: string, answer: string): number => Math.max(...candidates(text).filter((c) => c.answer === answer).map((c) => c.score));
    const ranged = score('Destructive waves break often, about 11 to 15 times a minute, and pull sand back out to sea.', '15 times');
    const alone = score('Destructive waves break often, about 15 times a minute, and pull sand back out to sea.', '15 times');
    expect(ranged).toBeLessThan(alone);
  });

  it('reads no name in "Portuguese-speaking"', () => {
    expect(mentions('She founded a summer school for young string players from Portuguese-speaking countries.').map(([, t]) => t)).not.toContain('Portuguese-speaking');
  });
});
