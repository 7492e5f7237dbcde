// Term <-> description pairs for flashcards: titles ("Prime Minister"),
// appositives ("Armen Baghdasarian, an Armenian political analyst") and
// definitions ("Photosynthesis is the process by which ...").
import { PRONOUNS, isRole, isStopword, lexTags } from './lexicon';
import { tidy } from './markup';
import type { Description, Entity, Mention, Sentence } from './types';

const APPOSITIVE = /^\s*,\s+((?:an?|the)\s+[^,;:"“”()]{3,140}?)\s*(?=[,.;:]|$)/;
// "the lunar module, named Eagle" -> Eagle <-> the lunar module.
const NAMED = /((?:the|an?|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,4}[\p{Ll}-]+)\s*,?\s+(?:named|called|dubbed|nicknamed|christened)\s+$/u;
const DEFINITION = /^\s*(?:the\s+|an?\s+)?([\p{L}][\p{L}\p{N}'’ -]{1,60}?)\s+(?:is|are|was|were|refers to|means)\s+((?:an?|the|one of the)\s+[^.;:!?]{6,220})/iu;

export function findDescriptions(sentences: Sentence[], mentions: Mention[], entities: Map<string, Entity>, masked: string): Description[] {
  const out: Description[] = [];
  const seen = new Set<string>();
  const add = (d: Description): void => {
    const k = `${d.term.toLowerCase()}|${d.description.toLowerCase()}`;
    if (seen.has(k) || d.description.toLowerCase().includes(d.term.toLowerCase())) return;
    seen.add(k);
    out.push(d);
  };
  for (const m of mentions) {
    const e = entities.get(m.key);
    if (!e || m.kind === 'date' || m.kind === 'number' || m.kind === 'quantity') continue;
    const s = sentences[m.sentence];
    if (m.title) add({ term: e.name, description: m.title, kind: m.kind, sentence: m.sentence, start: s.start, end: s.end });
    const named = m.kind === 'term' ? masked.slice(s.start, m.start).match(NAMED) : null;
    if (named) add({ term: e.name, description: innermost(tidy(named[1])), kind: m.kind, sentence: m.sentence, start: s.start, end: s.end });
    const after = masked.slice(m.end, s.end);
    const ap = after.match(APPOSITIVE);
    const apWords = ap ? ap[1].split(/\s+/) : [];
    const fits = m.kind === 'person' ? apWords.some((w) => isRole(w)) : apWords.length >= 3;
    if (ap && apWords.length >= 2 && fits && !insideQuote(masked, s.start, m.start) && !/\b(said|says|told)\b/.test(ap[1])) {
      add({ term: e.name, description: tidy(ap[1]), kind: m.kind, sentence: m.sentence, start: s.start, end: s.end });
    }
  }
  for (const s of sentences) {
    const d = s.text.match(DEFINITION);
    if (!d) continue;
    const term = tidy(d[1]);
    const words = term.split(' ');
    if (words.length > 5 || PRONOUNS.has(words[0].toLowerCase()) || words.every((w) => isStopword(w))) continue;
    if (/^(it|this|that|there|what|which|who|one|he|she|they|we|i|you|his|her|its|their|our)\b/i.test(term)) continue;
    // "The biggest single item is …", "The first stage was …": a ranking names a slot, not a term.
    if (ranksSomething(words[0])) continue;
    // "The contract is the largest in …": a ranking says how big a thing is, not what it is.
    if (/^the\s+(\p{L}+)/iu.test(d[2]) && ranksSomething(d[2].split(/\s+/)[1])) continue;
    let desc = tidy(d[2]);
    const cut = desc.split(/\s+/);
    if (cut.length > 28) desc = cut.slice(0, 28).join(' ').replace(/[,;]$/, '') + '…';
    const key = term.toLowerCase();
    const kind = [...entities.values()].find((e) => e.key === key)?.kind ?? 'term';
    add({ term, description: desc, kind, sentence: s.index, start: s.start, end: s.end });
  }
  return out;
}

/**
 * "the hand of a milkmaid named Sarah Nelmes": what is named is the last noun phrase, the
 * milkmaid, not the hand; "the research vessel named …" has one phrase and keeps it.
 */
export function innermost(np: string): string {
  const inner = /\s(?:of|from|with|for|on|in|at)\s+((?:the|an?|its|their|his|her)\s+[^]+)$/u.exec(np);
  return inner ? innermost(inner[1]) : np;
}

function insideQuote(masked: string, from: number, at: number): boolean {
  const before = masked.slice(from, at);
  return (before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0) || (before.match(/"/g)?.length ?? 0) % 2 === 1;
}

/** A superlative or ordinal opening a phrase ("biggest", "first", "main"). */
function ranksSomething(w: string): boolean {
  const low = w.toLowerCase();
  return /^(first|second|third|last|final|next|only|main|other|same|latest)$/.test(low) || lexTags(low).includes('Superlative');
}
