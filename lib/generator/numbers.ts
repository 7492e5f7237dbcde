// Dates, years, counts and measured amounts. Units stay with the amount so
// distractors can be drawn "with the same unit" (issue text).
import { isScorePart, resultAt } from './counts';
import { dateEnd } from './dates';
import { isUnit, lexTags } from './lexicon';
import { codeBefore, isCurrencyWord, symbolPrefix } from './money';
import type { Mention, Token } from './types';

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const YEAR = /^(1[0-9]{3}|20[0-9]{2})$/;
const NUM = /^[$€£¥]?\d+(?:[.,]\d+)*%?$/;
/** "six weeks", "twelve months": small amounts written as words. */
export const WORD_NUMBERS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
};
export const NUMBER_WORDS = Object.keys(WORD_NUMBERS);
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const UNITS_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** "November" alone: a month written out in full, without a day or a year. */
export const BARE_MONTH = /^(january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/** "six" -> 6, "forty-one" -> 41, "thirty" -> 30; undefined for any other word. */
export function wordValue(w: string): number | undefined {
  // Called for most tokens: only letters from "e" (eight) to "t" (twenty) open a number word.
  if (w.length < 3 || !/^[efnostEFNOST]/.test(w)) return undefined;
  const low = w.toLowerCase();
  if (WORD_NUMBERS[low] !== undefined) return WORD_NUMBERS[low];
  if (TENS[low] !== undefined) return TENS[low];
  const m = /^(\p{L}+)-(\p{L}+)$/u.exec(low);
  const u = m ? UNITS_WORDS.indexOf(m[2]) : -1;
  return m && TENS[m[1]] !== undefined && u > 0 ? TENS[m[1]] + u : undefined;
}

/** 41 -> "forty-one": the words for a whole number from 2 to 99. */
export function numberWord(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 2 || n > 99) return undefined;
  const small = NUMBER_WORDS.find((x) => WORD_NUMBERS[x] === n);
  if (small) return small;
  const tens = Object.keys(TENS).find((x) => TENS[x] === n - (n % 10));
  return tens && (n % 10 ? `${tens}-${UNITS_WORDS[n % 10]}` : tens);
}

/** "November" -> "January" … by month offset, for other months as choices. */
export const monthName = (index: number): string => MONTH_NAMES[((index % 12) + 12) % 12];
/** Units a number written as a word is measured in: spans of time. */
const WORD_UNITS = /^(minutes|hours|days|weeks|months|years|decades|centuries)$/;
const TIME_UNITS = /^(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)$/;
const RELATIVE = /^(next|past|last|coming|previous|following)$/;
/** "£46m", "€2bn", "5km": a suffix written against the digits. */
const SUFFIX_SCALE: Record<string, number> = { k: 1e3, m: 1e6, bn: 1e9 };
const SUFFIX_UNIT = /^(km|kg|cm|mm|m|g|t|ml|l|mph|kmh|ha|mw|kw|gw|kwh|mwh)$/;

export function parseAmount(text: string): number | undefined {
  const m = text.match(/\d+(?:[.,]\d+)*/);
  if (!m) {
    const w = text.match(/^\p{L}+(?:-\p{L}+)?/u)?.[0].toLowerCase();
    if (w && BARE_MONTH.test(w)) return MONTH_NAMES.indexOf(w) + 1;
    return w ? wordValue(w) ?? wordValue(w.split('-')[0]) : undefined;
  }
  const raw = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(m[0]) ? m[0].replace(/,/g, '') : m[0].replace(',', '.');
  const v = Number(raw);
  return Number.isFinite(v) ? v : undefined;
}

type Partial = Omit<Mention, 'key' | 'sentence'>;

