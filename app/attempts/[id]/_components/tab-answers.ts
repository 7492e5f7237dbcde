// What this browser tab knows about its answers, across client-side navigations:
// - the answers it saved, so a question page restored from the router's cache (browser Back)
//   shows and compares against what is really stored, not the answer it had when first shown
//   (else the next save is refused as "changed in another tab");
// - the saves in flight, and how to save the answer being typed, so a submit — the student's or
//   the countdown's at zero — goes out only after them (a save landing after the submit is lost).
// Client-only: nothing here runs during a server render.

const remembered = new Map<string, string>();
const inFlight = new Set<Promise<unknown>>();
const flushers = new Set<() => Promise<unknown>>();

const key = (attemptId: string, questionId: string) => `${attemptId}\u0000${questionId}`;

/** The answer this tab last saved to this question, if it saved one since the page loaded. */
export function rememberedAnswer(attemptId: string, questionId: string): string | undefined {
  return typeof window === 'undefined' ? undefined : remembered.get(key(attemptId, questionId));
}

export function rememberAnswer(attemptId: string, questionId: string, answer: string): void {
  remembered.set(key(attemptId, questionId), answer);
}

export function trackSave(save: Promise<unknown>): void {
  inFlight.add(save);
  void save.finally(() => inFlight.delete(save));
}

export function hasSavesInFlight(): boolean {
  return inFlight.size > 0;
}

/** Registers what saves the answer on screen; returns its removal (an effect's cleanup). */
export function registerAnswerFlush(flush: () => Promise<unknown>): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/** Saves the answer on screen, then waits for every save in flight — at most `maxMs`. */
export async function settleAnswers(maxMs = 5_000): Promise<void> {
  for (const flush of flushers) void flush();
  const all = Promise.allSettled([...inFlight]);
  await Promise.race([all, new Promise((resolve) => setTimeout(resolve, maxMs))]);
}
