// Rules added with generator 1.21.25 (issue #3): a news lead packs the article's main facts (who
// won, whom they beat, where, before how many), and a quiz that asks one of them should still be
// able to ask the others. Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { generate } from '.';
import { analyze } from './analyze';
import { kindOf, readingsOf, stemsFor } from './test-support';

const REGATTA =
  'Lindvale Rowing Club won the Harrowgate Regatta on Sunday, beating Ostbury by two lengths in front of 9,000 spectators on the River Tarrow.\n\n' +
  "The eight covered the 2,000-metre course in 5 minutes 41 seconds, a course record. It was Lindvale's first win at Harrowgate since 1987.\n\n" +
  '"We knew Ostbury would fade, so we waited," said the stroke, Amira Haddad. Lindvale will now row at the European Club Championships in Bled.';

describe('the facts of a lead, asked apart', () => {
  it('reads a club\'s first word as the club ("Lindvale" is "Lindvale Rowing Club")', () => {
    const a = analyze(REGATTA);
    expect(a.entities.get('lindvale rowing club')?.count).toBe(3);
    expect(kindOf(REGATTA, 'Lindvale')).toBeUndefined();
  });

  it('asks whom the club beat with "The club" standing in for its name', () => {
    expect(stemsFor(REGATTA, 'Ostbury')).toContain('The club won the regatta on Sunday, beating _____ by two lengths in front of 9,000 spectators on the River Tarrow.');
  });

  it('asks two facts of the lead in one quiz, neither stem showing the other\'s answer', () => {
    const { questions } = generate(REGATTA, { count: 8 });
    const lead = questions.filter((q) => q.source.start === 0 && q.type !== 'true_false');
    expect(lead.length).toBeGreaterThanOrEqual(2);
    for (const q of lead) for (const o of lead) if (o !== q) expect(q.prompt).not.toContain(o.answer);
  });

  it('lets the firm a closing attribution names again stand in as "The company"', () => {
    const text =
      'Corrin Bakeries will open a second plant in Dunmore next year and hire 180 workers, the family-owned company said on Wednesday.\n\n' +
      'Corrin Bakeries was founded in 1952 with a single oven in Ballyfarren. Chief executive Siobhan Corrin said work would begin in May.';
    expect(readingsOf(text)).toContain('The company will open a second plant in Dunmore next year and hire 180 workers, the family-owned company said on Wednesday.');
  });

  it('takes "the council" for the council named first, when another is named as often but later', () => {
    const text =
      'Thornbury Vale District Council approved a £38.6 million budget on Tuesday night.\n\n' +
      'Councillors voted 17 to 12 in favour. The plan copies one used by Dunmere Borough Council last year.';
    expect(stemsFor(text, '£38.6 million')).toContain('The council approved a _____ budget on Tuesday night.');
  });

  it('names the subject of an opening "When" clause with a pronoun', () => {
    const text =
      'Helen Marsh grew up in Lyon, where she trained in medicine.\n\n' +
      'When Helen Marsh arrived at Wexmouth General Hospital in 2009, the hospital did not perform a single heart operation. She now leads a team of forty.';
    expect(stemsFor(text, 'Wexmouth General Hospital')).toContain('When she arrived at _____ in 2009, the hospital did not perform a single heart operation.');
  });
});

describe('a date cut from the middle of a sentence', () => {
  it('goes after "close to traffic", which is no plan ("due to open" is)', () => {
    const text = 'The Old Mill Bridge in Westbrook will close to traffic on 3 June for eight months of repairs. The bridge was built in 1887 by Harbourne Civil Engineering.';
    expect(stemsFor(text, 'Westbrook')).toContain('The Old Mill Bridge in _____ will close to traffic for eight months of repairs.');
  });

  it('takes its weekday along, and leaves a participle reading on', () => {
    const text =
      'Harbourside Herons won the Northern Netball Cup on Saturday, 17 October 2026, coming from six goals down to beat the Kestrel Vale Comets in front of 4,200 fans.\n\n' +
      'The Herons last won the cup in 2007.';
    expect(stemsFor(text, '4,200 fans')).toContain('Harbourside Herons won the Northern Netball Cup, coming from six goals down to beat the Kestrel Vale Comets in front of _____.');
  });

  it('stays after a verb that needs its time ("should finish in 2027")', () => {
    const text = 'Project manager Daniel Osei said work on the Harbourne sea wall will start in April and should finish in 2027. The wall will cost £4 million.';
    expect(readingsOf(text).filter((r) => /should finish(?! in 2027)/.test(r))).toEqual([]);
  });
});

describe('a clause cut between two commas', () => {
  it('leaves the comma that closes an affiliation before the verb', () => {
    const text = "Professor Kwame Adjei, of the Eastfold Archaeological Trust, who visited the site in August, said the axes could have been a trader's stock. The boat is 3,400 years old.";
    expect(readingsOf(text)).toContain("Professor Kwame Adjei, of the Eastfold Archaeological Trust, said the axes could have been a trader's stock.");
  });

  it('leaves the comma before a closing "the museum announced"', () => {
    const text = 'Biologists have found a blind beetle in a cave beneath the Karsten Plateau, more than 300 metres below the surface, the Natural History Museum of Aldsburg announced on Monday.';
    expect(readingsOf(text)).toContain('Biologists have found a blind beetle in a cave beneath the Karsten Plateau, the Natural History Museum of Aldsburg announced on Monday.');
  });
});
