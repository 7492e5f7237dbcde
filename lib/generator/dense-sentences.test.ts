// Rules added with generator 1.8.0: amounts typed with their unit, more cuts so each fact of
// a dense sentence can be asked apart, a fourth and fifth fact of one sentence when the quiz is
// short, no describing word taken for a role, and "she said" never resolved to a man's name.
// Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import type { Candidate } from './candidates/candidate';
import { clozeCandidates } from './candidates/cloze';
import { piece, reductions } from './candidates/reduce';
import { buildPools } from './distractors';
import { findQuotes } from './quotes';
import { selectQuestions } from './rank';

const readings = (text: string, i = 0): string[] => {
  const a = analyze(text);
  const s = a.sentences[i];
  return reductions(a, i).map((r) => piece(a, s.start, s.end, r).replace(/\s+/g, ' ').trim().replace(/^\p{Ll}/u, (c) => (r.recap ? c.toUpperCase() : c)));
};
const clozes = (text: string): Candidate[] => {
  const a = analyze(text);
  return clozeCandidates(a, buildPools(a), 5);
};

describe('amounts typed with their unit', () => {
  it('blanks the number and its unit together in a short answer', () => {
    const typed = clozes('Ahead of us lay 86 kilometres of canal and the long tunnel at Castle Edge.').filter((c) => c.type === 'short_answer' && c.kind === 'quantity');
    expect(typed.length).toBeGreaterThan(0);
    for (const c of typed) {
      expect(c.answer).toBe('86 kilometres');
      expect(c.prompt).toContain('lay _____ of canal');
      expect(c.prompt).not.toContain('kilometres');
    }
  });
});

describe('counts asked with what they count', () => {
  it('blanks a count with its noun, the choices keeping the noun', () => {
    const mc = clozes('Ashgrove Primary, which has 86 pupils, will close in July 2026 after a long campaign.').filter((c) => c.type === 'multiple_choice' && c.answer === '86 pupils');
    expect(mc.length).toBeGreaterThan(0);
    for (const c of mc) {
      expect(c.prompt).toContain('which has _____,');
      expect(c.choices.every((x) => /^[\d,]+ pupils$/.test(x))).toBe(true);
    }
  });
});

describe('short sentences', () => {
  it('asks the amount of a five-word sentence', () => {
    expect(clozes('The trial ran for two years. Each breakfast cost about 45p.').some((c) => c.answer === '45p' && c.prompt === 'Each breakfast cost about _____.')).toBe(true);
  });
});

describe('cuts that free a second fact of a sentence', () => {
  it('cuts a closing "since" date after a perfect tense', () => {
    expect(readings('Its last headteacher, Owen Bright, has taught there since 1998.')).toContain('Its last headteacher, Owen Bright, has taught there.');
  });

  it('cuts the place phrase of a subject before its verb', () => {
    expect(readings('Two primary schools in the Brackley valley will merge next year under a plan approved by Fenwick District Council on Thursday.'))
      .toContain('Two primary schools will merge next year under a plan approved by Fenwick District Council on Thursday.');
  });

  it('cuts an amount hung on "worth"', () => {
    expect(readings('The train maker Carmo Rail has won a contract worth 1.9 billion euros to build 140 trains for the national operator.'))
      .toContain('The train maker Carmo Rail has won a contract to build 140 trains for the national operator.');
  });

  it('cuts an amount hung on "worth at least"', () => {
    expect(readings('Its chair, Tomasz Wielgus, said traders had lost stock worth at least £400,000.')).toContain('Its chair, Tomasz Wielgus, said traders had lost stock.');
  });

  it('cuts a closing "while" clause opened by a plural noun', () => {
    expect(readings('Police closed Tanner Street and Mill Lane on Friday while engineers from Holloway Structural checked the walls.'))
      .toContain('Police closed Tanner Street and Mill Lane on Friday.');
  });

  it('cuts a start date after a span', () => {
    expect(readings('The Ridgeford bypass will close for six weeks from 3 March so that engineers can repair a cracked viaduct.'))
      .toContain('The Ridgeford bypass will close for six weeks so that engineers can repair a cracked viaduct.');
  });

  it('cuts a closing attribution to a named body', () => {
    expect(readings('The Ridgeford bypass will close for six weeks so that engineers can repair the viaduct, Calder County Council said on Wednesday.'))
      .toContain('The Ridgeford bypass will close for six weeks so that engineers can repair the viaduct.');
  });

  it('cuts a name that only modifies a common noun', () => {
    const r = readings('She steered us through the Castle Edge tunnel, which is 2.4 kilometres long and has no towpath.');
    expect(r).toContain('She steered us through the tunnel, which is 2.4 kilometres long and has no towpath.');
    // "the Marigold left …": a verb after the name is no noun it modifies.
    expect(readings('Our barge, the Marigold left Holby at dawn with 12 passengers on board.').some((x) => /the left/.test(x))).toBe(false);
  });

  it('never takes a describing word for a role that stands in for a name', () => {
    const text = 'The festival opened with a screening of a documentary by Camila Rojas at the restored Empire Cinema on Quay Street.';
    for (const r of readings(text)) expect(r).not.toMatch(/restored on/);
  });
});

describe('dense sentences', () => {
  it('asks a fourth and fifth fact of one sentence when the quiz is still short', () => {
    const kinds = ['organization', 'number', 'date', 'place', 'person'] as const;
    const cands: Candidate[] = kinds.map((kind, k) => ({
      id: `c${k}`, type: 'multiple_choice', kind, prompt: `Question ${k} about fact ${kind}?`, choices: [`a${k}`, `b${k}`], answer: `a${k}`,
      explanation: '', difficulty: 0.5, source: { sentence: 'x', start: 0, end: 1 }, score: 1, factKey: `f${k}`, sentence: 0, giveaway: [`a${k}`],
    }));
    expect(selectQuestions(cands, 5, ['multiple_choice', 'short_answer'], 1)).toHaveLength(5);
  });
});

describe('who said it', () => {
  it('never resolves "she said" to a man named earlier', () => {
    const text = 'It was the first win since 1987, when the club was coached by Walter Brandt.\n\nThe stroke set a rate of 38 strokes a minute. "We knew Ostbury would fade, so we waited," she said.';
    const speakerOf = (t: string): string | undefined => {
      const a = analyze(t);
      return findQuotes(a.sentences, a.bySentence, a.masked).find((q) => /Ostbury would fade/.test(q.words))?.speakerKey;
    };
    expect(speakerOf(text)).toBeUndefined();
    expect(speakerOf(text.replace('Walter Brandt', 'Helen Marsh'))).toBe('helen marsh');
  });
});
