// Dates, years, counts and measured amounts. Units stay with the amount so
// distractors can be drawn "with the same unit" (issue text).
import { isMonth, isUnit } from './lexicon';
import type { Mention, Token } from './types';

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const YEAR = /^(1[0-9]{3}|20[0-9]{2})$/;
const NUM = /^[$€£¥]?\d+(?:[.,]\d+)*%?$/;

export function parseAmount(text: string): number | undefined {
  const m = text.match(/\d+(?:[.,]\d+)*/);
  if (!m) return undefined;
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
    if (isMonth(t.text) && t.isCap && t.text.toLowerCase() !== 'may') {
      // "March 3, 2021", "March 2021", "March 3".
      let j = i;
      if (next && /^\d{1,2}$/.test(next.text) && gapOk(t, next)) j++;
      const y = tokens[j + 1];
      if (y && YEAR.test(y.text) && gapOk(tokens[j], y)) j++;
      if (j > i) {
        out.push(mk('date', tokens, i, j, offset, text));
        i = j;
        continue;
      }
    }
    if (/^\d{1,2}$/.test(t.text) && next && isMonth(next.text) && next.isCap && gapOk(t, next)) {
      let j = i + 1;
      const y = tokens[j + 1];
      if (y && YEAR.test(y.text) && gapOk(next, y)) j++;
      out.push(mk('date', tokens, i, j, offset, text));
      i = j;
      continue;
    }
    if (!NUM.test(t.text)) continue;
    // A quoted number ("1202" alarms) is a code or a label, not an amount or a year.
    if (/["“]$/.test(text.slice(0, t.start - offset)) && /^["”]/.test(text.slice(t.end - offset))) continue;
    if (tokens[i - 1] && /^(no|number|page|chapter|section|article|route|flight|room)$/i.test(tokens[i - 1].text)) continue;
    const after = text.slice(t.end - offset, t.end - offset + 3);
    if (/^(st|nd|rd|th)\b/i.test(after) || /^[.,]\d/.test(after)) continue;
    if (YEAR.test(t.text) && !(next && (isUnit(next.text) || SCALE[next.lower]) && gapOk(t, next))) {
      out.push({ ...mk('date', tokens, i, i, offset, text), value: Number(t.text), unit: 'year' });
      continue;
    }
    let j = i;
    let value = parseAmount(t.text);
    if (tokens[j + 1] && SCALE[tokens[j + 1].lower] && gapOk(tokens[j], tokens[j + 1])) {
      j++;
      if (value !== undefined) value *= SCALE[tokens[j].lower];
    }
    const currency = t.text.match(/^[$€£¥]/)?.[0];
    const unitTok = tokens[j + 1] && /^\s+$/.test(text.slice(tokens[j].end - offset, tokens[j + 1].start - offset)) ? tokens[j + 1] : undefined;
    if (currency || t.text.endsWith('%')) {
      const m = mk('quantity', tokens, i, j, offset, text);
      out.push({ ...m, value, unit: currency ?? '%' });
    } else if (unitTok && isUnit(unitTok.text)) {
      j++;
      if (tokens[j + 1] && tokens[j].lower === 'per' && tokens[j + 1].lower === 'cent') j++;
      out.push({ ...mk('quantity', tokens, i, j, offset, text), value, unit: tokens[j].lower.replace(/s$/, '') });
    } else if (unitTok && /^\p{Ll}/u.test(unitTok.text) && !/^(and|or|to|of|in|on|at|by|for|the|a|an|is|was|were|are)$/.test(unitTok.lower)) {
      // A bare count: the counted noun stays in the stem ("_____ players").
      out.push({ ...mk('number', tokens, i, j, offset, text), value, unit: unitTok.lower.replace(/s$/, '') });
    }
    i = j;
  }
  return out;
}

function mk(kind: Mention['kind'], tokens: Token[], i: number, j: number, offset: number, text: string): Partial {
  const start = tokens[i].start;
  const end = tokens[j].end - tokens[j].possessive;
  return { kind, text: text.slice(start - offset, end - offset), start, end };
}
