// Input of a teacher's mark on a submitted answer (lib/actions/answer-marks.ts). No server imports.
import { z } from 'zod';

const id = z.string().min(1).max(64).regex(/^[a-z0-9]+$/i, 'Invalid id.');

/** What the pressed button does: one answer right or wrong, or every same answer in the assignment right or wrong. */
export const MARK_INTENTS = ['mark_correct', 'mark_wrong', 'mark_same_correct', 'mark_same_wrong'] as const;

/** The mark an intent gives (right or not), and whether it reaches every same answer in the assignment. */
export function markIntent(intent: (typeof MARK_INTENTS)[number]): { isCorrect: boolean; isBulk: boolean } {
  return { isCorrect: intent === 'mark_correct' || intent === 'mark_same_correct', isBulk: intent.startsWith('mark_same_') };
}

export const markAnswerSchema = z
  .object({
    attemptId: id,
    questionId: id,
    intent: z.enum(MARK_INTENTS),
  })
  .strict();

export type MarkAnswerInput = z.infer<typeof markAnswerSchema>;
