// Entity kinds, distractors of the answer's kind, and the attribution and
// naming patterns that find facts a name list does not know.
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { clozeCandidates } from './candidates/cloze';
import { quoteCandidates } from './candidates/quote';
import { reductions } from './candidates/reduce';
import { checkQuestion, checkQuiz } from './checks';
import { buildPools, placeClass } from './distractors';
import { generate } from './index';
import type { Analysis } from './types';

const kindOf = (a: Analysis, name: string): string | undefined =>
  [...a.entities.values()].find((e) => e.name === name || e.name.split(' ').pop() === name)?.kind;

const apollo =
  'Apollo 11 lifted off on July 16, 1969, from Launch Complex 39A at the Kennedy Space Center in Florida. ' +
  'The spacecraft had two main parts: the command module, named Columbia, and the lunar module, named Eagle. ' +
  'On July 20, 1969, Neil Armstrong and Buzz Aldrin climbed into Eagle, separated from Columbia and began their descent. ' +
  'Michael Collins stayed behind, circling the Moon alone in Columbia. ' +
  'Eagle touched down in the Sea of Tranquility with little fuel to spare. ' +
  '"Houston, Tranquility Base here. The Eagle has landed," Armstrong radioed to Mission Control in Houston, Texas. ' +
  'Eagle spent about 21 hours on the lunar surface before it rejoined Columbia in orbit. ' +
  'On July 24, 1969, Columbia splashed down in the Pacific Ocean near Hawaii.';

describe('distractors are of the answer kind', () => {
  it('takes "the lunar module, named Eagle" as a named thing, not a place', () => {
    const a = analyze(apollo);
    expect(kindOf(a, 'Eagle')).toBe('term');
    expect(kindOf(a, 'Columbia')).toBe('term');
    const cards = generate(apollo).flashcards.map((f) => `${f.front} => ${f.back}`);
    expect(cards).toContain('Eagle => the lunar module');
  });

  it('never offers places as choices for a named craft (the Apollo defect)', () => {
    const a = analyze(apollo);
    const places = new Set([...a.entities.values()].filter((e) => e.kind === 'place').map((e) => e.name.toLowerCase()));
    const qs = generate(apollo, { count: 40 }).questions;
    for (const q of qs.filter((x) => /^(Eagle|Columbia)$/.test(x.answer))) {
      expect(q.kind).toBe('term');
      for (const c of q.choices) expect(places.has(c.toLowerCase()), `${c} offered for ${q.answer}`).toBe(false);
    }
    // A swapped statement never puts a place where the craft was.
    for (const q of qs.filter((x) => x.type === 'true_false')) expect(q.prompt).not.toMatch(/^(Houston|Florida|Texas|Hawaii) (touched|spent|splashed)/);
  });

  it('draws every named choice from entities of the same kind', () => {
    const a = analyze(apollo);
    const byName = new Map<string, string>();
    for (const e of a.entities.values()) {
      byName.set(e.name.toLowerCase(), e.kind);
      byName.set(e.name.split(' ').pop()!.toLowerCase(), e.kind);
    }
    const qs = generate(apollo, { count: 40 }).questions.filter((q) => q.type === 'multiple_choice' && ['person', 'place', 'organization', 'term'].includes(q.kind));
    for (const q of qs) for (const c of q.choices) if (byName.has(c.toLowerCase())) expect(byName.get(c.toLowerCase()), `${c} for ${q.answer}`).toBe(q.kind);
  });

  it('keeps bridges, rivers and towns apart', () => {
    expect(placeClass('Old Mill Bridge')).toBe('built');
    expect(placeClass('River Tame')).toBe('natural');
    expect(placeClass('Kingsford')).toBe('settled');
    const body =
      'Old Mill Bridge will close for repairs on Monday. The bridge crosses the River Tame near Ashby. ' +
      'Traffic will be diverted through Kingsford and Dunmore, adding 8 kilometres to the journey. ' +
      'Drivers from Fenwick and Holt will also be affected, the council said.';
    const a = analyze(body);
    expect(kindOf(a, 'Old Mill Bridge')).toBe('place');
    expect(kindOf(a, 'River Tame')).toBe('place');
    const qs = generate(body, { count: 20 }).questions;
    for (const q of qs.filter((x) => x.kind === 'place' && x.type === 'multiple_choice')) {
      for (const c of q.choices) expect(placeClass(c), `${c} for ${q.answer}`).toBe(placeClass(q.answer));
    }
  });
});

