import type { Token } from './types';

// Numbers first so "3.5" and "1,200" stay whole; words keep inner hyphens, apostrophes,
// dots and slashes ("Russian-Armenian", "RFE/RL", "U.S").
const TOKEN = /[$€£¥]?\d+(?:[.,]\d+)*%?|[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|[-'’.&/](?=[\p{L}\p{N}]))*/gu;

export function tokenize(text: string, offset: number): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text))) {
    let word = m[0];
    // A dotted acronym keeps its final dot: "U.S." not "U.S".
    if (/^(\p{L}\.)+\p{L}$/u.test(word) && text[m.index + word.length] === '.') word += '.';
    let possessive = 0;
    if (/['’]s$/i.test(word) && word.length > 2) possessive = 2;
    const start = offset + m.index;
    out.push({
      text: word,
      lower: word.toLowerCase(),
      start,
      end: start + word.length,
      isCap: /^\p{Lu}/u.test(word),
      possessive,
    });
    TOKEN.lastIndex = m.index + word.length;
  }
  return out;
}

/** The token's text without a possessive suffix. */
export const bare = (t: Token): string => (t.possessive ? t.text.slice(0, -t.possessive) : t.text);

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** For each UTF-16 unit below 0x10000 seen so far: 2 a letter or digit on its own, 1 not, 0 not yet looked up. */
const wordUnit = new Uint8Array(0x10000);

function isWordUnit(c: number): boolean {
  let v = wordUnit[c];
  // A lone surrogate is no letter (a pair is looked up whole in wordRuns).
  if (v === 0) wordUnit[c] = v = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 2 : 1;
  return v === 2;
}

/** Whether one UTF-16 unit is a letter or digit, as /[\p{L}\p{N}]/u.test(unit) says (a lone surrogate is neither). */
export const isLetterOrDigit = (unit: string): boolean => isWordUnit(unit.charCodeAt(0));

/**
 * The runs of letters and digits in `t`, as `t.split(/[^\p{L}\p{N}]+/u).filter(Boolean)` gives
 * them, found by a table lookup per character: the Unicode-aware split costs several times more,
 * and stems are split into words many times over.
 */
export function wordRuns(t: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    let width = 1;
    let isWord: boolean;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < t.length && (t.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      width = 2;
      isWord = LETTER_OR_DIGIT.test(t.slice(i, i + 2));
    } else isWord = isWordUnit(c);
    if (isWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(t.slice(start, i));
      start = -1;
    }
    i += width - 1;
  }
  if (start >= 0) out.push(t.slice(start));
  return out;
}
