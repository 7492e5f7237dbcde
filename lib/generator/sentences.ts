// Sentence splitting with offsets. A full tagger is too slow for the 50 ms /
// 1,000-word budget, so boundaries come from punctuation plus abbreviation rules.
import { findProseLines } from './lines';
import type { Sentence } from './types';

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt cmdr adm gov sen rep rev hon pres supt insp ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'vs v etc e.g i.e cf al approx inc ltd co corp dept univ no nos vol fig p pp ca est'
  ).split(' '),
);

const BOUNDARY = /[.!?…]+["”’')\]]*(?=\s)/g;
const MAX_SENTENCE = 1200;

export function splitSentences(body: string, masked: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const line of findProseLines(body, masked)) {
    let from = line.start;
    const text = masked.slice(line.start, line.end);
    BOUNDARY.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = BOUNDARY.exec(text))) {
      const endRel = m.index + m[0].length;
      if (!isBoundary(text, m.index, endRel)) continue;
      push(sentences, masked, from, line.start + endRel, line.para);
      from = line.start + endRel;
    }
    push(sentences, masked, from, line.end, line.para);
  }
  return sentences;
}

function isBoundary(text: string, dot: number, after: number): boolean {
  const rest = text.slice(after).replace(/^\s+/, '');
  if (!rest) return true;
  const next = rest[0];
  // Lower-case continuation after ?/! inside quotes ("Why?” he asked) is one sentence.
  if (!/[\p{Lu}\p{N}"“‘'([]/u.test(next)) return false;
  if (text[dot] !== '.') return true;
  const before = text.slice(Math.max(0, dot - 12), dot).match(/([\p{L}.]+)$/u)?.[1] ?? '';
  const word = before.toLowerCase();
  if (ABBREVIATIONS.has(word)) return false;
  // Initials and dotted acronyms: "J. K. Rowling", "U.S. officials". Not a temperature's
  // scale: "as hot as 1,200°C. Runny lava …" ends its sentence.
  if (/^\p{Lu}$/u.test(before) && !/°\s?$/.test(text.slice(Math.max(0, dot - 3), dot - 1))) return false;
  if (/^(\p{L}\.)+\p{L}$/u.test(before)) return false;
  return true;
}

function push(out: Sentence[], masked: string, start: number, end: number, para: number): void {
  while (start < end && /\s/.test(masked[start])) start++;
  while (end > start && /\s/.test(masked[end - 1])) end--;
  if (end - start < 2 || !/[\p{L}\p{N}]/u.test(masked.slice(start, end))) return;
  // Runaway "sentences" (no punctuation) are cut so later stages stay linear.
  while (end - start > MAX_SENTENCE) {
    let cut = masked.lastIndexOf(' ', start + MAX_SENTENCE);
    if (cut <= start) cut = start + MAX_SENTENCE;
    out.push({ index: out.length, start, end: cut, text: masked.slice(start, cut), para });
    start = cut;
    while (start < end && /\s/.test(masked[start])) start++;
  }
  if (end > start) out.push({ index: out.length, start, end, text: masked.slice(start, end), para });
}
