// node bench/quiz-walkthrough.mjs BASE_URL [ROUNDS=5] [SLUG=the-great-barrier-reef]
// One student's whole quiz against a running `next start` (bench/lib/walkthrough.mjs): a new
// student per round, the requests the browser sent and the server's CPU for them (user + system
// from /proc of the process listening on BASE_URL's port: keep the machine otherwise quiet).
// Prints each round and the median. `npm run bench` runs the same walk on its own server.
import { listenerCpuMs } from './lib/proc-cpu.mjs';
import { walkThroughQuiz } from './lib/walkthrough.mjs';

const [base, rounds = '5', slug = 'the-great-barrier-reef'] = process.argv.slice(2);
if (!base) {
  console.error('usage: node bench/quiz-walkthrough.mjs BASE_URL [ROUNDS] [SLUG]');
  process.exit(2);
}
// A URL without a port means 80 (ss would otherwise match any port).
const serverCpuMs = listenerCpuMs(new URL(base).port || '80');
const result = await walkThroughQuiz({ origin: base, slug, rounds: Number(rounds), serverCpuMs });
for (const r of result.rounds) console.log(JSON.stringify(r));
console.log(JSON.stringify({ median: result.median }));
