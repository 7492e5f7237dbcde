// Phrase-level cuts of a sentence (reduce.ts): a leading date, one of two listed facts, an
// amount hung on a noun, a closing or middle phrase naming one fact.
import { isStopword, lexTags } from '../lexicon';
import type { Analysis } from '../types';
import { completesWithout, endsInBareParticiple, type Cut } from './reduce-text';

/**
 * "In 1977, …", "From 1 April 2027, …", "Since 2021, …" and "In 2012 I joined …": a leading date
 * phrase. Returns its length.
 */
export function leadCuts(a: Analysis, sentence: number, text: string, cut: Cut): number {
  const s = a.sentences[sentence];
  const lead = text.match(/^(In|On|Around|By|From|Since|Until|Till|Before|After|Starting|Beginning)\s+[^,]{2,25},\s+/);
  if (lead && /\d{4}/.test(lead[0])) cut(s.start, s.start + lead[0].length, true);
  if (lead) return lead[0].length;
  // "Since 2012 Valadares has taught …", "After 1517 the church …" (1.19.0) read on without the year
  // too; not "Before 1920 the island was part of Norway", which without its year says it still is.
  const bare = text.match(/^(In|By|Since|After)\s+\d{4}\s+(?=(?:I|we|he|she|they|the|a|an|[A-Z][a-z]+)\s+\p{Ll})/u);
  if (bare) cut(s.start, s.start + bare[0].length, true);
  return 0;
}

/**
 * "The budget pays for 24 new police officers [and 15 electric buses]." and "… pays for
 * [24 new police officers and] 15 electric buses.": two counts or amounts joined by "and" at
 * the end of a sentence, either of which reads alone. Never two names: "a ceasefire reached by
 * Aliyev [and Pashinian]", "ice caps, mainly in [Antarctica and] Greenland" say something false
 * without the other, and leave it a choice that is right too; the stem shows it instead.
 */
