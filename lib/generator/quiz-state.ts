// The quiz being built, indexed so each step of the selection costs about the same however
// many questions are already chosen: which candidates a chosen question blocks is worked out
// once, when it joins, instead of every candidate being checked against the whole quiz on
// every pick (that made `--count 200` on a long article grow with the cube of the count).
import type { Candidate } from './candidates/candidate';
import { NearIndex } from './near-index';
import type { QuestionType } from './types';

export interface Shares {
  type: Record<QuestionType, number>;
  kind: Map<string, number>;
  sentenceCount: number;
  count: number;
  /**
   * Whether a typed-only fact pays less for the typed share: while the quiz draws its facts,
   * not once the statements it keeps for last are added (they would lose their place to it).
   */
  typedRelief?: boolean;
}

/** What a statement costs when the quiz already has more statements of its answer than of the other. */
export const TRUTH_BALANCE_COST = 0.3;
/** What a second cloze on a sentence already asked about costs in variety. */
const SAME_SENTENCE_COST = 0.2;
/** A type beyond its share costs this much, */
const OVERSHARE_COST = 0.3;
/**
 * but less for a typed question whose fact has no multiple-choice reading ("The _____ in
 * Westbrook will close", when the article names no other bridge to offer as a choice): the
 * quiz's mix of types is no reason to leave a sentence's main fact unasked, and the
 * multiple-choice question that would win instead is often a detail of the same sentence.
 */
const TYPED_ONLY_OVERSHARE_COST = 0.1;

/** What a type beyond its share costs `c`. */
export function overshareCost(c: Pick<Candidate, 'type' | 'typedOnly'>, relief = true): number {
  return c.type === 'true_false' ? 0.6 : c.typedOnly && relief ? TYPED_ONLY_OVERSHARE_COST : OVERSHARE_COST;
}

/** Questions of one quiz with the same answer (a person, a place, a sum), at most. */
export const MAX_SAME_ANSWER = 2;

export class QuizState {
  readonly chosen: Candidate[] = [];
  private readonly pos = new Map<Candidate, number>();
  private readonly inSentence = new Map<number, Candidate[]>();
  private readonly ofFact = new Map<string, Candidate[]>();
  private readonly ofAnswer = new Map<string, Candidate[]>();
  private readonly kinds = new Map<string, number>();
  private readonly types = new Map<string, number>();
  /** Chosen statements by their answer ("true", "false"). */
  private readonly truths = new Map<string, number>();
  /** Sentence numbers of the chosen questions, ascending, for the nearest one in O(log n). */
  private readonly sentences: number[] = [];
  /** For each shortlisted candidate, the chosen questions it conflicts with (also by position). */
  private readonly blockers = new Map<Candidate, Set<Candidate>>();
  private readonly blockersAt: Array<Set<Candidate>>;

  private readonly near: NearIndex;

  constructor(
    shortlist: Candidate[],
    private readonly conflict: (x: Candidate, y: Candidate) => boolean,
  ) {
    this.blockersAt = shortlist.map(() => new Set<Candidate>());
    shortlist.forEach((c, i) => this.blockers.set(c, this.blockersAt[i]));
    this.near = new NearIndex(shortlist);
  }

  /** Questions already chosen from sentence `k`. */
  load(k: number): number {
    return this.inSentence.get(k)?.length ?? 0;
  }

  /**
   * Whether the quiz already asks twice for `c`'s answer: "Who said …?" three times of an
   * interview's one speaker, or one sum asked in three ways, is one fact asked over and over, so
   * a third question with that answer is never chosen (a shorter quiz is the better one).
   */
  answeredTwice(answerKey: string | undefined): boolean {
    return answerKey !== undefined && (this.ofAnswer.get(answerKey)?.length ?? 0) >= MAX_SAME_ANSWER;
  }

  /** Whether the shortlist's `i`th candidate conflicts with a chosen question. */
  isBlockedAt(i: number): boolean {
    return this.blockersAt[i].size > 0;
  }

  isBlocked(c: Candidate): boolean {
    return (this.blockers.get(c)?.size ?? 0) > 0;
  }

  /** The chosen questions `c` conflicts with, in quiz order. */
  blockersOf(c: Candidate): Candidate[] {
    const b = this.blockers.get(c);
    if (!b) return this.chosen.filter((s) => this.conflict(s, c));
    return [...b].sort((x, y) => this.pos.get(x)! - this.pos.get(y)!);
  }

  add(c: Candidate): void {
    this.pos.set(c, this.chosen.length);
    this.chosen.push(c);
    this.index(c);
  }

  /** Asks `s`'s fact another way: `alt` takes its place in the quiz. */
  replace(s: Candidate, alt: Candidate): void {
    const at = this.pos.get(s)!;
    this.pos.delete(s);
    this.unindex(s);
    this.chosen[at] = alt;
    this.pos.set(alt, at);
    this.index(alt);
  }

