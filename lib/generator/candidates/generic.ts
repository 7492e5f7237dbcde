// Generic stand-ins: a fact of a sentence replaced by a plain description of it, so that one
// sentence can yield several questions without one stem showing another's answer. "It now
// employs 640 bakers and sells bread in _____" reads "It now employs many bakers …" when the
// staff is asked too; "Tomas Lindgren grows apples on _____" reads "He grows apples on _____";
// "the market town of Holby" reads "the market town"; "the 2020 war" reads "the war".
import { FEMALE_FAMILY, isFirstName, isHeldRole, isStopword, lexTags, MALE_FAMILY, SUBORDINATORS } from '../lexicon';
import { normKey } from '../link';
import type { Analysis, Mention } from '../types';
import { containsTerm } from './candidate';
import { isPlainStandIn, joinedToName, type StandIn } from './stand-in';

/** Words that qualify a count and go with it ("about 90,000 loaves" -> "many loaves"). */
const QUALIFIER = /(?:^|\s)((?:about|around|some|almost|nearly|roughly|approximately|more than|fewer than|less than|up to|at least|at most|just over|just under|only)\s+)$/i;
/** Determiners after which a count simply goes ("all 310 schools" -> "all schools"). */
const DETERMINER = /(?:^|\s)(?:the|all|its|their|his|her|our|these|those|my|your)\s+$/i;
/** Nouns of money and shares, which "many" cannot stand for. */
const NOT_COUNTED = /^(percent|per|cent|pounds?|euros?|dollars?|kronor|krona|crowns?|francs?|yen|pence|points?|degrees?|million|billion|thousand|hundred|times)$/i;
/** Units of length, area, weight, volume, power, pressure and time: a count of them is a measure, not a number of things. */
const MEASURED = /^(?:(?:kilo|centi|milli)?met(?:re|er)s|miles|feet|inches|yards|hectares|acres|(?:kilo)?grams|tonnes|tons|kilos|litres|liters|gallons|(?:kilo|mega|giga)?watts|hectopascals|knots|seconds|minutes|hours|days|weeks|months|years|decades|centuries|generations|nights|laps|lengths|storeys|stories|floors|kilometres|kilometers)$/i;
const RIVERLIKE = /^(river|lake|mount|loch|isle|cape)$/i;
// "the Jostedal Glacier" -> "the glacier", "the Vellsund Fjord" -> "the fjord": a natural feature
// named by what it is, like a river or a bay.
const PLACE_TAIL = /^(street|road|lane|square|avenue|crescent|river|lake|gorge|canyon|plateau|valley|glen|bay|fjord|delta|estuary|creek|glacier|reef|peninsula|beach|coast|island|islands|gallery|cinema|harbour|harbor|pier|quay|wharf|forest|moor|marsh|mountains|hills|falls|caves)$/i;

export function genericStandIns(a: Analysis, sentence: number, gender: (key: string) => 'm' | 'f' | null): StandIn[] {
  const out: StandIn[] = [];
  for (const m of a.bySentence[sentence]) {
    // Someone's quoted words are never rewritten.
    if (quoted(a, m)) continue;
    if (m.kind === 'quantity') {
      const sum = sumStandIn(a, m);
      if (sum) out.push(sum);
    }
    const st = m.kind === 'number' || m.kind === 'quantity' ? countStandIn(a, m) : m.kind === 'date' ? yearStandIn(a, m) : m.kind === 'person' ? pronounStandIn(a, m, gender(m.key)) : placeStandIn(a, m);
    if (st) out.push(st);
  }
  return out;
}

const CURRENCY: Record<string, string> = { '€': 'euros', '£': 'pounds', '$': 'dollars', '¥': 'yen' };

/**
 * How big a sum is, in words that stay true of it: "tens of millions" is twenty million at least,
 * so €12 million is "over ten million" ("€38.5 million, of which tens of millions of euros came
 * from …" said €12 million was more than it was).
 */
