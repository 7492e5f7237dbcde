// Cloze questions: a whole phrase of a salient sentence blanked, answered by
// choice (multiple_choice) or typed (short_answer).
import { blankDefects } from '../checks';
import { contentWords, pickDistractors, speaker, type Pools } from '../distractors';
import { POINTS_BACK } from '../descriptions';
import { isCurrencyWord } from '../money';
import { isContinent, isDemonym, isFirstName, isLastName, isStopword, lexTags, PRONOUNS } from '../lexicon';
import { capitalize, tidy, tidyWordCount } from '../markup';
import type { Analysis, Description, Mention } from '../types';
import { combine, piece, reductions, type Reduction } from './reduce';
import { computableFrom } from './computable';
import { isEponym, uniqueRole } from './generic';
import { dateQuestion, howManyQuestion } from './rewrite';
import { articleTopic } from '../topic';
import { antecedentKey, bodyOwnerBefore, DUMMY_IT, itStandsFor, namedSubjectBefore, opensWithIt, plainSubjectBefore } from './antecedents';
import { bodyNoun } from './stand-in';
import { isLooseDate } from '../loose-dates';
import { isDirectQuestion, isExercisePrompt } from '../exercises';
import { lifeDateQuestions } from '../life-dates';
import { perArticleWord, writtenAs } from '../article-memo';
import { clamp01, containsTerm, explain, giveawayTerms, makeId, orderChoices, sourceOf, type Candidate } from './candidate';

export const BLANK = '_____';
// Costs checked against the tuning fixtures' labels (1.21.23): a logistic fit of which mentions
// a labeller listed as facts found a loose span of time ("for almost six hours"), one end of a
// range, a bare month, a year used as a label and a list item listed 0–12 % of the time against
// 60 % for all mentions, so those costs push them well below any plain fact (0.8, 0.6 from
// 0.2–0.3); measures and durations were also under-costed. Longer answers ("the Competition and
// Markets Authority", a full name) were listed more often than one-word ones: LONG_ANSWER_BONUS.
const SHOWN_COST = 0.08;
const BROAD_COST = 0.25;
const LOOSE_SPAN_COST = 0.8;
const RANGE_COST = 0.8;
const FIRST_NAME_COST = 0.15;
const MONTH_COST = 0.8;
const QUOTE_REACH = 6;
const WORD_COUNT_COST = 0.3;
/** A decade or a year used as a label (see loose-dates.ts). */
const LOOSE_DATE_COST = 0.8;
const SUBJECT_BONUS = 0.1;
/** Per word of the answer past the first, up to five: a whole name is more of a fact than a word. */
const LONG_ANSWER_BONUS = 0.04;
const PRONOUN_NAMED = 0.02;
/** A connective opening a sentence that points back to the one before ("For this reason, g…"), and the next letter. */
const CONNECTIVE_LEAD = /^(?:For this reason|For that reason|As a result|Because of this|However|In addition|Even so|Nevertheless|Therefore|Meanwhile|By contrast|In contrast|In turn|Instead),\s+(\p{L})/u;
/** A stem that calls its answer an example or a type of nothing it names. */
const BARE_EXAMPLE = /\b(?:is|are|was|were)\s+(?:an?|the|one)\s+(?:[\p{L}-]+\s+){0,2}(?:example|instance|type|kind)s?\s*[.!?]?$/u;
/** "Born in _____ and raised in Utrecht, she …", "Since then, she said, …": a "he" or "she" after an opening phrase. */
const LIFE_OR_SAID = /^((?:Born|Raised|Educated|Trained|Brought\s+up|Married)\b[^,]{0,80},\s|[^,]{3,40},\s(?=(?:he|she)\s(?:said|says|added|told|explained|recalled)\b))(he|she)\s/u;
/** A stem left opening with a pronoun ("She added that …", "Its chair, _____, said …") or pointing back ("Of that sum, …", "This process …"), not "This year's …". */
const PRONOUN_LEAD = /^(?:(?:He|She|His|Her|They|Their|Its|It)\s|(?:Of\s+)?(?:This|That|These|Those)\s+(?!(?:same\s+)?(?:year|month|week|day|night|morning|afternoon|evening|spring|summer|autumn|winter|season|time|weekend|decade|century)s?\b))/i;
const PRONOUN_LEAD_COST = 0.1;
const LIST_ITEM_COST = 0.6;
/** A length, weight, area or speed, beside the sums and counts of an article. */
const MEASURE_COST = 0.25;
/** A span of time ("38 minutes", "200 hours"); one written in words costs LOOSE_SPAN_COST besides. */
const DURATION_COST = 0.12;
/** A fact in a subordinate clause ("…, which can hold about 30,000 people"). */
const SUBORDINATE_COST = 0.05;
/** The most a figure or place named once at the very end of an article loses (rising from LATE_FROM). */
const LATE_DETAIL_COST = 0.4;
const LATE_FROM = 0.5;
/** A text of a few sentences has no lead and aftermath to tell apart. */
const LATE_MIN_SENTENCES = 8;
/** A figure hedged ("about 10,000 people") against one the article states exactly. */
const HEDGE_COST = 0.08;
/** Words that hedge a figure: "about", "more than", "almost", "up to". */
const HEDGED = /\b(?:about|around|more\s+than|over|almost|nearly|some|roughly|up\s+to|at\s+least|approximately|fewer\s+than|less\s+than|close\s+to)\s+$/i;
/** Family words: a relative named by one ("his wife Marta") is introduced by no role in the story. */
const KIN = /^(?:wife|husband|son|sons|daughter|daughters|father|mother|brother|brothers|sister|sisters|child|children|grandson|granddaughter|grandsons|granddaughters|grandchildren|uncle|aunt|cousin|nephew|niece|parents|widow|widower)$/i;
/** The kinds of fact a one-off mention late in an article makes a detail of (1.14.0 added people). */
const LATE_KINDS = new Set(['number', 'quantity', 'place', 'person']);
/** A date that bounds a state ("since 2009", "until March 2030") rather than dating an event. */
const BOUND_DATE = /\b(?:since|until|till|up\s+to|by\s+the\s+end\s+of)\s+(?:the\s+end\s+of\s+)?$/i;
const BOUND_DATE_COST = 0.1;
/** What asking a defined term away from its definition costs. */
const DEFINED_ELSEWHERE_COST = 0.2;
/** What the result of the game or vote a report opens on adds to a number's standing. */
const RESULT_BONUS = 0.2;
const KIND_PRIOR: Record<string, number> = { person: 0.3, place: 0.25, organization: 0.3, date: 0.3, quantity: 0.3, number: 0.2, term: 0.3 };

/**
 * Cloze candidates of every sentence, or only of `only`. Plain descriptions in a fact's place
 * ("many people", "He") are tried only with `withGeneric`: `generate` asks for them again on
 * the sentences whose questions can reach the quiz, so a long article pays for them only there.
 */
export function clozeCandidates(a: Analysis, pools: Pools, maxCount: number, withGeneric = true, only?: Set<number>): Candidate[] {
  const out: Candidate[] = [];
  for (const s of a.sentences) {
    if (only && !only.has(s.index)) continue;
    const words = tidyWordCount(s.text);
    // "This is condensation.": a short definition pointing back is asked with the sentence before it.
    if ((words < 5 && !(POINTS_BACK.test(s.text) && descriptionsIn(a, s.index).some((d) => d.kind === 'term'))) || words > 60) continue;
    // An exercise set for the reader states no fact to blank (exercises.ts), nor does an
    // interviewer's question ("For readers who haven't met them, who are the _____?").
    if (isExercisePrompt(s.text) || isDirectQuestion(s.text)) continue;
    const ms = a.bySentence[s.index];
    // Shortened sentences only matter when the sentence holds more than one fact.
    const reds = ms.length > 1 ? reductions(a, s.index, withGeneric).filter((r) => ms.some((m) => inCuts(r, m))) : [];
    for (const m of ms) {
      const c = clozeFor(a, pools, m, words, maxCount, reds);
      if (c) out.push(...c);
    }
  }
  return out;
}

