// Term <-> description pairs for flashcards: titles ("Prime Minister"),
// appositives ("Armen Baghdasarian, an Armenian political analyst") and
// definitions ("Photosynthesis is the process by which ...").
import { PRONOUNS, isEverydayWord, isRole, isStopword, isUnit, lexTags } from './lexicon';
import { tidy } from './markup';
import type { Description, Entity, Mention, Sentence } from './types';

// A comma or point between digits ("some 4,000 people", "$1.2 million") is inside a number, not the appositive's end.
/** "the ground beneath our feet is slowly being dissolved": a noun phrase and its own verb, no relative pronoun between. */
const CLAUSE_NOT_APPOSITIVE = /^(?:an?|the)\s+(?:(?!(?:that|which|who|whose|where|when)\s)[\p{L}'’-]+\s+){1,4}(?:is|are|was|were|has|have|had|will|would)\b/u;
const APPOSITIVE = /^\s*,\s+((?:an?|the)\s+(?:[^,;:"“”()]|(?<=\d)[,.](?=\d)){3,140}?)\s*(?=,(?!\d)|\.(?!\d)|[;:]|$)/;
/**
 * ", an extremely long neck and four flippers", ", dust and rock": the rest of a list the
 * appositive opened ("a sea reptile with a small head, …"), up to its "and" item, or "" — a card
 * cut at the list's first comma says a plesiosaur is "a sea reptile with a small head".
 */
const LIST_TAIL = /^,\s+(?:[^,;:"“”()]{1,50}?,\s+){0,3}[^,;:"“”()]{1,50}?\s+and\s+[^,;:"“”()]{1,90}?(?=\s*(?:[,;:]|\.(?!\d)|$))/;
function listTail(rest: string, gloss: string): string {
  const m = LIST_TAIL.exec(rest);
  // Not a new clause ("…, and she …", "…, which …"): each item is a phrase, with no verb of its own.
  if (!m || /^,\s+(?:and|but|which|who|whose|where|when|while|she|he|it|they|we|i)\b/i.test(m[0]) || /\b(?:said|says|is|are|was|were|has|have|had|will|would)\b/.test(m[0])) return '';
  // "Nadia Bergström, a 44-year-old former nurse, campaigned on …": a verb after the comma is the
  // sentence's own, unless the gloss opened a clause whose verbs the list goes on with ("an
  // association of merchants that set prices, inspected the cloth and cared for …").
  const first = /^,\s+(\p{Ll}+)/u.exec(m[0])?.[1] ?? '';
  const verb = /ed$/.test(first) || lexTags(first).some((t) => t === 'PastTense' || t === 'PresentTense');
  if (verb && !/\b(?:that|which|who|whose|where|when)\b/.test(gloss)) return '';
  return m[0];
}

// "the lunar module, named Eagle" -> Eagle <-> the lunar module; "a milkmaid named Sarah Nelmes" -> Sarah Nelmes <-> a milkmaid.
const NAMED = /((?:the|an?|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,4}[\p{Ll}-]+)\s*,?\s+(?:named|called|dubbed|nicknamed|christened)\s+$/u;
/** NAMED for one noun phrase: up to two modifiers, none of them another determiner. */
const NAMED_ONE_PHRASE = /(?:^|\s)((?:the|an?|its|their|his|her)\s+(?:(?!(?:the|an?|its|their|his|her)\s)[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s*,?\s+(?:named|called|dubbed|nicknamed|christened)\s+$/u;
// "has sold more than 1.2 million copies": a point between digits does not end the definition.
const DEFINITION = /^\s*(?:the\s+|an?\s+)?([\p{L}][\p{L}\p{N}'’ -]{1,60}?)\s+(?:is|are|was|were|refers to|means)\s+((?:an?|the|any|one of the)\s+(?:[^.;:!?]|(?<=\d)\.(?=\d)){6,220})/iu;
/** A term of one to three lower-case words, ending its phrase. */
const TERM = String.raw`(\p{Ll}[\p{Ll}-]+(?:\s+\p{Ll}[\p{Ll}-]+){0,2})(?=\s*(?:[.,;:!?)]|$|\s+or\s))`;
// "… is called the water cycle", "is known as the dew point", "tiny pores in their leaves called stomata",
// "which meteorologists describe as explosive cyclogenesis".
const CALLED = new RegExp(String.raw`(?:\b(is|are|was|were|be|been|being)\s+|(\p{Ll}[\p{Ll}-]*),?\s+)(?:called|known\s+as|termed|describes?\s+as)\s+(?:(the|an?|its|their)\s+)?` + TERM, 'gu');
// "Scientists … call the total evapotranspiration", "We call this process erosion": textbook present tense.
const CALL = new RegExp(String.raw`\bcalls?\s+(?:it|them|this|these|that|the\s+\p{Ll}+|this\s+\p{Ll}+)\s+(?:the\s+|an?\s+)?` + TERM, 'gu');
// "This is condensation.", "This process is called infiltration.": the term names what the sentence before described.
const THIS_IS = /^\s*(?:this|these|that)\s+(?:\p{Ll}+\s+)?(?:is|are)\s+(?:(?:called|known\s+as|termed)\s+)?(?:the\s+|an?\s+)?(\p{Ll}[\p{Ll}-]+(?:\s+\p{Ll}[\p{Ll}-]+)?)\s*\.?\s*$/iu;
/** A lower-case noun (with an unknown word before it: "nuptial spines") set off by a comma. */
const GLOSSED_TERM = String.raw`(?<![\p{L}\p{N}'’-])((?:\p{Ll}[\p{Ll}-]+\s+)?\p{Ll}[\p{Ll}-]{3,}),\s+`;
/**
 * "an ichthyosaur, a marine reptile with …", "their own reeve, the official who …", "caused by
 * leachate, the dark, often toxic liquid that …": a noun glossed by a class with an article and
 * what carries the class on (with "the", only a relative clause: "For a century, the lighthouse
 * on …" is a new clause). The shortest such gloss is taken.
 */
/** Class nouns a definition names its term by ("a measure that …", "the share of revenue …"): what a term of art is. */
const DEFINING_CLASS = String.raw`(?:measure|share|proportion|ratio|rate|system|method|process|technique|tactic|practice|procedure|payment|charge|agreement|condition|disease|device|instrument|term|index|study|science|branch|fraction|art)`;
/** A gloss that is only such a class with its article and up to two modifiers ("the share", "a measure"). */
const OF_ART = new RegExp(String.raw`^(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}?` + DEFINING_CLASS + '$', 'u');
const APPOSED = new RegExp(GLOSSED_TERM + String.raw`((?:an?\s+(?:[\p{Ll}-]+,?\s+){0,3}?[\p{Ll}-]+(?=\s+(?:with|that|which|who|whose|of|from|for|in|on|at|like|made|built|found|known|grown|worn|\p{Ll}{3,}ed|\p{Ll}{3,}ing)\b))|the\s+(?:[\p{Ll}-]+,?\s+){0,3}?[\p{Ll}-]+(?=\s+(?:that|which|who|whose|(?:above|below|at|in|on|by|under|beyond)\s+which)\b)|the\s+(?:[\p{Ll}-]+\s+){0,2}?` + DEFINING_CLASS + String.raw`(?=\s+of\b))`, 'gu');
/** "built eleven groynes, wooden barriers running down …": a plural glossed by a few words ending in a plural. */
const APPOSED_PLURAL = new RegExp(GLOSSED_TERM.replace(String.raw`{3,}),`, String.raw`{3,}s),`) + String.raw`((?:[\p{Ll}-]+\s+){1,2}?\p{Ll}[\p{Ll}-]+s)(?=\s+(?:with|that|which|of|from|for|in|on|\p{Ll}{3,}ed|\p{Ll}{3,}ing)\b)`, 'gu');
/** "of polyps, which are small growths on …": a noun glossed by "which is/are" and a class without "the". */
const WHICH_IS = new RegExp(GLOSSED_TERM + String.raw`which\s+(?:is|are)\s+((?:an?\s+)?(?:[\p{Ll}-]+\s+){0,2}?\p{Ll}[\p{Ll}-]+)(?=\s+(?:with|that|which|whose|of|from|for|in|on|at|used|made|found|caused|designed)\b)`, 'gu');
/** Class nouns that sum up a clause ("…, a decision that …", "…, an unusual figure for …") or say nothing ("the ones whose …"). */
const SUMMING_NOUNS = /^(?:decisions?|moves?|steps?|changes?|results?|outcomes?|figures?|records?|rises?|falls?|drops?|increases?|sign|blow|feat|achievement|totals?|numbers?|sums?|jump|cut|ones?|kinds?|sorts?|types?|ways?|things?|parts?|groups?)$/;
/** What may stand before a glossed term: not "the"/"this", which point to a thing already met, nor a count of it. */
const KNOWN_BEFORE = /(?:^|\s)(?:the|this|that|these|those|such|same|its|their)\s+$/i;
/**
 * 'the nickname "scaly anteater"', 'nicknamed the year "…"', 'It is sometimes called the "winter
 * vomiting bug"': a name given in quotation marks.
 */
/**
 * 'a scheme Coastline calls "flexible diagramming"', 'a tactic known as a "double-up"': a
 * lower-case term of a few words in quotation marks after "calls" or "known as".
 */
const QUOTED_CALLED = /\b(?:calls?|known\s+as)\s+(?:an?\s+|the\s+)?["“](\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,3})["”]/gu;
/**
 * 'a tiny "spin-down", the gradual slowing of a spinning star …', 'a rare "white dwarf pulsar", a
 * burned-out star that …': a few lower-case words in quotation marks, glossed at once by a class
 * and what carries it on, are a term the article teaches.
 */
const QUOTED_GLOSSED = /(?:^|\s)(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}["“](\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,3})["”],\s+((?:an?|the)\s+(?:[\p{Ll}-]+,?\s+){0,3}?[\p{Ll}-]+(?=\s+(?:that|which|who|whose|of|with|in|used|for|\p{Ll}{3,}ed|\p{Ll}{3,}ing)\b))/gu;
/** "fossilised droppings, which he named coprolites": what is named is the phrase before the aside. */
const WHICH_NAMED = new RegExp(String.raw`(\p{Ll}[\p{Ll}-]+(?:\s+\p{Ll}[\p{Ll}-]+)?),\s+which\s+(?:he|she|they|we|scientists|researchers)\s+(?:later\s+)?(?:named|called|termed)\s+` + TERM, 'gu');
/**
 * "They use instruments called seismometers to measure …", "cells called neurons": a plural noun
 * with no determiner names a plural kind after a verb or a preposition ("Neighbours called
 * firefighters" has neither before its noun). The named word may lead into a purpose ("to measure").
 */
const BARE_PLURAL_CALLED = /(?:^|\s)(\p{Ll}+)\s+(\p{Ll}[\p{Ll}-]+s)\s+called\s+(\p{Ll}[\p{Ll}-]{2,}s)(?=\s*[.,;:!?)]|\s+to\s+\p{Ll}|\s+(?:that|which)\s)/gu;
const NAMING_PREPOSITIONS = /^(?:with|of|in|into|from|by|on|has|have|had|use|uses|used|using|contain|contains|containing)$/;
const NICKNAME = /\b(?:nickname|nicknamed|dubbed|(?:is|are|was|were|sometimes|often|also)\s+(?:called|known\s+as))\s+(?:(?:it|them|him|her|the\s+\p{Ll}+)\s+)?(?:the\s+)?["“]([^"”]{3,50}?)["”]/gu;
/** "a huge crater, or caldera, about six kilometres wide": another name for the thing just named. */
/**
 * "relied on dead reckoning — estimating a ship's position from …", "A stalactite — an icicle-shaped
 * deposit that hangs from the ceiling — grows …": a term glossed after a dash, by a class or by
 * what doing it means.
 */
const DASH_GLOSS = /(?<![\p{L}\p{N}'’-])((?:\p{Ll}[\p{Ll}-]+\s+)?\p{Ll}[\p{Ll}-]{3,})\s+(?:[—–]|--?)\s+((?:an?|the)\s+[^—–.;:!?]{6,}?|\p{Ll}{3,}ing\s+[^—–.;:!?]{6,}?|\p{Ll}{3,}\s+(?:applied|made|used|formed|held|left|found|produced|created|built|laid|worn|carried)\s+[^—–.;:!?]{6,}?)(?=\s+(?:[—–]|--?)\s|[.;!?]|$)/gu;
/** "deep U-shaped valleys and corries — armchair-shaped hollows high on the mountainsides": a plural term glossed by a bare plural class. */
const DASH_GLOSS_PLURAL = /(?<![\p{L}\p{N}'’-])(\p{Ll}[\p{Ll}-]{3,}s)\s+(?:[—–]|--?)\s+((?:[\p{Ll}-]+\s+){0,3}\p{Ll}[\p{Ll}-]+s\s+[^—–.;:!?]{3,}?)(?=\s+(?:[—–]|--?)\s|[.;!?]|$)/gu;
const OR_GLOSS = /\b((?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+),\s+or\s+(\p{Ll}[\p{Ll}-]{3,}),/gu;
/**
 * "- **Hydraulic action**: breaking waves force water …": a glossary entry, a short phrase opening
 * its paragraph or list item and glossed after a colon in lower case.
 */
const GLOSSARY_ENTRY = /^\s*(\p{L}[\p{Ll}-]+(?:\s+\p{Ll}[\p{Ll}-]+){0,2})\s*:\s+(\p{Ll}[^.;!?]{10,})/u;
/** "The result is a spit: a long, narrow ridge …", "prefer managed retreat: letting some land erode …": a term glossed after a colon. */
const COLON_GLOSS = /\b(?:is|are|was|were|prefer|prefers|use|uses|called|based\s+on|relies\s+on|depends\s+on)\s+(an?\s+|the\s+)?(\p{Ll}[\p{Ll}-]{2,}(?:\s+\p{Ll}[\p{Ll}-]+)?):\s+((?:an?\s+|the\s+|\p{Ll}+ing\s+)[^.;!?]{8,})/u;
const GLOSS = /\b(\p{Ll}[\p{Ll}-]{3,}),\s+meaning\s+["“‘]([^"”’]{2,40})["”’]/gu;
/** Labels that open a line with a colon and are no term: "Note:", "Update:", "Answer:". */
/** What a visitors' notice opens with: an offer or a state, not a class of thing. */
const NOTICE_OPENING = /^(?:available|welcome|free|open|closed|included|provided|allowed|permitted|not\s+allowed|please|ask|pick|book|call|visit|see|bring|collect)\b/i;
const LABELS = /^(?:note|notes|update|updated|correction|answer|question|example|examples|source|sources|warning|tip|key|summary|background|photo|caption|credit|editor|q|a)$/i;
/** A noun with its determiner (and up to two modifiers) just before a naming participle. */
const NAMING_NOUN_BEFORE = /(?:^|\s)(?:the|an?|its|their|his|her|our|these|those|this|that|some|many)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+$/iu;
/** Who names terms in a textbook: people in general, or a science's practitioners. */
const GENERIC_CALLERS = /\b(?:we|you|people|scientists|researchers|experts|biologists|chemists|physicists|geologists|geographers|meteorologists|astronomers|historians|economists|engineers|doctors|linguists)\b/i;
/** "the British explorer " before a title: a determiner, up to two modifiers and a role noun. */
const ROLE_BEFORE_TITLE = /(?:^|\s)((?:the|an?|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}(\p{Ll}{3,}))\s+$/u;
/** A noun for what a person is: a role the lexicon knows, or an agent noun ("explorer", "novelist"). */
const isPersonNoun = (w: string): boolean => isRole(w) || (/\p{Ll}{3}(?:er|or|ist|ian)$/u.test(w) && lexTags(w).every((t) => /Actor|Noun|Singular/.test(t)));
/** Ranks and courtesy titles, which say nothing alone of who a person is. */
const RANK = /^(?:captain|capt\.?|lieutenant|lt\.?|colonel|col\.?|major|general|gen\.?|admiral|commander|sergeant|sgt\.?|corporal|private|sir|dame|lord|lady|dr\.?|doctor|mr\.?|mrs\.?|ms\.?|miss|mx\.?|professor|prof\.?|reverend|rev\.?|father|sister|brother)$/i;
/** A sentence that opens by pointing back ("This process is called …"): its subject is the sentence before. */
export const POINTS_BACK = /^[\s*_>"“]*(?:this|these|that)\b/i;

export function findDescriptions(sentences: Sentence[], mentions: Mention[], entities: Map<string, Entity>, masked: string): Description[] {
  const out: Description[] = [];
  const seen = new Set<string>();
  const add = (d: Description): void => {
    const k = `${d.term.toLowerCase()}|${d.description.toLowerCase()}`;
    if (seen.has(k) || d.description.toLowerCase().includes(d.term.toLowerCase())) return;
    if (misattached(d)) return;
    seen.add(k);
    out.push(d);
  };
  for (const m of mentions) {
    const e = entities.get(m.key);
    if (!e || m.kind === 'date' || m.kind === 'number' || m.kind === 'quantity') continue;
    const s = sentences[m.sentence];
    const before = masked.slice(s.start, m.start);
    if (m.title) {
      // "the British explorer Captain James Cook": who he was is the noun before the rank, not
      // "Captain"; a rank or courtesy title alone says nothing of what a person did.
      const at = before.lastIndexOf(m.title);
      const lead = at >= 0 ? ROLE_BEFORE_TITLE.exec(before.slice(0, at)) : null;
      const description = lead && isPersonNoun(lead[2]) ? tidy(lead[1]) : RANK.test(m.title) ? null : m.title;
      if (description) add({ term: e.name, description, kind: m.kind, sentence: m.sentence, start: s.start, end: s.end });
    }
    const named = m.kind === 'term' ? before.match(NAMED) : m.kind === 'person' ? personNamed(before) : null;
    if (named) add({ term: e.name, description: innermost(tidy(named[1])), kind: m.kind, sentence: m.sentence, start: s.start, end: s.end });
    const after = masked.slice(m.end, s.end);
    const ap = after.match(APPOSITIVE);
    const apWords = ap ? ap[1].split(/\s+/) : [];
    const fits = m.kind === 'person' ? apWords.some((w) => isRole(w)) : apWords.length >= 3;
    // "the Greystone Reservoir for the city of Sheffield, a dam and reservoir …": a place named
    // after its kind by "of" is not what the appositive after it describes.
    const ofNoun = m.kind !== 'person' && /(?:^|\s)(?:city|town|village|county|region|island|port|state|province|kingdom|district|borough|parish)\s+of\s+$/u.test(before);
    // "…, to the hills of Slovenia, the ground beneath our feet is slowly being dissolved": a
    // phrase with its own verb is the main clause, no appositive.
    if (ap && apWords.length >= 2 && fits && !ofNoun && !insideQuote(masked, s.start, m.start) && !/\b(said|says|told)\b/.test(ap[1]) && !CLAUSE_NOT_APPOSITIVE.test(ap[1])) {
      add({ term: e.name, description: tidy(ap[1] + listTail(after.slice(ap[0].length), ap[1])), kind: m.kind, sentence: m.sentence, start: s.start, end: s.end });
    }
  }
  for (const s of sentences) {
    const d = s.text.match(DEFINITION);
    if (!d) continue;
    // "Each lantern is a painted wooden box …" defines a lantern.
    const term = tidy(d[1]).replace(/^(?:each|every)\s+/i, '');
    const words = term.split(' ');
    if (words.length > 5 || PRONOUNS.has(words[0].toLowerCase()) || words.every((w) => isStopword(w))) continue;
    if (/^(it|this|that|there|what|which|who|one|he|she|they|we|i|you|his|her|its|their|our|my|your|some|many|most|all|both|no|any|another|several|few)\b/i.test(term)) continue;
    // "On most rocky coasts abrasion is the most effective process": a phrase led by a
    // preposition is where the sentence's subject is, not a term.
    if (/^(?:on|in|at|for|by|with|from|during|after|before|under|over|across|along|among|near|since|until)\s/i.test(term)) continue;
    // "The animal was an ichthyosaur": a common noun with "the", told of in the past, points back
    // to one thing the article has described; "The pangolin is a mammal" defines a kind.
    const verb = /^\s*(is|are|was|were|refers to|means)\b/i.exec(d[0].slice(d[0].indexOf(d[1]) + d[1].length))?.[1].toLowerCase();
    if ((verb === 'was' || verb === 'were') && /^\s*the\s/i.test(d[0]) && !/\p{Lu}/u.test(term)) continue;
    // "The biggest single item is …", "The first stage was …": a ranking names a slot, not a term.
    if (ranksSomething(words[0])) continue;
    // "The town's liveliest week is the Festa do Sal": what belongs to a common noun is a slot
    // too ("Hallorin's ghost frog is …" is a name).
    if (words.some((w) => /^\p{Ll}+['’]s?$/u.test(w) && /['’]/.test(w))) continue;
    // "The contract is the largest in …": a ranking says how big a thing is, not what it is.
    if (/^the\s+(\p{L}+)/iu.test(d[2]) && ranksSomething(d[2].split(/\s+/)[1])) continue;
    let desc = tidy(d[2]);
    const cut = desc.split(/\s+/);
    if (cut.length > 28) desc = cut.slice(0, 28).join(' ').replace(/[,;]$/, '') + '…';
    const key = term.toLowerCase();
    const kind = [...entities.values()].find((e) => e.key === key)?.kind ?? 'term';
    add({ term, description: desc, kind, sentence: s.index, start: s.start, end: s.end });
  }
  out.push(...namedTerms(sentences).filter((d) => !misattached(d) && !out.some((o) => o.kind === 'term' && o.term.toLowerCase() === d.term.toLowerCase())));
  return out;
}

/**
 * Terms a textbook defines by naming them: "The continuous movement of water … is called the
 * water cycle", "pores in their leaves called stomata", "This is condensation.", "Scientists call
 * the total evapotranspiration". What is named is the description; when the sentence points
 * back ("This process is called transpiration."), the sentence before is.
 */
export function namedTerms(sentences: Sentence[]): Description[] {
  const out: Description[] = [];
  // Built once, only for an article that glosses a term at all.
  let whole: string | undefined;
  const wholeText = (): string => (whole ??= sentences.map((x) => x.text).join(' '));
  const seen = new Set<string>();
  for (const s of sentences) {
    // Only sentences that name something: the patterns are tried on few sentences of a news report.
    if (!/\b(?:called|known\s+as|termed|describes?|calls?|this|these|that|meaning|nicknamed?|dubbed)\b|[\p{Ll}"”],\s+(?:an?|the|or|which)\s|\p{Ll}s,\s+\p{Ll}|\p{L}\s*:\s|\p{Ll}\s+(?:[—–]|--?)\s+\p{Ll}/iu.test(s.text)) continue;
    const found: Array<{ term: string; at: number; gloss?: string; desc?: string; quoted?: boolean; named?: boolean }> = [];
    // A glossary's entries open their own paragraph or list item; "Note: …" or a speaker's
    // "Q: …" is no term (one word of a few letters, or a known label).
    const opensPara = s.index === 0 || sentences[s.index - 1].para !== s.para;
    const entry = opensPara ? GLOSSARY_ENTRY.exec(s.text) : null;
    // "**Sketching:** welcome in all galleries", "**Family trail:** pick up a printed trail …": a
    // notice to visitors (an instruction, or what is on offer) defines nothing.
    // ("release of energy from glucose" is a noun: "of" follows it.)
    const notice = entry && (NOTICE_OPENING.test(entry[2]) || (lexTags(entry[2].split(/\s+/)[0]).some((t) => t === 'Infinitive' || t === 'Imperative') && !/^\S+\s+of\b/.test(entry[2])));
    if (entry && !LABELS.test(entry[1]) && !notice) found.push({ term: entry[1], at: -1, desc: entry[2] });
    // Not "This is a common problem: defending one stretch …": a judgement, pointing back.
    const colon = POINTS_BACK.test(s.text) ? null : COLON_GLOSS.exec(s.text);
    // "was a huge success: …" judges; "prefer managed retreat: …" names a practice without an article.
    if (colon && !(colon[1] && colon[2].includes(' ') && lexTags(colon[2].split(' ')[0]).includes('Adjective'))) found.push({ term: colon[2], at: -1, desc: colon[3] });
    // 'which has earned it the nickname "scaly anteater"', 'Farmers nicknamed the year "Eighteen
    // Hundred and Froze to Death"': a name given in quotation marks is a term, its words and all.
    NICKNAME.lastIndex = 0;
    for (let m = NICKNAME.exec(s.text); m; m = NICKNAME.exec(s.text)) found.push({ term: m[1], at: m.index + m[0].length - m[1].length - 2, quoted: true });
    QUOTED_CALLED.lastIndex = 0;
    for (let m = QUOTED_CALLED.exec(s.text); m; m = QUOTED_CALLED.exec(s.text)) {
      // Its gloss, when one follows (", a system in which …"), says what it is better than the words before it.
      const gloss = /^,\s+((?:an?|the)\s+[^,;.]{6,}|in\s+which\s+[^,;.]{6,})/u.exec(s.text.slice(m.index + m[0].length));
      found.push({ term: m[1], at: m.index + m[0].length - m[1].length - 2, quoted: true, desc: gloss?.[1] });
    }
    QUOTED_GLOSSED.lastIndex = 0;
    for (let m = QUOTED_GLOSSED.exec(s.text); m; m = QUOTED_GLOSSED.exec(s.text)) {
      found.push({ term: m[1], at: -1, quoted: true, desc: m[2] + clauseRest(s.text.slice(m.index + m[0].length), m[2]) });
    }
    WHICH_NAMED.lastIndex = 0;
    for (let m = WHICH_NAMED.exec(s.text); m; m = WHICH_NAMED.exec(s.text)) {
      const named = m[1].split(/\s+/).filter((w, k, ws) => k === ws.length - 1 || !(isStopword(w) || lexTags(w).some((t) => /Verb|Tense|Infinitive/.test(t))));
      found.push({ term: m[2], at: -1, desc: named.join(' '), named: true });
    }
    // "an ichthyosaur, a marine reptile with …", "made of keratin, the same protein that …", "a huge
    // crater, or caldera, about …": a word the sentence glosses in apposition is a term it teaches.
    for (const g of glossedTerms(s.text, wholeText)) found.push({ term: g.term, at: -1, desc: g.desc });
    const dashed = [...s.text.matchAll(DASH_GLOSS), ...[...s.text.matchAll(DASH_GLOSS_PLURAL)].filter((m) => !lexTags(m[2].split(/\s+/)[0]).some((t) => /Verb|Tense|Determiner|Preposition|Pronoun/.test(t)))];
    for (const m of dashed) {
      const words = m[1].split(/\s+/);
      // "relied on reckoning —": a preposition or a verb before the term leads into it.
      if (words.length === 2 && (isStopword(words[0]) || lexTags(words[0]).some((t) => /Preposition|Determiner|Verb|Tense|Copula/.test(t)))) words.shift();
      // "182 by 240 centimetres — an enormous size …": a measure is judged, not defined.
      if (isStopword(words[words.length - 1]) || isUnit(words[words.length - 1]) || /\d\s*$/.test(s.text.slice(0, m.index + m[1].length - words.join(' ').length))) continue;
      // "The crowd - a record for the ground - cheered": an everyday word is the thing the sentence
      // is about, an aside on it no definition; and "a dispute — the third this season —", "a choice — the best of the night —": a ranking is an aside.
      if (words.every((w) => isEverydayWord(w)) || /^the\s+(?:first|second|third|fourth|fifth|last|latest|same|kind|\p{Ll}+est|most|biggest|only)\b/u.test(m[2])) continue;
      found.push({ term: words.join(' '), at: -1, desc: m[2] });
    }
    OR_GLOSS.lastIndex = 0;
    for (let m = OR_GLOSS.exec(s.text); m; m = OR_GLOSS.exec(s.text)) found.push({ term: m[2], at: -1, desc: m[1] });
    for (const re of [CALLED, CALL]) {
      re.lastIndex = 0;
      for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
        // "The mayor called the meeting": a participle naming a thing takes no article.
        // But "a single baby, called a pup": set off by a comma, the participle names with an article too.
        if (re === CALLED && !m[1] && ((m[3] && !/^\p{Ll}[\p{Ll}-]*,\s+(?:called|known\s+as)\s/u.test(m[0])) || PRONOUNS.has(m[2].toLowerCase()) || isStopword(m[2]))) continue;
        // "pores in their leaves called stomata" names; "Angry neighbours quickly called police" does
        // not: the participle follows a noun that has its determiner (or "meteorologists describe as").
        if (re === CALLED && !m[1] && !NAMING_NOUN_BEFORE.test(s.text.slice(0, m.index + m[2].length)) && !GENERIC_CALLERS.test(m[2])) continue;
        // "Scientists call the total evapotranspiration" names; "The opposition leader calls the plan a
        // disaster" judges: only a general "we"/"scientists" or "call it/this" names a term.
        if (re === CALL && !/^calls?\s+(?:it|them|this|these|that)\b/i.test(m[0]) && !GENERIC_CALLERS.test(s.text.slice(0, m.index))) continue;
        // "small libraries, we call them lanterns": what "them" stands for is the phrase before the aside.
        const aside = re === CALL ? /((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*),\s+(?:we|you|people|they)\s+$/u.exec(s.text.slice(0, m.index)) : null;
        const named = aside?.[1].split(/\s+/).filter((w, k, ws) => k === ws.length - 1 || !(isStopword(w) || lexTags(w).some((t) => /Verb|Tense|Infinitive/.test(t))));
        found.push({ term: m[re === CALLED ? 4 : 1], at: m.index + (re === CALLED && m[2] ? m[2].length : 0), desc: named && named.length > 1 ? named.join(' ') : undefined, named: true });
      }
    }
    BARE_PLURAL_CALLED.lastIndex = 0;
    for (let m = BARE_PLURAL_CALLED.exec(s.text); m; m = BARE_PLURAL_CALLED.exec(s.text)) {
      if (NAMING_PREPOSITIONS.test(m[1]) || lexTags(m[1]).some((t) => /PresentTense|PastTense|Infinitive/.test(t))) found.push({ term: m[3], at: m.index + m[0].lastIndexOf(' called'), named: true });
    }
    const t = THIS_IS.exec(s.text);
    if (t) found.push({ term: t[1], at: 0 });
    // 'such as cumulus, meaning "heap"': a word glossed by its meaning, which describes it.
    GLOSS.lastIndex = 0;
    for (let g = GLOSS.exec(s.text); g; g = GLOSS.exec(s.text)) found.push({ term: g[1], at: -1, gloss: g[2] });
    for (const f of found) {
      const term = tidy(f.term);
      const words = term.split(' ');
      // "called a pup": a word named outright may be short.
      if ((!f.quoted && words.some((w) => isStopword(w) || PRONOUNS.has(w))) || term.length < (f.named ? 3 : 4)) continue;
      // "This is important.": what is named is a noun, not a quality or an action.
      if (lexTags(words[words.length - 1]).some((x) => /Adjective|Verb|Adverb|Value|Date/.test(x))) continue;
      if (seen.has(term)) continue;
      seen.add(term);
      const prev = sentences[s.index - 1];
      const subject = f.at > 0 && /^\s*(?:is|are|was|were)\s+(?:called|known\s+as|termed)\s/i.test(s.text.slice(f.at)) ? namedSubject(s.text.slice(0, f.at)) : undefined;
      const back = (subject ? subject === 'back' : POINTS_BACK.test(s.text)) && prev && prev.para === s.para;
      // "the corals turn white, an event called coral bleaching": the class noun alone ("an event") says nothing.
      let desc = tidy(f.desc ?? (f.gloss ? `meaning “${f.gloss}”` : back ? prev.text : subject && subject !== 'back' ? subject : namingPhrase(s.text.slice(0, f.at)))).replace(/,\s+(?:an?|the)\s+\p{Ll}+\s*$/u, '').replace(/,\s+(?:which|that)(?:\s+\p{Ll}+)?\s*$/u, '').replace(/[,;:]$/, '');
      const cut = desc.split(/\s+/);
      if (cut.length < 2) continue;
      if (cut.length > 28) desc = cut.slice(0, 28).join(' ').replace(/[,;]$/, '') + '…';
      out.push({ term, description: desc, kind: 'term', sentence: s.index, start: s.start, end: s.end });
    }
  }
  return out;
}

/**
 * What "… is called X" names, read from the clause that names it: "…, and the landscape that forms
 * when such rock is worn away by water [is called karst]" names the landscape, not the sentence's
 * first clause; "This slow removal of rock by chemical reaction [is called dissolution]" names the
 * removal; a bare "This [is called …]" or "This process" points back to the sentence before
 * ('back'). Undefined where the clause opens the sentence with no pointing word, or names with a
 * participle ("pores called stomata"), for namingPhrase to read.
 */
function namedSubject(before: string): string | 'back' | undefined {
  const parts = before.trim().split(/,\s+(?:and|but|while)\s+|;\s+/);
  const clause = parts[parts.length - 1].replace(/^[\s*_>"“]+/, '');
  const pointing = /^(?:this|these|that)\b\s*/i.exec(clause);
  if (pointing) {
    const rest = clause.slice(pointing[0].length);
    // "Rain soaks slowly into the ground, and this is called infiltration": the clause before.
    if (!rest.trim() && parts.length > 1) return parts[parts.length - 2].replace(/^[\s*_>"“]+/, '');
    // "This kind of erosion is called abrasion": a kind points back to what the sentence before told.
    if (/^(?:kind|type|sort|form|process|way|method)\b/i.test(rest) || rest.split(/\s+/).filter(Boolean).length <= 2) return 'back';
    return `the ${rest}`;
  }
  return parts.length > 1 && /^(?:the|an?)\s/i.test(clause) && clause.split(/\s+/).length >= 3 ? clause : undefined;
}

/**
 * What a naming participle names: "Conservators will now soak the wood in a wax-like chemical
 * [called polyethylene glycol]" names "a wax-like chemical", not the clause. The words before it
 * back to a verb, a comma or a preposition other than "of" ("specific parts of a germ"); the
 * whole text when it has no verb ("tiny pores in their leaves").
 */
function namingPhrase(text: string): string {
  const words = text.replace(/[\s,;:]+$/, '').split(/\s+/);
  // "Farmers nicknamed the year": a word in -ed the lexicon does not know is taken as a verb.
  const verb = (w: string): boolean => /^(?:is|are|was|were|will|would|can|could|has|have|had|may|might|must|should)$/i.test(w) || lexTags(w.toLowerCase()).some((t) => /PresentTense|PastTense|Modal|Auxiliary|Copula/.test(t)) || (/^\p{Ll}{3,}ed$/u.test(w) && !lexTags(w).length);
  if (!/^\p{Lu}/u.test(words[0] ?? '') || !words.some(verb)) return text;
  let k = words.length;
  while (k > 0) {
    const w = words[k - 1];
    if (/[,;:]$/.test(w) || verb(w) || (w.toLowerCase() !== 'of' && lexTags(w.toLowerCase()).includes('Preposition'))) break;
    k--;
  }
  const phrase = words.slice(k);
  // "the year", "using cells": too little to say what the term is; the clause stays.
  return phrase.length >= 3 && !/^(?:which|that|who)$/i.test(phrase[0]) ? phrase.join(' ') : text;
}

/** Nouns of a person's place in a family or a body: a description of a person, whatever name it follows. */
const PERSON_HEAD = /^(?:the\s+(?:youngest|eldest|oldest|only|second|third|fourth|fifth|sixth|middle)\s+(?:of|child|son|daughter)\b|(?:the|an?)\s+(?:[\p{L}'’-]+\s+){0,2}(?:son|daughter|child|wife|husband|widow|chair|chairman|chairwoman|spokesperson|spokesman|spokeswoman)\b)/iu;
/** Heads that sum up what the sentence reports ("the largest crowd in …"), not the name before them. */
const REPORT_HEAD = /^(?:the|an?)\s+(?:[\p{L}'’-]+\s+){0,2}(?:crowd|crowds|turnout|attendance|total|figure)(?=\s+(?:of|in|from|to|for|at|on)\b|$)/iu;
/** "…, a distance of 23 miles", "a drop of 40 metres": a measure of the sentence's route or rise, not what the name before it is. */
const MEASURE_HEAD = /^(?:an?|the)\s+(?:total\s+)?(?:distance|length|height|depth|width|drop|rise|climb|journey|stretch|span|run|area|total)\s+of\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+)?(?:[$€£]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|a\s+hundred|a\s+thousand)\b)/iu;

/**
 * A description that belongs to something else than its term: "Portugal" as "the youngest of three
 * children of …", "Dunmore" as "the cooperative's chair", "Northern Arm" as "the Middle Arm and the
 * Tamir Arm", "Northern Counties Railway" as "the best known of which …", or one cut off inside
 * its noun phrase ("an examination in which a thin").
 */
function misattached(d: Description): boolean {
  if (d.kind !== 'person' && PERSON_HEAD.test(d.description)) return true;
  if (REPORT_HEAD.test(d.description)) return true;
  // Not a unit's definition: "A hectare is an area of 10,000 square metres."
  if (d.kind !== 'term' && MEASURE_HEAD.test(d.description)) return true;
  // "atrium" as "The two upper chambers are called atria (one": a naming inside brackets, read
  // from outside them.
  if ((d.description.match(/\(/g) ?? []).length !== (d.description.match(/\)/g) ?? []).length) return true;
  if (/\b(?:of|in|by)\s+(?:which|whom)\b/.test(d.description) && /^(?:the|some|one|most|many|all|each)\s+(?:\p{Ll}+\s+){0,2}of\s+(?:which|whom)\b/u.test(d.description)) return true;
  if (/^the\s+\p{Lu}[^,]*\s+and\s+the\s+\p{Lu}/u.test(d.description)) return true;
  // "the deepest ever seen in the Arctic": a superlative with no noun ranks whatever the sentence was about.
  if (/^the\s+(?:\p{Ll}+est|most\s+\p{Ll}+)\s+(?:ever|yet|so\s+far|of\s+all)\b/u.test(d.description)) return true;
  // "a fishing town where her father", "three bronze axe heads of a type": cut off in its clause.
  // "the painter whose vast" (", pale canvases …" lost at the comma): "whose" and a word or two.
  if (/\b(?:where|that|which|who|whose|when)(?:\s+(?:her|his|their|its|the|an?|my|our)(?:\s+\p{L}+)?)?$/u.test(d.description) || /\bwhose(?:\s+\p{L}+){1,2}$/u.test(d.description) || /\bof\s+(?:a|the)\s+(?:type|kind|sort)$/.test(d.description)) return true;

  // Not "… except the one at the stern": after a preposition a word the lexicon knows only as an
  // adjective is still the noun the phrase ends on.
  const last = /(?<!\b(?:at|on|in|of|to|from|by|with|into|onto|near|over|under)\s+)\b(?:a|an|the)\s+(\p{Ll}+)$/u.exec(d.description)?.[1];
  return !!last && lexTags(last).includes('Adjective') && !lexTags(last).some((t) => /Noun|Singular|Plural/.test(t));
}

/**
 * The rest of a gloss's clause: "in which the left hand "strides" back and forth" keeps its quoted
 * word, but a quotation still open where the clause ends is left out whole.
 */
/** The rest of a gloss's clause after `lead`, the words matched so far. */
function clauseRest(after: string, lead: string): string {
  let rest = /^[^,;:.!?()]*/.exec(after)?.[0] ?? '';
  // "in which a thin, flexible tube …": a comma between two adjectives does not end the clause.
  while (after[rest.length] === ',') {
    const adjective = /(\p{Ll}+)$/u.exec(rest)?.[1];
    if (!adjective || !lexTags(adjective).includes('Adjective')) break;
    rest += /^,[^,;:.!?()]*/.exec(after.slice(rest.length))![0];
  }
  // "a sea reptile with a small head, an extremely long neck and four flippers": a list runs on.
  rest += listTail(after.slice(rest.length), lead + rest);
  const quotes = [...rest.matchAll(/["“”]/g)];
  return quotes.length % 2 ? rest.slice(0, quotes[quotes.length - 1].index).trimEnd() : rest;
}

/**
 * Terms a sentence glosses in apposition ("an ichthyosaur, a marine reptile with …") or with
 * "which is/are" ("polyps, which are small growths on …"), each with its gloss run to the end of
 * its clause ("the same protein that forms human hair").
 */
function glossedTerms(text: string, wholeText: () => string): Array<{ term: string; desc: string }> {
  const out: Array<{ term: string; desc: string }> = [];
  for (const re of [APPOSED, APPOSED_PLURAL, WHICH_IS]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // A rejected match is tried again from its comma: "in most cases, a colonoscopy, an
      // examination in which …" first reads "cases" glossed by "a colonoscopy".
      re.lastIndex = m.index + m[1].length + 1;
      const words = m[1].split(/\s+/);
      // Glossed as a term of art: "gross margin, the share of revenue …", "Like-for-like sales, a
      // measure that compares …".
      const ofArt = OF_ART.test(m[2]);
      // "measure melatonin", "eleven groynes": a word the lexicon knows (a verb, a count) leads
      // into the term; an unknown one ("nuptial spines", "black-bellied pangolin") is part of it,
      // and so is an adjective of a term of art ("gross margin").
      // "packing density, the fraction of …": a pair the article writes again elsewhere is one term.
      // Written again after an article or "of" ("the packing density of …"), so a noun phrase, not
      // a verb and its object ("To measure melatonin").
      const again =
        words.length === 2 &&
        words[0] !== 'own' &&
        !lexTags(words[0]).some((t) => /Verb|Infinitive|Tense|Value|Cardinal|Determiner|Preposition|Adjective/.test(t)) &&
        (wholeText().match(new RegExp(`(?<![\\p{L}-])${m[1]}(?![\\p{L}-])`, 'gu'))?.length ?? 0) > 1 &&
        new RegExp(`\\b(?:the|an?|of|its|their)\\s+${m[1]}(?![\\p{L}-])`, 'iu').test(wholeText());
      if (words.length === 2 && !again && (lexTags(words[0]).length || isStopword(words[0])) && !(ofArt && lexTags(words[0]).includes('Adjective'))) words.shift();
      const term = words.join(' ');
      const before = text.slice(0, m.index + m[1].length - term.length);
      // "a single lantern, a pike with …", "a foreign trawler company, a decision …": a term after
      // an adjective is one thing described, not a kind named ("their own reeve" is).
      const lead = /(\p{Ll}+)\s+$/u.exec(before)?.[1];
      if (lead && lead !== 'own' && lexTags(lead).includes('Adjective')) continue;
      const gloss = m[2].split(/[\s,]+/);
      // "three or more masts, carrying square sails …": a participle goes on about the thing the
      // sentence is about, it names no class.
      if (/^\p{Ll}{3,}ing$/u.test(gloss[0]) && !lexTags(gloss[0]).some((t) => /Noun|Singular/.test(t))) continue;
      const head = words[words.length - 1];
      if (KNOWN_BEFORE.test(before) || isStopword(head) || isUnit(head) || isRole(head)) continue;
      // "Aquifers in karst rock, which are underground layers …": a plural verb glosses a plural
      // noun further back, not the singular one before the comma.
      if (re === WHICH_IS && /\bwhich\s+are\b/.test(m[0]) && !/(?:s|ae|ata|i|a)$/.test(head) && !lexTags(head).includes('Plural')) continue;
      if (lexTags(head).some((t) => /Verb|Tense|Infinitive|Adverb|Adjective|Value|Copula|Gerund|Duration/.test(t))) continue;
      // "sales, a measure …", "the ring road, an area of …": an everyday word is no term to teach,
      // unless the article brings it in as a new thing ("a charter, a written document that …").
      if (!/\b(?:an?|of)\s+$/.test(before) && words.every((w) => isEverydayWord(w))) continue;
      // "400,000 copies, an unusual figure for …": a class after a count judges the count.
      if (re !== APPOSED_PLURAL && /(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million))\s+$/i.test(before)) continue;
      // "three firefighters, a court heard that …": a gloss with a verb is a clause, not a class;
      // "trade, and tolls …", "buses, cyclists and pedestrians": a list, not a gloss.
      // ("share", a class of a term of art, is no verb there.)
      if (gloss.slice(0, ofArt ? -1 : undefined).some((w) => lexTags(w).some((t) => /Tense|Infinitive|Copula|Modal|Pronoun/.test(t)))) continue;
      if ((re === APPOSED_PLURAL && gloss.some((w) => isStopword(w))) || gloss.some((w) => w === 'and' || w === 'or')) continue;
      // "the ones whose …": the class must say what the thing is.
      const classNoun = gloss[gloss.length - 1];
      if (classNoun === head || isStopword(classNoun) || ranksSomething(classNoun) || SUMMING_NOUNS.test(classNoun)) continue;
      out.push({ term, desc: m[2] + clauseRest(text.slice(m.index + m[0].length), m[2]) });
    }
  }
  return out;
}

/**
 * "a milkmaid named Sarah Nelmes" -> "a milkmaid": one noun phrase, no verb swallowed ("the
 * council hired a woman named Ann Byrne" gives no "the council hired a woman"), and no card for
 * a plain "a woman", which says nothing about her.
 */
function personNamed(before: string): RegExpMatchArray | null {
  const named = before.match(NAMED_ONE_PHRASE);
  if (!named) return null;
  const head = named[1].split(/\s+/).pop()!.toLowerCase();
  return /^(?:man|woman|person|boy|girl|child|baby|people|men|women)$/.test(head) ? null : named;
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
