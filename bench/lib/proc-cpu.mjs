// The CPU (user + system, from /proc) of the process listening on a local port — a running
// `next start` ("next-server") — for the informal A/B scripts in bench/.
import { execSync } from 'node:child_process';
import fs from 'node:fs';

/** A function returning that process's CPU milliseconds so far. */
export function listenerCpuMs(port) {
  const pid = execSync(`ss -ltnp | grep ':${port} ' | grep -o 'pid=[0-9]*' | head -1`).toString().trim().slice(4);
  if (!pid) throw new Error(`nothing listens on port ${port}`);
  return () => {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // clock ticks of 10 ms
  };
}
