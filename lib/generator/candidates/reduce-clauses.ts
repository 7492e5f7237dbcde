// Clause-level cuts of a sentence (reduce.ts): one of two coordinated predicates, one clause
// of a series, a closing subordinate, relative, participle or attribution clause.
import { isStopword, lexTags } from '../lexicon';
import type { Analysis } from '../types';
import type { Reduction } from './reduce';
import { appositiveName, balanced, completesWithout, endsInBareParticiple, IRREGULAR_PARTICIPLE, LIST_COMMA, NOT_LIST_COMMA, PRONOUN_SUBJECTS, splitsToken, type Cut } from './reduce-text';

/**
 * "The wall [will be 1.2 kilometres long and] is expected to cost £4.6 million.": the first of
 * two coordinated predicates cut, so the second's fact can be asked without the first's.
 */
export function frontCoordCut(a: Analysis, sentence: number, text: string, cut: Cut): void {
  const s = a.sentences[sentence];
  // Commas may follow the two predicates ("…, a charity set up in 1987"), never come inside them.
  if (/[“”";:]/.test(text) || !/\sand\s/.test(text)) return;
  // "The market [opened in 1889 and] was restored in 1994": a simple past first verb too;
  // "The trial [cost £1.2 million and] was paid for by …": an irregular one before an auxiliary.
  // "The top prize, the Golden Anchor, [comes with £20,000 and] will be announced …": the subject
  // may carry a short appositive, and the first verb may be in the present.
  // "The painting [measures 1.8 metres by 1.2 metres and] will need …": a word between the subject
  // and an amount, with a second predicate's auxiliary after "and", is a verb in the present,
  // whatever the lexicon makes of it ("measures" is a plural noun there).
  const amountFirst = /^((?:the|a|an|its|their|this)\s+(?:\p{L}+\s+){0,2}?)(\p{Ll}{3,}[^s\s]s)\s+([$€£¥\d][^,;]{2,60}?)\s+and\s+(will|is|are|was|were|has|have|had)\s+/iu.exec(text);
  const m =
    /^((?:\p{L}+\s+){1,4}?)(will|is|are|was|were|has|have|had|\p{Ll}+ed|\p{Ll}{3,}s)\s+((?:[^,;]|,(?=\d)){3,80}?)\s+and\s+(is|are|was|were|will|has|have|had|\p{Ll}+ed)\s+/u.exec(text) ??
    /^((?:\p{L}+\s+){1,4}?)(\p{Ll}{3,})\s+([$€£¥\d][^,;]{2,60}?)\s+and\s+(is|are|was|were|has|have|had)\s+/u.exec(text) ??
    /^((?:[\p{L}'’]+\s+){0,3}[\p{L}'’]+,\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}[\p{L}\p{N}'’-]+,\s+)(will|is|are|was|were|has|have|had|\p{Ll}+ed|\p{Ll}{3,}s)\s+((?:[^,;]|,(?=\d)){3,80}?)\s+and\s+(is|are|was|were|will|has|have|had|\p{Ll}+ed)\s+/u.exec(text);
  if (!m || m[1].split(/[\s,]+/).some((w) => PRONOUN_SUBJECTS.has(w.toLowerCase()))) return;
  const present = /^\p{Ll}{3,}[^s]s$/u.test(m[2]) && lexTags(m[2]).includes('PresentTense') && !lexTags(m[2]).some((t) => /Noun|Plural/.test(t));
  if (!/^(will|is|are|was|were|has|have|had|\p{Ll}+ed|cost|costs|put|set|cut|hit|spread)$/u.test(m[2]) && !lexTags(m[2]).includes('PastTense') && !present && amountFirst?.[2] !== m[2]) return;
  const verb = (w: string): boolean => !/ed$/.test(w) || lexTags(w).some((t) => /PastTense|Verb/.test(t));
  if (!verb(m[2]) || !verb(m[4]) || m[1].split(/\s+/).some((w) => /ed$/.test(w) && lexTags(w).includes('PastTense'))) return;
  const from = s.start + m[1].length;
  const to = s.start + m[0].length - /\S+\s+$/u.exec(m[0])![0].length;
  if (!a.bySentence[sentence].some((x) => x.start >= from && x.end <= to)) return;
  cut(from, to);
}

/** "The work will include replacing 12 kilometres of old pipes": a list's first "-ing" item, after a verb that takes it. */
const GERUND_ITEM_BEFORE = /\b(?:include|includes|included|including|involve|involves|involved|mean|means|meant|by|of|from|after|before|without)\s+\p{Ll}{3,}ing\s[^,;]*$/u;

/**
 * "The last barge passed through in 1931, and the canal reopened in June 1978.": two
 * clauses joined by ", and" (", but", "; ") each read alone, so either may be cut to ask
 * the other's fact. The second must open with its own subject and verb.
 */
export function clauseCuts(a: Analysis, sentence: number, text: string, cut: Cut, readings: Reduction[]): void {
  const s = a.sentences[sentence];
  // Quotation marks only around the whole sentence (an interview's answer) do not matter here.
  if (/[“”"]/.test(text.replace(/^["“]/, '').replace(/["”]\s*$/, ''))) return;
  const ms = a.bySentence[sentence];
  const end = text.replace(/["”]?\s*$/, '').replace(/[.!]$/, '').length;
  const joints: Array<[number, number]> = [];
  const joint = /(?:,\s+(?:and|but|while|whereas)|;)\s+/g;
  let m: RegExpExecArray | null;
  while ((m = joint.exec(text))) {
    if (m.index >= 15 && opensClause(text.slice(m.index + m[0].length, end))) joints.push([m.index, m.index + m[0].length]);
  }
  const factIn = (x: number, y: number): boolean => ms.some((f) => f.start >= s.start + x && f.end <= s.start + y);
  // "Police closed Tanner Street until Sunday [while] engineers from Holloway Structural checked
  // the walls.": a subordinate clause with its own subject reads alone as well.
  // Not "when": "took charge in November 2022, when [the Wolves were bottom of the table]" says
  // something of that time only, and alone reads as if it were still so.
  const sub = /,?\s+(?:while|whereas|after|before|because|although|though)\s+/g;
  while ((m = sub.exec(text))) {
    const to = m.index + m[0].length;
    // Not "…, and after the vote the council met again": after "but" or "and" the clause opens a
    // new clause's own, whose main clause follows it.
    if (/\b(?:and|but|or|so|yet)$/.test(text.slice(0, m.index))) continue;
    if (m.index >= 15 && opensClause(text.slice(to, end)) && factIn(0, m.index) && factIn(to, end)) cut(s.start, s.start + to, true);
  }
  if (!joints.length) return;
  // "The fund gave us £400,000, the society raised £85,000, and 2,300 people donated the rest":
  // before a closing ", and" clause, a comma may join clauses of a series too.
  const comma = /,\s+(?!(?:and|but|while|whereas|which|who|where|when)\s)/g;
  while ((m = comma.exec(text.slice(0, joints[joints.length - 1][0])))) {
    if (m.index >= 15 && opensClause(text.slice(m.index + m[0].length, end))) joints.push([m.index, m.index + m[0].length]);
  }
  joints.sort((x, y) => x[0] - y[0]);
  // Each clause alone: what comes before it and after it cut.
  const bounds: Array<[number, number]> = [];
  let at = 0;
  for (const [from, to] of joints) {
    bounds.push([at, from]);
    at = to;
  }
  bounds.push([at, end]);
  if (bounds.filter(([x, y]) => factIn(x, y)).length < 2) return;
  bounds.forEach(([x, y], k) => {
    if (!factIn(x, y)) return;
    if (k === 0) cut(s.start + y, s.start + end);
    else if (k === bounds.length - 1) cut(s.start, s.start + x, true);
    else if (!splitsToken(a.masked, s.start + x) && !splitsToken(a.masked, s.start + y)) {
      readings.push({ cuts: [[s.start, s.start + x], [s.start + y, s.start + end]], recap: true });
    }
  });
}

/** "the canal reopened …", "digging began …", "Smith said …": a subject, then a finite verb within five words. */
function opensClause(clause: string): boolean {
  // "more than 2,300 people donated …": a count may open the subject.
  const rest = clause.replace(/^(?:(?:more|fewer|less)\s+than|about|some|nearly|almost|around|over|at\s+least)\s+(?=[\d$€£¥])/, '').replace(/^[$€£¥]?\d[\d,.]*\s+(?=\p{Ll})/u, '');
  const words = rest.split(/\s+/).slice(0, 9);
  if (words.length < 4) return false;
  const first = words[0].toLowerCase();
  // "before [being sold to a collector]": a passive or perfect participle opens no clause of its own.
  if (PRONOUN_SUBJECTS.has(first) || /^(which|who|that|then|so|also|not|being|having)$/.test(first)) return false;
  // "[…, and] later completed a doctorate …", "[…, and] was ordered to complete …": a second
  // predicate of the same subject, an adverb or a verb first, has no subject of its own.
  // Only a lower-case word: "Will Hartley was …", "May Chen said …" open with a name.
  if (/^\p{Ll}/u.test(words[0]) && (/^(?:was|were|is|are|has|have|had|will|would|could|can|did|does|do|should|may|might|must|later|soon|eventually|afterwards|finally|still|again|once|subsequently|then|also)$/.test(first) || /^\p{Ll}+ed$/u.test(first))) return false;
  // "volunteers from the Vennor Canal Trust spent …": a subject may carry a phrase naming where
  // it is from, up to a name, before its verb.
  const from = /^\p{Ll}+\s+(?:from|of|at|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(\p{Ll}+)\s/u.exec(rest);
  if (from && (lexTags(from[1]).includes('PastTense') || (!lexTags(from[1]).length && /ed$/.test(from[1])) || /^(was|were|is|are|has|have|had|will|would|could|can)$/.test(from[1]))) return true;
  for (let k = 1; k < Math.min(6, words.length); k++) {
    // "the lunar module, named Eagle": a comma before the verb marks a list of nouns, not a clause.
    if (/[,;:]$/.test(words[k - 1])) return false;
    const w = words[k].replace(/[^\p{L}]/gu, '').toLowerCase();
    if (!w) return false;
    if (/^(was|were|is|are|has|have|had|will|would|could|can|did|does|do|should|may|might|must)$/.test(w)) return true;
    const tags = lexTags(w);
    // "the house rented by Lord Byron": a noun and a participle with its agent describe a thing,
    // and say nothing alone.
    if (/^(?:the|a|an)$/.test(first) && k <= 2 && /^by$/i.test(words[k + 1] ?? '') && (/ed$/.test(w) || IRREGULAR_PARTICIPLE.test(w) || tags.includes('Participle'))) return false;
    if (tags.includes('PastTense') || (tags.length === 0 && /ed$/.test(w))) return true;
    if (tags.some((t) => /Preposition|Conjunction|Adverb|Gerund/.test(t))) return false;
  }
  return false;
}

/**
 * "…, working at the University of Pennsylvania, showed that …": a comma then a finite verb inside
 * what looked like a closing phrase is the sentence's own verb, so the phrase does not close it.
 */
function swallowsVerb(tail: string): boolean {
  for (const m of tail.matchAll(/,\s+(\p{Ll}+)\b/gu)) {
    const w = m[1];
    if (/^(is|are|was|were|has|have|had|will|would|could|can|did|does)$/.test(w) || lexTags(w).includes('PastTense')) return true;
  }
  return false;
}

/** An adverbial that opens a sentence before its subject: "In 2019, …", "After the vote, …". */
const OPENER = /^(?:in|on|at|by|after|before|during|since|for|from|with|when|as|until|under|over)\b/i;

/** Whether `t` has a word that can only be a finite verb: an auxiliary, a past or present tense. */
export function hasFiniteVerb(t: string): boolean {
  for (const [w] of t.matchAll(/\p{Ll}+/gu)) {
    if (/^(is|are|was|were|has|have|had|will|would|could|can|did|does|said|says)$/.test(w) || lexTags(w).some((x) => x === 'PastTense' || x === 'PresentTense')) return true;
  }
  return false;
}

/** Past tenses of verbs that take no object, so never open a participle phrase set off by commas. */
const INTRANSITIVE_PAST = /^(?:died|lived|arrived|retired|resigned|stayed|remained|returned|emigrated|settled|graduated|collapsed|happened|occurred|existed|belonged)$/;
/** Past tenses that mostly take no object ("travelled to Madrid"), a participle only before "by" ("sailed by a crew of six"). */
const MOSTLY_INTRANSITIVE = /^(?:travelled|traveled|sailed|moved|worked|served|competed|played|studied|trained|walked|campaigned|fought|flew|ran)$/;

const MID_RELATIVE = new RegExp(String.raw`,\s+(which|who)\s+(?:[^,“”"]|,(?=\d)|${LIST_COMMA}){3,80}${NOT_LIST_COMMA}(?!\d)`, 'u');

/** ", the company said on Wednesday.", ", police said.", ", Calder County Council said.": who reported the news, closing the sentence. */
const ATTRIBUTION = /,\s+(?:(?:the|a|an|its|their)\s+[\p{L}\s-]{2,40}?|police|officials|(?:\p{Lu}[\p{L}'’-]*\s+){1,4}\p{Lu}[\p{L}'’-]*)\s+(?:said|says|announced|confirmed|reported)(?:\s+on\s+\p{Lu}\p{Ll}+|\s+\p{Ll}+day|\s+yesterday|\s+today)?\s*[.!]?\s*$/u;

/** Clauses a sentence reads complete without, when they hold one of its facts. */
export function closingCuts(a: Analysis, sentence: number, text: string, cut: Cut): void {
  const s = a.sentences[sentence];
  const ms = a.bySentence[sentence];
  const holdsFact = (from: number): boolean => ms.some((m) => m.start >= s.start + from);
  const quoted = /[“”"]/.test(text);
  const end = text.replace(/[.!]\s*$/, '').length;
  const toEnd = (at: number): void => cut(s.start + at, s.start + end);
  // ", which …," in the middle ("1,400" inside it is no closing comma).
  // "…, which paid 62,000 euros towards boats, satellite phones and food.": a list's comma is no closing one.
  let rel = MID_RELATIVE.exec(text);
  // "Its chair, Tomasz Wielgus[, who has run a stall for 22 years], said": a name set off by
  // commas keeps its closing comma.
  // "…, which represents fishers from Tulloch, Ardmore and Skeld": a comma inside a list closes no clause.
  if (rel && /^\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s*(?:,|\s+(?:and|or)\s)/u.test(text.slice(rel.index + rel[0].length))) rel = null;
  // "…, which meteorologists describe as explosive cyclogenesis, or a "weather bomb".": the clause
  // runs on into the other name it gives, which a cut at its comma would leave behind.
  if (rel && /^\s*or\s/.test(text.slice(rel.index + rel[0].length))) rel = null;
  // "adult social care, which will receive £14.2 million, up from £12.9 million": what the figure
  // is measured against belongs to the clause, and would be left saying what went up.
  if (rel && /^\s*(?:up|down)\s+from\s|^\s*compared\s+with\s/.test(text.slice(rel.index + rel[0].length))) rel = null;
  // "a distress gun[, which was heard … by Mara Quist,] keeper of the Dunmere lighthouse": a clause
  // ending on a name whose appositive follows would leave the appositive on the noun before it.
  const afterRel = /^[^,;]*/.exec(text.slice(rel ? rel.index + rel[0].length : 0))?.[0] ?? '';
  if (rel && /\p{Lu}[\p{L}'’-]*,$/u.test(rel[0]) && /^\s*(?:an?\s+|the\s+)?\p{Ll}/u.test(afterRel) && !hasFiniteVerb(afterRel)) rel = null;
  if (rel) cut(s.start + rel.index, s.start + rel.index + rel[0].length - (appositiveName(text.slice(0, rel.index)) ? 1 : 0));
  // A closing subordinate clause: ", because the pressure … is so high.", ", when they won …".
  const sub = /,\s+(because|when|where|although|though|while|after|before)\s+[^“”"]{3,160}$/.exec(text);
  // Not "In the fishing village of Port Anne[, where waves broke …, about 400 residents were
  // evacuated …]": what is left must say something, with a verb of its own.
  if (sub && sub.index > 20 && !/[“”"]/.test(text.slice(0, sub.index)) && holdsFact(sub.index) && hasFiniteVerb(text.slice(0, sub.index))) toEnd(sub.index);
  // The same without a comma: "… along the River Severn after the council approved the plan."
  // "… until Sunday while engineers from Holloway Structural checked the walls.": a plural noun may open it.
  const bare = /\s+(because|although|after|before|until|while)\s+(?:the|a|an|his|her|their|its|\p{Lu}|\p{Ll}{3,}s\s)[^,;“”"]{3,140}$/u.exec(text);
  if (bare && bare.index > 20 && !sub && holdsFact(bare.index) && !quoted && completesWithout(text.slice(0, bare.index))) toEnd(bare.index);
  // A closing ", who …" clause: "…, said councillor Grace Whitfield, who has campaigned since 2015."
  // "…, which represents fishers from Tulloch, Ardmore and Skeld.": a list may run on inside it.
  const relEnd = /,\s+(which|who)\s+[^;“”"]{3,160}$/.exec(text);
  if (relEnd && relEnd.index > 10 && holdsFact(relEnd.index) && !swallowsVerb(text.slice(relEnd.index + 2))) toEnd(relEnd.index);
  // "… from the board[, whose director, Colm Brannigan, called the plan "the biggest …"]": a closing
  // "whose" clause goes whole, quotation and all, when nothing before it is quoted.
  const whose = /,\s+whose\s+.{3,200}$/u.exec(text);
  if (whose && whose.index > 10 && holdsFact(whose.index) && !/[“”"]/.test(text.slice(0, whose.index)) && balanced(text.slice(whose.index))) toEnd(whose.index);
  // A closing participle clause: "…, beating Lakeside Rovers 3-1 in front of 42,000 fans."
  const part = /,\s+(\p{Ll}+ing)\s+[^;“”"]{3,160}$/u.exec(text);
  // An "-ing" word the lexicon does not know ("destroying") is taken as a participle.
  // "paying", tagged an adjective by the lexicon, opens a participle clause after a comma as well.
  const ing = (w: string): boolean => lexTags(w).length === 0 || lexTags(w).some((t) => /Gerund|Verb|PresentTense|Adjective/.test(t));
  if (part && part.index > 15 && holdsFact(part.index) && !quoted && ing(part[1]) && !swallowsVerb(text.slice(part.index + part[0].length - part[0].replace(/^,\s+/, '').length))) {
    toEnd(part.index);
    // "…, destroying 37 stalls [and forcing the evacuation of 120 homes]" and
    // "…, [destroying 37 stalls and] forcing the evacuation of 120 homes": either participle alone.
    const inner = /\s+and\s+(\p{Ll}+ing)\s/u.exec(text.slice(part.index));
    if (inner && ing(inner[1])) {
      const at = part.index + inner.index;
      const open = part.index + part[0].length - part[0].replace(/^,\s+/, '').length;
      if (holdsFact(at)) toEnd(at);
      // "… will include replacing old pipes[, building three storm tanks,] and planting 20,000
      // trees": the participle is the middle item of a list of "-ing" phrases, so it goes with the
      // comma before it and "and" stays.
      const listed = text[at - 1] === ',' && GERUND_ITEM_BEFORE.test(text.slice(0, part.index));
      if (listed) cut(s.start + part.index, s.start + at);
      else cut(s.start + open, s.start + at + inner[0].length - inner[1].length - 1);
    }
  }
  // A participle phrase set off by commas: "The Mariners[, based in Port Harlow,] had won …",
  // "…[, watched by a crowd of 31,500 at Kettering Park]." ("1,400" inside it is no comma).
  // "The regatta[, first held in 1851,] drew …": an adverb may open the participle phrase.
  const ed = /,\s+(?:(?:first|once|originally|later|now|also|still)\s+)?(\p{Ll}+)\s+(?:by|in|at|on|from|near|with|for|to)\s+(?:[^,;“”"]|,(?=\d)){3,120}?(,(?!\d)|[.!]?\s*$)/u.exec(text);
  // "…, built in 1880, …", "…, sold to a collector, …"; not "Second prize, worth £400, [went] to Tom
  // Beckett …": a past tense that is no participle is the sentence's own verb.
  // "Margarethe Voss, the painter whose …, died on 14 March 2024 at her home in Aldeburgh, Suffolk":
  // a verb that takes no object has no participle phrase; it is the sentence's own verb.
  // "…, travelled to Madrid": so is one that mostly takes none, unless "by" names who did it.
  const participle = (w: string): boolean => !INTRANSITIVE_PAST.test(w) && !(MOSTLY_INTRANSITIVE.test(w) && ed?.[0] && !new RegExp(`\\b${w}\\s+by\\b`).test(ed[0])) && (/ed$/.test(w) || IRREGULAR_PARTICIPLE.test(w) || lexTags(w).includes('Participle'));
  // "The probe, built by the Consortium, an agency funded by …, left": a comma opening an appositive
  // to the phrase's last noun does not close the phrase, so it is not cut there.
  // The phrase then runs on through the appositive, to its closing comma.
  // "…in 2027[, paid for by a donation from a local charity, the Wexmouth Hospital Trust].": an
  // appositive closing the sentence belongs to the participle phrase's noun too.
  const apposNext = ed?.[2] === ',' ? /^\s+(?:an?|the)\s+(?:\p{Ll}|\p{Lu}(?=[^,;“”"]*[.!]?\s*$))(?:[^,;“”"]|,(?=\d)){2,100}?(?:,(?!\d)|(?=[.!]?\s*$))/u.exec(text.slice(ed.index + ed[0].length)) : null;
  if (ed && ed.index > 3 && !quoted && participle(ed[1]) && holdsFact(ed.index)) {
    let stop = ed[2] === ',' ? ed.index + ed[0].length + (apposNext?.[0].length ?? 0) : end;
    // "the book X[, published in 1864,] which remained …": a relative clause or an appositive after
    // the phrase keeps the comma that sets it off.
    if (ed[2] === ',' && !apposNext && /^\s+(?:which|who|whose|where|the|an?)\s/i.test(text.slice(stop))) stop--;
    // A closing one must leave a clause that reads whole: in "Her husband, …, whom she married in
    // 1961, died in 2011." the "-ed" word is the sentence's own verb, not a participle.
    // So is one set off by commas when no verb is left around it: "The company's gross margin, the
    // share of revenue left after …, improved from 34.8% to 37.2%, according to …" ("left" inside
    // the appositive is no verb of the sentence's).
    // The lexicon knows too few verbs ("drew" is a first name) to ask for one: the tell is a
    // subject and its appositive before the word, and no verb the lexicon knows on either side.
    const subject = /^([^,]*),\s+(?:an?|the)\s[^,]*$/i.exec(text.slice(0, ed.index))?.[1];
    const ownVerb = subject !== undefined && !OPENER.test(subject) && !hasFiniteVerb(subject) && !hasFiniteVerb(text.slice(stop));
    if (ed[2] === ',' ? !ownVerb : ed.index > 15 && completesWithout(text.slice(0, ed.index))) cut(s.start + ed.index, s.start + stop);
  }
  // "…, three miles away in Dunstall.", "…, 20 kilometres north of Ostwick.": a closing distance.
  const away = /,\s+(?:(?:about|some|nearly|around|roughly)\s+)?[\p{L}\d.,]+\s+(?:miles|kilometres|kilometers|km|metres|meters)\s+(?:away|north|south|east|west|upstream|downstream|inland|outside|from)\b[^,;“”"]{0,100}$/u.exec(text);
  if (away && away.index > 15 && holdsFact(away.index)) toEnd(away.index);
  measureCuts(a, sentence, text, cut);
  // "…, with £600,000 from the Harrow Valley Trust.": a closing "with" phrase adds a second fact.
  const withTail = /,\s+with\s+[^;“”"]{3,140}$/.exec(text);
  if (withTail && withTail.index > 15 && holdsFact(withTail.index) && !quoted) toEnd(withTail.index);
  // "The first train is due on 14 March 2029[, and the last by June 2034].": a closing clause with
  // its verb left out, the first clause's verb understood, adds a second fact of the same kind.
  const elided = /,\s+and\s+(?:the|its|their|a|an)\s+[\p{L}\s-]{1,30}?\s+(?:by|in|on|from|until|at|to|for)\s+[^,;“”"]{2,40}$/u.exec(text);
  if (elided && elided.index > 15 && holdsFact(elided.index) && !quoted && !elided[0].split(/\s+/).some((w) => /^(is|are|was|were|has|have|had|will|would|could|can|did|does)$/.test(w) || lexTags(w).some((t) => /Verb|Tense/.test(t)))) toEnd(elided.index);
  // A passive's closing agent: "It was founded in 1887[ by a shipwright named Elias Tanner].",
  // "The trial was paid for[ by the Wexcombe Foundation].": the clause reads whole without who did it.
  // Not "by 2030" or "by 5 per cent": a deadline or an amount is no agent; and something of the
  // verb's own must stay ("was backed[ by …]" would leave "was backed.").
  const agent = /\b(?:is|are|was|were|been|be|being)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}{2,}(?:ed|en|wn|lt|nt|ght)|made|held|run|led|won|set|built|paid(?:\s+for)?)\b[^,;“”"]*?\s\S+(\s+by\s+(?!\d|(?:about|around|nearly|more|less|over|up|the\s+end)\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[^,;“”"]{3,120})$/u.exec(text.slice(0, end));
  // "… towards a river restoration project run[ by the Lenn Valley Rivers Trust]" would leave
  // "project run.": a participle just before "by" is another verb's, whose agent it is.
  const agentAt = agent ? end - agent[1].length : -1;
  const ownAgent = agent && !endsInBareParticiple(text.slice(0, agentAt));
  if (ownAgent && !quoted && holdsFact(agentAt)) cut(s.start + agentAt, s.start + end);
  // A closing attribution: "…, according to project manager Daniel Osei."
  const acc = /,\s+according to\s+[^,;“”"]{3,140}$/.exec(text);
  if (acc && acc.index > 15 && holdsFact(acc.index)) toEnd(acc.index);
  // A closing attribution: "…[, the family-owned company said on Wednesday]."
  const attr = ATTRIBUTION.exec(text);
  if (attr && attr.index > 20 && !quoted && ms.length > 1) toEnd(attr.index);
  const core = attr && attr.index > 20 && !quoted ? text.slice(0, attr.index) : text;
  // A closing coordinated predicate: "The wall will be 1.2 kilometres long and is expected to cost £4.6 million."
  // After a modal the second verb is bare: "… will open a plant in Dunmore and hire 180 workers."
  const modal = /\b(will|would|could|can|should|may|might|must|to)\s/.test(core);
  const coord = /,?\s+and\s+((?:now|also|still|later|then)\s+)?(is|are|was|were|will|has|have|had|would|could|can|\p{Ll}+ed|\p{Ll}+s|\p{Ll}{3,})\s+(?:[^,;“”"]|,(?=\d)){3,140}$/u.exec(core);
  const isVerb = (w: string): boolean =>
    /^(is|are|was|were|will|has|have|had|would|could|can)$/.test(w) ||
    lexTags(w).some((t) => /Verb|Tense/.test(t)) ||
    (modal && !isStopword(w) && !lexTags(w).some((t) => /Determiner|Preposition|Pronoun|Adverb|Conjunction|Plural|Adjective|PastTense|Gerund/.test(t)));
  // "… and now draws 600,000 visitors": after such an adverb an "-s" word can only be a verb.
  const verbAfterAdverb = coord?.[1] !== undefined && /^\p{Ll}{3,}s$/u.test(coord[2]) && !/ss$/.test(coord[2]);
  if (coord && coord.index > 15 && holdsFact(coord.index) && !quoted && (isVerb(coord[2]) || verbAfterAdverb)) toEnd(coord.index);
}

/**
 * "Its tower[, 28 metres tall and made of cast iron,] was shipped …", "… beneath the Karsten
 * Plateau[, more than 300 metres below ground].": a measure set off by commas describes
 * something already named, and the sentence reads on without it.
 */
export function measureCuts(a: Analysis, sentence: number, text: string, cut: Cut): void {
  const s = a.sentences[sentence];
  if (/[“”"]/.test(text)) return;
  const end = text.replace(/[.!]\s*$/, '').length;
  for (const m of a.bySentence[sentence]) {
    if (m.kind !== 'quantity' && m.kind !== 'number') continue;
    const at = m.start - s.start;
    const lead = /,\s+(?:(?:about|some|nearly|almost|around|roughly|over|more than|less than|at least|up to)\s+)?$/.exec(text.slice(0, at));
    if (!lead || lead.index < 4) continue;
    const rest = text.slice(m.end - s.start, end);
    if (!/^\s+(?:tall|long|high|wide|deep|thick|across|away|below|above|beneath|under|underground|in\s+(?:length|diameter|height|depth))\b/.test(rest)) continue;
    const tail = /^(?:[^,;]|,(?=\d)){0,80}?(?:,(?!\d)|$)/.exec(rest);
    if (!tail || /\b(?:is|are|was|were|has|have|had|will|would|can|could|said|says)\b/.test(tail[0])) continue;
    const stop = m.end - s.start + tail[0].length;
    cut(s.start + lead.index, s.start + (stop >= end ? end : stop));
  }
}
