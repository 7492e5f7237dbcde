// What a pronoun opening a sentence ("It", "Its", "They", "Their", "She", "His") stands for, so a
// stem drawn from that sentence can say it: "It was founded in _____." means nothing away from the
// article, "The yard was founded in _____." does. A thing is what the sentence before plainly opened
// with; a body owning "Its chair" is the one body the sentence before names as its agent; a person
// is read up to five sentences back (antecedentKey). Anything less sure is left as written.
import { isHeldRole, isStopword, lexTags } from '../lexicon';
import { capitalize } from '../markup';
import { genderOf } from './generic';
import type { Analysis } from '../types';

/** "It is thought …", "It was unclear whether …", "It took 20 years to …": an "It" that stands for no thing. */
export const DUMMY_IT = /^It\s+(?:(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be|seems|seemed)\s+(?:not\s+)?(?:thought|said|expected|believed|understood|likely|unlikely|unclear|clear|possible|impossible|hoped|feared|estimated|known|reported|time)\b|(?:took|takes|will\s+take|would\s+take)\b)/;

/** Nouns in -s that are one thing ("The species is …", "The series ran …"). */
const SINGULAR_IN_S = /^(?:species|series|news|gas|bus|lens|census|campus|virus|process|class|glass|grass|press|address|business)$/;
/** Verbs whose past is their present ("The canal cost …"), which no tag marks as a verb after a noun. */
const SAME_PAST = /^(?:cost|put|set|cut|hit|let|shut|spread|cast|quit|split)$/;
const SINGULAR_VERB = /^(?:is|was|has|had|will|can|could|would|may|might|must|should|sits|stands|lies|cost)$/;
const PLURAL_VERB = /^(?:are|were|have|had|will|can|could|would|may|might|must|should|sit|stand|lie|cost)$/;

/**
 * After the subject's head: nothing, "itself", a phrase set off by commas ("The quarry, owned by
 * the Cornish Slate and Granite Company, was …"), or a place it is in ("The turbines in the
 * Pentland Strait have …"); then the word that must be its verb.
 */
const AFTER_HEAD = /^(?:\s+(?:itself|themselves))?(?:\s*,\s[^,.;:!?()]{1,120},|\s+(?:in|at|on|off|near)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})?\s+(\p{Ll}+)\b(\s+\S+)?/u;

/**
 * "The yard" when the sentence before, in the same paragraph, opens with a plain noun phrase as its
 * subject ("The yard sits at …", "The new bridge will …", "The quarry itself closed …", "The
 * quarry, owned by …, was …"), and "The turbines" for `plural` ("The turbines in the Pentland
 * Strait have rotors …"); null when it opens otherwise.
 */
export function plainSubjectBefore(a: Analysis, sentence: number, plural = false): string | null {
  const prev = a.sentences[sentence - 1];
  if (!prev || prev.para !== a.sentences[sentence].para) return null;
  const text = prev.text.replace(/^\s+/, '');
  const words = /^The((?:\s+\p{Ll}[\p{Ll}-]*){1,3})/u.exec(text)?.[1].trim().split(/\s+/) ?? [];
  // The shortest subject a verb follows: "The yard [sits]", "The new bridge [will]".
  for (let n = 1; n <= words.length; n++) {
    const head = words[n - 1];
    const phrase = `The ${words.slice(0, n).join(' ')}`;
    const after = AFTER_HEAD.exec(text.slice(phrase.length));
    const verb = after?.[1];
    // "The wooden bridge crosses the Tansy …": a word in -s the lexicon reads as a plural is a verb
    // when an article or a figure follows it (not "The water levels in …", a noun and its noun).
    const sVerb = !plural && !!verb && /\p{Ll}{2,}s$/u.test(verb) && /^\s+(?:the|a|an|its|their|about|some|only|\d)\b/.test(after?.[2] ?? '');
    if (!verb || !(isVerb(verb, plural) || sVerb)) continue;
    const manyOf = /[^s]s$/.test(head) && !SINGULAR_IN_S.test(head);
    if (manyOf !== plural || isStopword(head)) return null;
    const tags = lexTags(head);
    if (tags.some((t) => /Verb|Tense|Adverb|Preposition|Adjective|Value|Pronoun|Determiner/.test(t)) || (!plural && tags.includes('Plural'))) return null;
    return phrase;
  }
  return null;
}

function isVerb(word: string, plural: boolean): boolean {
  // "closed", "opened": after a subject a word in -ed is its verb, whatever else the lexicon calls it.
  if ((plural ? PLURAL_VERB : SINGULAR_VERB).test(word) || SAME_PAST.test(word) || /\p{Ll}{2,}ed$/u.test(word)) return true;
  const tags = lexTags(word);
  if (tags.some((t) => /PastTense|Modal/.test(t))) return true;
  // "The yard sits", "The turbines sit": a present tense agrees with its subject.
  return plural ? tags.includes('Infinitive') && !/s$/.test(word) : tags.includes('PresentTense');
}

