// The selection's indexes (quiz-state.ts, near-index.ts) must choose exactly what checking
// every candidate against the whole quiz on every pick chose (generator 1.9), only faster:
// `--count 200` on a 20,000-word article took about 50 s that way. The reference below is
// that plain version, kept to compare against.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../content';
import { analyze } from './analyze';
import type { Candidate } from './candidates/candidate';
import { clozeCandidates } from './candidates/cloze';
import { quoteCandidates } from './candidates/quote';
import { trueFalseCandidates } from './candidates/true-false';
import { buildPools, contentWords } from './distractors';
import { sayPlainly } from './plain-readings';
import { BLOCK_COST, conflicts, selectQuestions, STRONGER_FACT_WEIGHT } from './rank';
import { TRUTH_BALANCE_COST } from './quiz-state';
import type { QuestionType } from './types';

const ALL: QuestionType[] = ['multiple_choice', 'true_false', 'short_answer'];

function candidatesOf(body: string): { cands: Candidate[]; sentences: number } {
  const a = analyze(body);
  const pools = buildPools(a);
  const maxCount = Math.max(2, ...[...a.entities.values()].map((e) => e.count));
  return { cands: [...clozeCandidates(a, pools, maxCount), ...quoteCandidates(a, pools, maxCount), ...trueFalseCandidates(a, pools)], sentences: a.sentences.length };
}

/** Articles of `dir`, leaving out holdout fixtures (never used to build or check rules). */
const bodies = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .filter((f) => {
      const facts = path.join(dir, f.replace(/\.md$/, '.facts.json'));
      try {
        return (JSON.parse(readFileSync(facts, 'utf8')) as { holdout?: boolean }).holdout !== true;
      } catch {
        return true;
      }
    })
    .sort()
    .map((f) => splitFrontMatter(readFileSync(path.join(dir, f), 'utf8')).body);

describe('selection with indexes', () => {
  it('chooses the same questions, in the same order, as the plain scan', () => {
    const articles = bodies(path.join(import.meta.dirname, '..', '..', 'content', 'articles'));
    const fixtures = bodies(path.join(import.meta.dirname, 'fixtures'));
    // A longer article of several fixtures, so the quiz fills from a long shortlist.
    const long = fixtures.slice(0, 8).join('\n\n');
    for (const body of [...articles, ...fixtures.slice(0, 6), long]) {
      const { cands, sentences } = candidatesOf(body);
      for (const [count, types] of [[10, ALL], [25, ALL], [8, ['multiple_choice', 'short_answer']]] as Array<[number, QuestionType[]]>) {
        expect(selectQuestions(cands, count, types, sentences).map((c) => c.id)).toEqual(selectByScan(cands, count, types, sentences).map((c) => c.id));
      }
    }
  }, 120_000);
});

