// What this browser tab knows about its answers, across moves between questions and pages shown
// again from the browser's cache:
// - the answers it saved, so a question shown again shows, and compares against, what is really
//   stored, not the answer it had when the page was first rendered (else the next save is refused
//   as "changed in another tab");
// - which is newer, its own save or a render of the page's answers: a page shown again from the
//   cache carries the answers of its first render (older than this tab's saves), but the page
//   read again (router.refresh, the tab shown again) carries answers newer than them, perhaps
//   saved in another tab — the newest saved answer wins;
// - the save still on its way for each question, so a question shown again before that save
//   landed (Back and Forward at once, a swipe) starts from it and queues behind it;
// - how to save the answer being typed, so a submit — the student's or the countdown's at zero —
//   goes out only after it and the saves on their way (a save landing after the submit is lost).
// Client-only: nothing here runs during a server render.

/** Orders what this tab heard: each landed save and each render's answers take the next tick. */
let ticks = 0;
const remembered = new Map<string, { answer: string; heardAt: number }>();
/** When this tab first saw each render's answers. The same object comes back with a page shown
 * again from the cache (it keeps its tick); a page read again from the server is a new object. */
const renders = new WeakMap<object, number>();
const pending = new Map<string, { answer: string; landed: Promise<boolean> }>();
const flushers = new Set<() => Promise<boolean>>();

const key = (attemptId: string, questionId: string) => `${attemptId}\u0000${questionId}`;

/**
 * The tick when the page last asked the server for its answers again (QuizPager calls markReread
 * just before router.refresh): the render that comes back dates from then, not from its arrival,
 * so a save that landed while it was on its way stays newer than it. Cleared by that render.
 */
let shownAgainAt: { tick: number; at: number } | undefined;
/** A re-read that brought no render within this long (it failed) dates nothing. */
const REREAD_MS = 30_000;

/** QuizPager is about to read the page again (router.refresh): the next new render dates from now. */
export function markReread(): void {
  shownAgainAt = { tick: ++ticks, at: Date.now() };
}

/** When these rendered answers (the page's `savedAnswers`) were asked for, as far as this tab
 * knows; 0 on the server. */
export function renderHeardAt(answers: Record<string, string>): number {
  if (typeof window === 'undefined') return 0;
  let at = renders.get(answers);
  if (at === undefined) {
    at = shownAgainAt && Date.now() - shownAgainAt.at < REREAD_MS ? shownAgainAt.tick : ++ticks;
    shownAgainAt = undefined;
    renders.set(answers, at);
  }
  return at;
}

/**
 * What is stored for this question as this tab knows it, the newest of: its own last save, and the
 * server's answer in the render first seen at `renderedAt` (renderHeardAt). The one rule for what a
 * question shows, what its saves compare against, and whether it counts as answered.
 */
export function knownAnswer(attemptId: string, questionId: string, rendered: string | null | undefined, renderedAt: number): string {
  const own = typeof window === 'undefined' ? undefined : remembered.get(key(attemptId, questionId));
  return own && own.heardAt > renderedAt ? own.answer : (rendered ?? '');
}

export function rememberAnswer(attemptId: string, questionId: string, answer: string): void {
  remembered.set(key(attemptId, questionId), { answer, heardAt: ++ticks });
}

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