/**
 * A plain description in a fact's place ("many people", "He") hides it as a cut does, but says
 * less: it costs nearly what showing the fact would, so it wins only where the fact is asked
 * too, and a dense sentence's other facts do not gain from it over a sentence's single fact.
 */
const vaguenessOf = (r: Reduction): number => SHOWN_COST * (r.generic ?? 0);
const standInsOf = (r: Reduction): number => r.cuts.filter((c) => !!c[2]).length;
const inCuts = (r: Reduction, m: Mention): boolean => r.cuts.some(([x, y]) => m.start < y && x < m.end);

/**
 * A sentence of three or more facts: two cuts together may leave `m` alone in the stem
 * ("Kelby will get a new flood wall [along the River Severn] [after the council approved it]").
 * Only the first pair that hides every other fact when no single cut does.
 */
function pairedCuts(a: Analysis, m: Mention, reds: Reduction[]): Reduction[] {
  const others = a.bySentence[m.sentence].filter((x) => x.key !== m.key);
  if (others.length < 2) return [];
  const usable = reds.filter((r) => !inCuts(r, m)).slice(0, 10);
  // Which facts each cut hides, worked out once: a pair hides what either of its cuts hides.
  const hides = usable.map((r) => others.map((x) => inCuts(r, x)));
  let best = 0;
  for (const h of hides) best = Math.max(best, h.filter(Boolean).length);
  if (best === others.length) return [];
  // The pair hiding the most facts, when it hides more than any single cut: a news sentence
  // of five facts may keep a date in the stem and still free the venue and the crowd.
  let pair: Reduction | null = null;
  for (let x = 0; x < usable.length; x++) {
    for (let y = x + 1; y < usable.length; y++) {
      let n = 0;
      for (let k = 0; k < others.length; k++) if (hides[x][k] || hides[y][k]) n++;
      if (n < best || (n === best && !pair)) continue;
      // Of two pairs hiding as much, the one that cuts rather than stands in reads closer to the article.
      if (n === best && standInsOf(usable[x]) + standInsOf(usable[y]) >= standInsOf(pair!)) continue;
      const r = combine(usable[x], usable[y]);
      if (!r) continue;
      best = n;
      pair = r;
    }
  }
  if (!pair) return [];
  // A sentence of five facts may need a third cut to leave `m` alone ("The school[, which has 86
  // pupils,] will close in _____[, and its pupils will move to …]" with "The school" standing in):
  // the cut that hides the most of what the pair leaves shown, when it hides any.
  const shown = others.filter((x) => !inCuts(pair!, x));
  let triple: Reduction | null = null;
  let most = 0;
  for (const r of usable) {
    const n = shown.filter((x) => inCuts(r, x)).length;
    if (n <= most) continue;
    const t = combine(pair, r);
    if (!t) continue;
    most = n;
    triple = t;
  }
  return triple ? [pair, triple] : [pair];
}

/** The sentence with `m` blanked and the reduction's ranges cut out. */
export function blankStem(a: Analysis, m: Mention, r?: Reduction): string {
  const s = a.sentences[m.sentence];
  let before = piece(a, s.start, m.start, r);
  // "called by the _____ (RSWU)": the short form right after the blank spells the answer.
  const after = piece(a, m.end, s.end, r).replace(BRACKETED_SHORT_FORM, '');
  // "a _____" / "an _____" would hint at the answer's first letter.
  before = before.replace(/\b([Aa])n?(\s+)$/, (_x, a1: string, sp: string) => `${a1}(n)${sp}`);
  // "3:40 a.m." cut before the full stop leaves "a.m.."
  // "the steam schooner *Halcyon*, was …": emphasis blanked leaves a space before the comma.
  // "called **tectonic plates**.": bold blanked leaves a space before the full stop.
  // "… before every meal[ since 2019]." cut after a comma leaves "meal,.": the comma goes too.
  let stem = tidy(before + BLANK + after).replace(/(\p{L})\.\.$/u, '$1.').replace(/ +([,;:])/g, '$1').replace(/ +([.!?])$/, '$1').replace(/,([.!?])$/, '$1');
  // "… will pay a total of _____, including:": a sentence that opens a list is asked as a statement.
  // (Only a stem ending in a colon can match: the test spares scanning every stem from each position.)
  if (stem.endsWith(':')) stem = stem.replace(/,?\s*(?:including|such\s+as|as\s+follows|namely)?\s*:$/, '.');
  // "[Before it opened, ]mothers from the town had to travel 40 miles to _____": a leading clause
  // about a thing called only "it" or "they", naming no fact, leaves a quiz's reader to guess what
  // it means; the stem reads on without it (the explanation keeps the sentence whole). Not before
  // "the …", which the pronoun may point forward to ("Before it opened, the bridge was tested").
  const aside = PRONOUN_ASIDE.exec(stem);
  if (aside && !aside[0].includes(BLANK)) stem = stem.slice(aside[0].length).replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  if (r?.recap) stem = stem.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  return withoutLabel(a, m.sentence, stem.replace(SPEAKER_LABEL, ''));
}

