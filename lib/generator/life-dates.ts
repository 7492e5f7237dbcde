// A person's dates of birth and death in brackets after their name, as encyclopedias and
// obituaries give them: "Tobias Wrenfield (14 March 1821 – 2 November 1889) was …",
// "Inês Valadares (born 22 May 1963) is …", "James Cook (1728–1779)". Each date is asked as a
// question of its own ("On what date did Tobias Wrenfield die?"), and the bracket can be cut
// from the sentence so the person's own question does not show both dates.
import type { Analysis, Mention } from './types';

/** A bracket of dates only: "(born 22 May 1963)", "(14 March 1821 – 2 November 1889)", "(1728–1779)". */
const DATES_ONLY = /^\(\s*(?:(?:born|b\.|died|d\.)\s+)?(?:c\.\s*)?[\p{L}\d ,.]*\d[\p{L}\d ,.]*(?:\s*[–—-]\s*(?:c\.\s*)?[\p{L}\d ,.]*\d[\p{L}\d ,.]*)?\s*\)/u;

export interface LifeBracket {
  person: Mention;
  /** Absolute offsets of the bracket, "(" to ")" inclusive. */
  from: number;
  to: number;
}

/** The bracket of dates right after a person's name in sentence `k`, if any ("**Inês Valadares** (born …)" too). */
export function lifeBrackets(a: Analysis, k: number): LifeBracket[] {
  const out: LifeBracket[] = [];
  const s = a.sentences[k];
  for (const m of a.bySentence[k]) {
    if (m.kind !== 'person') continue;
    const gap = /^[\s*_]*/.exec(a.masked.slice(m.end, s.end))![0];
    const from = m.end + gap.length;
    const b = DATES_ONLY.exec(a.masked.slice(from, s.end));
    if (!b) continue;
    const to = from + b[0].length;
    // Only dates inside: "(born in Aveiro in 1963)" says more than when.
    if (/\b(?:in|at|on)\b/.test(b[0]) || a.bySentence[k].some((x) => x.start >= from && x.end <= to && x.kind !== 'date')) continue;
    out.push({ person: m, from, to });
  }
  return out;
}

/** "born" or "died" for a date inside a person's bracket of life dates, with that person. */
export function lifeDate(a: Analysis, m: Mention): { person: Mention; event: 'born' | 'died' } | null {
  if (m.kind !== 'date') return null;
  for (const b of lifeBrackets(a, m.sentence)) {
    if (m.start < b.from || m.end > b.to) continue;
    const before = a.masked.slice(b.from, m.start);
    const after = a.masked.slice(m.end, b.to);
    if (/[–—-]/.test(before) || /\(\s*(?:died|d\.)/.test(before)) return /[–—-]/.test(after) ? null : { person: b.person, event: 'died' };
    // "(born …)" or the first of two dates.
    if (/\(\s*(?:born|b\.)/.test(before) || /^\s*[–—-]/.test(after)) return { person: b.person, event: 'born' };
    return null;
  }
  return null;
}

/**
 * The questions for a life date: by the person's name ("On what date did Tobias Wrenfield
 * die?"), and by what the sentence says the person was ("On what date did the English civil
 * engineer known for his iron railway bridges die?"), which leaves the name to be asked from
 * the same sentence.
 */
export function lifeDateQuestions(a: Analysis, m: Mention): string[] {
  const life = lifeDate(a, m);
  if (!life) return [];
  const isYear = /^\d{4}$/.test(m.text);
  const when = isYear ? 'In what year' : 'On what date';
  const ask = (who: string): string => (life.event === 'born' ? `${when} was ${who} born?` : `${when} did ${who} die?`);
  const name = a.entities.get(life.person.key)?.name ?? life.person.text;
  const out = [ask(name)];
  const bracket = lifeBrackets(a, m.sentence).find((b) => b.person === life.person)!;
  const s = a.sentences[m.sentence];
  // "… (1821–1889) was an English civil engineer known for …": up to the first comma or stop,
  // or a relative clause ("a Portuguese cellist [whose music draws on …]").
  const desc = /^\s+(?:is|was)\s+(?:an?|the)\s+([^,;:.!?()“”"]+)/.exec(a.masked.slice(bracket.to, s.end))?.[1].replace(/\s+(?:whose|who|which|that|where)\s.*$/, '').trim();
  if (desc && desc.split(/\s+/).length <= 12 && /^[\p{L}-]+(?:\s+[\p{L}-]+)*$/u.test(desc)) out.push(ask(`the ${desc}`));
  return out;
}
