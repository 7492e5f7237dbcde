// Rules added with generator 1.21.28 (issue #3), from the blind batch that became tuning
// fixtures (a shipwreck history, a specific-heat textbook) and two teachers' articles: a count
// asked when its sentence is short or breaks it into parts, a keeper named by a bare role, a
// term glossed after a dash or defined in the past tense, and no figure shown in its own stem.
// Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { generate } from '.';
import { analyze } from './analyze';
import { computableFrom } from './candidates/computable';
import { checkQuestion } from './checks';
import { buildPools, pickDistractors } from './distractors';
import { kindOf, readingsOf, stemsFor } from './test-support';

describe('a shipwreck history and a textbook, read as a teacher would', () => {
  it('asks a total that opens a short sentence as "How many … in all?"', () => {
    const text = 'Fishing boats from the village of Penmarrow rescued 22 more people that night. In all, 41 people survived. About 300 residents attended the memorial on Monday.';
    expect(stemsFor(text, '41 people')).toContain('How many people survived in all?');
    expect(stemsFor(text, '300 residents')).toContain('About how many residents attended the memorial on Monday?');
  });

  it('asks a count without the parts a colon breaks it into, which would sum to it', () => {
    const text = 'She carried 300 tons of copper ore and 64 people: a crew of 22 and 42 passengers, among them several families travelling to new work. The voyage went well for ten days.';
    const stems = stemsFor(text, '64 people');
    expect(stems.length).toBeGreaterThan(0);
    expect(stems.every((s) => !/22 and 42/.test(s))).toBe(true);
  });

  it('reads a full name with a bare role after its comma as a person, and a name a distance off as a place', () => {
    const text = 'The wreck was spotted at first light by Elspeth Maddock, keeper of the Carrow Head lighthouse. The ship struck the reef three miles off Carrow Head. Maddock received a gold medal.';
    expect(kindOf(text, 'Elspeth Maddock')).toBe('person');
    expect(kindOf(text, 'Carrow Head')).toBe('place');
  });

  it('defines a term glossed after a dash, and one defined in the past tense with a clause after', () => {
    const text =
      'A barque was a sailing ship with three or more masts, carrying square sails on every mast except the one at the stern. ' +
      "With thick cloud hiding the stars, the captain relied on dead reckoning — estimating a ship's position from its speed and the time that has passed. " +
      'A stalactite — an icicle-shaped deposit that hangs from the ceiling — grows slowly. The crowd - a record for the ground - cheered.';
    const terms = analyze(text).descriptions.map((d) => `${d.term}: ${d.description}`);
    expect(terms).toContain('barque: a sailing ship with three or more masts, carrying square sails on every mast except the one at the stern');
    expect(terms.some((t) => t.startsWith("dead reckoning: estimating a ship's position"))).toBe(true);
    expect(terms).toContain('stalactite: an icicle-shaped deposit that hangs from the ceiling');
    expect(terms.filter((t) => /^(?:masts|crowd):/.test(t))).toEqual([]);
  });

  it('never asks a figure its own stem shows in a worked sum', () => {
    const stem = 'The temperature change is _____, so the energy transferred is 1.5 × 4,200 × 80 = 504,000 J.';
    expect(computableFrom(stem, '80 °C')).toBe(true);
    expect(computableFrom('The kettle heats _____ of water in 3 days.', '3 litres')).toBe(false);
    const text = 'A kettle heats 1.5 kilograms of water from 20 °C to 100 °C. The temperature change is 80 °C, so the energy transferred is 1.5 × 4,200 × 80 = 504,000 J, or 504 kilojoules.';
    const asked = generate(text, { count: 6 }).questions;
    expect(asked.some((q) => q.answer === '80 °C')).toBe(false);
    for (const q of asked) expect(checkQuestion(q, text)).toEqual([]);
  });
});

