// Teachers' question review: decisions, edits and their own questions.
import { z } from 'zod';
import { distinctAcceptedAnswers } from '@/lib/grading';
import {
  repeatedChoices,
  QUESTION_ANSWER_MAX,
  QUESTION_CHOICE_MAX,
  QUESTION_EXPLANATION_MAX,
  QUESTION_MAX_ACCEPTED,
  QUESTION_MAX_CHOICES,
  QUESTION_PROMPT_MAX,
} from '@/lib/input-limits';

const id = z.string().min(1).max(64).regex(/^[a-z0-9]+$/i, 'Invalid id.');
const text = (max: number, label: string) => z.string().trim().min(1, `Enter ${label}.`).max(max, `Use at most ${max} characters.`);
const optionalChoice = z.string().trim().max(QUESTION_CHOICE_MAX, `Use at most ${QUESTION_CHOICE_MAX} characters.`).optional().default('');

export const QUESTION_TYPES = ['multiple_choice', 'true_false', 'short_answer'] as const;

/** A short answer's expected answer, and each other accepted answer, is at most this long (shared with imports). */
export const SHORT_ANSWER_MAX = QUESTION_ANSWER_MAX;
/** How many answers a short answer may accept besides the expected one (shared with imports). */
export const MAX_ACCEPTED_ANSWERS = QUESTION_MAX_ACCEPTED;

/** The "Other accepted answers" box: one answer a line, blank lines ignored. */
export function acceptedAnswerLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.trim());
}

/**
 * The form's choice fields, choice1 to choice10: as many as an import may bring
 * (QUESTION_MAX_CHOICES), so an imported question is edited with all its choices.
 */
export const CHOICE_FIELDS = Array.from({ length: QUESTION_MAX_CHOICES }, (_, i) => `choice${i + 1}` as const);
const choiceFields = Object.fromEntries(CHOICE_FIELDS.map((name) => [name, optionalChoice])) as Record<`choice${number}`, typeof optionalChoice>;

/** The choices as the form posted them, blanks included, so `correctChoice` (1-based) indexes them. */
export function formChoices(q: Partial<Record<`choice${number}`, string>>): string[] {
  return CHOICE_FIELDS.map((name) => q[name] ?? '');
}

/** The fields that belong to each type's answer section; the form posts all three sections. */
const SECTION_FIELDS: Record<(typeof QUESTION_TYPES)[number], readonly string[]> = {
  multiple_choice: [...CHOICE_FIELDS, 'correctChoice'],
  true_false: ['trueFalseAnswer'],
  short_answer: ['shortAnswer', 'acceptedAnswers'],
};

/**
 * Only the chosen type's section is read: the hidden sections of the other types (what was typed
 * before switching type) are neither checked nor kept, so no refusal points inside a hidden section.
 */
function onlyChosenSection(input: unknown): unknown {
  if (typeof input !== 'object' || input === null) return input;
  const raw = input as Record<string, unknown>;
  const chosen = QUESTION_TYPES.find((t) => t === raw.type);
  if (!chosen) return input;
  const hidden = new Set(QUESTION_TYPES.filter((t) => t !== chosen).flatMap((t) => SECTION_FIELDS[t]));
  return Object.fromEntries(Object.entries(raw).filter(([key]) => !hidden.has(key)));
}

