// Real questions for dates and counts ("In what year was the bridge built?",
// "About how many copies were printed?"), rewritten from the sentence only where
// a simple, safe pattern applies; everything else stays a cloze. Reduced
// sentences (reduce.ts) give each rewrite a second, shorter reading.
import { capitalize } from '../markup';
import { isCommonWord, isOrgWord, isStopword, lexTags, PRONOUNS, toInfinitive } from '../lexicon';
import type { Analysis, Mention } from '../types';
import { wordValue } from '../numbers';
import { piece, type Reduction } from './reduce';
import { lifeDateQuestions } from '../life-dates';

const collapse = (s: string): string => s.replace(/\s+/g, ' ');
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const AUX = new Set(['had', 'did', 'could', 'would', 'should', 'might', 'must', 'may', 'will', 'can', 'is', 'are', 'has', 'have', 'do', 'does', 'be', 'been']);
const QUALIFIERS = new Set(['about', 'some', 'nearly', 'almost', 'around', 'roughly', 'approximately']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'these', 'those']);
const MAX_REST = 22;

interface Clause {
  /** e.g. "did the bridge carry", "was the bridge built". */
  head: string;
  rest: string;
  /** The clause's subject, as it stands in the head ("the bridge"). */
  subject: string;
}

const isPast = (w: string, prev: string | undefined): boolean => {
  if (!/^\p{Ll}+$/u.test(w) || AUX.has(w)) return false;
  if (prev && DETERMINERS.has(prev)) return false;
  const tags = lexTags(w);
  if (tags.includes('PastTense')) return true;
  return /ed$/.test(w) && !tags.some((t) => /Noun|Preposition|Conjunction/.test(t)) && toInfinitive(w) !== w;
};

const isPresent3 = (w: string, prev: string | undefined): boolean => {
  if (!/^\p{Ll}+s$/u.test(w) || AUX.has(w) || /ss$/.test(w)) return false;
  if (prev && DETERMINERS.has(prev)) return false;
  // "The two clubs last met …": after a number, a word in -s is what it counts.
  if (prev && (/^\d/.test(prev) || wordValue(prev) !== undefined)) return false;
  const tags = lexTags(w);
  return tags.includes('PresentTense') && !tags.some((t) => /Noun|Plural/.test(t));
};

/** "the bridge" from "The bridge": only a common first word loses its capital. */
const ABSTRACT_NOUN = /\p{Ll}{3}(?:tion|sion|ment|ness|ity|ance|ence|ure|ship)$/u;

function lowerSubject(words: string[]): string {
  const [first, ...rest] = words;
  // "Construction began in 1861" -> "In what year did construction begin?": a noun the lexicon
  // does not know is still a common noun when it ends as abstract nouns do.
  // "Organisers counted 164 entries" -> "How many entries did organisers count?": a plural of a
  // doer ("organisers", "researchers") is a common noun, unless it names a club ("Rovers").
  const doers = lexTags(first).length === 0 && /^\p{Lu}\p{Ll}{2,}(?:ers|ors|ists|ians)$/u.test(first) && !isOrgWord(first);
  // "Mount Fuji last erupted …" keeps "Mount": a capital word before another capital is part of a name.
  const named = /^\p{Lu}/u.test(rest[0] ?? '') && !/^(?:The|A|An)$/.test(first);
  const low = /^\p{Lu}\p{Ll}+$/u.test(first) && !named && (isCommonWord(first) || doers || (lexTags(first).length === 0 && ABSTRACT_NOUN.test(first))) ? first.toLowerCase() : first;
  return [low, ...rest].join(' ');
}

/**
 * Splits "SUBJECT VERB REST" into an inverted question head. The subject must be short,
 * start the clause, have no pronoun, comma or quote; the verb must be a simple past,
 * a present third person, or "was/were".
 */
