// zod schemas for the generator's output; no server imports so client code may share them.
import { z } from 'zod';

export const questionTypeSchema = z.enum(['multiple_choice', 'true_false', 'short_answer']);
export const factKindSchema = z.enum(['person', 'place', 'organization', 'date', 'number', 'quantity', 'quote', 'term']);

export const sourceRefSchema = z
  .object({
    sentence: z.string().min(1).max(20_000),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
  })
  .strict()
  .refine((s) => s.end > s.start && s.end - s.start === s.sentence.length, { message: 'source offsets must span the sentence' });

export const generatedQuestionSchema = z
  .object({
    id: z.string().regex(/^[0-9a-f]{16}$/),
    type: questionTypeSchema,
    kind: factKindSchema,
    prompt: z.string().min(1).max(5_000),
    choices: z.array(z.string().min(1).max(500)).max(4),
    answer: z.string().min(1).max(500),
    explanation: z.string().max(25_000),
    difficulty: z.number().min(0).max(1),
    source: sourceRefSchema,
  })
  .strict()
  .superRefine((q, ctx) => {
    const bad = (message: string): void => ctx.addIssue({ code: 'custom', message });
    if (q.type === 'multiple_choice' && (q.choices.length !== 4 || !q.choices.includes(q.answer))) bad('multiple choice needs 4 choices including the answer');
    if (q.type === 'true_false' && (q.choices.join() !== 'True,False' || !['true', 'false'].includes(q.answer))) bad('true/false needs choices True,False and answer true|false');
    if (q.type === 'short_answer' && q.choices.length !== 0) bad('short answer has no choices');
    if (new Set(q.choices).size !== q.choices.length) bad('choices must be distinct');
  });

export const flashcardSchema = z
  .object({
    id: z.string().regex(/^[0-9a-f]{16}$/),
    front: z.string().min(1).max(5_000),
    back: z.string().min(1).max(5_000),
    kind: factKindSchema,
    source: sourceRefSchema,
  })
  .strict();

export const generatorResultSchema = z
  .object({
    article: z
      .object({
        title: z.string().max(500).nullable(),
        wordCount: z.number().int().min(0),
        sentenceCount: z.number().int().min(0),
        generatorVersion: z.string().min(1).max(40),
      })
      .strict(),
    questions: z.array(generatedQuestionSchema).max(200),
    flashcards: z.array(flashcardSchema).max(1_000),
    refused: z
      .object({
        code: z.literal('not_english'),
        language: z.string().regex(/^[a-z]{2}$/).nullable(),
        message: z.string().min(1).max(500),
      })
      .strict()
      .optional(),
  })
  .strict();

export type GeneratorResultInput = z.infer<typeof generatorResultSchema>;
