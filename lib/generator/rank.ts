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
  const kindShare = kindShares(pool);
  const chosen: Candidate[] = [];
  const words = new Map<Candidate, Set<string>>();
  const wordsOf = (c: Candidate): Set<string> => {
    let w = words.get(c);
    if (!w) words.set(c, (w = new Set(contentWords(c.prompt))));
    return w;
  };
  const used = new Set<string>();
  const index = new Map(shortlist.map((c, k) => [c, k]));
  const memo = new Map<number, boolean>();
  const conflictOf = (x: Candidate, y: Candidate): boolean => {
    const i = index.get(x) ?? -1;
    const j = index.get(y) ?? -1;
    if (i < 0 || j < 0) return conflicts(x, y, wordsOf);
    const key = i < j ? i * shortlist.length + j : j * shortlist.length + i;
    let r = memo.get(key);
    if (r === undefined) memo.set(key, (r = conflicts(x, y, wordsOf)));
    return r;
  };
  const perSentence = new Map<number, number>();
  // Statements come last, from what is left: a true/false item spends a whole
  // sentence, so the facts the article's sentences hold are asked for first.
  const statements = allowed.has('true_false') && allowed.size > 1 ? Math.floor(count * share.true_false) : 0;
  fill(count - statements, (c) => c.type !== 'true_false', 2);
  // A news sentence packs a venue, a crowd, an amount and a date: a third fact of one
  // sentence, asked apart, is still better than a statement repeating the sentence.
  fill(count - statements, (c) => c.type !== 'true_false', 3);
  // A sentence of five facts ("Ashgrove Primary, which has 86 pupils, will close in July
  // 2026 …") may give a fourth and fifth when the quiz is still short of its count.
  fill(count - statements, (c) => c.type !== 'true_false', 5);
  // Still short: a fact blocked by one or two chosen questions is freed by asking their facts
  // another way ("The _____ has bought …" cut to leave out the sum it was paid).
  repair(count - statements, 5);
  fill(count, () => true, 2);
  // A short, dense article may run out of sentences: a third question on one is better than a short quiz.
  fill(count, () => true, 3);
  return chosen;

  function repair(target: number, maxPerSentence: number): void {
    const byFact = new Map<string, Candidate[]>();
    for (const c of shortlist) {
      if (c.type === 'true_false') continue;
      const list = byFact.get(c.factKey);
      if (list) list.push(c);
      else byFact.set(c.factKey, [c]);
    }
    for (let round = 0; chosen.length < target && round < count; round++) {
      const asked = new Set(chosen.map((s) => s.factKey));
      let best: { c: Candidate; swaps: Array<[Candidate, Candidate]>; v: number } | null = null;
      for (const [fact, list] of byFact) {
        if (asked.has(fact)) continue;
        // A fact's strongest few readings (the shortlist is sorted by score).
        for (const c of list.slice(0, REPAIR_READINGS)) {
          const blockers = chosen.filter((s) => conflictOf(s, c));
          if (!blockers.length || blockers.length > REPAIR_BLOCKERS) continue;
          const swaps = reroute(c, blockers);
          if (!swaps) continue;
          const v = c.score + swaps.reduce((t, [s, alt]) => t + alt.score - s.score, 0) - penalty(c, chosen, share, kindShare, sentenceCount, count);
          if (!best || v > best.v) best = { c, swaps, v };
        }
      }
      if (!best) break;
      for (const [s, alt] of best.swaps) {
        chosen[chosen.indexOf(s)] = alt;
        used.add(alt.id);
        perSentence.set(s.sentence, (perSentence.get(s.sentence) ?? 1) - 1);
        perSentence.set(alt.sentence, (perSentence.get(alt.sentence) ?? 0) + 1);
      }
      chosen.push(best.c);
      used.add(best.c.id);
      perSentence.set(best.c.sentence, (perSentence.get(best.c.sentence) ?? 0) + 1);
    }

    /** Another reading for each blocker, clear of `c`, of the rest of the quiz and of each other. */
    function reroute(c: Candidate, blockers: Candidate[]): Array<[Candidate, Candidate]> | null {
      // Questions per sentence once the swaps are made: the quiz's counts plus what changes.
      const delta = new Map<number, number>();
      const load = (k: number): number => (perSentence.get(k) ?? 0) + (delta.get(k) ?? 0);
      const bump = (k: number, d: number): void => {
        delta.set(k, (delta.get(k) ?? 0) + d);
      };
      for (const s of blockers) bump(s.sentence, -1);
      bump(c.sentence, 1);
      if (load(c.sentence) > maxPerSentence) return null;
      const swaps: Array<[Candidate, Candidate]> = [];
      for (const s of blockers) {
        let found: Candidate | null = null;
        for (const alt of byFact.get(s.factKey) ?? []) {
          if (alt === s || load(alt.sentence) + 1 > maxPerSentence || conflictOf(alt, c)) continue;
          if (chosen.some((x) => !blockers.includes(x) && conflictOf(x, alt)) || swaps.some(([, y]) => conflictOf(y, alt))) continue;
          found = alt;
          break;
        }
        if (!found) return null;
        bump(found.sentence, 1);
        swaps.push([s, found]);
      }
      return swaps;
    }
  }

  function fill(target: number, eligible: (c: Candidate) => boolean, maxPerSentence: number): void {
    while (chosen.length < target) {
      const open: Array<{ c: Candidate; v: number }> = [];
      for (const c of shortlist) {
        if (!eligible(c) || used.has(c.id) || (perSentence.get(c.sentence) ?? 0) >= maxPerSentence || chosen.some((s) => conflictOf(s, c))) continue;
        open.push({ c, v: c.score - penalty(c, chosen, share, kindShare, sentenceCount, count) });
      }
      if (!open.length) break;
      const best = pickUnblocking(open, chosen, conflictOf);
      chosen.push(best);
      used.add(best.id);
      perSentence.set(best.sentence, (perSentence.get(best.sentence) ?? 0) + 1);
    }
  }
}

