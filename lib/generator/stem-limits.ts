// Limits a sentence sets on the value it states, so no wrong choice is one its own stem rules
// out: "60,000 visitors, up from 48,000" leaves no room for 15,000, "four stars out of five" none
// for six, a game has four quarters, and a plan for "2030" none for 1791.
import { parseAmount } from './numbers';

export interface Limits {
  /** Values must be greater than this. */
  above?: number;
  /** Values must be less than this. */
  below?: number;
  /** Values must be at most this. */
  most?: number;
  /** A year must lie within this many years of the answer. */
  within?: number;
  /** A year must be no more than this many years before the answer. */
  notBefore?: number;
  /** A year must not come after this one: a past event is not dated in the article's future. */
  latest?: number;
}

/** A figure as written: "£12.9 million", "48,000", "49 percent". */
const FIGURE = String.raw`[$€£¥]?\d+(?:[.,]\d+)*(?:\s*(?:million|billion|bn|m|%|per\s*cent|percent))?`;
/** An amount as written: a figure, or a word ("five"). */
const AMOUNT = String.raw`${FIGURE}|\p{L}+`;
/** "…, up from 48,000 last year", "…, down from £1.2 million". */
const COMPARED = new RegExp(String.raw`^[^.;:]{0,30}?,?\s+(up|down)\s+from\s+(?:about\s+|around\s+|some\s+)?(${AMOUNT})`, 'u');
/** "rose from 31 to _____", "fell from 1.8 metres to _____". */
const MOVED = new RegExp(String.raw`\b(rose|risen|rising|grew|grown|increased|climbed|jumped|fell|fallen|falling|dropped|declined|decreased|shrank)\s+from\s+(${AMOUNT})(?:\s+\p{L}+)?\s+to\s+$`, 'u');
/**
 * "only 63% … did so, below the board's target of _____": a figure the blank is said to be above or
 * below. Only a target, goal or forecast: "300 pupils under the age of _____" and "12.6 seconds,
 * beating the record of _____" say nothing of which side the blank lies.
 */
const SHORT_OF = new RegExp(String.raw`(${FIGURE})[^.;:]{0,60}?,?\s+(below|short\s+of|above|ahead\s+of)\s+(?:(?:the|its|their)\s+)?(?:\p{L}+['’]s?\s+)?(?:\p{Ll}+\s+)?(?:target|goal|forecast|aim|benchmark)\s+of\s+$`, 'u');
/** "four stars out of five", "7 out of 10". */
const OUT_OF = new RegExp(String.raw`^(?:\s+\p{L}+)?\s+out\s+of\s+(${AMOUNT})`, 'u');
/**
 * "More than _____ waded in" [200]: any smaller figure would be as true ("more than 100"), so the
 * choices lie above a lower bound and below an upper one ("fewer than _____").
 */
const AT_LEAST = /(?:\b(?<!\b(?:no|not)\s+)(?:more\s+than|over)|\bat\s+least|\bupwards\s+of|\bin\s+excess\s+of|\bno[t]?\s+(?:fewer|less)\s+than)\s+(?:about\s+|some\s+)?$/i;
const AT_MOST = /(?:\b(?<!\b(?:no|not)\s+)(?:fewer|less)\s+than|\bat\s+most|\bno[t]?\s+more\s+than)\s+$/i;
/** "between _____ and 9%", "between 4% and _____": the other end of a range. */
const RANGE_END_AFTER = new RegExp(String.raw`^\s+and\s+(${FIGURE})`, 'u');
const RANGE_END_BEFORE = new RegExp(String.raw`\bbetween\s+(${FIGURE})\s+and\s+$`, 'u');
/** "scored _____ from 41 attempts": no more than were tried. */
const FROM_TRIES = new RegExp(String.raw`^(?:\s+\p{L}+)?\s+(?:from|out\s+of|of)\s+(${FIGURE})\s+(?:attempts|shots|tries|kicks|penalties)\b`, 'u');
/** Parts a game has no more of than this: "three quarters", "both halves". */
const PARTS: Record<string, number> = { quarter: 4, quarters: 4, half: 2, halves: 2 };
/** A plan or a forecast: its year is not long past. */
const FUTURE = /\b(?:will|shall|plans?\s+to|planned\s+to|is\s+due|are\s+due|due\s+to|expected\s+to|set\s+to|scheduled|aims?\s+to|hopes?\s+to|intends?\s+to|by\s+the\s+end\s+of)\b/i;
/** "has worked on the water since _____": a span of one working life. */
const PERFECT_SINCE = /\b(?:has|have)\s+(?:been\s+)?\p{Ll}{3,}\b[^.;]*\bsince\s+$/u;

