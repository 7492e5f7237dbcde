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
