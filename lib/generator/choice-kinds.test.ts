// Rules added with generator 1.21.22 (issue #3), from a teacher's reading of every tuning quiz:
// a wrong choice must be a thing of the kind the blank asks for, written as the answer is
// written. Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { inventedBodies } from './invented-bodies';
import { choicesFor, kindOf } from './test-support';

const KEEPERS =
  'The story of the keepers is told in a new book by the historian Ingrid Solum. The first keeper, Anders Dahl, arrived with his wife Marta in 1859. ' +
  'Their son Peder took over in 1890. King Haakon VII awarded Peder a silver medal in 1907. Nils Berg, a pilot, brought supplies from Tromsø. ' +
  'Solum spent three years on the book. The museum director, Kari Lund, welcomed it. Marta died in 1901.';

describe('people offered for people', () => {
  it('offers a monarch only for a monarch', () => {
    const sets = choicesFor(KEEPERS, 'Ingrid Solum');
    expect(sets.length).toBeGreaterThan(0);
    for (const s of sets) expect(s).not.toContain('Haakon VII');
  });

  it('offers full names for a full name while the article has them, before given names alone', () => {
    const sets = choicesFor(KEEPERS, 'Ingrid Solum');
    for (const s of sets) for (const v of s) expect(v).toContain(' ');
  });
});

describe('people no list knows', () => {
  it('reads a name opening its sentence, with "she" in the next, as a person', () => {
    const text = 'Ffion Cadwaladr-Osei has kept bees in the hills above Llanveddw for 26 years. Last winter she lost 94 of her 190 hives.';
    expect(kindOf(text, 'Ffion Cadwaladr-Osei')).toBe('person');
    // Not when another name comes first in that sentence.
    expect(kindOf('Tessaly Marrick has run the ferry for 26 years. Last winter Ian Reid said he would sell it.', 'Tessaly Marrick')).not.toBe('person');
    expect(kindOf('Tessaly Marrick has run the ferry for 26 years. Reid said he would sell it.', 'Tessaly Marrick')).not.toBe('person');
    expect(kindOf('Faulkner Reade has advised the council for years. Its chief executive said he would stay.', 'Faulkner Reade')).not.toBe('person');
  });
});

describe('given names offered for given names', () => {
  it('offers given names, never a surname the answer may share, for a given name', () => {
    const text =
      'Aisha Rahman won the county science fair in March. Aisha\'s project asked whether school fountains hold microplastics. ' +
      'She was helped by her teacher Tom Beckett and by Margaret Ellory, an engineer. The judge, David Pryce, praised the work. Pryce said it was careful.';
    const sets = choicesFor(text, 'Aisha');
    expect(sets.length).toBeGreaterThan(0);
    for (const s of sets) for (const v of s) expect(['Tom', 'Margaret', 'David']).toContain(v);
  });
});

describe('places offered for places', () => {
  it('reads the see of a bishop as a place, not a person', () => {
    const text = 'Ravensholt grew rich on wool. Some, such as the historian Dr Miriam Osei-Falk, believe the countess needed cash for her battle with the Bishop of Carrow.';
    expect(kindOf(text, 'Carrow')).toBe('place');
  });

  it('takes "the Sallow" after "the River Sallow" for that river, not a second place', () => {
    const text = 'The old road crossed the River Sallow at Ravensholt. Any merchant carrying wool along the Sallow had to stop at Ravensholt. Tolls at Brigg rose in 1290.';
    expect(kindOf(text, 'Sallow')).toBeUndefined();
    const river = [...analyze(text).entities.values()].find((e) => e.name === 'River Sallow');
    expect(river?.count).toBe(2);
  });

  it('offers no country for "the market town of _____"', () => {
    const text =
      'The lighthouse stands on Skarholm, off the coast of Norway. Supplies came once a month from the market town of Hellevik. ' +
      'The keepers were paid in Bergen. Later the light was run from Tromsø. Norway took over the service in 1930. Ships sailed to Glasgow and Hamburg.';
    const sets = choicesFor(text, 'Hellevik');
    expect(sets.length).toBeGreaterThan(0);
    for (const s of sets) expect(s).not.toContain('Norway');
    // A country asked for keeps the article's countries.
    const capitals = 'Oslo is the capital city of Norway. Trade with Sweden grew in 2020. Ferries run to Denmark and to Finland every day.';
    expect(choicesFor(capitals, 'Norway').flat()).toContain('Sweden');
  });
});

