// Calendar dates in the forms news and history texts use: "March 3, 1851",
// "Sept. 5, 1998", "March 3rd, 2019", "17 August 1862", "the 3rd of March 1921",
// "June 1978". Returns the last token index of the date starting at `i`, or -1.
import { isMonth } from './lexicon';
import type { Token } from './types';

const YEAR = /^(1[0-9]{3}|20[0-9]{2})$/;
const ORDINAL = /^(st|nd|rd|th)$/;

export function dateEnd(tokens: Token[], i: number, text: string, offset: number): number {
  // Called for every token: most are neither a month nor a day number.
  if (!/^\d{1,2}$/.test(tokens[i].text) && !(tokens[i].isCap && isMonth(tokens[i].text))) return -1;
  const gap = (a: Token, b: Token): string => text.slice(a.end - offset, b.start - offset);
  const gapOk = (a: Token, b: Token): boolean => /^[\s,]*$/.test(gap(a, b));
  /** A day number, with its ordinal suffix if written against it ("3rd"): the last token of the day, or -1. */
  const day = (k: number): number => {
    const d = tokens[k];
    if (!d || !/^\d{1,2}$/.test(d.text) || Number(d.text) < 1 || Number(d.text) > 31) return -1;
    const suf = tokens[k + 1];
    return suf && suf.start === d.end && ORDINAL.test(suf.lower) ? k + 1 : k;
  };
  const year = (after: number): number => {
    const y = tokens[after + 1];
    return y && YEAR.test(y.text) && gapOk(tokens[after], y) ? after + 1 : after;
  };
  const t = tokens[i];
  // "May" is too often the verb to start a date on its own.
  if (isMonth(t.text) && t.isCap && t.lower !== 'may') {
    const next = tokens[i + 1];
    // "Sept. 5": an abbreviated month keeps its dot.
    const monthGap = next ? gap(t, next) : '';
    const abbrev = t.text.length <= 4 && /^\.\s+$/.test(monthGap);
    let j = i;
    if (next && (gapOk(t, next) || abbrev)) {
      const d = day(i + 1);
      if (d >= 0) j = d;
    }
    j = year(j);
    return j > i ? j : -1;
  }
  const d = day(i);
  if (d < 0) return -1;
  // "17 August 1862", "3rd March", "the 3rd of March 1921".
  let m = d + 1;
  if (tokens[m]?.lower === 'of' && d > i) m++;
  const month = tokens[m];
  if (!month || !isMonth(month.text) || !month.isCap || !gapOk(tokens[m - 1], month)) return -1;
  return year(m);
}