const TYPE_SHARE: Record<QuestionType, number> = { multiple_choice: 0.65, true_false: 0.15, short_answer: 0.2 };
function selectByScan(candidates: Candidate[], count: number, types: QuestionType[], sentenceCount: number): Candidate[] {
  const allowed = new Set(types);
  const pool = candidates.filter((c) => allowed.has(c.type)).sort((x, y) => y.score - x.score || x.id.localeCompare(y.id));
  const shortlist = pool.slice(0, Math.max(300, count * 30));
  const share = normalizeShares(types);
  const kindShare = kindShares(pool);
  // A typed question whose fact no multiple-choice question asks pays less for its type's share
  // (one whose choices are invented bodies' names does not count: 1.15.0).
  const withChoices = new Set(pool.filter((c) => c.type === 'multiple_choice' && !c.hasInventedChoices).map((c) => c.factKey));
  // Only while the facts are drawn, not once the statements kept for last are added.
  let relief = true;
  const penalty = (c: Candidate, chosen: Candidate[], share: Record<QuestionType, number>, kindShare: Map<string, number>, sentenceCount: number, count: number): number =>
    penaltyOf(c, chosen, share, kindShare, sentenceCount, count, relief && c.type === 'short_answer' && !withChoices.has(c.factKey));
  const chosen: Candidate[] = [];
  const words = new Map<Candidate, Set<string>>();
  const wordsOf = (c: Candidate): Set<string> => { let w = words.get(c); if (!w) words.set(c, (w = new Set(contentWords(c.prompt)))); return w; };
  const used = new Set<string>();
  const index = new Map(shortlist.map((c, k) => [c, k]));
  const memo = new Map<number, boolean>();
  const conflictOf = (x: Candidate, y: Candidate): boolean => {
    const i = index.get(x) ?? -1; const j = index.get(y) ?? -1;
    if (i < 0 || j < 0) return conflicts(x, y, wordsOf);
    const key = i < j ? i * shortlist.length + j : j * shortlist.length + i;
    let r = memo.get(key); if (r === undefined) memo.set(key, (r = conflicts(x, y, wordsOf))); return r;
  };
  const perSentence = new Map<number, number>();
  const answeredTwice = (c: Candidate): boolean => !!c.answerKey && chosen.filter((s) => s.answerKey === c.answerKey).length >= 2;
  const statements = allowed.has('true_false') && allowed.size > 1 ? Math.floor(count * share.true_false) : 0;
  fill(count - statements, (c) => c.type !== 'true_false', 3);
  fill(count - statements, (c) => c.type !== 'true_false', 5);
  repair(count - statements, 5);
  relief = false;
  fill(count, () => true, 2);
  fill(count, () => true, 3);
  // The last look (plain-readings.ts) works on the chosen quiz alone, the same with or without indexes.
  sayPlainly(chosen, pool, conflictOf);
  return chosen;
  function repair(target: number, maxPerSentence: number): void {
    const byFact = new Map<string, Candidate[]>();
    for (const c of shortlist) { if (c.type === 'true_false') continue; const list = byFact.get(c.factKey); if (list) list.push(c); else byFact.set(c.factKey, [c]); }
    for (let round = 0; chosen.length < target && round < count; round++) {
      const asked = new Set(chosen.map((s) => s.factKey));
      let best: { c: Candidate; swaps: Array<[Candidate, Candidate]>; v: number } | null = null;
      for (const [fact, list] of byFact) {
        if (asked.has(fact)) continue;
        for (const c of list.slice(0, 4)) {
          const blockers = chosen.filter((s) => conflictOf(s, c));
          if (!blockers.length || blockers.length > 2 || answeredTwice(c)) continue;
          const swaps = reroute(c, blockers);
          if (!swaps) continue;
          const v = c.score + swaps.reduce((t, [s, alt]) => t + alt.score - s.score, 0) - penalty(c, chosen, share, kindShare, sentenceCount, count);
          if (!best || v > best.v) best = { c, swaps, v };
        }
      }
      if (!best) break;
      for (const [s, alt] of best.swaps) {
        chosen[chosen.indexOf(s)] = alt; used.add(alt.id);
        perSentence.set(s.sentence, (perSentence.get(s.sentence) ?? 1) - 1);
        perSentence.set(alt.sentence, (perSentence.get(alt.sentence) ?? 0) + 1);
      }
      chosen.push(best.c); used.add(best.c.id);
      perSentence.set(best.c.sentence, (perSentence.get(best.c.sentence) ?? 0) + 1);
    }
    function reroute(c: Candidate, blockers: Candidate[]): Array<[Candidate, Candidate]> | null {
      const delta = new Map<number, number>();
      const load = (k: number): number => (perSentence.get(k) ?? 0) + (delta.get(k) ?? 0);
      const bump = (k: number, d: number): void => { delta.set(k, (delta.get(k) ?? 0) + d); };
      for (const s of blockers) bump(s.sentence, -1);
      bump(c.sentence, 1);
      if (load(c.sentence) > maxPerSentence) return null;
      const swaps: Array<[Candidate, Candidate]> = [];
      for (const s of blockers) {
        let found: Candidate | null = null;
        for (const alt of byFact.get(s.factKey) ?? []) {
          if (alt === s || load(alt.sentence) + 1 > maxPerSentence || conflictOf(alt, c)) continue;
          if (chosen.some((x) => !blockers.includes(x) && conflictOf(x, alt)) || swaps.some(([, y]) => conflictOf(y, alt))) continue;
          found = alt; break;
        }
        if (!found) return null;
        bump(found.sentence, 1); swaps.push([s, found]);
      }
      return swaps;
    }
  }
  function fill(target: number, eligible: (c: Candidate) => boolean, maxPerSentence: number): void {
    while (chosen.length < target) {
      const open: Array<{ c: Candidate; v: number }> = [];
      for (const c of shortlist) {
        if (!eligible(c) || used.has(c.id) || (perSentence.get(c.sentence) ?? 0) >= maxPerSentence || answeredTwice(c) || chosen.some((s) => conflictOf(s, c))) continue;
        open.push({ c, v: c.score - penalty(c, chosen, share, kindShare, sentenceCount, count) });
      }
      if (!open.length) break;
      const best = pickUnblocking(open, chosen, conflictOf);
      chosen.push(best); used.add(best.id);
      perSentence.set(best.sentence, (perSentence.get(best.sentence) ?? 0) + 1);
    }
  }
}
function pickUnblocking(open: Array<{ c: Candidate; v: number }>, chosen: Candidate[], conflictOf: (x: Candidate, y: Candidate) => boolean): Candidate {
  const ranked = [...open].sort((x, y) => y.v - x.v || x.c.id.localeCompare(y.c.id));
  const top = ranked.slice(0, 12);
  const asked = new Set(chosen.map((s) => s.factKey));
  const byFact = new Map<string, Candidate[]>();
  for (const { c } of open) { if (c.type === 'true_false' || asked.has(c.factKey)) continue; const list = byFact.get(c.factKey); if (list) list.push(c); else byFact.set(c.factKey, [c]); }
  let best = top[0].c; let bestValue = -Infinity;
  for (const { c, v } of top) {
    let cost = 0; const seen = new Set<string>();
    for (const { c: o } of open) {
      if (o.sentence !== c.sentence || o.type === 'true_false' || o.factKey === c.factKey || asked.has(o.factKey) || seen.has(o.factKey)) continue;
      seen.add(o.factKey);
      let all = -Infinity; let left = -Infinity;
      for (const x of byFact.get(o.factKey)!) { all = Math.max(all, x.score); if (x.score > left && !conflictOf(c, x)) left = x.score; }
      cost += left === -Infinity ? BLOCK_COST + STRONGER_FACT_WEIGHT * Math.max(0, all - c.score) : Math.min(BLOCK_COST, all - left);
    }
    const value = v - cost;
    if (value > bestValue) { bestValue = value; best = c; }
  }
  return best;
}
function normalizeShares(types: QuestionType[]): Record<QuestionType, number> {
  const total = types.reduce((s, t) => s + TYPE_SHARE[t], 0);
  const out = { multiple_choice: 0, true_false: 0, short_answer: 0 };
  for (const t of types) out[t] = TYPE_SHARE[t] / total;
  return out;
}
function kindShares(pool: Candidate[]): Map<string, number> {
  const facts = new Map<string, string>();
  for (const c of pool) if (c.type !== 'true_false' && !facts.has(c.factKey)) facts.set(c.factKey, c.kind);
  const out = new Map<string, number>();
  for (const k of facts.values()) out.set(k, (out.get(k) ?? 0) + 1 / facts.size);
  return out;
}
function penaltyOf(c: Candidate, chosen: Candidate[], share: Record<QuestionType, number>, kindShare: Map<string, number>, sentenceCount: number, count: number, typedOnly: boolean): number {
  let p = 0; let sameKind = 0; let sameType = 0; let nearest = Infinity;
  for (const s of chosen) {
    if (s.kind === c.kind) sameKind++;
    if (s.type === c.type) sameType++;
    if (s.factKey === c.factKey) p += 1;
    else if (s.answerKey && s.answerKey === c.answerKey) p += 0.3;
    if (s.sentence === c.sentence) p += s.type === 'true_false' || c.type === 'true_false' ? 1.2 : 0.2;
    nearest = Math.min(nearest, Math.abs(s.sentence - c.sentence));
  }
  if (c.type === 'true_false') {
    const same = chosen.filter((s) => s.type === 'true_false' && s.answer === c.answer).length;
    const other = chosen.filter((s) => s.type === 'true_false' && s.answer !== c.answer).length;
    if (same > other) p += TRUTH_BALANCE_COST;
  }
  const expected = (chosen.length + 1) * (kindShare.get(c.kind) ?? 0);
  p += 0.1 * Math.max(0, sameKind + 1 - expected);
  if ((sameType + 1) / (chosen.length + 1) > share[c.type] + 0.05) p += c.type === 'true_false' ? 0.6 : typedOnly ? 0.1 : 0.3;
  else if (sameType / Math.max(1, chosen.length) < share[c.type]) p -= c.type === 'true_false' ? 0.05 : 0.15;
  const gap = sentenceCount / Math.max(1, count);
  if (chosen.length) p += 0.15 * (1 - Math.min(1, nearest / gap));
  return p;
}
