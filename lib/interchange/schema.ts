// The neutral shape every import produces and every export consumes. It carries no ids,
// provenance or status: those belong to the database, and an imported question has no
// source sentence (DESIGN.md, "Provenance"). No server imports, so client code may share it.
import { z } from 'zod';
import { distinctAcceptedAnswers, normalizeAnswer } from '@/lib/grading';
import {
  repeatedChoices,
  QUESTION_ANSWER_MAX,
  QUESTION_CHOICE_MAX,
  QUESTION_EXPLANATION_MAX,
  QUESTION_MAX_ACCEPTED,
  QUESTION_MAX_CHOICES,
  QUESTION_PROMPT_MAX,
} from '@/lib/input-limits';

/** Upload limit for question files, checked before any parsing work is done. */
export const INTERCHANGE_MAX_BYTES = 1_000_000;
export const INTERCHANGE_MAX_QUESTIONS = 500;
export const INTERCHANGE_MAX_CARDS = 2_000;
/** As many choices as the question form edits, so an imported question keeps them all when saved again. */
export const INTERCHANGE_MAX_CHOICES = QUESTION_MAX_CHOICES;
/** Other accepted answers of a short answer, as many as the question form allows. */
export const INTERCHANGE_MAX_ACCEPTED = QUESTION_MAX_ACCEPTED;

export const interchangeQuestionTypeSchema = z.enum(['multiple_choice', 'true_false', 'short_answer']);

/** Upper bounds on the length of each text in a question. */
interface TextLimits {
  prompt: number;
  choice: number;
  answer: number;
  explanation: number;
}

/**
 * Any question a file or an export may carry: the bounds of a stored question (generated ones
 * included), so exporting never has to leave a stored question out for its length.
 */
const FILE_LIMITS: TextLimits = { prompt: 5_000, choice: 500, answer: 500, explanation: 25_000 };

/**
 * What an import may add to a bank: what the teacher's question form accepts (lib/input-limits),
 * so an imported question can be opened and saved again without an error.
 */
const IMPORT_LIMITS: TextLimits = {
  prompt: QUESTION_PROMPT_MAX,
  choice: QUESTION_CHOICE_MAX,
  answer: QUESTION_ANSWER_MAX,
  explanation: QUESTION_EXPLANATION_MAX,
};

const n = (count: number): string => count.toLocaleString('en-US');

/** `isImport`: also hold the question to what the question form takes beyond lengths. */
function questionSchema(max: TextLimits, isImport: boolean) {
  return z
    .object({
      type: interchangeQuestionTypeSchema,
      // Messages are written for a teacher reading an import error.
      prompt: z.string().trim().min(1, 'the question text is empty').max(max.prompt, `the question text is over ${n(max.prompt)} characters`),
      choices: z
        .array(z.string().trim().min(1, 'a choice is empty').max(max.choice, `a choice is over ${n(max.choice)} characters`))
        .max(INTERCHANGE_MAX_CHOICES, `more than ${INTERCHANGE_MAX_CHOICES} choices`),
      answer: z.string().trim().min(1, 'the answer is empty').max(max.answer, `the answer is over ${n(max.answer)} characters`),
      // Short answers: answers accepted besides `answer`. Absent (files and callers from before
      // there were any) means none.
      accepted: z
        .array(z.string().trim().min(1, 'an accepted answer is empty').max(max.answer, `an accepted answer is over ${n(max.answer)} characters`))
        .max(INTERCHANGE_MAX_ACCEPTED, `more than ${INTERCHANGE_MAX_ACCEPTED} other accepted answers`)
        .optional(),
      explanation: z.string().max(max.explanation, `the feedback is over ${n(max.explanation)} characters`),
      title: z.string().trim().min(1).max(255, 'the title is over 255 characters').optional(),
    })
    .strict()
    .superRefine((q, ctx) => {
      const bad = (message: string): void => ctx.addIssue({ code: 'custom', message });
      if (q.type === 'multiple_choice') {
        if (q.choices.length < 2) bad('a multiple-choice question needs at least 2 choices');
        if (!q.choices.includes(q.answer)) bad('the answer must be one of the choices');
      }
      // Gleaner stores true/false answers as "true"/"false" and shows the choices True, False.
      if (q.type === 'true_false' && (q.choices.join() !== 'True,False' || !['true', 'false'].includes(q.answer))) {
        bad('a true/false question needs choices True, False and the answer "true" or "false"');
      }
      if (q.type === 'short_answer' && q.choices.length !== 0) bad('a short-answer question has no choices');
      if (q.type !== 'short_answer' && q.accepted?.length) bad('only a short-answer question has other accepted answers');
      if (new Set(q.choices).size !== q.choices.length) bad('choices must be distinct');
      else if (isImport) {
        // The question form refuses these too (lib/schemas/review): a student reads them as one.
        const [repeat] = repeatedChoices(q.choices);
        if (repeat) {
          bad(`the choices "${q.choices[repeat.earlier]}" and "${q.choices[repeat.later]}" differ only in capital letters, which students would read as the same choice`);
        }
      }
    });
}

/** A question as files and exports carry it. */
export const interchangeQuestionSchema = questionSchema(FILE_LIMITS, false);
/** A question an import may add to a bank: as above, within the question form's limits. */
export const importableQuestionSchema = questionSchema(IMPORT_LIMITS, true);

export const interchangeCardSchema = z
  .object({
    front: z.string().trim().min(1).max(5_000),
    back: z.string().trim().min(1).max(5_000),
  })
  .strict();

