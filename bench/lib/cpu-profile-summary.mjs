// `node bench/lib/cpu-profile-summary.mjs FILE.cpuprofile [N] [SECONDS]`: the functions that cost
// the most CPU, by self time and by total time (time with everything they called), as shares of
// the run. With SECONDS, only the busiest window of that length counts: a server's profile spans
// its start, the seeding and the idle gaps between load runs, which would drown the run itself.
import { readFileSync } from 'node:fs';

const [file, top = '25', windowSeconds] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, 'utf8'));
if (windowSeconds) keepBusiestWindow(profile, Number(windowSeconds) * 1e6);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const selfSamples = new Map();
for (const id of profile.samples) selfSamples.set(id, (selfSamples.get(id) ?? 0) + 1);
const total = profile.samples.length;

const label = (n) => {
  const f = n.callFrame;
  const where = f.url ? f.url.replace(/^.*\/(node_modules|\.next-bench|work\/main)\//, '$1/') : '';
  return `${f.functionName || '(anonymous)'} ${where}:${f.lineNumber + 1}`;
};
const self = new Map();
const inclusive = new Map();
for (const [id, count] of selfSamples) {
  const n = byId.get(id);
  self.set(label(n), (self.get(label(n)) ?? 0) + count);
  // Each distinct frame on the stack gets the sample once (recursion counted once).
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const l = label(byId.get(cur));
    if (!seen.has(l)) {
      seen.add(l);
      inclusive.set(l, (inclusive.get(l) ?? 0) + count);
    }
  }
}
const print = (title, map) => {
  console.log(`\n${title} (of ${total} samples)`);
  for (const [l, c] of [...map].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) console.log(`${((100 * c) / total).toFixed(1).padStart(5)}%  ${l}`);
};
print('self', self);
print('total', inclusive);

/** Drops every sample outside the window of `span` microseconds with the fewest idle samples. */
function keepBusiestWindow(p, span) {
  const idle = new Set(p.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
  const times = [];
  let t = p.startTime;
  for (const d of p.timeDeltas) times.push((t += d));
  let best = { busy: -1, from: 0, to: 0 };
  let busy = 0;
  for (let from = 0, to = 0; from < times.length; from++) {
    while (to < times.length && times[to] - times[from] < span) busy += idle.has(p.samples[to++]) ? 0 : 1;
    if (busy > best.busy) best = { busy, from, to };
    busy -= idle.has(p.samples[from]) ? 0 : 1;
  }
  p.samples = p.samples.slice(best.from, best.to);
}
