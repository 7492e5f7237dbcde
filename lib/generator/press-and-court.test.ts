// Rules added with generator 1.12.1 (issue #3), from press releases, profiles, explainers and court
// reports: a dateline and a release's boilerplate are no prose, a rank before a name is a title,
// a gendered title settles who "she said" is, a business in apposition is a company, the
// article's leading firm stands in as "the company", a time of hours and minutes is one answer,
// and a figure named once late in an article ranks below the figures of its lead.
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { clozeCandidates } from './candidates/cloze';
import { piece, reductions } from './candidates/reduce';
import { leadingFirm, standIns } from './candidates/stand-in';
import { blankDefects } from './checks';
import { buildPools } from './distractors';
import { generate } from './index';
import { maskDatelines } from './markup';

const readings = (text: string, i = 0): string[] => {
  const a = analyze(text);
  const s = a.sentences[i];
  return reductions(a, i).map((r) => piece(a, s.start, s.end, r).replace(/\s+/g, ' ').trim());
};
const entity = (text: string, name: string) => [...analyze(text).entities.values()].find((e) => e.name === name);

describe('press releases', () => {
  it('blanks a dateline opening a paragraph, keeping offsets', () => {
    const text = 'ORVIK, 2 March 2026 — Tallow Foods said it would open a plant.';
    const masked = maskDatelines(text);
    expect(masked.length).toBe(text.length);
    expect(masked.trim()).toBe('Tallow Foods said it would open a plant.');
    expect(maskDatelines('NEW YORK (Wire) — Stocks fell on Monday.').trim()).toBe('Stocks fell on Monday.');
  });

  it('leaves ordinary sentences with a dash alone', () => {
    for (const s of ['The plan — approved in May — costs £4 million.', 'Orvik — a port town — grew.', 'I — for one — agree.']) expect(maskDatelines(s)).toBe(s);
  });

  it('starts the first sentence after the dateline', () => {
    const a = analyze('ORVIK, 2 March 2026 — Tallow Foods will build a bakery in Orvik, creating 120 jobs.');
    expect(a.sentences[0].text.trim().startsWith('Tallow Foods')).toBe(true);
  });

  it('asks nothing of the "About …:" blurb or the media contact', () => {
    const text =
      'Tallow Foods will build a bakery in Orvik, creating 120 jobs. The bakery will open in May 2027, the company said.\n\n' +
      'About Tallow Foods: Tallow Foods was founded in 1987 in Brenholt and sells bread in 14 countries.\n\nMedia contact: press office, Tallow Foods.';
    const { questions } = generate(text, { count: 10 });
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) expect(q.source.sentence).not.toMatch(/About Tallow|1987|Media contact/);
  });

  it('takes a name in apposition to a business ("a maker of …") for a company', () => {
    expect(entity('Kessel Varm, a maker of boilers, said it would hire 40 people.', 'Kessel Varm')?.kind).toBe('organization');
  });

  it('stands in "the company" for the firm the article calls "the company"', () => {
    const text =
      'Kessel Varm, a maker of boilers, will build a plant in Orvik. Kessel Varm was founded in 1990. ' +
      'The company employs 300 people. Kessel Varm sold 9,000 boilers last year, and Orvik Council approved the plan.';
    const a = analyze(text);
    const key = [...a.entities.values()].find((e) => e.name === 'Kessel Varm')!.key;
    expect(leadingFirm(a)).toBe(key);
    expect(standIns(a, 0).map((s) => s.text)).toContain('The company');
  });

  it('has no leading firm when two are named as often', () => {
    const a = analyze('Kessel Varm met Orla Tech. Kessel Varm and Orla Tech agreed. Kessel Varm and Orla Tech signed. The company said so.');
    expect(leadingFirm(a)).toBeNull();
  });
});

