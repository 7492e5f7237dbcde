// Loaded with `NODE_OPTIONS=--import` (Node refuses --cpu-prof there): profiles the whole
// process and writes a .cpuprofile into BENCH_CPU_PROF when it exits. Open it in Chrome DevTools,
// or summarise it with `node bench/lib/cpu-profile-summary.mjs FILE`.
import fs from 'node:fs';
import inspector from 'node:inspector';
import path from 'node:path';

const dir = process.env.BENCH_CPU_PROF;
if (dir) {
  const session = new inspector.Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 500 });
  session.post('Profiler.start');
  let written = false;
  const write = () => {
    if (written) return;
    written = true;
    // A session on the same thread answers synchronously, so this works inside 'exit'.
    session.post('Profiler.stop', (error, result) => {
      if (error) return;
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  };
  process.on('exit', write);
  process.on('SIGTERM', () => {
    write();
    process.exit(0);
  });
}