  /**
   * What choosing `c` now would cost in variety: the same fact, person or sentence asked
   * again, a kind or type beyond its share, a question next to one already chosen. Terms
   * are added in quiz order, as a plain loop over the quiz would, so scores tie the same way.
   */
  penalty(c: Candidate, shares: Shares): number {
    let p = 0;
    for (const s of this.related(c)) {
      // The same fact asked another way is a last resort, not variety.
      if (s.factKey === c.factKey) p += 1;
      // "Who said …?" and a cloze naming the same speaker ask for one person twice.
      else if (s.answerKey && s.answerKey === c.answerKey) p += 0.3;
      // A statement about a sentence already asked about repeats that question.
      // A second question on one sentence must test another kind of fact (checked in conflicts).
      // Stand-ins keep such stems from showing each other's answers ("It now employs many
      // people …"), so a dense sentence's second fact costs less than a repeat would.
      if (s.sentence === c.sentence) p += s.type === 'true_false' || c.type === 'true_false' ? 1.2 : SAME_SENTENCE_COST;
    }
    // Statements true and false in about equal numbers: a pupil who always answers "false" learns nothing.
    if (c.type === 'true_false' && (this.truths.get(c.answer) ?? 0) > (this.truths.get(c.answer === 'true' ? 'false' : 'true') ?? 0)) p += TRUTH_BALANCE_COST;
    const n = this.chosen.length;
    const sameKind = this.kinds.get(c.kind) ?? 0;
    const sameType = this.types.get(c.type) ?? 0;
    // Variety of kinds, measured against what the article holds: a sports report full
    // of players may ask mostly "who", a history mostly "when".
    const expected = (n + 1) * (shares.kind.get(c.kind) ?? 0);
    p += 0.1 * Math.max(0, sameKind + 1 - expected);
    if ((sameType + 1) / (n + 1) > shares.type[c.type] + 0.05) p += overshareCost(c, shares.typedRelief);
    else if (sameType / Math.max(1, n) < shares.type[c.type]) p -= c.type === 'true_false' ? 0.05 : 0.15;
    const gap = shares.sentenceCount / Math.max(1, shares.count);
    if (n) p += 0.15 * (1 - Math.min(1, this.nearest(c.sentence) / gap));
    return p;
  }

  /** Chosen questions of `c`'s sentence, fact or person, in quiz order. */
  private related(c: Candidate): Candidate[] {
    const a = this.inSentence.get(c.sentence);
    const b = this.ofFact.get(c.factKey);
    const d = c.answerKey ? this.ofAnswer.get(c.answerKey) : undefined;
    if (!a && !b && !d) return [];
    const all = [...new Set([...(a ?? []), ...(b ?? []), ...(d ?? [])])];
    return all.length > 1 ? all.sort((x, y) => this.pos.get(x)! - this.pos.get(y)!) : all;
  }

  /**
   * The part of `penalty` that depends only on a candidate's kind and type: the rest is never
   * negative, so a candidate's value is at most its score minus this (less a rounding margin).
   */
  variety(kind: string, type: QuestionType, shares: Shares): number {
    const n = this.chosen.length;
    const sameType = this.types.get(type) ?? 0;
    let p = 0.1 * Math.max(0, (this.kinds.get(kind) ?? 0) + 1 - (n + 1) * (shares.kind.get(kind) ?? 0));
    // The least a candidate of this type may pay (a typed-only fact pays less), so this stays a bound.
    if ((sameType + 1) / (n + 1) > shares.type[type] + 0.05) p += overshareCost({ type, typedOnly: type === 'short_answer' }, shares.typedRelief);
    else if (sameType / Math.max(1, n) < shares.type[type]) p -= type === 'true_false' ? 0.05 : 0.15;
    return p - 1e-9;
  }

  private nearest(k: number): number {
    const xs = this.sentences;
    let lo = 0;
    let hi = xs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[mid] < k) lo = mid + 1;
      else hi = mid;
    }
    let best = Infinity;
    if (lo < xs.length) best = xs[lo] - k;
    if (lo > 0) best = Math.min(best, k - xs[lo - 1]);
    return best;
  }

  private index(c: Candidate): void {
    push(this.inSentence, c.sentence, c);
    push(this.ofFact, c.factKey, c);
    if (c.answerKey) push(this.ofAnswer, c.answerKey, c);
    this.kinds.set(c.kind, (this.kinds.get(c.kind) ?? 0) + 1);
    this.types.set(c.type, (this.types.get(c.type) ?? 0) + 1);
    if (c.type === 'true_false') this.truths.set(c.answer, (this.truths.get(c.answer) ?? 0) + 1);
    this.sentences.splice(this.insertAt(c.sentence), 0, c.sentence);
    for (const x of this.near.around(c)) if (this.conflict(c, x)) this.blockers.get(x)!.add(c);
  }

  private unindex(c: Candidate): void {
    pull(this.inSentence, c.sentence, c);
    pull(this.ofFact, c.factKey, c);
    if (c.answerKey) pull(this.ofAnswer, c.answerKey, c);
    this.kinds.set(c.kind, this.kinds.get(c.kind)! - 1);
    this.types.set(c.type, this.types.get(c.type)! - 1);
    if (c.type === 'true_false') this.truths.set(c.answer, this.truths.get(c.answer)! - 1);
    this.sentences.splice(this.sentences.indexOf(c.sentence), 1);
    for (const x of this.near.around(c)) this.blockers.get(x)!.delete(c);
  }

  private insertAt(k: number): number {
    let lo = 0;
    let hi = this.sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sentences[mid] <= k) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function push<K>(m: Map<K, Candidate[]>, k: K, c: Candidate): void {
  const list = m.get(k);
  if (list) list.push(c);
  else m.set(k, [c]);
}

function pull<K>(m: Map<K, Candidate[]>, k: K, c: Candidate): void {
  const list = m.get(k);
  if (!list) return;
  list.splice(list.indexOf(c), 1);
  if (!list.length) m.delete(k);
}
