// `npm run bench`: Gleaner's performance against its own ceilings (issue 8). Not part of `npm test`.
// Builds for production into .next-bench, serves a fresh SQLite file under data/bench/ (and
// PostgreSQL when BENCH_PG_URL names a local server), and measures on this machine, in one run:
//   1 the generator   2 the quiz page   3 answer saving and submission (each a request to its route
//   handler), as the browser sends them   4 ceilings (a) bare node:http write, (b) minimal Next route handler and
//   server action doing the same write, (c) minimal dynamic Next page with one Prisma query,
//   (d) static Next page   5 first-load JS in Chromium   6 Lighthouse   7 one student's whole quiz
//   in Chromium (requests and server CPU from "Take the quiz" to the results).
// BENCH_QUICK=1: 3 s per run instead of 10, for development. BENCH_SKIP=lighthouse,pg,... skips parts.
// BENCH_CPU_PROF=DIR: CPU profiles of the Gleaner server (open in Chrome DevTools) for finding causes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { measureFirstLoadJs, runLighthouse } from '../bench/lib/browser.mjs';
import { runLoad, warmUp } from '../bench/lib/load.mjs';
import { walkThroughQuiz } from '../bench/lib/walkthrough.mjs';
import { groupCpuMs, startServer, stopServer, waitForHttp } from '../bench/lib/servers.mjs';

const root = path.resolve(import.meta.dirname, '..');
process.chdir(root);
const QUICK = process.env.BENCH_QUICK === '1';
const DURATION = Number(process.env.BENCH_DURATION ?? (QUICK ? 3 : 10));
const SKIP = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
// BENCH_RUNS=save50,submit50: only these Gleaner load runs (quiz, save50, submit50, save200,
// submit200), e.g. to profile one of them alone with BENCH_CPU_PROF.
const RUNS = process.env.BENCH_RUNS ? new Set(process.env.BENCH_RUNS.split(',')) : null;
const wanted = (run) => !RUNS || RUNS.has(run);
const PG_URL = process.env.BENCH_PG_URL;
const DATA = path.join(root, 'data', 'bench');
const LOGS = path.join(DATA, 'logs');
const DIST = '.next-bench';
const CEILING_DIST = path.join(root, '.next-bench-ceilings');
const SECRET = 'gleaner-bench-secret-not-for-production-use';
const SLUG = 'the-great-barrier-reef';
const PORTS = { sqlite: 3500, pg: 3501, node: 3510, next: 3511 };
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const log = (...args) => console.error('▶', ...args);

const facts = {
  date: new Date().toISOString(),
  cores: os.cpus().length,
  cpu: os.cpus()[0]?.model,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  loadAverageAtStart: os.loadavg().map((n) => Number(n.toFixed(2))),
  node: process.version,
  platform: `${os.platform()} ${os.release()}`,
  quick: QUICK,
  secondsPerRun: DURATION,
};
const results = { facts, generator: null, runs: {}, ratios: {}, firstLoadJs: null, lighthouse: null, walkthrough: null, targets: [], notes: [] };