const SIZES: Array<[number, string]> = [
  [2e3, 'over a thousand'], [1e4, 'thousands of'], [2e4, 'over ten thousand'], [1e5, 'tens of thousands of'],
  [2e5, 'over a hundred thousand'], [1e6, 'hundreds of thousands of'], [2e6, 'over a million'], [1e7, 'millions of'],
  [2e7, 'over ten million'], [1e8, 'tens of millions of'], [2e8, 'over a hundred million'], [1e9, 'hundreds of millions of'],
  [2e9, 'over a billion'],
];
export function sizeWords(value: number): string {
  return SIZES.find(([below]) => value < below)?.[1] ?? 'billions of';
}

/** "€26 million" -> "millions of euros", "£85,000" -> "tens of thousands of pounds": a sum's size, not its figure. */
function sumStandIn(a: Analysis, m: Mention): StandIn | null {
  const s = a.sentences[m.sentence];
  const sym = /^[$€£¥]/.exec(m.text)?.[0];
  const word = /\s(euros|pounds|dollars|kronor|kroner|krona|crowns|francs|rupees|yen)$/i.exec(m.text)?.[1];
  const value = m.value;
  if ((!sym && !word) || value === undefined || !Number.isFinite(value) || value < 1000) return null;
  const unit = sym ? CURRENCY[sym] : word!.toLowerCase();
  const head = a.masked.slice(s.start, m.start);
  const q = QUALIFIER.exec(head);
  // "less than €1,500", "up to £15,000": a ceiling says nothing of how big the sum is, so no size
  // ("over a thousand euros") may stand in; "almost £20 million" is a little under its figure.
  const qualifier = q?.[1].trim().toLowerCase() ?? '';
  if (/^(?:less than|fewer than|up to|at most)$/.test(qualifier)) return null;
  const size = sizeWords(/^(?:almost|nearly|just under)$/.test(qualifier) ? value * 0.999 : value);
  const text = `${size} ${unit}`;
  // "a €4 million grant" would read "a millions of euros grant".
  if (/(?:^|\s)(?:a|an|the|its|their|his|her)\s+$/i.test(head)) return null;
  // "a further £18 million grant" would read "a further tens of millions of pounds grant": a sum
  // naming the size of the thing after it stays.
  if (modifiesNoun(a.masked.slice(m.end, s.end))) return null;
  const from = q ? m.start - q[1].length : m.start;
  return { from, to: m.end, text: from === s.start ? text[0].toUpperCase() + text.slice(1) : text };
}

/**
 * "640 bakers" -> "many bakers", "about 90,000 loaves" -> "many loaves", "all 310 schools" ->
 * "all schools". Only regular plurals: "many people" freed more minor crowds than facts.
 */