/** "m" for "£1.2m" or "£3 million", "bn", "k" or "" for a bare figure: amounts compare only with the same. */
const multiplier = (x: string): string => (/\b(?:billion|bn)\b|\dbn\b/i.test(x) ? 'bn' : /\bmillion\b|\dm\b/i.test(x) ? 'm' : /\bthousand\b|\dk\b/i.test(x) ? 'k' : '');
/** Two amounts written alike: currency, multiplier and percent ("£1.2m" is not "£900,000"). */
const sameForm = (x: string, y: string): boolean => /[$€£¥]/.test(x) === /[$€£¥]/.test(y) && multiplier(x) === multiplier(y) && /%|per\s*cent|percent/i.test(x) === /%|per\s*cent|percent/i.test(y);

/** A verb of the past before the blank: "was founded in", "killed off … in", "has kept bees since". */
const PAST = /\b(?:was|were|had|did|has|have)\b|\b\p{Ll}{3,}ed\b|\b(?:began|built|came|found|founded|gave|grew|held|left|made|met|opened|ran|rose|sold|took|went|won|wrote|fell|became|bought|brought|saw|told)\b/u;

/** Whether a sentence speaks of the future ("will open in 2028", "plans to"). */
export const speaksOfFuture = (text: string): boolean => FUTURE.test(text);

/**
 * The limits `sentence` sets on `answer`, a value of `kind` it states: `before` is the text
 * before the answer, `after` the text after it; `now`, when known, the latest year the article
 * tells of as past.
 */
export function stemLimits(kind: string, answer: string, before: string, after: string, now?: number): Limits {
  const limits: Limits = {};
  if (kind === 'number' || kind === 'quantity') {
    const compared = COMPARED.exec(after);
    const moved = MOVED.exec(before);
    const [dir, bound] = compared ? [compared[1], compared[2]] : moved ? [/^(?:rose|risen|rising|grew|grown|increased|climbed|jumped)$/.test(moved[1]) ? 'up' : 'down', moved[2]] : [null, null];
    const value = bound && sameForm(bound, answer) ? parseAmount(bound) : undefined;
    if (dir && value !== undefined) {
      if (dir === 'up') limits.above = value;
      else limits.below = value;
    }
    // "63% …, below the board's target of _____" [*70% | 15%]: the target is above what fell short of it.
    const short = SHORT_OF.exec(before);
    const against = short && sameForm(short[1], answer) ? parseAmount(short[1]) : undefined;
    if (short && against !== undefined) {
      if (/^(?:below|short|under)/.test(short[2])) limits.above = Math.max(limits.above ?? -Infinity, against);
      else limits.below = Math.min(limits.below ?? Infinity, against);
    }
    const own = parseAmount(answer);
    if (own !== undefined && AT_LEAST.test(before)) limits.above = Math.max(limits.above ?? -Infinity, own);
    if (own !== undefined && AT_MOST.test(before)) limits.below = Math.min(limits.below ?? Infinity, own);
    const upper = RANGE_END_AFTER.exec(after)?.[1];
    if (upper && /\bbetween\s+$/i.test(before) && sameForm(upper, answer)) limits.below = Math.min(limits.below ?? Infinity, parseAmount(upper) ?? Infinity);
    const lower = RANGE_END_BEFORE.exec(before)?.[1];
    if (lower && sameForm(lower, answer)) limits.above = Math.max(limits.above ?? -Infinity, parseAmount(lower) ?? -Infinity);
    const outOf = OUT_OF.exec(after) ?? FROM_TRIES.exec(after);
    const most = outOf ? parseAmount(outOf[1]) : undefined;
    if (most !== undefined) limits.most = most;
    // The noun is the answer's last word ("three quarters"), or the word after a bare count.
    const part = (/\s(\p{L}+)$/u.exec(answer)?.[1] ?? /^\s+(\p{L}+)/u.exec(after)?.[1])?.toLowerCase();
    // Not "losses for 11 quarters in a row": only a count a game could hold.
    const count = parseAmount(answer);
    if (part && PARTS[part] !== undefined && count !== undefined && count <= PARTS[part]) limits.most = Math.min(limits.most ?? Infinity, PARTS[part]);
  }
  if (kind === 'date' && /^\d{4}$/.test(answer)) {
    if (PERFECT_SINCE.test(before)) limits.within = 40;
    if (FUTURE.test(before)) limits.notBefore = 5;
    // "The company was founded in _____" [… | 2030]: no year long after the article's own time; a
    // few years above the answer stay, or the latest year would always be the largest choice.
    else if (now !== undefined && Number(answer) <= now && PAST.test(before)) limits.latest = Math.max(now, Number(answer) + 3);
  }
  return limits;
}

/** Whether `value` keeps within the limits set on `answer`. */
export function withinLimits(limits: Limits, value: number, answer: number): boolean {
  if (limits.above !== undefined && !(value > limits.above)) return false;
  if (limits.below !== undefined && !(value < limits.below)) return false;
  if (limits.most !== undefined && value > limits.most) return false;
  if (limits.within !== undefined && Math.abs(value - answer) > limits.within) return false;
  if (limits.notBefore !== undefined && value < answer - limits.notBefore) return false;
  if (limits.latest !== undefined && value > limits.latest) return false;
  return true;
}