// Only "Before": "Until it was repaired, boats could not reach the quay" without its clause says boats never can.
const PRONOUN_ASIDE = /^Before\s+(?:it|they)\s+[^,;:“”"\d]{2,40},\s+(?=\p{Ll})(?!the\s|this\s|its\s|their\s)/u;

/**
 * "- **Money:** Several small shops …", "- **Third quarter:** A 9–4 run …": a list item's bold
 * label heads the item and is no part of what it says, so a stem or a statement leaves it out.
 * Only a label of one to four words set in bold or emphasis with its colon, before a capital.
 */
export function withoutLabel(a: Analysis, sentence: number, text: string): string {
  const s = a.sentences[sentence];
  const label = /^[*_]{0,2}((?:[\p{L}\p{N}’'-]+ ){0,3}[\p{L}\p{N}’'-]+):[*_]{1,2}\s+\p{Lu}/u.exec(a.body.slice(Math.max(0, s.start - 2), s.start + 60).replace(/^[^*_\p{L}]+/u, ''));
  if (!label || !text.startsWith(`${label[1]}: `)) return text;
  return text.slice(label[1].length + 2);
}

const shortNames = new WeakMap<Analysis, Map<string, string[]>>();
/** The other ways the article writes an entity's name ("Larchmont" for "Larchmont Homes"), lower-cased. */
function shortNamesOf(a: Analysis, key: string): string[] {
  let byKey = shortNames.get(a);
  if (!byKey) {
    byKey = new Map();
    for (const ms of a.bySentence) {
      for (const x of ms) {
        const t = tidy(x.text).toLowerCase().replace(/^the\s+/, '');
        const list = byKey.get(x.key) ?? [];
        if (t.length > 1 && !list.includes(t)) list.push(t);
        byKey.set(x.key, list);
      }
    }
    shortNames.set(a, byKey);
  }
  return byKey.get(key) ?? [];
}

/** "Rail and Signal Workers' Union (RSWU)": a capitalised short form in brackets right after a name. */
export function isGlossedShortForm(a: Analysis, m: Mention): boolean {
  return a.masked[m.start - 1] === '(' && a.masked[m.end] === ')' && SHORT_FORM.test(m.text) && /\p{Lu}[\p{L}'’]*\s*\($/u.test(a.masked.slice(Math.max(0, m.start - 40), m.start));
}

/** A short form written in capitals: "RSWU", "A&E", "G7". */
const SHORT_FORM = /^\p{Lu}[\p{Lu}\p{N}&]{1,9}$/u;
/** The same in brackets, at the start of what follows a blank. */
const BRACKETED_SHORT_FORM = /^\s*\(\p{Lu}[\p{Lu}\p{N}&]{1,9}\)/u;

/**
 * "_____ is the fourth most common cancer" [Bowel cancer | colonoscopy | polyps]: only the answer
 * opened a sentence, and its capital gave it away. Choices take the case of the blank's place:
 * capitals where it opens the stem; inside it, a word the article itself writes in lower case is
 * offered in lower case beside a lower-case answer ("cumulus" beside "evaporation", not "Evaporation").
 */
function caseLike(a: Analysis, prompt: string, answer: string, values: string[]): string[] {
  // An answer a cut left in lower case at the start ("_____ fought the blaze": "eight crews") is
  // matched below, as inside a stem.
  if (prompt.startsWith(BLANK) && /^\p{Lu}/u.test(answer)) return values.map((v) => v.charAt(0).toUpperCase() + v.slice(1));
  if (!/^\p{Ll}/u.test(answer)) return values;
  // "Hydraulic action" (a list's label): a capital before lower-case words only is its line's, not a name's.
  return values.map((v) => (/^\p{Lu}\p{Ll}/u.test(v) && (writtenLower(a, v) || /^\p{Lu}\p{Ll}+(?:\s\p{Ll}+)+$/u.test(v)) ? v.charAt(0).toLowerCase() + v.slice(1) : v));
}

/** Whether the article writes `word` with a lower-case first letter somewhere. */
const writtenLower = perArticleWord((a, word) => writtenAs(a, word.charAt(0).toLowerCase() + word.slice(1), (lead) => !/\p{L}$/u.test(lead)));

/**
 * "a(n) _____" reads "a _____" or "an _____" when every choice takes the same article ("an
 * ichthyosaur", "an axe"): only a mix of the two keeps "a(n)", so the article gives nothing away.
 */
export function articleFor(prompt: string, choices: string[]): string {
  if (!prompt.includes('(n) ')) return prompt;
  const an = choices.map(takesAn);
  if (an.some((x) => x !== an[0])) return prompt;
  return prompt.replace(/\b([Aa])\(n\)(?= _____)/, (_x, a1: string) => (an[0] ? `${a1}n` : a1));
}

/** "an hour", "an MRI", "a unit", "a one-off": the article a word takes, by its first sound. */
function takesAn(word: string): boolean {
  // "an 8% rise", "an 11-point lead", "an €18 million grant", "a £38.6 million budget": a figure
  // by how it is said, its currency unspoken before it.
  const figure = /^[$€£¥]?(\d+)/.exec(word)?.[1];
  // "an 1812 map" is "an eighteen-twelve map"; "a 1912 map" a "nineteen-twelve" one.
  if (figure) return figure[0] === '8' || figure === '11' || figure === '18' || (figure.length === 4 && /^1[18]/.test(figure));
  // "a UK firm", "a US study": a U said as "you"; "an X-ray".
  if (/^U[A-Z]/.test(word)) return false;
  if (/^X-/.test(word) || /^(?:[AEFHILMNORSX](?:[A-Z]|$))/.test(word)) return true;
  // "a unit", "a union", but "an uninhabited island", "an unidentified man".
  if (/^(?:uni(?![nmd])|use|usu|uti|eu|ewe|one|once|ur[aeiou])/i.test(word)) return false;
  if (/^(?:hour|honest|honou?r|heir)/i.test(word)) return true;
  return /^[aeiou]/i.test(word);
}

/** An interview's "Q:" and "A:" labels, which are no part of what a stem asks. */
export const SPEAKER_LABEL = /^(?:Q|A)\s*[:.]\s+/;

/** Whether the sentence belongs to an interview's answer: its paragraph opens "A:". */
function inAnswer(a: Analysis, sentence: number): boolean {
  const para = a.sentences[sentence].para;
  let k = sentence;
  while (k > 0 && a.sentences[k - 1].para === para) k--;
  return /^\s*A\s*[:.]\s/.test(a.sentences[k].text);
}

interface Variant {
  prompt: string;
  /** A count blanked with its noun ("_____" for "86 pupils"): the choices carry the noun. */
  noun?: string;
  adj: number;
  mc: boolean;
  sa: boolean;
  /** How many plain descriptions stand in the place of facts ("many bakers", "He"). */
  vague?: number;
}

function clozeFor(a: Analysis, pools: Pools, m: Mention, words: number, maxCount: number, reds: Reduction[]): Candidate[] | null {
  const e = a.entities.get(m.key);
  if (!e) return null;
  const answer = tidy(m.text);
  // "the WHO": an answer that reads as a pronoun or a function word is never asked.
  if (answer.length < 2 || PRONOUNS.has(answer.toLowerCase()) || isStopword(answer)) return null;
  const isPerson = m.kind === 'person';
  // A name the article gives once or twice is recognised on sight: shown in another stem of the
  // quiz, it gives this question away, whatever that stem asks.
  const rare = e.count <= 2 && (m.kind === 'person' || m.kind === 'place' || m.kind === 'organization' || m.kind === 'term');
  // "Larchmont's planning director" shows "Larchmont Homes": a body's short name gives it away too.
  const giveaway = m.kind === 'organization' ? [...new Set([...giveawayTerms(answer, e.name), ...shortNamesOf(a, m.key)])] : giveawayTerms(answer, e.name, isPerson, m.kind === 'term');
  const quoted = quoteState(a, m);
  if (quoted === 'quote') return null;
  // "The _____ is a mammal covered …" in an article about the pangolin: the thing the article
  // opens by defining is what all of it is about, no fact to learn from any of its sentences.
  if (articleTopic(a) === m.key) return null;
  // "one of the most reproduced _____ landscapes" [British]: a nationality describing a noun is
  // no fact of the article to recall.
  if (!answer.includes(' ') && (isDemonym(answer) || /^\p{Lu}\p{Ll}+(?:ish|ian|ese)$/u.test(answer)) && /^\s+\p{Ll}{3,}/u.test(a.masked.slice(m.end, m.end + 5))) return null;
  // "The association (_____) backed it.": a short form in brackets after its full name is asked
  // by the name, and the name's stem leaves the brackets out.
  if (isGlossedShortForm(a, m)) return null;
  // "_____'s ghost frog": half of a thing's name, however much the blank reads like an owner.
  if (m.kind === 'person' && isEponym(a, m)) return null;
  // "She spoke to Gleaner in March.": the line that frames an interview names the publication
  // and the day it was given, no facts of the story; who spoke may still be asked.
  if (m.kind !== 'person' && FRAMES_INTERVIEW.test(a.sentences[m.sentence].text)) return null;
  const numeric = m.kind === 'date' || m.kind === 'number' || m.kind === 'quantity';
  const variants: Variant[] = [];
  const rewrite = (r?: Reduction): string | null => (m.kind === 'date' ? dateQuestion(a, m, r) : m.kind === 'number' || m.kind === 'quantity' ? howManyQuestion(a, m, r) : null);
  const question = rewrite();
  if (question) variants.push({ prompt: question, adj: 0.12, mc: true, sa: true });
  // A life date asked by what the person was, not by name, leaves the name askable from its sentence.
  for (const q of lifeDateQuestions(a, m).slice(1)) variants.push({ prompt: q, adj: 0.1, mc: true, sa: true });
  for (const r of reds) {
    if (inCuts(r, m)) continue;
    const q = rewrite(r);
    if (q && q !== question) variants.push({ prompt: q, adj: 0.14 - vaguenessOf(r), mc: true, sa: true, vague: r.generic });
  }
  const stems: Array<{ stem: string; adj: number; vague?: number }> = [{ stem: blankStem(a, m), adj: 0 }, ...reds.filter((r) => !inCuts(r, m)).map((r) => ({ stem: blankStem(a, m, r), adj: 0.02 - vaguenessOf(r), vague: r.generic }))];
  for (const r of pairedCuts(a, m, reds)) {
    stems.push({ stem: blankStem(a, m, r), adj: 0.02 - vaguenessOf(r), vague: r.generic });
    const q = rewrite(r);
    if (q && q !== question) variants.push({ prompt: q, adj: 0.14 - vaguenessOf(r), mc: true, sa: true, vague: r.generic });
  }
  // "He chairs the _____." read as "Tomas Lindgren chairs the _____.": a stem that opens with a
  // pronoun says whom it means, so it reads on its own, away from the article.
  for (const { stem, adj, vague } of [...stems]) {
    // Not "He followed him …": a second pronoun of that gender means two people are about.
    // "Her father died in _____." reads "Mary Anning's father died in _____." the same way.
    // "Born in _____ and raised in Utrecht, she now lives …", "Since then, she said, …": the
    // subject after a phrase of a person's life, or the speaker of a reported line, likewise.
    const opening = /^(He|She|His|Her)\s/.exec(stem)?.[1];
    const inner = opening ? null : LIFE_OR_SAID.exec(stem);
    const pronoun = opening ?? (inner ? capitalize(inner[2]) : undefined);
    const at = inner ? inner[1].length : 0;
    const male = pronoun === 'He' || pronoun === 'His';
    const other = male ? /\b(?:him|himself)\b/i : /\b(?:hers|herself)\b/i;
    // "He" standing in for a name ("Zeller brought back …", the sentence has no "he") means the
    // person the stem no longer names, not whoever the sentence before named last ("…
    // Achterberg's merchants").
    // A stand-in takes the place of the name opening the sentence: "Anning's brother Joseph showed
    // her …" stood in as "Her brother …" means Anning, whatever "her" the sentence has later.
    const text = a.sentences[m.sentence].text;
    const sentenceStart = a.sentences[m.sentence].start;
    const opener = at ? undefined : a.bySentence[m.sentence].find((x) => x.kind === 'person' && a.masked.slice(sentenceStart, x.start).trim() === '');
    const replaced = opener && !containsTerm(stem, opener.text) ? opener : undefined;
    const written = !!pronoun && !replaced && (at ? new RegExp(`,\\s${pronoun.toLowerCase()}\\s`).test(text) : new RegExp(`\\b${pronoun}\\b`, 'i').test(text));
    const key = !pronoun ? null : replaced ? replaced.key : written && !other.test(text) ? antecedentKey(a, m.sentence, male ? 'm' : 'f') : null;
    const name = key ? (a.entities.get(key)?.name ?? null) : null;
    if (!pronoun || !name || containsTerm(name, answer) || containsTerm(answer, name)) continue;
    const possessive = pronoun === 'His' || pronoun === 'Her';
    const owner = possessive ? `${name}${/s$/.test(name) ? "'" : "'s"}` : name;
    const head = stem.slice(0, at);
    const rest = stem.slice(at + pronoun.length);
    stems.push({ stem: head + owner + rest, adj: adj + PRONOUN_NAMED, vague });
    // "The spokesperson added that …", for a quiz that asks the name elsewhere: a role the article
    // gives that person alone still says whom the stem means.
    const role = uniqueRole(a, key!);
    if (role && !containsTerm(head + rest, role)) stems.push({ stem: `${head}${at ? 'the' : 'The'} ${role}${possessive ? "'s" : ''}${rest}`, adj: adj + PRONOUN_NAMED / 2, vague });
  }
  // "For this reason, geologists … poured into a _____": a connective pointing back to a sentence
  // the pupil does not see is left out, and the clause reads alone.
  for (const st of stems) st.stem = st.stem.replace(CONNECTIVE_LEAD, (_, first: string) => first.toUpperCase());
  // "… a lantern fish that my colleague Dr. _____ spotted" in an interview's answer reads "… that
  // Mireille Okafor's colleague …": whose "my" it is, the stem read alone does not say. Only where
  // no other word of the first person is left ("we", "I") to read wrong.
  const interviewee = inAnswer(a, m.sentence) ? speaker(a) : null;
  const own = interviewee ? a.entities.get(interviewee)?.name : undefined;
  if (own && !containsTerm(own, answer) && !containsTerm(answer, own)) {
    for (const { stem, adj, vague } of [...stems]) {
      if (!/\b[Mm]y\b/.test(stem) || /\b(?:I|me|we|We|us|our|Our|mine)\b/.test(stem)) continue;
      stems.push({ stem: stem.replace(/\b([Mm])y\b/g, () => `${own}'s`), adj: adj + PRONOUN_NAMED, vague });
    }
  }
  // "It was founded in _____." read as "The yard was founded in _____.": the thing the sentence
  // before opened with ("The yard sits at the end of a muddy lane …") is what "It" means.
  // "The Vennor Canal was dug … It closed to freight in _____." reads "The Vennor Canal closed …":
  // a named subject of the sentence before serves as well.
  // Not a dummy "It" ("It is thought the work will cost …", "It took 20 years to …"), which means nothing.
  const fair = (name: string | null): name is string => !!name && !containsTerm(name, answer);
  /** Each stem opening with `pronoun`, read again with `name` in its place. */
  const naming = (pronoun: string, name: string | null): void => {
    if (!fair(name)) return;
    for (const { stem, adj, vague } of [...stems]) if (stem.startsWith(`${pronoun} `)) stems.push({ stem: name + stem.slice(pronoun.length), adj: adj + PRONOUN_NAMED, vague });
  };
  naming('It', opensWithIt(a, m.sentence) ? itStandsFor(a, m.sentence) : null);
  // "They sit on steel frames …" read as "The turbines sit on steel frames …".
  const opening = a.masked.slice(a.sentences[m.sentence].start, a.sentences[m.sentence].start + 6).replace(/^\s+/, '');
  naming('They', /^They\s/.test(opening) ? plainSubjectBefore(a, m.sentence, true) : null);
  // "Its chief executive, _____, posted …" read as "Paylink's chief executive, _____, posted …", and
  // "Their coach, _____, said …" as "Harbour City's coach, …": the body or place the sentence
  // before opened with is whose they are.
  // "The company was also ordered to pay … Its managing director, _____, …" reads "The company's
  // managing director": a plain subject serves "Its" when the sentence before names no body that
  // "its" could mean instead ("The case was brought by the Cooperative …. Its lawyers …").
  const ownerPronoun = /^(?:Its|Their)\s/.test(opening);
  const plainOwner = (): { name: string; plural: boolean } | null => {
    if (a.bySentence[m.sentence - 1]?.some((x) => x.kind === 'organization' || x.kind === 'place')) return null;
    // "It rises only 1,740 metres … Its lava has flowed …": what the "It" before meant.
    const name = plainSubjectBefore(a, m.sentence) ?? (m.sentence > 0 && opensWithIt(a, m.sentence - 1) && a.sentences[m.sentence - 1].para === a.sentences[m.sentence].para ? itStandsFor(a, m.sentence - 1) : null);
    if (name) return { name, plural: false };
    // "The turbines … have rotors … Their blades turn …".
    const many = /^Their\s/.test(opening) ? plainSubjectBefore(a, m.sentence, true) : null;
    return many ? { name: many, plural: true } : null;
  };
  const owner = ownerPronoun ? (namedSubjectBefore(a, m.sentence) ?? bodyOwnerBefore(a, m.sentence) ?? plainOwner()) : null;
  if (owner && fair(owner.name) && !containsTerm(answer, owner.name)) {
    // "The union's regional organiser, _____, …": what the body is, for a quiz that asks its name
    // elsewhere and so cannot show it here.
    const bare = owner.name.replace(/^the\s+/i, '');
    const ownerMention = a.bySentence[m.sentence - 1]?.find((x) => (a.entities.get(x.key)?.name ?? x.text) === bare);
    const noun = ownerMention && ownerMention.kind !== 'person' ? bodyNoun(a, ownerMention) : null;
    for (const { stem, adj, vague } of [...stems]) {
      const pronoun = /^(Its|Their)\s/.exec(stem)?.[1];
      if (!(pronoun === 'Its' || (pronoun === 'Their' && owner.plural))) continue;
      // "Lakeside Rovers' coach", "The Bakers' Union's regional officer".
      const owners = `${capitalize(owner.name)}${/s$/.test(owner.name) ? "'" : "'s"}`;
      const rest = stem.slice(pronoun.length + 1);
      stems.push({ stem: `${owners} ${rest}`, adj: adj + PRONOUN_NAMED, vague });
      if (noun && !containsTerm(rest, noun)) stems.push({ stem: `The ${noun}'s ${rest}`, adj: adj + PRONOUN_NAMED / 2, vague });
    }
  }
  // "This process is called _____." says nothing on its own: the sentence it points back to is
  // asked with it ("Plants … lose it as vapour through tiny pores in their leaves. This process is called _____.").
  const context = definitionContext(a, m, answer);
  if (context) for (const st of stems) st.stem = `${context} ${st.stem}`;
  // "close for a deep clean on Friday _____, …;": a list item continuing a lead-in ("The unit has
  // advised the school to:") is asked with it, and closes as a sentence.
  const leadIn = context ? null : listLeadIn(a, m.sentence);
  // The item's first word keeps its case: a stand-in for an opening sum is not capitalised after the colon.
  if (leadIn) for (const st of stems) st.stem = `${leadIn} ${st.stem.replace(/[;,]$/, '.').replace(/^(?:Hundreds|Thousands|Tens|Millions|Many|Several|Some)\b/, (w) => w.toLowerCase())}`;
  const counted = countedNoun(a, m);
  // "the research vessel Polarstern", "the submersible Alvin": a thing the article names along
  // with its kind is a fact of its own, as a person introduced with a role is.
  // So is a work whose title follows its kind: 'the song cycle "The Salt Road"', 'An opera, "The
  // Lighthouse Widow", …', "The book, Light on the Rock, …".
  const lead = a.masked.slice(Math.max(a.sentences[m.sentence].start, m.start - 60), m.start);
  const kindNamed = m.kind === 'term' && (/(?:^|\s)(?:the|its|their|his|her)\s+(?:[\p{Ll}-]+\s+)?\p{Ll}{3,}\s+$/u.test(lead) || namesWork(lead)) ? 0.15 : 0;
  // A title is typed whole, however long ("Among the Northern Ice", "On the Construction of Iron
  // Bridges"): set off by quotation marks or emphasis, or named after its kind.
  const maxTyped = m.kind === 'term' ? (kindNamed || isSetOff(a, m) ? 6 : 3) : m.kind === 'organization' ? 6 : 4;
  const answerWords = answer.split(' ').length;
  for (const { stem, adj: stemAdj, vague } of stems) {
    // "She added that buses would be sent …": a stem still opening with a pronoun leaves the
    // student to guess whom it means, so any reading that names them, or another fact, comes first.
    const adj = stemAdj - (PRONOUN_LEAD.test(stem) && !DUMMY_IT.test(stem) ? PRONOUN_LEAD_COST : 0);
    // "The repairs will cost _____.", "Varga married the sculptor _____.": a stem of five words
    // reads whole, shortened or not; but a shortened one must not be left a noun and its
    // appositive ("Her best-known work, the _____.").
    // "The _____ is a river.": a stem must say something of its answer, two words of content at least.
    if (contentWords(stem).length < 2) continue;
    // "The _____ is the best-known example.": an example of what, the sentence before says.
    if (BARE_EXAMPLE.test(stem)) continue;
    if (tidyWordCount(stem) < 5 || (stemAdj !== 0 && /^[^,]+,\s+(?:an?|the)\s+[^,]+$/.test(stem) && !hasVerb(stem))) continue;
    // A measured amount is blanked and typed with its unit ("86 kilometres"): the amount is
    // the fact, and "_____ kilometres" would ask only for a bare number.
    // "which has _____ pupils" is also asked as "which has _____" with "43 pupils", "86 pupils" …:
    // a count is learnt with what it counts, and the choices read as whole answers. The noun stays
    // in the other reading, for a stem that says nothing else of what is counted.
    if (counted && stem.includes(`${BLANK} ${counted}`)) variants.push({ prompt: stem.replace(`${BLANK} ${counted}`, BLANK), noun: counted, adj: adj + 0.01, mc: true, sa: false, vague });
    variants.push({ prompt: stem, adj, mc: true, sa: m.kind !== 'number' && answerWords <= maxTyped, vague });
  }
  // A definition asked with the sentence it points back to is as telling as that sentence.
  const salience = context ? Math.max(a.salience[m.sentence], a.salience[m.sentence - 1]) : a.salience[m.sentence];
  const weight = Math.log1p(e.count) / Math.log1p(maxCount);
  const fit = words >= 8 && words <= 35 ? 0.1 : 0;
  // The sentence that defines a term is the best place to ask for it.
  const described = descriptionsIn(a, m.sentence);
  const defines = described.some((d) => d.term.toLowerCase() === answer.toLowerCase()) ? 0.25 : 0;
  // "The _____'s scales are soft at birth": a term the article defines elsewhere ("a single baby,
  // called a pup") is asked where it is defined, not where it is only used.
  const usedOnly = m.kind === 'term' && !defines && pools.definedTerms.has(m.key) ? DEFINED_ELSEWHERE_COST : 0;
  const fullName = isPerson && answer.includes(' ') ? 0.1 : 0;
  // "their two daughters, Anna and Zsófia": a person known only by a first name is family or
  // a child named in passing.
  const firstOnly = isPerson && !e.name.includes(' ') && isFirstName(answer) && !isLastName(answer) && !m.title ? FIRST_NAME_COST : 0;
  // A person the article introduces with a role ("the printer Aldus Manutius",
  // "Their coach, Helen Marsh") is a "who" fact a teacher expects to see asked.
  // A relative ("his wife Marta", "their eldest son, Arthur") is named for whose family they are,
  // not for a part in the story: no role of that kind.
  const introduced = isPerson && (m.title || (m.role && !KIN.test(m.role)) || described.some((d) => d.kind === 'person' && d.term === e.name)) ? 0.15 : 0;
  // A country or continent named in passing is background, less telling than the town,
  // site or region where something happened.
  const broad = m.kind === 'place' && (lexTags(answer).includes('Country') || isContinent(answer)) ? BROAD_COST : 0;
  // "for almost six hours", "within four weeks": a span of time written in words is usually
  // how long something took, background beside the sums, counts and dates of a report.
  // "every 20 minutes": a frequency is a timetable detail, not a fact of the story.
  const every = /\bevery\s+$/.test(a.masked.slice(Math.max(0, m.start - 7), m.start));
  // "Hildegard Pennock, who has run a café there for 19 years, said …", "Okafor, who moved to
  // Belgium at the age of 16, …": how long someone has done a thing, or how old they were, told in
  // a clause about them, is background to what the sentence says they did.
  const aside = (m.kind === 'quantity' || m.kind === 'number') && inPersonClause(a, m) && (m.unit === 'age' || /^(minute|hour|day|week|month|year|decade)$/.test(m.unit ?? '')) ? LOOSE_SPAN_COST : 0;
  const loose = m.kind === 'quantity' && (/^\p{L}+\s+(minutes|hours|days|weeks|months|years|decades)$/u.test(answer) || every) ? LOOSE_SPAN_COST : aside;
  // "between 2015 and 2023", "from 2015 to 2023": one end of a span of years is no date to learn alone.
  // "fell from 1.8 metres to 1.1 metres": the old value is the baseline, the new one the news.
  // "60,000 visitors, up from 48,000 last year", "11:02 p.m., compared with 11:39 p.m.": the
  // figure a new one is measured against is its baseline, a detail of the news it compares.
  const range = (m.kind === 'date' && inRange(a, m)) || (m.kind !== 'date' && (fromSide(a, m) || isBaseline(a, m) || betweenSide(a, m) || toSide(a, m))) ? RANGE_COST : 0;
  // "in April": a month without a day or year is a loose date; "five losses": a count in words
  // is usually a detail beside the article's figures.
  const vague = m.kind === 'date' && m.unit === 'month' ? MONTH_COST : isLooseDate(a.masked, m) ? LOOSE_DATE_COST : m.kind === 'number' && /^\p{L}/u.test(answer) ? WORD_COUNT_COST : 0;
  const subject = isSubject(a, m) && !broad ? SUBJECT_BONUS : 0;
  // "to beat the holders 54–51", "councillors voted 7–4": the result of the game or the vote the
  // report is about, told in its opening, is what a reader takes away; a number's prior is low.
  const result = (m.unit === 'score' || m.unit === 'tally') && m.sentence <= 2 ? RESULT_BONUS : 0;
  // "the villages of Upper Denholm and Crayford Bridge", "fishers from Tulloch, Ardmore, Skeld and
  // Innis Voe": an item of a list of places or bodies, named nowhere else, is an example; the
  // list's first item may lead it, but the items after it, and every item of a longer
  // enumeration, are details a quiz need not spend a question on.
  const listed = m.kind !== 'person' && !numeric && e.count === 1 && minorListItem(a, m) ? LIST_ITEM_COST : 0;
  // A count, an amount or a place named once, in the second half of an article, is more often a
  // detail of its background or aftermath ("within 20 miles of the site", "fall by about 15 per
  // cent", "a similar scheme in Nordholm") than a fact of the news the lead and body carry; the
  // later, the more so (in an article of some length).
  // So is a person met once near the end ("Our thanks go to Mrs Gill Harper and the science
  // department"): the people an article is about come back, or come early. Dates and bodies are
  // spared: a deadline, or who pays, often closes an article.
  const late = lateDetailCost(a, m, e.count);
  // How much a figure tells: a length, weight or speed describes a thing, and a span of time in
  // figures ("38 minutes later", "200 hours of unpaid work") says how long; the sums, counts of
  // people and things, and shares a report turns on are its news.
  const fc = figureClass(m);
  const figure = fc === 'measure' ? MEASURE_COST : fc === 'duration' ? DURATION_COST : 0;
  // "…, which can hold about 30,000 people", "…, where the river divides": a fact in a clause
  // hung on the sentence's main clause is a detail of it.
  const sub = subordinate(a, m) ? SUBORDINATE_COST : 0;
  // "More than 200 volunteers waded …", "About 10,000 people are thought to have been killed":
  // a round figure hedged is the article's estimate; the exact counts and sums it reports are the
  // figures a teacher asks for.
  const hedged = (m.kind === 'quantity' || m.kind === 'number') && HEDGED.test(a.masked.slice(Math.max(a.sentences[m.sentence].start, m.start - 24), m.start)) ? HEDGE_COST : 0;
  // "in service since 2009", "exempt until March 2030", "in the years up to 2014": the start or end
  // of a state of things is its background, beside the dates things happened.
  const bound = m.kind === 'date' && BOUND_DATE.test(a.masked.slice(Math.max(a.sentences[m.sentence].start, m.start - 24), m.start)) ? BOUND_DATE_COST : 0;
  const base = -bound - hedged - figure - sub - late + salience + 0.4 * weight - vague + (KIND_PRIOR[m.kind] ?? 0.2) + fit + defines - usedOnly + fullName + introduced + kindNamed + subject + result - broad - loose - range - firstOnly - listed + LONG_ANSWER_BONUS * (Math.min(answerWords, 5) - 1);
  const first = context ? m.sentence - 1 : m.sentence;
  const source = sourceOf(a, first, m.sentence);
  const explanation = explain(a, first, m.sentence);
  const others = [...new Set(a.bySentence[m.sentence].filter((x) => x.key !== m.key).map((x) => tidy(x.text)))];
  const out: Candidate[] = [];
  let numericChoices: ReturnType<typeof pickDistractors> | undefined;
  for (const v of variants) {
    // An interview's answer, quoted whole: its marks are dropped and its sentences asked as prose.
    if (quoted === 'answer') v.prompt = tidy(v.prompt.replace(/["“”]/g, ''));
    // The stem must not show the answer elsewhere (e.g. "Baku ... Baku").
    if (giveaway.some((g) => containsTerm(v.prompt, g))) continue;
    if (m.kind !== 'date' && numeric && computableFrom(v.prompt, answer)) continue;
    // A stem that starts or ends inside a quotation reads as a fragment.
    if (!balancedQuotes(v.prompt)) continue;
    // The blank must stand for a whole phrase: never "_____s" or "Harrow_____", nor
    // half of a longer name ("River _____", "_____ Barrage").
    const shownAnswer = v.noun ? `${answer} ${v.noun}` : answer;
    if (blankDefects(v.prompt, m.kind, shownAnswer).length) continue;
    // A stem that shows the sentence's other facts keeps them from being asked too:
    // of two readings, the one that leaves more to ask wins.
    const shown = others.filter((x) => containsTerm(v.prompt, x)).length;
    v.adj -= SHOWN_COST * shown;
    // Numeric distractors do not depend on the stem: drawn once per mention, not once per reading.
    const d = !v.mc ? null : numeric ? (numericChoices !== undefined ? numericChoices : (numericChoices = pickDistractors(a, m.kind, m.key, answer, v.prompt, pools, 3, m.sentence, m.start))) : pickDistractors(a, m.kind, m.key, answer, v.prompt, pools, 3, m.sentence);
    if (d) {
      const values = caseLike(a, v.prompt, answer, v.noun ? d.values.map((x) => `${x} ${v.noun}`) : d.values);
      const prompt = articleFor(v.prompt, [shownAnswer, ...values]);
      // One literal, its fields in the order the output has always had: V8 builds it from a fixed
      // shape, where Object.assign or a spread followed by fields copies field by field.
      out.push({
        kind: m.kind, explanation, source, factKey: m.key, answerKey: m.key, sentence: m.sentence, giveaway, rare,
        answer: shownAnswer,
        id: makeId(m.kind, 'multiple_choice', shownAnswer, m.start, v.prompt),
        type: 'multiple_choice' as const,
        prompt,
        choices: orderChoices([shownAnswer, ...values], numeric, v.prompt),
        difficulty: clamp01(0.35 + (d.synthetic ? 0 : 0.15) + (words > 30 ? 0.1 : 0)),
        // Invented choices are a fallback: the typed question stays the first way to ask.
        score: base + v.adj + (d.invented ? -0.1 : d.synthetic ? 0.05 : 0.2),
        hasInventedChoices: d.invented,
        vague: v.vague,
      });
    }
    if (v.sa) {
      out.push({
        kind: m.kind, explanation, source, factKey: m.key, answerKey: m.key, sentence: m.sentence, giveaway, rare,
        answer,
        id: makeId(m.kind, 'short_answer', answer, m.start, v.prompt),
        type: 'short_answer' as const,
        // A typed answer keeps "a(n)": with no choices, the article would hint at the answer's first sound.
        prompt: v.prompt,
        choices: [],
        difficulty: clamp01(0.6 + (answer.length > 12 ? 0.15 : 0)),
        score: base + v.adj + (m.kind === 'date' || answerWords > 1 ? 0.05 : -0.05),
        vague: v.vague,
      });
    }
  }
  return out;
}

/**
 * The sentence before a definition that points back to it ("This is condensation."), with the
 * terms that sentence itself names cut ("… tiny pores in their leaves [called stomata]"), so
 * the two definitions may both be asked; null for any other mention.
 */
export function definitionContext(a: Analysis, m: Mention, answer: string): string | null {
  const s = a.sentences[m.sentence];
  const prev = a.sentences[m.sentence - 1];
  if (m.kind !== 'term' || !prev || prev.para !== s.para || !POINTS_BACK.test(s.text)) return null;
  const named = descriptionsIn(a, m.sentence).find((d) => d.kind === 'term' && d.term.toLowerCase() === answer.toLowerCase());
  let text = tidy(prev.text);
  // "This slow removal of rock … is called _____", "These regions …, and the landscape that forms …
  // is called _____": a naming that says what it names in its own clause needs no sentence before.
  if (!named || !text.startsWith(named.description.replace(/…$/, '').slice(0, 40))) return null;
  for (const d of descriptionsIn(a, prev.index)) {
    if (d.kind !== 'term') continue;
    const esc = d.term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    text = text.replace(new RegExp(`\\s*,?\\s+(?:called|known\\s+as|termed)\\s+(?:the\\s+|an?\\s+)?${esc}(?=[\\s.,;:!?]|$)`, 'iu'), '');
  }
  return containsTerm(text, answer) ? null : text;
}

/**
 * The lead-in of the list a lower-case item belongs to ("The unit has advised the school to:"):
 * the line before the list, when it ends with a colon; null for any other sentence.
 */
export function listLeadIn(a: Analysis, sentence: number): string | null {
  const s = a.sentences[sentence];
  if (!/^[\p{Ll}\p{N}£$€¥]/u.test(tidy(s.text))) return null;
  const lines = a.body.slice(0, s.start).split('\n');
  const ITEM = /^\s*(?:[-*•]|\d+[.)])\s/;
  // The sentence must open its own list item.
  if (!ITEM.test(lines[lines.length - 1] + ' ')) return null;
  for (let k = lines.length - 2; k >= Math.max(0, lines.length - 40); k--) {
    const line = lines[k].trim();
    if (!line || ITEM.test(lines[k])) continue;
    // The sentence that ends the paragraph before the list: "… Under the agreement Larchmont will pay a total of £1.2 million, including:".
    const lead = tidy(line.replace(/[*_]/g, '')).split(/(?<=[.!?])\s+(?=\p{Lu})/u).pop()!;
    return /:$/.test(lead) && lead.split(' ').length <= 25 ? lead : null;
  }
  return null;
}

const bySentence = new WeakMap<Analysis, Map<number, Description[]>>();

/** The descriptions a sentence gives, looked up by sentence (a long article has thousands). */
function descriptionsIn(a: Analysis, sentence: number): Description[] {
  let map = bySentence.get(a);
  if (!map) {
    map = new Map();
    for (const d of a.descriptions) {
      const list = map.get(d.sentence);
      if (list) list.push(d);
      else map.set(d.sentence, [d]);
    }
    bySentence.set(a, map);
  }
  return map.get(sentence) ?? [];
}

const FINITE = /^(is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|shall|do|does|did)$/;

/** A stem that still reads as a clause: some lower-case word in it is a verb. */
function hasVerb(stem: string): boolean {
  return stem.split(/[^\p{L}'’-]+/u).some((w) => /^\p{Ll}/u.test(w) && (FINITE.test(w) || /\p{Ll}{2,}ed$/u.test(w) || lexTags(w).some((t) => /Verb|Tense|Copula|Modal|Auxiliary/.test(t))));
}

/** "86 pupils", "31 locks": the plural noun written right after a bare count, when it is what is counted. */
function countedNoun(a: Analysis, m: Mention): string | undefined {
  if (m.kind !== 'number' || !m.unit || /^(age|crowd|of)$/.test(m.unit)) return undefined;
  const w = /^ (\p{Ll}{3,})\b/u.exec(a.masked.slice(m.end, m.end + 30))?.[1];
  return w && (w === `${m.unit}s` || w === `${m.unit}es`) ? w : undefined;
}

/**
 * "The Old Mill Bridge in Westbrook will close …", "Riverside Library reopened …": the place,
 * body or thing a sentence opens with is what the sentence is about, its main fact; the sums,
 * spans and dates after it are details of it. A speaker ("Smith said …") is not meant: who
 * said a thing is asked as a quote, and a person's own weight is counted apart.
 */
export function isSubject(a: Analysis, m: Mention): boolean {
  if (m.kind !== 'place' && m.kind !== 'organization' && m.kind !== 'term') return false;
  const s = a.sentences[m.sentence];
  if (!/^[\s*_>#"“]*(?:the\s+)?$/i.test(a.masked.slice(s.start, m.start))) return false;
  return !/^\s*,?\s*(?:said|says|told|tells|added|adds)\b/.test(a.masked.slice(m.end, Math.min(s.end, m.end + 12)));
}

/** The words before a title say what kind of work it is: 'the song cycle "', 'An opera, "', "The book, ". */
export function namesWork(lead: string): boolean {
  return /(?:^|\s)(?:the|its|their|his|her|an?|\p{L}+['’]s)\s+(?:[\p{Ll}-]+\s+)?\p{Ll}{3,}(?:,\s+["“]?|\s+["“])$/iu.test(lead);
}

/** `m` is set off by quotation marks or Markdown emphasis on both sides ('"Atlantic Lantern"', "*Among the Northern Ice*"). */
function isSetOff(a: Analysis, m: Mention): boolean {
  return /["“*_]$/.test(a.body.slice(m.start - 1, m.start)) && /^["”*_]/.test(a.body.slice(m.end, m.end + 1));
}

/** "She spoke to Gleaner in March.", "Smith talked with the BBC": the line that frames an interview. */
const FRAMES_INTERVIEW = /\b(?:spoke|talked|speaks|talks)\s+(?:to|with)\s+\p{Lu}/u;
/** What a detail named once loses for where it stands: nothing in the first half of an article of some length, up to LATE_DETAIL_COST at its end. */
export function lateCost(a: Analysis, sentence: number): number {
  const at = sentence / Math.max(1, a.sentences.length - 1);
  return a.sentences.length >= LATE_MIN_SENTENCES && at > LATE_FROM ? (LATE_DETAIL_COST * (at - LATE_FROM)) / (1 - LATE_FROM) : 0;
}

/** What `m`, a fact of an entity named `count` times, loses as a one-off detail late in the article. */
export function lateDetailCost(a: Analysis, m: Mention, count: number): number {
  return LATE_KINDS.has(m.kind) && count === 1 ? lateCost(a, m.sentence) : 0;
}

/** Words that open a subordinate clause: a relative pronoun or a subordinating conjunction. */
const CLAUSE_OPENER = /^(?:which|who|whom|whose|where|when|whereas|while|although|though|because|since|until|unless|after|before|if|once|as)\b/i;
const TIME_UNIT = /^(second|minute|hour|day|week|month|year|decade|century|centurie)$/;
const MEASURE_UNIT = /^(km|kg|cm|mm|m|g|t|ml|l|mph|kmh|ha|mw|kw|gw|kwh|mwh|kilometre|kilometer|metre|meter|mile|feet|foot|inche|inch|kilogram|gram|tonne|ton|lb|litre|liter|gallon|degree|acre|hectare|megawatt|kilowatt|gigawatt|knot|lux)$|^(square|cubic) /;
/**
 * What a count or an amount measures, by its unit: a sum of money, a share, a span of time, a
 * physical measure (length, weight, area, speed, power) or a count of people or things.
 */
export function figureClass(m: Mention): 'money' | 'percent' | 'duration' | 'measure' | 'count' | null {
  if (m.kind !== 'quantity' && m.kind !== 'number') return null;
  const u = m.unit ?? '';
  if (/[$€£¥]$/.test(u) || /^[A-Z]{3}$/.test(u) || u === 'p' || isCurrencyWord(u) || isCurrencyWord(`${u}s`)) return 'money';
  if (u === '%' || /^(percent|per cent|cent)$/.test(u)) return 'percent';
  if (TIME_UNIT.test(u)) return 'duration';
  if (MEASURE_UNIT.test(u)) return 'measure';
  if (u === 'age') return null;
  return u ? 'count' : null;
}

/** The clause `m` is in opens with a subordinating word: "…, which can hold about 30,000 people". */
export function subordinate(a: Analysis, m: Mention): boolean {
  const s = a.sentences[m.sentence];
  const before = a.masked.slice(s.start, m.start);
  const clause = before.split(/[,;:()–—]|\s-\s/).pop()!.trimStart();
  const opener = CLAUSE_OPENER.exec(clause);
  // "since 2022", "after 1990": the word is then a preposition before the fact itself.
  return !!opener && clause.slice(opener[0].length).trim().length > 0;
}

const LIST_JOIN = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)$/;

/**
 * Whether `m` is in a list of names of its own kind ("A, B and C") as an item after the first,
 * or as any item of a list of three or more.
 */
export function minorListItem(a: Analysis, m: Mention): boolean {
  const ms = a.bySentence[m.sentence];
  const at = ms.indexOf(m);
  if (at < 0) return false;
  // Places, bodies and unclassified names are often told apart wrongly: a list of names is one list.
  const named = (k: string): boolean => k === 'place' || k === 'organization' || k === 'term';
  const joined = (x: Mention, y: Mention): boolean => (x.kind === y.kind || (named(x.kind) && named(y.kind))) && x.end <= y.start && LIST_JOIN.test(a.masked.slice(x.end, y.start));
  let first = at;
  while (first > 0 && joined(ms[first - 1], ms[first])) first--;
  let last = at;
  while (last + 1 < ms.length && joined(ms[last], ms[last + 1])) last++;
  const size = last - first + 1;
  return size >= 3 || (size === 2 && at > first);
}

function inRange(a: Analysis, m: Mention): boolean {
  const s = a.sentences[m.sentence];
  const before = a.masked.slice(Math.max(s.start, m.start - 24), m.start);
  const after = a.masked.slice(m.end, Math.min(s.end, m.end + 12));
  return (/\b(between|from)\s+$/.test(before) && /^\s+(and|to)\s+\d/.test(after)) || /\b(between|from)\s+\d{4}\s+(and|to)\s+$/.test(before);
}

/** `m` sits in a ", who …" clause set off after a name: "Tomas Wielgus, who has run a stall for 22 years, said". */
export function inPersonClause(a: Analysis, m: Mention): boolean {
  const s = a.sentences[m.sentence];
  const before = a.masked.slice(s.start, m.start);
  const at = before.search(/,\s+who\s[^,;:“”"]*$/);
  return at > 0 && a.bySentence[m.sentence].some((x) => x.kind === 'person' && x.end <= s.start + at && /^\s*$/.test(a.masked.slice(x.end, s.start + at)));
}

/** "up from 48,000", "down from £12.9 million", "compared with 49 percent", "… against 6 hours 47 minutes". */
export function isBaseline(a: Analysis, m: Mention): boolean {
  if (m.kind !== 'quantity' && m.kind !== 'number') return false;
  const s = a.sentences[m.sentence];
  const before = a.masked.slice(Math.max(s.start, m.start - 24), m.start);
  // The newer figure comes first, so a baseline always follows another amount of the sentence.
  const earlier = a.bySentence[m.sentence].some((x) => x.end <= m.start && (x.kind === 'quantity' || x.kind === 'number'));
  return earlier && /(?:\b(?:up|down)\s+from|\bcompared\s+(?:with|to)|\bagainst)\s+(?:about\s+|around\s+|some\s+)?$/i.test(before);
}

/** "measured at between 150 and 300 lux", "between 2 and 3 metres": either end of a range of amounts. */
export function betweenSide(a: Analysis, m: Mention): boolean {
  if (m.kind !== 'quantity' && m.kind !== 'number') return false;
  const s = a.sentences[m.sentence];
  const before = a.masked.slice(Math.max(s.start, m.start - 40), m.start);
  const after = a.masked.slice(m.end, Math.min(s.end, m.end + 20));
  return /\bbetween\s+[$€£¥]?\d[\d,.]*\s+(?:\p{L}+\s+)?and\s+$/u.test(before) || (/\bbetween\s+$/.test(before) && /^\s+(?:\p{L}+\s+)?and\s+[$€£¥]?\d/u.test(after));
}

/** "about 11 to 15 times a minute", "voted 17 to 12": either end of a range or a tally written with "to". */
export function toSide(a: Analysis, m: Mention): boolean {
  if (m.kind !== 'quantity' && m.kind !== 'number') return false;
  const s = a.sentences[m.sentence];
  return /\d\s+to\s+$/.test(a.masked.slice(Math.max(s.start, m.start - 12), m.start)) || /^\s+to\s+[$€£¥]?\d/.test(a.masked.slice(m.end, Math.min(s.end, m.end + 8)));
}

function fromSide(a: Analysis, m: Mention): boolean {
  if (m.kind !== 'quantity' && m.kind !== 'number') return false;
  const s = a.sentences[m.sentence];
  return /\bfrom\s+$/.test(a.masked.slice(Math.max(s.start, m.start - 6), m.start)) && /^\s+to\s+[$€£¥]?\d/.test(a.masked.slice(m.end, Math.min(s.end, m.end + 8)));
}

/**
 * Whether `m` is quoted: 'prose' outside quotation marks, 'quote' inside someone's quoted
 * words, 'answer' inside a paragraph that is one quotation and nothing else (an interview's
 * answer, whose facts are asked like prose). Marks are counted from the paragraph's start,
 * since a quote may open a sentence or two before the name.
 */
function quoteState(a: Analysis, m: Mention): 'prose' | 'quote' | 'answer' {
  const s = a.sentences[m.sentence];
  // '"The Salt Road", a documentary': a title in quotation marks is no one's words.
  if (m.kind === 'term' && /["“]$/.test(a.masked.slice(m.start - 1, m.start)) && /^["”]/.test(a.masked.slice(m.end, m.end + 1))) return 'prose';
  // A long paragraph is looked at only a few sentences either side, so this stays linear.
  let k = m.sentence;
  while (k > 0 && a.sentences[k - 1].para === s.para && m.sentence - k < QUOTE_REACH) k--;
  let last = m.sentence;
  while (last + 1 < a.sentences.length && a.sentences[last + 1].para === s.para && last - m.sentence < QUOTE_REACH) last++;
  const before = a.masked.slice(a.sentences[k].start, m.start);
  const open = (before.match(/“/g)?.length ?? 0) - (before.match(/”/g)?.length ?? 0);
  // Straight quotes have no direction: an odd count before the name means it is quoted.
  const inside = open > 0 || (before.match(/"/g)?.length ?? 0) % 2 === 1;
  const after = a.masked.slice(m.end, s.end);
  // A sentence that continues a quote opened in an earlier paragraph has a closing mark but no opening one.
  const continues = (after.match(/”/g)?.length ?? 0) > (after.match(/“/g)?.length ?? 0) && !/“/.test(before);
  if (!inside && !continues) return 'prose';
  const para = a.masked.slice(a.sentences[k].start, a.sentences[last].end).trim();
  const marks = para.match(/["“”]/g) ?? [];
  const bounded = (k === 0 || a.sentences[k - 1].para !== s.para) && (last + 1 === a.sentences.length || a.sentences[last + 1].para !== s.para);
  const whole = bounded && marks.length === 2 && /^["“]/.test(para) && /["”]$/.test(para);
  // An answer follows the interviewer's question ("**How did you find it?**"); a quote standing
  // alone after a news paragraph is still someone's words.
  const asked = k > 0 && /\?[*_\s]*$/.test(a.body.slice(a.sentences[k - 1].start, a.sentences[k - 1].end));
  return whole && inside && asked ? 'answer' : 'quote';
}

function balancedQuotes(t: string): boolean {
  if ((t.match(/"/g)?.length ?? 0) % 2) return false;
  let depth = 0;
  for (const c of t) {
    if (c === '“') depth++;
    else if (c === '”' && --depth < 0) return false;
  }
  return depth === 0;
}
