// Checking a typed answer on a flashcard: it accepts what a quiz's short answer accepts (case,
// accents, surrounding punctuation, the teacher's other accepted answers, a person's surname),
// forgives one typo in a longer answer, and shows where the typed text differs. Pure; the
// server calls it when the card is turned over.
import { acceptedForms, normalizeAnswer } from '@/lib/grading';

/** Answers at least this long (normalized) forgive one typo. */
export const TYPO_MIN_LENGTH = 5;

/** `accepted`: right, though not the answer shown (another accepted answer, or a surname). */
export type TypedVerdict = 'exact' | 'accepted' | 'typo' | 'wrong';

export interface DiffPart {
  kind: 'same' | 'missing' | 'extra';
  text: string;
}

export interface TypedCheck {
  verdict: TypedVerdict;
  diff: DiffPart[];
  /** The accepted form (normalized) the diff compares with, when it is not the answer shown. */
  against: string | null;
}

export interface TypedAnswerKey {
  /** The question's other accepted answers. */
  accepted?: readonly string[];
  /** What the answer names; a person's surname alone counts, as in quizzes. */
  kind?: string;
}

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  const d: number[][] = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[x.length][y.length];
}

/**
 * Character diff of the normalized texts (longest common subsequence): `missing` is in the
 * answer but not typed, `extra` was typed but is not in the answer.
 */
export function diffAnswer(typed: string, expected: string): DiffPart[] {
  const a = Array.from(typed);
  const b = Array.from(expected);
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], ch: string) => {
    const last = parts[parts.length - 1];
    if (last?.kind === kind) last.text += ch;
    else parts.push({ kind, text: ch });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push('same', a[i]);
      i++;
      j++;
    } else if (j < b.length && (i >= a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
      push('missing', b[j++]);
    } else {
      push('extra', a[i++]);
    }
  }
  return parts;
}

/**
 * Whether a letter diff helps the student see a near miss: the typed text is at most a third of
 * the longer text's letters away from the answer (edit distance). For an answer that is simply
 * different ("condensation" against "evaporation", "a wrong guess" against "a milkmaid") the
 * struck and inserted letters are a jumble; the answer shown above says all there is to say.
 */
export function diffIsHelpful(typed: string, expected: string): boolean {
  const longer = Math.max(Array.from(typed).length, Array.from(expected).length);
  return longer > 0 && typed.length > 0 && editDistance(typed, expected) * 3 <= longer;
}

/** The typed answer against the answer shown (`expected`) and whatever else the key accepts. */
export function checkTypedAnswer(typed: string, expected: string, key: TypedAnswerKey = {}): TypedCheck {
  const t = normalizeAnswer(typed);
  const e = normalizeAnswer(expected);
  if (t === '') return { verdict: 'wrong', diff: [], against: null };
  if (t === e) return { verdict: 'exact', diff: diffAnswer(t, e), against: null };
  const forms = acceptedForms([expected, ...(key.accepted ?? [])], key.kind);
  if (forms.includes(t)) return { verdict: 'accepted', diff: diffAnswer(t, t), against: t };
  // One typo away from any accepted form long enough to forgive one; the answer shown first.
  const near = forms.find((form) => Array.from(form).length >= TYPO_MIN_LENGTH && editDistance(t, form) <= 1);
  if (near !== undefined) return { verdict: 'typo', diff: diffAnswer(t, near), against: near === e ? null : near };
  return { verdict: 'wrong', diff: diffIsHelpful(t, e) ? diffAnswer(t, e) : [], against: null };
}
