// Where in a quiz the page is: one question (by index) or the review screen. Named in the URL as
// ?q=1…N or ?q=review, so a reload, a bookmark or a page without JavaScript opens the same place.
export type QuizPosition = { kind: 'question'; index: number } | { kind: 'review' };

/** Reads ?q=; anything that is not a question's number or "review" means the first question. */
export function parseQuizPosition(q: string | null | undefined, total: number): QuizPosition {
  if (q === 'review') return { kind: 'review' };
  const index = Number(q) - 1;
  return { kind: 'question', index: Number.isInteger(index) && index >= 0 && index < total ? index : 0 };
}

export function quizPositionHref(attemptId: string, position: QuizPosition): string {
  return `/attempts/${attemptId}?q=${position.kind === 'review' ? 'review' : position.index + 1}`;
}
