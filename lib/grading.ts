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

/**
 * Whether a stored answer is right. `answer` is the question's answer, or its whole answer key:
 * the answer first, then the other answers a teacher accepts (short answers only; other types
 * compare with the first). A short answer about a person (`kind`) may give the surname alone,
 * as people do: "Cook" for "James Cook", "von Frisch" or "Frisch" for "Karl von Frisch".
 */
export function isAnswerCorrect(type: string, given: string | null | undefined, answer: string | readonly string[], kind?: string): boolean {
  if (given == null) return false;
  const answers = typeof answer === 'string' ? [answer] : answer;
  if (type !== 'short_answer') return given === answers[0];
  // Punctuation alone ("?", "—") is no answer, whatever the key holds.
  const typed = normalizeAnswer(given);
  return typed !== '' && acceptedForms(answers, kind).includes(typed);
}

/**
 * Every normalized text a short answer accepts: each answer, and for a person each surname
 * form of it. The quiz's grade and a flashcard's typed answer both start from this list.
 */
export function acceptedForms(answers: readonly string[], kind?: string): string[] {
  const forms = new Set<string>();
  for (const answer of answers) {
    const expected = normalizeAnswer(answer);
    // An answer of punctuation alone ("—", "*") would accept any punctuation typed.
    if (expected === '') continue;
    forms.add(expected);
    if (kind === 'person') for (const surname of surnames(expected)) forms.add(surname);
  }
  return [...forms];
}

/**
 * The other accepted answers worth keeping: trimmed, blanks dropped, and none that grading
 * would already treat as the answer or as an earlier one (same text once normalized).
 */
export function distinctAcceptedAnswers(answer: string, others: readonly string[]): string[] {
  const seen = new Set([normalizeAnswer(answer)]);
  const kept: string[] = [];
  for (const raw of others) {
    const text = raw.trim();
    const key = normalizeAnswer(text);
    // Blank, punctuation alone ("—", Moodle's catch-all "*"), or already accepted.
    if (!key || seen.has(key)) continue;
    seen.add(key);
    kept.push(text);
  }
  return kept;
}

// Generational suffixes name nobody alone ("Jr.", "III"); particles ("von") need a name after them.
const SUFFIX = /^(jr|sr|ii|iii|iv|v|vi|vii|viii|ix|x)$/;
const PARTICLE = /^(von|van|der|den|de|del|della|di|da|du|la|le|al|el|bin|ibn|ter|ten|zu|st)$/;

/** The trailing parts of a full name that name the person alone: "frisch", "von frisch". */
function surnames(fullName: string): string[] {
  const words = fullName.split(' ');
  while (words.length > 1 && SUFFIX.test(words[words.length - 1].replace(/\.$/, ''))) words.pop();
  if (words.length < 2) return [];
  return words.slice(1).map((_, i) => words.slice(i + 1)).filter((part) => part.some((w) => !PARTICLE.test(w))).map((part) => part.join(' '));
}

/** The value a choice posts for a question: true/false answers are stored as "true"/"false". */
export function choiceValue(type: string, choice: string): string {
  return type === 'true_false' ? choice.toLowerCase() : choice;
}

/** A stored answer as the student saw it ("True" rather than "true"): the choice it is the value of. */
export function choiceLabel(type: string, choices: string[], value: string): string {
  return choices.find((c) => choiceValue(type, c) === value) ?? value;
}

export function percent(score: number, total: number): number {
  return total === 0 ? 0 : Math.round((score / total) * 100);
}