export const interchangeQuestionsSchema = z.array(interchangeQuestionSchema).max(INTERCHANGE_MAX_QUESTIONS);
export const importableQuestionsSchema = z.array(importableQuestionSchema).max(INTERCHANGE_MAX_QUESTIONS);
export const interchangeCardsSchema = z.array(interchangeCardSchema).max(INTERCHANGE_MAX_CARDS);

export type InterchangeQuestionType = z.infer<typeof interchangeQuestionTypeSchema>;

export interface InterchangeQuestion {
  type: InterchangeQuestionType;
  prompt: string;
  choices: string[];
  answer: string;
  /** Short answers: the other accepted answers; absent or empty for none. */
  accepted?: string[];
  explanation: string;
  title?: string;
}

export interface InterchangeCard {
  front: string;
  back: string;
}

/** What an import hands back: all the questions, plus notes on what was dropped on the way. */
export interface ImportResult {
  questions: InterchangeQuestion[];
  /** E.g. per-answer feedback or alternative short answers, which Gleaner cannot keep. */
  warnings: string[];
}

/** An import that failed as a whole; `message` names the line or question and is safe to show a teacher. */
export class InterchangeImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InterchangeImportError';
  }
}

// Compile-time check that the hand-written interfaces (the public contract) match the schemas.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _questionShapeMatches: Same<InterchangeQuestion, z.infer<typeof interchangeQuestionSchema>> = true;
const _cardShapeMatches: Same<InterchangeCard, z.infer<typeof interchangeCardSchema>> = true;

/** Moodle's "accept anything" short answer: "*" alone (a run of them matches the same). */
const CATCH_ALL = /^\*+$/;

type Unusable = 'catch_all' | 'wildcard' | 'punctuation';

/** Why a full-credit answer cannot be a Gleaner key, or null when it can. */
function unusableAnswer(text: string): Unusable | null {
  if (CATCH_ALL.test(text)) return 'catch_all';
  // Moodle's short answers read "*" anywhere as a wildcard ("colo*r"): kept, it would be a key
  // nobody types (or, with punctuation trimmed, a different word).
  if (text.includes('*')) return 'wildcard';
  if (normalizeAnswer(text) === '') return 'punctuation';
  return null;
}

const DROPPED: Record<Unusable, (text: string) => string> = {
  catch_all: (t) => `the catch-all answer "${t}" was dropped: Moodle accepts any response with it, Gleaner only the answers listed`,
  wildcard: (t) => `the answer "${t}" was dropped: Moodle reads its "*" as a wildcard (any text), Gleaner only the answers listed`,
  punctuation: (t) => `the answer "${t}" was dropped: punctuation alone is never counted right`,
};
const NOTHING_LEFT: Record<Unusable, (text: string) => string> = {
  catch_all: (t) => `the catch-all "${t}" (accept anything) is not supported`,
  wildcard: (t) => `"${t}" uses Moodle's wildcard "*", which Gleaner does not support`,
  punctuation: (t) => `"${t}" is punctuation alone`,
};

/**
 * A short answer's key from a file's full-credit answers: the first a student could type is the
 * answer, the rest (once those grading would treat as the same are dropped) are kept up to the
 * limit, with a warning for any beyond it. Answers Gleaner cannot grade as the file means them
 * are dropped with a warning: punctuation alone (never right in lib/grading) and Moodle's
 * wildcards — the catch-all "*" must not turn into a key nothing matches, nor one that matches
 * everything. With no answer left the question fails the import. `accepted` is set only when
 * there are some, as in older files.
 */
export function shortAnswerKey(
  fullCredit: string[],
  warn: (message: string) => void,
  fail: (message: string) => never,
): { answer: string; accepted?: string[] } {
  const typeable = fullCredit.filter((text) => unusableAnswer(text) === null);
  for (const text of fullCredit) {
    const why = unusableAnswer(text);
    if (why) warn(DROPPED[why](text));
  }
  if (typeable.length === 0) {
    const only = fullCredit[0] ?? '';
    fail(`a short-answer question needs an answer a student can type; ${NOTHING_LEFT[unusableAnswer(only) ?? 'punctuation'](only)}`);
  }
  const [answer, ...rest] = typeable;
  const others = distinctAcceptedAnswers(answer, rest);
  if (others.length > INTERCHANGE_MAX_ACCEPTED) {
    warn(`only the first ${INTERCHANGE_MAX_ACCEPTED} other accepted answers are kept; ${others.length - INTERCHANGE_MAX_ACCEPTED} dropped`);
  }
  const accepted = others.slice(0, INTERCHANGE_MAX_ACCEPTED);
  return accepted.length ? { answer, accepted } : { answer };
}

/**
 * Validates what a parser built, within the question form's limits (a file may hold what Gleaner
 * could not edit); the first problem becomes the import's error, prefixed with where it was.
 */
export function validateQuestion(candidate: InterchangeQuestion, where: string): InterchangeQuestion {
  const result = importableQuestionSchema.safeParse(candidate);
  if (!result.success) {
    throw new InterchangeImportError(`${where}: ${result.error.issues[0].message}`);
  }
  return result.data;
}

/**
 * Exports take questions from the database, which should already be valid; a bad one is a
 * programming error, so this throws rather than writing a file another system would misread.
 */
export function checkExportable(questions: InterchangeQuestion[]): InterchangeQuestion[] {
  const result = interchangeQuestionsSchema.safeParse(questions);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`cannot export: ${issue.path.join('.')}: ${issue.message}`);
  }
  return result.data;
}

/** The same guard for flashcard decks. */
export function checkExportableCards(cards: InterchangeCard[]): InterchangeCard[] {
  const result = interchangeCardsSchema.safeParse(cards);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`cannot export: ${issue.path.join('.')}: ${issue.message}`);
  }
  return result.data;
}
