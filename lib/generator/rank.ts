// Picks the best N candidates greedily: score, then variety of kinds and types,
// spread across the article, one question per fact, and no stem that gives
// away another question's answer.
import { contentWords } from './distractors';
import { containsTerm, type Candidate } from './candidates/candidate';
import { QuizState, type Shares } from './quiz-state';
import { indexShortlist } from './shortlist-index';
import { stemWords } from './near-index';
import { wordRuns } from './tokens';
import { repair, type RepairContext } from './repair';
import { sayPlainly } from './plain-readings';
import type { QuestionType } from './types';

const TYPE_SHARE: Record<QuestionType, number> = { multiple_choice: 0.65, true_false: 0.15, short_answer: 0.2 };

/** The strongest this many candidates (at least) are the only ones the selection looks at. */
export const SHORTLIST_MIN = 300;
export const SHORTLIST_PER_QUESTION = 30;

export function selectQuestions(candidates: Candidate[], count: number, types: QuestionType[], sentenceCount: number): Candidate[] {
  const allowed = new Set(types);
  const pool = candidates.filter((c) => allowed.has(c.type)).sort((x, y) => y.score - x.score || x.id.localeCompare(y.id));
  markTypedOnly(pool);
  // Greedy selection looks at the strongest few hundred only, so large articles stay linear.
  const shortlist = pool.slice(0, Math.max(SHORTLIST_MIN, count * SHORTLIST_PER_QUESTION));
  const share = normalizeShares(types);
  const shares: Shares = { type: share, kind: kindShares(pool), sentenceCount, count, typedRelief: true };
  const words = new Map<Candidate, Set<string>>();
  const wordsOf = (c: Candidate): Set<string> => {
    let w = words.get(c);
    if (!w) words.set(c, (w = new Set(contentWords(c.prompt))));
    return w;
  };
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
  // Each chosen question is checked once against the shortlist when it joins (not memoized:
  // those pairs are never asked again).
  const quiz = new QuizState(shortlist, (x, y) => conflicts(x, y, wordsOf));
  const { inSentence, ofFact, scoreAt, sentenceAt, statement, spent, groups, groupAt, spend } = indexShortlist(shortlist);
  const answerAt = shortlist.map((c) => c.answerKey);
  const chosen = quiz.chosen;
  // Statements come last, from what is left: a true/false item spends a whole
  // sentence, so the facts the article's sentences hold are asked for first.
  const statements = allowed.has('true_false') && allowed.size > 1 ? Math.floor(count * share.true_false) : 0;
  // A news sentence packs a venue, a crowd, an amount and a date: a third fact of one
  // sentence, asked apart, is still better than a statement repeating the sentence (the
  // variety cost of asking one sentence again spreads the quiz first).
  fill(count - statements, false, 3);
  // A sentence of five facts ("Ashgrove Primary, which has 86 pupils, will close in July
  // 2026 …") may give a fourth and fifth when the quiz is still short of its count.
  fill(count - statements, false, 5);
  // Still short: a fact blocked by one or two chosen questions is freed by asking their facts
  // another way ("The _____ has bought …" cut to leave out the sum it was paid).
  const ctx: RepairContext = { quiz, shortlist, spend, conflictOf, shares, count };
  repair(ctx, count - statements, 5);
  // The statements kept for last are not crowded out by typed questions.
  shares.typedRelief = false;
  fill(count, true, 2);
  // A short, dense article may run out of sentences: a third question on one is better than a short quiz.
  fill(count, true, 3);
  sayPlainly(chosen, pool, conflictOf);
  return chosen;

  function fill(target: number, withStatements: boolean, maxPerSentence: number): void {
    // The scan reads flat arrays by shortlist position: candidates come in many shapes, and
    // reading their fields is what a long shortlist costs most.
    const openAt = (i: number): boolean => !spent[i] && (withStatements || !statement[i]) && !quiz.isBlockedAt(i) && quiz.load(sentenceAt[i]) < maxPerSentence && !quiz.answeredTwice(answerAt[i]);
    const isOpen = (c: Candidate): boolean => openAt(index.get(c)!);
    const openIn = (k: number): Candidate[] => (inSentence.get(k) ?? []).filter(isOpen);
    // A fact's readings are in score order: its best is the first open one, and the best
    // left once `c` is asked the first open one `c` does not conflict with.
    const loss = (c: Candidate, f: string): number => {
      let all = -Infinity;
      for (const x of ofFact.get(f) ?? []) {
        if (x.type === 'true_false' || !isOpen(x)) continue;
        if (all === -Infinity) all = x.score;
        if (!conflictOf(c, x)) return Math.min(BLOCK_COST, all - x.score);
      }
      return all === -Infinity ? 0 : unaskedCost(c, all);
    };
    const floor = new Float64Array(groups.length);
    while (chosen.length < target) {
      // The shortlist is sorted by score, and a value is at most the score less the variety
      // cost of its kind and type: once no candidate's score can reach the weakest of the
      // strongest few, whatever its kind and type, none after it can either.
      let least = Infinity;
      groups.forEach(([kind, type], g) => {
        floor[g] = quiz.variety(kind, type, shares);
        least = Math.min(least, floor[g]);
      });
      const top: Array<{ c: Candidate; v: number }> = [];
      for (let i = 0; i < shortlist.length; i++) {
        if (top.length === LOOKAHEAD) {
          const weakest = top[LOOKAHEAD - 1].v;
          if (scoreAt[i] - least < weakest) break;
          if (scoreAt[i] - floor[groupAt[i]] < weakest) continue;
        }
        if (openAt(i)) keepStrongest(top, { c: shortlist[i], v: scoreAt[i] - quiz.penalty(shortlist[i], shares) }, LOOKAHEAD);
      }
      if (!top.length) break;
      const best = weighBlocked(top, chosen, openIn, loss);
      quiz.add(best);
      spend(best);
    }
  }
}