describe('what two teachers caught in their own articles (1.21.29)', () => {
  const wreck =
    'On the night of 14 November 1763, the merchant brig Margery Vane struck the Crowle Shoals, a band of sandbanks that lies some six miles off the Dunmere coast. ' +
    'The first sign of the disaster on shore was a distress gun, which was heard shortly after midnight by Mara Quist, keeper of the Dunmere lighthouse. ' +
    'In February 1764 the Admiralty Board of Wreck Inquiry opened hearings at Hallowick. The board heard evidence from the survivors, from Mara Quist and from the officers of the company. ' +
    'In 1766 the people of Saltby raised a granite memorial on the cliff above the shoals.';

  it('reads a ship named with a given name as a named thing, shoals and a coast as places', () => {
    expect(kindOf(wreck, 'Margery Vane')).toBe('term');
    expect(kindOf(wreck, 'Crowle Shoals')).toBe('place');
    expect(kindOf(wreck, 'Dunmere')).toBe('place');
  });

  it('leaves no appositive behind a cut clause, and no "her" that points at no one', () => {
    const stems = [...stemsFor(wreck, 'Dunmere'), ...stemsFor(wreck, 'Mara Quist'), ...stemsFor(wreck, 'Saltby'), ...stemsFor(wreck, '1766')];
    expect(stems.filter((s) => /distress gun keeper|by her, keeper|from her and/.test(s))).toEqual([]);
    expect(stems.filter((s) => /the people raised/.test(s))).toEqual([]);
  });

  it('offers no year before the event the article opens on for what came after it', () => {
    for (const q of generate(wreck, { count: 10 }).questions.filter((x) => x.answer === 'February 1764' && x.type === 'multiple_choice')) {
      for (const c of q.choices) expect(Number(/\d{4}/.exec(c)![0])).toBeGreaterThanOrEqual(1763);
    }
  });

  it("reads a result after the beaten side's name, and asks it", () => {
    const text = 'Harbourside Herons won the Northern Netball Cup on Saturday, coming from six goals down to beat the holders, Kestrel Vale Comets, 54–51 in front of a crowd of 4,200. The Comets had won the cup in 2024 and 2025.';
    expect(analyze(text).mentions.find((m) => m.text === '54–51')?.unit).toBe('score');
    expect(stemsFor(text, '54–51').length).toBeGreaterThan(0);
  });

  it('keeps a park that names a town or a ground, and a museum "of Science and Navigation", whole', () => {
    const text =
      'In 1981 a sinkhole in Winter Park, Florida, swallowed a house. Rovers beat Millbrook Athletic 3-2 at Keller Park on Saturday. ' +
      'A brass astrolabe has been donated to the Wexcombe Museum of Science and Navigation, which will reopen on 14 June.';
    const stems = [...stemsFor(text, '1981'), ...stemsFor(text, '3-2'), ...stemsFor(text, '14 June')];
    expect(stems.filter((s) => /the park/.test(s))).toEqual([]);
    expect([...analyze(text).entities.values()].map((e) => e.name)).toContain('Wexcombe Museum of Science and Navigation');
  });
});

describe('a science explainer a teacher wrote, with terms defined every way (1.21.30)', () => {
  const karst =
    'Across large parts of the world, from southern China to the hills of Slovenia, the ground beneath our feet is slowly being dissolved. ' +
    'These regions are built on limestone, a sedimentary rock made mostly of calcium carbonate, and the landscape that forms when such rock is worn away by water is called karst.\n\n' +
    'When this slightly acidic water seeps into cracks in the limestone, it reacts with the calcium carbonate. This slow removal of rock by chemical reaction is called dissolution, and over thousands of years it can widen a crack.\n\n' +
    'A stream that disappears into the ground through a sinkhole or crack is called a sinking stream, and the point where underground water returns to the surface is known as a resurgence. ' +
    'Jovan Cvijić was a Serbian geographer who published Das Karstphänomen in 1893. ' +
    "Aquifers in karst rock, which are underground layers that hold and carry water, supply drinking water to around a quarter of the world's population. At the surface, karst has its own landforms.";

  it('reads each naming from its own clause, and no clause or plural gloss as a definition', () => {
    const cards = Object.fromEntries(analyze(karst).descriptions.map((d) => [d.term, d.description]));
    expect(cards['karst']).toBe('the landscape that forms when such rock is worn away by water');
    expect(cards['dissolution']).toBe('the slow removal of rock by chemical reaction');
    expect(cards['resurgence']).toBe('the point where underground water returns to the surface');
    expect(cards['limestone']).toBe('a sedimentary rock made mostly of calcium carbonate');
    expect(cards['Slovenia']).toBeUndefined();
    expect(cards['karst rock']).toBeUndefined();
    expect(kindOf(karst, 'Jovan Cvijić')).toBe('person');
  });

  it('asks a naming without the sentence before it when its own clause says what it names', () => {
    const stems = stemsFor(karst, 'dissolution');
    expect(stems.length).toBeGreaterThan(0);
    expect(stems.filter((s) => s.includes('seeps into cracks'))).toEqual([]);
  });

  it('asks a statement no fact of which can be swapped only when nothing else is left', () => {
    const asked = generate(karst, { count: 8 }).questions;
    expect(asked.filter((q) => q.prompt === 'At the surface, karst has its own landforms.')).toEqual([]);
  });
});

