// Reduced sentences: the same sentence with a phrase or clause cut out (a leading
// date, a ", which …," clause, a closing phrase, a name its role stands in for, one of
// two joined clauses, an amount hung on "of"), so a second fact of the sentence can be
// asked without the stem giving away the first. This module gathers the readings and
// makes the cuts around names and dates; clause cuts live in reduce-clauses.ts, phrase
// cuts in reduce-phrases.ts and the shared word tests in reduce-text.ts.
import { isStopword, lexTags, SUBORDINATORS } from '../lexicon';
import type { Analysis } from '../types';
import { closingCuts, clauseCuts, frontCoordCut, hasFiniteVerb } from './reduce-clauses';
import { amountCuts, attributiveAmountCuts, breakdownCuts, leadCuts, listCuts, phraseCuts } from './reduce-phrases';
import { completesWithout, leavesHeadless, LIST_COMMA, NOT_LIST_COMMA, rolePhrase, splitsToken } from './reduce-text';
import { genderOf, genericStandIns } from './generic';
import { standIns } from './stand-in';
import { lifeBrackets } from '../life-dates';
import { dateSpanCuts, spanCuts } from './reduce-spans';

export interface Reduction {
  /** Absolute [start, end) ranges cut from the sentence, each optionally replaced by a stand-in ("the mayor"). */
  cuts: Array<[number, number, string?]>;
  /** Capitalize the first letter left after the cuts. */
  recap: boolean;
  /** How much the cuts blur the sentence: each plain description in a fact's place ("many people", "the council") counts 1, a pronoun for a name 3. */
  generic?: number;
}

/** Two cuts at once, or null when they overlap. */
export function combine(x: Reduction, y: Reduction): Reduction | null {
  const cuts = [...x.cuts, ...y.cuts].sort((u, v) => u[0] - v[0]);
  for (let k = 1; k < cuts.length; k++) if (cuts[k - 1][1] > cuts[k][0]) return null;
  return { cuts, recap: x.recap || y.recap, generic: (x.generic ?? 0) + (y.generic ?? 0) };
}

