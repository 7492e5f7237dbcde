// One pass over the article: sentences, tokens, names, numbers, descriptions,
// quotes and salience. Everything later works from this model, linear in length.
import { findDescriptions } from './descriptions';
import { isEverydayWord, isStopword, lexTags } from './lexicon';
import { linkEntities, normKey, type NumberMention, type SentenceSpan } from './link';
import { maskMarkup } from './markup';
import { findNames, type NameSpan } from './names';
import { findNumbers } from './numbers';
import { findQuotes } from './quotes';
import { splitSentences } from './sentences';
import { tokenize } from './tokens';
import type { Analysis, Mention, Token } from './types';

export function analyze(body: string): Analysis {
  const masked = maskMarkup(body);
  const sentences = splitSentences(body, masked);
  const tokens: Token[][] = sentences.map((s) => tokenize(s.text, s.start));
  const lowerSeen = new Set<string>();
  const wordFreq = new Map<string, number>();
  let wordCount = 0;
  let stop = 0;
  for (const ts of tokens) {
    for (const t of ts) {
      wordCount++;
      if (isStopword(t.lower)) stop++;
      if (!t.isCap) lowerSeen.add(t.lower);
      else if (!isStopword(t.lower)) wordFreq.set(t.lower, (wordFreq.get(t.lower) ?? 0) + 1);
      if (!t.isCap && t.lower.length > 3 && !isStopword(t.lower)) wordFreq.set(t.lower, (wordFreq.get(t.lower) ?? 0) + 1);
    }
  }
  const isEnglish = wordCount < 8 || stop / wordCount > 0.18;
  const spans: SentenceSpan[] = [];
  const numbers: NumberMention[] = [];
  sentences.forEach((s, i) => {
    const names = findNames(tokens[i], s.text, s.start, lowerSeen).map((n) => withEpithet(n, body));
    // Object.assign rather than a spread with a field after it, which Node 20's V8 builds some 30 times slower.
    for (const n of names) spans.push(Object.assign({}, n, { sentence: i }));
    // "Apollo 11": a number that is part of a name is no count.
    for (const n of findNumbers(tokens[i], s.text, s.start)) {
      if (!names.some((x) => x.start < n.end && n.start < x.end)) numbers.push(Object.assign({}, n, { sentence: i }));
    }
  });
  placeFromElsewhere(spans, body);
  personByPronoun(spans, sentences, masked);
  wholeTitlesElsewhere(spans, body);
  dropOpeners(spans, body);
  const { mentions, entities } = linkEntities(spans, numbers, isEnglish);
  const descriptions = findDescriptions(sentences, mentions, entities, masked);
  addDefinedTerms([...descriptions.filter((d) => d.kind === 'term').map((d) => d.term), ...emphasizedTerms(body, sentences)], mentions, entities, sentences, masked);
  const bySentence: Mention[][] = sentences.map(() => []);
  for (const m of mentions) bySentence[m.sentence].push(m);
  const quotes = findQuotes(sentences, bySentence, masked);
  const salience = sentences.map((s, i) => {
    let score = 0;
    const seen = new Set<string>();
    for (const t of tokens[i]) {
      if (seen.has(t.lower) || isStopword(t.lower) || t.lower.length < 3) continue;
      seen.add(t.lower);
      score += Math.log1p(wordFreq.get(t.lower) ?? 0);
    }
    score /= Math.sqrt(tokens[i].length + 4);
    score += 0.25 * Math.min(4, bySentence[i].length);
    score += 0.6 * (1 - i / Math.max(1, sentences.length));
    return score;
  });
  const max = Math.max(1e-9, ...salience);
  return {
    body,
    masked,
    sentences,
    mentions,
    bySentence,
    entities,
    descriptions,
    quotes,
    wordFreq,
    salience: salience.map((v) => v / max),
    wordCount,
    isEnglish,
  };
}

