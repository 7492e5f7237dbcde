// Money written with a currency word or code rather than a symbol: "6.4 million kroner",
// "USD 5 million". compromise's lexicon knows most currencies ("euros", "rupees", "usd");
// a few common ones it lacks are added here, so an amount keeps its currency as its unit.
import { lexTags } from './lexicon';
import type { Token } from './types';

/** Currencies compromise's lexicon lacks; only words that are never common English words. */
const EXTRA_CURRENCIES = new Set(['krone', 'kroner', 'kronor', 'ringgit', 'naira', 'cedi', 'cedis', 'hryvnia', 'hryvnias', 'lari', 'tenge', 'drams']);
/** ISO codes written before an amount ("NOK 6.4 million"), beyond those compromise knows. */
const EXTRA_CODES = new Set(['nok', 'sek', 'chf', 'cad', 'nzd', 'zar', 'mxn', 'brl', 'aed', 'sgd', 'try', 'rub', 'uah', 'pln', 'czk', 'huf', 'isk']);

export const isCurrencyWord = (w: string): boolean => EXTRA_CURRENCIES.has(w.toLowerCase()) || lexTags(w).includes('Currency');

/** "USD", "EUR", "NOK": an upper-case three-letter currency code. */
export const isCurrencyCode = (w: string): boolean =>
  /^\p{Lu}{3}$/u.test(w) && (EXTRA_CODES.has(w.toLowerCase()) || lexTags(w).includes('Currency'));

/** Index of a currency code written just before token `i` ("USD 5 million"), or -1. */
export function codeBefore(tokens: Token[], i: number, text: string, offset: number): number {
  const prev = tokens[i - 1];
  if (!prev || !isCurrencyCode(prev.text)) return -1;
  return /^\s$/.test(text.slice(prev.end - offset, tokens[i].start - offset)) ? i - 1 : -1;
}

/** "US$5 million", "NZ$300": index of the capital letters written against a currency sign at `i`, or -1. */
export function symbolPrefix(tokens: Token[], i: number): number {
  const prev = tokens[i - 1];
  const t = tokens[i];
  return prev && t && prev.end === t.start && /^\p{Lu}{1,3}$/u.test(prev.text) && /^[$€£¥]/.test(t.text) ? i - 1 : -1;
}