function invert(clause: string): Clause | null {
  const words = clause.trim().split(' ').filter(Boolean);
  if (words.length < 2 || /[“”"(),;:]/.test(clause)) return null;
  // "Work will start in April and should finish [in 2027]": the date belongs to the
  // second verb, so inverting the first would ask the wrong question.
  if (/\s(and|but|or)\s+(should|will|would|could|can|may|might|must|has|have|had|is|are|was|were|did|does|\p{Ll}+ed)\b/u.test(clause)) return null;
  const first = words[0].toLowerCase();
  if (PRONOUNS.has(first) || POSSESSIVES.has(first) || first === 'there' || first === 'it') return null;
  // "Under him the light was converted …", "So I bought 40 hives": a clause opened by a
  // preposition or a linking word has no subject in front to invert.
  if (/^(so|then|and|but|yet|thus|also|still|now|later|soon|under|after|before|during|with|without|for|from|since|by|at|in|on|of|to|as|when|while|once)$/.test(first)) return null;
  for (let v = 1; v < Math.min(words.length, 9); v++) {
    const w = words[v];
    const prev = words[v - 1]?.toLowerCase();
    const subject = words.slice(0, v);
    const rest = words.slice(v + 1);
    if (rest.length > MAX_REST) return null;
    if (w === 'will' && /^\p{Ll}+$/u.test(rest[0] ?? '') && !AUX.has(rest[0]) && rest[0] !== 'not') {
      return { head: `will ${lowerSubject(subject)} ${rest[0]}`, rest: rest.slice(1).join(' '), subject: lowerSubject(subject) };
    }
    if (w === 'was' || w === 'were') {
      if (rest[0] === 'not' || !rest.length) return null;
      return { head: `${w} ${lowerSubject(subject)}`, rest: rest.join(' '), subject: lowerSubject(subject) };
    }
    if (isPast(w, prev)) {
      const inf = toInfinitive(w, 'PastTense');
      if (!inf || inf === w || !/^\p{Ll}+$/u.test(inf)) return null;
      return { head: `did ${lowerSubject(subject)} ${inf}`, rest: rest.join(' '), subject: lowerSubject(subject) };
    }
    if (isPresent3(w, prev)) {
      const inf = toInfinitive(w, 'PresentTense');
      if (!inf || inf === w || !/^\p{Ll}+$/u.test(inf)) return null;
      return { head: `does ${lowerSubject(subject)} ${inf}`, rest: rest.join(' '), subject: lowerSubject(subject) };
    }
    // Words the subject may hold: names, nouns, adjectives, "of", adverbs before the verb.
    if (AUX.has(w.toLowerCase()) || /^(and|or|but|that|which|who|when|if|because)$/i.test(w)) return null;
  }
  return null;
}

const finish = (s: string): string => collapse(s).trim().replace(/[\s,;:.!?]+$/, '') + '?';

/** Cuts a non-restrictive ", which/who …," clause from text before a mention. */
const dropRelative = (s: string): string => s.replace(/,\s+(which|who)\s+[^,“”"]{3,80},\s+/, ' ');

const recap = (t: string, r?: Reduction): string => (r?.recap ? t.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : t);

export function dateQuestion(a: Analysis, m: Mention, r?: Reduction): string | null {
  return keepNames(a, m.sentence, dateQuestionOf(a, m, r));
}

export function howManyQuestion(a: Analysis, m: Mention, r?: Reduction): string | null {
  return keepNames(a, m.sentence, howManyQuestionOf(a, m, r));
}

/**
 * "Cook sailed from Plymouth in 1768." -> "In what year did Cook sail …?", not "did cook sail":
 * a name opening the sentence keeps its capital when the question moves it after its verb,
 * though its word is a common one ("Cook", "Baker", "Mason").
 */
function keepNames(a: Analysis, sentence: number, q: string | null): string | null {
  if (!q) return q;
  const first = /^\p{Lu}\p{Ll}+/u.exec(a.masked.slice(a.sentences[sentence].start, a.sentences[sentence].start + 40))?.[0];
  if (!first || !nameWords(a).has(first)) return q;
  return q.replace(new RegExp(`(^|\\s)${first.toLowerCase()}(?=\\s|$)`, 'u'), `$1${first}`);
}

const nameWordCache = new WeakMap<Analysis, Set<string>>();
/** Words that are names in the article: a person's names, and names of one word. */
function nameWords(a: Analysis): Set<string> {
  let out = nameWordCache.get(a);
  if (!out) {
    out = new Set<string>();
    // A person's names, and a name of one word ("Cook", "Mason"); not a word of a longer name
    // ("Construction" of "Harbourne Construction", which opens "Construction began in 1861").
    for (const e of a.entities.values()) {
      if (e.kind === 'person') for (const w of e.name.split(/\s+/)) out.add(w);
      else if (e.kind !== 'date' && e.kind !== 'number' && e.kind !== 'quantity' && !e.name.includes(' ')) out.add(e.name);
    }
    nameWordCache.set(a, out);
  }
  return out;
}

function dateQuestionOf(a: Analysis, m: Mention, r?: Reduction): string | null {
  if (m.kind !== 'date') return null;
  const isYear = /^\d{4}$/.test(m.text);
  const isFull = /^(\p{Lu}\p{Ll}+\.? \d{1,2}(,? \d{4})?|\d{1,2} \p{Lu}\p{Ll}+( \d{4})?)$/u.test(collapse(m.text));
  if (!isYear && !isFull) return null;
  // "Tobias Wrenfield (14 March 1821 – 2 November 1889) was …" -> "On what date did Tobias Wrenfield die?"
  const life = lifeDateQuestions(a, m);
  if (life.length) return life[0];
  const s = a.sentences[m.sentence];
  const before = recap(collapse(piece(a, s.start, m.start, r)).replace(/^\s+/, ''), r);
  const after = collapse(piece(a, m.end, s.end, r));
  const what = isYear ? 'what year' : 'what date';
  // "In 1977, scientists found …" -> "In what year did scientists find …?"
  const lead = before.match(/^(In|On|Around)\s+$/);
  if (lead) {
    const rest = after.match(/^,\s+(.+?)[.!]?$/)?.[1];
    if (!rest || (lead[1] === 'On') !== !isYear || /[“”"]/.test(rest)) return null;
    // What follows a comma (an appositive, a "which" clause) is dropped from the question.
    const c = invert(rest.replace(/,\s.*$/, ''));
    return c ? finish(`${lead[1]} ${what} ${c.head} ${c.rest}`) : null;
  }
  const mid = before.match(/^(.*\S)\s+(in|on)\s+$/);
  if (!mid || (mid[2] === 'on') === isYear) return null;
  // "The bridge, which was built in 1887, carries …" -> "In what year was the bridge built?"
  const rel = mid[1].match(/^([^,]{3,60}),\s+(?:which|who)\s+([^,]+)$/);
  if (rel) {
    if (!/^,/.test(after)) return null;
    const c = invert(`${rel[1]} ${rel[2]}`);
    return c ? finish(`${capitalize(mid[2])} ${what} ${c.head} ${c.rest}`) : null;
  }
  // "The regatta, first held in 1851, drew …" -> "In what year was the regatta first held?"
  const part = mid[1].match(/^((?:The|the|Its|its|Their|their)\s+[^,]{2,50}),\s+((?:first|originally|once)\s+)?(\p{Ll}{3,})$/u);
  if (part) {
    const verb = part[3];
    const tags = lexTags(verb);
    if (!/^,\s/.test(after) || !(/ed$/.test(verb) || tags.some((t) => /PastTense|Participle/.test(t))) || tags.some((t) => /Noun|Adjective|Preposition/.test(t))) return null;
    const subject = lowerSubject(part[1].split(' '));
    if (subject.split(' ').some((w) => PRONOUNS.has(w.toLowerCase()) && !/^(its|their|his|her)$/i.test(w))) return null;
    const be = /[^s]s$/.test(subject) ? 'were' : 'was';
    return finish(`${capitalize(mid[2])} ${what} ${be} ${subject} ${part[2] ?? ''}${verb}`);
  }
  // "The club was founded in 1921 and plays …" -> "In what year was the club founded?"
  // "in 2016 and 2017": the year is not the only answer.
  if (/^\s*(and|or|,)\s*\d/.test(after)) return null;
  // "was founded in 1952 by her grandfather …": what follows the date (an agent, a place) is
  // dropped from the question, so it gives away none of the sentence's other facts.
  if (!/^([.!]|,|\s+(and|when|after|before|because|as|with|while|for|to|at|by|in|near|under|from|during)\b)/.test(after)) return null;
  // "The Empire Cinema, which opened in 1931, was saved in 2019": the subject's own "which"
  // clause is no part of what is asked.
  const head = dropRelative(mid[1]);
  if (/,/.test(head)) return null;
  const c = invert(head);
  if (c) return finish(`${capitalize(mid[2])} ${what} ${c.head} ${c.rest}`);
  // "The bypass opened in 1974 and was last closed for repairs in 2011": the second of two dates
  // belongs to the second verb, asked of the subject both verbs share.
  const second = /^(.+?)\s+and\s+((?:was|were)\s+\p{Ll}.*|(?:later\s+|then\s+)?\p{Ll}+ed\s.*)$/u.exec(head);
  const first = second ? invert(second[1]) : null;
  if (!second || !first || /\d/.test(second[2])) return null;
  const c2 = invert(`${first.subject} ${second[2]}`);
  return c2 && c2.subject === first.subject ? finish(`${capitalize(mid[2])} ${what} ${c2.head} ${c2.rest}`) : null;
}

/** Units that are heads counted, not measures: "41 people" asks "How many people …?". */
const COUNTED_UNIT = /^(?:people|residents?|students?|patients?|children|species|votes?|seats?|pupils?|passengers?|visitors?|members?|workers?|staff|jobs?)$/;

function howManyQuestionOf(a: Analysis, m: Mention, r?: Reduction): string | null {
  // "41 people", "300 residents": a head count read as an amount is asked as a count too.
  const countedNoun = m.kind === 'quantity' && m.unit && COUNTED_UNIT.test(m.unit) ? /^\S+\s+(\p{Ll}+)$/u.exec(m.text)?.[1] : undefined;
  const counted = !!countedNoun && countedNoun.replace(/s$/, '') === m.unit!.replace(/s$/, '');
  if ((m.kind !== 'number' && !counted) || !m.unit) return null;
  const s = a.sentences[m.sentence];
  const before = recap(collapse(piece(a, s.start, m.start, r)).replace(/^\s+/, ''), r);
  const after = `${counted ? ` ${countedNoun}` : ''}${collapse(piece(a, m.end, s.end, r))}`;
  const noun = after.match(/^\s+(\p{Ll}+(?:\s+(?:a|per)\s+(?:day|week|month|year))?)(.*?)[.!]?$/u);
  // "11 restored meadows": a word between the count and its noun would be asked as the noun
  // ("How many restored …"); only a count right before what it counts is turned round.
  if (!noun || isStopword(noun[1]) || noun[1].split(' ')[0].replace(/s$/, '') !== m.unit) return null;
  let pre = dropRelative(before).trim();
  let about = '';
  const q = pre.match(/^(.*?)\s*\b(\p{L}+)$/u);
  if (q && QUALIFIERS.has(q[2].toLowerCase())) {
    about = 'About how';
    pre = q[1];
  }
  const How = about || 'How';
  // "In all, 41 people survived." -> "How many people survived in all?": a total opening the
  // sentence is said after the question, so a stem too short to be a cloze still asks the count.
  const total = /^(in\s+all|in\s+total|altogether|all\s+told),?$/i.exec(pre);
  // "about 180 copies were printed", "41 people survived" (count opens the clause).
  if (!pre || total || /(^|,\s+and|;)$/.test(pre)) {
    const pass = noun[2].match(/^\s+(were|was)\s+(\p{Ll}+)(.*)$/u);
    const ending = total ? ` ${total[1].toLowerCase()}` : '';
    if (pass && (!pre || total)) return finish(`${How} many ${noun[1]} ${pass[1]} ${pass[2]}${pass[3]}${ending}`);
    // The count is the subject of a past verb: "How many people survived?".
    const acted = noun[2].match(/^\s+(\p{Ll}+)((?:\s+[^\s,;:“”"]+){0,8})\s*[.!]?$/u);
    if (!acted || (pre && !total) || !isPast(acted[1], undefined)) return null;
    return finish(`${How} many ${noun[1]} ${acted[1]}${acted[2]}${ending}`);
  }
  // "Over six weeks she collected 40 water samples …": a clause opened by a phrase of time or
  // place has no subject to invert ("How many water did over six weeks she collect …").
  if (/^(?:over|in|on|at|for|during|after|before|by|from|with|since|until|within|across|throughout)\s/i.test(pre)) return null;
  // "Today the railway carries about 310,000 passengers a year." -> "… does the railway carry
  // today?": a time word opening the clause goes to the end, or it would split the verb from its subject.
  const when = /^(today|now|nowadays|currently|last\s+year|this\s+year|each\s+year|every\s+year),?\s+/i.exec(pre);
  if (when) pre = pre.slice(when[0].length);
  // "The bridge carries about 9,500 vehicles a day across the river."
  const c = invert(pre);
  if (!c || c.rest) return null;
  const tail = [noun[2].trim(), when?.[1].toLowerCase() ?? ''].filter(Boolean).join(' ');
  if (/[“”"]/.test(tail) || tail.split(' ').length > 10) return null;
  return finish(`${How} many ${noun[1]} ${c.head} ${tail}`);
}

