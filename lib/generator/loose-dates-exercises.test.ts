// Rules added with generator 1.16.0 (issue #3): a decade or a year used as a label ranks below
// the years events happened; a lone name after "on" ("on Sumatra") is a place; an exercise set
// for the reader ("Using the … case study, explain …") is no source of questions.
// Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { clozeCandidates } from './candidates/cloze';
import { trueFalseCandidates } from './candidates/true-false';
import { buildPools } from './distractors';
import { isExercisePrompt } from './exercises';
import { isLooseDate } from './loose-dates';

const mentions = (text: string): Array<[string, string]> => analyze(text).mentions.map((m) => [m.kind, m.text]);

/** The best cloze score of each answer. */
function bestScores(text: string): Map<string, number> {
  const a = analyze(text);
  const maxCount = Math.max(2, ...[...a.entities.values()].map((e) => e.count));
  const out = new Map<string, number>();
  for (const c of clozeCandidates(a, buildPools(a), maxCount)) out.set(c.answer, Math.max(out.get(c.answer) ?? -Infinity, c.score));
  return out;
}

describe('loose dates', () => {
  const dateIn = (text: string, year: string): boolean => {
    const a = analyze(text);
    const m = a.mentions.find((x) => x.kind === 'date' && x.text.startsWith(year));
    if (!m) throw new Error(`no date ${year}`);
    return isLooseDate(a.masked, m);
  };

  it('reads a decade and a year labelling a thing as loose', () => {
    expect(dateIn('The river was badly polluted by a tannery until the 1970s, the council said.', '1970')).toBe(true);
    expect(dateIn('He produced the 1996 recording of the cycle for a small label in Porto.', '1996')).toBe(true);
    expect(dateIn('Han played on a 1734 instrument made by Guarneri del Gesù, lent to her by a foundation.', '1734')).toBe(true);
    expect(dateIn('The city’s 2026 budget will be the new mayor’s first test.', '2026')).toBe(true);
  });

  it('leaves the years events happened', () => {
    expect(dateIn('In 1996 she recorded the cycle for a small label in Porto.', '1996')).toBe(false);
    expect(dateIn('The bridge, which was built in 1887, carries about 9,500 vehicles a day.', '1887')).toBe(false);
    expect(dateIn('The club won the title in 2006 and again in 2011.', '2006')).toBe(false);
    expect(dateIn('The 1998 and 2004 seasons ended in defeat in the final.', '1998')).toBe(false);
  });

  it('ranks a year used as a label below the same year told as when something happened', () => {
    const tail = ' The recording sold many copies and made her name across Europe.';
    const label = bestScores('Colm Brady produced the 1996 recording of her song cycle for a small label in Porto.' + tail).get('1996')!;
    const event = bestScores('Colm Brady produced a recording of her song cycle in 1996 for a small label in Porto.' + tail).get('1996')!;
    expect(label).toBeLessThan(event - 0.2);
  });
});

describe('a place after "on"', () => {
  it('reads a lone name after "on" as a place', () => {
    expect(mentions('Explosions were heard on Sumatra, more than 2,000 kilometres away.')).toContainEqual(['place', 'Sumatra']);
  });

  it('leaves weekdays, months, counts and first names alone', () => {
    const ms = mentions('The ferry sails on Monday. They spent the night on Eight Mile Island and relied on Anna.');
    expect(ms).not.toContainEqual(['place', 'Monday']);
    expect(ms).not.toContainEqual(['place', 'Anna']);
    expect(ms).not.toContainEqual(['place', 'Eight']);
  });
});

describe('exercises set for the reader', () => {
  it('recognizes study questions and instructions', () => {
    expect(isExercisePrompt('Using the Brannock case study, explain why groynes can cause problems further along the coast.')).toBe(true);
    expect(isExercisePrompt('Check your understanding: Explain why rain is fresh even though most evaporation takes place over the oceans.')).toBe(true);
    expect(isExercisePrompt('Why does a long fetch produce powerful waves?')).toBe(true);
    expect(isExercisePrompt('Describe two ways in which cover crops reduce nitrate loss.')).toBe(true);
  });

  it('leaves sentences that tell something', () => {
    expect(isExercisePrompt('Using drones, the team mapped the whole delta in a week.')).toBe(false);
    expect(isExercisePrompt('Aisha’s project asked a simple question: do the fountains in our schools contain microplastics?')).toBe(false);
    expect(isExercisePrompt('The project asked a simple question: do the fountains in our schools contain microplastics?')).toBe(false);
    expect(isExercisePrompt('Engineers describe the bridge as the finest in the county.')).toBe(false);
  });

  it('asks nothing from an exercise, blanked or stated', () => {
    const text =
      'In 1987 the council built eleven groynes at Brannock to trap sediment moving along the coast. The wider beach that built up ' +
      'now protects the cliffs, but it starved the beaches further south of sand.\n\n' +
      '2. Using the Brannock case study, explain why groynes can cause problems further along the coast.\n\n' +
      'Check your understanding: Explain why the beaches at Ostby began to erode faster after 1987.';
    const a = analyze(text);
    const pools = buildPools(a);
    const prompts = [...clozeCandidates(a, pools, 2), ...trueFalseCandidates(a, pools)].map((c) => c.prompt);
    expect(prompts.some((p) => /explain why/i.test(p))).toBe(false);
    expect(prompts.some((p) => /built eleven groynes/.test(p))).toBe(true);
  });
});