describe('a geography entry (1.21.31)', () => {
  const text =
    'The Dornval Mountains form a curved chain across the north of Kestrava, stretching about 420 kilometres from the Gulf of Ambra. ' +
    'The Dornval are fold mountains. Over thousands of years, glaciers have carved deep U-shaped valleys and corries — armchair-shaped hollows high on the mountainsides. ' +
    'The traditional way of life is based on transhumance: the seasonal movement of livestock between lowland pastures in winter and high pastures in summer.';

  it('never cuts a plural name before its verb ("The form a curved chain")', () => {
    expect(readingsOf(text).filter((r) => /^The form\b/.test(r))).toEqual([]);
  });

  it('reads "the Dornval" as the Dornval Mountains, a place', () => {
    const a = analyze(text);
    expect(a.mentions.filter((m) => m.text === 'Dornval').map((m) => m.key)).toEqual(['dornval mountains']);
    expect(kindOf(text, 'Dornval Mountains')).toBe('place');
  });

  it('defines a term glossed after "based on …:" and a plural one glossed by a bare plural after a dash', () => {
    const cards = Object.fromEntries(analyze(text).descriptions.map((d) => [d.term, d.description]));
    expect(cards['transhumance']).toMatch(/^the seasonal movement of livestock/);
    expect(cards['corries']).toBe('armchair-shaped hollows high on the mountainsides');
  });
});

describe('a biography and a museum guide of batch a (1.21.32)', () => {
  it('keeps a two-word term whole when the article writes it again, and glosses a study', () => {
    const text =
      'Mathematicians measure this using packing density, the fraction of a space that is actually filled by the objects. ' +
      'It was the first exact upper limit for the packing density of a curved shape. There she worked in cryptanalysis, the study of breaking codes and ciphers.';
    const cards = Object.fromEntries(analyze(text).descriptions.map((d) => [d.term, d.description]));
    expect(cards['packing density']).toBe('the fraction of a space that is actually filled by the objects');
    expect(cards['density']).toBeUndefined();
    expect(cards['cryptanalysis']).toBe('the study of breaking codes and ciphers');
  });

  it("takes a visitors' notice for no glossary entry, a measure for no term, and a bare noun's gloss after a dash", () => {
    const text =
      "The women's hands are built up with impasto — paint applied so thickly that the marks of the brush stand out. The canvas measures 182 by 240 centimetres — an enormous size to manage outdoors.\n\n" +
      '- **Audio guide:** available in five languages, free with admission.\n- **Sketching:** welcome in all galleries; please use pencils only.\n- **Family trail:** pick up a printed trail at the entrance.';
    const terms = analyze(text).descriptions.map((d) => d.term);
    expect(terms).toContain('impasto');
    expect(terms.filter((t) => /^(?:Audio guide|Sketching|Family trail|centimetres)$/.test(t))).toEqual([]);
  });

  it('reads a newspaper by its name as a body', () => {
    expect(kindOf('A critic for the Merrion Evening Courier called them "ashes on canvas". The Merrion Evening Courier closed in 1961.', 'Merrion Evening Courier')).toBe('organization');
  });
});

describe('an obituary and a business story two more teachers wrote (1.21.33)', () => {
  it("never cuts an obituary's own verb as if it were a participle phrase", () => {
    const text = 'Margarethe Voss, the painter whose vast, pale canvases of the Baltic coast made her one of the most admired landscape artists of her generation, died on 14 March 2024 at her home in Aldeburgh, Suffolk. She was 87.';
    expect(readingsOf(text).filter((r) => !/\bdied\b/.test(r))).toEqual([]);
  });

  it('reads "the clean-energy company Voltmare" as a company, though it "believes" and "says"', () => {
    const text =
      'The Swedish clean-energy company Voltmare on Tuesday opened a battery factory in Sundvik. The plant will make batteries for ferries, a market that Voltmare believes will grow. ' +
      "Voltmare's chief executive, Karin Holmberg, said the town had a deep harbour. Voltmare says that 200 jobs have been filled. Voltmare is not alone in chasing the market.";
    expect(kindOf(text, 'Voltmare')).toBe('organization');
  });

  it('writes a made-up amount with a digit after the point where the answer has one, and offers no fund as a firm', () => {
    const a = analyze('The council approved savings of £18.6 million on Tuesday.');
    const d = pickDistractors(a, 'quantity', '£18.6 million', '£18.6 million', 'The council approved savings of _____ on Tuesday.', buildPools(a), 3);
    expect(d!.values.filter((v) => /\.0 million/.test(v))).toEqual([]);
    const text =
      'The government gave a grant through its Green Industry Transition Fund. Its first customer is the Baltic operator Nordlink Ferries. ' +
      'The main competitor, the Norwegian firm Fjordcell, opened a plant last year. A loan came from the Northern Regional Council. Fjordcell and Nordlink Ferries declined to comment.';
    const b = analyze(text);
    const firms = pickDistractors(b, 'organization', 'nordlink ferries', 'Nordlink Ferries', 'Its first customer is the Baltic operator _____.', buildPools(b), 2);
    expect(firms?.values ?? []).not.toContain('Green Industry Transition Fund');
    expect(firms?.values ?? []).not.toContain('Northern Regional Council');
  });
});

