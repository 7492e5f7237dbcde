// The neutral shape every import produces and every export consumes. It carries no ids,
// provenance or status: those belong to the database, and an imported question has no
// source sentence (DESIGN.md, "Provenance"). No server imports, so client code may share it.
import { z } from 'zod';
import { distinctAcceptedAnswers } from '@/lib/grading';

/** Upload limit for question files, checked before any parsing work is done. */
export const INTERCHANGE_MAX_BYTES = 1_000_000;
export const INTERCHANGE_MAX_QUESTIONS = 500;
export const INTERCHANGE_MAX_CARDS = 2_000;
export const INTERCHANGE_MAX_CHOICES = 10;
/** Other accepted answers of a short answer, as many as the question form allows. */
export const INTERCHANGE_MAX_ACCEPTED = 10;

export const interchangeQuestionTypeSchema = z.enum(['multiple_choice', 'true_false', 'short_answer']);

export const interchangeQuestionSchema = z
  .object({
    type: interchangeQuestionTypeSchema,
    // Messages are written for a teacher reading an import error.
    prompt: z.string().trim().min(1, 'the question text is empty').max(5_000, 'the question text is over 5,000 characters'),
    choices: z
      .array(z.string().trim().min(1, 'a choice is empty').max(500, 'a choice is over 500 characters'))
      .max(INTERCHANGE_MAX_CHOICES, `more than ${INTERCHANGE_MAX_CHOICES} choices`),
    answer: z.string().trim().min(1, 'the answer is empty').max(500, 'the answer is over 500 characters'),
    // Short answers: answers accepted besides `answer`. Absent (files and callers from before
    // there were any) means none.
    accepted: z
      .array(z.string().trim().min(1, 'an accepted answer is empty').max(500, 'an accepted answer is over 500 characters'))
      .max(INTERCHANGE_MAX_ACCEPTED, `more than ${INTERCHANGE_MAX_ACCEPTED} other accepted answers`)
      .optional(),
    explanation: z.string().max(25_000, 'the feedback is over 25,000 characters'),
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
  });

export const interchangeCardSchema = z
  .object({
    front: z.string().trim().min(1).max(5_000),
    back: z.string().trim().min(1).max(5_000),
  })
  .strict();

export const interchangeQuestionsSchema = z.array(interchangeQuestionSchema).max(INTERCHANGE_MAX_QUESTIONS);
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

/**
 * A short answer's key from a file's full-credit answers: the first is the answer, the rest
 * (once those grading would treat as the same are dropped) are kept up to the limit, with a
 * warning for any beyond it. `accepted` is set only when there are some, as in older files.
 */
export function shortAnswerKey(fullCredit: string[], warn: (message: string) => void): { answer: string; accepted?: string[] } {
  const [answer, ...rest] = fullCredit;
  const others = distinctAcceptedAnswers(answer, rest);
  if (others.length > INTERCHANGE_MAX_ACCEPTED) {
    warn(`only the first ${INTERCHANGE_MAX_ACCEPTED} other accepted answers are kept; ${others.length - INTERCHANGE_MAX_ACCEPTED} dropped`);
  }
  const accepted = others.slice(0, INTERCHANGE_MAX_ACCEPTED);
  return accepted.length ? { answer, accepted } : { answer };
}

/** Validates what a parser built; the first problem becomes the import's error, prefixed with where it was. */
export function validateQuestion(candidate: InterchangeQuestion, where: string): InterchangeQuestion {
  const result = interchangeQuestionSchema.safeParse(candidate);
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
