// Starting and stopping the servers the benchmark measures; each is a child we own by pid.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const children = new Set();
process.on('exit', () => {
  for (const child of children) child.kill('SIGTERM');
});

export function startServer(label, command, args, { env = {}, cwd, logDir }) {
  mkdirSync(logDir, { recursive: true });
  const log = createWriteStream(path.join(logDir, `${label}.log`));
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

/** Stops a server and everything it started (its process group), and waits for it to go. */
export async function stopServer(child) {
  if (!child || child.exitCode !== null) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill('SIGTERM');
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }, 10_000);
  await gone;
  clearTimeout(timer);
}

export async function waitForHttp(url, { timeoutMs = 600_000, child } = {}) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child && child.exitCode !== null) throw new Error(`server exited (${child.exitCode}) before ${url} answered`);
    try {
      const res = await fetch(url, { redirect: 'manual' });
      await res.arrayBuffer();
      if (res.status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer in time`);
}

/**
 * CPU time (ms, user + system) used so far by every live process in a server's process group.
 * Throughput on a shared machine drifts with whatever else runs; CPU per request much less.
 */
export function groupCpuMs(pgid) {
  const tick = 1000 / 100; // Linux USER_HZ is 100 on every platform Node supports
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    // Fields after the command name (which may hold spaces) in parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) !== pgid) continue; // pgrp
    total += (Number(fields[11]) + Number(fields[12])) * tick; // utime, stime
  }
  return total;
}
