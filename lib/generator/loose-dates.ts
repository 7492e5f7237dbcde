// Dates a quiz gains little from asking: a decade ("in the 1980s") says only roughly when,
// and a year used as a label of a thing ("the 1996 recording", "the city's 2026 budget",
// "a 1734 instrument") names the thing, not when something in the story happened. A teacher
// asks for the years events took place ("In 1823 she found …", "built in 1887").
import type { Mention } from './types';

/** "the", "a", "its", "Valadares's": a word that makes a year after it a label of the noun that follows. */
const LABEL_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|its|his|her|their|our|this|that|every|each)\s+$|['’]s?\s+$/iu;
/** "recording", "budget": a lower-case word straight after the year, the thing it labels. */
const LABELLED_AFTER = /^\s+\p{Ll}{3,}/u;
/** "the 1996 to 1998 season" is a span (ranked apart), "the 2019 and 2020 seasons" a list. */
const NOT_NOUN = /^\s+(?:and|or|to|until|through|when|where|which|was|were|is|are)\b/i;

/** Whether `m` is a decade or a year used as a label, read from the article's masked text. */
export function isLooseDate(masked: string, m: Mention): boolean {
  if (m.kind !== 'date') return false;
  if (m.unit === 'decade') return true;
  if (!/^\d{4}$/.test(m.text)) return false;
  const before = masked.slice(Math.max(0, m.start - 24), m.start);
  const after = masked.slice(m.end, m.end + 24);
  return LABEL_BEFORE.test(before) && LABELLED_AFTER.test(after) && !NOT_NOUN.test(after);
}
