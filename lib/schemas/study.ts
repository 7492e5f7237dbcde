// Input of the study actions and the closed sets stored as strings (DESIGN.md: no enums).
import { z } from 'zod';

/** Index = ts-fsrs State (0 New, 1 Learning, 2 Review, 3 Relearning). */
export const CARD_STATES = ['new', 'learning', 'review', 'relearning'] as const;
export type CardState = (typeof CARD_STATES)[number];
export const cardStateSchema = z.enum(CARD_STATES);

import type { RatingValue } from '@/lib/input-limits';

export { RATINGS, type RatingValue } from '@/lib/input-limits';

export const REVIEW_SOURCES = ['study', 'quiz'] as const;
export type ReviewSource = (typeof REVIEW_SOURCES)[number];

import { MAX_RETENTION, MAX_TYPED_LENGTH, MIN_RETENTION } from '@/lib/input-limits';
import { blankAsMissing } from './form-fields';

export { MAX_RETENTION, MAX_TYPED_LENGTH, MIN_RETENTION };

/** A card in a deck: "f:<flashcard id>" or "q:<question id>". */
export const cardKeySchema = z
  .string()
  .max(80)
  .regex(/^[fq]:[a-z0-9]{1,64}$/i, 'Invalid card.');

const slug = z.string().min(1).max(200);

export const gradeCardSchema = z
  .object({
    slug,
    cardKey: cardKeySchema,
    // The card version the student saw; a stale tab's grade is refused rather than counted twice.
    version: z.coerce.number().int().min(0).max(1_000_000),
    rating: z.coerce.number().int().min(1).max(4).transform((n) => n as RatingValue),
  })
  .strict();

export const undoGradeSchema = z.object({ slug }).strict();

// The form asks in percent ("remember 90% of cards"); the scheduler takes a fraction.
export const studySettingsSchema = z
  .object({
    // An empty box is "enter a number", not a 0 that is "at least 70".
    retentionPercent: z.preprocess(
      blankAsMissing,
      z.coerce
        .number({ message: `Enter a whole number from ${MIN_RETENTION * 100} to ${MAX_RETENTION * 100}.` })
        .int('Enter a whole number.')
        .min(MIN_RETENTION * 100, `Use at least ${MIN_RETENTION * 100}.`)
        .max(MAX_RETENTION * 100, `Use at most ${MAX_RETENTION * 100}.`),
    ),
  })
  .strict();

export type GradeCardInput = z.infer<typeof gradeCardSchema>;
