// A figure a student can work out from the stem it is asked in needs no reading: "_____ have
// reported illness: 71 pupils and 16 members of staff" (87), "Only _____ is fresh water" beside
// "97% of it is salt" (3%), "Of the _____, 72, or 30%, will be affordable" (240). Such a reading
// is not asked; another wording of the sentence, without the parts, still may be.

import { parseAmount } from '../numbers';

// Compiled once: figuresIn runs for every reading of every figure. Capitalized, so "5 may" is no day.
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const MONTH_AFTER = new RegExp(`^\\s+${MONTH}`);
const MONTH_BEFORE = new RegExp(`${MONTH}\\s+$`);

/**
 * Figures written in a stem that count or measure something, each with whether it is a share.
 * Not a year, a day of a month, a time, a score ("3-1"), an age pair or a code ("M25"): those
 * add up to nothing ("On 1 May, _____ people were arrested, 4 of them teenagers").
 */
function figuresIn(stem: string): Array<{ value: number; percent: boolean; counted: boolean }> {
  const out: Array<{ value: number; percent: boolean; counted: boolean }> = [];
  for (const m of stem.matchAll(/(?<![\p{L}\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\p{L}\d.,])\d+(?:\.\d+)?/gu)) {
    const value = parseAmount(m[0]);
    if (value === undefined) continue;
    const before = stem.slice(Math.max(0, m.index - 12), m.index);
    const after = stem.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (/^\d{4}$/.test(m[0]) && value >= 1000 && value <= 2100) continue;
    if (MONTH_AFTER.test(after) || MONTH_BEFORE.test(before)) continue;
    if (/^(?:\s?[ap]\.?m\b|:\d|[-–]\d|\p{L})/u.test(after) || /(?:\d[-–]|:)$/.test(before)) continue;
    if (/^\s+(?:and|or|to)\s+\d+[\s-]+years?[\s-]+olds?/.test(after) || /^[\s-]+years?[\s-]+old/.test(after)) continue;
    out.push({ value, percent: /^\s?(?:%|per\s?cent|percent)/.test(after), counted: /^\s+\p{Ll}{3,}/u.test(after) });
  }
  return out;
}

/** Words that set two shares of one whole side by side ("54.3% in favour and _____ against", "the rest"). */
const TWO_SHARES = /\b(?:against|in favou?r|rest|remaining|remainder|only|whereas|while)\b/i;
/** Words that set a share beside an earlier or other one, not beside its complement. */
const CHANGE = /\b(?:from|rose|fell|grew|dropped|increased|decreased|compared|than|up|down|turnout)\b/i;

const near = (x: number, y: number): boolean => Math.abs(x - y) <= Math.max(0.051, Math.abs(y) * 0.005);

/**
 * "The temperature change is _____, so … 1.5 × 4,200 × 80 = 504,000 J" (80 °C): the answer's figure
 * itself stands in the stem, a choice to match rather than a fact to recall. Small figures only in
 * a worked sum: "3 metres" beside "3 days" may be chance.
 */
export function showsFigure(stem: string, answer: string): boolean {
  const value = parseAmount(answer);
  if (value === undefined || !/\d/.test(answer)) return false;
  return figureShown(stem, figuresIn(stem), value, /%|per\s?cent|percent/.test(answer));
}

const figureShown = (stem: string, figures: ReturnType<typeof figuresIn>, value: number, percent: boolean): boolean =>
  figures.some((x) => x.percent === percent && near(x.value, value)) && (value >= 10 || /[×=+÷]/.test(stem));

/** The answer's figure follows from the stem's: the rest of a whole, a sum of two parts, or a count from its share. */
export function computableFrom(stem: string, answer: string): boolean {
  const value = parseAmount(answer);
  if (value === undefined || !/\d/.test(answer)) return false;
  const percent = /%|per\s?cent|percent/.test(answer);
  // Read once: the figures are counted for every reading of every figure.
  const figures = figuresIn(stem);
  if (figures.length === 0 || figures.length > 6) return false;
  if (figureShown(stem, figures, value, percent)) return true;
  // "The squad has _____: 3 goalkeepers, 8 defenders, 7 midfielders and 5 forwards" (23): the parts
  // listed after a colon add up to it.
  const colon = stem.indexOf(':');
  if (colon > stem.indexOf('_____') && !percent) {
    const parts = figuresIn(stem.slice(colon)).filter((x) => !x.percent && x.counted);
    if (parts.length >= 2 && near(parts.reduce((sum, x) => sum + x.value, 0), value)) return true;
  }
  const twoShares = TWO_SHARES.test(stem) && !CHANGE.test(stem);
  for (let i = 0; i < figures.length; i++) {
    const x = figures[i];
    // "97% … salt water; only _____ is fresh" (3%): two shares of one whole.
    if (percent && x.percent && twoShares && near(x.value + value, 100)) return true;
    // "Of the _____, 72, or 30%": the whole from a part and its share.
    if (!percent && x.percent && x.value > 0 && x.value < 100) {
      for (const y of figures) if (!y.percent && y !== x && near((y.value * 100) / x.value, value) && y.value < value) return true;
    }
    // "_____ reported illness: 71 pupils and 16 members of staff" (87): the sum of two parts.
    for (let j = i + 1; j < figures.length; j++) {
      const y = figures[j];
      if (!percent && !x.percent && !y.percent && x.counted && y.counted && near(x.value + y.value, value)) return true;
    }
  }
  return false;
}
