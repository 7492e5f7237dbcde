// Two stateless Gleaner instances on one PostgreSQL database, for e2e/scale-out: the first runs
// the deployment steps (migrate, import, demo accounts, build) then serves; the second starts
// from the same build once the first is healthy, as a school's second instance would.
import { spawn } from 'node:child_process';
import path from 'node:path';

const url = process.env.DATABASE_URL ?? '';
if (!/^postgres(ql)?:\/\/[^/]*@?(127\.0\.0\.1|localhost)[:/]/.test(url)) throw new Error('scale-out e2e needs a local PostgreSQL DATABASE_URL');
const [portA, portB] = [process.env.PORT_A ?? '3301', process.env.PORT_B ?? '3302'];
const shared = {
  ...process.env,
  BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? 'scale-out-e2e-secret-scale-out-e2e-secret',
  NEXT_TELEMETRY_DISABLED: '1',
};
const children = [];
const start = (command, args, env) => {
  const child = spawn(command, args, { stdio: 'inherit', env });
  children.push(child);
  child.on('exit', (code) => {
    for (const other of children) other.kill('SIGTERM');
    process.exit(code ?? 1);
  });
};
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => children.forEach((c) => c.kill(signal)));

start(process.execPath, ['scripts/start.mjs'], {
  ...shared, PORT: portA, GLEANER_MIGRATE_ON_START: '1', GLEANER_SEED_DEMO: '1', BETTER_AUTH_URL: `http://localhost:${portA}`,
});
for (;;) {
  const ok = await fetch(`http://127.0.0.1:${portA}/api/health`).then((r) => r.ok, () => false);
  if (ok) break;
  await new Promise((r) => setTimeout(r, 500));
}
start(path.join('node_modules', '.bin', 'next'), ['start', '-p', portB], { ...shared, PORT: portB, BETTER_AUTH_URL: `http://localhost:${portB}` });
