// Stand-ins: "Mayor Denise Okafor said the plan costs $412 million" can ask for the amount
// as "The mayor said the plan costs _____" once the person is asked elsewhere, and
// "Ravensworth City Council approved …" as "The council approved …". A name is replaced by
// the role or body it is introduced with, so the stem no longer gives that name away.
import { isCompanyNoun, isRole, isStopword, isTitleWord, lexTags } from '../lexicon';
import { wordRuns } from '../tokens';
import type { Analysis, Mention } from '../types';
import { containsTerm } from './candidate';

/** Courtesy titles say nothing about a person: "Dr Lee" cannot become "the dr". */
const HONORIFICS = /^(mr|mrs|ms|mx|dr|sir|dame|lord|lady|miss|st|saint)\.?$/i;
/**
 * Bodies and built places whose name may be shortened to "the council", "the canal": their
 * last word says what they are. Not "city" or "town": "Harbour City" may be a club.
 * Funds, bureaus, studios, prizes and cups too (1.18.3): "In 1956 she joined the bureau",
 * "In 1992 she won the prize, …" ask the year without showing the body or prize asked beside it.
 */
const BODY = /^(council|committee|festival|company|club|university|college|government|ministry|agency|board|court|party|team|bank|museum|library|school|hospital|authority|commission|department|institute|foundation|trust|charity|league|association|federation|corporation|airline|orchestra|society|service|canal|bridge|stadium|park|hall|station|airport|dam|tower|cathedral|church|theatre|theater|market|centre|center|plant|mill|barrage|tunnel|railway|bureau|office|fund|grant|observatory|studio|conservatory|conservatoire|laboratory|prize|medal|award|cup|trophy|regatta|gallery)$/i;

/** Plural trade nouns that end a company's name ("Corrin Bakeries", "Harlan Industries"). */
const FIRM = /^(bakeries|breweries|ferries|industries|holdings|airlines|airways|motors|foods|dairies|enterprises|systems|technologies|pharmaceuticals|laboratories|logistics|shipping|railways|builders|brands|hotels|restaurants|stores|mills)$/i;

export interface StandIn {
  from: number;
  to: number;
  text: string;
  /** How much vaguer the stem reads for it, in plain stand-ins ("the council" is 1). */
  vague?: number;
}