/**
 * The body, place or named thing the sentence before opens with, as its subject ("Paylink, which is
 * based in Dunmore, said …", "Harbour City won the cup …", "Hallorin's ghost frog (Heleophryne
 * hallorini) is a small frog …"), in the same paragraph; `plural` when it is a body that "their"
 * may mean (a team, a firm, a council), not a place or a thing.
 */
export function namedSubjectBefore(a: Analysis, sentence: number): { name: string; plural: boolean } | null {
  const prev = a.sentences[sentence - 1];
  if (!prev || prev.para !== a.sentences[sentence].para) return null;
  const first = a.bySentence[prev.index][0];
  if (!first || (first.kind !== 'organization' && first.kind !== 'place' && first.kind !== 'term')) return null;
  // At the very start, or after "The": "The Westbrook Wolves won …".
  if (!/^(?:the\s+)?$/i.test(a.masked.slice(prev.start, first.start))) return null;
  // Followed by its verb, or by a clause or appositive set off by a comma: the subject. A
  // scientific name in brackets may come between.
  if (!/^(?:\s*\([^()]{1,80}\))?(?:,\s|\s+(?:is|was|were|are|has|have|had|will|would|can|could|said|says|won|lost|beat|\p{Ll}+ed|\p{Ll}+s)\b)/u.test(a.masked.slice(first.end, first.end + 100))) return null;
  const name = a.entities.get(first.key)?.name ?? first.text;
  return { name: /^the\s/i.test(a.masked.slice(prev.start, first.start)) && !/^the\s/i.test(name) ? `the ${name}` : name, plural: first.kind === 'organization' };
}

/**
 * What an "It" opening sentence `sentence` stands for: a plain subject of the sentence before, or
 * a named one; or, when the sentence before itself opened with an "It" ("The canal cost … It has
 * 23 locks … It opened …"), what that one stood for.
 */
export function itStandsFor(a: Analysis, sentence: number, depth = 0): string | null {
  const found = plainSubjectBefore(a, sentence) ?? capitalizedName(namedSubjectBefore(a, sentence)?.name);
  if (found || depth >= 3) return found;
  // Across a paragraph's break too: two sentences in a row opening with "It" mean one thing.
  const prev = a.sentences[sentence - 1];
  if (!prev || !opensWithIt(a, prev.index)) return null;
  return itStandsFor(a, prev.index, depth + 1);
}

/** The sentence opens with an "It" that means a thing, not "It is thought …". */
export function opensWithIt(a: Analysis, sentence: number): boolean {
  const s = a.sentences[sentence];
  const head = a.masked.slice(s.start, s.start + 40).replace(/^\s+/, '');
  return /^It\s/.test(head) && !DUMMY_IT.test(head);
}

const capitalizedName = (name: string | undefined): string | null => (name ? capitalize(name) : null);

/** People only a body has, besides its roles ("Its lawyers argued …", "Their members voted …"). */
const BODY_PEOPLE = /^(?:lawyers|members|staff|workers|players|supporters|fans|residents|trustees)$/;
/** "Its regional organiser, …", "Their parish chair said …": a possessive, a role, then a comma or a verb. */
const OWNED_ROLE = /^(?:Its|Their)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)(?=,|\s+(?:said|says|is|was|were|are|has|have|had|argued|told|warned|added|did|does|will|would|called|described|insisted|claimed|welcomed)\b)/u;

/**
 * The body whose people an opening "Its chair, …" or "Their lawyers …" names: the one body the
 * sentence before names, wherever it stands in it ("The case was brought by the Corran Bay
 * Fishers' Cooperative, …. Its lawyers argued …"), or last in the paragraph before ("…,
 * according to the Aldermoor Traders' Association.\n\nIts chair, …"), or its one place when it names no body ("Residents of nearby
 * Pellham fear … Their parish chair, …"). A body has a chair; the case or the market the
 * sentence is about does not.
 */
