// Article text -> ranked questions and flashcards. Pure and deterministic: no I/O,
// no clock, no randomness, so the same text and options give the same ids.
import { analyze } from './analyze';
import { clozeCandidates } from './candidates/cloze';
import { quoteCandidates } from './candidates/quote';
import { trueFalseCandidates } from './candidates/true-false';
import type { Candidate } from './candidates/candidate';
import { buildPools } from './distractors';
import { buildFlashcards } from './flashcards';
import { selectQuestions } from './rank';
import { GeneratorInputError, type GenerateOptions, type GeneratedQuestion, type GeneratorResult, type QuestionType } from './types';

export type {
  FactKind, Flashcard, GenerateOptions, GeneratedQuestion, GeneratorResult, QuestionType, SourceRef,
} from './types';
export { GeneratorInputError } from './types';

export const GENERATOR_VERSION = '1.10.0';

const ALL_TYPES: QuestionType[] = ['multiple_choice', 'true_false', 'short_answer'];
const MAX_COUNT = 200;
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
  const a = analyze(text);
  const pools = buildPools(a);
  const maxCount = Math.max(2, ...[...a.entities.values()].map((e) => e.count));
  const candidates: Candidate[] = [
    ...clozeCandidates(a, pools, maxCount),
    ...quoteCandidates(a, pools, maxCount),
    ...trueFalseCandidates(a, pools),
  ];
  const chosen = selectQuestions(candidates, count, [...new Set(types)], a.sentences.length);
  const title = options.title?.trim() || null;
  return {
    article: { title, wordCount: a.wordCount, sentenceCount: a.sentences.length, generatorVersion: GENERATOR_VERSION },
    questions: chosen.map(toQuestion),
    flashcards: buildFlashcards(a, candidates),
  };
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
