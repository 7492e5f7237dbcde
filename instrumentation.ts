// Runs once when a server instance starts. The attempt sweep closes attempts whose time ran out,
// so a student who closes the tab still gets a grade at the deadline, not when someone next
// looks. Every instance may run it: closing is a conditional update, so each attempt closes once.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startAttemptSweep } = await import('./lib/attempt-sweep');
  startAttemptSweep();
}