export function listCuts(a: Analysis, sentence: number, cut: Cut): void {
  const s = a.sentences[sentence];
  const ms = a.bySentence[sentence];
  const end = s.start + a.masked.slice(s.start, s.end).replace(/[.!]\s*$/, '').length;
  for (let k = 1; k < ms.length; k++) {
    const x = ms[k - 1];
    const y = ms[k];
    const numeric = (m: typeof x): boolean => m.kind === 'number' || m.kind === 'quantity';
    if (!numeric(x) || !numeric(y)) continue;
    const between = /^([^,;.“”"\d]{0,40}?)\s+and\s+$/u.exec(a.masked.slice(x.end, y.start));
    if (!between || !/^[\p{L}\s-]{0,40}$/u.test(a.masked.slice(y.end, end))) continue;
    // The first must open after a verb or preposition, not inside a longer name.
    if (!/\s(?:\p{Ll}+)\s+$/u.test(a.masked.slice(s.start, x.start))) continue;
    // "rose by 22 percent between 2020 and 2024", "restored between 1998 and 2003": the two ends of
    // a span, not a list; either alone reads "between 2020." (1.18.5).
    if (/\bbetween\s+$/i.test(a.masked.slice(s.start, x.start))) continue;
    // "researchers from Trondheim and Oslo will join us": cut after the first item only when no verb
    // follows the list, or the sentence would lose it ("researchers from Trondheim.").
    const tail = a.masked.slice(y.end, end).split(/\s+/).filter(Boolean);
    if (!tail.some((w) => /^(will|would|can|could|should|may|might|must|is|are|was|were|has|have|had|do|does|did)$/i.test(w) || lexTags(w.toLowerCase()).some((t) => /Verb|Tense|Modal|Copula|Auxiliary/.test(t)))) cut(x.end + between[1].length, end);
    cut(x.start, y.start);
  }
}

/**
 * "She carried 64 people[: a crew of 22 and 42 passengers, among them …]": a count the rest of
 * the sentence breaks into parts after a colon reads whole without them, and the parts, summed,
 * would give it away.
 */
export function breakdownCuts(a: Analysis, sentence: number, cut: Cut): void {
  const s = a.sentences[sentence];
  const end = s.start + a.masked.slice(s.start, s.end).replace(/[.!]\s*$/, '').length;
  for (const m of a.bySentence[sentence]) {
    // "23 players: 3 goalkeepers, …" — the count's noun may stand before the colon.
    const colon = /^(?:\s+\p{Ll}+)?\s*:\s/u.exec(a.masked.slice(m.end, end));
    if ((m.kind !== 'quantity' && m.kind !== 'number') || !colon) continue;
    // "22" in "a crew of 22" may be read as no mention: the figures are counted as written, in words too.
    const tail = a.masked.slice(m.end + colon[0].length, end);
    if ((tail.match(/(?<![\d.,])\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\p{Ll}+)?\b/giu) ?? []).length >= 2) cut(m.end + colon[0].length - /\s*:\s$/.exec(colon[0])![0].length, end);
  }
}

/**
 * "a [€4 million] grant from the board", "the [£2.3 million] restoration": an amount written
 * before its noun can go, and the noun phrase still reads whole ("a grant").
 */
export function attributiveAmountCuts(a: Analysis, sentence: number, cut: Cut): void {
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
export function amountCuts(a: Analysis, sentence: number, cut: Cut): void {
  const s = a.sentences[sentence];
  for (const m of a.bySentence[sentence]) {
    // "at the age of 19" cut to "at the age" reads broken.
    if ((m.kind !== 'quantity' && m.kind !== 'number') || m.unit === 'age') continue;
    const head = a.masked.slice(s.start, m.start);
    const of = /\s+(?:of|worth)\s+(?:(?:about|some|nearly|almost|around|roughly|over|more than|less than|at least|up to)\s+)?$/.exec(head);
    if (!of || !completesWithout(head.slice(0, of.index))) continue;
    // "covers an area[ of 344,000 square kilometres]", "an increase[ of 8%]", "a drive[ of almost
    // three hours]": a noun that is only a measure says nothing without it; nor does "in front[ of
    // 300 people]", a preposition that needs its "of".
    if (MEASURE_NOUN.test(head.slice(0, of.index))) continue;
    const tail = a.masked.slice(m.end, s.end);
    if (!/^([.,;!]|\s+(on|in|at|for|to|from|and|after|before|when|with|by|this|last|next)\b)/.test(tail)) continue;
    // "on revenue[ of £412.6 million], an increase of 8%": what follows is said of the amount.
    if (/^,\s+(?:an?\s+)?(?:increase|rise|fall|drop|decrease|gain|jump|cut|reduction|decline|growth|up|down)\b/.test(tail)) continue;
    cut(s.start + of.index, m.end);
  }
  changeCuts(a, sentence, cut);
}

const MEASURE_NOUN = /\b(?:increase|rise|fall|drop|decrease|gain|jump|growth|decline|reduction|total|rate|altitude|area|length|depth|height|width|distance|speed|temperature|population|weight|diameter|radius|elevation|size|volume|capacity|range|span|wingspan|circumference|thickness|drive|walk|journey|ride|flight|trip|voyage|crossing|wait|delay|stay|spell|gap|lead|margin|majority|in front|ahead|instead|because|out)$/i;

/** Verbs of change and of buying, after which "by 11 percent" or "for £12 million" is how much. */
const CHANGE_VERB = /^(?:rose|risen|rises|rising|fell|fallen|falls|falling|grew|grown|grows|dropped|drops|increased|decreased|climbed|jumped|declined|slipped|shrank|gained|lost|cut|raised|lowered|sold|bought|joined|signed|moved|transferred|leased|rented|paid)$/;

/**
 * "Shares rose [by 11 percent] in Lisbon", "who joined from FC Aarhus [for £12 million]": how
 * much something changed or cost can go, and the verb still says what happened, so the place,
 * club or date beside it can be asked without showing the amount.
 */
function changeCuts(a: Analysis, sentence: number, cut: Cut): void {
  const s = a.sentences[sentence];
  for (const m of a.bySentence[sentence]) {
    if (m.kind !== 'quantity') continue;
    const head = a.masked.slice(s.start, m.start);
    const by = /\s+(by|for)\s+(?:(?:about|some|nearly|almost|around|roughly|over|more than|less than|at least|up to|a record)\s+)?$/.exec(head);
    if (!by || (by[1] === 'for' && !/^[$€£¥]/.test(m.text))) continue;
    // The verb is the word before "by", or ends the phrase before it ("joined from FC Aarhus for …").
    const words = head.slice(0, by.index).split(/\s+/);
    const verb = words.slice(-4).find((w) => CHANGE_VERB.test(w.toLowerCase()));
    if (!verb || (by[1] === 'by' && words[words.length - 1] !== verb)) continue;
    const tail = a.masked.slice(m.end, s.end);
    if (!/^([.,;!]|\s+(on|in|at|to|from|after|before|when|between|since|during|last|this|next|over)\b)/.test(tail)) continue;
    cut(s.start + by.index, m.end);
  }
}

const GOAL_VERB = /\b(?:add|move|transfer|give|gave|given|send|sent|hand|sell|sold|lend|lent|award|grant|donate|present|deliver|return|bring|brought|take|took|taken|attach|connect|link|compare|promote|relegate|admit|appoint|elect|assign|allocate|lease|loan|pay|paid|upgrade|downgrade|convert|turn|switch|extend|expand|raise|lift|increase|reduce|cut|lower|invite|submit|refer|sign|leave|left|lost|lose|belong|refer|reply|replied|respond|contribute|listen|apply|applied|relate|react|adapt|lead|led)(?:s|es|ed|d|ing)?\b(?![\s\S]*\b(?:and|but|when|while|after|before|which|who)\b)/;

/** Words of where something is, which need their place after them. */
const WHERE_WORD = /\b(?:headquarters|headquartered|based|located|situated|offices|born|buried|lives|lived|lies|lie|lay|sits|sat|stands|stood)\s*$/i;

/**
 * A phrase naming one fact, at the end ("… vents near the Galápagos Islands.",
 * "… under manager Frank Doyle.") or in the middle when the sentence reads on
 * without it ("… a new flood wall [along the River Severn] after the council approved it.").
 */
export function phraseCuts(a: Analysis, sentence: number, cut: Cut): void {
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
    // "… a project run [by the Lenn Valley Rivers Trust]": a participle after a noun needs its phrase.
    if (!lead || /[“”"]/.test(head) || !completesWithout(head.slice(0, lead.index)) || endsInBareParticiple(head.slice(0, lead.index))) continue;
    // "UNESCO added the reef [to its World Heritage List]": a verb of giving, moving or adding
    // needs where the thing went; without it the stem no longer says what happened.
    if (lead[1] === 'to' && GOAL_VERB.test(head.slice(0, lead.index))) continue;
    // "founded in 1961 with its headquarters [in Kessel]", "She was born [in Aveiro]": a word of
    // where something is leaves the stem hanging without it.
    if (WHERE_WORD.test(head.slice(0, lead.index))) continue;
    const closes = /^\s*[.!]?\s*$/.test(tail);
    // "… a plant in Hollins Ferry, which will cost …": a relative clause reads on after the cut.
    const relative = /^,\s+(which|where)\s/.test(tail);
    // "… the covered market [in Aldermoor] early on Friday, destroying …": a time or a participle reads on.
    // "… a second plant [in Dunmore] next year and hire …": a time phrase reads on as well.
    // "Two primary schools [in the Brackley valley] will merge …": the subject's place phrase
    // goes, and the verb follows the subject directly.
    const subjectPlace = m.kind === 'place' && /^\s+(?:will|would|was|were|is|are|has|have|had)\s+\p{Ll}/u.test(tail) && !/[,;]/.test(head.slice(0, lead.index));
    // "estimated the damage [in Skåne] at 210 million kronor": an amount phrase reads on.
    const amountNext = m.kind === 'place' && /^\s+(?:at|to)\s+(?:about\s+|some\s+|around\s+)?[$€£¥]?\d/.test(tail);
    const readsOn = subjectPlace || amountNext || /^\s+(?:early|late)\s+(?:on|in)\s/.test(tail) || /^,\s+\p{Ll}+(?:ing|ed)\s/u.test(tail) || /^\s+(?:next|last|this)\s+(?:year|month|week|spring|summer|autumn|winter)\b/.test(tail);
    if (!closes && !relative && !readsOn && (!/^\s+(after|before|when|because|while|until|since|on|during|for)\s/.test(tail) || /^\s+\S+\s+\d/.test(tail))) continue;
    cut(s.start + lead.index, phraseEnd);
  }
}