describe('a council report and an interview (1.21.34)', () => {
  it('reads "passed by 31 votes to 24" as a tally, offers tallies of the same votes, and never leaves "passed by with"', () => {
    const text = 'The budget, which was passed by 31 votes to 24 with three abstentions, includes savings of £18.6 million. Outside, 200 people protested against the closure of the Riverside centre.';
    expect(analyze(text).mentions.find((m) => m.text === '31 votes to 24')?.unit).toBe('tally');
    const q = generate(text, { count: 6 }).questions.find((x) => x.answer === '31 votes to 24' && x.type === 'multiple_choice');
    for (const c of q?.choices ?? []) expect(c.split(' votes to ').map(Number).reduce((x, y) => x + y, 0)).toBe(55);
    expect(readingsOf(text).filter((r) => /passed by with/.test(r))).toEqual([]);
  });

  it('offers councillors first for "Councillor _____"', () => {
    const text =
      'Councillor Priya Chandran, the cabinet member for finance, opened the debate. Councillor Graham Oduya supported the amendment. ' +
      'Denise Whitlock, the chair of Save Our Riverside, said the group would fight on. The opposition was led by Councillor Eleanor Briggs. Councillor Martin Hale spoke last.';
    const a = analyze(text);
    const d = pickDistractors(a, 'person', 'eleanor briggs', 'Eleanor Briggs', 'The opposition was led by Councillor _____.', buildPools(a), 3);
    expect(d?.values).toBeDefined();
    expect(d!.values).not.toContain('Denise Whitlock');
  });

  it('offers no country from across the world for a place the lexicon knows no region of', () => {
    const text = 'We sailed from Bergen to Reykjavik. On day nineteen the winch failed during a storm off the Faroe Islands. We crossed the Norwegian Sea and the Reykjanes Ridge twice.';
    const a = analyze(text);
    const d = pickDistractors(a, 'place', 'faroe islands', 'Faroe Islands', 'On day nineteen the winch failed during a storm off the _____.', buildPools(a), 3);
    expect(d?.values ?? []).not.toContain('Pakistan');
    for (const v of d?.values ?? []) expect(text).toContain(v);
  });
});

describe("an artist's obituary (1.21.35)", () => {
  const text =
    'Margarethe Voss, the painter whose vast, pale canvases of the Baltic coast made her one of the most admired landscape artists of her generation, died on 14 March 2024 at her home in Aldeburgh, Suffolk. ' +
    'In 1968 she produced "Salt Marsh at Dawn", a canvas that hangs today in the Tate. The art critic Helen Ashby, writing in The Guardian, called her "the only painter who could make emptiness feel crowded". ' +
    'Within a decade the painting had become one of the most reproduced British landscapes of the period.';

  it('asks no nationality that only describes a noun', () => {
    expect(stemsFor(text, 'British')).toEqual([]);
  });

  it('reads where a critic wrote as a publication and "the Tate" as no person', () => {
    expect(kindOf(text, 'The Guardian')).toBe('organization');
    expect(kindOf(text, 'Tate')).not.toBe('person');
  });

  it('writes no card cut off inside its "whose" clause ("the painter whose vast")', () => {
    expect(analyze(text).descriptions.filter((d) => /whose vast$/.test(d.description))).toEqual([]);
  });
});

