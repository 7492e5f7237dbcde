import { hash } from 'node:crypto';
import { tidy } from '../markup';
import { parseAmount } from '../numbers';
import { isLetterOrDigit } from '../tokens';
import type { Analysis, FactKind, GeneratedQuestion, QuestionType, SourceRef } from '../types';

/** A question before ranking, with what the ranker needs to keep a quiz varied and fair. */
export interface Candidate extends GeneratedQuestion {
  score: number;
  /** Entity key of the answer (the statement's sentence for true/false). */
  factKey: string;
  /** Entity the answer names (a quote's speaker too), so one person is not the answer twice. */
  answerKey?: string;
  sentence: number;
  /** Words that would give this question's answer away if another stem showed them. */
  giveaway: string[];
  /** Its answer is a name the article gives once or twice: any other stem showing it gives it away. */
  rare?: boolean;
  /** Its wrong choices include invented names: its fact still counts as typed-only for the selection. */
  hasInventedChoices?: boolean;
  /** Set by the selection: a typed question whose fact has no multiple-choice reading. */
  typedOnly?: boolean;
  /** How many plain descriptions stand in its stem for facts of the sentence ("many bakers", "He"). */
  vague?: number;
}

export function makeId(kind: FactKind, type: QuestionType, answer: string, start: number, prompt: string): string {
  // One-shot hash: a third of createHash's cost, and ids are made for every candidate reading.
  return hash('sha256', `${kind}|${type}|${answer}|${start}|${prompt}`).slice(0, 16);
}

export function sourceOf(a: Analysis, first: number, last: number): SourceRef {
  const start = a.sentences[first].start;
  const end = a.sentences[last].end;
  return { sentence: a.body.slice(start, end), start, end };
}

export const explain = (a: Analysis, first: number, last: number): string =>
  `The article says: "${tidy(a.masked.slice(a.sentences[first].start, a.sentences[last].end))}"`;

export const clamp01 = (v: number): number => Math.round(Math.min(1, Math.max(0, v)) * 100) / 100;

/** Aliases that reveal an answer: the text itself, and a person's full name and surname. */
export function giveawayTerms(answer: string, name?: string, isPerson = false, isTerm = false): string[] {
  const out = new Set<string>([answer.toLowerCase()]);
  if (name) out.add(name.toLowerCase());
  if (isPerson) for (const n of [answer, name ?? answer]) out.add(n.split(' ').pop()!.toLowerCase());
  if (isTerm) for (const f of numberForms(answer)) out.add(f);
  return [...out].filter((t) => t.length > 1);
}

/**
 * The other number of a one-word term: "The two upper chambers are called atria (one is called
 * a(n) _____)" shows "atrium" as surely as "atrium" would; so does "ventricle" for "ventricles".
 */
export function numberForms(answer: string): string[] {
  const w = answer.toLowerCase();
  // "genetics", "physics", "news": no plurals, and "genetic" or "new" no other number of them.
  if (!/^\p{Ll}{4,}$/u.test(w) || /(?:ics|ness|news|ss)$/.test(w)) return [];
  if (w.endsWith('um')) return [`${w.slice(0, -2)}a`, `${w}s`];
  if (w.endsWith('us')) return [`${w.slice(0, -2)}i`, `${w}es`];
  if (w.endsWith('is')) return [`${w.slice(0, -2)}es`];
  if (w.endsWith('ies')) return [`${w.slice(0, -3)}y`];
  if (/(?:ch|sh|x|ss)es$/.test(w)) return [w.slice(0, -2)];
  if (w.endsWith('s') && !w.endsWith('ss')) return [w.slice(0, -1)];
  if (w.endsWith('a')) return [`${w.slice(0, -1)}um`, `${w}s`];
  if (w.endsWith('y')) return [`${w.slice(0, -1)}ies`];
  if (/(?:ch|sh|x|s)$/.test(w)) return [`${w}es`];
  return [`${w}s`];
}

const fold = (s: string): string => {
  const lower = s.toLowerCase();
  // Most text has no curly quotes: the test is cheaper than a replace.
  return lower.includes('’') || lower.includes('‘') ? lower.replace(/[’‘]/g, "'") : lower;
};
/**
 * Texts and terms folded lately, and their foldings: a stem is searched for several terms in a
 * row (each giveaway, each other fact of its sentence), the selection searches each stem for the
 * giveaways of many others, and the same terms are looked for in many stems; none need be
 * lower-cased again. Emptied when full, so it never holds more than this many strings.
 */
const FOLDED_KEPT = 4096;
const foldings = new Map<string, string>();

function folded(s: string): string {
  let f = foldings.get(s);
  if (f === undefined) {
    if (foldings.size >= FOLDED_KEPT) foldings.clear();
    f = fold(s);
    foldings.set(s, f);
  }
  return f;
}

export function containsTerm(text: string, term: string): boolean {
  const t = folded(text);
  const w = folded(term);
  let at = t.indexOf(w);
  while (at >= 0) {
    const before = t[at - 1] ?? ' ';
    const after = t[at + w.length] ?? ' ';
    if (!isLetterOrDigit(before) && !isLetterOrDigit(after) && !insideNumber(t, at, at + w.length)) return true;
    at = t.indexOf(w, at + 1);
  }
  return false;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
/** "900" within "2,900" or "2 million" within "1.2 million": figures joined by a digit group's comma or point are one number. */
function insideNumber(t: string, from: number, to: number): boolean {
  const joins = (c: string | undefined): boolean => c === ',' || c === '.';
  return (isDigit(t[from]) && joins(t[from - 1]) && isDigit(t[from - 2])) || (isDigit(t[to - 1]) && joins(t[to]) && isDigit(t[to + 1]));
}

/** Stable order for choices: numbers ascending, names by a hash so the answer's slot varies. */
export function orderChoices(choices: string[], numeric: boolean, seed: string): string[] {
  if (numeric) {
    // Each choice's value parsed once, not at every comparison of the sort.
    const num = new Map(choices.map((c) => [c, parseAmount(c) ?? 0]));
    return [...choices].sort((x, y) => num.get(x)! - num.get(y)!);
  }
  const h = (s: string): number => {
    let x = 2166136261;
    for (const c of seed + s) x = Math.imul(x ^ c.charCodeAt(0), 16777619);
    return x >>> 0;
  };
  // Each choice's hash worked out once, not at every comparison.
  const key = new Map(choices.map((c) => [c, h(c)]));
  return [...choices].sort((x, y) => key.get(x)! - key.get(y)! || x.localeCompare(y));
}