function sh(label, command, args, env = {}) {
  const r = spawnSync(command, args, { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${label} failed (${r.status}):\n${r.stderr}\n${r.stdout}`.slice(0, 4000));
  return r.stdout;
}

// ---------- 1. generator ----------
function measureGenerator() {
  log('generator (npm run bench:generate)');
  const out = sh('bench:generate', 'npm', ['run', '--silent', 'bench:generate']);
  const m = out.match(/1,000 words:\s+([\d.]+) ms median \((\d+) words, ([\d,]+) words\/s\)/);
  const big = out.match(/20,000 words:\s+([\d.]+) ms median \((\d+) words, ([\d,]+) words\/s\)/);
  if (!m) throw new Error(`could not read bench:generate output:\n${out}`);
  const msPer1k = (Number(m[1]) / Number(m[2])) * 1000;
  return {
    msPer1000Words: Number(msPer1k.toFixed(1)),
    wordsPerSecond: Number(m[3].replace(/,/g, '')),
    wordsPerSecond20k: big ? Number(big[3].replace(/,/g, '')) : null,
  };
}

// ---------- builds ----------
// The ceiling app's next.config.mjs puts its build here (relative to bench/ceilings/next).
const CEILING_ENV = { NEXT_DIST_DIR: '../../../.next-bench-ceilings', NODE_ENV: 'production' };
function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return newest;
}
function buildCeilings() {
  const stamp = path.join(CEILING_DIST, 'BUILD_ID');
  if (existsSync(stamp) && statSync(stamp).mtimeMs > newestMtime(path.join(root, 'bench', 'ceilings'))) return log('ceiling app is built');
  log('building the ceiling app (bench/ceilings/next)');
  sh('ceiling build', bin('next'), ['build', path.join(root, 'bench', 'ceilings', 'next')], CEILING_ENV);
}

// ---------- Gleaner server + seeding ----------
function gleanerEnv(databaseUrl, port) {
  return {
    DATABASE_URL: databaseUrl,
    NEXT_DIST_DIR: DIST,
    PORT: String(port),
    BETTER_AUTH_SECRET: SECRET,
    BETTER_AUTH_URL: `http://127.0.0.1:${port}`,
    GLEANER_MIGRATE_ON_START: '1',
    GLEANER_SEED_DEMO: '1',
    NODE_ENV: 'production',
    // BENCH_CPU_PROF=DIR: every Node process of the server writes a V8 CPU profile there on exit.
    ...(process.env.BENCH_CPU_PROF ? { BENCH_CPU_PROF: path.resolve(process.env.BENCH_CPU_PROF) } : {}),
    NODE_OPTIONS: serverNodeOptions(),
  };
}

/** The server's Node options: the bench's own NODE_OPTIONS, BENCH_SERVER_NODE_OPTIONS (to A/B a runtime flag), and the profiling hook. */
function serverNodeOptions() {
  const options = [process.env.NODE_OPTIONS ?? '', process.env.BENCH_SERVER_NODE_OPTIONS ?? ''];
  if (process.env.BENCH_CPU_PROF) options.push(`--import ${path.join(root, 'bench', 'lib', 'cpu-profile-hook.mjs')}`);
  return options.join(' ').trim();
}

/** runLoad, plus the server's CPU milliseconds per acknowledged request (its whole process group). */
async function loadOn(server, options) {
  const before = groupCpuMs(server.pid);
  const r = await runLoad(options);
  r.cpuMsPerRequest = r.ok > 0 ? Number(((groupCpuMs(server.pid) - before) / r.ok).toFixed(2)) : null;
  return r;
}

async function startGleaner(label, databaseUrl, port) {
  log(`starting Gleaner (${label}) on :${port}: migrate, import, build if needed (${DIST}), serve`);
  const child = startServer(`gleaner-${label}`, process.execPath, ['scripts/start.mjs'], { env: gleanerEnv(databaseUrl, port), cwd: root, logDir: LOGS });
  await waitForHttp(`http://127.0.0.1:${port}/api/health`, { child });
  return child;
}

function seed(databaseUrl, students, attemptsPerStudent, answered) {
  const out = sh('seed', bin('tsx'), ['--conditions=react-server', 'bench/seed.ts', 'seed', SLUG, String(students), String(attemptsPerStudent), answered ? 'answered' : 'empty'], {
    DATABASE_URL: databaseUrl,
    BETTER_AUTH_SECRET: SECRET,
  });
  return JSON.parse(out.trim().split('\n').pop());
}

function verify(databaseUrl, acknowledged) {
  const file = path.join(DATA, 'acknowledged.json');
  writeFileSync(file, JSON.stringify(acknowledged));
  const out = sh('verify', bin('tsx'), ['--conditions=react-server', 'bench/seed.ts', 'verify', file], { DATABASE_URL: databaseUrl });
  return JSON.parse(out.trim().split('\n').pop());
}

function actionIds(distDir) {
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'server', 'server-reference-manifest.json'), 'utf8'));
  const ids = {};
  for (const [id, entry] of Object.entries(manifest.node)) ids[`${entry.filename}#${entry.exportedName}`] = id;
  return ids;
}

