// Classical item analysis of one quiz's submitted attempts (as Moodle's quiz statistics):
// facility (share correct), discrimination (how well the item separates strong from weak
// students: the correlation of the item with the rest of the test) and choice counts.

export interface ItemResponse {
  questionId: string;
  answer: string | null;
  isCorrect: boolean;
}

export interface AnalysedAttempt {
  responses: ItemResponse[];
}

export interface ItemStats {
  questionId: string;
  responses: number;
  /** 0..1, share of attempts that got it right. */
  facility: number;
  /** -1..1, null when it cannot be computed (everyone right or wrong, or no spread in the rest). */
  discrimination: number | null;
  choiceCounts: Map<string, number>;
  unanswered: number;
  flags: ItemFlag[];
}

export type ItemFlag = 'too_easy' | 'too_hard' | 'not_discriminating' | 'negative_discrimination';

/** Below this many attempts the flags would be noise, so none are raised. */
export const MIN_ATTEMPTS_FOR_FLAGS = 5;
export const TOO_EASY = 0.9;
export const TOO_HARD = 0.25;
export const WEAK_DISCRIMINATION = 0.2;

function correlation(xs: number[], ys: number[]): number | null {
  const n = xs.length;
  if (n < 2) return null;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}

/** Statistics for each question id, in the order given. Each attempt must list every question. */
export function analyseItems(questionIds: string[], attempts: AnalysedAttempt[]): ItemStats[] {
  const scores = attempts.map((a) => a.responses.filter((r) => r.isCorrect).length);
  return questionIds.map((questionId) => {
    const item: number[] = [];
    const rest: number[] = [];
    const choiceCounts = new Map<string, number>();
    let unanswered = 0;
    attempts.forEach((attempt, i) => {
      const response = attempt.responses.find((r) => r.questionId === questionId);
      const correct = response?.isCorrect ? 1 : 0;
      item.push(correct);
      rest.push(scores[i] - correct);
      if (response?.answer) choiceCounts.set(response.answer, (choiceCounts.get(response.answer) ?? 0) + 1);
      else unanswered += 1;
    });
    const n = attempts.length;
    const facility = n ? item.reduce((a, b) => a + b, 0) / n : 0;
    const discrimination = correlation(item, rest);
    const flags: ItemFlag[] = [];
    if (n >= MIN_ATTEMPTS_FOR_FLAGS) {
      if (facility >= TOO_EASY) flags.push('too_easy');
      if (facility <= TOO_HARD) flags.push('too_hard');
      if (discrimination !== null && discrimination < 0) flags.push('negative_discrimination');
      else if (discrimination !== null && discrimination < WEAK_DISCRIMINATION) flags.push('not_discriminating');
    }
    return { questionId, responses: n, facility, discrimination, choiceCounts, unanswered, flags };
  });
}