/** Ways to shorten a sentence so that one of its facts disappears from the stem. */
export function reductions(a: Analysis, sentence: number, withGeneric = true): Reduction[] {
  const s = a.sentences[sentence];
  const text = a.masked.slice(s.start, s.end);
  const ms = a.bySentence[sentence];
  const out: Reduction[] = [];
  const cut = (from: number, to: number, recap = false): void => {
    // A cut never splits a word or a number ("£35,000, which paid for 1,|400").
    if (splitsToken(a.masked, from) || splitsToken(a.masked, to)) return;
    out.push({ cuts: [[from, to - (keepsClosingComma(a.masked, s.start, s.end, from, to) ? 1 : 0)]], recap });
  };
  const lead = leadCuts(a, sentence, text, cut);
  // " in 2023" / " on 3 June" inside the sentence, when what follows still reads on.
  for (const m of ms) {
    if (m.kind !== 'date' || (lead && m.start < s.start + lead)) continue;
    // "… in service since 2009." reads on without its date as well.
    // "will close for six weeks [from 3 March] so that …": a start date after a span goes too.
    // "… spread his ideas [after 1517].": a date after "after", "before", "during" or "around" too.
    // "… won the cup [on Saturday, 17 October 2026], coming from behind": a weekday goes with its date.
    const prep = /\s+(in|on|since|until|from|after|before|during|around)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$/.exec(a.masked.slice(Math.max(s.start, m.start - 20), m.start));
    const next = a.masked.slice(m.end, m.end + 12);
    // Not before ", when …": "since [1987], when the club was coached by …" would leave "when" no time to mean.
    // A comma after the date may close a clause the sentence opened ("When she arrived at the
    // hospital [in 2009], …"), or a participle may read on ("…[ on Saturday], coming from behind").
    const clauseClosed = /^,\s/.test(next) && (OPENING_CLAUSE.test(a.masked.slice(s.start, m.start)) || /^,\s+(?!according\b)\p{Ll}+ing\s/u.test(a.masked.slice(m.end, m.end + 30)));
    if (!prep || (!clauseClosed && !/^([.;]|,\s+(after|before|while)\b|\s+(when|after|before|because|with|for|to|at|by|from|near|under|in|on|the|a|an|so that)\b|\s+and\s+(?!\d))/.test(next))) continue;
    if (prep[1] === 'from' && !/\s(?:for|over)\s+\S+\s+(?:days|weeks|months|years)$/.test(a.masked.slice(s.start, m.start - prep[0].length))) continue;
    // "was founded in 1921 and plays", "first authorized in 2020.": a verb that
    // needs the date reads clipped without it, so the cut is kept only after a noun,
    // or when the verb keeps a phrase of its own ("was founded [in 1952] by her grandfather",
    // "flooded badly [in 2007], when …").
    const head = a.masked.slice(s.start, m.start - prep[0].length);
    // "opened [in 1874] in a former chapel": a place phrase after the date keeps the verb whole.
    const keepsPhrase = /^(in|on)$/.test(prep[1]) && /^\s+(by|with|at|from|near|under|in|on)\s/.test(next);
    const adverb = /^,\s/.test(next) && /\p{Ll}{3,}ly$/u.test(head);
    // "has taught there [since 1998].": a perfect tense reads whole without the "since" date.
    const perfect = prep[1] === 'since' && /^[.;]/.test(next) && /\b(?:has|have|had)\s+(?:been\s+)?\p{Ll}{3,}\b/u.test(head);
    if (!completesWithout(head) && !keepsPhrase && !adverb && !perfect) continue;
    // "is due to open [in 2028]", "a review, to be published [in March]": what is planned is
    // planned for a time, and reads clipped without it.
    // "will close to traffic [on 3 June]" is no plan: "traffic", "cars", "visitors" are no verbs.
    const plan = /\bto\s+(?:be\s+)?(\p{Ll}+)$/u.exec(head);
    if (!keepsPhrase && plan && !lexTags(plan[1]).some((t) => t === 'Uncountable' || t === 'Plural')) continue;
    // "… and should finish [in 2027]": a verb after a modal needs its time as well.
    if (!keepsPhrase && /\b(?:will|would|should|could|can|may|might|must|shall)\s+\p{Ll}+$/u.test(head)) continue;
    cut(m.start - prep[0].length, m.end);
  }
  // "The cycle was first performed [in Porto] by …", "She lives [near Kivik] with her family": a
  // place phrase inside the sentence goes when what comes before reads whole without it, or when
  // the verb's agent or a time follows ("performed in Porto by …", "anchored at Hammerfest on 30
  // August"); never after a verb of where a thing is ("based in Leeds", "located near Marlow").
  for (const m of ms) {
    if (m.kind !== 'place') continue;
    const prep = /\s+(?:in|at|near|outside)\s+$/.exec(a.masked.slice(Math.max(s.start, m.start - 9), m.start));
    const next = a.masked.slice(m.end, m.end + 24);
    if (!prep || !/^\s+(?:by|with|for|on|in|at|from|under|during|when|after|before)\s/.test(next)) continue;
    const head = a.masked.slice(s.start, m.start - prep[0].length);
    if (LOCATIVE_VERB.test(head)) continue;
    // "performed in Porto in October 1994 by …": a time after the place is a phrase of the verb's own too.
    const dateNext = ms.some((d) => d.kind === 'date' && /^\s+in\s+$/.test(a.masked.slice(m.end, d.start)));
    if (!completesWithout(head) && !/^\s+(?:by|on|during|when|after|before)\s/.test(next) && !dateNext) continue;
    // "the Carrow Hawks[, in Brightwater] on March 8.": a phrase set off by a comma takes it along,
    // when nothing closes it later ("The final, in Brightwater on March 8, drew …" is left whole).
    const from = m.start - prep[0].length;
    if (a.masked[from - 1] === ',') {
      if (/,(?!\d)/.test(a.masked.slice(m.end, s.end))) continue;
      cut(from - 1, m.end);
    } else cut(from, m.end);
  }
  // "the goldsmith Johannes Gutenberg" reads on as "the goldsmith", and
  // "Their coach, Helen Marsh, said" as "Their coach said": the role stands in for the name.
  // Likewise "the submersible Alvin" as "the submersible".
  for (const m of ms) {
    if (m.title || m.kind === 'date' || m.kind === 'number' || m.kind === 'quantity' || (m.kind === 'person' && !m.role)) continue;
    // "An active volcano": a lower-case term is no name a role stands in for ("An active has erupted").
    if (/^\p{Ll}/u.test(m.text)) continue;
    const head = a.masked.slice(s.start, m.start);
    const comma = /,\s+$/.test(head);
    if (!rolePhrase(head.replace(/,?\s+$/, ''), m.role)) continue;
    if (comma ? a.masked[m.end] !== ',' : !/^[\s,;.]/.test(a.masked.slice(m.end, m.end + 1))) continue;
    // "the journal [Monthly Letters] in Astronomy": a title read short goes on past the name, and
    // its tail would be left on the role; a month or a day after it is no tail ("the journal
    // Nature in January", "her husband Samuel Crewe in March 1842" are cut as before).
    if (/^\s+(?:in|of|for|on|and|&)\s+\p{Lu}/u.test(a.masked.slice(m.end, m.end + 20)) && !/^\s+\p{Ll}+\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/u.test(a.masked.slice(m.end, m.end + 20))) continue;
    // "is a scheme Coastline calls …": after the sentence's verb, a name followed by a verb is the
    // subject of a clause on the noun, not the noun's name ("a scheme calls …" says something else).
    if (!comma && relativeSubject(head, a.masked.slice(m.end, s.end))) continue;
    // "Under the agreement Larchmont will pay …": a noun phrase after a preposition, and a name
    // followed by its verb, are a phrase and the sentence's subject; cut, "Under the agreement will
    // pay" has none.
    if (!comma && AFTER_PREPOSITION.test(head) && opensWithVerb(a.masked.slice(m.end, s.end))) continue;
    // "Its chair, Tomasz Wielgus, who has run …, said": cut to "Its chair" the clause would dangle,
    // so the name goes with its clause ("Its chair said …").
    if (comma && /^,\s+(who|which|whose)\b/.test(a.masked.slice(m.end, m.end + 8))) {
      const clause = /^,\s+(?:who|whose)\s(?:[^,;“”"]|,(?=\d)){3,120}?,(?!\d)\s+(?=\p{Ll})/u.exec(a.masked.slice(m.end, s.end));
      if (clause) cut(m.start - head.match(/,?\s+$/)![0].length, m.end + clause[0].length - clause[0].match(/\s+$/)![0].length);
      continue;
    }
    // "Its managing director, Graham Pell, 54, received …": the age set off after the name goes with it.
    const age = comma ? /^,\s+\d{1,3},(?!\d)/.exec(a.masked.slice(m.end, m.end + 8)) : null;
    // "her husband[, Samuel Crewe], a wheelwright, aboard …": another appositive after the name
    // keeps its opening comma, or the role would run into it ("her husband a wheelwright").
    // So does a list going on to another of the family: "her daughter[, Ruth], her son, …".
    const another = comma && !age && /^,\s+(?:an?|the|his|her|their|its|our|my)\s/.test(a.masked.slice(m.end, m.end + 8));
    cut(m.start - head.match(/,?\s+$/)![0].length, m.end + (age ? age[0].length : comma && !another ? 1 : 0));
  }
  // "The top prize[, the Golden Anchor,] comes with £20,000": a name set off in apposition to a
  // common noun goes, and the noun reads on with its verb.
  for (const m of ms) {
    if (m.kind === 'date' || m.kind === 'number' || m.kind === 'quantity') continue;
    const open = /,\s+the\s+$/i.exec(a.masked.slice(s.start, m.start));
    if (!open || !/^,\s+\p{Ll}/u.test(a.masked.slice(m.end, m.end + 3))) continue;
    const before = a.masked.slice(s.start, s.start + open.index);
    if (!/(?:^|\s)\p{Ll}{3,}$/u.test(before) || !completesWithout(before)) continue;
    cut(s.start + open.index, m.end + 1);
  }
  // "the [Castle Edge] tunnel, which is 2.4 kilometres long": a name that only modifies a common
  // noun goes, and "the tunnel" still reads whole.
  for (const m of ms) {
    if (m.kind !== 'place' && m.kind !== 'organization' && m.kind !== 'term') continue;
    if (!/(?:^|\s)the\s+$/i.test(a.masked.slice(Math.max(s.start, m.start - 5), m.start))) continue;
    const noun = /^ (\p{Ll}{3,})\b/u.exec(a.masked.slice(m.end, s.end))?.[1];
    if (!noun || isStopword(noun)) continue;
    // "the Chinese pangolin, the [Sunda] pangolin, the Indian pangolin": where the sentence names
    // more than one of the noun, "the pangolin" says which no longer.
    if ((a.masked.slice(s.start, s.end).match(new RegExp(`\\b${noun}\\b`, 'g'))?.length ?? 0) > 1) continue;
    // "The Dornval Mountains form a curved chain", "The Malvern Hills rise to 425 metres": after a
    // plural name the next word is its verb ("The form a curved chain"), unless a verb or a stop
    // follows it ("the Dornval Mountains region is …").
    if (/\p{Ll}s$/u.test(m.text) && !new RegExp(`^ ${noun}(?:[\\s]*[,.;:]|\\s+(?:is|are|was|were|has|have|had|will|would|can|could|may|might|\\p{Ll}+ed)\\b)`, 'u').test(a.masked.slice(m.end, s.end))) continue;
    const tags = lexTags(noun);
    if (tags.includes('Singular') || (!tags.length && !/(?:ed|ly|ing)$/.test(noun))) cut(m.start, m.end + 1);
  }
  // "Elena Varga[, the architect whose library changed the waterfront of Kessel,] has died": an
  // appositive set off by commas after a name goes, and the sentence reads on.
  for (const m of ms) {
    if (m.kind === 'date' || m.kind === 'number' || m.kind === 'quantity') continue;
    const ap = APPOSITIVE.exec(a.masked.slice(m.end, s.end));
    if (!ap || !ms.some((x) => x.start >= m.end && x.end <= m.end + ap[0].length)) continue;
    // "The probe, built by the Consortium[, an agency funded by eleven countries], left …": inside a
    // phrase a comma opened before the name, the appositive's closing comma closes that phrase too.
    const opened = (a.masked.slice(s.start, m.start).match(/,(?!\d)/g)?.length ?? 0) % 2 === 1;
    // "born in Aveiro[, a coastal city in central Portugal], the youngest of three children": a
    // second appositive, or a relative clause ("…, which remained a standard textbook"), after the
    // first keeps its comma.
    // So does a closing attribution: "the town's annual Lantern Walk[, the biggest crowd in its history], according to organisers".
    const rest = a.masked.slice(m.end + ap[0].length, s.end);
    const another = /^\s+(?:the|an?|which|who|whose|where|according\s+to)\s/i.test(rest);
    // "Tidewater[, a 12-minute piece by the composer Owen Achterberg,] who grew up in the city",
    // "Portugal[, the youngest of three children of Joaquim Valadares,] a fisherman": a relative
    // clause or an appositive after one that ends in a person's name is that person's, and would
    // be left describing the wrong thing.
    const endsInPerson = ms.some((x) => x.kind === 'person' && x.end === m.end + ap[0].length - 1);
    if (endsInPerson && /^\s+(?:who|whose|an?|the)\s/i.test(rest)) continue;
    // "led by Inês Carvalho-Reis, a river guide who grew up in Vila Serrada[,] about halfway down
    // the route.": a closing phrase of where, with no verb, belongs to the appositive's last noun.
    if (/^\s+(?:about|around|roughly|nearly|some|just|halfway|midway)\s/i.test(rest) && !hasFiniteVerb(rest)) continue;
    // "the Northern Counties Railway[, the best known of which is the Saltmarsh Bridge …,] opened in
    // 1858": after an appositive with a clause of its own, a participle is that clause's noun's, and
    // would be left the name's; after a plain one ("The Saltmarsh Way, a walk of 120 km, opened in
    // 2009") it is the sentence's verb.
    if (/\b(?:which|whom|who|whose)\b/.test(ap[0]) && /^\s+\p{Ll}{3,}ed\s+(?:in|on|by|at)\s/u.test(rest)) continue;
    cut(m.end, m.end + ap[0].length - (opened || another ? 1 : 0));
    // "Elena Varga, the architect whose …, has died" read as "The architect whose … has died":
    // the appositive stands in for the name that opens the sentence.
    const article = /^,\s+(an?|the)\s/.exec(ap[0])!;
    // "Dr Amara Velez, a volcanologist at …, has studied …": a courtesy title before the name goes with it.
    const from = HONORIFIC_LEAD.test(a.masked.slice(s.start, m.start)) ? s.start : m.start;
    if (from === s.start && m.kind === 'person' && !splitsToken(a.masked, m.end + ap[0].length - 1)) {
      out.push({ cuts: [[from, m.end + article[0].length, article[1][0].toUpperCase() + article[1].slice(1) + ' '], [m.end + ap[0].length - 1, m.end + ap[0].length]], recap: false });
    } else if (m.kind === 'person' && /\s$/.test(a.masked[m.start - 1] ?? '') && !opened && !another && !splitsToken(a.masked, m.end + ap[0].length - 1)) {
      // Inside the sentence as well: "kept by [Hannah Crewe, ]a schoolteacher from … Ashby Fold[,] during her voyage".
      out.push({ cuts: [[m.start, m.end + article[0].length, article[1] + ' '], [m.end + ap[0].length - 1, m.end + ap[0].length]], recap: false });
    }
  }
  // "Tobias Wrenfield [(14 March 1821 – 2 November 1889)] was an English civil engineer": a
  // person's bracket of life dates goes, and the sentence reads on without either date.
  for (const b of lifeBrackets(a, sentence)) cut(/\s$/.test(a.masked[b.from - 1] ?? '') ? b.from - 1 : b.from, b.to);
  // "Councillors voted [9 to 6] in favour …", "beating Lakeside Rovers [3-1] in front of …", "ended
  // in a [3–1] win": the result goes and the sentence still says who won or what passed.
  for (const m of ms) {
    if ((m.unit !== 'score' && m.unit !== 'tally') || !/^\s+\p{Ll}/u.test(a.masked.slice(m.end, m.end + 3)) || !/\s$/.test(a.masked[m.start - 1] ?? '')) continue;
    // Not "passed by [31 votes to 24] with three abstentions": after "by" the result is what the
    // preposition needs.
    if (/\bby\s$/.test(a.masked.slice(m.start - 4, m.start))) continue;
    cut(m.start - 1, m.end);
  }
  closingCuts(a, sentence, text, cut);
  spanCuts(a, sentence, cut);
  dateSpanCuts(a, sentence, cut);
  amountCuts(a, sentence, cut);
  attributiveAmountCuts(a, sentence, cut);
  if (ms.length > 1) {
    // "Mayor Denise Okafor said …" read as "The mayor said …" (stand-in.ts).
    for (const st of standIns(a, sentence)) {
      if (!splitsToken(a.masked, st.from) && !splitsToken(a.masked, st.to)) out.push({ cuts: [[st.from, st.to, st.text]], recap: false });
    }
    // "It now employs many people …", "He grows apples …", "the market town" (generic.ts).
    for (const st of withGeneric ? genericStandIns(a, sentence, genderOf(a)) : []) {
      if (!splitsToken(a.masked, st.from) && !splitsToken(a.masked, st.to)) out.push({ cuts: [[st.from, st.to, st.text]], recap: st.from === s.start && st.text === '', generic: st.vague ?? 1 });
    }
    clauseCuts(a, sentence, text, cut, out);
    phraseCuts(a, sentence, cut);
  }
  frontCoordCut(a, sentence, text, cut);
  listCuts(a, sentence, cut);
  breakdownCuts(a, sentence, cut);
  // However a cut was found, it must not take a noun phrase's head and leave the rest hanging,
  // nor close the sentence on a word that needs what it took.
  return out.filter((r) => !r.cuts.some(([x, y, standIn]) => !standIn && (leavesHeadless(piece(a, s.start, x, r), a.masked.slice(x, y), a.masked.slice(y, s.end)) || (closesSentence(a.masked.slice(y, s.end)) && leftHanging(piece(a, s.start, x, r))))));
}

/**
 * A clause set off by two commas, cut whole, takes a comma that another phrase needs:
 * "Professor Kwame Adjei, of the Eastfold Archaeological Trust[, who visited the site in August,]
 * said …" closes the affiliation before "said", and "… beneath the Karsten Plateau[, more than 300
 * metres below the surface,] the museum announced on Monday" sets off the closing attribution. In
 * both the cut keeps its last comma.
 */
function keepsClosingComma(text: string, sentenceStart: number, sentenceEnd: number, from: number, to: number): boolean {
  if (text[from] !== ',' || text[to - 1] !== ',') return false;
  const prefix = text.slice(sentenceStart, from);
  const after = text.slice(to, sentenceEnd);
  const openAffiliation = !LEADING_PHRASE.test(prefix) && (prefix.match(/,(?!\d)/g) ?? []).length % 2 === 1 && /,\s+(?:of|from|at)\s[^,]*$/.test(prefix);
  return openAffiliation || CLOSING_SAYS.test(after);
}

/** A sentence opening with a phrase a comma closes ("In 1977, …", "When she arrived, …"). */
const LEADING_PHRASE = new RegExp(`^(?:${SUBORDINATORS}|In|On|At|During|From|By|For|Because|Today|Yesterday|Last|This|Earlier|Later)\\b`);
/** A sentence still inside the clause it opened with ("When she arrived at the hospital"): no comma yet. */
const OPENING_CLAUSE = new RegExp(`^(?:${SUBORDINATORS})\\s[^,]*$`);
/** " the Natural History Museum of Aldsburg announced on Monday." closing the sentence. */
const CLOSING_SAYS = /^\s+(?:the|a|an|its|their)\s+[^,;]*?\b(?:said|says|announced|confirmed|reported|added|told)\b[^,;]*[.!?]?\s*$/;

/** Nothing but closing punctuation after a cut. */
const closesSentence = (after: string): boolean => /^[\s.!?;:"”’)]*$/.test(after);

/**
 * "… a young local composer, Beethoven's Violin Concerto, and[, after the interval, …].",
 * "promised an independent review, to be published[ within 30 days].": a stem that would end on
 * a joining word, or on a plan that needs its time.
 */
function leftHanging(before: string): boolean {
  return /(?:^|[\s,])(?:and|or|but|nor|with|of|from|by|to|than|the|a|an)\s*,?\s*$/i.test(before) || /\bto\s+be\s+\p{Ll}+\s*$/u.test(before) || REST_OF_IT.test(before);
}

/** "… will come from the council and the rest[ from the Department for Education].": "the rest" needs what it is of or from. */
const REST_OF_IT = /\band\s+the\s+(?:rest|remainder|balance|others)\s*$/i;

/** A finite verb in `head` and another right after the name: "is a scheme [Coastline] calls …". */
// The lexicon reads "calls" and "runs" as plurals: the verbs such a clause most often has are listed.
const finite = (w: string): boolean => lexTags(w).some((t) => t === 'PresentTense' || t === 'PastTense') || /^(?:calls|describes|uses|runs|owns|makes|sells|offers|plans|proposes|wants|says|prefers|needs|builds|operates|manages)$/.test(w);

/** A noun phrase (up to three words after its determiner) that a preposition opened: "Under the agreement". */
const AFTER_PREPOSITION = /(?:^|\s)(?:under|after|before|in|on|at|from|with|by|for|during|despite|without|through|following|since|until)\s+(?:the|a|an|his|her|their|its|our)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+\s*$/iu;

/** Text that opens with a modal or a finite verb: " will pay …", " passes …". */
function opensWithVerb(after: string): boolean {
  const next = /^\s+(\p{Ll}+)/u.exec(after)?.[1];
  return !!next && (/^(?:will|would|can|could|shall|should|may|might|must|has|have|had|is|are|was|were|does|did)$/.test(next) || finite(next));
}

function relativeSubject(head: string, after: string): boolean {
  const next = /^\s+(\p{Ll}+)/u.exec(after)?.[1];
  if (!next || !finite(next)) return false;
  return /\b(?:is|are|was|were|has|have|had)\b/i.test(head) || head.split(/\s+/).some((w) => lexTags(w).some((t) => t === 'PastTense' || t === 'PresentTense'));
}

/** A verb of where a thing is, which needs its place: "based in Leeds", "is located near Marlow", "lives in Oslo". */
const LOCATIVE_VERB = /\b(?:based|located|situated|headquartered|placed|housed|stationed|set|lies|lie|lay|sits|sat|stands|stood|lives|lived|live|is|are|was|were|be|been|remains|remained|stays|stayed)\s*$/i;

/** A courtesy title opening the sentence before a name: "Dr ", "Professor ". */
const HONORIFIC_LEAD = /^(?:|(?:Dr|Mr|Mrs|Ms|Mx|Prof|Professor|Sir|Dame)\.?\s+)$/;

/** ", the cartographer whose maps were used by pilots, farmers and engineers," up to its closing comma. */
const APPOSITIVE = new RegExp(String.raw`^,\s+(?:an?|the)\s+(?:[^,;“”"]|,(?=\d)|${LIST_COMMA}){3,120}?${NOT_LIST_COMMA}(?!\d)(?=\s+\p{Ll})`, 'u');


/** Sentence text from `from` to `to` with the reduction's ranges cut out. */
export function piece(a: Analysis, from: number, to: number, r?: Reduction): string {
  let t = '';
  let at = from;
  for (const [x, y, standIn] of r?.cuts ?? []) {
    if (y <= from || x >= to) continue;
    const kept = a.masked.slice(at, Math.max(at, x));
    // "The [Maddrell] family" with "the family" standing in reads "The family", not "The the family".
    const lead = standIn && x >= from ? (/(?:^|[^\p{L}])(?:the|a|an)\s+$/iu.test(t + kept) ? standIn.replace(/^(?:the|a|an)\s+/i, '') : standIn) : '';
    t += kept + lead;
    at = Math.max(at, y);
  }
  return t + a.masked.slice(at, to);
}