export function bodyOwnerBefore(a: Analysis, sentence: number): { name: string; plural: boolean } | null {
  const s = a.sentences[sentence];
  const prev = a.sentences[sentence - 1];
  if (!prev) return null;
  const head = OWNED_ROLE.exec(a.masked.slice(s.start, s.start + 80).replace(/^\s+/, ''))?.[1];
  // Not "Their son, Daniel, …": family is a person's, not a body's.
  if (!head || !(BODY_PEOPLE.test(head) || isHeldRole(head) || (/s$/.test(head) && isHeldRole(head.slice(0, -1))))) return null;
  const named = a.bySentence[prev.index];
  const keysOf = (kind: string): string[] => [...new Set(named.filter((x) => x.kind === kind).map((x) => x.key))];
  const orgs = keysOf('organization');
  const places = keysOf('place');
  const key = orgs.length === 1 ? orgs[0] : orgs.length === 0 && places.length === 1 ? places[0] : null;
  const first = key ? named.find((x) => x.key === key) : undefined;
  if (!key || !first) return null;
  // Across a paragraph's break only from the last words before it ("…, according to the
  // Aldermoor Traders' Association.\n\nIts chair, …").
  const last = named.filter((x) => x.key === key).pop()!;
  if (prev.para !== s.para && !/^[\s.”"'’)]*$/.test(a.masked.slice(last.end, prev.end))) return null;
  // "The expedition was the joint project of the Norwegian Geographical Society …. Its leader
  // was …": the leader is the expedition's, the thing the sentence before is about; a body
  // named after a plain subject owns the people only as its agent ("The case was brought by the
  // Cooperative …", "…, according to the Traders' Association").
  const agent = /\b(?:by|according\s+to)\s+(?:the\s+)?$/i.test(a.masked.slice(Math.max(prev.start, first.start - 20), first.start));
  // "A team of nurses from Hollybank ran …. Their leader, …" is the team's: an indefinite subject too.
  // So is "… was a team of 26 nurses from Hollybank": people from a body are not the body.
  const indefinite = /^\s*(?:A|An)\s+\p{Ll}/u.test(prev.text) || /\b(?:a|an)\s+[^.,;]{0,60}\bfrom\s+(?:the\s+)?$/i.test(a.masked.slice(Math.max(prev.start, first.start - 70), first.start));
  if (!agent && (indefinite || plainSubjectBefore(a, sentence) || plainSubjectBefore(a, sentence, true))) return null;
  const name = a.entities.get(key)?.name ?? first.text;
  const the = /(?:^|\s)the\s+$/i.test(a.masked.slice(Math.max(prev.start, first.start - 5), first.start)) && !/^the\s/i.test(name);
  return { name: the ? `the ${name}` : name, plural: true };
}

/** How many sentences back a "She" or "His" opening a stem may be read as a name. */
const PERSON_REACH = 5;
/** "her daughter, the cellist ", "his wife ": family named in passing, before the name. */
const KIN_BEFORE = /\b(?:his|her|their)\s+(?:\p{L}+\s+)?(?:daughter|son|wife|husband|mother|father|sister|brother|uncle|aunt|niece|nephew|grandmother|grandfather|grandson|granddaughter|partner|child|children|cousin)s?\b[^.;]*$/u;

const antecedents = new WeakMap<Analysis, Map<string, string | null>>();

/**
 * The person a sentence-opening "He" or "She" (or "His", "Her") stands for: the one person of that
 * gender named in the nearest sentence before it that names anyone, within PERSON_REACH sentences.
 * A sentence naming only people of the other gender is read past. In its own paragraph's two
 * sentences before, that person must be the only one named there, as anyone else may be meant;
 * further back ("… said Ines Roca, a hospital porter.\n\nShe has …", "She retired in 1996" three
 * sentences after her name), the others named with them must be known to be of the other gender.
 * None when two could be meant, or when the nearest is family named beside the article's subject
 * ("her daughter, the cellist Ana …"), which the pronoun rarely means. Returns the person's key.
 */
export function antecedentKey(a: Analysis, sentence: number, gender: 'm' | 'f'): string | null {
  let memo = antecedents.get(a);
  if (!memo) antecedents.set(a, (memo = new Map()));
  const key = `${sentence}|${gender}`;
  if (memo.has(key)) return memo.get(key)!;
  let found: string | null = null;
  const genderOfKey = genderOf(a);
  const para = a.sentences[sentence].para;
  for (let k = sentence - 1; k >= Math.max(0, sentence - PERSON_REACH); k--) {
    const named = a.bySentence[k].filter((x) => x.kind === 'person');
    const people = new Set(named.map((x) => x.key));
    if (!people.size) continue;
    const same = [...people].filter((p) => genderOfKey(p) === gender);
    const otherGender = gender === 'm' ? 'f' : 'm';
    // "Her father, Richard Anning, was …": a sentence naming only people of the other gender is read past.
    if (!same.length && [...people].every((p) => genderOfKey(p) === otherGender)) continue;
    const near = a.sentences[k].para === para && sentence - k <= 2;
    const alone = same.length === 1 && (near ? people.size === 1 : [...people].every((p) => p === same[0] || genderOfKey(p) === otherGender));
    const first = named.find((x) => x.key === same[0]);
    // "“She would send a map back …,” said Hana Szeligowska": a pronoun of that gender quoted before
    // the name means someone else is about; "Her husband, Piet …" is family, whom the pronoun rarely means.
    const before = first ? a.masked.slice(a.sentences[k].start, first.start) : '';
    const quotedBefore = /[“"]/.exec(before);
    const otherMeant = !!quotedBefore && (gender === 'm' ? /\b(?:he|him|his|himself)\b/i : /\b(?:she|her|hers|herself)\b/i).test(before.slice(quotedBefore.index));
    const kin = !!first && KIN_BEFORE.test(before.slice(-40));
    if (alone && !otherMeant && !kin) found = same[0];
    break;
  }
  memo.set(key, found);
  return found;
}
