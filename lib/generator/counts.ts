// Numbers that look like counts but are not: results such as "3-1" or "a 7-2 vote"
// are scores, and "_____-24" would be a poor blank.
import type { Token } from './types';

/** "28-24", "3–1", "7-2": two small numbers joined by a dash are a score or a range, not a count. */
export function isScorePart(tokens: Token[], i: number, text: string, offset: number): boolean {
  const small = (t: Token | undefined): boolean => t !== undefined && /^\d{1,3}$/.test(t.text);
  const t = tokens[i];
  if (!small(t)) return false;
  const joined = (a: Token, b: Token): boolean => /^[-–]$/.test(text.slice(a.end - offset, b.start - offset));
  return (small(tokens[i + 1]) && joined(t, tokens[i + 1])) || (small(tokens[i - 1]) && joined(tokens[i - 1], t));
}
