// node bench/quiz-walkthrough.mjs BASE_URL [ROUNDS=5] [SLUG=the-great-barrier-reef]
// What one student's whole quiz costs the server: a new student (signed up each round) opens the
// article, takes the quiz in Chromium the way a student does (a choice or a typed answer, Next,
// the review, Submit) and waits for the results. Counts the requests the browser sent from
// "Take the quiz" to the results (page loads, RSC payloads, answer saves, other POSTs) and the
// server's CPU for them (user + system from /proc of the process listening on BASE_URL's port,
// so run it against `next start` on an otherwise idle server). Prints each round and the median.
// For A/B checks of the quiz page's design, not part of `npm run bench`.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import { chromium } from 'playwright-core';

const [base, roundsArg = '5', slug = 'the-great-barrier-reef'] = process.argv.slice(2);
if (!base) {
  console.error('usage: node bench/quiz-walkthrough.mjs BASE_URL [ROUNDS] [SLUG]');
  process.exit(2);
}
const port = new URL(base).port;
const pid = execSync(`ss -ltnp | grep ':${port} ' | grep -o 'pid=[0-9]*' | head -1`).toString().trim().slice(4);
const cpuMs = () => {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10; // clock ticks of 10 ms
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const rounds = [];
for (let round = 0; round < Number(roundsArg); round++) {
  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();
  const id = `${Date.now().toString(36)}${round}`;
  await page.goto('/sign-up');
  await page.getByLabel('Name').fill(`Walkthrough ${id}`);
  await page.getByLabel('Email').fill(`walk-${id}@bench.gleaner`);
  await page.getByLabel('Password').fill(`pw-${id}-long-enough`);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  await page.goto(`/articles/${slug}`);

  const counts = { document: 0, rsc: 0, put: 0, post: 0, other: 0 };
  let counting = false;
  page.on('request', (request) => {
    if (!counting || !request.url().startsWith(base)) return;
    if (request.isNavigationRequest()) counts.document++;
    else if (request.headers()['rsc'] === '1') counts.rsc++;
    else if (request.method() === 'PUT') counts.put++;
    else if (request.method() === 'POST') counts.post++;
    else if (request.resourceType() === 'fetch') counts.other++;
  });
  const cpuBefore = cpuMs();
  const started = performance.now();
  counting = true;
  await page.getByRole('button', { name: 'Take the quiz' }).click();
  await page.waitForURL(/\?q=1$/);
  for (;;) {
    const form = page.locator('form[data-keys-ready]');
    await form.waitFor();
    const heading = await page.getByRole('heading', { level: 1 }).innerText();
    const typed = page.getByLabel('Your answer');
    if (await typed.count()) await typed.fill('an answer');
    else await page.getByRole('radio').first().check();
    const next = page.getByRole('button', { name: /^(Next|Review and submit)$/ });
    const isLast = (await next.innerText()) === 'Review and submit';
    await next.click();
    if (isLast) break;
    await page.getByRole('heading', { level: 1 }).filter({ hasNotText: heading }).waitFor();
  }
  await page.getByRole('heading', { name: 'Review your answers' }).waitFor();
  await page.getByRole('button', { name: /^Submit/ }).click();
  await page.waitForURL(/\/results$/);
  await page.getByRole('heading', { level: 1 }).waitFor();
  // Saves and the schedule update after the submit's reply (Next's `after`) finish on the server.
  await page.waitForTimeout(500);
  counting = false;
  const cpu = cpuMs() - cpuBefore;
  const round_ = { round: round + 1, serverCpuMs: cpu, wallMs: Math.round(performance.now() - started - 500), ...counts };
  console.log(JSON.stringify(round_));
  rounds.push(round_);
  await context.close();
}
await browser.close();
console.log(
  JSON.stringify({
    median: {
      serverCpuMs: median(rounds.map((r) => r.serverCpuMs)),
      wallMs: median(rounds.map((r) => r.wallMs)),
      document: median(rounds.map((r) => r.document)),
      rsc: median(rounds.map((r) => r.rsc)),
      put: median(rounds.map((r) => r.put)),
      post: median(rounds.map((r) => r.post)),
    },
  }),
);
