// Reduced sentences: the same sentence with a phrase or clause cut out (a leading
// date, a ", which …," clause, a closing phrase, a name its role stands in for, one of
// two joined clauses, an amount hung on "of"), so a second fact of the sentence can be
// asked without the stem giving away the first.
import { isStopword, lexTags } from '../lexicon';
import { standIns } from './stand-in';
import type { Analysis } from '../types';

const AUX = new Set(['had', 'did', 'could', 'would', 'should', 'might', 'must', 'may', 'will', 'can', 'is', 'are', 'has', 'have', 'do', 'does', 'be', 'been']);

export interface Reduction {
  /** Absolute [start, end) ranges cut from the sentence, each optionally replaced by a stand-in ("the mayor"). */
  cuts: Array<[number, number, string?]>;
  /** Capitalize the first letter left after the cuts. */
  recap: boolean;
}

/** Two cuts at once, or null when they overlap. */
export function combine(x: Reduction, y: Reduction): Reduction | null {
  const cuts = [...x.cuts, ...y.cuts].sort((u, v) => u[0] - v[0]);
  for (let k = 1; k < cuts.length; k++) if (cuts[k - 1][1] > cuts[k][0]) return null;
  return { cuts, recap: x.recap || y.recap };
}

/** Ways to shorten a sentence so that one of its facts disappears from the stem. */
export function reductions(a: Analysis, sentence: number): Reduction[] {
  const s = a.sentences[sentence];
  const text = a.masked.slice(s.start, s.end);
  const ms = a.bySentence[sentence];
  const out: Reduction[] = [];
  const cut = (from: number, to: number, recap = false): void => {
    // A cut never splits a word or a number ("£35,000, which paid for 1,|400").
    if (splitsToken(a.masked, from) || splitsToken(a.masked, to)) return;
    out.push({ cuts: [[from, to]], recap });
  };
  const lead = leadCuts(a, sentence, text, cut);
  // " in 2023" / " on 3 June" inside the sentence, when what follows still reads on.
  for (const m of ms) {
    if (m.kind !== 'date' || (lead && m.start < s.start + lead)) continue;
    // "… in service since 2009." reads on without its date as well.
    // "will close for six weeks [from 3 March] so that …": a start date after a span goes too.
    const prep = /\s+(in|on|since|until|from)\s+$/.exec(a.masked.slice(Math.max(s.start, m.start - 7), m.start));
    const next = a.masked.slice(m.end, m.end + 12);
    if (!prep || !/^([.;]|,\s+(when|after|before|while)\b|\s+(when|after|before|because|with|for|to|at|by|from|near|under|in|on|the|a|an|so that)\b|\s+and\s+(?!\d))/.test(next)) continue;
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
    cut(m.start - prep[0].length, m.end);
  }
  // "the goldsmith Johannes Gutenberg" reads on as "the goldsmith", and
  // "Their coach, Helen Marsh, said" as "Their coach said": the role stands in for the name.
  // Likewise "the submersible Alvin" as "the submersible".
  for (const m of ms) {
    if (m.title || m.kind === 'date' || m.kind === 'number' || m.kind === 'quantity' || (m.kind === 'person' && !m.role)) continue;
    const head = a.masked.slice(s.start, m.start);
    const comma = /,\s+$/.test(head);
    if (!rolePhrase(head.replace(/,?\s+$/, ''), m.role)) continue;
    if (comma ? a.masked[m.end] !== ',' : !/^[\s,;.]/.test(a.masked.slice(m.end, m.end + 1))) continue;
    // "Its chair, Tomasz Wielgus, who has run …, said": cut to "Its chair" the clause would dangle,
    // so the name goes with its clause ("Its chair said …").
    if (comma && /^,\s+(who|which|whose)\b/.test(a.masked.slice(m.end, m.end + 8))) {
      const clause = /^,\s+(?:who|whose)\s(?:[^,;“”"]|,(?=\d)){3,120}?,(?!\d)\s+(?=\p{Ll})/u.exec(a.masked.slice(m.end, s.end));
      if (clause) cut(m.start - head.match(/,?\s+$/)![0].length, m.end + clause[0].length - clause[0].match(/\s+$/)![0].length);
      continue;
    }
    cut(m.start - head.match(/,?\s+$/)![0].length, m.end + (comma ? 1 : 0));
  }
  // "the [Castle Edge] tunnel, which is 2.4 kilometres long": a name that only modifies a common
  // noun goes, and "the tunnel" still reads whole.
  for (const m of ms) {
    if (m.kind !== 'place' && m.kind !== 'organization' && m.kind !== 'term') continue;
    if (!/(?:^|\s)the\s+$/i.test(a.masked.slice(Math.max(s.start, m.start - 5), m.start))) continue;
    const noun = /^ (\p{Ll}{3,})\b/u.exec(a.masked.slice(m.end, s.end))?.[1];
    if (!noun || isStopword(noun)) continue;
    const tags = lexTags(noun);
    if (tags.includes('Singular') || (!tags.length && !/(?:ed|ly|ing)$/.test(noun))) cut(m.start, m.end + 1);
  }
  // "Elena Varga[, the architect whose library changed the waterfront of Kessel,] has died": an
  // appositive set off by commas after a name goes, and the sentence reads on.
  for (const m of ms) {
    if (m.kind === 'date' || m.kind === 'number' || m.kind === 'quantity') continue;
    const ap = /^,\s+(?:an?|the)\s+(?:[^,;“”"]|,(?=\d)){3,120}?,(?!\d)(?=\s+\p{Ll})/u.exec(a.masked.slice(m.end, s.end));
    if (!ap || !ms.some((x) => x.start >= m.end && x.end <= m.end + ap[0].length)) continue;
    cut(m.end, m.end + ap[0].length);
    // "Elena Varga, the architect whose …, has died" read as "The architect whose … has died":
    // the appositive stands in for the name that opens the sentence.
    const article = /^,\s+(an?|the)\s/.exec(ap[0])!;
    if (m.start === s.start && m.kind === 'person' && !splitsToken(a.masked, m.end + ap[0].length - 1)) {
      out.push({ cuts: [[m.start, m.end + article[0].length, article[1][0].toUpperCase() + article[1].slice(1) + ' '], [m.end + ap[0].length - 1, m.end + ap[0].length]], recap: false });
    }
  }
  closingCuts(a, sentence, text, cut);
  amountCuts(a, sentence, cut);
  attributiveAmountCuts(a, sentence, cut);
  if (ms.length > 1) {
    // "Mayor Denise Okafor said …" read as "The mayor said …" (stand-in.ts).
    for (const st of standIns(a, sentence)) {
      if (!splitsToken(a.masked, st.from) && !splitsToken(a.masked, st.to)) out.push({ cuts: [[st.from, st.to, st.text]], recap: false });
    }
    clauseCuts(a, sentence, text, cut);
    phraseCuts(a, sentence, cut);
  }
  frontCoordCut(a, sentence, text, cut);
  listCuts(a, sentence, cut);
  return out;
}

/**
 * "The wall [will be 1.2 kilometres long and] is expected to cost £4.6 million.": the first of
 * two coordinated predicates cut, so the second's fact can be asked without the first's.
 */
function frontCoordCut(a: Analysis, sentence: number, text: string, cut: Cut): void {
  const s = a.sentences[sentence];
  // Commas may follow the two predicates ("…, a charity set up in 1987"), never come inside them.
  if (/[“”";:]/.test(text)) return;
  // "The market [opened in 1889 and] was restored in 1994": a simple past first verb too;
  // "The trial [cost £1.2 million and] was paid for by …": an irregular one before an auxiliary.
  const m =
    /^((?:\p{L}+\s+){1,4}?)(will|is|are|was|were|has|have|had|\p{Ll}+ed)\s+([^,;]{3,80}?)\s+and\s+(is|are|was|were|will|has|have|had|\p{Ll}+ed)\s+/u.exec(text) ??
    /^((?:\p{L}+\s+){1,4}?)(\p{Ll}{3,})\s+([$€£¥\d][^,;]{2,60}?)\s+and\s+(is|are|was|were|has|have|had)\s+/u.exec(text);
  if (!m || m[1].split(/\s+/).some((w) => PRONOUN_SUBJECTS.has(w.toLowerCase()))) return;
  if (!/^(will|is|are|was|were|has|have|had|\p{Ll}+ed|cost|costs|put|set|cut|hit|spread)$/u.test(m[2]) && !lexTags(m[2]).includes('PastTense')) return;
  const verb = (w: string): boolean => !/ed$/.test(w) || lexTags(w).some((t) => /PastTense|Verb/.test(t));
  if (!verb(m[2]) || !verb(m[4]) || m[1].split(/\s+/).some((w) => /ed$/.test(w) && lexTags(w).includes('PastTense'))) return;
  const from = s.start + m[1].length;
  const to = s.start + m[0].length - /\S+\s+$/u.exec(m[0])![0].length;
  if (!a.bySentence[sentence].some((x) => x.start >= from && x.end <= to)) return;
  cut(from, to);
}

/**
 * "The budget pays for 24 new police officers [and 15 electric buses]." and "… pays for
 * [24 new police officers and] 15 electric buses.": two facts of one kind joined by "and"
 * at the end of a sentence, either of which reads alone.
 */
function listCuts(a: Analysis, sentence: number, cut: Cut): void {
  const s = a.sentences[sentence];
  const ms = a.bySentence[sentence];
  const end = s.start + a.masked.slice(s.start, s.end).replace(/[.!]\s*$/, '').length;
  for (let k = 1; k < ms.length; k++) {
    const x = ms[k - 1];
    const y = ms[k];
    const numeric = (m: typeof x): boolean => m.kind === 'number' || m.kind === 'quantity';
    if (x.kind !== y.kind && !(numeric(x) && numeric(y))) continue;
    const between = /^([^,;.“”"\d]{0,40}?)\s+and\s+$/u.exec(a.masked.slice(x.end, y.start));
    if (!between || !/^[\p{L}\s-]{0,40}$/u.test(a.masked.slice(y.end, end))) continue;
    // The first must open after a verb or preposition, not inside a longer name.
    if (!/\s(?:\p{Ll}+)\s+$/u.test(a.masked.slice(s.start, x.start))) continue;
    cut(x.end + between[1].length, end);
    cut(x.start, y.start);
  }
}

/**
 * "a [€4 million] grant from the board", "the [£2.3 million] restoration": an amount written
 * before its noun can go, and the noun phrase still reads whole ("a grant").
 */
function attributiveAmountCuts(a: Analysis, sentence: number, cut: Cut): void {
  const s = a.sentences[sentence];
  for (const m of a.bySentence[sentence]) {
    if (m.kind !== 'quantity' || !/^[$€£¥]/.test(m.text)) continue;
    if (!/(^|\s)(a|an|the|its|their|his|her)\s+$/i.test(a.masked.slice(s.start, m.start))) continue;
    const noun = /^\s+(\p{Ll}{3,})\b/u.exec(a.masked.slice(m.end, s.end));
    if (!noun || isStopword(noun[1]) || lexTags(noun[1]).some((t) => /Preposition|Determiner|Conjunction|Pronoun|Adverb|PastTense|Gerund/.test(t))) continue;
    cut(m.start, m.end + 1);
  }
}

/**
 * "approved a record budget [of $412 million] on Tuesday": an amount hung on a noun by "of"
 * can go, and the noun still reads whole; so can one hung by "worth" ("a contract [worth 1.9
 * billion euros] to build …").
 */
function amountCuts(a: Analysis, sentence: number, cut: Cut): void {
  const s = a.sentences[sentence];
  for (const m of a.bySentence[sentence]) {
    // "at the age of 19" cut to "at the age" reads broken.
    if ((m.kind !== 'quantity' && m.kind !== 'number') || m.unit === 'age') continue;
    const head = a.masked.slice(s.start, m.start);
    const of = /\s+(?:of|worth)\s+(?:(?:about|some|nearly|almost|around|roughly|over|more than|less than|at least|up to)\s+)?$/.exec(head);
    if (!of || !completesWithout(head.slice(0, of.index))) continue;
    const tail = a.masked.slice(m.end, s.end);
    if (!/^([.,;!]|\s+(on|in|at|for|to|from|and|after|before|when|with|by|this|last|next)\b)/.test(tail)) continue;
    cut(s.start + of.index, m.end);
  }
}

/**
 * "The last barge passed through in 1931, and the canal reopened in June 1978.": two
 * clauses joined by ", and" (", but", "; ") each read alone, so either may be cut to ask
 * the other's fact. The second must open with its own subject and verb.
 */
function clauseCuts(a: Analysis, sentence: number, text: string, cut: Cut): void {
  const s = a.sentences[sentence];
  if (/[“”"]/.test(text)) return;
  const ms = a.bySentence[sentence];
  const end = text.replace(/[.!]\s*$/, '').length;
  const joint = /(?:,\s+(?:and|but|while|whereas)|;)\s+/g;
  let m: RegExpExecArray | null;
  while ((m = joint.exec(text))) {
    const from = m.index;
    const to = m.index + m[0].length;
    if (from < 15 || !opensClause(text.slice(to, end))) continue;
    const factIn = (x: number, y: number): boolean => ms.some((f) => f.start >= s.start + x && f.end <= s.start + y);
    if (!factIn(0, from) || !factIn(to, end)) continue;
    cut(s.start + from, s.start + end);
    cut(s.start, s.start + to, true);
  }
}

/** "the canal reopened …", "digging began …", "Smith said …": a subject, then a finite verb within five words. */
function opensClause(rest: string): boolean {
  const words = rest.split(/\s+/).slice(0, 9);
  if (words.length < 4) return false;
  const first = words[0].toLowerCase();
  if (PRONOUN_SUBJECTS.has(first) || /^(which|who|that|then|so|also|not)$/.test(first)) return false;
  // "volunteers from the Vennor Canal Trust spent …": a subject may carry a phrase naming where
  // it is from, up to a name, before its verb.
  const from = /^\p{Ll}+\s+(?:from|of|at|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(\p{Ll}+)\s/u.exec(rest);
  if (from && (lexTags(from[1]).includes('PastTense') || /^(was|were|is|are|has|have|had|will|would|could|can)$/.test(from[1]))) return true;
  for (let k = 1; k < Math.min(6, words.length); k++) {
    // "the lunar module, named Eagle": a comma before the verb marks a list of nouns, not a clause.
    if (/[,;:]$/.test(words[k - 1])) return false;
    const w = words[k].replace(/[^\p{L}]/gu, '').toLowerCase();
    if (!w) return false;
    if (/^(was|were|is|are|has|have|had|will|would|could|can|did|does|do|should|may|might|must)$/.test(w)) return true;
    const tags = lexTags(w);
    if (tags.includes('PastTense') || (tags.length === 0 && /ed$/.test(w))) return true;
    if (tags.some((t) => /Preposition|Conjunction|Adverb|Gerund/.test(t))) return false;
  }
  return false;
}

/** ", the company said on Wednesday.", ", police said.", ", Calder County Council said.": who reported the news, closing the sentence. */
const ATTRIBUTION = /,\s+(?:(?:the|a|an|its|their)\s+[\p{L}\s-]{2,40}?|police|officials|(?:\p{Lu}[\p{L}'’-]*\s+){1,4}\p{Lu}[\p{L}'’-]*)\s+(?:said|says|announced|confirmed|reported)(?:\s+on\s+\p{Lu}\p{Ll}+|\s+\p{Ll}+day|\s+yesterday|\s+today)?\s*[.!]?\s*$/u;

/** Quotation marks in `t` open and close in pairs. */
function balanced(t: string): boolean {
  return (t.match(/“/g)?.length ?? 0) === (t.match(/”/g)?.length ?? 0) && (t.match(/"/g)?.length ?? 0) % 2 === 0;
}

/** "Its chair, Tomasz Wielgus": text ending in a capitalized name that a comma opened. */
function appositiveName(before: string): boolean {
  const seg = /,\s+([^,]+)$/.exec(before)?.[1];
  return !!seg && /^(?:\p{Lu}[\p{L}'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]*$/u.test(seg.trim()) && !/^(In|On|By|Around)\s/.test(seg);
}

const PREPOSITIONS = new Set(['near', 'in', 'at', 'on', 'from', 'to', 'by', 'for', 'with', 'along', 'across', 'outside', 'inside', 'beside', 'around', 'through', 'under', 'over', 'after', 'before', 'behind', 'between', 'into', 'onto', 'off', 'past', 'toward', 'towards', 'via']);

const PRONOUN_SUBJECTS = new Set(['i', 'we', 'he', 'she', 'they', 'it', 'you', 'there']);

type Cut = (from: number, to: number, recap?: boolean) => void;

/** "In 1977, …" and "In 2012 I joined …": a leading date phrase. Returns its length. */
function leadCuts(a: Analysis, sentence: number, text: string, cut: Cut): number {
  const s = a.sentences[sentence];
  const lead = text.match(/^(In|On|Around|By)\s+[^,]{2,25},\s+/);
  if (lead && /\d{4}/.test(lead[0])) cut(s.start, s.start + lead[0].length, true);
  if (lead) return lead[0].length;
  const bare = text.match(/^(In|By)\s+\d{4}\s+(?=(?:I|we|he|she|they|the|a|an|[A-Z][a-z]+)\s+\p{Ll})/u);
  if (bare) cut(s.start, s.start + bare[0].length, true);
  return 0;
}

/** Clauses a sentence reads complete without, when they hold one of its facts. */
function closingCuts(a: Analysis, sentence: number, text: string, cut: Cut): void {
  const s = a.sentences[sentence];
  const ms = a.bySentence[sentence];
  const holdsFact = (from: number): boolean => ms.some((m) => m.start >= s.start + from);
  const quoted = /[“”"]/.test(text);
  const end = text.replace(/[.!]\s*$/, '').length;
  const toEnd = (at: number): void => cut(s.start + at, s.start + end);
  // ", which …," in the middle ("1,400" inside it is no closing comma).
  const rel = /,\s+(which|who)\s+(?:[^,“”"]|,(?=\d)){3,80},(?!\d)/.exec(text);
  // "Its chair, Tomasz Wielgus[, who has run a stall for 22 years], said": a name set off by
  // commas keeps its closing comma.
  if (rel) cut(s.start + rel.index, s.start + rel.index + rel[0].length - (appositiveName(text.slice(0, rel.index)) ? 1 : 0));
  // A closing subordinate clause: ", because the pressure … is so high.", ", when they won …".
  const sub = /,\s+(because|when|where|although|though|while|after|before)\s+[^“”"]{3,160}$/.exec(text);
  if (sub && sub.index > 20 && !/[“”"]/.test(text.slice(0, sub.index)) && holdsFact(sub.index)) toEnd(sub.index);
  // The same without a comma: "… along the River Severn after the council approved the plan."
  // "… until Sunday while engineers from Holloway Structural checked the walls.": a plural noun may open it.
  const bare = /\s+(because|although|after|before|until|while)\s+(?:the|a|an|his|her|their|its|\p{Lu}|\p{Ll}{3,}s\s)[^,;“”"]{3,140}$/u.exec(text);
  if (bare && bare.index > 20 && !sub && holdsFact(bare.index) && !quoted && completesWithout(text.slice(0, bare.index))) toEnd(bare.index);
  // A closing ", who …" clause: "…, said councillor Grace Whitfield, who has campaigned since 2015."
  const relEnd = /,\s+(which|who)\s+[^,;“”"]{3,140}$/.exec(text);
  if (relEnd && relEnd.index > 10 && holdsFact(relEnd.index)) toEnd(relEnd.index);
  // "… from the board[, whose director, Colm Brannigan, called the plan "the biggest …"]": a closing
  // "whose" clause goes whole, quotation and all, when nothing before it is quoted.
  const whose = /,\s+whose\s+.{3,200}$/u.exec(text);
  if (whose && whose.index > 10 && holdsFact(whose.index) && !/[“”"]/.test(text.slice(0, whose.index)) && balanced(text.slice(whose.index))) toEnd(whose.index);
  // A closing participle clause: "…, beating Lakeside Rovers 3-1 in front of 42,000 fans."
  const part = /,\s+(\p{Ll}+ing)\s+[^;“”"]{3,160}$/u.exec(text);
  // An "-ing" word the lexicon does not know ("destroying") is taken as a participle.
  const ing = (w: string): boolean => lexTags(w).length === 0 || lexTags(w).some((t) => /Gerund|Verb|PresentTense/.test(t));
  if (part && part.index > 15 && holdsFact(part.index) && !quoted && ing(part[1])) {
    toEnd(part.index);
    // "…, destroying 37 stalls [and forcing the evacuation of 120 homes]" and
    // "…, [destroying 37 stalls and] forcing the evacuation of 120 homes": either participle alone.
    const inner = /\s+and\s+(\p{Ll}+ing)\s/u.exec(text.slice(part.index));
    if (inner && ing(inner[1])) {
      const at = part.index + inner.index;
      const open = part.index + part[0].length - part[0].replace(/^,\s+/, '').length;
      if (holdsFact(at)) toEnd(at);
      cut(s.start + open, s.start + at + inner[0].length - inner[1].length - 1);
    }
  }
  // A participle phrase set off by commas: "The Mariners[, based in Port Harlow,] had won …",
  // "…[, watched by a crowd of 31,500 at Kettering Park]." ("1,400" inside it is no comma).
  // "The regatta[, first held in 1851,] drew …": an adverb may open the participle phrase.
  const ed = /,\s+(?:(?:first|once|originally|later|now|also|still)\s+)?(\p{Ll}+)\s+(?:by|in|at|on|from|near|with|for|to)\s+(?:[^,;“”"]|,(?=\d)){3,120}?(,(?!\d)|[.!]?\s*$)/u.exec(text);
  const participle = (w: string): boolean => /ed$/.test(w) || lexTags(w).some((t) => /PastTense|Participle/.test(t));
  if (ed && ed.index > 3 && !quoted && participle(ed[1]) && holdsFact(ed.index)) {
    const stop = ed[2] === ',' ? ed.index + ed[0].length : end;
    if (ed[2] === ',' || ed.index > 15) cut(s.start + ed.index, s.start + stop);
  }
  // "…, three miles away in Dunstall.", "…, 20 kilometres north of Ostwick.": a closing distance.
  const away = /,\s+(?:(?:about|some|nearly|around|roughly)\s+)?[\p{L}\d.,]+\s+(?:miles|kilometres|kilometers|km|metres|meters)\s+(?:away|north|south|east|west|upstream|downstream|inland|outside|from)\b[^,;“”"]{0,100}$/u.exec(text);
  if (away && away.index > 15 && holdsFact(away.index)) toEnd(away.index);
  // "…, with £600,000 from the Harrow Valley Trust.": a closing "with" phrase adds a second fact.
  const withTail = /,\s+with\s+[^;“”"]{3,140}$/.exec(text);
  if (withTail && withTail.index > 15 && holdsFact(withTail.index) && !quoted) toEnd(withTail.index);
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
 * A phrase naming one fact, at the end ("… vents near the Galápagos Islands.",
 * "… under manager Frank Doyle.") or in the middle when the sentence reads on
 * without it ("… a new flood wall [along the River Severn] after the council approved it.").
 */
function phraseCuts(a: Analysis, sentence: number, cut: Cut): void {
  const s = a.sentences[sentence];
  const ms = a.bySentence[sentence];
  for (let k = 0; k < ms.length && k < 8; k++) {
    const m = ms[k];
    if (m.kind === 'number' || m.kind === 'date') continue;
    const isLast = k === ms.length - 1;
    // "Sales rose by 9 percent last year [to €118 million], helped by …": a closing participle reads on.
    if (!isLast && (m.kind === 'quantity' || m.kind === 'person') && !/^,\s+\p{Ll}+(?:ing|ed)\s/u.test(a.masked.slice(m.end, s.end))) continue;
    // "in the Marrick region", "in the Brackley valley": a lower-case kind of place ends the phrase.
    const kindOfPlace = m.kind === 'place' ? /^\s+(?:region|valley|area|district|county|coast|estuary|basin|delta|peninsula)\b/.exec(a.masked.slice(m.end, s.end)) : null;
    const phraseEnd = m.end + (kindOfPlace?.[0].length ?? 0);
    const tail = a.masked.slice(phraseEnd, s.end);
    const head = a.masked.slice(s.start, m.start);
    // Not "at least £400,000": "at least" qualifies the amount, it is no place phrase.
    const lead = /\s+(in|at|near|from|to|across|outside|after|before|under|with|by|for|along|beside|around|through)\s+(?:(?:the|a|an)\s+)?(?:(?!(?:least|most)\s)\p{Ll}+\s+)?$/u.exec(head);
    if (!lead || /[“”"]/.test(head) || !completesWithout(head.slice(0, lead.index))) continue;
    const closes = /^\s*[.!]?\s*$/.test(tail);
    // "… a plant in Hollins Ferry, which will cost …": a relative clause reads on after the cut.
    const relative = /^,\s+(which|where)\s/.test(tail);
    // "… the covered market [in Aldermoor] early on Friday, destroying …": a time or a participle reads on.
    // "… a second plant [in Dunmore] next year and hire …": a time phrase reads on as well.
    // "Two primary schools [in the Brackley valley] will merge …": the subject's place phrase
    // goes, and the verb follows the subject directly.
    const subjectPlace = m.kind === 'place' && /^\s+(?:will|would|was|were|is|are|has|have|had)\s+\p{Ll}/u.test(tail) && !/[,;]/.test(head.slice(0, lead.index));
    const readsOn = subjectPlace || /^\s+(?:early|late)\s+(?:on|in)\s/.test(tail) || /^,\s+\p{Ll}+(?:ing|ed)\s/u.test(tail) || /^\s+(?:next|last|this)\s+(?:year|month|week|spring|summer|autumn|winter)\b/.test(tail);
    if (!closes && !relative && !readsOn && (!/^\s+(after|before|when|because|while|until|since|on|during|for)\s/.test(tail) || /^\s+\S+\s+\d/.test(tail))) continue;
    cut(s.start + lead.index, phraseEnd);
  }
}

/** "the goldsmith", "his Azerbaijani counterpart": a determiner, up to two modifiers, the role. */
function rolePhrase(head: string, role: string | undefined): boolean {
  const words = head.split(/\s+/);
  const noun = words.pop() ?? '';
  // "the crosswind near Pike Bridge": "near" is no role the name could be cut to.
  if (PREPOSITIONS.has(noun.toLowerCase())) return false;
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
function completesWithout(before: string): boolean {
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
function splitsToken(t: string, at: number): boolean {
  const alnum = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  if (alnum(t[at - 1]) && alnum(t[at])) return true;
  return /\d/.test(t[at] ?? '') && /[.,]/.test(t[at - 1] ?? '') && /\d/.test(t[at - 2] ?? '');
}

/** Sentence text from `from` to `to` with the reduction's ranges cut out. */
export function piece(a: Analysis, from: number, to: number, r?: Reduction): string {
  let t = '';
  let at = from;
  for (const [x, y, standIn] of r?.cuts ?? []) {
    if (y <= from || x >= to) continue;
    t += a.masked.slice(at, Math.max(at, x)) + (standIn && x >= from ? standIn : '');
    at = Math.max(at, y);
  }
  return t + a.masked.slice(at, to);
}