/** A bold phrase of one to three words, in the body as written. */
const BOLD = /\*\*([^*\n]{3,40}?)\*\*|(?<![\p{L}\p{N}_])__([^_\n]{3,40}?)__(?![\p{L}\p{N}_])/gu;

/**
 * "Below it lies the **mantle**, a layer of …", "A **dormant** volcano is …", "- **Shield
 * volcanoes** are wide …": a textbook sets the words it teaches in bold. A bold phrase of one to
 * three words in lower case (the first may be capitalized where it opens its sentence) is a term,
 * asked wherever it recurs; a bold name ("**Inês Valadares**") is a name, read as one already.
 */
export function emphasizedTerms(body: string, sentences: Analysis['sentences']): string[] {
  const out: string[] = [];
  BOLD.lastIndex = 0;
  for (let m = BOLD.exec(body); m && out.length < 40; m = BOLD.exec(body)) {
    const raw = (m[1] ?? m[2]).trim();
    if (!/^\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,2}$/u.test(raw)) continue;
    const at = m.index + m[0].indexOf(raw);
    const s = sentenceAt(sentences, at);
    // Not a heading's words, nor bold text outside any sentence.
    if (s < 0 || /^[ \t]*#/.test(body.slice(body.lastIndexOf('\n', at - 1) + 1, at))) continue;
    const words = raw.split(/\s+/);
    const opens = body.slice(sentences[s].start, at).replace(/[\s*_]/g, '') === '';
    if (words.some((w, k) => /^\p{Lu}/u.test(w) && !(k === 0 && opens && /^\p{Lu}\p{Ll}+$/u.test(w)))) continue;
    if (words.every((w) => isStopword(w.toLowerCase()))) continue;
    const term = raw[0].toLowerCase() + raw.slice(1);
    if (!out.includes(term)) out.push(term);
  }
  return out;
}

/** Terms defined by the article become answerable entities wherever they recur. */
function addDefinedTerms(
  terms: string[],
  mentions: Mention[],
  entities: Analysis['entities'],
  sentences: Analysis['sentences'],
  masked: string,
): void {
  const lowerText = masked.toLowerCase();
  let added = 0;
  for (const term of terms) {
    if (added >= 40) continue;
    const key = normKey(term);
    if (entities.has(key) || key.length < 3) continue;
    added++;
    const found: Mention[] = [];
    let from = 0;
    let count = 0;
    while (count < 200) {
      const at = lowerText.indexOf(key, from);
      if (at < 0) break;
      from = at + key.length;
      const before = lowerText[at - 1] ?? ' ';
      const after = lowerText[at + key.length] ?? ' ';
      if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
      // "in a deep aquifer": a term after an adjective is half of a longer phrase, which a blank
      // or a cut of the term alone would break ("in a deep _____").
      const adj = /(\p{Ll}+)\s+$/u.exec(masked.slice(Math.max(0, at - 24), at))?.[1];
      if (adj && !isStopword(adj) && lexTags(adj).includes('Adjective')) continue;
      const s = sentenceAt(sentences, at);
      if (s < 0) continue;
      count++;
      found.push({ kind: 'term', text: masked.slice(at, at + key.length), start: at, end: at + key.length, sentence: s, key });
    }
    if (!found.length) continue;
    mentions.push(...found.filter((f) => !mentions.some((m) => m.start < f.end && f.start < m.end)));
    const ss = [...new Set(found.map((f) => f.sentence))];
    entities.set(key, { key, kind: 'term', name: term, count: found.length, firstSentence: ss[0], sentences: ss });
  }
  mentions.sort((a, b) => a.start - b.start);
}

