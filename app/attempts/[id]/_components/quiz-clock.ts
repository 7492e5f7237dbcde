// The server's clock and an attempt's deadline, as this tab last heard them. The quiz page is one
// page load for the whole quiz and may be shown again from the browser's cache (Back after
// leaving it), so the countdown cannot trust the "now" its props were rendered with: each tab
// keeps the newest word from the server (a render, or the submit route answering "not yet") and
// runs on from it with the monotonic performance clock (the device's own clock may be wrong).
// Client-only.

interface Heard {
  deadlineMs: number;
  serverNowMs: number;
  /** performance.now() when this was heard. */
  heardAt: number;
}

const heard = new Map<string, Heard>();

/** Keeps what the server said unless this tab already heard something newer from it. */
export function hearDeadline(attemptId: string, deadlineMs: number, serverNowMs: number): void {
  const previous = heard.get(attemptId);
  if (previous && previous.serverNowMs >= serverNowMs) return; // a page restored from the cache
  heard.set(attemptId, { deadlineMs, serverNowMs, heardAt: performance.now() });
}

/** Milliseconds until the deadline by the server's clock; null before anything was heard. */
export function msUntilDeadline(attemptId: string): number | null {
  const h = heard.get(attemptId);
  return h ? h.deadlineMs - (h.serverNowMs + (performance.now() - h.heardAt)) : null;
}
