// Rules added with generator 1.17.3 (issue #3): a passive's closing agent can be cut ("It was
// founded in 1887[ by a shipwright named Elias Tanner]."); a yard is a kind of place ("Tanner's
// Yard"); a stem opening with "It" names what the sentence before opened with ("The yard sits at
// … It was founded in _____." -> "The yard was founded in _____."). Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { clozeCandidates } from './candidates/cloze';
import { namedSubjectBefore, plainSubjectBefore } from './candidates/antecedents';
import { piece, reductions } from './candidates/reduce';
import { buildPools } from './distractors';
import { stemsFor } from './test-support';

const mentions = (text: string): Array<[string, string]> => analyze(text).mentions.map((m) => [m.kind, m.text]);
const readings = (text: string, i = 0): string[] => {
  const a = analyze(text);
  const s = a.sentences[i];
  return reductions(a, i).map((r) => piece(a, s.start, s.end, r).trim());
};

describe('a passive\'s closing agent', () => {
  it('is cut, and a deadline or an amount after "by" is not', () => {
    expect(readings('It was founded in 1887 by a shipwright named Elias Tanner.')).toContain('It was founded in 1887.');
    expect(readings('The new stand was opened in March by Mayor Denise Okafor.')).toContain('The new stand was opened in March.');
    expect(readings('The bridge will be finished by 2030.')).not.toContain('The bridge will be finished.');
  });
});

describe('yards', () => {
  it('reads a yard as a place', () => {
    expect(mentions("The first thing you notice at Tanner's Yard is the smell.")).toEqual([['place', "Tanner's Yard"]]);
  });
});

describe('"It" opening a stem', () => {
  const text = 'The yard sits at the end of a muddy lane in Pennock Haven. It was founded in 1887 by a shipwright named Elias Tanner.';

  it('names the subject the sentence before opened with', () => {
    const a = analyze(text);
    expect(plainSubjectBefore(a, 1)).toBe('The yard');
    const stems = clozeCandidates(a, buildPools(a), 3).filter((c) => c.answer === '1887').map((c) => c.prompt);
    expect(stems).toContain('The yard was founded in _____.');
  });

  it('guesses nothing when the sentence before opens otherwise', () => {
    expect(plainSubjectBefore(analyze('Officials said the yard was busy. It was founded in 1887.'), 1)).toBeNull();
    expect(plainSubjectBefore(analyze('The yards were busy. It was founded in 1887.'), 1)).toBeNull();
  });
});

// Added with generator 1.21.20: "Its chief executive, _____, …" and "Their coach, _____, …" said
// nothing of whose they were (68 tuning stems opened with It, Its, They or Their).
describe('"Its" and "Their" opening a stem', () => {
  it('name the body or place the sentence before opened with', () => {
    const text = 'Lakeside Rovers had taken the lead after 12 minutes. Their coach, Helen Marsh, said her team had run out of energy.';
    const a = analyze(text);
    expect(namedSubjectBefore(a, 1)).toEqual({ name: 'Lakeside Rovers', plural: true });
    const stems = clozeCandidates(a, buildPools(a), 3).filter((c) => c.answer === 'Helen Marsh').map((c) => c.prompt);
    expect(stems).toContain("Lakeside Rovers' coach, _____, said her team had run out of energy.");
  });

  it('say "its" of a place but "their" only of a body, and guess nothing after another opening', () => {
    const place = analyze('Moscow remained the main mediator of the talks. Its deepening rift with Yerevan has all but ended the process, officials said on Monday.');
    expect(namedSubjectBefore(place, 1)).toEqual({ name: 'Moscow', plural: false });
    expect(namedSubjectBefore(analyze('Officials said Moscow was the main mediator. Its rift with Yerevan has grown.'), 1)).toBeNull();
  });
});

// Added with generator 1.21.22: of 41 tuning stems still opening with a pronoun, many followed a
// subject set off by commas ("The beetle, named …, is …"), "itself", a place it is in, or another "It".
describe('what "It", "Its" and "They" stand for', () => {

  it('reads past a phrase set off by commas, "itself", and a place named after the subject', () => {
    const beetle = 'The beetle, named Troglobius karstensis, is about four millimetres long. It was discovered by a team led by the entomologist Ilse Brandauer in 2019.';
    expect(stemsFor(beetle, 'Ilse Brandauer', 3)).toContain('The beetle was discovered by a team led by the entomologist _____ in 2019.');
    const quarry = 'The quarry itself closed in 1962. Its flooded pit is now a nature reserve run by the heritage society, whose chair, Dr Kerensa Polglaze, has traced the families of the dead.';
    expect(stemsFor(quarry, 'Kerensa Polglaze', 3)).toContain("The quarry's flooded pit is now a nature reserve run by the heritage society, whose chair, Dr _____, has traced the families of the dead.");
    const turbines = 'The turbines in the Pentland Strait have rotors 18 metres across. They sit on steel frames fixed to the seabed at a depth of about 40 metres.';
    expect(stemsFor(turbines, '40 metres', 3)).toContain('The turbines sit on steel frames fixed to the seabed at a depth of about _____.');
  });

  it('takes a verb in -s the lexicon reads as a plural ("crosses", "runs") for the verb it is', () => {
    const bridge = 'The wooden bridge crosses the Tansy River near the public library. It was built by a local carpenter, Amos Reed, in 1912.';
    expect(stemsFor(bridge, '1912', 3)).toContain('The wooden bridge was built by a local carpenter, Amos Reed, in _____.');
  });

  it('takes no noun and its noun for a subject and its verb, and names a body before "can"/"could"', () => {
    expect(plainSubjectBefore(analyze('The water levels in the reservoir fell sharply. It was built in 1950.'), 1)).toBeNull();
    expect(namedSubjectBefore(analyze('Velmora Ferries could lose its licence. Its chief executive, Ana Reis, said so.'), 1)?.name).toBe('Velmora Ferries');
  });

  it('follows one "It" to the next, across a paragraph break', () => {
    const canal = 'The canal cost 6.4 million kroner, more than twice the estimate. It has 23 locks and climbs 96 metres.\n\nIt opened to traffic on 12 June 1896.';
    expect(stemsFor(canal, '12 June 1896', 3)).toContain('The canal opened to traffic on _____.');
  });
});
