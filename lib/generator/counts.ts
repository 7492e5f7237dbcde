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
const RESULT_BEFORE = /^(won|win|wins|beat|beats|beating|beaten|lost|lose|loses|drew|draw|draws|defeated|voted|ruled|edged|ended|finished)$/;
/** Words after one: "a 3–1 win", "a 5-2 judgment", "voted 7–4 in favour". */
const RESULT_AFTER = /^(win|victory|defeat|loss|draw|vote|votes|judgment|judgement|decision|verdict|majority|ruling|scoreline)$/;
/** Words that make a result a vote's tally rather than a game's score. */
const VOTE_WORDS = /^(voted|vote|votes|ruled|judgment|judgement|decision|verdict|majority|ruling)$/;
/** "in 4-6 weeks", "within 2-3 days", "for 6-8 months", "between 3-4": a range, whatever the words around it. */
const RANGE_BEFORE = /^(in|within|for|of|between|about|around|some|after|every|from|up)$/;

export interface Result {
  /** The result's last token. */
  end: number;
  /** A vote's tally ("voted 7–4", "a 5-2 judgment") rather than a game's score. */
  isVote: boolean;
}

/**
 * A game's score or a vote's tally starting at token `i` ("2–0", "17 to 12"), or null. Only in
 * the context of a result, and never a range: "38–46 millimetres", "40–70 eggs", "a ruling in
 * 4-6 weeks" and "won 2-3 games a season" count something; "a 9–4 run" is a spell of play;
 * "1-19 to 2-15" (goals and points), "6-4, 6-3" (sets) and "5-3-1" are more than one number pair.
 */
export function resultAt(tokens: Token[], i: number, text: string, offset: number, isUnitWord: (w: string) => boolean): Result | null {
  const small = (t: Token | undefined): boolean => t !== undefined && /^\d{1,3}$/.test(t.text);
  const gapOf = (a: Token, b: Token): string => text.slice(a.end - offset, b.start - offset);
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!small(t) || !next) return null;
  let end = -1;
  let isTally = false;
  if (small(next) && /^[-–]$/.test(gapOf(t, next))) end = i + 1;
  // "passed by 31 votes to 24": a tally with its noun between the two counts.
  else if (next.lower === 'votes' && tokens[i + 2]?.lower === 'to' && small(tokens[i + 3]) && /^\s+$/.test(gapOf(t, next)) && tokens[i - 1]?.lower === 'by' && tokens.slice(Math.max(0, i - 6), i - 1).some((x) => /^(?:voted|won|lost|passed|approved|rejected|carried|defeated)$/.test(x.lower))) {
    end = i + 3;
    isTally = true;
  }
  else if (next.lower === 'to' && small(tokens[i + 2]) && /^\s+$/.test(gapOf(t, next)) && /^\s+$/.test(gapOf(next, tokens[i + 2]))) {
    end = i + 2;
    isTally = true;
  }
  if (end < 0) return null;
  const after = tokens[end + 1];
  const prevTok = tokens[i - 1];
  // One pair of numbers among several: "1-19 to 2-15", "3-1 and 4-0", "6-4, 6-3", "7-6 (7-4)", "5-3-1".
  if (after && /^(to|and|or)$/.test(after.lower) && small(tokens[end + 2])) return null;
  if (after && (/^[-–]$/.test(gapOf(tokens[end], after)) || (small(after) && /^\s*[,(]\s*$/.test(gapOf(tokens[end], after))))) return null;
  if (prevTok && /^[-–]$/.test(gapOf(prevTok, t))) return null;
  if (prevTok?.lower === 'to' && small(tokens[i - 2])) return null;
  if (prevTok && small(prevTok) && /^\s*[,(]\s*$/.test(gapOf(prevTok, t))) return null;
  // A range of something counted or measured: "4-6 weeks", "2-3 games", "10-12 months of trade".
  if (after && !RESULT_AFTER.test(after.lower) && /^\s+$/.test(gapOf(tokens[end], after)) && (isUnitWord(after.lower) || /^\p{Ll}{3,}s$/u.test(after.text))) return null;
  const prev = prevTok?.lower ?? '';
  if (RANGE_BEFORE.test(prev)) return null;
  // "voted 9 to 6 in favour", "won 3–1 at home"; a tally in words needs the vote before it.
  // "rejected the plan by 31 votes to 24": the verb may stand a few words before "by".
  const votedBefore = prev === 'voted' || (prev === 'by' && tokens.slice(Math.max(0, i - 6), i - 1).some((x) => /^(voted|won|lost|beat|beating|defeated|passed|approved|rejected|carried)$/.test(x.lower)));
  // "to beat the holders, Kestrel Vale Comets, 54–51": the game may be named before the side's name.
  let k = i - 1;
  while (k >= 0 && i - k < 6 && /^\p{Lu}/u.test(tokens[k].text)) k--;
  const before = tokens.slice(Math.max(0, Math.min(i - 4, k < i - 1 ? k - 2 : i)), i).map((x) => x.lower);
  const isVote = before.some((w) => VOTE_WORDS.test(w)) || (after !== undefined && VOTE_WORDS.test(after.lower));
  if (isTally) return votedBefore ? { end, isVote: true } : null;
  // The game or vote is named before ("they lost 2–0", "beating Lakeside Rovers 3-1", "The vote
  // was 7-2.") or after ("a 3–1 win").
  const named = before.some((w) => RESULT_BEFORE.test(w) || RESULT_AFTER.test(w)) || (after !== undefined && RESULT_AFTER.test(after.lower));
  return named ? { end, isVote } : null;
}

/** "2–0" -> [2, "–", 0]; "17 to 12" -> [17, " to ", 12]; "31 votes to 24" -> [31, " votes to ", 24]; anything else null. */
export function parseResult(s: string): [number, string, number] | null {
  const m = /^(\d{1,3})(\s*[-–]\s*|\s+(?:votes\s+)?to\s+)(\d{1,3})$/.exec(s.trim());
  return m ? [Number(m[1]), m[2], Number(m[3])] : null;
}

/**
 * Wrong results near the right one, in its form: a score a goal or two either way that keeps the
 * same side ahead ("2–0" -> "1–0", "3–0", "3–1"), a vote's tally with votes moved from one side to
 * the other ("17 to 12" -> "16 to 13", "7-2" -> "6-3"), so no choice stands out as the only
 * plausible one. Which near results are offered depends on the answer (a stable hash), so the
 * answer does not always sit in the same place among choices sorted by value.
 */
export function nearResults(answer: string, isVote = /to/.test(parseResult(answer)?.[1] ?? '')): string[] {
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
  if (isVote) for (const d of [1, -1, 2, -2, 3, -3, 4, -4]) add(a + d, b - d);
  else for (const [dx, dy] of [[1, 0], [0, 1], [-1, 0], [1, 1], [2, 0], [0, -1], [2, 1], [-1, -1], [3, 1], [-2, 0], [1, 2], [-2, -1]]) add(a + dx, b + dy);
  const h = (v: string): number => {
    let x = 2166136261;
    for (const c of answer + v) x = Math.imul(x ^ c.charCodeAt(0), 16777619);
    return x >>> 0;
  };
  return out.sort((x, y) => h(x) - h(y) || x.localeCompare(y));
}