/** Waits until the server has worked off the last run's abandoned requests (health answers fast). */
async function drain(origin) {
  const until = Date.now() + 60_000;
  let fast = 0;
  while (Date.now() < until && fast < 3) {
    const t = performance.now();
    await fetch(`${origin}/api/health`).then((r) => r.arrayBuffer()).catch(() => {});
    fast = performance.now() - t < 100 ? fast + 1 : 0;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The body React's client sends for a `useActionState` action: args [previousState, formData]. */
const BOUNDARY = '----GleanerBenchBoundary7MA4YWxkTrZu0gW';
function actionBody(fields) {
  const parts = Object.entries(fields).map(([k, v]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="_1_${k}"\r\n\r\n${v}\r\n`);
  parts.push(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="0"\r\n\r\n[{"status":"idle"},"$K1"]\r\n`);
  return `${parts.join('')}--${BOUNDARY}--\r\n`;
}
function actionHeaders(id, cookie, routerTree) {
  const h = { 'next-action': id, accept: 'text/x-component', 'content-type': `multipart/form-data; boundary=${BOUNDARY}` };
  if (cookie) h.cookie = cookie;
  if (routerTree) h['next-router-state-tree'] = encodeURIComponent(JSON.stringify(routerTree));
  return h;
}
/** A first answer to one question, as the quiz page saves it (it saw none stored: seen ''). */
function saveRequest(origin, cookie, attemptId, questionId, answer) {
  return {
    method: 'PUT',
    path: `/api/attempts/${attemptId}/answers/${questionId}`,
    headers: { cookie, origin, 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ answer, seen: '' }),
  };
}


async function measureGleaner(label, databaseUrl, port) {
  const origin = `http://127.0.0.1:${port}`;
  const child = await startGleaner(label, databaseUrl, port);
  const runs = {};
  try {

    // 2. quiz page: 50 students, each on their own attempt.
    const pageSeed = seed(databaseUrl, 50, 1, false);
    // Retried once: an idle keep-alive socket the server already closed fails the first fetch.
    const quizUrl = `${origin}/attempts/${pageSeed.students[0].attempts[0]}?q=1`;
    const init = { headers: { cookie: pageSeed.students[0].cookie }, redirect: 'manual' };
    const check = await fetch(quizUrl, init).catch(() => fetch(quizUrl, init));
    if (check.status !== 200) throw new Error(`seeded session was refused: quiz page answered ${check.status}`);
    const quizReq = (k) => {
      const s = pageSeed.students[k % pageSeed.students.length];
      return { path: `/attempts/${s.attempts[0]}?q=${(k % pageSeed.questions.length) + 1}`, headers: { cookie: s.cookie } };
    };
    await warmUp(origin, quizReq, 40);
    // Warm the save path on the page-load students' attempts, apart from the measured keys.
    await warmUp(origin, (i) => {
      const s = pageSeed.students[i % pageSeed.students.length];
      const q = pageSeed.questions[i % pageSeed.questions.length];
      return saveRequest(origin, s.cookie, s.attempts[0], q.id, q.answer);
    }, 40);
    await drain(origin);
    log(`${label}: quiz page, 50 connections`);
    if (wanted('quiz')) runs.quiz = await loadOn(child, { url: origin, connections: 50, duration: DURATION, build: quizReq, check: (st, body) => st === 200 && body.includes('</html>') });

    // Every pool is seeded before any load, so no seeding process competes for the write lock.
    const pools = {};
    for (const connections of [50, 200]) {
      const perStudent = Math.ceil((1500 * DURATION) / connections / pageSeed.questions.length) + 2;
      const subPerStudent = Math.ceil((300 * DURATION) / connections) + 2;
      pools[connections] = { save: seed(databaseUrl, connections, perStudent, false), submit: seed(databaseUrl, connections, subPerStudent, true), subPerStudent };
    }
    for (const connections of [50, 200]) {
      // 3a. saving answers: each request a new (attempt, question) of one of `connections` students.
      const saveSeed = pools[connections].save;
      const Q = saveSeed.questions.length;
      const saveReq = (k) => {
        const s = saveSeed.students[k % connections];
        const j = Math.floor(k / connections);
        const attemptId = s.attempts[Math.floor(j / Q) % s.attempts.length];
        const q = saveSeed.questions[j % Q];
        return { ...saveRequest(origin, s.cookie, attemptId, q.id, q.answer), key: { attemptId, questionId: q.id, answer: q.answer } };
      };
      const saveOk = (st, body) => st === 200 && body.includes('"status":"saved"');
      if (wanted(`save${connections}`)) {
        await drain(origin);
        log(`${label}: save answer, ${connections} connections`);
        const save = await loadOn(child, { url: origin, connections, duration: DURATION, build: saveReq, check: saveOk });
        const savedCheck = verify(databaseUrl, { saves: save.acknowledged, submits: [] });
        save.lost = savedCheck.savesAcknowledged - savedCheck.savesStored;
        save.stored = savedCheck.savesStored;
        runs[`save${connections}`] = save;
      }

      // 3b. submitting: each request submits a different attempt that has all ten answers.
      const { subPerStudent, submit: subSeed } = pools[connections];
      // As the quiz page submits: POST to its route handler (the results page is the next page view).
      const subReq = (k) => {
        const s = subSeed.students[k % connections];
        const attemptId = s.attempts[Math.floor(k / connections) % s.attempts.length];
        return { method: 'POST', path: `/api/attempts/${attemptId}/submit`, headers: { cookie: s.cookie, origin, accept: 'application/json' }, key: attemptId };
      };
      const subOk = (st, body, _headers, key) => st === 200 && body.includes(`"results":"/attempts/${key}/results"`);
      if (!wanted(`submit${connections}`)) continue;
      await drain(origin);
      log(`${label}: submit, ${connections} connections`);
      const submit = await loadOn(child, { url: origin, connections, duration: DURATION, build: subReq, check: subOk });
      const subCheck = verify(databaseUrl, { saves: [], submits: submit.acknowledged });
      submit.lost = subCheck.submitsAcknowledged - subCheck.submitsStored;
      // Past the pool, requests would re-submit submitted attempts (a cheaper path): say so.
      if (submit.built > connections * subPerStudent) results.notes.push(`${label} submit @${connections}: ran past its ${connections * subPerStudent} seeded attempts`);
      submit.stored = subCheck.submitsStored;
      runs[`submit${connections}`] = submit;
    }

    if (label === 'sqlite') {
      await drain(origin);
      // 5 and 6 need a signed-in student and a quiz: take them from this server.
      const s = pageSeed.students[1];
      const pages = [
        { label: 'library', url: `${origin}/`, cookie: s.cookie },
        { label: 'quiz', url: `${origin}/attempts/${s.attempts[0]}?q=1`, cookie: s.cookie },
        { label: 'study', url: `${origin}/articles/${SLUG}/study`, cookie: s.cookie },
      ];
      if (!SKIP.has('firstload')) {
        log('first-load JS in Chromium');
        try {
          results.firstLoadJs = [...(results.firstLoadJs ?? []), ...(await measureFirstLoadJs(pages.slice(1)))];
        } catch (error) {
          results.notes.push(`first-load JS failed: ${String(error).slice(0, 300)}`);
        }
      }
      if (!SKIP.has('walkthrough')) {
        log("a student's whole quiz in Chromium, 5 rounds");
        try {
          // Students 40–44 of the page-load pool: open attempts nothing has answered yet (the
          // save warm-up answered on students 0–39).
          const walk = await walkThroughQuiz({ origin, slug: SLUG, rounds: 5, serverCpuMs: () => groupCpuMs(child.pid), signIn: (i) => ({ cookie: pageSeed.students[40 + i].cookie }) });
          results.walkthrough = walk.median;
        } catch (error) {
          results.notes.push(`quiz walkthrough failed: ${String(error).slice(0, 300)}`);
        }
      }
      if (!SKIP.has('lighthouse')) {
        log('Lighthouse');
        try {
          results.lighthouse = await runLighthouse(pages);
        } catch (error) {
          results.lighthouse = { skipped: `Lighthouse could not run: ${String(error).slice(0, 300)}` };
        }
      }
    }
  } finally {
    await stopServer(child);
  }
  for (const r of Object.values(runs)) delete r.acknowledged;
  return runs;
}

// ---------- ceilings ----------
function ceilingRequest(kind, run, op, actionId) {
  return (k) => {
    const fields =
      op === 'save'
        ? { op, attemptId: `${run}-${Math.floor(k / 10)}`, questionId: `q${k % 10}`, answer: `answer ${k}` }
        : { op, attemptId: `${run}-${k}` };
    const key = op === 'save' ? `${fields.attemptId}|${fields.questionId}` : fields.attemptId;
    if (kind === 'action') return { method: 'POST', path: '/action', headers: actionHeaders(actionId), body: actionBody(fields), key };
    return {
      method: 'POST',
      path: kind === 'node' ? '/' : '/api/write',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
      key,
    };
  };
}

function storedInCeiling(file, op, keys) {
  const db = new Database(file, { readonly: true });
  try {
    if (op === 'submit') {
      const q = db.prepare(`SELECT count(*) AS n FROM attempt WHERE id = ? AND status = 'submitted'`);
      return keys.reduce((n, k) => n + q.get(k).n, 0);
    }
    const q = db.prepare(`SELECT count(*) AS n FROM response WHERE attemptId = ? AND questionId = ?`);
    return keys.reduce((n, k) => n + q.get(...k.split('|')).n, 0);
  } finally {
    db.close();
  }
}

async function measureCeilingWrites(server, kind, origin, file, actionId) {
  const runs = {};
  const ok = kind === 'action' ? (st, body) => st === 200 && body.includes('"status":"ok"') : (st) => st === 200;
  await warmUp(origin, ceilingRequest(kind, `warm${kind}`, 'save', actionId), 40);
  for (const connections of [50, 200]) {
    for (const op of ['save', 'submit']) {
      const run = `${kind}${op}${connections}x${Date.now()}`;
      await drain(origin);
      log(`ceiling ${kind}: ${op}, ${connections} connections`);
      const r = await loadOn(server, { url: origin, connections, duration: DURATION, build: ceilingRequest(kind, run, op, actionId), check: ok });
      r.lost = r.acknowledged.length - storedInCeiling(file, op, r.acknowledged);
      delete r.acknowledged;
      runs[`${op}${connections}`] = r;
    }
  }
  return runs;
}

async function measureCeilings(sqliteFile) {
  const file = path.join(DATA, 'ceiling-writes.db');
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  const out = {};

  // (a) bare node:http
  const node = startServer('ceiling-node', process.execPath, ['bench/ceilings/node-server.mjs', String(PORTS.node), file], { cwd: root, logDir: LOGS });
  try {
    await waitForHttp(`http://127.0.0.1:${PORTS.node}/`, { child: node });
    out.a = await measureCeilingWrites(node, 'node', `http://127.0.0.1:${PORTS.node}`, file);
  } finally {
    await stopServer(node);
  }

  // (b) route handler and server action, (c) dynamic page, (d) static page: one minimal Next app.
  buildCeilings();
  const next = startServer('ceiling-next', bin('next'), ['start', path.join(root, 'bench', 'ceilings', 'next'), '-p', String(PORTS.next)], {
    cwd: root,
    logDir: LOGS,
    env: { ...CEILING_ENV, CEILING_WRITE_FILE: file, CEILING_PRISMA_FILE: sqliteFile },
  });
  const origin = `http://127.0.0.1:${PORTS.next}`;
  try {
    await waitForHttp(`${origin}/static`, { child: next });
    const actionId = actionIds(CEILING_DIST)['bench/ceilings/next/app/action/actions.js#writeAction'];
    out.bRoute = await measureCeilingWrites(next, 'route', origin, file);
    out.bAction = await measureCeilingWrites(next, 'action', origin, file, actionId);
    for (const [key, pagePath] of [['c', '/dynamic'], ['d', '/static']]) {
      const req = () => ({ path: pagePath });
      await warmUp(origin, req, 40);
      await drain(origin);
      log(`ceiling ${key}: GET ${pagePath}, 50 connections`);
      const r = await loadOn(next, { url: origin, connections: 50, duration: DURATION, build: req, check: (st, body) => st === 200 && body.includes('</html>') });
      delete r.acknowledged;
      out[key] = r;
    }
    if (!SKIP.has('firstload')) {
      log('first-load JS of the blank Next page');
      try {
        results.firstLoadJs = [...(results.firstLoadJs ?? []), ...(await measureFirstLoadJs([{ label: 'blank Next page', url: `${origin}/blank` }]))];
      } catch (error) {
        results.notes.push(`first-load JS of the blank page failed: ${String(error).slice(0, 300)}`);
      }
    }
  } finally {
    await stopServer(next);
  }
  return out;
}

// ---------- report ----------
const f0 = (n) => (n === null || n === undefined || Number.isNaN(n) ? '–' : Math.round(n).toLocaleString('en-US'));
const pct = (a, b) => (a && b ? `${Math.round((a / b) * 100)}%` : '–');

function report() {
  const R = results.runs;
  const a = R.ceilings?.a ?? {};
  const bA = R.ceilings?.bAction ?? {};
  const bR = R.ceilings?.bRoute ?? {};
  const rows = [];
  const row = (name, r, vs = '', extra = '') =>
    rows.push([name, r ? f0(r.rps) : '–', r ? (r.ok ? f0(r.p50) : `>${f0(r.seconds * 1000)}`) : '–', r ? (r.ok ? f0(r.p99) : `>${f0(r.seconds * 1000)}`) : '–', r?.cpuMsPerRequest != null ? r.cpuMsPerRequest.toFixed(2) : '–', r ? `${r.ok}/${r.failed + r.errors}` : '', r && r.lost !== undefined ? String(r.lost) : '', vs, extra]);
  // The same ratio in server CPU per request (ceiling's / Gleaner's), steadier on a busy machine.
  const cpuPct = (r, ceiling) => (r?.cpuMsPerRequest && ceiling?.cpuMsPerRequest ? `; CPU ${pct(ceiling.cpuMsPerRequest, r.cpuMsPerRequest)}` : '');
  row('ceiling (a) node:http save @50', a.save50);
  row('ceiling (a) node:http save @200', a.save200);
  row('ceiling (a) node:http submit @50', a.submit50);
  row('ceiling (a) node:http submit @200', a.submit200);
  row('ceiling (b) Next route handler save @50', bR.save50, pct(bR.save50?.rps, a.save50?.rps) + ' of (a)');
  row('ceiling (b) Next route handler submit @50', bR.submit50, pct(bR.submit50?.rps, a.submit50?.rps) + ' of (a)');
  row('ceiling (b) Next route handler save @200', bR.save200);
  row('ceiling (b) Next route handler submit @200', bR.submit200);
  row('ceiling (b) Next server action save @50', bA.save50, pct(bA.save50?.rps, a.save50?.rps) + ' of (a)');
  row('ceiling (b) Next server action submit @50', bA.submit50, pct(bA.submit50?.rps, a.submit50?.rps) + ' of (a)');
  row('ceiling (b) Next server action save @200', bA.save200);
  row('ceiling (b) Next server action submit @200', bA.submit200);
  row('ceiling (c) dynamic page, 1 Prisma query @50', R.ceilings?.c);
  row('ceiling (d) static page @50', R.ceilings?.d, pct(R.ceilings?.c?.rps, R.ceilings?.d?.rps) + ' (c)/(d)');
  for (const db of ['sqlite', 'pg']) {
    const g = R[db];
    if (!g) continue;
    row(`Gleaner ${db}: quiz page @50`, g.quiz, `${pct(g.quiz?.rps, R.ceilings?.c?.rps)} of (c)${cpuPct(g.quiz, R.ceilings?.c)}, ${pct(g.quiz?.rps, R.ceilings?.d?.rps)} of (d)`);
    for (const c of [50, 200]) {
      for (const op of ['save', 'submit']) {
        const r = g[`${op}${c}`];
        // Against the ceiling of its own kind: the quiz page saves and submits through route handlers.
        const ceiling = bR[`${op}${c}`];
        row(`Gleaner ${db}: ${op === 'save' ? 'save answer' : 'submit'} (route) @${c}`, r, `${pct(r?.rps, ceiling?.rps)} of (b) route${cpuPct(r, ceiling)}, ${pct(r?.rps, a[`${op}${c}`]?.rps)} of (a)`);
      }
    }
  }
  const header = ['measurement', 'req/s', 'p50 ms', 'p99 ms', 'CPU ms/req', 'ok/failed', 'lost', 'ratio'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.slice(0, header.length).map((c, i) => (i === 0 || i === 7 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  const out = [];
  out.push(`Gleaner benchmark — ${facts.date}, ${facts.cores} cores, load average at start ${facts.loadAverageAtStart.join(' ')}, node ${facts.node}, ${DURATION} s per run${QUICK ? ' (BENCH_QUICK)' : ''}`);
  if (results.generator) out.push(`\n1. Generator: ${results.generator.msPer1000Words} ms per 1,000 words (median), ${f0(results.generator.wordsPerSecond)} words/s (20,000 words: ${f0(results.generator.wordsPerSecond20k)} words/s)`);
  out.push('\n2–4. Throughput (acknowledged responses per second), latency of completed requests (autocannon drops those still in flight at the end; ">10,000" = none completed), lost = acknowledged − stored, CPU ms/req = user + system CPU of the server and its child processes per acknowledged request\n');
  out.push(line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line));
  if (results.firstLoadJs) {
    out.push('\n5. First-load JavaScript (scripts the page loaded in Chromium; gzip at zlib default)\n');
    for (const p of results.firstLoadJs) out.push(`   ${p.page.padEnd(16)} ${p.gzipKB.toFixed(1).padStart(6)} KB gzip  (${p.rawKB.toFixed(0)} KB raw, ${p.scripts} scripts; inline RSC payload ${p.inlineGzipKB.toFixed(1)} KB gzip)`);
  }
  if (results.lighthouse) {
    out.push('\n6. Lighthouse (default mobile, simulated throttling, headless Debian Chromium)\n');
    if (results.lighthouse.skipped) out.push(`   skipped: ${results.lighthouse.skipped}`);
    else for (const p of results.lighthouse) out.push(`   ${p.page.padEnd(8)} performance ${String(p.performance).padStart(3)}  accessibility ${String(p.accessibility).padStart(3)}  (LCP ${f0(p.lcpMs)} ms, TBT ${f0(p.tbtMs)} ms${p.accessibilityFailures?.length ? `; failing: ${p.accessibilityFailures.join(', ')}` : ''})`);
  }
  if (results.walkthrough) {
    const w = results.walkthrough;
    const r = w.requests;
    out.push(`\n7. One student's whole quiz in Chromium (median of 5; bench/lib/walkthrough.mjs): ${w.questions} questions, ${r.document + r.rsc + r.put + r.post} requests (${r.document} page loads, ${r.rsc} RSC payloads, ${r.put} answer saves, ${r.post} POSTs), ${w.serverCpuMs} ms of server CPU, ${w.wallMs} ms from "Take the quiz" to the results`);
  }
  out.push('\nTargets (SQLite):');
  for (const t of results.targets) out.push(`   ${t.met ? 'met   ' : 'MISSED'}  ${t.target}: ${t.value}`);
  for (const n of results.notes) out.push(`   note: ${n}`);
  return out.join('\n');
}

function judgeTargets() {
  const R = results.runs;
  const g = R.sqlite;
  const c = R.ceilings ?? {};
  const t = (target, met, value) => results.targets.push({ target, met: Boolean(met), value });
  if (g?.quiz && c.c) {
    t('quiz page ≥ 80% of ceiling (c)', g.quiz.rps >= 0.8 * c.c.rps, pct(g.quiz.rps, c.c.rps));
    t('quiz page p99 < 300 ms @50', g.quiz.p99 < 300, `${f0(g.quiz.p99)} ms`);
  }
  for (const op of ['save', 'submit']) {
    for (const conns of [50, 200]) {
      const r = g?.[`${op}${conns}`];
      // The quiz page saves and submits through route handlers.
      const kind = 'route handler';
      const b = c.bRoute?.[`${op}${conns}`];
      if (!r) continue;
      if (b) t(`${op} @${conns} ≥ 80% of ceiling (b) ${kind}`, r.rps >= 0.8 * b.rps, pct(r.rps, b.rps));
      if (conns === 50) t(`${op} @50 p99 < 250 ms`, r.ok > 0 && r.p99 < 250, `${f0(r.p99)} ms${r.ok ? '' : ' (nothing acknowledged)'}`);
      if (conns === 200) t(`${op} @200 ≥ 400/s with p99 < 1 s`, r.rps >= 400 && r.p99 < 1000, `${f0(r.rps)}/s, p99 ${f0(r.p99)} ms`);
      t(`${op} @${conns} lost = 0${r.ok ? '' : ' (not shown: nothing acknowledged)'}`, r.ok > 0 && r.lost === 0, `${r.lost} (${r.ok} acknowledged, ${r.failed} refused, ${r.errors} errors/timeouts)`);
    }
  }
  const quizJs = results.firstLoadJs?.find((p) => p.page === 'quiz');
  if (quizJs) t('quiz page first-load JS ≤ 130 KB gzip', quizJs.gzipKB <= 130, `${quizJs.gzipKB.toFixed(1)} KB`);
  if (Array.isArray(results.lighthouse)) {
    for (const p of results.lighthouse) {
      t(`Lighthouse ${p.page} performance ≥ 95`, p.performance >= 95, String(p.performance));
      t(`Lighthouse ${p.page} accessibility = 100`, p.accessibility === 100, String(p.accessibility));
    }
  }
}

async function main() {
  mkdirSync(LOGS, { recursive: true });
  const sqliteFile = path.join(DATA, 'gleaner.db');
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(sqliteFile + suffix, { force: true });
  const sqliteUrl = `file:${sqliteFile}`;
  if (PG_URL && !/^postgres(ql)?:\/\/[^/]*@?(127\.0\.0\.1|localhost)[:/]/.test(PG_URL)) throw new Error('BENCH_PG_URL must be a PostgreSQL server on this machine (its data is overwritten)');

  if (!SKIP.has('generator')) results.generator = measureGenerator();
  // Gleaner on SQLite first: ceiling (c) queries the database it sets up.
  if (!SKIP.has('sqlite')) results.runs.sqlite = await measureGleaner('sqlite', sqliteUrl, PORTS.sqlite);
  if (!SKIP.has('ceilings')) results.runs.ceilings = await measureCeilings(sqliteFile);
  if (PG_URL && !SKIP.has('pg')) results.runs.pg = await measureGleaner('pg', PG_URL, PORTS.pg);
  else results.notes.push(PG_URL ? 'PostgreSQL skipped (BENCH_SKIP)' : 'PostgreSQL not measured: set BENCH_PG_URL (scripts/pg-throwaway.sh start prints one)');
  results.notes.push('ceilings run on SQLite only; PostgreSQL figures are compared with the same SQLite ceilings');
  facts.loadAverageAtEnd = os.loadavg().map((n) => Number(n.toFixed(2)));
  judgeTargets();
  const table = report();
  console.log(table);
  writeFileSync(path.join(root, 'bench', 'results.json'), `${JSON.stringify({ ...results, table }, null, 2)}\n`);
  console.error(`\nwritten: bench/results.json; server logs in ${path.relative(root, LOGS)}/`);
}

if (process.argv.includes('--report')) {
  // Re-print the table of the last run from bench/results.json, without measuring.
  const last = JSON.parse(readFileSync(path.join(root, 'bench', 'results.json'), 'utf8'));
  Object.assign(facts, last.facts);
  Object.assign(results, last, { targets: [], facts });
  judgeTargets();
  console.log(report());
} else main().catch((error) => {
  console.error(error);
  process.exit(1);
});