/** One of two names joined by "and" or "or": "Tom Beckett and Ella Nowak", "Millbrook or Crayford Bridge". */
export function joinedToName(a: Analysis, m: Mention): boolean {
  const head = a.masked.slice(Math.max(a.sentences[m.sentence].start, m.start - 40), m.start);
  return /\p{Lu}[\p{L}'’-]*,?\s+(?:and|or)\s+$/u.test(head) || /^,?\s+(?:and|or)\s+\p{Lu}/u.test(a.masked.slice(m.end, m.end + 8));
}

export function standIns(a: Analysis, sentence: number): StandIn[] {
  const s = a.sentences[sentence];
  const out: StandIn[] = [];
  for (const m of a.bySentence[sentence]) {
    const st = m.kind === 'person' ? personStandIn(a, m, s.start) : m.kind === 'date' || m.kind === 'number' || m.kind === 'quantity' ? null : bodyStandIn(a, m, s.start);
    // "The two dissenting judges, Justice _____ and the justice, …": a role the sentence already
    // names for someone else says nothing of whom it means.
    // "the villages of Upper Denholm and Crayford Bridge" is not "… Upper Denholm and the bridge".
    if (!st || joinedToName(a, m)) continue;
    const role = st.text.split(' ').pop() ?? '';
    if (containsTerm(a.masked.slice(s.start, st.from) + ' ' + tailBeside(a, m, st.to, role), role)) continue;
    out.push(st);
  }
  return out;
}

/** "Mayor Denise Okafor" -> "the mayor"; "Head coach Martin Achebe" -> "The head coach". */
function personStandIn(a: Analysis, m: Mention, sentenceStart: number): StandIn | null {
  const head = a.masked.slice(sentenceStart, m.start);
  // A role opening the sentence: "Transit director Paul Lindqvist said …", "Prime Minister … said",
  // "Mayor Denise Okafor said …" (a sentence-initial title may not be peeled off the name).
  const lead = head.match(/^(\p{Lu}[\p{L}-]*\s+)?(\p{L}[\p{L}-]*\s+)$/u);
  if (lead) {
    const last = head.trim().split(/\s+/).pop()!;
    // "The Maddrell family will keep …": an article before a name is no role to stand in for it.
    if (/^(the|a|an)$/i.test(last)) return null;
    const isLead = m.role ? last === m.role : (isRole(last) || isTitleWord(last)) && !HONORIFICS.test(last) && /^\p{L}{3,}$/u.test(last);
    // "The geologist Jack Corliss" -> "The geologist", not "The the geologist".
    const role = head.trim().toLowerCase();
    return isLead ? { from: sentenceStart, to: m.end, text: /^(the|a|an)\s/.test(role) ? role[0].toUpperCase() + role.slice(1) : `The ${role}` } : null;
  }
  // A capitalized title peeled off the name inside the sentence ("… told Mayor Denise Okafor").
  if (!m.title) return null;
  const words = m.title.split(' ');
  const last = words[words.length - 1];
  if (words.length > 3 || HONORIFICS.test(last) || !(isRole(last) || isTitleWord(last))) return null;
  const at = head.lastIndexOf(m.title);
  if (at < 0 || !/^\s+$/.test(head.slice(at + m.title.length))) return null;
  const before = head.slice(0, at);
  // Only after a verb, a preposition or a comma ("… told Mayor X", "…, said Councillor X"):
  // "Prime" before "Minister" belongs to the title, and in "the British explorer Captain
  // James Cook" the name is in apposition to a noun that already says who he is.
  const prevWord = before.match(/(\p{L}+)\s+$/u)?.[1] ?? '';
  const joins = /,\s*$/.test(before) || /^(to|with|by|from|for|and|at|on|in|of|said|told|says|tells)$/i.test(prevWord) || lexTags(prevWord).some((t) => /PastTense|PresentTense|Infinitive/.test(t));
  if (!joins || /^\p{Lu}/u.test(prevWord)) return null;
  // "the Mayor Denise Okafor" keeps its article; otherwise one is added.
  const article = /(^|\s)(the|a|an)\s+$/i.test(before) ? '' : 'the ';
  return { from: sentenceStart + at, to: m.end, text: article + m.title.toLowerCase() };
}

/** "Ravensworth City Council approved …" -> "The council approved …"; "the Halvorsen Canal" -> "the canal". */
function bodyStandIn(a: Analysis, m: Mention, sentenceStart: number): StandIn | null {
  // "Ferry operator Baltline has agreed …" -> "The ferry operator has agreed …".
  const lead = /^((?:\p{L}+\s+)?(\p{Ll}+))\s+$/u.exec(a.masked.slice(sentenceStart, m.start));
  if (m.kind === 'organization' && lead && isCompanyNoun(lead[2]) && !/^(the|a|an)\s/i.test(lead[1])) {
    return { from: sentenceStart, to: m.end, text: `The ${lead[1].toLowerCase()}` };
  }
  const noun = bodyNoun(a, m);
  if (!noun) return null;
  const before = a.masked.slice(sentenceStart, m.start);
  // "with the charity Clearwater Trust" is not "with the charity the trust": a noun already says
  // what the body is (reduce.ts cuts the name after it instead).
  const kindBefore = /(?:^|\s)(?:the|an?|its|their|his|her|our)\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}{3,})\s+$/u.exec(before)?.[1];
  if (kindBefore && !isStopword(kindBefore) && (isCompanyNoun(kindBefore) || BODY.test(kindBefore) || lexTags(kindBefore).some((t) => /Noun|Singular|Plural|Uncountable|Actor/.test(t)))) return null;
  // "the Marsh County Council", "Pashinian’s Civil Contract party": a determiner or an owner is kept.
  const hasArticle = /(^|\s)(the|his|her|its|their|our|my|your|this|that)\s+$/i.test(before) || /['’]s?\s+$/.test(before);
  const text = hasArticle ? noun : before.trim() === '' ? `The ${noun}` : `the ${noun}`;
  return { from: m.start, to: m.end, text };
}

/**
 * What a body's or built place's name says it is, when "the <noun>" can only mean it there:
 * "Ravensworth City Council" -> "council", "Corrin Bakeries" -> "company"; null otherwise.
 */
