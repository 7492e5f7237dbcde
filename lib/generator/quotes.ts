// Who said what: direct quotes and reported speech, with the speaker followed
// through "he said", "added Putin" and continued quotes in one paragraph.
import { lexTags, SPEECH_VERBS } from './lexicon';
import { tidy } from './markup';
import type { Mention, Quote, Sentence } from './types';

const QUOTE = /“([^“”]{3,800}?)”|"([^"\n]{3,800}?)"/g;
const VERBS = [...SPEECH_VERBS].filter((v) => !v.endsWith(':')).join('|');
const PRONOUN_AFTER = new RegExp(`^\\s*,?\\s*(he|she)\\s+(${VERBS})\\b`, 'i');
// "…," said council leader Priya Desai: a role may stand between the verb and the name.
const VERB_FIRST = new RegExp(`^\\s*,?\\s*(${VERBS})\\s+(?:(?:the|a|an)\\s+)?(?:[\\p{Ll}-]+\\s+){0,3}$`, 'iu');
const NAME_THEN_VERB = new RegExp(`^\\s+(${VERBS})\\b`, 'i');
const REPORTED = /\b(said|says|claimed|claims|argued|argues|stressed|stresses|warned|warns|insisted|insists|believes|added|noted|explained|told [^,.]{1,40}?)(?: on \w+)? that (.{15,400}?)[.!?]?["”]?$/;
// "The glacier has shrunk by 30 percent, according to glaciologist Erik Lund."
const ACCORDING = /^(.{15,400}?),\s+according to\s+((?:the\s+|an?\s+)?(?:[\p{Ll}-]+\s+){0,3})?$/u;
/** After the source's name: its affiliation or an appositive, then the end of the sentence. */
const ACCORDING_TAIL = /^(\s+(?:of|at|from)\s+(?:the\s+)?\p{Lu}[^,;“”"]*|,\s+(?:an?|the)\s+[^,;“”"]+)?[.!]?\s*$/u;
const TRAILING = new RegExp(`^(.{15,400}?),["”]?\\s+(he|she)\\s+(${VERBS})\\.?$`, 'i');
// Between a speaker and a reporting verb: nothing, an appositive or "who" clause set off
// by commas, and adverbs or auxiliaries ("Jack Corliss, who was …, later argued that").
const BETWEEN = /^(\s*,\s+(?:who|an?|the)\s[^,“”"]{2,120},)?(\s+(?:later|also|then|now|once|again|still|previously|has|had|have|\p{Ll}+ly))*\s*,?\s*$/u;
const MIN_WORDS = 6;
const LOOKBACK = 3;

export function findQuotes(sentences: Sentence[], bySentence: Mention[][], masked: string): Quote[] {
  const out: Quote[] = [];
  const persons = (i: number): Mention[] => (bySentence[i] ?? []).filter((m) => m.kind === 'person');
  const recentPerson = (before: number, sentence: number, pronoun?: string): Mention | undefined => {
    for (let i = sentence; i >= Math.max(0, sentence - LOOKBACK); i--) {
      // "He" is the sentence's subject, not an owner ("Pashinian’s party") or someone in an appositive.
      const ps = persons(i).filter((m) => m.end <= before && !insideQuote(masked, sentences[i], m) && !/^['’]s?\b/.test(masked.slice(m.end, m.end + 2)) && agrees(m, pronoun));
      const subject = ps.find((m) => !/\S/.test(masked.slice(sentences[i].start, m.start)));
      if (subject) return subject;
      if (ps.length) return ps[ps.length - 1];
    }
    return undefined;
  };
  let lastSpeaker: { para: number; m: Mention } | undefined;
  let i = 0;
  while (i < sentences.length) {
    const s = sentences[i];
    // A paragraph's text is matched as one piece so quotes spanning sentences stay whole.
    let j = i;
    while (j + 1 < sentences.length && sentences[j + 1].para === s.para) j++;
    const from = s.start;
    const to = sentences[j].end;
    const text = masked.slice(from, to);
    const quoted: Array<[number, number]> = [];
    QUOTE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = QUOTE.exec(text))) {
      const qStart = from + m.index;
      const qEnd = qStart + m[0].length;
      quoted.push([qStart, qEnd]);
      const words = tidy(m[1] ?? m[2] ?? '');
      if (words.split(' ').length < MIN_WORDS) continue;
      const endSentence = findSentence(sentences, i, j, qEnd - 1);
      const startSentence = findSentence(sentences, i, j, qStart);
      const se = sentences[endSentence];
      const after = masked.slice(qEnd, se.end);
      const beforeText = masked.slice(sentences[startSentence].start, qStart);
      let speaker: Mention | undefined;
      const inAfter = persons(endSentence).filter((p) => p.start >= qEnd);
      const pronounAfter = PRONOUN_AFTER.exec(after);
      if (pronounAfter) speaker = recentPerson(qStart, startSentence, pronounAfter[1]);
      else if (inAfter.length && VERB_FIRST.test(masked.slice(qEnd, inAfter[0].start))) speaker = inAfter[0];
      else if (inAfter.length && /^\s*,?\s*$/.test(masked.slice(qEnd, inAfter[0].start)) && NAME_THEN_VERB.test(masked.slice(inAfter[0].end, se.end).replace(/^['’]s\b/, ''))) speaker = inAfter[0];
      else {
        const before = persons(startSentence).filter((p) => p.end <= qStart);
        const lastBefore = before[before.length - 1];
        if (lastBefore && new RegExp(`^\\s+(${VERBS})\\b[^“”"]{0,25}[:,]?\\s*$`, 'i').test(masked.slice(lastBefore.end, qStart))) speaker = lastBefore;
        else if (!/\S/.test(beforeText) && !/[\p{L}]/u.test(after) && lastSpeaker?.para === s.para) speaker = lastSpeaker.m;
      }
      if (!speaker) continue;
      lastSpeaker = { para: s.para, m: speaker };
      out.push(toQuote(words, speaker, endSentence, startSentence, false));
    }
    for (let k = i; k <= j; k++) {
      const r = reported(sentences[k], persons(k), (at, pronoun) => recentPerson(at, k, pronoun), quoted);
      if (r) out.push(r);
    }
    i = j + 1;
  }
  return out;
}

function reported(s: Sentence, people: Mention[], resolve: (at: number, pronoun: string) => Mention | undefined, quoted: Array<[number, number]>): Quote | null {
  const text = tidy(s.text);
  const isQuoteSentence = quoted.some(([a, b]) => a <= s.start && b >= s.end - 1);
  if (isQuoteSentence) return null;
  const t = text.match(TRAILING);
  if (t && !/[“”"]/.test(t[1].replace(/“[^”]*”/g, ''))) {
    const speaker = resolve(s.start, t[2]);
    return speaker ? toQuote(lowerFirst(t[1]), speaker, s.index, speaker.sentence, true, t[3]) : null;
  }
  const last = people[people.length - 1];
  if (last && ACCORDING_TAIL.test(s.text.slice(last.end - s.start))) {
    const acc = `${tidy(s.text.slice(0, last.start - s.start))} `.match(ACCORDING);
    if (acc && !/[“”"]/.test(acc[1])) return toQuote(lowerFirst(acc[1]), last, s.index, s.index, true, 'said');
  }
  const r = text.match(REPORTED);
  if (!r) return null;
  const head = text.slice(0, r.index);
  const speaker = people.filter((p) => tidy(s.text.slice(0, p.end - s.start)).length <= head.length + 1).pop();
  const subjectPronoun = /\b(he|she)\s*$/i.exec(head);
  if (subjectPronoun) {
    const p = resolve(s.start, subjectPronoun[1]);
    return p ? toQuote(r[2], p, s.index, p.sentence, true, r[1]) : null;
  }
  if (!speaker || !BETWEEN.test(head.slice(head.lastIndexOf(speaker.text) + speaker.text.length))) return null;
  return toQuote(r[2], speaker, s.index, s.index, true, r[1]);
}

/**
 * "told the court" stays whole ("Who told the court that …?"); "told him", "told her family" become
 * "said", as "Who told that …?" is no English and "Who told him …?" leaves "him" to guess; other
 * verbs are one word.
 */
function reportingVerb(verb: string): string {
  const told = /^told\s+(.+)$/.exec(verb.trim());
  if (!told) return verb.split(' ')[0];
  return /\b(?:him|her|them|me|us|you|it|his|their|its|my|our|your)\b/i.test(told[1]) || told[1].split(/\s+/).length > 4 ? 'said' : `told ${told[1]}`;
}

function toQuote(words: string, speaker: Mention, sentence: number, first: number, reported: boolean, verb = 'said'): Quote {
  let clean = words.replace(/[,;:]\s*$/, '').trim();
  // 'he had meant to say "one small step for a man.' : close a quotation the cut left open.
  if ((clean.match(/"/g)?.length ?? 0) % 2) clean = clean.replace(/[.!?]?$/, '"');
  if ((clean.match(/“/g)?.length ?? 0) > (clean.match(/”/g)?.length ?? 0)) clean = clean.replace(/[.!?]?$/, '”');
  return {
    words: clean,
    speakerKey: speaker.key,
    speakerText: speaker.text,
    speakerStart: speaker.start,
    sentence,
    firstSentence: Math.min(first, speaker.sentence, sentence),
    reported,
    verb: reportingVerb(verb),
  };
}

const lowerFirst = (s: string): string => (/^(I|I’m|I'm)\b/.test(s) || /^\p{Lu}{2}/u.test(s) ? s : s[0].toLowerCase() + s.slice(1));

function findSentence(sentences: Sentence[], i: number, j: number, pos: number): number {
  for (let k = i; k <= j; k++) if (pos < sentences[k].end) return k;
  return j;
}

function insideQuote(masked: string, s: Sentence, m: Mention): boolean {
  const before = masked.slice(s.start, m.start);
  return (before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0);
}

/**
 * "… she said" never points back to Walter, nor "he said" to Helen: a first name the lexicon
 * knows as only one sex must agree with the pronoun. Unknown names agree with both.
 */
export function agrees(m: Mention, pronoun: string | undefined): boolean {
  if (!pronoun) return true;
  // "She told Mr Pell …": a gendered title settles it whatever the name.
  const she = pronoun.toLowerCase() === 'she';
  const title = (m.title ?? '').toLowerCase().replace(/\./g, '').split(/\s+/)[0];
  if (/^(mr|sir|lord|king|prince|father|brother)$/.test(title)) return !she;
  if (/^(mrs|ms|miss|dame|lady|queen|princess|sister|mother)$/.test(title)) return she;
  const tags = lexTags(m.text.split(/\s+/)[0]);
  const male = tags.includes('MaleName');
  const female = tags.includes('FemaleName');
  if (male === female) return true;
  return pronoun.toLowerCase() === 'she' ? female : male;
}
