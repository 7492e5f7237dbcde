// A question about one article and one word ("does the article write X after 'the'?") is asked
// for many candidates; the answer depends only on the two, so each is worked out once per article
// and forgotten with it (the article's analysis is the key of a WeakMap).
import type { Analysis } from './types';

/** `compute`, remembered per article and word. */
export function perArticleWord<T>(compute: (a: Analysis, word: string) => T): (a: Analysis, word: string) => T {
  const byArticle = new WeakMap<Analysis, Map<string, T>>();
  return (a, word) => {
    let seen = byArticle.get(a);
    if (!seen) byArticle.set(a, (seen = new Map()));
    if (seen.has(word)) return seen.get(word)!;
    const value = compute(a, word);
    seen.set(word, value);
    return value;
  };
}

/** Whether the article writes `word` anywhere with no letter on either side and `before` matching just before it. */
export function writtenAs(a: Analysis, word: string, before: (lead: string) => boolean): boolean {
  const text = a.masked;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (before(text.slice(Math.max(0, at - 5), at)) && !/\p{L}/u.test(text[at + word.length] ?? '')) return true;
  }
  return false;
}
