// Cloze questions: a whole phrase of a salient sentence blanked, answered by
// choice (multiple_choice) or typed (short_answer).
import { pickDistractors, type Pools } from '../distractors';
import { tidy } from '../markup';
import type { Analysis, Mention } from '../types';
import { clamp01, containsTerm, explain, giveawayTerms, makeId, orderChoices, sourceOf, type Candidate } from './candidate';

export const BLANK = '_____';
const KIND_PRIOR: Record<string, number> = { person: 0.3, place: 0.25, organization: 0.3, date: 0.3, quantity: 0.3, number: 0.2, term: 0.3 };

export function clozeCandidates(a: Analysis, pools: Pools, maxCount: number): Candidate[] {
  const out: Candidate[] = [];
  for (const s of a.sentences) {
    const words = tidy(s.text).split(' ').length;
    if (words < 6 || words > 60) continue;
    for (const m of a.bySentence[s.index]) {
      const c = clozeFor(a, pools, m, words, maxCount);
      if (c) out.push(...c);
    }
  }
  return out;
}

export function blankStem(a: Analysis, m: Mention): string {
  const s = a.sentences[m.sentence];
  let before = a.masked.slice(s.start, m.start);
  const after = a.masked.slice(m.end, s.end);
  // "a _____" / "an _____" would hint at the answer's first letter.
  before = before.replace(/\b([Aa])n?(\s+)$/, (_x, a1: string, sp: string) => `${a1}(n)${sp}`);
  return tidy(before + BLANK + after);
}

function clozeFor(a: Analysis, pools: Pools, m: Mention, words: number, maxCount: number): Candidate[] | null {
  const e = a.entities.get(m.key);
  if (!e) return null;
  const answer = tidy(m.text);
  if (answer.length < 2) return null;
  const stem = blankStem(a, m);
  const isPerson = m.kind === 'person';
  const giveaway = giveawayTerms(answer, e.name, isPerson);
  // The stem must not show the answer elsewhere (e.g. "Baku ... Baku").
  if (giveaway.some((g) => containsTerm(stem, g))) return null;
  if (insideQuote(a, m)) return null;
  const salience = a.salience[m.sentence];
  const weight = Math.log1p(e.count) / Math.log1p(maxCount);
  const fit = words >= 8 && words <= 35 ? 0.1 : 0;
  // The sentence that defines a term is the best place to ask for it.
  const defines = a.descriptions.some((d) => d.sentence === m.sentence && d.term.toLowerCase() === answer.toLowerCase()) ? 0.25 : 0;
  const fullName = isPerson && answer.includes(' ') ? 0.1 : 0;
  const base = salience + 0.4 * weight + (KIND_PRIOR[m.kind] ?? 0.2) + fit + defines + fullName;
  const source = sourceOf(a, m.sentence, m.sentence);
  const explanation = explain(a, m.sentence, m.sentence);
  const common = { kind: m.kind, answer, explanation, source, factKey: m.key, sentence: m.sentence, giveaway };
  const out: Candidate[] = [];
  const d = pickDistractors(a, m.kind, m.key, answer, stem, pools);
  if (d) {
    const numeric = m.kind === 'date' || m.kind === 'number' || m.kind === 'quantity';
    const prompt = stem;
    out.push({
      ...common,
      id: makeId(m.kind, 'multiple_choice', answer, m.start, prompt),
      type: 'multiple_choice',
      prompt,
      choices: orderChoices([answer, ...d.values], numeric, prompt),
      difficulty: clamp01(0.35 + (d.synthetic ? 0 : 0.15) + (words > 30 ? 0.1 : 0)),
      score: base + (d.synthetic ? 0.05 : 0.2),
    });
  }
  if (m.kind !== 'number' && answer.split(' ').length <= 4) {
    const prompt = stem;
    out.push({
      ...common,
      id: makeId(m.kind, 'short_answer', answer, m.start, prompt),
      type: 'short_answer',
      prompt,
      choices: [],
      difficulty: clamp01(0.6 + (answer.length > 12 ? 0.15 : 0)),
      score: base + (m.kind === 'date' || answer.split(' ').length > 1 ? 0.05 : -0.05),
    });
  }
  return out;
}

function insideQuote(a: Analysis, m: Mention): boolean {
  const s = a.sentences[m.sentence];
  const before = a.masked.slice(s.start, m.start);
  const open = (before.match(/“/g)?.length ?? 0) - (before.match(/”/g)?.length ?? 0);
  if (open > 0) return true;
  // A sentence that continues a quote opened earlier has a closing mark but no opening one.
  const after = a.masked.slice(m.end, s.end);
  return (after.match(/”/g)?.length ?? 0) > (after.match(/“/g)?.length ?? 0) && !/“/.test(before);
}
