// Shared word tests for reduced sentences (reduce.ts): whether a cut would split a word,
// whether what is left reads complete, and the small word lists the cuts consult.
import { isStopword, lexTags } from '../lexicon';

const AUX = new Set(['had', 'did', 'could', 'would', 'should', 'might', 'must', 'may', 'will', 'can', 'is', 'are', 'has', 'have', 'do', 'does', 'be', 'been']);

const PREPOSITIONS = new Set(['near', 'in', 'at', 'on', 'from', 'to', 'by', 'for', 'with', 'along', 'across', 'outside', 'inside', 'beside', 'around', 'through', 'under', 'over', 'after', 'before', 'behind', 'between', 'into', 'onto', 'off', 'past', 'toward', 'towards', 'via', 'against', 'versus', 'among', 'amid', 'despite', 'within', 'beyond', 'upon', 'like', 'unlike', 'including']);

export const PRONOUN_SUBJECTS = new Set(['i', 'we', 'he', 'she', 'they', 'it', 'you', 'there']);

export type Cut = (from: number, to: number, recap?: boolean) => void;

/**
 * "a river restoration project run", "a boat built": text ending in a participle that follows a
 * noun, not an auxiliary, so the phrase after it ("by the Lenn Valley Rivers Trust") is what the
 * participle needs; "was founded" ends a passive, which reads whole without it.
 */
export function endsInBareParticiple(head: string): boolean {
  const m = /(\S+)\s+(\p{Ll}+)\s*$/u.exec(head);
  if (!m || /^(?:is|are|was|were|be|been|being|has|have|had|get|got|gets|getting)$/i.test(m[1])) return false;
  const w = m[2];
  // Not "a second plant", "one hundred": a word ending like a participle that the lexicon knows as a noun.
  if (!IRREGULAR_PARTICIPLE.test(w) && !(/^\p{Ll}{3,}ed$/u.test(w) && !lexTags(w).some((t) => /Singular|Plural|Noun|Value|Adjective/.test(t)))) return false;
  // "Volunteers gathered [in the square]" is the sentence's own verb, which reads whole; after a
  // verb already ("was ordered to pay … a project run"), the participle describes a noun.
  const earlier = head.slice(0, m.index);
  return /\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does)\b/i.test(earlier) || earlier.split(/\s+/).some((x) => lexTags(x).some((t) => /PastTense|PresentTense/.test(t)));
}

export const IRREGULAR_PARTICIPLE = /^(?:made|held|run|led|won|set|built|paid|owned|known|shown|grown|drawn|taken|given|written|chosen|sold|bought|brought|taught|kept|left|found|sent|spent|lent)$/;

