// Article text -> ranked questions and flashcards. Pure and deterministic: no I/O,
// no clock, no randomness, so the same text and options give the same ids.
import { analyze } from './analyze';
import { clozeCandidates } from './candidates/cloze';
import { quoteCandidates } from './candidates/quote';
import { trueFalseCandidates } from './candidates/true-false';
import type { Candidate } from './candidates/candidate';
import { buildPools } from './distractors';
import { buildFlashcards } from './flashcards';
import { guessLanguage, notEnglishMessage } from './language';
import { maskMarkup } from './markup';
import { selectQuestions, SHORTLIST_MIN, SHORTLIST_PER_QUESTION } from './rank';
import { GeneratorInputError, type GenerateOptions, type GeneratedQuestion, type GeneratorResult, type QuestionType } from './types';

export type {
  FactKind, Flashcard, GenerateOptions, GeneratedQuestion, GenerationRefusal, GeneratorResult, QuestionType, SourceRef,
} from './types';
export { GeneratorInputError } from './types';

export const GENERATOR_VERSION = '1.21.38';

const ALL_TYPES: QuestionType[] = ['multiple_choice', 'true_false', 'short_answer'];
const MAX_COUNT = 200;
/** Up to this many sentences (or six per question) get readings with plain descriptions. */
const STAND_IN_SENTENCES = 80;
/** Beyond this the text is cut, so a pasted book cannot stall an import. */
const MAX_CHARS = 2_000_000;

export function generate(body: string, options: GenerateOptions = {}): GeneratorResult {
  if (typeof body !== 'string') throw new GeneratorInputError('The article body must be text.');
  const count = options.count ?? 10;
  if (!Number.isInteger(count) || count < 1 || count > MAX_COUNT) {
    throw new GeneratorInputError(`count must be a whole number from 1 to ${MAX_COUNT}.`);
  }
  const types = options.types ?? ALL_TYPES;
  if (!Array.isArray(types) || types.length === 0 || types.some((t) => !ALL_TYPES.includes(t))) {
    throw new GeneratorInputError(`types must be a non-empty list of: ${ALL_TYPES.join(', ')}.`);
  }
  if (body.trim().length === 0) throw new GeneratorInputError('The article is empty: there is no text to draw questions from.');
  if (body.length > MAX_CHARS) throw new GeneratorInputError(`The article is too long (over ${MAX_CHARS.toLocaleString('en-US')} characters).`);
  const text = body.replace(/\r\n?/g, '\n');
  const title = options.title?.trim() || null;
  const language = guessLanguage(maskMarkup(text));
  if (!language.isEnglish) {
    const wordCount = text.split(/\s+/).filter(Boolean).length;
    return {
      article: { title, wordCount, sentenceCount: 0, generatorVersion: GENERATOR_VERSION },
      questions: [],
      flashcards: [],
      refused: { code: 'not_english', language: language.language, message: notEnglishMessage(language.name) },
    };
  }
  const a = analyze(text);
  const pools = buildPools(a);
  const maxCount = Math.max(2, ...[...a.entities.values()].map((e) => e.count));
  const candidates: Candidate[] = [
    ...clozeWithStandIns(a, pools, maxCount, count),
    ...quoteCandidates(a, pools, maxCount),
    ...trueFalseCandidates(a, pools),
  ];
  const chosen = selectQuestions(candidates, count, [...new Set(types)], a.sentences.length);
  return {
    article: { title, wordCount: a.wordCount, sentenceCount: a.sentences.length, generatorVersion: GENERATOR_VERSION },
    questions: chosen.map(toQuestion),
    flashcards: buildFlashcards(a, candidates),
  };
}

/**
 * Cloze candidates, with plain descriptions standing in for a sentence's other facts only in
 * the sentences whose plain questions reach the selection's shortlist: on a short article that
 * is every sentence, and a long one does not pay for readings that could never be chosen.
 */
function clozeWithStandIns(a: ReturnType<typeof analyze>, pools: ReturnType<typeof buildPools>, maxCount: number, count: number): Candidate[] {
  if (a.sentences.length <= STAND_IN_SENTENCES) return clozeCandidates(a, pools, maxCount, true);
  const plain = clozeCandidates(a, pools, maxCount, false);
  const reach = Math.max(SHORTLIST_MIN, count * SHORTLIST_PER_QUESTION);
  const top = [...plain].sort((x, y) => y.score - x.score || x.id.localeCompare(y.id)).slice(0, reach);
  // The sentences of the strongest questions, strongest first, as many as a quiz of `count` may draw on.
  const near = new Set<number>();
  for (const c of top) {
    if (near.size >= Math.max(STAND_IN_SENTENCES, count * 6)) break;
    near.add(c.sentence);
  }
  return [...plain.filter((c) => !near.has(c.sentence)), ...clozeCandidates(a, pools, maxCount, true, near)];
}

function toQuestion(c: Candidate): GeneratedQuestion {
  return {
    id: c.id,
    type: c.type,
    kind: c.kind,
    prompt: c.prompt,
    choices: c.choices,
    answer: c.answer,
    explanation: c.explanation,
    difficulty: c.difficulty,
    source: c.source,
  };
}
