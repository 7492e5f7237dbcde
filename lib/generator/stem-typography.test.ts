// Rules added with generator 1.21.20 (issue #3), from a teacher's reading of every tuning quiz:
// "a(n) _____" in 16 stems where every choice takes the same article, a list item's bold label
// kept in the stem ("Money: Several small shops …"), and masked emphasis leaving "( Heleophryne
// hallorini )". Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { articleFor } from './candidates/cloze';
import { generate } from './index';
import { tidy } from './markup';
import { fixtureBody } from './test-support';

describe('stems that read as written', () => {
  it('writes "a" or "an" when every choice takes it, and "a(n)" only for a mix', () => {
    expect(articleFor('The animal was a(n) _____, a marine reptile.', ['ichthyosaur', 'ammonite', 'eel', 'otter'])).toBe('The animal was an _____, a marine reptile.');
    expect(articleFor('A(n) _____ is an axe head with raised ridges.', ['palstave', 'celt', 'flint'])).toBe('A _____ is an axe head with raised ridges.');
    expect(articleFor('The animal was a(n) _____, a marine reptile.', ['ichthyosaur', 'plesiosaur', 'pterosaur', 'belemnite'])).toBe('The animal was a(n) _____, a marine reptile.');
  });

  it('says a figure as it is read aloud', () => {
    expect(articleFor('It reported a(n) _____ rise.', ['8%', '80%', '11%', '18,000'])).toBe('It reported an _____ rise.');
    expect(articleFor('It approved a(n) _____ budget.', ['£38.6 million', '£19.3 million', '£1.8 million', '£110 million'])).toBe('It approved a _____ budget.');
    expect(articleFor('It reported a(n) _____ rise.', ['14%', '8%', '21%', '28%'])).toBe('It reported a(n) _____ rise.');
    expect(articleFor('It was a(n) _____ map.', ['1812', '1845', '1100'])).toBe('It was an _____ map.');
    expect(articleFor('It was a(n) _____ firm.', ['UK', 'US', 'union'])).toBe('It was a _____ firm.');
    expect(articleFor('It was a(n) _____ island.', ['uninhabited', 'X-shaped', 'unidentified'])).toBe('It was an _____ island.');
  });

  it('leaves out the bold label heading a list item', () => {
    const text = [
      'Calvadra is a small island town known for its salt pans and its harbour.',
      'Visitors come for the beaches, the seafood and the old town, which has changed little in a century.',
      'Before you go:',
      '',
      '- **Money:** Several small shops accept cash only; the town\'s single cash machine is on Rua da Alfândega.',
      '- **Respect the reef:** Swimming is forbidden inside the marked zone around Ponta Negra, a protected marine area.',
    ].join('\n');
    const { questions } = generate(text, { count: 20 });
    const labelled = questions.filter((q) => /^(?:Money|Respect the reef):/.test(q.prompt));
    expect(questions.some((q) => /Ponta Negra|Rua da Alfândega/.test(q.answer) || /Ponta Negra|Rua da Alfândega/.test(q.prompt))).toBe(true);
    expect(labelled).toEqual([]);
  });

  it('writes every choice in the case of the blank\'s place, so no capital gives the answer away', () => {
    const text = [
      'Evaporation is the change of liquid water into water vapour, and it happens fastest on warm, windy days.',
      'Condensation is the change of water vapour back into liquid water, which is how clouds form.',
      'Precipitation is any form of water that falls from clouds, such as rain, snow, sleet or hail.',
      'Plants take water up through their roots and lose it through their leaves in a process called transpiration.',
      'Over the ocean, evaporation is strongest near the equator, and condensation begins as the air rises and cools.',
      'Scientists add evaporation and transpiration together and call the total evapotranspiration.',
    ].join(' ');
    const terms = generate(text, { count: 20, types: ['multiple_choice'] }).questions.filter((q) => q.kind === 'term');
    expect(terms.some((q) => q.prompt.startsWith('_____'))).toBe(true);
    expect(terms.some((q) => !q.prompt.startsWith('_____') && /^\p{Ll}/u.test(q.answer))).toBe(true);
    for (const q of terms) {
      const capitals = q.choices.map((c) => /^\p{Lu}/u.test(c));
      if (q.prompt.startsWith('_____')) expect(capitals.every(Boolean), q.prompt).toBe(true);
      else if (/^\p{Ll}/u.test(q.answer)) expect(q.choices.filter((c) => /^(?:Evaporation|Condensation)$/.test(c)), q.prompt).toEqual([]);
    }
  });

  it('leaves the choices in lower case when a cut leaves a lower-case answer at the start', () => {
    // "_____ fought the blaze." with "eight crews" among "Ten crews", "Twelve crews" … (since
    // 1.21.28 asked "How many crews fought the blaze?", whose choices open no sentence either).
    let seen = 0;
    for (const q of generate(fixtureBody('local-news-market-fire.md'), { count: 14, types: ['multiple_choice'] }).questions) {
      if (!(q.prompt.startsWith('_____') || q.prompt.startsWith('How many')) || !/^\p{Ll}/u.test(q.answer)) continue;
      seen++;
      expect(q.choices.filter((c) => /^\p{Lu}/u.test(c)), q.prompt).toEqual([]);
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('closes the brackets round emphasis it has taken out', () => {
    expect(tidy("Hallorin's ghost frog ( Heleophryne hallorini ) is small.")).toBe("Hallorin's ghost frog (Heleophryne hallorini) is small.");
  });
});