describe('terms offered for terms', () => {
  it('offers no describing word ("abnormal") beside the names of things', () => {
    const text =
      'Bowel cancer is the fourth most common cancer in the county. Bleeding can be an early sign of bowel cancer, or of polyps, which are small growths on the lining of the bowel. ' +
      'If the level is above 80 micrograms, the result is called "abnormal". You will then be offered a colonoscopy, an examination in which a thin tube is passed into the bowel. ' +
      'Some patients later need a stoma, an opening on the belly through which waste leaves the body. Polyps can often be removed during the same procedure. An abnormal result does not mean you have cancer.';
    const all = [...choicesFor(text, 'Bowel cancer'), ...choicesFor(text, 'Polyps')];
    expect(all.length).toBeGreaterThan(0);
    for (const s of all) expect(s.map((v) => v.toLowerCase())).not.toContain('abnormal');
  });
});

describe('made-up choices written as the answer is written', () => {
  const text =
    'The regional health budget reached £800 million this year, officials said. Aisha Rahman won £750 for her science project at the county fair in Hartwell.\n\n' +
    '- **Hydraulic action**: breaking waves force water and air into cracks in the cliff.\n- **Abrasion**: waves hurl sand and pebbles against the cliff.\n' +
    '- **Longshore drift**: waves move sand along the beach.\n\n' +
    'The council built eleven groynes, wooden barriers running down the beach, to trap sediment moving by longshore drift. Over time abrasion wears the cliff foot away. The fetch, the distance of open water over which the wind blows, sets how big waves grow.';

  it('groups thousands, says billions, and rounds as the answer is rounded', () => {
    const prize = choicesFor(text, '£750');
    expect(prize.length).toBeGreaterThan(0);
    for (const s of prize) for (const v of s) expect(v).toMatch(/^£(?:\d{1,3}(?:,\d{3})*)$/);
    // "£750" is a multiple of 50: no "£563" beside it.
    for (const s of prize) for (const v of s) expect(Number(v.replace(/[£,]/g, '')) % 50).toBe(0);
    expect(prize.flat()).toContain('£1,500');
    const budget = choicesFor(text, '£800 million').flat();
    expect(budget).toContain('£1.2 billion');
    expect(budget.filter((v) => /\d{4} million/.test(v))).toEqual([]);
  });

  it('writes a term met only as a list label in lower case inside a sentence', () => {
    const sets = choicesFor(text, 'abrasion');
    expect(sets.length).toBeGreaterThan(0);
    for (const s of sets) expect(s).not.toContain('Hydraulic action');
    expect(sets.flat()).toContain('hydraulic action');
  });
});

describe('bodies and firms', () => {
  it('reads "X of the brokerage Y" as a person at a firm, and one word before "and" after "the" as part of a body', () => {
    const text =
      'Dominika Szwarcenberg of the brokerage Faulkner Reade estimated that the deal valued the business at about 1.2 times annual sales. ' +
      'The deal still needs approval from the Competition and Markets Authority, which is expected in 2027.';
    expect(kindOf(text, 'Dominika Szwarcenberg')).toBe('person');
    expect(kindOf(text, 'Faulkner Reade')).toBe('organization');
    expect(kindOf(text, 'Competition and Markets Authority')).toBe('organization');
  });

  it('takes "Veldhuyzen" after "Veldhuyzen Holding" for that firm', () => {
    const text = 'Holloway & Brisk has agreed to be sold to the Dutch homeware group Veldhuyzen Holding for €58 million. Veldhuyzen owns eleven brands across Europe.';
    expect(kindOf(text, 'Veldhuyzen')).toBeUndefined();
    expect([...analyze(text).entities.values()].find((e) => e.name === 'Veldhuyzen Holding')?.count).toBe(2);
  });

  it('offers no brand written without "the" for "the _____"', () => {
    const text =
      'Tomas Lindgren chairs the South Sweden Fruit Growers\' Association. I worked for Volvo in Gothenburg for eight years. ' +
      'Most of our fruit goes to the supermarket chain Coop. The Swedish Board of Agriculture has estimated the damage. ' +
      'A researcher from the Swedish University of Agricultural Sciences counted the insects. The Kivik Cider Society buys the rest.';
    const sets = choicesFor(text, 'Swedish Board of Agriculture');
    expect(sets.length).toBeGreaterThan(0);
    for (const s of sets) expect(s.filter((v) => v === 'Volvo' || v === 'Coop')).toEqual([]);
  });
});

describe('invented bodies', () => {
  it('swaps a field of government only in a ministry\'s or department\'s name', () => {
    expect(inventedBodies('Department for Transport', [])).toContain('Department for Education');
    expect(inventedBodies('Marrach Health Board', []).filter((v) => /Culture|Justice|Transport/.test(v))).toEqual([]);
    expect(inventedBodies('Skarra Tidal Energy', []).filter((v) => /Transport|Education/.test(v))).toEqual([]);
  });
});

