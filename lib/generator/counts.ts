// Numbers that look like counts but are not: results such as "3-1" or "a 7-2 vote"
// are scores, and "_____-24" would be a poor blank. A result in the context of a game or a
// vote is asked whole ("They lost _____." -> "2–0"); any other pair is left alone.
import type { Token } from './types';

/** "28-24", "3–1", "7-2": two small numbers joined by a dash are a score or a range, not a count. */
export function isScorePart(tokens: Token[], i: number, text: string, offset: number): boolean {
  const small = (t: Token | undefined): boolean => t !== undefined && /^\d{1,3}$/.test(t.text);
  const t = tokens[i];
  if (!small(t)) return false;
  const joined = (a: Token, b: Token): boolean => /^[-–]$/.test(text.slice(a.end - offset, b.start - offset));
  return (small(tokens[i + 1]) && joined(t, tokens[i + 1])) || (small(tokens[i - 1]) && joined(tokens[i - 1], t));
}

/** Words before a result that say a game was played or a vote taken: "won 3–1", "voted 9 to 6". */
const RESULT_BEFORE = /^(won|win|wins|beat|beats|beating|lost|lose|loses|drew|draw|draws|defeated|voted|edged|ended|finished)$/;
/** Words after one: "a 3–1 win", "a 5-2 judgment", "voted 7–4 in favour". */
const RESULT_AFTER = /^(win|victory|defeat|loss|draw|vote|votes|judgment|judgement|decision|verdict|majority|ruling|scoreline)$/;

/**
 * The last token of a game's score or a vote's tally starting at token `i` ("2–0", "17 to 12"),
 * or -1. Only in the context of a result: "38–46 millimetres" and "40–70 eggs" are ranges, "a
 * 9–4 run" is a spell of play, and "1-19 to 2-15" (a hurling score) is left to its own form.
 */
export function resultEnd(tokens: Token[], i: number, text: string, offset: number): number {
  const small = (t: Token | undefined): boolean => t !== undefined && /^\d{1,3}$/.test(t.text);
  const gapOf = (a: Token, b: Token): string => text.slice(a.end - offset, b.start - offset);
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!small(t) || !next) return -1;
  let end = -1;
  let isTally = false;
  if (small(next) && /^[-–]$/.test(gapOf(t, next))) end = i + 1;
  else if (next.lower === 'to' && small(tokens[i + 2]) && /^\s+$/.test(gapOf(t, next)) && /^\s+$/.test(gapOf(next, tokens[i + 2]))) {
    end = i + 2;
    isTally = true;
  }
  if (end < 0) return -1;
  // "1-19 to 2-15": a score of goals and points, and "3-1 and 4-0": no single result to blank.
  const after = tokens[end + 1];
  if (after && /^(to|and|or)$/.test(after.lower) && small(tokens[end + 2])) return -1;
  if (tokens[i - 1] && /^[-–]$/.test(gapOf(tokens[i - 1], t))) return -1;
  if (tokens[i - 1]?.lower === 'to' && small(tokens[i - 2])) return -1;
  // "voted 9 to 6 in favour", "won 3–1 at home"; a tally in words needs the vote before it.
  const prev = tokens[i - 1]?.lower ?? '';
  const prev2 = tokens[i - 2]?.lower ?? '';
  const votedBefore = prev === 'voted' || (prev === 'by' && /^(voted|won|lost|beat|beating|defeated|passed|approved|rejected|carried)$/.test(prev2));
  if (isTally) return votedBefore ? end : -1;
  // The game or vote is named before ("they lost 2–0", "beating Lakeside Rovers 3-1") or after ("a 3–1 win").
  const before = tokens.slice(Math.max(0, i - 4), i).map((x) => x.lower);
  // "The vote was 7-2." names it before too.
  const named = before.some((w) => RESULT_BEFORE.test(w) || RESULT_AFTER.test(w)) || (after !== undefined && RESULT_AFTER.test(after.lower));
  return named ? end : -1;
}

/** "2–0" -> [2, "–", 0]; "17 to 12" -> [17, " to ", 12]; anything else null. */
export function parseResult(s: string): [number, string, number] | null {
  const m = /^(\d{1,3})(\s*[-–]\s*|\s+to\s+)(\d{1,3})$/.exec(s.trim());
  return m ? [Number(m[1]), m[2], Number(m[3])] : null;
}

/**
 * Wrong results near the right one, in its form: a score a goal either way that keeps the same
 * side ahead ("2–0" -> "1–0", "3–0", "2–1"), a tally with votes moved from one side to the other
 * ("17 to 12" -> "16 to 13"), so no choice stands out as the only plausible one.
 */
export function nearResults(answer: string): string[] {
  const r = parseResult(answer);
  if (!r) return [];
  const [a, sep, b] = r;
  const out: string[] = [];
  const add = (x: number, y: number): void => {
    if (x < 0 || y < 0 || (x === a && y === b)) return;
    // The same side ahead, level, or behind, as in the answer.
    if (Math.sign(x - y) !== Math.sign(a - b)) return;
    const v = `${x}${sep}${y}`;
    if (!out.includes(v)) out.push(v);
  };
  if (/to/.test(sep)) for (const d of [1, -1, 2, -2, 3, -3]) add(a + d, b - d);
  for (const [dx, dy] of [[1, 0], [0, 1], [-1, 0], [1, 1], [2, 0], [0, -1], [2, 1], [-1, -1], [3, 1]]) add(a + dx, b + dy);
  return out;
}