export function bodyNoun(a: Analysis, m: Mention): string | null {
  let words = m.text.split(/\s+/);
  // "Maritime Museum of Eastwick", "University of Lenzburg": the body's word comes before "of".
  const of = words.findIndex((w, k) => k > 0 && /^of$/i.test(w));
  if (of > 0 && BODY.test(words[of - 1])) words = words.slice(0, of);
  const last = words[words.length - 1];
  // "Corrin Bakeries", "Vessna Ferries": a firm named for what it sells stands in as "the company".
  const firm = m.kind === 'organization' && FIRM.test(last);
  // "Ashgrove Primary", "Lea Valley Academy": a school named by its stage.
  const school = m.kind !== 'person' && /^(primary|academy|grammar)$/i.test(last);
  // "Kestrel Thermal, a maker of heat pumps, …": the article's leading firm, which it calls
  // "the company" elsewhere, stands in as "the company" whatever its name says.
  const leading = m.kind === 'organization' && !BODY.test(last) && leadingFirm(a) === m.key;
  if (!leading && ((words.length < 2 && of < 0) || !(BODY.test(last) || firm || school) || /^of$/i.test(words[words.length - 2] ?? ''))) return null;
  const noun = firm || leading ? 'company' : school ? 'school' : last.toLowerCase();
  // "in Winter Park, Florida" is a town, not "the park, Florida"; "at Keller Park" a ground, which
  // "the park" makes a kickabout.
  if (noun === 'park' && m.kind === 'place') return null;
  return leading || isPlainStandIn(a, m, noun) ? noun : null;
}

const leadingFirms = new WeakMap<Analysis, string | null>();

/**
 * The organization an article is about when it calls it "the company" or "the firm": the one
 * organization named at least three times and more often than any other. None on a tie.
 */
export function leadingFirm(a: Analysis): string | null {
  if (leadingFirms.has(a)) return leadingFirms.get(a)!;
  let found: string | null = null;
  if (/\bthe\s+(?:company|firm)\b/i.test(a.masked)) {
    const orgs = [...a.entities.values()].filter((e) => e.kind === 'organization').sort((x, y) => y.count - x.count);
    if (orgs.length && orgs[0].count >= 3 && (orgs.length < 2 || orgs[1].count < orgs[0].count)) found = orgs[0].key;
  }
  leadingFirms.set(a, found);
  return found;
}

/** "the parent company", "a rival firm": words that say the body meant is another one. */
const OTHER_BODY = /\b(?:parent|rival|other|sister|former|new|owning|holding)\b/i;
/** ", the family-owned company said on Wednesday." closing a sentence: the words before its verb. */
const CLOSING_ATTRIBUTION = /,\s+(the\s+(?:[\p{L}-]+\s+){0,2}?\p{Ll}+)\s+(?:said|says|announced|confirmed|added|reported)\b[^,;]*[.!]?\s*$/u;

/**
 * The sentence after `from` (the end of `m` or of its stand-in), where another body of `noun`'s
 * kind could be meant. "Corrin Bakeries will open …, the family-owned company said on Wednesday":
 * a closing attribution naming the sentence's subject again says nothing of another company.
 */
function tailBeside(a: Analysis, m: Mention, from: number, noun: string): string {
  const s = a.sentences[m.sentence];
  const tail = a.masked.slice(from, s.end);
  if (m.start !== s.start || m.kind !== 'organization') return tail;
  // Not "the parent company said", nor a sentence naming another body the words could mean.
  if (a.bySentence[m.sentence].some((o) => o.kind === 'organization' && o.key !== m.key)) return tail;
  const attribution = CLOSING_ATTRIBUTION.exec(tail);
  return attribution && attribution[1].toLowerCase().endsWith(` ${noun}`) && !OTHER_BODY.test(attribution[1]) ? tail.slice(0, attribution.index) : tail;
}

/**
 * Whether "the <noun>" can only mean `m`: not when the article names another body or place of
 * that kind first, or as often or more ("Tom Beckett of the school" read Hartwell for St Hilda's School), nor when the
 * sentence already says the word ("funded by the fund", "Justice _____ and the justice").
 */
export function isPlainStandIn(a: Analysis, m: Mention, noun: string): boolean {
  const s = a.sentences[m.sentence];
  const rest = a.masked.slice(s.start, m.start) + ' ' + tailBeside(a, m, m.end, noun);
  if (wordRuns(rest.toLowerCase()).some((w) => w.startsWith(noun))) return false;
  // To a reader "the school" is the article's main one of its kind: the one named first, and no less often than another.
  const self = a.entities.get(m.key);
  for (const e of a.entities.values()) {
    if (e.key === m.key || (e.kind !== 'place' && e.kind !== 'organization')) continue;
    // Named as often but later: the first named, until the other has been named ("The council will
    // review …" after two sentences on Dunmere Borough Council may mean Dunmere).
    if (self && e.firstSentence > self.firstSentence && (e.count < self.count || (e.count === self.count && m.sentence < e.firstSentence))) continue;
    if (e.name.toLowerCase().split(/\s+/).includes(noun) && !m.text.toLowerCase().includes(e.name.toLowerCase())) return false;
  }
  return true;
}