describe('wrong choices that another sentence makes right', () => {
  it('offers no place of which the article says what the stem says', () => {
    const text =
      'Tambora stands on the island of Sumbawa. On 5 April 1815 a loud explosion was heard hundreds of kilometres away; officers on the island of Java believed it was cannon fire. ' +
      'Explosions were heard on Sumatra, more than 2,000 kilometres away. Ash fell on Lombok and Bali for days. Traders in Makassar wrote of darkness at noon.';
    const sets = choicesFor(text, 'Sumatra');
    expect(sets.length).toBeGreaterThan(0);
    for (const s of sets) expect(s).not.toContain('Java');
  });
});

// Added with generator 1.21.23, from a teacher's reading: every made-up amount came from one
// ladder (×0.5, ×0.75, ×1.5, ×2, ×3), so where the answer stood among its choices said which
// ladder step each choice was, and "40 | 60 | 80 | 120" gave away 40 to a student who had seen a
// few. The ladder now varies with the answer.
describe('made-up amounts that do not point at the answer', () => {
  const FIGURES: Array<[string, string]> = [
    ['The new bridge cost £480,000 to build.', '£480,000'],
    ['The survey counted 2,600 nests along the cliffs.', '2,600 nests'],
    ['The reservoir holds 36,000 litres of water.', '36,000 litres'],
    ['The festival raised $84,000 for the hospital.', '$84,000'],
    ['The old mill stands 640 metres above the river.', '640 metres'],
    ['The rescue team searched 1,200 hectares of forest.', '1,200 hectares'],
    ['The harbour handled 7,400 tonnes of fish last year.', '7,400 tonnes'],
    ['The library lent 52,000 books to readers.', '52,000 books'],
    ['The new tunnel will carry 18,000 vehicles every day.', '18,000 vehicles'],
    ['The charity planted 9,600 trees on the hills.', '9,600 trees'],
    ['The orchestra sold 3,200 tickets for the concert.', '3,200 tickets'],
    ['The dam produces 280 megawatts of power.', '280 megawatts'],
    ['The ferry carried 14,000 passengers in August.', '14,000 passengers'],
    ['The council spent €96,000 on new lighting.', '€96,000'],
    ['The road is 450 kilometres long from end to end.', '450 kilometres'],
    ['The school kitchen served 2,800 meals that week.', '2,800 meals'],
  ];

  it('draws them from more than one ladder for answers that stand at the same place among their choices', () => {
    const byRank = new Map<number, string[]>();
    let asked = 0;
    for (const [sentence, answer] of FIGURES) {
      const set = choicesFor(`The town report was published on Monday. ${sentence} The mayor welcomed the figures.`, answer)[0];
      if (!set) continue;
      asked++;
      const value = (s: string): number => Number(s.replace(/[^\d.]/g, ''));
      const ratios = set.map((c) => (value(c) / value(answer)).toFixed(2)).sort().join(' ');
      const rank = set.filter((c) => value(c) < value(answer)).length;
      byRank.set(rank, [...(byRank.get(rank) ?? []), ratios]);
    }
    expect(asked).toBeGreaterThanOrEqual(12);
    // Answers at the same place among their choices (smallest, second …) came from one ladder
    // each before: a place held by three answers or more now sees more than one set of ratios.
    const crowded = [...byRank.values()].filter((sets) => sets.length >= 3);
    expect(crowded.length).toBeGreaterThan(0);
    for (const sets of crowded) expect(new Set(sets).size).toBeGreaterThan(1);
  });
});

// 1.21.23, from a teacher's reading: "Lakeside Rovers' coach, _____, said her team had run out of
// energy" offered one woman among three men.
describe('people the stem tells apart', () => {
  const MATCH =
    "Lakeside Rovers' coach, Helen Marsh, said her team had run out of energy. Harbour City's coach, Tom Brady, said he was proud of his players. " +
    'The striker James Walker scored twice, and he was named man of the match. Referee Paul Dunn said he had never seen a better final. ' +
    'The captain, Sarah Cole, lifted the cup, and she thanked the fans. The physio, Anna Berg, said she was pleased. The chair, Maria Lopez, said she would stay on. ' +
    'The goalkeeper, Mark Hill, said he was tired.';

  it('offers no one the article shows to be a man where the stem says "her" of a woman', () => {
    const sets = choicesFor(MATCH, 'Helen Marsh');
    expect(sets.length).toBeGreaterThan(0);
    for (const s of sets) for (const man of ['Tom Brady', 'James Walker', 'Paul Dunn']) expect(s).not.toContain(man);
  });

  it('reads only what the stem says of its blank, not a pronoun of someone named after it', () => {
    const text = MATCH + ' Sarah Cole was named director after Maria Lopez announced her retirement.';
    // "her" is Maria Lopez's: the stem tells nothing of the blank's sex, so men may be offered.
    const sets = choicesFor(text, 'Sarah Cole');
    expect(sets.some((s) => s.some((v) => ['Tom Brady', 'James Walker', 'Paul Dunn', 'Mark Hill'].includes(v)))).toBe(true);
  });

  it('offers the article\'s other men for a man the stem says "he" of', () => {
    const sets = choicesFor(MATCH, 'James Walker');
    expect(sets.length).toBeGreaterThan(0);
    for (const s of sets) expect(s.filter((v) => ['Tom Brady', 'Paul Dunn', 'Mark Hill'].includes(v))).toHaveLength(3);
  });
});