describe('court reports and profiles', () => {
  it('peels a rank of two words ("Watch Manager") off a full name', () => {
    const a = analyze('One of them, Watch Manager Kerry Addo, spent two weeks in hospital. Ms Addo returned to work in October.');
    const m = a.mentions.find((x) => x.text === 'Kerry Addo');
    expect(m?.kind).toBe('person');
    expect(blankDefects('One of them, Watch Manager _____, spent two weeks in hospital.', 'person', 'Kerry Addo')).toEqual([]);
  });

  it('never gives "she said" to a man called Mr', () => {
    const text =
      'Sentencing, Judge Ruth Calloway said the failures had been serious. She told Mr Benn that only his plea had kept him out of prison.\n\n' +
      '"In this case, those basic things were simply never done by anyone," she said.';
    const a = analyze(text);
    const q = a.quotes.find((x) => x.words.startsWith('In this case'));
    expect(q?.speakerText).not.toBe('Benn');
  });

  it('asks "12 hours and 25 minutes" as one time', () => {
    const a = analyze('The water rises and falls in a cycle of roughly 12 hours and 25 minutes, the engineers said.');
    expect(a.mentions.filter((m) => m.kind === 'quantity').map((m) => m.text)).toEqual(['12 hours and 25 minutes']);
  });
});

describe('dense sentences', () => {
  it('reads a sentence without its leading "From …," or "Since …," date', () => {
    // The stem is capitalized when it is built; a reading keeps the sentence's own case.
    expect(readings('From 1 April 2027, drivers entering the centre of Holby will pay a charge of £6.')).toContain('drivers entering the centre of Holby will pay a charge of £6.');
    expect(readings('Since 2021, six turbines in the Skarra Sound have produced power for 7,000 homes.')).toContain('six turbines in the Skarra Sound have produced power for 7,000 homes.');
  });

  it('drops an age set off after a name with the name ("director, Graham Pell, 54, received")', () => {
    const r = readings('Its managing director, Graham Pell, 54, received a suspended sentence of eight months in Leicester.');
    expect(r).toContain('Its managing director received a suspended sentence of eight months in Leicester.');
    expect(r.some((x) => /director 54/.test(x))).toBe(false);
  });

  it('takes a name in apposition to a public body for an organization', () => {
    expect(entity('The scheme will be run by Harrow Transit, the council\'s transport body, from May.', 'Harrow Transit')?.kind).toBe('organization');
  });
});

describe('late details', () => {
  const lead = 'The council approved a £40 million tram line to Eastfield on Monday. ';
  const filler = ['The line will be 12 kilometres long.', 'Work starts in June 2027.', 'The mayor, Ann Roe, welcomed the vote.', 'The line will carry 9,000 passengers a day.', 'Trams will run from Harbour Street.', 'Councillors debated for a day.', 'Ann Roe said the city needed it.'];
  const tail = 'Traffic is expected to fall by 15 per cent.';
  const score = (text: string, answer: string): number => {
    const a = analyze(text);
    return Math.max(...clozeCandidates(a, buildPools(a), 5).filter((c) => c.answer === answer).map((c) => c.score));
  };

  it('ranks a figure named once at the end of an article below the same sentence early on, beyond salience', () => {
    const earlyText = lead + tail + ' ' + filler.join(' ');
    const lateText = lead + filler.join(' ') + ' ' + tail;
    const sal = (text: string, i: number): number => analyze(text).salience[i];
    const gap = score(earlyText, '15 per cent') - score(lateText, '15 per cent') - (sal(earlyText, 1) - sal(lateText, filler.length + 1));
    expect(gap).toBeCloseTo(0.4, 2);
  });

  it('spares a date at the end (a deadline or target)', () => {
    const earlyText = lead + 'The review is due in October 2028. ' + filler.join(' ');
    const lateText = lead + filler.join(' ') + ' The review is due in October 2028.';
    const sal = (text: string, i: number): number => analyze(text).salience[i];
    const gap = score(earlyText, 'October 2028') - score(lateText, 'October 2028') - (sal(earlyText, 1) - sal(lateText, filler.length + 1));
    expect(gap).toBeCloseTo(0, 2);
  });

  it('spares a short text, where there is no lead and aftermath', () => {
    const short = 'The council approved a tram line on Monday. Traffic is expected to fall by 15 per cent.';
    const a = analyze(short);
    expect(a.sentences.length).toBeLessThan(8);
    expect(score(short, '15 per cent')).toBeGreaterThan(0);
  });
});
