// Limits and fixed choices shared by forms in the browser and the zod schemas on the server. Kept free of zod so a
// student page that needs a number does not ship the schema library (about 30 KB gzip).
export const MAX_ANSWER_LENGTH = 300;
export const MAX_TYPED_LENGTH = 300;
export const MIN_RETENTION = 0.7;
export const MAX_RETENTION = 0.97;

/** ts-fsrs Rating: 1 Again, 2 Hard, 3 Good, 4 Easy. */
export const RATINGS = [
  { value: 1, label: 'Again' },
  { value: 2, label: 'Hard' },
  { value: 3, label: 'Good' },
  { value: 4, label: 'Easy' },
] as const;
export type RatingValue = 1 | 2 | 3 | 4;

/**
 * What one question may hold. The teacher's question form and question-file imports both check
 * these, so a question that came in from a file can always be opened and saved again as it is.
 */
export const QUESTION_PROMPT_MAX = 1000;
export const QUESTION_CHOICE_MAX = 200;
/** Choices of one multiple-choice question (the form shows this many fields at most). */
export const QUESTION_MAX_CHOICES = 10;
/** A short answer's expected answer, and each other accepted answer. */
export const QUESTION_ANSWER_MAX = 200;
/** How many answers a short answer may accept besides the expected one. */
export const QUESTION_MAX_ACCEPTED = 10;
export const QUESTION_EXPLANATION_MAX = 2000;

/**
 * Two choices of one question that differ only in letter case ("Paris", "paris") read as the
 * same to a student, so neither the form nor an import lets a question hold both: they compare
 * choices by this key.
 */
export function choiceKey(choice: string): string {
  return choice.trim().toLowerCase();
}

/** Each blank-free choice that repeats an earlier one by choiceKey, with the earlier one's index. */
export function repeatedChoices(choices: readonly string[]): { earlier: number; later: number }[] {
  const firstWith = new Map<string, number>();
  const repeats: { earlier: number; later: number }[] = [];
  choices.forEach((choice, i) => {
    if (!choice) return;
    const earlier = firstWith.get(choiceKey(choice));
    if (earlier === undefined) firstWith.set(choiceKey(choice), i);
    else repeats.push({ earlier, later: i });
  });
  return repeats;
}

/** An article's title (lib/content.ts front matter, add-article and rename). */
export const ARTICLE_TITLE_MAX = 200;