/** How much a blocked fact costs: a question that would leave another fact unaskable. */
export const BLOCK_COST = 0.15;
/** Readings of a blocked fact tried when repairing a short quiz. */
const REPAIR_READINGS = 4;
/** At most this many chosen questions are asked another way to free one fact. */
const REPAIR_BLOCKERS = 2;
/** Only the strongest few are weighed for what they block, so selection stays linear. */
const LOOKAHEAD = 12;

/**
 * The best open candidate once what it would block is counted: a stem that shows another
 * fact of its sentence keeps that fact from being asked at all ("… beat the _____ in front
 * of 42,000 fans" blocks the crowd), so of two readings of one fact, the one that leaves the
 * sentence's other facts askable wins. A fact costs what its best question loses: all of
 * BLOCK_COST when every open question about it conflicts with the candidate.
 */
export function pickUnblocking(
  open: Array<{ c: Candidate; v: number }>,
  chosen: Candidate[],
  conflictOf: (x: Candidate, y: Candidate) => boolean,
): Candidate {
  const ranked = [...open].sort((x, y) => y.v - x.v || x.c.id.localeCompare(y.c.id));
  const top = ranked.slice(0, LOOKAHEAD);
  const asked = new Set(chosen.map((s) => s.factKey));
  const byFact = new Map<string, Candidate[]>();
  for (const { c } of open) {
    if (c.type === 'true_false' || asked.has(c.factKey)) continue;
    const list = byFact.get(c.factKey);
    if (list) list.push(c);
    else byFact.set(c.factKey, [c]);
  }
  let best = top[0].c;
  let bestValue = -Infinity;
  for (const { c, v } of top) {
    let cost = 0;
    const seen = new Set<string>();
    for (const { c: o } of open) {
      if (o.sentence !== c.sentence || o.type === 'true_false' || o.factKey === c.factKey || asked.has(o.factKey) || seen.has(o.factKey)) continue;
      seen.add(o.factKey);
      // What asking `c` costs that fact: all of it, or the drop to its best question left.
      let all = -Infinity;
      let left = -Infinity;
      for (const x of byFact.get(o.factKey)!) {
        all = Math.max(all, x.score);
        if (x.score > left && !conflictOf(c, x)) left = x.score;
      }
      cost += Math.min(BLOCK_COST, all - left);
    }
    const value = v - cost;
    if (value > bestValue) {
      bestValue = value;
      best = c;
    }
  }
  return best;
}

function normalizeShares(types: QuestionType[]): Record<QuestionType, number> {
  const total = types.reduce((s, t) => s + TYPE_SHARE[t], 0);
  const out = { multiple_choice: 0, true_false: 0, short_answer: 0 };
  for (const t of types) out[t] = TYPE_SHARE[t] / total;
  return out;
}

/** Share of each kind among the article's distinct askable facts. */
function kindShares(pool: Candidate[]): Map<string, number> {
  const facts = new Map<string, string>();
  for (const c of pool) if (c.type !== 'true_false' && !facts.has(c.factKey)) facts.set(c.factKey, c.kind);
  const out = new Map<string, number>();
  for (const k of facts.values()) out.set(k, (out.get(k) ?? 0) + 1 / facts.size);
  return out;
}

function penalty(
  c: Candidate,
  chosen: Candidate[],
  share: Record<QuestionType, number>,
  kindShare: Map<string, number>,
  sentenceCount: number,
  count: number,
): number {
  let p = 0;
  let sameKind = 0;
  let sameType = 0;
  let nearest = Infinity;
  for (const s of chosen) {
    if (s.kind === c.kind) sameKind++;
    if (s.type === c.type) sameType++;
    // The same fact asked another way is a last resort, not variety.
    if (s.factKey === c.factKey) p += 1;
    // "Who said …?" and a cloze naming the same speaker ask for one person twice.
    else if (s.answerKey && s.answerKey === c.answerKey) p += 0.3;
    // A statement about a sentence already asked about repeats that question.
    // A second question on one sentence must test another kind of fact (checked in conflicts).
    if (s.sentence === c.sentence) p += s.type === 'true_false' || c.type === 'true_false' ? 1.2 : 0.35;
    nearest = Math.min(nearest, Math.abs(s.sentence - c.sentence));
  }
  // Variety of kinds, measured against what the article holds: a sports report full
  // of players may ask mostly "who", a history mostly "when".
  const expected = (chosen.length + 1) * (kindShare.get(c.kind) ?? 0);
  p += 0.1 * Math.max(0, sameKind + 1 - expected);
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
    // Two facts of one kind from one sentence ("24 officers and 15 buses") may both be asked
    // when neither question shows the other's answer, in its stem or among its choices.
    if (a.sentence === b.sentence && a.kind === b.kind && (shownIn(a, b) || shownIn(b, a))) return true;
    // "Who said …?" and "… said _____" ask for the same person.
    if (a.giveaway.some((g) => b.giveaway.includes(g))) return true;
  }
  return revealsTo(a, b, wordsOf) || revealsTo(b, a, wordsOf);
}

/** `asker`'s answer appears in `other`'s stem or among its choices. */
function shownIn(asker: Candidate, other: Candidate): boolean {
  const answer = asker.answer.toLowerCase();
  return containsTerm(other.prompt, asker.answer) || other.choices.some((c) => c.toLowerCase() === answer);
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
