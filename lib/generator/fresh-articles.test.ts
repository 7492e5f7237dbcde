// Rules added with generator 1.21.24 (issue #3), from a teacher's reading of six articles written
// fresh for it (a council decision, a science finding, a Victorian sewer, a cup final, a bell
// foundry interview, a seabird island), none of them fixtures. Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { quoteCandidates } from './candidates/quote';
import { buildPools } from './distractors';
import { choicesFor, readingsOf, stemsFor } from './test-support';

describe('questions turned round', () => {
  it('reads "The two clubs last met …" as a count and its noun, not a verb ("does the two club last met")', () => {
    const text = 'Millbrook beat Harbour City 3-2 on Saturday. The two clubs last met in a final in 2013, when Millbrook won 2-0 in a replay.';
    const stems = stemsFor(text, '2013');
    expect(stems).toContain('In what year did the two clubs last meet in a final?');
    expect(stems.filter((s) => /two club\b/.test(s))).toEqual([]);
  });
});

describe('years offered as choices', () => {
  const text = [
    'Joseph Bazalgette was born in Enfield in 1819.',
    'An outbreak of cholera killed more than 600 people in Soho in 1854.',
    'The hot summer of 1858 brought the Great Stink to London.',
    'Work on the new sewers began in 1859 after Parliament passed a law.',
    'The first pumping station opened in 1865 on the Crossness marshes.',
    'A last outbreak struck the East End in 1866.',
    'Bazalgette was knighted in 1875 for his work.',
  ].join(' ');

  it('are the years nearest the answer, not the same three for every question', () => {
    const sets = ['1819', '1854', '1859', '1866', '1875'].map((y) => {
      const choices = choicesFor(text, y)[0] ?? [];
      expect(choices).toHaveLength(3);
      return new Set(choices);
    });
    // 1875 is offered beside 1866, its nearest, and 1819 beside 1854.
    expect(sets[4].has('1866')).toBe(true);
    expect(sets[0].has('1854')).toBe(true);
    // No year is offered as a wrong choice in all five questions.
    for (const y of ['1819', '1854', '1858', '1859', '1865', '1866', '1875']) expect(sets.every((s) => s.has(y))).toBe(false);
  });
});

describe('a body named by one word', () => {
  it('reads "Parliament" as a body, not a person offered beside "Joseph" and "John"', () => {
    const a = analyze('In the summer of 1858, London smelled so terrible that Parliament could barely work. Members of Parliament complained that they could not think.');
    expect([...a.entities.values()].find((e) => e.name === 'Parliament')?.kind).toBe('organization');
  });

  it('leaves a sentence\'s first word alone ("Railways soon took most of the trade")', () => {
    const a = analyze('The canal opened in 1820. Railways soon took most of the canal\'s trade.');
    expect([...a.entities.values()].filter((e) => e.name === 'Railways')).toEqual([]);
  });
});

describe('people offered as choices', () => {
  it('offers the other side\'s manager for a coach before the players', () => {
    const text =
      'Harbour City beat Millbrook Rovers 3-2 on Saturday. Striker Kofi Mensah scored twice for Millbrook. Winger Dara Okafor scored ' +
      'the winner for Harbour City. Defender Aaron Blake was sent off. Millbrook manager Graham Sutherland was gracious in defeat. ' +
      'Harbour City coach Marta Kowalczyk made three changes in the next ten minutes.';
    for (const choices of choicesFor(text, 'Marta Kowalczyk')) expect(choices).toContain('Graham Sutherland');
  });

  it('does not offer the person an interview is with for "My grandfather, _____"', () => {
    const text =
      'Niamh Gallagher, 58, runs a bell foundry in Ardmore. Gallagher took over the foundry in 1998. The apprentice Liam Byrne joined in 2010. ' +
      'The apprentice Tadhg Nolan joined in 2012. The apprentice Eoin Walsh joined in 2015. Gallagher pays them well.\n\n' +
      'Q: How did you start?\nA: My grandfather, Seamus Doyle, let me sweep the floor when I was six.';
    const sets = choicesFor(text, 'Seamus Doyle');
    expect(sets.length).toBeGreaterThan(0);
    for (const choices of sets) expect(choices).not.toContain('Niamh Gallagher');
  });
});