function sentenceAt(sentences: Analysis['sentences'], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * "Her tenth book, Pip and the Paper Comet, is published …" and later "In Pip and the Paper Comet
 * she follows …": a name with small words inside, read whole where the article marks it as one
 * (in apposition to its kind, quoted, spelled by its acronym), is the same name wherever it is
 * written again, not "Pip" and "Paper Comet". Only the pieces the sentence already read as names
 * are replaced, in place, so spans stay in text order.
 */
function wholeTitlesElsewhere(spans: SentenceSpan[], body: string): void {
  const titles = new Map<string, SentenceSpan>();
  for (const sp of spans) if (/\s(?:and|or|of|the|a|an|in|on|for|to)\s/.test(sp.text) && titles.size < 20 && !titles.has(sp.text)) titles.set(sp.text, sp);
  for (const [text, model] of titles) {
    for (let at = body.indexOf(text); at >= 0; at = body.indexOf(text, at + text.length)) {
      const end = at + text.length;
      const first = spans.findIndex((x) => x.start >= at && x.end <= end);
      // Only where the sentence read the title's first word as a name, and not a longer name.
      if (first < 0 || spans[first].start !== at || spans[first].end === end) continue;
      if (spans.some((x) => x.start < at && x.end > at) || spans.some((x) => x.start < end && x.end > end)) continue;
      let last = first;
      while (last + 1 < spans.length && spans[last + 1].end <= end && spans[last + 1].start >= at) last++;
      spans.splice(first, last - first + 1, { text: model.text, evidence: { ...model.evidence }, start: at, end, sentence: spans[first].sentence, initial: false });
    }
  }
}

/**
 * "Kelby will get a new flood wall": a name seen only at the start of a sentence has no
 * context of its own, but the headline or a caption may place it ("… at Kelby").
 */
function placeFromElsewhere(spans: SentenceSpan[], body: string): void {
  const seen = new Map<string, boolean>();
  for (const sp of spans) {
    const ev = sp.evidence;
    if (!sp.initial || ev.person + ev.place + ev.org + ev.term > 0 || !/^\p{Lu}[\p{L}-]+$/u.test(sp.text)) continue;
    let found = seen.get(sp.text);
    if (found === undefined) {
      if (seen.size >= 50) continue;
      // Not "in Velmora's booking office": an owner after the preposition is nowhere.
      found = afterPlacePreposition(body, sp.text);
      seen.set(sp.text, found);
    }
    if (found) ev.place += 1;
  }
}
/**
 * "Ffion Cadwaladr-Osei has kept bees … for 26 years. Last winter she lost …": a name of two or
 * three words no list knows, opening its sentence as the subject, then "she" or "he" in the next
 * sentence of the paragraph with no other name before it, is a person's.
 */
function personByPronoun(spans: SentenceSpan[], sentences: ReturnType<typeof splitSentences>, masked: string): void {
  for (const sp of spans) {
    const ev = sp.evidence;
    const words = sp.text.split(/\s+/).length;
    if (ev.person + ev.place + ev.org + ev.term > 0 || words < 2 || words > 3) continue;
    const s = sentences[sp.sentence];
    const next = sentences[sp.sentence + 1];
    if (!next || next.para !== s.para || masked.slice(s.start, sp.start).trim() !== '') continue;
    if (!/^\s+(?:has|had|is|was|\p{Ll}+ed|\p{Ll}+s)\b/u.test(masked.slice(sp.end, sp.end + 20))) continue;
    const pronoun = /\b(?:she|he)\b/i.exec(masked.slice(next.start, next.end));
    if (!pronoun) continue;
    // Not when another name or noun comes first in that sentence, which "she" may mean instead
    // ("Reid said he …", "Its chief executive said he …"): only a time or a place may ("Last winter she …").
    const before = masked.slice(next.start, next.start + pronoun.index).trim().split(/\s+/).filter(Boolean);
    const other = before.some((w, k) => (/^\p{Lu}/u.test(w) && !(k === 0 && isEverydayWord(w))) || /^(?:its|their|the|a|an|his|her)$/i.test(w));
    if (!other) ev.person += 2;
  }
}

const PLACE_PREPOSITIONS = ['in', 'at', 'near', 'from', 'around', 'outside', 'across', 'to', 'visit', 'visited'];
const LETTER = /^\p{L}$/u;
const SPACE = /^\s$/;

/** The code point of `s` that ends just before `end` (a surrogate pair read whole). */
function codePointBefore(s: string, end: number): string {
  const low = s.charCodeAt(end - 1);
  return (low & 0xfc00) === 0xdc00 && end >= 2 && (s.charCodeAt(end - 2) & 0xfc00) === 0xd800 ? s.slice(end - 2, end) : s[end - 1];
}

/**
 * Whether `name` (letters and hyphens) stands in `body` after a place preposition ("in Velmora",
 * "visited Velmora"), as the regular expression
 * /(?:^|[^\p{L}])(?:in|at|near|from|around|outside|across|to|visit|visited)\s+NAME(?![\p{L}'’])/u
 * finds it: each occurrence of the name is checked backwards, since a search for that pattern
 * tries it at every position of the article, once per name.
 */
function afterPlacePreposition(body: string, name: string): boolean {
  for (let at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (end < body.length) {
      const next = String.fromCodePoint(body.codePointAt(end)!);
      if (LETTER.test(next) || next === "'" || next === '’') continue;
    }
    let gap = at;
    while (gap > 0 && SPACE.test(body[gap - 1])) gap--;
    if (gap === at) continue;
    for (const word of PLACE_PREPOSITIONS) {
      const start = gap - word.length;
      if (start < 0 || !body.startsWith(word, start)) continue;
      if (start === 0 || !LETTER.test(codePointBefore(body, start))) return true;
    }
  }
  return false;
}

/**
 * "Inland, the town of Bellmore received …", "Overall, the …": one capitalized word opening a
 * sentence, set off by a comma before an article or pronoun, and written nowhere else in the
 * article, is an adverb leading the sentence, not a name ("Paylink, the payments app, …" is
 * named again).
 */
function dropOpeners(spans: SentenceSpan[], body: string): void {
  // A long text is searched for a few dozen such words at most, so this stays linear.
  let checks = 0;
  const drop = new Set<SentenceSpan>();
  for (const sp of spans) {
    if (!sp.initial || sp.text.includes(' ') || !/^,\s+(?:the|a|an|it|its|he|she|they|we|this|there)\s/i.test(body.slice(sp.end, sp.end + 12))) continue;
    if (++checks > 50) break;
    if (body.indexOf(sp.text, sp.end) < 0 && body.lastIndexOf(sp.text, sp.start - 1) < 0) drop.add(sp);
  }
  if (!drop.size) return;
  let kept = 0;
  for (const sp of spans) if (!drop.has(sp)) spans[kept++] = sp;
  spans.length = kept;
}

/** A Latin species epithet: "karstensis", "sapiens", "coli", "rex". */
const EPITHET = /^ (\p{Ll}{3,}(?:ensis|iensis|us|um|ae|ii|is|i|a|ens|ica|ata|oides|x))(?![\p{L}-])/u;

/**
 * "Troglobius karstensis", "Homo sapiens": a scientific name is a genus and a lower-case
 * epithet no dictionary knows; the genus alone is half a name, never an answer.
 */
function withEpithet(n: NameSpan, body: string): NameSpan {
  // "Mostly varroa, and …": a word the lexicon knows opening the sentence is no genus.
  if (n.text.includes(' ') || n.evidence.person || n.evidence.place || lexTags(n.text).length || isEverydayWord(n.text)) return n;
  const ep = EPITHET.exec(body.slice(n.end, n.end + 40));
  if (!ep || lexTags(ep[1]).length || isStopword(ep[1])) return n;
  return Object.assign({}, n, { text: `${n.text} ${ep[1]}`, end: n.end + ep[0].length, evidence: Object.assign({}, n.evidence, { term: n.evidence.term + 3 }) });
}
