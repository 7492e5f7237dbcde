// A figure a student can work out from the stem it is asked in needs no reading: "_____ have
// reported illness: 71 pupils and 16 members of staff" (87), "Only _____ is fresh water" beside
// "97% of it is salt" (3%), "Of the _____, 72, or 30%, will be affordable" (240). Such a reading
// is not asked; another wording of the sentence, without the parts, still may be.
import { parseAmount } from '../numbers';

/** Figures written in a stem, each with whether it is a percentage. */
function figuresIn(stem: string): Array<{ value: number; percent: boolean }> {
  const out: Array<{ value: number; percent: boolean }> = [];
  for (const m of stem.matchAll(/(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\d.,])\d+(?:\.\d+)?/g)) {
    const value = parseAmount(m[0]);
    if (value === undefined) continue;
    const after = stem.slice(m.index + m[0].length, m.index + m[0].length + 9);
    out.push({ value, percent: /^\s?(?:%|per\s?cent|percent)/.test(after) });
  }
  return out;
}

const near = (x: number, y: number): boolean => Math.abs(x - y) <= Math.max(0.051, Math.abs(y) * 0.005);

/** The answer's figure follows from the stem's: the rest of a whole, a sum of two parts, or a count from its share. */
export function computableFrom(stem: string, answer: string): boolean {
  const value = parseAmount(answer);
  if (value === undefined || !/\d/.test(answer)) return false;
  const percent = /%|per\s?cent|percent/.test(answer);
  const figures = figuresIn(stem);
  if (figures.length === 0 || figures.length > 6) return false;
  for (let i = 0; i < figures.length; i++) {
    const x = figures[i];
    // "97% … salt water; only _____ is fresh" (3%): two shares of one whole.
    if (percent && x.percent && near(x.value + value, 100)) return true;
    // "Of the _____, 72, or 30%": the whole from a part and its share.
    if (!percent && x.percent && x.value > 0 && x.value < 100) {
      for (const y of figures) if (!y.percent && y !== x && near((y.value * 100) / x.value, value) && y.value < value) return true;
    }
    // "_____ reported illness: 71 pupils and 16 members of staff" (87): the sum of two parts.
    for (let j = i + 1; j < figures.length; j++) {
      const y = figures[j];
      if (x.percent === percent && y.percent === percent && near(x.value + y.value, value)) return true;
    }
  }
  return false;
}