describe('an interview\'s answers and lists', () => {
  it('reads the word after "A:" as a sentence\'s first ("A: For the Kilcarra bell …" is no name "For the Kilcarra")', () => {
    const a = analyze('Last year the foundry cast a bell for the cathedral in Kilcarra.\n\nQ: How long does a bell take?\nA: For the Kilcarra bell it was about four months from the first drawing to the day it left the yard.');
    const names = [...a.entities.values()].map((e) => e.name);
    expect(names.filter((n) => /^For\b/.test(n))).toEqual([]);
    expect(names).toContain('Kilcarra');
  });

  it('does not end an appositive inside a list of possessives ("church bells, ship\'s bells and hand bells")', () => {
    const r = readingsOf("Niamh Gallagher, 58, runs Gallagher Bells, a small foundry on the edge of Ardmore that has cast church bells, ship's bells and hand bells since 1887.");
    expect(r.filter((x) => /Gallagher Bells ship's/.test(x))).toEqual([]);
  });
});

describe('a body\'s name with "and" in it', () => {
  it('reads "the Health and Safety Executive" whole, not "Health" and "Safety Executive"', () => {
    const a = analyze('Inspectors from the Health and Safety Executive found that harnesses were kept in a locked van.');
    const names = [...a.entities.values()].map((e) => `${e.kind}:${e.name}`);
    expect(names).toContain('organization:Health and Safety Executive');
  });
});

describe('fourth reading (a textbook, a fun run, the zip)', () => {
  it('keeps "Mount" capital in a question ("In what year did Mount Fuji last erupt?")', () => {
    const stems = stemsFor('Japan has many volcanoes. Mount Fuji last erupted in 1707, covering Edo in ash.', '1707');
    expect(stems).toContain('In what year did Mount Fuji last erupt?');
    expect(stemsFor('The council met on Monday. The Old Mill Bridge will close to traffic on 3 June.', '3 June').filter((s) => /The Old Mill/.test(s) && /^On what/.test(s))).toEqual([]);
  });

  it('does not give "Their leader" to the body a team came from', () => {
    const text = 'Among the most popular entrants was a team of 26 nurses from Hollybank Hospice. Their leader, senior nurse Angela Brooks, said the team had trained every Wednesday.';
    expect(stemsFor(text, 'Angela Brooks').filter((s) => /Hollybank/.test(s))).toEqual([]);
  });

  it('asks no "_____ is the best-known example."', () => {
    const text = 'Ridges form where plates move apart. The Mid-Atlantic Ridge is the best-known example. It runs for 16,000 kilometres.';
    expect(stemsFor(text, 'Mid-Atlantic Ridge').filter((s) => /example\.$/.test(s))).toEqual([]);
  });

  it('does not offer whom the stem\'s "she" means ("She beat last year\'s winner, _____")', () => {
    const text =
      'Margaret Okafor organised the run for the eighth year. Okafor said 2,300 people had entered. The men\'s race was won by David Pritchard, ' +
      'ahead of Ben Carver. Priya Chandran, a student at Keele University, ran it for the first time. Okafor started the race at 10am. ' +
      'The fastest time of the day belonged to Chandran, who crossed the line in 34 minutes. ' +
      'She beat last year\'s winner, local firefighter Tom Harland, by eleven seconds.';
    const sets = choicesFor(text, 'Tom Harland');
    expect(sets.length).toBeGreaterThan(0);
    for (const choices of sets) expect(choices).not.toContain('Priya Chandran');
  });

  it('reads "the First World War" as one name, not a person "World War"', () => {
    const a = analyze('During the First World War the army bought zips for flying suits.');
    const names = [...a.entities.values()].map((e) => `${e.kind}:${e.name}`);
    expect(names).toContain('term:First World War');
  });
});

describe('cuts from a court report and an obituary', () => {
  it('keeps the comma when a list goes on after a name ("her daughter, Ruth, her son, …")', () => {
    const r = readingsOf('She is survived by her daughter, Ruth, her son, Daniel, and five grandchildren.');
    expect(r).toContain('She is survived by her daughter, her son, Daniel, and five grandchildren.');
    expect(r.filter((x) => /daughter her son/.test(x))).toEqual([]);
  });

  it('leaves no second predicate without its subject ("Later completed a doctorate …", "Was ordered to …")', () => {
    const obit = readingsOf('She won a scholarship to the University of Edinburgh, where she studied zoology, and later completed a doctorate at the Marine Biological Association in Plymouth in 1966.');
    expect(obit.filter((x) => /^later\b/i.test(x))).toEqual([]);
    const court = readingsOf('He was fined £40,000 and given a nine-month prison sentence, suspended for two years, and was ordered to complete 200 hours of unpaid work.');
    expect(court.filter((x) => /^was\b/i.test(x))).toEqual([]);
  });
});

describe('who said it, reported', () => {
  it('asks "Who told the court that …?", never "Who told that …?"', () => {
    const a = analyze('Graham Pollard, the site director, gave evidence on Tuesday. Pollard told the court that he had trusted his supervisors to run the job. Liam Farrow said the firm would appeal. Rebecca Hale defended the firm.');
    const prompts = quoteCandidates(a, buildPools(a), 5).map((q) => q.prompt);
    expect(prompts).toContain('Who told the court that he had trusted his supervisors to run the job?');
    expect(prompts.filter((p) => /^Who told that/.test(p))).toEqual([]);
  });
});
