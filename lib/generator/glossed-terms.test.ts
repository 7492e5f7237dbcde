// Rules added with generator 1.20.0 (issue #3): lower-case terms an article glosses as it goes
// ("caused by leachate, the dark liquid that …", "their own reeve, the official who …", "eleven
// groynes, wooden barriers running …", "polyps, which are small growths on …") become terms to
// ask, while a comma before a new clause, a judgement of a count, a list or an everyday word
// ("sales, a measure that …") does not; a possessive inside an award's or a museum's name
// ("Prize for Children's Fiction") is read through. Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { generate } from './index';
import { isEverydayWord } from './lexicon';

const glossOf = (text: string): Record<string, string> =>
  Object.fromEntries(analyze(text).descriptions.filter((d) => d.kind === 'term').map((d) => [d.term, d.description]));

describe('terms glossed in apposition', () => {
  it('reads a noun glossed by a class and a relative clause, after a verb or preposition', () => {
    expect(glossOf('The court heard that the pollution was caused by leachate, the dark, often toxic liquid that forms when rain seeps through rubbish.')).toEqual({
      leachate: 'the dark, often toxic liquid that forms when rain seeps through rubbish',
    });
    expect(glossOf('They could also choose their own reeve, the official who collected rents.')).toEqual({ reeve: 'the official who collected rents' });
    expect(glossOf('The main threat is chytridiomycosis, a disease caused by a fungus that attacks the skin.')).toEqual({
      chytridiomycosis: 'a disease caused by a fungus that attacks the skin',
    });
  });

  it('leaves out a verb or a count leading into the term, and keeps an unknown first word', () => {
    expect(Object.keys(glossOf('The team could measure melatonin, the hormone that tells the body it is time to sleep.'))).toEqual(['melatonin']);
    expect(glossOf('In 1987 the council built eleven groynes, wooden barriers running down the beach, to trap sand.')).toEqual({
      groynes: 'wooden barriers running down the beach',
    });
    expect(Object.keys(glossOf('In spring, males develop nuptial spines, tiny dark points of hard skin on the arms.'))).toEqual(['nuptial spines']);
  });

  it('reads "which is/are" with a class', () => {
    expect(glossOf('Bleeding can be a sign of polyps, which are small growths on the lining of the bowel.')).toEqual({
      polyps: 'small growths on the lining of the bowel',
    });
  });

  it('keeps a quoted word in the gloss, but no quotation left open', () => {
    expect(glossOf('She was a master of stride piano, a style developed in the 1920s in which the left hand "strides" back and forth.')).toEqual({
      'stride piano': 'a style developed in the 1920s in which the left hand "strides" back and forth',
    });
    expect(glossOf('She was a master of stride piano, a style developed in the 1920s in which the left hand "strides, leaps" back.')).toEqual({
      'stride piano': 'a style developed in the 1920s in which the left hand',
    });
  });

  it('tries a later comma when an earlier one glosses nothing', () => {
    expect(Object.keys(glossOf('You will be offered, in most cases, a colonoscopy, an examination in which a thin tube is used.'))).toEqual(['colonoscopy']);
  });

  it('is not fooled by a new clause, a judged count, a summing noun, a list, a verb or an everyday word', () => {
    for (const text of [
      'For more than a century, the lighthouse on Skarholm was run by one family.',
      'The record sold 400,000 copies, an unusual figure for classical music.',
      'The court ruled that the licences were sold to a foreign trawler company, a decision that returns the rights to four villages.',
      'The jury was told that three firefighters, a court heard that day, had acted bravely.',
      'Like-for-like sales, a measure that compares only shops open for both years, grew by 5 per cent.',
      'The town began as a ford, a mill and a cluster of timber houses.',
      'Each class spent six weeks on a single lantern, a pike with a jaw that opened and closed.',
      'The buses, cyclists and pedestrians approaching the junctions are counted.',
      'The ministry sold the licences to shellfish cooperatives, a decision that angered the villages.',
      'The survey counted 212 orchids, an astonishing tally for a single meadow.',
      'The inspectors found leachate, a report said that week.',
      'After weeks of drought, the reservoir at Kelby was almost empty.',
    ]) {
      expect(glossOf(text), text).toEqual({});
    }
  });

  it('asks the glossed term in a quiz', () => {
    const text = [
      'Greyfen Recycling was fined £1.2 million for polluting the River Tolley.',
      'The court heard that the pollution was caused by leachate, the dark, often toxic liquid that forms when rain seeps through buried rubbish.',
      'The leachate was supposed to be collected in a lined lagoon.',
    ].join(' ');
    expect(generate(text, { count: 5 }).questions.map((q) => q.answer.toLowerCase())).toContain('leachate');
  });
});

describe('everyday words', () => {
  it('knows words of everyday speech, plural or not, and not the words articles teach', () => {
    expect(['sales', 'road', 'countries', 'buses'].filter(isEverydayWord)).toEqual(['sales', 'road', 'countries', 'buses']);
    expect(['leachate', 'polyps', 'groynes', 'reeve', 'chytridiomycosis'].filter(isEverydayWord)).toEqual([]);
  });
});

describe('a possessive inside a name', () => {
  const names = (text: string): string[] => analyze(text).mentions.filter((m) => m.kind !== 'date').map((m) => m.text);

  it('is read through after a "for" or "of" that joins the name', () => {
    expect(names('She won the Wintermoor Prize for Children’s Fiction in 2024.')).toContain('Wintermoor Prize for Children’s Fiction');
    expect(names('She visited the Museum of Children’s Art in Oslo.')).toContain('Museum of Children’s Art');
  });

  it('still ends a name with no connector before it', () => {
    expect(names('The Board of Trade’s ruling stood, and Britain’s Prime Minister spoke.')).toContain('Board of Trade');
  });
});