describe('a question-and-answer interview (1.21.36)', () => {
  it('says whose "my" a stem from an answer means, the interviewee named before the first question', () => {
    const text =
      'Dr. Mireille Okafor, a deep-sea ecologist at the University of Tromsø, returned last month from a six-week expedition. We spoke with her about lantern fish.\n\n' +
      'Q: What was the highlight of the voyage?\n\n' +
      "A: Honestly, it was a small lantern fish that my colleague Dr. Tomas Lindqvist spotted in a sample at three o'clock in the morning. He came running into the lab in his socks.";
    expect(stemsFor(text, 'Tomas Lindqvist')).toContain("Honestly, it was a small lantern fish that Mireille Okafor's colleague Dr. _____ spotted in a sample at three o'clock in the morning.");
  });
});

describe('a stem that points back (1.21.37)', () => {
  it('leaves out a connective that points to the sentence before ("For this reason, …")', () => {
    const text =
      'Because water moves through open channels, it is filtered very little. For this reason, geologists who map karst regions often use harmless dyes, poured into a sinkhole, to trace where the water goes. ' +
      'A sinkhole is a bowl-shaped hollow that forms when the roof of a cavity collapses.';
    const stems = stemsFor(text, 'sinkhole');
    expect(stems.filter((s) => /dyes/.test(s)).length).toBeGreaterThan(0);
    expect(stems.filter((s) => /^For this reason/.test(s))).toEqual([]);
  });
});

describe('what a code review of 1.21.28–1.21.37 found (1.21.38)', () => {
  it('joins no two bodies by "and", only fields of one ("of Science and Navigation")', () => {
    const names = (t: string): string[] => [...analyze(t).entities.values()].map((e) => e.name);
    expect(names('The Bank of England and Barclays said on Thursday that rates would stay at 5 per cent.')).not.toContain('Bank of England and Barclays');
    expect(names('A joint study by the University of Exeter and Oxfam found that prices rose.')).not.toContain('University of Exeter and Oxfam');
    expect(names('An astrolabe was donated to the Wexcombe Museum of Science and Navigation last week.')).toContain('Wexcombe Museum of Science and Navigation');
  });

  it('keeps no verb or count in a repeated pair, and reads "this kind of" and ", and this" right', () => {
    const terms = (t: string): Record<string, string> => Object.fromEntries(analyze(t).descriptions.map((d) => [d.term, d.description]));
    expect(terms('In the study, scientists measure melatonin, a hormone that controls sleep. To measure melatonin they take saliva.')['measure melatonin']).toBeUndefined();
    const abrasion = terms('Waves hurl sand and pebbles against the cliff, wearing it away. This kind of erosion is called abrasion.');
    expect(abrasion['abrasion']).toMatch(/^Waves hurl sand/);
    const infiltration = terms('Clouds form over the hills. Rain soaks slowly into the ground, and this is called infiltration.');
    expect(infiltration['infiltration']).toBe('Rain soaks slowly into the ground');
  });

  it('cuts no plural name before its verb, whatever follows the verb', () => {
    expect(readingsOf('The Malvern Hills rise to 425 metres above the Severn plain, and the Malvern Hills region draws walkers from across England.').filter((r) => /^The rise\b/.test(r))).toEqual([]);
  });

  it('takes no ranking aside after a dash for a definition, and keeps a glossary entry that opens with a noun of', () => {
    const terms = analyze('The club was fined after a dispute — the third this season — with referees.\n\n- **Respiration:** release of energy from glucose in every living cell.').descriptions.map((d) => d.term);
    expect(terms).not.toContain('dispute');
    expect(terms).toContain('Respiration');
  });

  it('glosses a Latin plural by "which are"', () => {
    expect(analyze('Water leaves the leaf through stomata, which are tiny pores in the surface of the leaf.').descriptions.map((d) => d.term)).toContain('stomata');
  });

  it('asks no count its parts after a colon add up to, the noun before the colon', () => {
    const stems = stemsFor('The squad has 23 players: 3 goalkeepers, 8 defenders, 7 midfielders and 5 forwards. The coach named it on Monday.', '23 players');
    expect(stems).toContain('The squad has _____.');
    expect(stems.filter((s) => ['3 goalkeepers', '8 defenders', '7 midfielders', '5 forwards'].every((p) => s.includes(p)))).toEqual([]);
  });

  it('reads no thriller as a person, and keeps a travelling manager\'s verb', () => {
    expect(kindOf('Silent Water is a psychological thriller by Ingrid Holm. Silent Water sold well.', 'Silent Water')).not.toBe('person');
    expect(readingsOf('Tom Reyes, the manager whose side won the cup, travelled to Madrid in 2019 to sign the striker.').filter((r) => !/travelled/.test(r))).toEqual([]);
  });
});
