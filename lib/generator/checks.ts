// The quality rules from the issue as automatic checks, shared by unit tests
// and `npm run eval:generator` (which counts violations as defects).
import { containsTerm } from './candidates/candidate';
import { showsFigure } from './candidates/computable';
import { amountForm, distinctAmount, overlaps } from './distractors';
import { isOneWordSwap } from './invented-bodies';
import { isRole, isStopword, isTitleWord, PRONOUNS } from './lexicon';
import { maskMarkup, tidy } from './markup';
import type { FactKind, GeneratedQuestion } from './types';

const norm = (s: string): string => tidy(maskMarkup(s)).toLowerCase().replace(/[’‘]/g, "'");
const NUMERIC = new Set(['date', 'number', 'quantity']);

export function checkQuestion(q: GeneratedQuestion, body: string): string[] {
  const d: string[] = [];
  if (body.slice(q.source.start, q.source.end) !== q.source.sentence) d.push('source offsets do not match the sentence');
  const line = body.slice(body.lastIndexOf('\n', q.source.start - 1) + 1, q.source.start + 40);
  // A byline names someone ("By Jane Smith"); "By the end of the trial, …" is prose. The
  // capital is tested apart, since the /i flag lets \p{Lu} match any letter.
  if (/^\s*(#|photo\b|caption\b|image\b)/iu.test(line) || /^\s*[Bb][Yy]\s+\p{Lu}/u.test(line)) d.push('question drawn from a heading, byline or caption');
  if (q.type === 'true_false') {
    if (q.choices.join() !== 'True,False' || !['true', 'false'].includes(q.answer)) d.push('malformed true/false');
    return d;
  }
  const answer = q.answer;
  if (!norm(q.source.sentence).includes(norm(answer))) d.push('answer not in source sentence');
  if (PRONOUNS.has(answer.toLowerCase()) || isStopword(answer)) d.push('answer is a pronoun or stop word');
  if (containsTerm(q.prompt, answer)) d.push('stem contains the answer');
  else if (q.kind !== 'date' && NUMERIC.has(q.kind) && showsFigure(q.prompt, answer)) d.push("stem shows the answer's figure");
  if ((q.kind === 'person' || q.kind === 'quote') && answer.includes(' ') && containsTerm(q.prompt, answer.split(' ').pop()!)) d.push('stem contains the surname');
  if (q.kind !== 'quote') d.push(...blankDefects(q.prompt, q.kind, answer));
  if (q.type === 'multiple_choice') {
    if (q.choices.length !== 4 || q.choices.filter((c) => c === answer).length !== 1) d.push('multiple choice needs 4 choices with the answer once');
    const others = q.choices.filter((c) => c !== answer);
    // An invented body of the answer's own pattern ("University of Oslo" for "University of
    // Bergen") shares its words by design: one word swapped is no part of the answer.
    const overlapping = (c: string): boolean => overlaps(c, answer) && !(q.kind === 'organization' && isOneWordSwap(c, answer));
    if (NUMERIC.has(q.kind) ? others.some((c) => !distinctAmount(c, [answer])) : others.some(overlapping)) d.push('distractor overlaps the answer');
    if (new Set(q.choices.map((c) => c.toLowerCase())).size !== q.choices.length) d.push('duplicate choices');
    if (NUMERIC.has(q.kind)) {
      const shape = (s: string): string => amountForm(s, true);
      if (others.some((c) => shape(c) !== shape(answer))) d.push('numeric distractor of another unit or form');
    }
  }
  return d;
}

/** Quiz-level rules: one question per fact and way, and no stem revealing another's answer. */
export function checkQuiz(questions: GeneratedQuestion[]): string[] {
  const d: string[] = [];
  const seen = new Set<string>();
  for (const q of questions) {
    const k = `${q.type}|${q.answer.toLowerCase()}|${q.source.start}|${q.source.end}`;
    if (seen.has(k)) d.push(`same fact asked the same way twice: ${q.answer}`);
    seen.add(k);
  }
  if (new Set(questions.map((q) => q.id)).size !== questions.length) d.push('duplicate ids');
  for (const a of questions) {
    if (a.type === 'true_false') continue;
    for (const b of questions) {
      if (a === b) continue;
      const sameSource = a.source.start < b.source.end && b.source.start < a.source.end;
      if (sameSource && containsTerm(b.prompt, a.answer)) d.push(`"${b.prompt.slice(0, 40)}…" gives away "${a.answer}"`);
    }
  }
  return d;
}

const SPACE = /\s/;
/**
 * The word before the first blank that has a word and a space before it, and the word after
 * that blank, as `prompt.match(/(\S+)\s+_____\s*(\S*)/u)` gives them in [1] and [2] (null when
 * it finds none): found by looking around the blanks, not by trying the pattern at every position.
 */
export function aroundBlank(prompt: string): [string, string] | null {
  for (let at = prompt.indexOf('_____'); at >= 0; at = prompt.indexOf('_____', at + 1)) {
    let wordEnd = at;
    while (wordEnd > 0 && SPACE.test(prompt[wordEnd - 1])) wordEnd--;
    // No space before the blank, or only spaces: this blank does not match, a later one may.
    if (wordEnd === at || wordEnd === 0) continue;
    let wordStart = wordEnd;
    while (wordStart > 0 && !SPACE.test(prompt[wordStart - 1])) wordStart--;
    let nextStart = at + 5;
    while (nextStart < prompt.length && SPACE.test(prompt[nextStart])) nextStart++;
    let nextEnd = nextStart;
    while (nextEnd < prompt.length && !SPACE.test(prompt[nextEnd])) nextEnd++;
    return [prompt.slice(wordStart, wordEnd), prompt.slice(nextStart, nextEnd)];
  }
  return null;
}

/** A cloze stem's blank: exactly one, replacing a whole phrase, never part of a longer name. */
export function blankDefects(prompt: string, kind: FactKind, answer: string): string[] {
  const d: string[] = [];
  // A rewritten question ("In what year was the bridge built?") has no blank.
  const isQuestion = /^(In|On|Around|About how|How) (what|many)\b[^_]*\?$/.test(prompt);
  if (isQuestion) return d;
  const blanks = prompt.split('_____').length - 1;
  if (blanks !== 1) d.push(`stem has ${blanks} blanks`);
  if (/_____['’]s['’]s|[\p{L}\p{N}]_____|_____[\p{L}\p{N}]/u.test(prompt)) d.push('blank does not replace a whole phrase');
  if (/['’]s$/.test(answer) && /_____['’]s/.test(prompt)) d.push('double possessive');
  const [before, after] = aroundBlank(prompt) ?? ['', ''];
  // "Watch Manager _____": a capitalized role before a person's name is a rank, not half of it.
  const rank = kind === 'person' && isRole(before);
  const beforeIsName = /^\p{Lu}\p{L}+$/u.test(before) && !isTitleWord(before) && !rank && prompt.indexOf(before) > 0 && !isStopword(before);
  if (!NUMERIC.has(kind) && (beforeIsName || /^\p{Lu}\p{Ll}+$/u.test(after.replace(/[^\p{L}]/gu, '')) && !isStopword(after) && !isTitleWord(after))) {
    d.push('answer is a fragment of a longer name');
  }
  return d;
}
