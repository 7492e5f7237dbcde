// Rules added with generator 1.21.19 (issue #3): terms a science or nature text names as it goes
// — "a single baby, called a pup", "instruments called seismometers to measure …", "fossilised
// droppings, which he named coprolites", 'a tiny "spin-down", the gradual slowing of …' — are terms
// to ask and to learn from a card, while "Neighbours called firefighters" or a scare quote without
// a gloss names nothing. Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { generate } from './index';
import { fixtureBody } from './test-support';

const termsOf = (text: string): Record<string, string> =>
  Object.fromEntries(analyze(text).descriptions.filter((d) => d.kind === 'term').map((d) => [d.term, d.description]));

describe('terms an article names', () => {
  it('keeps a short word named outright', () => {
    expect(Object.keys(termsOf('A female usually gives birth to a single baby, called a pup, once a year.'))).toEqual(['pup']);
  });

  it('reads a bare plural named after a verb or a preposition, and leaves a call for help alone', () => {
    expect(termsOf('They use instruments called seismometers to measure tiny earthquakes.')).toEqual({ seismometers: 'They use instruments' });
    expect(Object.keys(termsOf('Nerves carry signals using cells called neurons.'))).toEqual(['neurons']);
    expect(termsOf('Neighbours called firefighters.')).toEqual({});
    expect(termsOf('Two worried residents called firefighters.')).toEqual({});
    expect(termsOf('The mayor called residents to the meeting.')).toEqual({});
  });

  it('reads a name given in an aside to the phrase before it', () => {
    expect(termsOf('Her observations helped the geologist William Buckland to show that they were fossilised droppings, which he named coprolites.')).toEqual({
      coprolites: 'fossilised droppings',
    });
  });

  it('reads a quoted word glossed by a class, but no scare quote', () => {
    expect(termsOf('The researchers were able to measure a tiny "spin-down", the gradual slowing of a spinning star as it loses energy.')).toEqual({
      'spin-down': 'the gradual slowing of a spinning star as it loses energy',
    });
    expect(termsOf('The judge said the firm had shown a "careless indifference" to warnings from its own staff.')).toEqual({});
  });

  it('asks for the named term and makes a card of it', () => {
    const text = [
      'Volcanoes give warning signs before they erupt, and scientists watch them closely.',
      'They use instruments called seismometers to measure tiny earthquakes under the mountain.',
      'They also measure gases such as sulphur dioxide coming from cracks in the ground.',
      'When the ground swells, it can mean that magma is rising towards the surface.',
    ].join(' ');
    const r = generate(text, { count: 10 });
    expect(r.questions.some((q) => q.answer === 'seismometers' && q.source.sentence.includes('called seismometers'))).toBe(true);
    expect(r.flashcards.some((c) => c.front === 'seismometers' || c.back === 'seismometers')).toBe(true);
  });

  it('asks for a defined term where it is defined, not where it is only used', () => {
    // "The _____'s scales are soft at birth" was asked: "pangolin" fits that blank as well.
    const pup = generate(fixtureBody('nature-species-profile-pangolin.md'), { count: 14 }).questions.filter((q) => q.answer === 'pup');
    expect(pup.length).toBeGreaterThan(0);
    for (const q of pup) expect(q.source.sentence).toContain('called a pup');
  });
});
