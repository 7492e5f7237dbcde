// Input of the quiz-taking actions. Ids are cuids; an answer is a choice's text or typed text.
import { z } from 'zod';

const id = z.string().min(1).max(64).regex(/^[a-z0-9]+$/i, 'Invalid id.');

import { MAX_ANSWER_LENGTH } from '@/lib/input-limits';

export { MAX_ANSWER_LENGTH };

// Typed text, one line: no control characters (a NUL is an error on PostgreSQL, the rest are
// never part of an answer a student means).
const CONTROL = /[\u0000-\u001f\u007f]/;
const answerText = (message: string) =>
  z.string().max(MAX_ANSWER_LENGTH, message).refine((text) => !CONTROL.test(text), 'Answers cannot contain control characters.');
const ANSWER_TOO_LONG = `Answers are at most ${MAX_ANSWER_LENGTH} characters.`;

export const startAttemptSchema = z.object({ slug: z.string().min(1).max(200) }).strict();

export const saveAnswerSchema = z
  .object({
    attemptId: id,
    questionId: id,
    answer: answerText(ANSWER_TOO_LONG).optional(),
    // The answer this tab last saw stored ('' for none). A save from a tab that missed a newer
    // answer (saved in another tab) is refused instead of overwriting it.
    seen: answerText(ANSWER_TOO_LONG).optional(),
    // Where to go after saving: another question by index, or the review screen.
    goTo: z.union([z.coerce.number().int().min(0).max(1000), z.literal('review')]).optional(),
  })
  .strict();

/** Body of PUT /api/attempts/:attemptId/answers/:questionId (ids come from the path). */
export const answerBodySchema = z
  .object({
    answer: answerText(ANSWER_TOO_LONG),
    seen: answerText(ANSWER_TOO_LONG).optional(),
  })
  .strict();

export const answerPathSchema = z.object({ attemptId: id, questionId: id }).strict();

export const submitAttemptSchema = z.object({ attemptId: id }).strict();

export type SaveAnswerInput = z.infer<typeof saveAnswerSchema>;
