// Generator 1.21.7 (issue #3), from reading the tuning quizzes: "see your _____" asked for "GP"
// as an organization (and "MP", "CEO" were read as people, "DNA" as a body); a test's short form
// ("usually shortened to FIT") was a body too, so a true/false swap put a body's name in its place
// ("usually shortened to Marrach Health Board"; terms are not swapped); an italic picture caption ("*Quarrymen at the
// slate workings, photographed around 1905. Courtesy of …*") was asked. Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { generate } from './index';
import { findProseLines } from './lines';
import { kindOf } from './test-support';

const names = (text: string): string[] => [...analyze(text).entities.values()].map((e) => e.name);

describe('abbreviations', () => {
  it('reads no common noun written short as a name', () => {
    const found = names('Everyone registered with a GP in Marrach County will be sent a kit. Her MP, a former CEO, has a PhD in DNA repair. The NHS and the BBC reported it.');
    expect(found).toEqual(expect.arrayContaining(['NHS', 'BBC', 'Marrach County']));
    for (const short of ['GP', 'MP', 'CEO', 'PhD', 'DNA']) expect(found).not.toContain(short);
  });

  it('reads the short form of a lower-case phrase as a term, and a body\'s as a body', () => {
    const text = 'The kit contains a faecal immunochemical test, usually shortened to FIT. The programme is run by the Marrach Health Board (MHB). FIT results arrive by post.';
    expect(kindOf(text, 'FIT')).toBe('term');
    expect(kindOf(text, 'MHB')).toBe('organization');
  });
});

describe('numbered works', () => {
  // 1.21.23, from a teacher's reading: "… the Sarabande from Bach's _____. 2." asked for "Partita No".
  it('keeps "No. 2" with the work it numbers, so the blank takes the whole name', () => {
    const text = "For an encore she played the Sarabande from Bach's Partita No. 2. The hall rose. Then came his Symphony No. 5 in a new edition.";
    expect(names(text)).toEqual(expect.arrayContaining(['Partita No. 2', 'Symphony No. 5']));
    const stems = generate(text, { count: 10 }).questions.map((q) => q.prompt);
    for (const stem of stems) expect(stem).not.toMatch(/_____\. \d/);
  });
});

describe('captions', () => {
  it('asks nothing of a paragraph in emphasis that credits a picture', () => {
    const text = [
      'On 14 March 1908 water from a flooded working broke into the Penhallow slate quarry, and eleven men drowned.',
      '*Quarrymen at the Penhallow slate workings, photographed around 1905. Courtesy of the Vellanoweth Heritage Society.*',
      'The inquiry opened on 4 May 1908 in Truro and blamed the company for ignoring the warnings of its foremen.',
    ].join('\n\n');
    const questions = generate(text, { count: 10 }).questions;
    expect(questions.length).toBeGreaterThan(0);
    expect(questions.filter((q) => q.source.sentence.includes('photographed'))).toEqual([]);
  });
});

// Added with generator 1.21.22: a caption that says what someone is seen doing, with no credit.
describe('captions of what a picture shows', () => {
  it('leaves out one sentence in emphasis telling what someone is seen doing, not an interview\'s opening lines', () => {
    const body =
      'Ffion Cadwaladr-Osei has kept bees in the hills above Llanveddw for 22 years.\n\n*Ffion Cadwaladr-Osei inspects a frame at her apiary near Llanveddw.*\n\n' +
      '*Tomas Lindgren grows apples and pears on 38 hectares near Kivik. He chairs the growers\' association.*\n\nLast winter she lost 31 of her 40 colonies to the varroa mite.';
    const prompts = generate(body, { count: 20 }).questions.map((q) => q.prompt);
    expect(prompts.filter((p) => /inspects a frame/.test(p))).toEqual([]);
    expect(prompts.some((p) => /grows apples|Kivik|chairs/.test(p))).toBe(true);
    // A standfirst in emphasis with a figure and no person's full name is news, not a caption.
    const standfirst = '*The council cuts funding for rural buses by 20% from April, officials in Carnby said.*\n\nThe Carnby route carries 400 riders a day.';
    expect(findProseLines(standfirst, standfirst)).toHaveLength(2);
    const unnamed = '*The council cuts funding for rural buses from April, officials in Carnby said.*\n\nThe Carnby route carries 400 riders a day.';
    expect(findProseLines(unnamed, unnamed)).toHaveLength(2);
  });
});