/** Quotation marks in `t` open and close in pairs. */
export function balanced(t: string): boolean {
  return (t.match(/“/g)?.length ?? 0) === (t.match(/”/g)?.length ?? 0) && (t.match(/"/g)?.length ?? 0) % 2 === 0;
}

/** "Its chair, Tomasz Wielgus": text ending in a capitalized name that a comma opened. */
export function appositiveName(before: string): boolean {
  const seg = /,\s+([^,]+)$/.exec(before)?.[1];
  // "Tanabe, 24[, who joined from Urawa …], has": an age set off by commas keeps its closing one too.
  return !!seg && ((/^(?:\p{Lu}[\p{L}'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]*$/u.test(seg.trim()) && !/^(In|On|By|Around)\s/.test(seg)) || /^\d{1,3}$/.test(seg.trim()));
}

const TIME_NOUNS = /^(?:time|times|day|days|moment|year|years|week|weeks|month|months|period|era|age|point|night|morning|evening|afternoon|hour|season|century|centuries|decade|decades|spring|summer|autumn|winter|weekend)$/i;

/** "the goldsmith", "his Azerbaijani counterpart": a determiner, up to two modifiers, the role. */
export function rolePhrase(head: string, role: string | undefined): boolean {
  const words = head.split(/\s+/);
  const noun = words.pop() ?? '';
  // "the crosswind near Pike Bridge": "near" is no role the name could be cut to.
  if (PREPOSITIONS.has(noun.toLowerCase())) return false;
  // "At the time Java was under British rule": a time word opens a clause whose subject is the
  // name; cut, "At the time was under …" would not read.
  if (TIME_NOUNS.test(noun)) return false;
  // "The middle Varna passes …", "the upper Thames": a stretch of the named thing, no role.
  if (/^(?:middle|upper|lower|inner|outer|northern|southern|eastern|western|central|greater)$/i.test(noun)) return false;
  // "the restored Empire Cinema", "the famous Ritz": a describing word is no role, and
  // "at the restored on Quay Street" would read broken.
  if (!role && /\p{Ll}(?:ed|ous)$/u.test(noun)) return false;
  if (role ? noun !== role : !/^\p{Ll}{3,}$/u.test(noun) || isStopword(noun) || lexTags(noun).some((t) => /Preposition|Verb|Tense|Adverb|Conjunction|Determiner|Pronoun|Plural/.test(t))) return false;
  for (let k = 0; k < 3 && words.length; k++) {
    const w = words.pop()!;
    if (/^(the|a|an|his|her|their|its|our)$/i.test(w)) return true;
    // "Its last headteacher", "the former mayor": a time modifier of the role.
    if (/^(last|first|former|new|current|late|then)$/i.test(w)) continue;
    if (isStopword(w) || !/^[\p{L}-]+$/u.test(w) || lexTags(w).some((t) => /Preposition|Verb|Tense|Adverb|Conjunction|Determiner/.test(t))) return false;
  }
  return false;
}

/** The clause before a cut still reads as complete: it ends in a noun, not a verb, adverb or function word. */
export function completesWithout(before: string): boolean {
  const w = before.match(/(\p{L}+)[^\p{L}]*$/u)?.[1];
  if (!w || /[,;:]\s*$/.test(before)) return false;
  const low = w.toLowerCase();
  if (isStopword(low) || AUX.has(low) || /ly$/.test(low)) return false;
  if (/^\p{Lu}/u.test(w)) return true;
  // "an emergency fund", "the new stand": a word a determiner opens, one or two words back, is a noun.
  const prev = before.match(/(\p{L}+)[^\p{L}]+(\p{L}+)[^\p{L}]+\p{L}+[^\p{L}]*$/u);
  if (prev && !/(ed|ing|ly)$/.test(low) && !lexTags(low).some((t) => /PastTense|Adverb|Preposition/.test(t)) && (/^(the|a|an|its|their|his|her|our)$/i.test(prev[2]) || (/^(the|a|an|its|their|his|her|our)$/i.test(prev[1]) && !lexTags(prev[2]).some((t) => /Verb|Tense|Adverb|Preposition/.test(t))))) return true;
  const tags = lexTags(low);
  if (tags.some((t) => /Verb|PastTense|Participle|Adverb|Gerund|Infinitive|PresentTense/.test(t))) return false;
  // Unknown "-ed"/"-ing" words are taken as verbs.
  return !(/(ed|ing)$/.test(low) && !tags.some((t) => /Noun/.test(t)));
}

/** True when `at` falls inside a word or a number ("1,|400", "Harrow|mere"). */
export function splitsToken(t: string, at: number): boolean {
  const alnum = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  if (alnum(t[at - 1]) && alnum(t[at])) return true;
  return /\d/.test(t[at] ?? '') && /[.,]/.test(t[at - 1] ?? '') && /\d/.test(t[at - 2] ?? '');
}

/**
 * A comma inside a list of common nouns ("river pilots, farmers and flood engineers", "boats,
 * satellite phones and food"), as a regular-expression fragment: such a comma closes no clause
 * or appositive, so a cut must run past it.
 */
export const LIST_COMMA = String.raw`,(?=\s+(?:\p{Ll}[\p{L}'’-]*\s+){1,3}(?:and|or)\s)`;
/** A comma that is not such a list's: the closing comma of a clause or appositive ("church bells, ship's bells and hand bells" is a list too). */
export const NOT_LIST_COMMA = String.raw`,(?!\s+(?:\p{Ll}[\p{L}'’-]*\s+){1,3}(?:and|or)\s)`;

const DETERMINER = /^(?:the|a|an|its|their|his|her|our|this|these|those|of|with)$/i;

/**
 * "cut the busier [Valley Line] to a single train", "with the kind of precise[, flat passes …]":
 * a cut that takes a noun phrase's head and leaves its article or adjective hanging. True when
 * `before` ends in "the"/"a", or in a comparative or superlative after a determiner, and `after`
 * does not open with a word that could be the head ("the [Castle Edge] tunnel" reads "the
 * tunnel"); or when the cut opens between two adjectives ("precise[, flat …]"). A plain adjective
 * is not enough: the lexicon tags "final" and "trial" as adjectives, and "the final" is a noun.
 */
export function leavesHeadless(before: string, cut: string, after: string): boolean {
  const tail = /(?:^|\s)(\p{L}+)\s+(\p{L}+)\s*$/u.exec(before) ?? /(?:^|\s)()(\p{L}+)\s*$/u.exec(before);
  if (!tail) return false;
  const [, prev, last] = tail;
  if (/^,\s/.test(cut) && isAdjective(last) && isAdjective(/^,\s+(\p{L}+)/u.exec(cut)?.[1] ?? '')) return true;
  const bareArticle = /^(?:the|a|an)$/i.test(last);
  const hangingDegree = DETERMINER.test(prev) && lexTags(last.toLowerCase()).some((t) => t === 'Comparative' || t === 'Superlative');
  if (!bareArticle && !hangingDegree) return false;
  const next = /^\s*(\p{L}+)/u.exec(after)?.[1];
  if (!next) return true;
  return isStopword(next) || PREPOSITIONS.has(next.toLowerCase()) || lexTags(next).some((t) => /Verb|Tense|Preposition|Conjunction|Determiner|Adverb/.test(t));
}

const isAdjective = (w: string): boolean => lexTags(w.toLowerCase()).includes('Adjective');
