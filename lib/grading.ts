// Pure grading rules, run only on the server.

/** Case, accents, surrounding punctuation and inner spacing do not make a typed answer wrong. */
export function normalizeAnswer(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '')
    .replace(/\s+/g, ' ');
}

export function isAnswerCorrect(type: string, given: string | null | undefined, answer: string): boolean {
  if (given == null) return false;
  if (type === 'short_answer') return normalizeAnswer(given) === normalizeAnswer(answer);
  return given === answer;
}

/** The value a choice posts for a question: true/false answers are stored as "true"/"false". */
export function choiceValue(type: string, choice: string): string {
  return type === 'true_false' ? choice.toLowerCase() : choice;
}

export function percent(score: number, total: number): number {
  return total === 0 ? 0 : Math.round((score / total) * 100);
}