/** How much a blocked fact costs: a question that would leave another fact unaskable. */
export const BLOCK_COST = 0.15;
/**
 * A fact left unaskable costs more when it is the stronger of the two: what its best question
 * scores above the one asked, twice over. Of two facts of a sentence whose stems show each other
 * ("The cycle was first performed in _____ by the Danish mezzo-soprano Clara Sørensen" and
 * "… in Porto by the Danish mezzo-soprano _____"), the quiz keeps the one more worth asking.
 * (Tuning fixtures: any weight from 1.5 to 3 gave the same gain; 0 is the old rule.)
 */
export const STRONGER_FACT_WEIGHT = 2;

/** What asking `c` costs a fact of its sentence whose every question `c` blocks (best score `best`). */
export function unaskedCost(c: Candidate, best: number): number {
  return BLOCK_COST + STRONGER_FACT_WEIGHT * Math.max(0, best - c.score);
}
/** Only the strongest few are weighed for what they block, so selection stays linear. */
const LOOKAHEAD = 12;

/**
 * The best open candidate once what it would block is counted: a stem that shows another
 * fact of its sentence keeps that fact from being asked at all ("… beat the _____ in front
 * of 42,000 fans" blocks the crowd), so of two readings of one fact, the one that leaves the
 * sentence's other facts askable wins. A fact costs what its best question loses, at most
 * BLOCK_COST; when every open question about it conflicts with the candidate, BLOCK_COST and more
 * if it is the stronger fact (unaskedCost).
 */
export function pickUnblocking(
  open: Array<{ c: Candidate; v: number }>,
  chosen: Candidate[],
  conflictOf: (x: Candidate, y: Candidate) => boolean,
): Candidate {
  const inSentence = new Map<number, Candidate[]>();
  const byFact = new Map<string, Candidate[]>();
  for (const { c } of open) {
    push(inSentence, c.sentence, c);
    if (c.type !== 'true_false') push(byFact, c.factKey, c);
  }
  const loss = (c: Candidate, fact: string): number => {
    let all = -Infinity;
    let left = -Infinity;
    for (const x of byFact.get(fact) ?? []) {
      all = Math.max(all, x.score);
      if (x.score > left && !conflictOf(c, x)) left = x.score;
    }
    return left === -Infinity ? unaskedCost(c, all) : Math.min(BLOCK_COST, all - left);
  };
  return weighBlocked(strongest(open, LOOKAHEAD), chosen, (k) => inSentence.get(k) ?? [], loss);
}

/**
 * pickUnblocking's choice among `top` (the strongest open candidates, best first), given the
 * open candidates of a sentence (in shortlist order) and what asking `c` costs a fact.
 */
function weighBlocked(
  top: Array<{ c: Candidate; v: number }>,
  chosen: Candidate[],
  openIn: (sentence: number) => Candidate[],
  loss: (c: Candidate, fact: string) => number,
): Candidate {
  const asked = new Set(chosen.map((s) => s.factKey));
  let best = top[0].c;
  let bestValue = -Infinity;
  for (const { c, v } of top) {
    let cost = 0;
    const seen = new Set<string>();
    for (const o of openIn(c.sentence)) {
      if (o.type === 'true_false' || o.factKey === c.factKey || asked.has(o.factKey) || seen.has(o.factKey)) continue;
      seen.add(o.factKey);
      // What asking `c` costs that fact: all of it, or the drop to its best question left.
      cost += loss(c, o.factKey);
    }
    const value = v - cost;
    if (value > bestValue) {
      bestValue = value;
      best = c;
    }
  }
  return best;
}

function push<K>(m: Map<K, Candidate[]>, k: K, c: Candidate): void {
  const list = m.get(k);
  if (list) list.push(c);
  else m.set(k, [c]);
}