// 1.21.23, from a teacher's reading: "_____ remembered the sessions vividly." offered "Inez" and
// "Carvalho-Reyes", one woman twice.
describe('one person offered once', () => {
  it('offers no first name of someone the article names in full beside surnames', () => {
    const text =
      'Inez Carvalho-Reyes, the pianist, has died at 85. As a girl Inez played in her father\'s bar in Porto Salvo. ' +
      'She recorded three albums with the bassist Amadou Diallo-Pérez and the drummer Tomás Ferreira-Lind. ' +
      'Diallo-Pérez remembered the sessions vividly. Ferreira-Lind said she never rehearsed. The producer Ruth Okafor-Blake kept the tapes.';
    const sets = choicesFor(text, 'Diallo-Pérez');
    expect(sets.length).toBeGreaterThan(0);
    for (const s of sets) expect(s).not.toContain('Inez');
  });
});

// 1.21.23, from a teacher's reading: "She moved to Vienna to study with the Austrian cellist _____"
// offered Inês Valadares, the "she" of the stem and of the whole article.
describe('whom a stem\'s pronoun stands for', () => {
  it('does not offer the person an opening "She" means as someone she met', () => {
    const text =
      'Inês Valadares is a Portuguese cellist. Inês Valadares was born in Aveiro in 1963, and she began lessons at six with Rosa Mendes. ' +
      'She moved to Vienna to study with the Austrian cellist Friederike Haller. Valadares later joined a quartet led by Marta Quintas. ' +
      'In 1994 Valadares left the quartet. The violinist Clara Sørensen first played her sonata.';
    const sets = choicesFor(text, 'Friederike Haller');
    expect(sets.length).toBeGreaterThan(0);
    for (const s of sets) expect(s).not.toContain('Inês Valadares');
  });
});

// 1.21.23, from a teacher's reading: "_____ will close in July 2026" offered a school among a
// department, a council and a trust; "The company was founded in _____" offered Ireland among towns.
describe('bodies and places of the answer\'s own class', () => {
  it('offers the article\'s other schools for a school before its councils and trusts', () => {
    const text =
      'The plan was drawn up by Fenwick District Council and approved by the Department for Education. The Harrow Valley Trust runs the school bus. ' +
      'Ashgrove Primary will close in July 2026. Its pupils will move to Fenwick Primary, two miles away. Mill Lane School and Oakfield Academy were also considered. Beech Hill College was full.';
    const sets = choicesFor(text, 'Ashgrove Primary');
    expect(sets.length).toBeGreaterThan(0);
    for (const s of sets) for (const body of ['Fenwick District Council', 'Department for Education', 'Harrow Valley Trust']) expect(s).not.toContain(body);
  });

  it('offers no country for a town no list knows, and does for a place the article calls a country', () => {
    const town =
      'Kestrel Thermal was founded in Dunmore, where its head office remains. It also has plants in Ashgrove and Carrow. ' +
      'It sells heat pumps in Ireland and France, and exports to Germany and Spain.';
    const sets = choicesFor(town.replace('Ashgrove and Carrow.', 'Ashgrove and Carrow. Its founder grew up in Kelby.'), 'Dunmore');
    expect(sets.length).toBeGreaterThan(0);
    for (const s of sets) for (const country of ['Ireland', 'France', 'Germany', 'Spain']) expect(s).not.toContain(country);
    const nation =
      'The Dornval Mountains run through Kestrava, a small country in the east. Kestrava\'s government protects the range. ' +
      'Its neighbours are Poland and Hungary, and its rivers drain into Romania and Ukraine.';
    expect(choicesFor(nation, 'Kestrava').some((s) => s.includes('Poland') || s.includes('Hungary'))).toBe(true);
    // From a code review: a name opening with a letter outside ASCII, and "a landlocked country".
    const accented = nation.replace(/Kestrava/g, 'Østrava').replace('a small country', 'a landlocked country');
    expect(choicesFor(accented, 'Østrava').some((s) => s.includes('Poland') || s.includes('Hungary'))).toBe(true);
    // A nation the lexicon does not list among countries keeps its neighbours as choices.
    const home = 'Ciara Doherty was born in Northern Ireland. She moved to Scotland at 18, then to Wales, and now lives in England.';
    expect(choicesFor(home, 'Northern Ireland').length).toBeGreaterThan(0);
  });
});