function countStandIn(a: Analysis, m: Mention): StandIn | null {
  const s = a.sentences[m.sentence];
  if (!/^(?:\d[\d,]*|\p{L}+(?:-\p{L}+)?)(?:\s+\p{Ll}+)?$/u.test(m.text) || /^[$€£¥]/.test(m.text)) return null;
  const [num, inner] = m.text.split(/\s+/);
  if (inner && NOT_COUNTED.test(inner)) return null;
  // What is counted: a plural noun right after the count, or after one or two modifiers
  // ("38 league matches", "24 new police officers").
  const after = a.masked.slice(m.end, Math.min(s.end, m.end + 60));
  if (!(inner ? isPlural(inner, true) : countedAfter(after))) return null;
  if (!inner && /^\s+(?:fewer|more|less|extra|per|of)\b/.test(after)) return null;
  const value = m.value ?? Number(num.replace(/,/g, ''));
  if (value === 1) return null;
  const head = a.masked.slice(s.start, m.start);
  // "many" says how much of something there is, loosely ("pick many tonnes of fruit", "spent many
  // summers on the glacier"); said of a size, a rate, a frequency, a deadline or a comparison it
  // states another fact than the article's ("a fall of 24 hectopascals in many hours", "at many
  // kilometres, it is the longest river", "every several months", "within many days", "many
  // kilometres long, but the journey takes several hours"). Such a figure is cut (reduce-spans.ts).
  if (MEASURED.test(inner ?? countedAfter(after, true) ?? '') && isExactMeasure(head, a.masked.slice(m.end, s.end))) return null;
  // "set a rate of 36 strokes a minute", "every 3 laps": whatever is counted, a rate or a
  // frequency is its figure ("a rate of many strokes a minute" says nothing).
  if (RATE_OR_EVERY.test(head)) return null;
  // Either end of a range ("between 200 and 350 kilograms", "from 20 to 30 pupils"): "between 200
  // and many kilograms" would not read.
  if (/\d\s*(?:and|to|or|-|–)\s*$/i.test(head) || /^\s*(?:and|to|or|-|–)\s*\d/i.test(after)) return null;
  // "in the final 500 metres": "the final many metres" would not read.
  if (/(?:^|\s)(?:the|its|their|his|her|our|a|an)\s+\p{Ll}+\s+$/iu.test(head) && !DETERMINER.test(head)) return null;
  // "the world's seven species" -> "the world's species": an owner before the count determines it too.
  if (DETERMINER.test(head) || /\p{L}['’]s?\s$/u.test(head)) return /\s$/.test(head) ? { from: m.start - 1, to: inner ? m.start + num.length : m.end, text: '' } : null;
  // "carried their canoes around 14 sets of rapids": after a noun, "around" or "about" is a
  // preposition the sentence needs, not a hedge that goes with the figure ("carried their canoes
  // many sets of rapids").
  const q = prepositionAfterNoun(head) ? null : QUALIFIER.exec(head);
  const from = q ? m.start - q[1].length : m.start;
  const word = Number.isFinite(value) && value <= 10 ? 'several' : 'many';
  return { from, to: m.start + num.length, text: from === s.start ? word[0].toUpperCase() + word.slice(1) : word };
}

const RATE_OR_EVERY = /(?:^|\s)(?:every|rate\s+of|speeds?\s+of)\s+(?:(?:about|around|some|almost|nearly|roughly|up\s+to|just)\s+)?$/i;

/** The words after a sum open with a noun it qualifies ("£18 million grant", "€4 million upgrade"). */
function modifiesNoun(tail: string): boolean {
  const w = /^\s+(\p{Ll}[\p{Ll}-]*)/u.exec(tail)?.[1];
  return !!w && !isStopword(w) && !lexTags(w).some((t) => /Verb|Tense|Adverb|Adjective|Preposition|Conjunction|Determiner|Pronoun/.test(t));
}

/** A measure or span whose figure is the point of its phrase: a size, rate, frequency, limit, relative time or comparison. */
function isExactMeasure(head: string, tail: string): boolean {
  const before = /(?:^|\s)(?:every|within|in|at|only|than|against|with|compared\s+(?:with|to)|rate\s+of|speeds?\s+of|depth\s+of|height\s+of|length\s+of|distance\s+of|span\s+of)\s+(?:(?:about|around|some|almost|nearly|roughly|more\s+than|less\s+than|over|up\s+to|just)\s+)?$/i.test(head);
  const after = /^\s+(?:\p{L}+\s+){0,2}(?:long|high|tall|wide|deep|across|away|later|earlier|ago|old|apart|thick|below|above|underground)\b/u.test(tail) || /^\s+(?:\p{L}+\s+){0,1}(?:a|an|per|each)\s+(?:day|week|month|year|hour|minute|second)\b/u.test(tail);
  // "… is only 214 kilometres long, but the journey takes almost six hours": a figure set against another.
  const contrast = /\b(?:but|whereas|while)\s[^,;]*$/i.test(head) || /\bonly\s/i.test(head);
  return before || after || contrast || /\b(?:compared\s+(?:with|to)|than)\b/i.test(tail.split(/[.;]/)[0] ?? '');
}

/** "… their canoes around ", "… the lake about ": "around"/"about"/"over" after a plural or a noun with its article. */
function prepositionAfterNoun(head: string): boolean {
  const m = /(?:^|\s)(?:(the|their|its|his|her|our|a|an)\s+)?(\p{Ll}{3,})\s+(around|about|over)\s+$/u.exec(head);
  if (!m) return false;
  // "serves about 86,000 households": after a bare word, "about" hedges the figure (the word is
  // more likely a verb the lexicon reads as a plural, "serves", "runs").
  if (m[3] === 'about' && !m[1]) return false;
  const tags = lexTags(m[2]);
  if (tags.some((t) => /Verb|Tense|Adverb|Preposition|Pronoun|Determiner/.test(t))) return false;
  return !!m[1] || isPlural(m[2], false);
}

/** A plural noun: "shops" and "votes" are verbs too, but not right after a count. */
function isPlural(w: string, afterCount: boolean): boolean {
  if (NOT_COUNTED.test(w) || !/[^s]s$/.test(w) || isStopword(w)) return false;
  const tags = lexTags(w);
  return !tags.some((t) => /Adverb|Preposition|Conjunction|Pronoun/.test(t)) && (afterCount || !tags.some((t) => /Verb|Tense/.test(t)));
}

/**
 * The words after a bare count name what it counts: a plural within three words, only modifiers
 * before it. With `noun`, that plural (or null) instead of whether there is one.
 */
function countedAfter(after: string): boolean;
function countedAfter(after: string, noun: true): string | null;
function countedAfter(after: string, noun = false): boolean | string | null {
  const words = /^\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)/u.exec(after)?.[1].split(/\s+/) ?? [];
  const none = noun ? null : false;
  if (/^(fewer|more|less|extra|per|of)$/.test(words[0] ?? '')) return none;
  for (let k = 0; k < words.length; k++) {
    if (isPlural(words[k], k === 0)) return noun ? words[k] : true;
    if (isStopword(words[k]) || lexTags(words[k]).some((t) => /Verb|Tense|Adverb|Preposition|Conjunction|Determiner/.test(t))) return none;
  }
  return none;
}

/** "the 2020 war", "the city's 2026 budget": a year before its noun goes. */
function yearStandIn(a: Analysis, m: Mention): StandIn | null {
  const s = a.sentences[m.sentence];
  if (!/^\d{4}$/.test(m.text) || !/(?:\bthe|['’]s)\s$/.test(a.masked.slice(s.start, m.start))) return null;
  const noun = /^ (\p{Ll}{3,})\b/u.exec(a.masked.slice(m.end, s.end))?.[1];
  if (!noun || isStopword(noun) || lexTags(noun).some((t) => /Verb|Tense|Preposition|Adverb/.test(t))) return null;
  return { from: m.start, to: m.end + 1, text: '' };
}

/**
 * "Hallorin's ghost frog", "Halley's comet": a possessive the article writes again with the same
 * noun after it is part of a thing's name, not a person's belonging.
 */
export function isEponym(a: Analysis, m: Mention): boolean {
  const owned = /^['’]s?\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?/u.exec(a.masked.slice(m.end, m.end + 40))?.[0];
  if (!owned) return false;
  // Written twice at least: stop at the second, rather than split the whole text for each person.
  const phrase = a.masked.slice(m.start, m.end) + owned;
  const first = a.masked.indexOf(phrase);
  return first >= 0 && a.masked.indexOf(phrase, first + 1) >= 0;
}

/** "Tomas Lindgren grows …" -> "He grows …"; "by Tomas Lindgren" -> "by him"; "Varga's" -> "her". */
function pronounStandIn(a: Analysis, m: Mention, g: 'm' | 'f' | null): StandIn | null {
  // "went to Tom Beckett and Ella Nowak" is not "went to him and Ella Nowak".
  if (!g || joinedToName(a, m)) return null;
  const s = a.sentences[m.sentence];
  const head = a.masked.slice(s.start, m.start);
  const tail = a.masked.slice(m.end, s.end);
  const possessive = /^['’]s?\s/.exec(tail);
  // Not after an article: "The Comets' defence" is a team's, and "The her defence" no English.
  if (possessive && /(?:^|\s)(?:the|a|an)\s+$/i.test(head)) return null;
  // Not "Her ghost frog" for "Hallorin's ghost frog": a thing's name.
  if (possessive && isEponym(a, m)) return null;
  // "The councillor said …" says whom it means where "She said …" does not: a role the article
  // gives the person, and no one else, stands in before a pronoun, which costs more.
  const role = uniqueRole(a, m.key);
  const usable = role && !containsTerm(head + ' ' + tail, role) ? role : null;
  const the = head === '' ? 'The' : 'the';
  const person = (pronoun: [string, string]): Pick<StandIn, 'text' | 'vague'> =>
    usable ? { text: `${the} ${usable}${pronoun[0] === 'His' || pronoun[0] === 'his' ? "'s" : ''}` } : { text: pronoun[g === 'm' ? 0 : 1], vague: PRONOUN_VAGUENESS };
  if (possessive) return { from: m.start, to: m.end + possessive[0].length - 1, ...person(head === '' ? ['His', 'Her'] : ['his', 'her']) };
  // The subject opening the sentence, followed by its verb.
  if (head === '' && /^\s+\p{Ll}/u.test(tail) && !/^\s+(?:and|or|of)\b/.test(tail)) return { from: m.start, to: m.end, ...person(['He', 'She']) };
  // The subject of a clause opening the sentence: "When Amara Delacroix arrived at …, the
  // hospital …" -> "When she arrived at …".
  // Not when the sentence names another person: "Because she was ill, _____ sang the part" reads
  // the pronoun as the main clause's subject.
  const alone = !a.bySentence[m.sentence].some((o) => o.kind === 'person' && o.key !== m.key);
  if (alone && SUBORDINATOR_LEAD.test(head) && /^\s+\p{Ll}/u.test(tail) && !/^\s+(?:and|or|of|who|whose|which)\b/.test(tail)) return { from: m.start, to: m.end, ...person(['he', 'she']) };
  // The object of a preposition or a verb of speaking ("by X", "told X").
  // Not "by her, keeper of the lighthouse": an appositive of the name stays with a name. And only
  // by a role ("from the keeper"): a stem is read alone, and "from her" there points at no one.
  if (usable && /\s(?:by|with|for|from|to|told|asked|thanked|joined|beat|beating)\s$/.test(head) && /^(?:[.;]|,(?!\s+(?:who|whose|which|an?|the)\b)(?!\s+\p{Ll}+\s+(?:of|at|for)\b)|\s+(?:in|on|at|for|to|from|and|after|before|when)\b)/u.test(tail)) return { from: m.start, to: m.end, ...person(['him', 'her']) };
  return null;
}

/** A subordinating word opening the sentence, before its clause's subject. */
const SUBORDINATOR_LEAD = new RegExp(`^(?:${SUBORDINATORS}|Because)\\s+$`);

/** A pronoun standing in for a name leaves the reader to find whom it means: three times a plain stand-in's cost. */
const PRONOUN_VAGUENESS = 3;

/** "the club's coach", "an Armenian political analyst", "a teacher at Fernhollow Primary": the noun a description is of. */
const DESCRIBED_ROLE = /^(?:the|a|an|his|her|their|its)\s+(?:[\p{L}'’-]+\s+){0,3}?(\p{Ll}{3,})(?=$|,|\s+(?:of|for|at|in|on|who|whose|which|with|from|to)\b)/u;

const roleMemo = new WeakMap<Analysis, { roles: Map<string, string>; holders: Map<string, Set<string>> }>();

/**
 * The role the article gives a person and no one else ("Councillor Aisha Rahman" -> "councillor",
 * "the coach, Helen Marsh" -> "coach"), lower case; null when it gives none, or gives the same
 * role to two people.
 */
export function uniqueRole(a: Analysis, key: string): string | null {
  const { roles, holders } = readRoles(a);
  const role = roles.get(key);
  return role && (holders.get(role)?.size ?? 0) === 1 ? role : null;
}

/** The role the article first gives each person ("coach", "referee"), whether or not others share it. */
export function roleOf(a: Analysis, key: string): string | undefined {
  return readRoles(a).roles.get(key);
}

function readRoles(a: Analysis): { roles: Map<string, string>; holders: Map<string, Set<string>> } {
  let memo = roleMemo.get(a);
  if (memo) return memo;
  const roles = new Map<string, string>();
  const holders = new Map<string, Set<string>>();
  const add = (key: string, word: string): void => {
    holders.set(word, (holders.get(word) ?? new Set()).add(key));
    if (!roles.has(key)) roles.set(key, word);
  };
  for (const x of a.mentions) {
    if (x.kind !== 'person') continue;
    const word = (x.role ?? x.title?.split(/\s+/).pop() ?? '').toLowerCase();
    if (word && /^\p{Ll}{3,}$/u.test(word) && isHeldRole(word)) add(x.key, word);
  }
  // "Sunniva Okafor, the club's coach, …": the head noun of a description the article gives.
  for (const d of a.descriptions) {
    const key = normKey(d.term);
    if (d.kind !== 'person' || a.entities.get(key)?.kind !== 'person') continue;
    const word = DESCRIBED_ROLE.exec(d.description)?.[1];
    if (word && isHeldRole(word)) add(key, word);
  }
  memo = { roles, holders };
  roleMemo.set(a, memo);
  return memo;
}

/** People and things of a place, which "of" ties to it: without the name they say nothing of where. */
const NOT_A_PLACE_NOUN = /^(?:people|residents|inhabitants|citizens|mayor|council|streets|history|people's|population|children|families|fishermen|women|men|king|queen|bishop|church|museum|school|university)$/;

/** "the market town of Holby" -> "the market town"; "the River Lune" -> "the river"; "on Quay Street" -> "on the street". */
function placeStandIn(a: Analysis, m: Mention): StandIn | null {
  if (m.kind !== 'place' && m.kind !== 'organization') return null;
  const s = a.sentences[m.sentence];
  const head = a.masked.slice(s.start, m.start);
  // "the villages of Upper Denholm and Crayford Bridge": one of two names joined would read "the
  // villages of Upper Denholm and the bridge", or "the villages and Crayford Bridge".
  if (joinedToName(a, m)) return null;
  // Only a noun of a place: "the people of Saltby" is no "the people", which says nothing of where.
  const of = /(?:\bthe|['’]s)\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}{3,})(\s+of\s+(?:the\s+)?)$/u.exec(head);
  if (of && m.kind === 'place' && !NOT_A_PLACE_NOUN.test(of[1]) && /^(?:[\s.,;:!?]|$)/.test(a.masked.slice(m.end, m.end + 1))) return { from: m.start - of[2].length, to: m.end, text: '' };
  if (m.kind !== 'place') return null;
  const words = m.text.split(/\s+/);
  if (words.length < 2) return null;
  const kind = RIVERLIKE.test(words[0]) ? words[0] : PLACE_TAIL.test(words[words.length - 1]) ? words[words.length - 1] : null;
  if (!kind || isFirstName(words[0])) return null;
  const noun = kind.toLowerCase() === 'mount' ? 'mountain' : kind.toLowerCase() === 'isle' ? 'island' : kind.toLowerCase();
  if (!isPlainStandIn(a, m, noun)) return null;
  // "the restored Empire Cinema" -> "the restored cinema": a describing word may stand between.
  const hasArticle = /(?:^|\s)(?:the|its|their|his|her|our)\s+(?:\p{Ll}[\p{Ll}-]*\s+)?$/iu.test(head) || /['’]s?\s+$/.test(head);
  // "in Santa Lúcia" is not "in the street": only names that say what they are.
  return { from: m.start, to: m.end, text: hasArticle ? noun : head.trim() === '' ? `The ${noun}` : `the ${noun}` };
}

/** Inside quotation marks opened earlier in the sentence. */
function quoted(a: Analysis, m: Mention): boolean {
  const before = a.masked.slice(a.sentences[m.sentence].start, m.start);
  return (before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0) || (before.match(/"/g)?.length ?? 0) % 2 === 1;
}

const MALE_SAID = new RegExp(`^(?:${MALE_FAMILY}|mr|sir|lord|king|prince|duke|earl|baron)$`, 'i');
const FEMALE_SAID = new RegExp(`^(?:${FEMALE_FAMILY}|mrs|ms|miss|madam|lady|dame|queen|princess|duchess|countess|baroness)$`, 'i');
/**
 * "her husband, the hydraulic engineer Piet Dorrance", "my daughter Ana": a family word just before
 * the name, with words between only after an article (not "the daughter of Richard Anning", not
 * "Her son said that Ines Roca …").
 */
const FAMILY_BEFORE = new RegExp(`\\b(${MALE_FAMILY}|${FEMALE_FAMILY}),?\\s+(?:(?:the|a|an)\\s+(?:(?!(?:of|to|for|and|or|with|by|from|who|whose|whom)\\s)\\p{Ll}[\\p{Ll}-]*\\s+){0,3})?$`, 'u');
/** "Eleanor Birch, the daughter of a printer": a family word in the appositive after the name (not "her daughter's husband"). */
const FAMILY_AFTER = new RegExp(`^,\\s+(?:the|a|an|his|her|their)\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+)?(${MALE_FAMILY}|${FEMALE_FAMILY})\\b(?!['’])`, 'u');

/**
 * The gender the article states for a person: a title ("Mrs", "Sir") or a family word next to one
 * of its mentions ("her husband, the engineer Piet Dorrance", "Eleanor Birch, the daughter of …").
 * Null when it states none, or both.
 */
function saidGender(a: Analysis, key: string): 'm' | 'f' | null {
  let m = 0;
  let f = 0;
  const e = a.entities.get(key);
  for (const k of e?.sentences.slice(0, 6) ?? []) {
    for (const x of a.bySentence[k]) {
      if (x.key !== key) continue;
      const words = [x.title?.split(/\s+/)[0], FAMILY_BEFORE.exec(a.masked.slice(Math.max(0, x.start - 50), x.start))?.[1], FAMILY_AFTER.exec(a.masked.slice(x.end, x.end + 50))?.[1]];
      for (const w of words) {
        if (!w) continue;
        const bare = w.replace(/\.$/, '');
        if (MALE_SAID.test(bare)) m++;
        else if (FEMALE_SAID.test(bare)) f++;
      }
    }
  }
  return m > 0 && f === 0 ? 'm' : f > 0 && m === 0 ? 'f' : null;
}

const genderCaches = new WeakMap<Analysis, (key: string) => 'm' | 'f' | null>();

/**
 * "He", "She" or neither: from a first name the lexicon knows, else a title or family word the
 * article gives ("Mrs", "her husband, …"), else the pronouns after the person's mentions; one
 * reader per article, shared by the cuts, the stems and the choices.
 */
export function genderOf(a: Analysis): (key: string) => 'm' | 'f' | null {
  let g = genderCaches.get(a);
  if (!g) genderCaches.set(a, (g = readGenders(a)));
  return g;
}

/** The sex the lexicon gives a full name's first name ("Tom Harland"), or null. */
function listedGender(name: string): 'm' | 'f' | null {
  const tags = name.includes(' ') ? lexTags(name.split(' ')[0]) : [];
  if (tags.includes('MaleName') && !tags.includes('FemaleName')) return 'm';
  if (tags.includes('FemaleName') && !tags.includes('MaleName')) return 'f';
  return null;
}

function readGenders(a: Analysis): (key: string) => 'm' | 'f' | null {
  const memo = new Map<string, 'm' | 'f' | null>();
  return (key) => {
    if (memo.has(key)) return memo.get(key)!;
    const e = a.entities.get(key);
    let g: 'm' | 'f' | null = null;
    if (e && e.kind === 'person') {
      const listed = listedGender(e.name);
      if (listed) g = listed;
      else if ((g = saidGender(a, key))) {
        // What the article calls the person ("Her husband, Piet Dorrance", "Mrs Harper") outweighs
        // the pronouns near the name, which may be the speaker's ("… whom she married in 1961").
      } else {
        // Pronouns in the sentence after each mention, where no other person is named.
        let he = 0;
        let she = 0;
        for (const k of e.sentences.slice(0, 6)) {
          for (const j of [k, k + 1]) {
            const sent = a.sentences[j];
            // "… belonged to Priya Chandran. She beat last year's winner, Tom Harland, …": with
            // others named there, only a pronoun of the sex none of them is known to be may be hers.
            if (!sent) continue;
            const others = a.bySentence[j].filter((x) => x.kind === 'person' && x.key !== key).map((x) => listedGender(a.entities.get(x.key)?.name ?? x.text));
            const othersAre = !others.length ? null : others.every((o) => o === 'm') ? 'm' : others.every((o) => o === 'f') ? 'f' : 'unknown';
            if (othersAre === 'unknown') continue;
            // "She began lessons with Aurélio Bastos, …": a pronoun before the name in its own
            // sentence stands for someone else; only the words after the name may point back to it.
            const own = j === k ? a.bySentence[j].find((x) => x.key === key) : undefined;
            const t = a.masked.slice(own ? own.end : sent.start, sent.end);
            if (othersAre !== 'm') he += t.match(/\b(?:he|him|his)\b/gi)?.length ?? 0;
            if (othersAre !== 'f') she += t.match(/\b(?:she|her|hers)\b/gi)?.length ?? 0;
          }
        }
        g = he > 0 && she === 0 ? 'm' : she > 0 && he === 0 ? 'f' : null;
      }
    }
    memo.set(key, g);
    return g;
  };
}
