// Creating and changing assignments, and more time for one student. No server imports: the forms share the limits.
import { z } from 'zod';
import { GRADING_METHODS, LATE_POLICIES, REVIEW_POLICIES } from '@/lib/assignments/policy';
import { blankAsMissing } from './form-fields';

const id = z.string().min(1).max(64).regex(/^[a-z0-9]+$/i, 'Invalid id.');

export const MAX_ATTEMPTS_CHOICE = 10;
export const MAX_TIME_LIMIT_MINUTES = 600;
export const MAX_QUIZ_QUESTIONS = 50;

/** A `datetime-local` value ("2026-03-02T09:30"), read in the teacher's zone (offset in minutes, as getTimezoneOffset). */
const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Enter a date and time.');

export function fromLocalDateTime(value: string, tzOffsetMinutes: number): Date {
  return new Date(Date.parse(`${value}:00Z`) + tzOffsetMinutes * 60_000);
}

/**
 * A form's due time, if it reads as one (raw fields, before the schema): so a refusal for other
 * fields can also say the due time has passed, instead of leaving that for the next submit.
 */
export function readableDueAt(fields: Record<string, unknown>): Date | null {
  const due = localDateTime.safeParse(fields.dueAt);
  const offset = z.coerce.number().int().min(-900).max(900).safeParse(fields.tzOffset ?? 0);
  return due.success && offset.success ? fromLocalDateTime(due.data, offset.data) : null;
}

const checkbox = z.literal('on').optional().transform((v) => v === 'on');

/**
 * An optional whole number of minutes: empty means none. (Not a union with '': zod reports a union
 * that no branch matches as "Invalid input", which is what 1.5 minutes got.)
 */
const optionalMinutes = (max: number) =>
  z.preprocess(
    blankAsMissing,
    z.coerce.number({ error: 'Enter a number of minutes.' }).int('Whole minutes, please.').min(1, 'At least 1 minute.').max(max, `At most ${max} minutes.`).optional(),
  );

const timeLimitMinutes = optionalMinutes(MAX_TIME_LIMIT_MINUTES);

/** The settings a teacher sets when assigning and may change later (open time differs: optional at first). */
const ruleFields = {
  title: z.string().trim().min(1, 'Enter a title.').max(120, 'Use at most 120 characters.'),
  dueAt: localDateTime,
  tzOffset: z.coerce.number().int().min(-900).max(900).optional(),
  attemptsAllowed: z.union([z.literal('unlimited'), z.coerce.number().int().min(1).max(MAX_ATTEMPTS_CHOICE)]),
  gradingMethod: z.enum(GRADING_METHODS),
  timeLimitMinutes,
  shuffleQuestions: checkbox,
  shuffleChoices: checkbox,
  reviewPolicy: z.enum(REVIEW_POLICIES),
  latePolicy: z.enum(LATE_POLICIES),
};

export const createAssignmentSchema = z
  .object({
    classId: id,
    articleSlug: z.string().min(1).max(200),
    ...ruleFields,
    openAt: z.union([z.literal(''), localDateTime]).optional(),
    questionMode: z.enum(['best', 'pick']),
    bestCount: z.coerce.number().int().min(1, 'At least 1 question.').max(MAX_QUIZ_QUESTIONS, `At most ${MAX_QUIZ_QUESTIONS} questions.`).optional(),
    questionIds: z.array(id).max(MAX_QUIZ_QUESTIONS, `At most ${MAX_QUIZ_QUESTIONS} questions.`).default([]),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.questionMode === 'pick' && input.questionIds.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['questionIds'], message: 'Pick at least one question.' });
    }
    if (input.questionMode === 'best' && input.bestCount === undefined) {
      ctx.addIssue({ code: 'custom', path: ['bestCount'], message: 'Enter how many questions.' });
    }
    const offset = input.tzOffset ?? 0;
    const due = fromLocalDateTime(input.dueAt, offset);
    const open = input.openAt ? fromLocalDateTime(input.openAt, offset) : null;
    if (open && open >= due) ctx.addIssue({ code: 'custom', path: ['dueAt'], message: 'The due time must be after the open time.' });
  });

export type CreateAssignmentInput = z.infer<typeof createAssignmentSchema>;

/**
 * Changing an assignment's schedule and rules. The questions are not part of it: they are fixed
 * once anyone has started. Shuffling is taken only while nobody has started (the DAL ignores it
 * after), since it would reorder a running attempt's questions.
 */
export const updateAssignmentSchema = z
  .object({
    assignmentId: id,
    ...ruleFields,
    // Empty keeps an assignment already open as it opened; one not open yet needs a time (a
    // partly typed date-time arrives empty, so empty must not open it: the DAL refuses it).
    openAt: z.union([z.literal(''), localDateTime]).optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    const offset = input.tzOffset ?? 0;
    if (input.openAt && fromLocalDateTime(input.openAt, offset) >= fromLocalDateTime(input.dueAt, offset)) {
      ctx.addIssue({ code: 'custom', path: ['dueAt'], message: 'The due time must be after the open time.' });
    }
  });

export type UpdateAssignmentInput = z.infer<typeof updateAssignmentSchema>;

export const MAX_EXTRA_MINUTES = 600;

/** More time for one student: a later due time, extra minutes on the time limit, or both. */
export const extensionSchema = z
  .object({
    assignmentId: id,
    userId: z.string().min(1).max(64).regex(/^[a-z0-9-]+$/i, 'Invalid id.'),
    dueAt: z.union([z.literal(''), localDateTime]).optional(),
    extraMinutes: optionalMinutes(MAX_EXTRA_MINUTES),
    tzOffset: z.coerce.number().int().min(-900).max(900).optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (!input.dueAt && typeof input.extraMinutes !== 'number') {
      ctx.addIssue({ code: 'custom', path: ['dueAt'], message: 'Enter a later due time, extra minutes, or both.' });
    }
  });

export type ExtensionInput = z.infer<typeof extensionSchema>;

export const removeExtensionSchema = z.object({ assignmentId: id, userId: z.string().min(1).max(64).regex(/^[a-z0-9-]+$/i, 'Invalid id.') }).strict();

export const startAssignmentSchema = z.object({ assignmentId: id }).strict();
export const deleteAssignmentSchema = z.object({ assignmentId: id }).strict();
