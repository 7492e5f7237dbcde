// Cuts of a measure or a span of time that only qualifies what a sentence says (reduce.ts):
// "a fall of 24 hectopascals [in 24 hours]", "[At 1,140 kilometres, ]it is the country's longest
// river", "an independent audit [every six months]", "On 13 July[, 22 days later,] they paddled".
// Such a figure used to be hidden behind "many"/"several" ("in many hours", "every several
// months"), which states another fact than the article's; a cut says less but nothing false.
import { lexTags } from '../lexicon';
import type { Analysis, Mention } from '../types';
import { figureClass } from './cloze';
import { completesWithout, type Cut } from './reduce-text';

const QUAL = String.raw`(?:only\s+)?(?:(?:about|around|some|almost|nearly|roughly|approximately|more\s+than|fewer\s+than|less\s+than|over|under|up\s+to|at\s+least|at\s+most|just\s+over|just\s+under|only)\s+)?`;
/** Prepositions whose phrase is an adjunct of time or extent: the clause reads whole without it. */
const ADJUNCT_HEAD = new RegExp(String.raw`(?:^|\s)(for|over|within|in|after|during|every|across|at\s+(?:an?\s+)?(?:speeds?|rates?|depths?|heights?|altitudes?|temperatures?|distances?)\s+of)\s+${QUAL}$`, 'iu');
/** A sentence opened by the figure: "At 1,140 kilometres, …", "After 22 days, …". */
const LEAD_HEAD = new RegExp(String.raw`^[\s*_]*(At|After|For|Over|Within|In)\s+${QUAL}$`, 'u');
/** What may close the figure's phrase: "later", "ago", "by road", "a day". */
const TRAILER = /^(?:\s+(?:later|earlier|ago|long|away|by\s+(?:road|car|rail|train|sea|air)|(?:a|an|per|each)\s+(?:day|week|month|year|hour|minute|second)|of\s+(?:the|a|an|its|their)\s+\p{Ll}{3,}))?/u;
/** What may follow the cut phrase: punctuation, or a word that opens another phrase or clause. */
const NEXT = /^(?:[.,;:!?]|\s+(?:and|but|to|from|with|before|after|when|while|which|who|where|on|at|in|across|through|so|because|until|since)\b)/;
/** Verbs a span or a measure completes: "lasted [six weeks]", "spent [two weeks] in hospital". */
const NEEDS_SPAN = /^(?:lasted|lasts|last|took|takes|take|spent|spends|spend|ran|runs|run|stretches|stretched|measures|measured|is|are|was|were|be|been|being|remained|stayed|stays|waited|wait|waits|lived|worked|served|continued|went|gone|held|kept|sat|closed|close|closes|delayed|extended)$/i;

/** The cuts of `sentence`'s measures and spans of time that the sentence reads whole without. */
export function spanCuts(a: Analysis, sentence: number, cut: Cut): void {
  const s = a.sentences[sentence];
  for (const m of a.bySentence[sentence]) {
    if (!isMeasured(m)) continue;
    const head = a.masked.slice(s.start, m.start);
    const rest = a.masked.slice(m.end, s.end);
    const trail = TRAILER.exec(rest)![0];
    const after = rest.slice(trail.length);
    const lead = LEAD_HEAD.exec(head);
    if (lead && /^,\s+\p{L}/u.test(after)) {
      cut(s.start, m.end + trail.length + after.match(/^,\s+/)![0].length, true);
      continue;
    }
    // "On 13 July[, 22 days later,] they …": a span set off by commas, read as "later" or "ago".
    if (/^\s+(?:later|earlier|ago)$/.test(trail) && /,\s+$/.test(head) && /^,\s/.test(after)) {
      cut(s.start + head.search(/,\s+$/), m.end + trail.length);
      continue;
    }
    const adj = ADJUNCT_HEAD.exec(head);
    if (!adj || !NEXT.test(after)) continue;
    const from = s.start + adj.index;
    const before = a.masked.slice(s.start, from);
    const last = before.match(/(\p{L}+)[^\p{L}]*$/u)?.[1] ?? '';
    // "took six weeks", "runs for four days": the verb needs its span; the clause must read whole.
    if (NEEDS_SPAN.test(last) || before.trim().split(/\s+/).length < 3) continue;
    // "their first county title[ in 31 years]": without its span a first, a last or a record
    // says something else, and false.
    if (/\b(?:first|last|only|biggest|largest|highest|lowest|best|worst|longest)\b/i.test(before) && /^\s*in\s/.test(a.masked.slice(from, m.start))) continue;
    // "received 112 millimetres of rain[ in 24 hours]": a noun after "of" ends a noun phrase.
    const ofNoun = /\sof\s+\p{Ll}{3,}$/u.test(before);
    // "an independent review, to be published[ within 30 days]": a passive reads whole without when.
    const passive = /\b(?:to\s+be|will\s+be)\s+\p{Ll}{3,}ed$/u.test(before);
    if (!completesWithout(before) && !ofNoun && !passive && !/(?:\d|\p{Lu}\p{L}*)[^\p{L}\p{N}]*$/u.test(before) && !isObjectEnd(last)) continue;
    // "near the peak[, at a height of 1,850 metres], and flows …": a phrase set off by commas goes
    // with its opening comma, or the stem reads "near the peak,, and flows".
    const setOff = /,\s*$/.test(before) && /^[,.;:!?]/.test(after) ? before.length - before.search(/,\s*$/) : 0;
    cut(from - setOff, m.end + trail.length);
  }
}

/**
 * "rents rose by 22 percent[ between 2020 and 2024]", "was restored[ between 1998 and 2003] and still
 * carries …": a span of dates goes whole, never one end of it ("between 2020.").
 */
export function dateSpanCuts(a: Analysis, sentence: number, cut: Cut): void {
  const s = a.sentences[sentence];
  const ms = a.bySentence[sentence];
  for (let k = 1; k < ms.length; k++) {
    const x = ms[k - 1];
    const y = ms[k];
    if (x.kind !== 'date' || y.kind !== 'date' || !/^\s+and\s+$/.test(a.masked.slice(x.end, y.start))) continue;
    const lead = /\s+(?:between|from)\s+$/i.exec(a.masked.slice(s.start, x.start));
    if (!lead || !NEXT.test(a.masked.slice(y.end, s.end))) continue;
    const before = a.masked.slice(s.start, s.start + lead.index);
    if (before.trim().split(/\s+/).length < 3) continue;
    cut(s.start + lead.index, y.end);
  }
}

/** A count of hours, days or kilometres: a measure or a span, not a number of things. */
export function isMeasured(m: Mention): boolean {
  const fc = figureClass(m);
  return fc === 'measure' || fc === 'duration';
}

/** "… received 120 millimetres of rain", "… followed 480 students": a plural noun ending an object. */
function isObjectEnd(w: string): boolean {
  return /\p{Ll}{3,}s$/u.test(w) && !/ss$/.test(w) && !lexTags(w).some((t) => /Verb|Tense|Adverb|Preposition|Pronoun/.test(t));
}