/** The first `k` of `open` by value, then id: a full sort's head, without sorting everything. */
function strongest(open: Array<{ c: Candidate; v: number }>, k: number): Array<{ c: Candidate; v: number }> {
  const top: Array<{ c: Candidate; v: number }> = [];
  for (const o of open) keepStrongest(top, o, k);
  return top;
}

function before(x: { c: Candidate; v: number }, y: { c: Candidate; v: number }): boolean {
  return x.v > y.v || (x.v === y.v && x.c.id.localeCompare(y.c.id) < 0);
}

/** Adds `o` to `top` (sorted by value, then id, at most `k` long) if it belongs there. */
function keepStrongest(top: Array<{ c: Candidate; v: number }>, o: { c: Candidate; v: number }, k: number): void {
  if (top.length === k && !before(o, top[k - 1])) return;
  let at = top.length;
  while (at > 0 && before(o, top[at - 1])) at--;
  top.splice(at, 0, o);
  if (top.length > k) top.pop();
}

function normalizeShares(types: QuestionType[]): Record<QuestionType, number> {
  const total = types.reduce((s, t) => s + TYPE_SHARE[t], 0);
  const out = { multiple_choice: 0, true_false: 0, short_answer: 0 };
  for (const t of types) out[t] = TYPE_SHARE[t] / total;
  return out;
}

/** Marks the typed questions whose fact no multiple-choice question (of the allowed types) asks. */
export function markTypedOnly(pool: Candidate[]): void {
  const withChoices = new Set<string>();
  // Invented choices make a body askable by choice, not a fact the article offers choices for:
  // its typed question keeps the typed-only relief it had.
  for (const c of pool) if (c.type === 'multiple_choice' && !c.hasInventedChoices) withChoices.add(c.factKey);
  for (const c of pool) if (c.type === 'short_answer') c.typedOnly = !withChoices.has(c.factKey);
}

/** Share of each kind among the article's distinct askable facts. */
function kindShares(pool: Candidate[]): Map<string, number> {
  const facts = new Map<string, string>();
  for (const c of pool) if (c.type !== 'true_false' && !facts.has(c.factKey)) facts.set(c.factKey, c.kind);
  const out = new Map<string, number>();
  for (const k of facts.values()) out.set(k, (out.get(k) ?? 0) + 1 / facts.size);
  return out;
}

/** Same fact asked twice, or one stem revealing the other's answer. */
export function conflicts(a: Candidate, b: Candidate, wordsOf: (c: Candidate) => Set<string>): boolean {
  if (a.factKey === b.factKey && a.type === b.type) return true;
  if (a.factKey === b.factKey && a.sentence === b.sentence) return true;
  if (a.prompt === b.prompt) return true;
  const overlap = a.source.start < b.source.end && b.source.start < a.source.end;
  // A statement about a sentence a question asks is either the answer in plain sight or, with the
  // answer changed ("Striker Helen Marsh scored twice", false, beside "Striker _____ scored twice"),
  // a wrong choice ruled out.
  if (overlap && (a.type === 'true_false') !== (b.type === 'true_false')) return true;
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

/**
 * The words of a stem, and the first word of each giveaway term, worked out once per
 * candidate: a term can only be in a stem whose words include its first word, and that
 * set lookup spares most of the pairs a large quiz compares a full text search.
 */
const leadWords = new WeakMap<Candidate, string[]>();
// Quotation marks and apostrophes part words either way, so they need no folding first.
const words = (t: string): string[] => wordRuns(t.toLowerCase());

function mayContain(other: Candidate, asker: Candidate, k: number): boolean {
  const ws = stemWords(other.prompt);
  let leads = leadWords.get(asker);
  if (!leads) leadWords.set(asker, (leads = asker.giveaway.map((g) => words(g)[0] ?? '')));
  return leads[k] === '' || ws.has(leads[k]);
}

function revealsTo(asker: Candidate, other: Candidate, wordsOf: (c: Candidate) => Set<string>): boolean {
  if (!asker.giveaway.some((g, k) => mayContain(other, asker, k) && containsTerm(other.prompt, g))) return false;
  // The name alone is no giveaway, unless the article gives it so seldom that it is recognised
  // on sight; otherwise it is when the other stem states the same fact.
  // A false statement is the exception: it names the thing where the article does not.
  if (asker.rare && asker.type !== 'true_false' && !(other.type === 'true_false' && other.answer === 'false')) return true;
  if (asker.source.start < other.source.end && other.source.start < asker.source.end) return true;
  const mine = wordsOf(asker);
  const theirs = wordsOf(other);
  let shared = 0;
  for (const w of mine) if (theirs.has(w)) shared++;
  return shared / Math.max(1, mine.size) >= 0.4;
}
