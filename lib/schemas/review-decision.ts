// A review decision as the article review page posts it: approve, reject or back to review,
// and, for an undo, the status the question must still be in (so an undo never overwrites a
// later decision). No server imports: the page's client component shares the types.
import { z } from 'zod';

const id = z.string().min(1).max(64).regex(/^[a-z0-9]+$/i, 'Invalid id.');
export const DECIDED_STATUSES = ['draft', 'approved', 'rejected'] as const;
export const DECISION_NAMES = ['approve', 'reject', 'restore'] as const;

export const decisionWithUndoSchema = z
  .object({
    questionId: id,
    decision: z.enum(DECISION_NAMES),
    /** Present on an undo: the status the decision being undone set. */
    expected: z.enum(DECIDED_STATUSES).optional(),
    /** The status the page showed when the teacher decided: a question changed since (another tab,
     * another teacher) is not decided over, and the teacher is told. */
    shown: z.enum(DECIDED_STATUSES).optional(),
  })
  .strict();

export type DecidedStatus = (typeof DECIDED_STATUSES)[number];
export type Decision = (typeof DECISION_NAMES)[number];

/** What the decision action answers: ActionState plus what an undo needs. */
export interface DecisionState {
  status: 'idle' | 'ok' | 'error';
  message?: string;
  /** A decision that changed something: the page offers to put it back. Absent after an undo. */
  undo?: { questionId: string; previous: DecidedStatus; status: DecidedStatus; decision: Decision };
  /** The question an undo put back, so the page can return the focus to it. */
  undone?: string;
  /** Counts the answers, so the page can tell two identical messages apart. */
  seq?: number;
}

/** How many drafts one "Approve all" may carry (a bank holds a few dozen). */
export const APPROVE_ALL_MAX = 1000;

/** "Approve all N drafts": the article and the drafts the page showed, as one comma-separated field. */
export const approveAllSchema = z
  .object({
    slug: z.string().min(1).max(200),
    questionIds: z
      .string()
      .max(APPROVE_ALL_MAX * 65)
      .transform((v) => v.split(',').filter(Boolean))
      .pipe(z.array(id).min(1, 'There are no drafts to approve.').max(APPROVE_ALL_MAX)),
  })
  .strict();
