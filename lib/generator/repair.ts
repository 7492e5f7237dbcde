// Second thoughts after the greedy fill, while the quiz is short of its count: a fact that no
// question could ask because chosen stems show its answer is freed by asking those facts
// another way ("The _____ has bought …" cut to leave out the sum it was paid).
import type { Candidate } from './candidates/candidate';
import type { QuizState, Shares } from './quiz-state';

/** Readings of a blocked fact tried. */
const READINGS = 4;
/** At most this many chosen questions are asked another way to free one fact. */
const MAX_BLOCKERS = 2;

export interface RepairContext {
  quiz: QuizState;
  shortlist: Candidate[];
  /** Marks a question as used, so no fill picks it again. */
  spend: (c: Candidate) => void;
  conflictOf: (x: Candidate, y: Candidate) => boolean;
  shares: Shares;
  count: number;
}

type Swaps = Array<[Candidate, Candidate]>;

export function repair(ctx: RepairContext, target: number, maxPerSentence: number): void {
  const { quiz, spend } = ctx;
  const byFact = factReadings(ctx.shortlist);
  for (let round = 0; quiz.chosen.length < target && round < ctx.count; round++) {
    const asked = new Set(quiz.chosen.map((s) => s.factKey));
    let best: { c: Candidate; swaps: Swaps; v: number } | null = null;
    for (const [fact, list] of byFact) {
      if (asked.has(fact)) continue;
      // A fact's strongest few readings (the shortlist is sorted by score).
      for (const c of list.slice(0, READINGS)) {
        if (!quiz.isBlocked(c) || quiz.answeredTwice(c.answerKey)) continue;
        const blockers = quiz.blockersOf(c);
        if (blockers.length > MAX_BLOCKERS) continue;
        const swaps = reroute(ctx, byFact, c, blockers, maxPerSentence);
        if (!swaps) continue;
        const v = c.score + swaps.reduce((t, [s, alt]) => t + alt.score - s.score, 0) - quiz.penalty(c, ctx.shares);
        if (!best || v > best.v) best = { c, swaps, v };
      }
    }
    if (!best) break;
    for (const [s, alt] of best.swaps) {
      quiz.replace(s, alt);
      spend(alt);
    }
    quiz.add(best.c);
    spend(best.c);
  }
}

function factReadings(shortlist: Candidate[]): Map<string, Candidate[]> {
  const byFact = new Map<string, Candidate[]>();
  for (const c of shortlist) {
    if (c.type === 'true_false') continue;
    const list = byFact.get(c.factKey);
    if (list) list.push(c);
    else byFact.set(c.factKey, [c]);
  }
  return byFact;
}

/** Another reading for each blocker, clear of `c`, of the rest of the quiz and of each other. */
function reroute(
  ctx: RepairContext,
  byFact: Map<string, Candidate[]>,
  c: Candidate,
  blockers: Candidate[],
  maxPerSentence: number,
): Swaps | null {
  const { quiz, conflictOf } = ctx;
  // Questions per sentence once the swaps are made: the quiz's counts plus what changes.
  const delta = new Map<number, number>();
  const load = (k: number): number => quiz.load(k) + (delta.get(k) ?? 0);
  const bump = (k: number, d: number): void => {
    delta.set(k, (delta.get(k) ?? 0) + d);
  };
  for (const s of blockers) bump(s.sentence, -1);
  bump(c.sentence, 1);
  if (load(c.sentence) > maxPerSentence) return null;
  const swaps: Swaps = [];
  for (const s of blockers) {
    let found: Candidate | null = null;
    for (const alt of byFact.get(s.factKey) ?? []) {
      if (alt === s || load(alt.sentence) + 1 > maxPerSentence || conflictOf(alt, c)) continue;
      if (quiz.blockersOf(alt).some((x) => !blockers.includes(x)) || swaps.some(([, y]) => conflictOf(y, alt))) continue;
      found = alt;
      break;
    }
    if (!found) return null;
    bump(found.sentence, 1);
    swaps.push([s, found]);
  }
  return swaps;
}