/** The question form: choices come as numbered fields; the answer is a choice's number or typed text. */
const questionFormObject = z
  .object({
    slug: z.string().min(1).max(200).optional(),
    questionId: id.optional(),
    type: z.enum(QUESTION_TYPES),
    prompt: text(QUESTION_PROMPT_MAX, 'the question'),
    ...choiceFields,
    correctChoice: z.coerce.number().int().min(1).max(QUESTION_MAX_CHOICES).optional(),
    trueFalseAnswer: z.enum(['true', 'false']).optional(),
    shortAnswer: z.string().trim().max(SHORT_ANSWER_MAX, `Use at most ${SHORT_ANSWER_MAX} characters.`).optional().default(''),
    // Checked line by line below; this only stops absurd input early.
    acceptedAnswers: z
      .string()
      .max(4000, `Give at most ${MAX_ACCEPTED_ANSWERS} answers of ${SHORT_ANSWER_MAX} characters each.`)
      .optional()
      .default(''),
    explanation: z.string().trim().max(QUESTION_EXPLANATION_MAX, `Use at most ${QUESTION_EXPLANATION_MAX} characters.`).optional().default(''),
  })
  .strict()
  .superRefine((q, ctx) => {
    if (q.type === 'multiple_choice') {
      const all = formChoices(q);
      if (all.filter(Boolean).length < 2) ctx.addIssue({ code: 'custom', path: ['choices'], message: 'Give at least two choices.' });
      // Said at the later of the two, naming the earlier: the teacher sees which to change.
      for (const { earlier, later } of repeatedChoices(all)) {
        ctx.addIssue({ code: 'custom', path: [CHOICE_FIELDS[later]], message: sameChoiceMessage(earlier, all[earlier] === all[later]) });
      }
      const picked = q.correctChoice ? all[q.correctChoice - 1] : '';
      if (!picked) ctx.addIssue({ code: 'custom', path: ['correctChoice'], message: 'Mark which filled-in choice is correct.' });
    } else if (q.type === 'true_false') {
      if (!q.trueFalseAnswer) ctx.addIssue({ code: 'custom', path: ['trueFalseAnswer'], message: 'Choose true or false.' });
    } else {
      if (!q.shortAnswer) ctx.addIssue({ code: 'custom', path: ['shortAnswer'], message: 'Enter the expected answer.' });
      const lines = acceptedAnswerLines(q.acceptedAnswers);
      const long = lines.flatMap((line, i) => (line.length > SHORT_ANSWER_MAX ? [i + 1] : []));
      if (long.length > 0) {
        const where = long.length === 1 ? `Line ${long[0]} is` : `Lines ${long.join(', ')} are`;
        ctx.addIssue({ code: 'custom', path: ['acceptedAnswers'], message: `${where} over ${SHORT_ANSWER_MAX} characters; shorten each answer.` });
      }
      const count = distinctAcceptedAnswers(q.shortAnswer, lines).length;
      if (count > MAX_ACCEPTED_ANSWERS) {
        ctx.addIssue({
          code: 'custom',
          path: ['acceptedAnswers'],
          message: `Give at most ${MAX_ACCEPTED_ANSWERS} other answers (this has ${count}).`,
        });
      }
    }
  });

export const questionFormSchema = z.preprocess(onlyChosenSection, questionFormObject);

function sameChoiceMessage(earlier: number, isExact: boolean): string {
  return isExact
    ? `Same as choice ${earlier + 1}; each choice must differ.`
    : `Differs from choice ${earlier + 1} only in capital letters, which students would read as the same choice; change or clear one.`;
}

export type QuestionFormInput = z.infer<typeof questionFormSchema>;

export interface StoredQuestion {
  type: string;
  prompt: string;
  choices: string[];
  answer: string;
  /** Other accepted answers; only short answers have any. */
  accepted: string[];
  explanation: string;
}

/** The stored shape of a question form: choices and answer as the quiz uses them. */
export function toStoredQuestion(q: QuestionFormInput): StoredQuestion {
  if (q.type === 'multiple_choice') {
    // Blank fields (anywhere, not only at the end) are dropped; the answer is the marked text itself.
    const all = formChoices(q);
    return { type: q.type, prompt: q.prompt, choices: all.filter(Boolean), answer: all[(q.correctChoice ?? 1) - 1], accepted: [], explanation: q.explanation };
  }
  if (q.type === 'true_false') {
    return { type: q.type, prompt: q.prompt, choices: ['True', 'False'], answer: q.trueFalseAnswer ?? 'true', accepted: [], explanation: q.explanation };
  }
  const accepted = distinctAcceptedAnswers(q.shortAnswer, acceptedAnswerLines(q.acceptedAnswers));
  return { type: q.type, prompt: q.prompt, choices: [], answer: q.shortAnswer, accepted, explanation: q.explanation };
}
