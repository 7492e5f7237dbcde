// Rules added with generator 1.20.2–1.20.5 (issue #3), found by reading the tuning quizzes. In a
// question-and-answer interview: an interviewer's question was blanked ("who are the _____?"),
// stems began "Q:" or "A:", "I'd" and "I've" were asked as names, a statement in the first person
// was put to the reader as true or false, "Each lantern is …" made "Each lantern" a term, and
// "Mostly varroa" was read as a Latin species name. Elsewhere: a cut after an age ("Tanabe, 24[,
// who …], has") took the age's closing comma, a cut agent left "a project run.", and "Greyfen"
// after "Greyfen Recycling Ltd" was taken for a person ("At her site"). Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { isDirectQuestion } from './exercises';
import { endsInBareParticiple } from './candidates/reduce-text';
import { generate } from './index';
import { readingsOf } from './test-support';


const interview = [
  'Nnenna Achterberg is the author of The Lighthouse Mice, a series of stories that has sold 1.2 million copies.',
  '**Q: For readers who haven’t met them yet, who are the Lighthouse Mice?**',
  'A: They are three mice who keep a lighthouse on Gullrock Island.',
  '**Q: You won the Wintermoor Prize in 2024. Did that change anything?**',
  "A: It did. My daughter Femi looked at me as if I'd won the lottery, and I'm still answering the letters.",
  'I grew up in Lagos and moved to Utrecht in 1998 to study history at the university there.',
  'My editor, Ilse Moreno-Park, read the manuscript on a train in 2016 and phoned me that evening.',
].join('\n\n');

describe('an interview', () => {
  const result = generate(interview, { count: 20, types: ['multiple_choice', 'short_answer', 'true_false'] });

  it('blanks no question the interviewer asks', () => {
    expect(result.questions.filter((q) => /\?$/.test(q.prompt) && q.prompt.includes('_____')).map((q) => q.prompt)).toEqual([]);
    expect(isDirectQuestion('Q: For readers who haven’t met them yet, who are the Lighthouse Mice?**')).toBe(true);
    // A question after a colon is part of a statement, which may be asked.
    expect(isDirectQuestion('Her project asked a simple question: do the fountains contain microplastics?')).toBe(false);
  });

  it('drops the speaker labels from stems', () => {
    const prompts = result.questions.map((q) => q.prompt);
    expect(prompts.filter((p) => /^(?:Q|A):/.test(p))).toEqual([]);
    expect(prompts.some((p) => /^You won the .+ in _____\.$/.test(p))).toBe(true);
  });

  it('asks no contraction of "I" as a name, nor offers one as a choice', () => {
    expect(analyze("She looked at me as if I'd said something terribly sad, and I've not forgotten it.").mentions).toEqual([]);
    expect(result.questions.flatMap((q) => [q.answer, ...(q.choices ?? [])]).filter((x) => /^I['’]/.test(x))).toEqual([]);
  });

  it('puts no statement in the first or second person as true or false', () => {
    const statements = result.questions.filter((q) => q.type === 'true_false').map((q) => q.prompt);
    expect(statements.filter((p) => /^(?:I|My|You|We)\b/.test(p))).toEqual([]);
  });
});

describe('terms in speech', () => {
  const glosses = (text: string): Record<string, string> =>
    Object.fromEntries(analyze(text).descriptions.filter((d) => d.kind === 'term').map((d) => [d.term, d.description]));

  it('reads "Each lantern is …" as defining a lantern', () => {
    expect(glosses('Each lantern is a painted wooden box holding around 60 books.')).toEqual({ lantern: 'a painted wooden box holding around 60 books' });
  });

  it('glosses "we call them lanterns" with the phrase the aside follows', () => {
    expect(glosses('It is a charity that puts small libraries, we call them lanterns, into places where children wait.')).toEqual({ lanterns: 'small libraries' });
  });

  it('reads no everyday word opening a sentence as a genus', () => {
    expect(analyze('Mostly varroa, and the viruses the mite carries.').mentions.map((m) => m.text)).toEqual([]);
    expect(analyze('The beetle Troglobius karstensis lives in caves.').mentions.map((m) => m.text)).toEqual(['Troglobius karstensis']);
  });
});

describe('an age set off by commas', () => {
  it('keeps its closing comma when the clause after it is cut', () => {
    const text = 'Tanabe, 24, who joined from Urawa in 2023 for a fee of around £90,000, has 17 goals in all competitions this season.';
    const read = readingsOf(text);
    expect(read).toContain('Tanabe, 24, has 17 goals in all competitions this season.');
    expect(read.filter((r) => r.startsWith('Tanabe, 24 has'))).toEqual([]);
  });
});

describe('a passive’s agent', () => {
  it('is not cut from a participle of its own after the passive', () => {
    const text = 'In addition to the fine, Greyfen was ordered to pay £150,000 towards a river restoration project run by the Lenn Valley Rivers Trust.';
    const read = readingsOf(text);
    expect(read.filter((r) => /project run\.$/.test(r))).toEqual([]);
  });

  it('tells a participle describing a noun from the sentence’s own verb', () => {
    expect(endsInBareParticiple('Greyfen was ordered to pay £150,000 towards a restoration project run')).toBe(true);
    expect(endsInBareParticiple('About 40 volunteers gathered')).toBe(false);
    expect(endsInBareParticiple('The company will open a second plant')).toBe(false);
    expect(endsInBareParticiple('The boatyard was founded')).toBe(false);
  });

  it('is still cut where the passive is the sentence’s last verb', () => {
    const text = 'The boatyard was founded in 1887 by a shipwright named Elias Tanner.';
    expect(readingsOf(text)).toContain('The boatyard was founded in 1887.');
  });
});

describe('a firm’s short name', () => {
  it('is the firm whose name it opens, when a legal form closes that name', () => {
    const text = [
      'Greyfen Recycling Ltd pleaded guilty at Carrowby Crown Court to polluting the river.',
      'Isobel Tranh, representing Greyfen, said the company accepted full responsibility.',
      'In addition to the fine, Greyfen was ordered to pay £94,500 in prosecution costs.',
    ].join(' ');
    const a = analyze(text);
    expect(a.entities.get('greyfen')).toBeUndefined();
    expect(a.entities.get('greyfen recycling ltd')).toMatchObject({ kind: 'organization', count: 3 });
  });
});
