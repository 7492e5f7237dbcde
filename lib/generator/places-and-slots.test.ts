// Generator 1.21.12 (issue #3), from reading the tuning quizzes: "at the western tip of Isla Turma"
// was asked as a person ("Isla" is a given name) with people as choices; "By the end of March I had
// lost …" read "March I" as a name; and "The town's liveliest week is the Festa do Sal" made "town's
// liveliest week" a term to learn. 1.21.13: "In the early thirteenth century [Ravensholt] was …" lost
// its subject to a cut that took "century" for a role, and "the [Sunda] pangolin" was cut in a list
// of pangolins, leaving "the pangolin". Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { kindOf, readingsOf } from './test-support';

describe('places named by where they lie', () => {
  it('reads a name after "the western tip of" as a place, and a person after "the end of" stays one', () => {
    expect(kindOf('Perched on a hook of pale limestone at the western tip of Isla Turma, Calvadra is an island town.', 'Isla Turma')).toBe('place');
    expect(kindOf('The poem was written at the end of Mary Shelley\'s life.', 'Mary Shelley')).toBe('person');
  });
});

describe('names that are not', () => {
  it('reads no name in a month and the pronoun "I"', () => {
    const names = [...analyze('By the end of March I had lost many colonies. Queen Elizabeth I visited in 1575.').entities.values()].map((e) => e.name);
    expect(names).not.toContain('March I');
    expect(names).toContain('Elizabeth I');
  });

  it('takes no term from a slot that belongs to a common noun', () => {
    const terms = analyze("The town's liveliest week is the Festa do Sal, held in the second week of August. Hallorin's ghost frog is a small frog.").descriptions.map((d) => d.term);
    expect(terms).not.toContain("town's liveliest week");
    expect(terms).toContain("Hallorin's ghost frog");
  });
});

describe('cuts that would lose what a phrase says', () => {
  it('keeps a name after a time phrase: it is the subject, not a role', () => {
    const text = "In the early thirteenth century Ravensholt was little more than a ford where the drovers' road crossed the River Sallow. Merchants from Flanders were travelling to Ravensholt each autumn. Any merchant carrying wool along the Sallow had to stop at Ravensholt.";
    for (const r of readingsOf(text)) expect(r).toContain('century Ravensholt was');
  });

  it('keeps a name that tells one of several things of its kind apart', () => {
    const readings = readingsOf('Four live in Asia: the Chinese pangolin, the Sunda pangolin, the Indian pangolin and the Philippine pangolin. The Chinese pangolin, the Sunda pangolin and the Philippine pangolin are now critically endangered.');
    expect(readings.filter((r) => r.includes('the pangolin'))).toEqual([]);
    expect(readingsOf('Traffic was sent through the Castle Edge tunnel, which is 2.4 kilometres long.')).toContain('Traffic was sent through the tunnel, which is 2.4 kilometres long.');
  });
});
