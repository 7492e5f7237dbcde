// The scheduled close of expired attempts, and the study-schedule catch-up after a restart
// (see instrumentation.ts).
import 'server-only';
import { closeExpiredAttempts, recordMissingSchedules } from '@/lib/dal/attempts';

const SWEEP_EVERY_MS = 30_000;

export function startAttemptSweep(): void {
  let running = false;
  const sweep = async () => {
    if (running) return;
    running = true;
    try {
      await closeExpiredAttempts();
      await recordMissingSchedules();
    } catch (error) {
      // A busy or restarting database: the next sweep (or the next page load) catches up.
      console.error('attempt sweep failed', error);
    } finally {
      running = false;
    }
  };
  // unref: the sweep never keeps a stopping server alive.
  setInterval(sweep, SWEEP_EVERY_MS).unref();
  void sweep();
}
