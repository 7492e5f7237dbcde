// How `npm run eval:generator` decides that a question asks an expected fact. Kept apart from
// the script so the rule can be unit-tested without running the eval.
import { containsTerm } from '../lib/generator/candidates/candidate';
import type { GeneratedQuestion } from '../lib/generator';

export interface Fact {
  answer: string;
  aliases?: string[];
  kind: string;
}

export const norm = (s: string): string => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

/** "87 people" -> ["87", "people"]; "£35,000" -> ["£35,000", ""]; a name -> null. */
function countParts(s: string): [string, string] | null {
  const m = /^((?:about\s+|around\s+|some\s+|more\s+than\s+)?[$€£¥]?\d[\d,.]*)(?:\s+(\p{Ll}+(?:\s+\p{Ll}+)?))?$/u.exec(norm(s));
  return m ? [m[1], m[2] ?? ''] : null;
}

/**
 * The same count, once with what it counts and once without: "87" and "87 people", "238 souls"
 * and "238". A count is asked with its noun when the noun reads as part of the answer ("_____
 * have reported illness"), and bare when the stem keeps it ("_____ pupils"); a labeller may have
 * written either. Two different nouns ("87 pupils", "87 people") are two facts.
 */
export function sameCount(x: string, y: string): boolean {
  const a = countParts(x);
  const b = countParts(y);
  return !!a && !!b && a[0] === b[0] && (a[1] === b[1] || a[1] === '' || b[1] === '');
}

/** A typed answer matches a fact by its name or an alias; a true/false statement counts
 * for precision when it is about an expected fact, never for recall (its answer is true/false). */
export function matchesFact(q: GeneratedQuestion, f: Fact): boolean {
  const names = [f.answer, ...(f.aliases ?? [])];
  if (q.type === 'true_false') return names.some((n) => containsTerm(q.source.sentence, n));
  return names.some((n) => norm(n) === norm(q.answer) || sameCount(n, q.answer));
}