export function findNumbers(tokens: Token[], text: string, offset: number): Partial[] {
  const out: Partial[] = [];
  const gapOk = (a: Token, b: Token): boolean => /^[\s,]*$/.test(text.slice(a.end - offset, b.start - offset));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    const dateTo = dateEnd(tokens, i, text, offset);
    if (dateTo > i) {
      out.push(mk('date', tokens, i, dateTo, offset, text));
      i = dateTo;
      continue;
    }
    // "over the past two years", "in the next 12 months": a span counted back or ahead
    // from the moment of writing is no fact to learn.
    if (next && TIME_UNITS.test(next.lower) && i > 0 && RELATIVE.test(tokens[i - 1].lower)) {
      i++;
      continue;
    }
    if (WORD_NUMBERS[t.lower] && next && WORD_UNITS.test(next.lower) && /^\s+$/.test(text.slice(t.end - offset, next.start - offset))) {
      // "six weeks": a duration in words; "the six days of the festival" counts the same way.
      out.push({ ...mk('quantity', tokens, i, i + 1, offset, text), value: WORD_NUMBERS[t.lower], unit: next.lower.replace(/s$/, '') });
      i++;
      continue;
    }
    // "in November", "by the end of March": a month on its own is a date too.
    const prevTok = tokens[i - 1];
    if (t.isCap && BARE_MONTH.test(t.text) && t.lower !== 'may' && prevTok && /^(in|by|until|since|from|before|after|during|of|early|late|mid|last|next|this)$/.test(prevTok.lower) && !(next && /^\d/.test(next.text))) {
      out.push({ ...mk('date', tokens, i, i, offset, text), value: MONTH_NAMES.indexOf(t.lower) + 1, unit: 'month' });
      continue;
    }
    // "Forty-one people", "twelve jurors", "six trawlers", "three firefighters": a count written in
    // words, of a plural noun. Small ones are asked too: "eight crews", "four seats", "eight species"
    // are facts teachers chose in six tuning articles; they rank a little below counts in figures
    // (WORD_COUNT_COST). "Two" is left out: "two children", "two days" are mostly asides.
    const wv = wordValue(t.lower);
    // "two or three blades", "three to four kilograms": one end of a rough range is no count.
    const rangeEnd = (k: number): boolean => tokens[k] !== undefined && (wordValue(tokens[k].lower) !== undefined || /^\d/.test(tokens[k].text));
    const inRange = (i > 1 && /^(or|to)$/.test(tokens[i - 1].lower) && rangeEnd(i - 2)) || (next && /^(or|to)$/.test(next.lower) && rangeEnd(i + 2));
    if (wv !== undefined && (wv >= 10 || (wv >= 3 && !inRange)) && next && /^\s+$/.test(text.slice(t.end - offset, next.start - offset)) && (/^(people|children|men|women)$/.test(next.text) || (/^\p{Ll}{3,}s$/u.test(next.text) && !/ss$/.test(next.text) && !TIME_UNITS.test(next.lower) && (countedNoun(next.lower) || pluralAfterCount(next.lower, wv))))) {
      out.push({ ...mk('number', tokens, i, i, offset, text), value: wv, unit: next.lower.replace(/s$/, '') });
      continue;
    }
    if (!NUM.test(t.text)) continue;
    // "1,200°C", "60 °F": a temperature, asked with its scale.
    const degrees = /^ ?° ?([CF])\b/.exec(text.slice(t.end - offset, t.end - offset + 4));
    if (degrees && /^\d+(?:[.,]\d+)*$/.test(t.text)) {
      const scale = tokens.findIndex((x, k) => k > i && x.start >= t.end && x.text === degrees[1]);
      if (scale > i) {
        out.push({ ...mk('quantity', tokens, i, scale, offset, text), value: parseAmount(t.text), unit: `°${degrees[1]}` });
        i = scale;
        continue;
      }
    }
    // "the 15th century": a century is a date, asked as a whole ("_____").
    const century = tokens[i + 2];
    if (/^\d{1,2}$/.test(t.text) && next?.start === t.end && /^(st|nd|rd|th)$/.test(next.lower) && century?.lower === 'century' && /^\s+$/.test(text.slice(next.end - offset, century.start - offset))) {
      out.push({ ...mk('date', tokens, i, i + 2, offset, text), value: Number(t.text), unit: 'century' });
      i += 2;
      continue;
    }
    // "1880s", "£46m", "5km": letters written against the digits belong to the amount,
    // or a blank would leave "_____s" behind.
    if (next && next.start === t.end && /^\p{L}/u.test(next.text)) {
      const suffix = next.lower;
      const currency = t.text.match(/^[$€£¥]/)?.[0];
      if (/^\d{3}0$/.test(t.text) && suffix === 's' && YEAR.test(t.text)) {
        out.push({ ...mk('date', tokens, i, i + 1, offset, text), value: Number(t.text), unit: 'decade' });
      } else if (currency && SUFFIX_SCALE[suffix] && !/%$/.test(t.text)) {
        const v = parseAmount(t.text);
        out.push({ ...mk('quantity', tokens, i, i + 1, offset, text), value: v === undefined ? v : v * SUFFIX_SCALE[suffix], unit: currency });
      } else if (!currency && suffix === 'p' && /^\d+$/.test(t.text)) {
        // "20p": pence.
        out.push({ ...mk('quantity', tokens, i, i + 1, offset, text), value: parseAmount(t.text), unit: 'p' });
      } else if (!currency && SUFFIX_UNIT.test(suffix) && !/%$/.test(t.text)) {
        out.push({ ...mk('quantity', tokens, i, i + 1, offset, text), value: parseAmount(t.text), unit: suffix });
      }
      i++;
      continue;
    }
    // "a 12-week trial", "a 5-kilometre walk": an amount written as a compound adjective.
    // Not "a 42-year-old" (an age: the unit token is "year-old").
    if (next && next.start === t.end + 1 && text[t.end - offset] === '-' && /^\d+(?:\.\d+)?$/.test(t.text) && (isUnit(next.text) || TIME_UNITS.test(next.lower)) && !/-/.test(next.text)) {
      out.push({ ...mk('quantity', tokens, i, i + 1, offset, text), value: parseAmount(t.text), unit: next.lower.replace(/s$/, '') });
      i++;
      continue;
    }
    // A quoted number ("1202" alarms) is a code or a label, not an amount or a year.
    if (/["“]$/.test(text.slice(0, t.start - offset)) && /^["”]/.test(text.slice(t.end - offset))) continue;
    if (tokens[i - 1] && /^(no|number|page|chapter|section|article|route|flight|room)$/i.test(tokens[i - 1].text)) continue;
    // "3:40 a.m.", "2:1": the digits after a colon are part of a time or a ratio, not a count.
    if (/\d:$/.test(text.slice(Math.max(0, t.start - offset - 2), t.start - offset))) continue;
    if (next && text.slice(t.end - offset, next.start - offset) === ':' && /^\d/.test(next.text)) {
      i++;
      continue;
    }
    // "shortly after 1 a.m.", "at 6pm", "at 9 o'clock": an hour of the clock is no count.
    // "at 7.42 a.m." too: a time written with a dot.
    if (/^\d{1,2}(?:\.\d{2})?$/.test(t.text) && /^\s?(?:[ap]\.m\.|[ap]m\b|o['’]clock\b)/i.test(text.slice(t.end - offset, t.end - offset + 9))) continue;
    const after = text.slice(t.end - offset, t.end - offset + 3);
    if (/^(st|nd|rd|th)\b/i.test(after) || /^[.,]\d/.test(after)) continue;
    // "lost 2–0", "a 5-2 judgment", "voted 17 to 12": a game's score or a vote's tally is one
    // fact, asked whole, never a count.
    const result = resultAt(tokens, i, text, offset, (w) => isUnit(w) || TIME_UNITS.test(w));
    if (result) {
      out.push({ ...mk('number', tokens, i, result.end, offset, text), value: Number(t.text), unit: result.isVote ? 'tally' : 'score' });
      i = result.end;
      continue;
    }
    // "a 7-2 split", "40–70 eggs": any other pair of small numbers is no count; both are skipped.
    if (isScorePart(tokens, i, text, offset)) {
      if (next && /^\d{1,3}$/.test(next.text)) i++;
      continue;
    }
    // "died on Monday, aged 87", "at the age of 87": an age is a "how old" fact.
    const prev = tokens[i - 1];
    // "She was 91.": an age stated of a person, closing the sentence.
    const statedAge = prev && /^(was|is)$/.test(prev.lower) && /^(he|she)$/.test(tokens[i - 2]?.lower ?? '') && !next;
    if (/^\d{1,3}$/.test(t.text) && prev && (prev.lower === 'aged' || statedAge || (prev.lower === 'of' && tokens[i - 2]?.lower === 'age'))) {
      out.push({ ...mk('number', tokens, i, i, offset, text), value: Number(t.text), unit: 'age' });
      continue;
    }
    if (YEAR.test(t.text) && !(next && (isUnit(next.text) || SCALE[next.lower]) && gapOk(t, next))) {
      out.push({ ...mk('date', tokens, i, i, offset, text), value: Number(t.text), unit: 'year' });
      continue;
    }
    let j = i;
    let value = parseAmount(t.text);
    // "$2.5-million grant": the scale may be hyphenated onto a sum of money.
    const hyphenScale = (a: Token, b: Token): boolean => /^[$€£¥]/.test(t.text) && text.slice(a.end - offset, b.start - offset) === '-';
    if (tokens[j + 1] && SCALE[tokens[j + 1].lower] && (gapOk(tokens[j], tokens[j + 1]) || hyphenScale(tokens[j], tokens[j + 1]))) {
      j++;
      if (value !== undefined) value *= SCALE[tokens[j].lower];
    }
    const currency = t.text.match(/^[$€£¥]/)?.[0];
    const unitTok = tokens[j + 1] && /^\s+$/.test(text.slice(tokens[j].end - offset, tokens[j + 1].start - offset)) ? tokens[j + 1] : undefined;
    // "USD 5 million": a currency code written before the amount is its unit.
    const code = currency ? -1 : codeBefore(tokens, i, text, offset);
    if (code >= 0) {
      out.push({ ...mk('quantity', tokens, code, j, offset, text), value, unit: tokens[code].text.toUpperCase() });
    } else if (currency || t.text.endsWith('%')) {
      // "US$5 million", "NZ$300": a country prefix belongs to the dollar sign.
      const pre = currency ? symbolPrefix(tokens, i) : -1;
      if (currency) j = perRate(tokens, j, text, offset);
      const m = mk('quantity', tokens, pre >= 0 ? pre : i, j, offset, text);
      out.push({ ...m, value, unit: pre >= 0 ? tokens[pre].text + currency : (currency ?? '%') });
    } else if (unitTok && /^(square|cubic|nautical)$/.test(unitTok.lower) && tokens[j + 2] && isUnit(tokens[j + 2].text) && gapOk(unitTok, tokens[j + 2])) {
      // "3,800 square kilometres", "3,200 nautical miles": a measure in one unit of two words.
      j += 2;
      out.push({ ...mk('quantity', tokens, i, j, offset, text), value, unit: `${unitTok.lower} ${tokens[j].lower.replace(/s$/, '')}` });
    } else if (unitTok && (isUnit(unitTok.text) || isCurrencyWord(unitTok.text))) {
      j++;
      if (tokens[j + 1] && tokens[j].lower === 'per' && tokens[j + 1].lower === 'cent') j++;
      // "5 minutes 41 seconds", "3 hours 12 minutes": one time, asked as a whole.
      const more = tokens[j + 2];
      if (TIME_UNITS.test(tokens[j].lower) && more && /^\d{1,2}$/.test(tokens[j + 1]?.text ?? '') && TIME_UNITS.test(more.lower) && gapOk(tokens[j], tokens[j + 1]) && gapOk(tokens[j + 1], more)) j += 2;
      // "12 hours and 25 minutes": joined by "and", still one time.
      else if (TIME_UNITS.test(tokens[j].lower) && tokens[j + 1]?.lower === 'and' && /^\d{1,2}$/.test(tokens[j + 2]?.text ?? '') && tokens[j + 3] && TIME_UNITS.test(tokens[j + 3].lower) && tokens[j + 3].lower.replace(/s$/, '') !== tokens[j].lower.replace(/s$/, '') && gapOk(tokens[j], tokens[j + 1]) && gapOk(tokens[j + 1], tokens[j + 2]) && gapOk(tokens[j + 2], tokens[j + 3])) j += 3;
      const unit = tokens[j].lower.replace(/s$/, '');
      out.push({ ...mk('quantity', tokens, i, perRate(tokens, j, text, offset), offset, text), value, unit });
    } else if (crowdBefore(tokens, i) && value !== undefined && !currency) {
      // "watched by a crowd of 31,500 at Kettering Park": the crowd is the count.
      out.push({ ...mk('number', tokens, i, j, offset, text), value, unit: 'crowd' });
    } else if (unitTok?.lower === 'of' && partOfGroup(tokens, j + 1, text, offset)) {
      // "at least 212 of them died", "40 of the 300 workers": a count out of a group named before.
      out.push({ ...mk('number', tokens, i, j, offset, text), value, unit: 'of' });
    } else if (unitTok && /^\p{Ll}/u.test(unitTok.text) && !/^(and|or|to|of|in|on|at|by|for|the|a|an|is|was|were|are)$/.test(unitTok.lower)) {
      // A bare count: the counted noun stays in the stem ("_____ players"), and
      // "300 new homes" counts homes; "5,000 watched" or "20,000 this year" count nothing named.
      const after = tokens[j + 2];
      const noun = countedNoun(unitTok.lower) || pluralAfterCount(unitTok.lower, value)
        ? unitTok.lower
        : modifiesCount(unitTok.lower, countLedIn(tokens, i)) && after && /^\p{Ll}+$/u.test(after.text) && /^\s+$/.test(text.slice(unitTok.end - offset, after.start - offset)) && (countedNoun(after.lower) || pluralAfterCount(after.lower, value)) && (!/ed$|-/.test(unitTok.lower) || /^\p{Ll}{3,}s$/u.test(after.text))
          ? after.lower
          : undefined;
      if (noun) out.push({ ...mk('number', tokens, i, j, offset, text), value, unit: noun.replace(/s$/, '') });
    }
    i = j;
  }
  return out;
}

/**
 * "50 milligrams per litre", "£85 per hectare", "148 kilometres per hour": a rate is one amount
 * with what it is per; "50 milligrams" alone is another fact. The index of the rate's last token.
 */
function perRate(tokens: Token[], j: number, text: string, offset: number): number {
  const per = tokens[j + 1];
  const what = tokens[j + 2];
  // Per a unit of measure or time ("per litre", "per hectare", "per hour"); "£95 per person" is a
  // price with its terms, and the price alone is the figure asked.
  if (per?.lower !== 'per' || !what || !/^\p{Ll}{3,}$/u.test(what.text) || what.lower === 'cent' || !(isUnit(what.text) || isUnit(`${what.text}s`))) return j;
  const spaced = (a: Token, b: Token): boolean => /^\s+$/.test(text.slice(a.end - offset, b.start - offset));
  return spaced(tokens[j], per) && spaced(per, what) ? j + 2 : j;
}

function mk(kind: Mention['kind'], tokens: Token[], i: number, j: number, offset: number, text: string): Partial {
  const start = tokens[i].start;
  const end = tokens[j].end - tokens[j].possessive;
  return { kind, text: text.slice(start - offset, end - offset), start, end };
}

/** "a crowd of", "an attendance of", "a population of": the number after counts people. */
function crowdBefore(tokens: Token[], i: number): boolean {
  // "a population of about 112,000": a qualifier may come between.
  const k = /^(about|some|nearly|almost|around|roughly|over|approximately)$/.test(tokens[i - 1]?.lower ?? '') ? i - 1 : i;
  return tokens[k - 1]?.lower === 'of' && /^(crowd|crowds|attendance|audience|population|turnout|gate)$/.test(tokens[k - 2]?.lower ?? '');
}

/** "of them", "of those", "of the workers": the "of" at `k` opens the group a count is taken from. */
function partOfGroup(tokens: Token[], k: number, text: string, offset: number): boolean {
  const next = tokens[k + 1];
  if (!next || !/^\s+$/.test(text.slice(tokens[k].end - offset, next.start - offset))) return false;
  if (/^(them|those|these|whom)$/.test(next.lower)) return true;
  const noun = tokens[k + 2];
  return next.lower === 'the' && noun !== undefined && /^\p{Ll}+s$/u.test(noun.text) && countedNoun(noun.lower);
}

/**
 * "1,100 shops", "120 homes": after a count above one, a word read as a verb in the third
 * person ("shops", "homes") can only be the plural noun counted.
 */
export function pluralAfterCount(w: string, value: number | undefined): boolean {
  if (value === undefined || value <= 1 || !/^\p{Ll}{3,}s$/u.test(w) || /ss$/.test(w)) return false;
  const tags = lexTags(w);
  return tags.includes('PresentTense') && !tags.some((t) => /Adverb|Preposition|Pronoun|Conjunction|Determiner|Modal|Copula/.test(t));
}

/**
 * A word between a count and what it counts: "300 new homes", and (before a plural noun) "11 million
 * queued requests", "240,000 hand-collected seeds"; not "5,000 watched" on its own.
 */
function modifiesCount(w: string, ledIn: boolean): boolean {
  const tags = lexTags(w);
  if (tags.includes('Adjective')) return true;
  // "About 120 attended workshops", "40 signed letters": a count opening its clause is the
  // subject, and the "-ed" word after it its verb; only a count a verb or preposition leads into
  // ("followed 11 restored meadows", "of about 11 million queued requests") has one as a modifier.
  if (!ledIn) return false;
  if (/^\p{Ll}+-\p{Ll}+$/u.test(w)) return true;
  return /\p{Ll}{3,}ed$/u.test(w) && !tags.some((t) => /Noun|Adverb|Preposition|Determiner|Pronoun/.test(t));
}

/** Whether a lower-case word (a verb, a preposition, a determiner) leads into the count at `i`, past a hedge ("pushed some 240,000 …"). */
function countLedIn(tokens: Token[], i: number): boolean {
  let k = i - 1;
  if (k >= 0 && /^(about|around|some|nearly|almost|roughly|over|approximately|more|than|at|least|just)$/.test(tokens[k].lower)) k--;
  if (k >= 0 && tokens[k].lower === 'than') k--;
  if (k >= 0 && /^(more|fewer|less)$/.test(tokens[k].lower)) k--;
  const lead = tokens[k];
  return lead !== undefined && !lead.isCap && /^\p{Ll}+$/u.test(lead.text) && !/^(and|or|but)$/.test(lead.lower);
}

/** "18,000 visitors", not "5,000 watched" or "20,000 this year": a count is of a noun. */
function countedNoun(w: string): boolean {
  const tags = lexTags(w);
  if (tags.some((t) => /Noun|Plural|Actor/.test(t))) return true;
  if (!tags.length) return !/(ed|ly)$/.test(w);
  return !tags.some((t) => /Verb|Tense|Participle|Gerund|Determiner|Adverb|Preposition|Pronoun|Conjunction|Modal|Copula|Adjective|Value/.test(t));
}
