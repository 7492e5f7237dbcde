// Picks the best N candidates greedily: score, then variety of kinds and types,
// spread across the article, one question per fact, and no stem that gives
// away another question's answer.
import { contentWords } from './distractors';
import { containsTerm, type Candidate } from './candidates/candidate';
import type { QuestionType } from './types';

const TYPE_SHARE: Record<QuestionType, number> = { multiple_choice: 0.65, true_false: 0.15, short_answer: 0.2 };

export function selectQuestions(candidates: Candidate[], count: number, types: QuestionType[], sentenceCount: number): Candidate[] {
  const allowed = new Set(types);
  const pool = candidates.filter((c) => allowed.has(c.type)).sort((x, y) => y.score - x.score || x.id.localeCompare(y.id));
  // Greedy selection looks at the strongest few hundred only, so large articles stay linear.
  const shortlist = pool.slice(0, Math.max(300, count * 30));
  const share = normalizeShares(types);
  const chosen: Candidate[] = [];
  const words = new Map<Candidate, Set<string>>();
  const wordsOf = (c: Candidate): Set<string> => {
    let w = words.get(c);
    if (!w) words.set(c, (w = new Set(contentWords(c.prompt))));
    return w;
  };
  const used = new Set<string>();
  const perSentence = new Map<number, number>();
  while (chosen.length < count) {
    let best: Candidate | undefined;
    let bestScore = -Infinity;
    for (const c of shortlist) {
      if (used.has(c.id) || (perSentence.get(c.sentence) ?? 0) >= 2 || chosen.some((s) => conflicts(s, c, wordsOf))) continue;
      const v = c.score - penalty(c, chosen, share, sentenceCount, count);
      if (v > bestScore) {
        bestScore = v;
        best = c;
      }
    }
    if (!best) break;
    chosen.push(best);
    used.add(best.id);
    perSentence.set(best.sentence, (perSentence.get(best.sentence) ?? 0) + 1);
  }
  return chosen;
}

function normalizeShares(types: QuestionType[]): Record<QuestionType, number> {
  const total = types.reduce((s, t) => s + TYPE_SHARE[t], 0);
  const out = { multiple_choice: 0, true_false: 0, short_answer: 0 };
  for (const t of types) out[t] = TYPE_SHARE[t] / total;
  return out;
}

function penalty(c: Candidate, chosen: Candidate[], share: Record<QuestionType, number>, sentenceCount: number, count: number): number {
  let p = 0;
  let sameKind = 0;
  let sameType = 0;
  let nearest = Infinity;
  for (const s of chosen) {
    if (s.kind === c.kind) sameKind++;
    if (s.type === c.type) sameType++;
    if (s.factKey === c.factKey) p += 0.45;
    // A statement about a sentence already asked about repeats that question.
    // A second question on one sentence must test another kind of fact (checked in conflicts).
    if (s.sentence === c.sentence) p += s.type === 'true_false' || c.type === 'true_false' ? 1.2 : 0.35;
    nearest = Math.min(nearest, Math.abs(s.sentence - c.sentence));
  }
  p += 0.08 * sameKind;
  if ((sameType + 1) / (chosen.length + 1) > share[c.type] + 0.05) p += c.type === 'true_false' ? 0.6 : 0.3;
  else if (sameType / Math.max(1, chosen.length) < share[c.type]) p -= c.type === 'true_false' ? 0.05 : 0.15;
  const gap = sentenceCount / Math.max(1, count);
  if (chosen.length) p += 0.15 * (1 - Math.min(1, nearest / gap));
  return p;
}

/** Same fact asked twice, or one stem revealing the other's answer. */
export function conflicts(a: Candidate, b: Candidate, wordsOf: (c: Candidate) => Set<string>): boolean {
  if (a.factKey === b.factKey && a.type === b.type) return true;
  if (a.factKey === b.factKey && a.sentence === b.sentence) return true;
  if (a.prompt === b.prompt) return true;
  const overlap = a.source.start < b.source.end && b.source.start < a.source.end;
  if (overlap && a.type !== 'true_false' && b.type !== 'true_false') {
    if (a.sentence === b.sentence && a.kind === b.kind) return true;
    // "Who said …?" and "… said _____" ask for the same person.
    if (a.giveaway.some((g) => b.giveaway.includes(g))) return true;
  }
  return revealsTo(a, b, wordsOf) || revealsTo(b, a, wordsOf);
}

function revealsTo(asker: Candidate, other: Candidate, wordsOf: (c: Candidate) => Set<string>): boolean {
  if (!asker.giveaway.some((g) => containsTerm(other.prompt, g))) return false;
  // The name alone is no giveaway; it is when the other stem states the same fact.
  if (asker.source.start < other.source.end && other.source.start < asker.source.end) return true;
  const mine = wordsOf(asker);
  const theirs = wordsOf(other);
  let shared = 0;
  for (const w of mine) if (theirs.has(w)) shared++;
  return shared / Math.max(1, mine.size) >= 0.4;
}