describe('names the lexicon does not know', () => {
  it('keeps a designation number with its name', () => {
    const a = analyze(apollo);
    expect(kindOf(a, 'Launch Complex 39A')).toBeDefined();
    expect([...a.entities.values()].some((e) => e.kind === 'number' && e.name === '11')).toBe(false);
    const qs = generate(apollo, { count: 40 }).questions;
    expect(qs.some((q) => /_____ (39A|11)\b/.test(q.prompt))).toBe(false);
  });

  it('links a surname that is also a place word ("Helen Marsh" ... "Marsh told")', () => {
    const a = analyze('Their coach, Helen Marsh, said her team had tired. "We gave everything for an hour," Marsh told reporters after the game.');
    expect(kindOf(a, 'Helen Marsh')).toBe('person');
    expect([...a.entities.values()].filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Helen Marsh']);
  });
});

describe('who said it: attribution patterns', () => {
  const speakers = (body: string): string[] => {
    const a = analyze(body);
    return a.quotes.map((q) => a.entities.get(q.speakerKey)!.name);
  };

  it('follows "said council leader X" and "according to glaciologist X"', () => {
    expect(speakers('"We know this is hard for people who drive," said council leader Priya Desai.')).toEqual(['Priya Desai']);
    expect(speakers('The Halvorsen Glacier has shrunk by 30 percent since 1990, according to glaciologist Erik Lund of the Polar Research Centre.')).toEqual(['Erik Lund']);
  });

  it('reads past a "who" clause and an adverb to the reporting verb', () => {
    const body = 'The geologist Jack Corliss, who was one of the divers on the expedition, later argued that life on Earth may have begun at such vents.';
    const a = analyze(body);
    const qs = quoteCandidates(a, buildPools(a), 2);
    expect(a.quotes.map((q) => q.speakerText)).toEqual(['Jack Corliss']);
    expect(qs.every((q) => !q.prompt.includes('Corliss'))).toBe(true);
  });

  it("does not take an owner's spokesman for the owner", () => {
    expect(speakers("Putin's spokesman said that the talks would continue in the spring.")).not.toContain('Putin');
  });
});

describe('stems that leave room for a second fact', () => {
  it('lets the role stand in for the name ("the goldsmith Johannes Gutenberg")', () => {
    const body = 'Around 1440, the goldsmith Johannes Gutenberg developed a printing press with movable metal type in Mainz. Gutenberg later printed a Bible.';
    const a = analyze(body);
    const cuts = reductions(a, 0).map((r) => r.cuts.map(([x, y]) => body.slice(x, y)).join('|'));
    expect(cuts).toContain(' Johannes Gutenberg');
    const prompts = clozeCandidates(a, buildPools(a), 2).map((q) => q.prompt);
    expect(prompts).toContain('Around what year did the goldsmith develop a printing press with movable metal type in Mainz?');
  });

  it('does not cut a name after a preposition ("through midfielder X")', () => {
    const a = analyze('Lakeside Rovers had taken the lead through midfielder Olu Adeyemi after 12 minutes.');
    const cuts = reductions(a, 0).flatMap((r) => r.cuts.map(([x, y]) => a.body.slice(x, y)));
    expect(cuts).not.toContain(' Olu Adeyemi');
  });

  it('never blanks a name inside straight quotes', () => {
    const body = 'Reyes scored twice for Harbour City. "We gave everything, but Harbour City were stronger at the end," Marsh told reporters after the final whistle.';
    for (const q of generate(body, { count: 20 }).questions) {
      if (q.type !== 'true_false') expect(q.prompt).not.toMatch(/"[^"]*_____[^"]*"/);
      expect(checkQuestion(q, body)).toEqual([]);
    }
  });

  it('stays defect-free on the patterns above', () => {
    const qs = generate(apollo, { count: 15 }).questions;
    for (const q of qs) expect(checkQuestion(q, apollo), q.prompt).toEqual([]);
    expect(checkQuiz(qs)).toEqual([]);
  });
});

describe('more ways to ask two facts of one sentence', () => {
  const cutsOf = (body: string, i = 0): string[] => {
    const a = analyze(body);
    return reductions(a, i).map((r) => r.cuts.map(([x, y]) => body.slice(x, y)).join('|'));
  };

  it('cuts a closing coordinated predicate, "who" clause, attribution and a middle phrase', () => {
    expect(cutsOf('The wall will be 1.2 kilometres long and is expected to cost £4.6 million.')).toContain(' and is expected to cost £4.6 million');
    expect(cutsOf('"Every winter we watch the river," said councillor Grace Whitfield, who has campaigned for the wall since 2015.')).toContain(', who has campaigned for the wall since 2015');
    expect(cutsOf('Work will start in April and should finish in 2027, according to project manager Daniel Osei.')).toContain(', according to project manager Daniel Osei');
    expect(cutsOf('Kelby will get a new flood wall along the River Severn after the Marsh County Council approved the plan.')).toEqual(
      expect.arrayContaining([' along the River Severn', ' after the Marsh County Council approved the plan']),
    );
    expect(cutsOf('In 2012 I joined an expedition aboard the research vessel Polarstern, and I never looked back.')).toContain('In 2012 ');
    expect(cutsOf('Harbour City won the Northern Cup on Saturday, beating Lakeside Rovers 3-1 in front of 42,000 fans.')).toContain(', beating Lakeside Rovers 3-1 in front of 42,000 fans');
    // "its" is no verb: "… and its ongoing drift to the West" is not a second predicate.
    expect(cutsOf('Armenia has rejected these initiatives and its ongoing drift to the West continues.')).not.toContain(' and its ongoing drift to the West continues');
  });

  it('does not invert the first of two verbs when the date belongs to the second', () => {
    const qs = generate('Work on the new bridge will start in April and should finish in 2027, the council said. The old bridge was built in 1887 by the Marsh County Council.', { count: 20 }).questions;
    expect(qs.some((q) => /In what year will work/.test(q.prompt))).toBe(false);
  });
});

describe('more names the lexicon does not know', () => {
  it('splits a person from the employer after "of"', () => {
    const a = analyze('Work should finish in 2027, according to project manager Daniel Osei of Harbourne Civil Engineering.');
    expect(kindOf(a, 'Daniel Osei')).toBe('person');
    expect(kindOf(a, 'Harbourne Civil Engineering')).toBe('organization');
    expect(a.quotes.map((q) => q.speakerText)).toEqual(['Daniel Osei']);
  });

  it('finds places from "residents of", "north of" and "through"', () => {
    const a = analyze('Residents of nearby Pellham fear the wall. Our team measured the ice north of Svalbard. Traffic will go through Kingsford.');
    expect(kindOf(a, 'Pellham')).toBe('place');
    expect(kindOf(a, 'Svalbard')).toBe('place');
    expect(kindOf(a, 'Kingsford')).toBe('place');
  });

  it('does not take a modifier, a title word or an addressee for a place', () => {
    const a = analyze('The word "vaccine" comes from the Latin word vacca. They received the Nobel Prize in Physiology or Medicine. She spoke to Gleaner in March.');
    expect(kindOf(a, 'Latin')).toBeUndefined();
    expect(kindOf(a, 'Physiology')).toBeUndefined();
    expect(kindOf(a, 'Gleaner')).not.toBe('place');
  });

  it('places a name seen only at a sentence start from the headline or a caption', () => {
    const body = '# Flood Wall Approved for Kelby\n\nKelby will get a new flood wall next year.\n\nPhoto: The river at Kelby during the floods.\n';
    expect(kindOf(analyze(body), 'Kelby')).toBe('place');
    expect(kindOf(analyze('Kelby will get a new flood wall next year.'), 'Kelby')).toBeUndefined();
  });

  it('keeps a quoted nickname and an "and" inside one name, but not between two', () => {
    const a = analyze('The crew: Edwin "Buzz" Aldrin, the lunar module pilot. Aldrin flew again. The task fell to NASA, the National Aeronautics and Space Administration. Armstrong and Aldrin landed.');
    expect(kindOf(a, 'Edwin "Buzz" Aldrin')).toBe('person');
    expect(kindOf(a, 'National Aeronautics and Space Administration')).toBe('organization');
    expect([...a.entities.values()].some((e) => e.name.includes('Armstrong and'))).toBe(false);
    expect(kindOf(analyze('Harbour City and Lakeside Rovers met in the final of the Northern Cup.'), 'Lakeside Rovers')).toBe('organization');
  });

  it('takes "the research vessel Polarstern" as a named thing', () => {
    expect(kindOf(analyze('In 2012 I joined an expedition aboard the research vessel Polarstern, and I never looked back.'), 'Polarstern')).toBe('term');
  });
});

describe('who said it with too few people for choices', () => {
  it('asks for the speaker as a short answer', () => {
    const body = 'Maren Holt is a marine biologist in Bodø. "The loss of sea ice is faster than any model predicted," Holt said. Our team measured the ice every spring for ten years.';
    const a = analyze(body);
    const qs = quoteCandidates(a, buildPools(a), 2);
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ type: 'short_answer', kind: 'quote', answer: 'Holt', choices: [] });
    expect(checkQuestion(qs[0], body)).toEqual([]);
  });
});
