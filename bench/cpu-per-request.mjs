// node bench/cpu-per-request.mjs PORT COOKIE PATH [N]: the server CPU (user + system, from /proc)
// per request of N GET requests (default 400) at 4 connections, after 50 to warm up. The listening
// process must be the one that renders (next start's "next-server"). For A/B checks of one page
// against another on a running server; the CPU figure drifts far less with machine load than req/s.
import { listenerCpuMs } from './lib/proc-cpu.mjs';
const [port, cookie, p, n = '400'] = process.argv.slice(2);
const cpuMs = listenerCpuMs(port);
const url = `http://127.0.0.1:${port}${p}`;
async function run(count) {
  let i = 0; let bad = 0;
  const worker = async () => { while (i < count) { i++; const r = await fetch(url, { headers: { cookie } }); await r.arrayBuffer(); if (r.status !== 200) bad++; } };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return bad;
}
await run(50);
const t0 = cpuMs(); const w0 = performance.now();
const bad = await run(Number(n));
const t1 = cpuMs(); const w1 = performance.now();
console.log(JSON.stringify({ path: p, cpuMsPerReq: +((t1 - t0) / Number(n)).toFixed(2), reqPerS: +(Number(n) / ((w1 - w0) / 1000)).toFixed(1), bad }));
