// Generator 1.21.12 (issue #3), from reading the tuning quizzes: "at the western tip of Isla Turma"
// was asked as a person ("Isla" is a given name) with people as choices; "By the end of March I had
// lost …" read "March I" as a name; and "The town's liveliest week is the Festa do Sal" made "town's
// liveliest week" a term to learn. Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { kindOf } from './test-support';

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
