// What this browser tab knows about its answers, across moves between questions and pages shown
// again from the browser's cache:
// - the answers it saved, so a question shown again shows, and compares against, what is really
//   stored, not the answer it had when the page was first rendered (else the next save is refused
//   as "changed in another tab");
// - which is newer, its own save or a render of the page's answers. Both carry the server's clock:
//   a render the moment its answers were read (`answersReadAt`), a save the moment after it was
//   stored. A page shown again from the cache carries the answers of its first render, older than
//   the tab's saves; a page read again (router.refresh, a link back to the quiz) carries answers
//   newer than them, perhaps saved in another tab — the newest wins, whatever order the replies
//   arrive in (a render read before a save landed may reach the tab after that save's reply).
//   Several server instances must keep their clocks in step (NTP; README, "a whole school"): a
//   save and a reading on two instances closer together than their clocks differ may be taken in
//   the wrong order — then the next change is refused as "changed in another tab", never stored
//   over an answer this tab has not seen;
// - the save still on its way for each question, so a question shown again before that save
//   landed (Back and Forward at once, a swipe) starts from it and queues behind it;
// - how to save the answer being typed, so a submit — the student's or the countdown's at zero —
//   goes out only after it and the saves on their way (a save landing after the submit is lost).
// Client-only: nothing here runs during a server render.

/** This tab's landed saves: the answer and when the server had stored it (its clock, ms). */
const remembered = new Map<string, { answer: string; storedAt: number }>();
const pending = new Map<string, { answer: string; landed: Promise<boolean> }>();
/** Bumped by each landed save, for the quiz now on screen (subscribeToSaves). */
let savesLanded = 0;
const saveListeners = new Set<() => void>();
const flushers = new Set<() => Promise<boolean>>();

const key = (attemptId: string, questionId: string) => `${attemptId}\u0000${questionId}`;

/**
 * What is stored for this question as this tab knows it, the newest of: its own last save, and the
 * server's answer in the render whose answers were read at `answersReadAt` (server clock). The one
 * rule for what a question shows, what its saves compare against, and whether it counts as
 * answered. A tie goes to the save: stamped after it was stored, it is no older than the reading.
 */
export function knownAnswer(attemptId: string, questionId: string, rendered: string | null | undefined, answersReadAt: number): string {
  const own = typeof window === 'undefined' ? undefined : remembered.get(key(attemptId, questionId));
  return own && own.storedAt >= answersReadAt ? own.answer : (rendered ?? '');
}

/** A save landed: `storedAt` is the server's clock after storing it (the save's reply). */
export function rememberAnswer(attemptId: string, questionId: string, answer: string, storedAt: number): void {
  remembered.set(key(attemptId, questionId), { answer, storedAt });
  savesLanded += 1;
  for (const listener of saveListeners) listener();
}

/**
 * For useSyncExternalStore: whatever shows answers follows each landed save — also one begun on an
 * earlier showing of the quiz (left by a link and come back to) that lands after this one began.
 */
export function subscribeToSaves(listener: () => void): () => void {
  saveListeners.add(listener);
  return () => saveListeners.delete(listener);
}

export const landedSaves = (): number => savesLanded;

/** The answer on its way to the server for this question, and whether it landed. */
export function pendingSave(attemptId: string, questionId: string): { answer: string; landed: Promise<boolean> } | undefined {
  return typeof window === 'undefined' ? undefined : pending.get(key(attemptId, questionId));
}

/** Tracks a save of `answer` (resolving whether it was stored) until it lands. */
export function trackSave(attemptId: string, questionId: string, answer: string, landed: Promise<boolean>): void {
  const k = key(attemptId, questionId);
  const entry = { answer, landed };
  pending.set(k, entry);
  void landed.finally(() => {
    if (pending.get(k) === entry) pending.delete(k);
  });
}

/** Registers what saves the answer on screen; returns its removal (an effect's cleanup). */
export function registerAnswerFlush(flush: () => Promise<boolean>): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/**
 * Saves the answer on screen, then waits for the newest save of every question still on its way
 * — at most `maxMs`. Resolves whether they all landed (false after a failure or the wait running
 * out); a save that a newer one of the same question replaced does not count.
 */
export async function settleAnswers(maxMs = 5_000): Promise<boolean> {
  const flushed = [...flushers].map((flush) => flush());
  const all = Promise.all([...flushed, ...[...pending.values()].map((p) => p.landed)]).then(
    (results) => results.every(Boolean),
    () => false,
  );
  return Promise.race([all, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), maxMs))]);
}
