// One student's whole quiz, as a browser takes it: open the article, "Take the quiz", answer every
// question (the first choice, or a typed answer), Next, the review, Submit, the results. Counts
// the requests the browser sent from "Take the quiz" to the results — page loads, RSC payloads
// (prefetches included), answer saves (PUT), other POSTs — and the server's CPU for them. What a
// class at the bell costs the server is this times the class, not one page view times ten.
import { chromium } from '@playwright/test';
import { CHROMIUM, cookiesFor } from './browser.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * @param {{ origin: string, slug: string, rounds: number, serverCpuMs: () => number,
 *   signIn?: (round: number) => { cookie: string } | null }} options
 *   `signIn` gives a session cookie per round; without one each round signs a new student up.
 */
export async function walkThroughQuiz({ origin, slug, rounds, serverCpuMs, signIn }) {
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  const out = [];
  try {
    for (let round = 0; round < rounds; round++) {
      const context = await browser.newContext({ baseURL: origin });
      const page = await context.newPage();
      const session = signIn?.(round);
      if (session) {
        await context.addCookies(cookiesFor(origin, session.cookie));
      } else {
        const id = `${Date.now().toString(36)}${round}`;
        await page.goto('/sign-up');
        await page.getByLabel('Name').fill(`Walkthrough ${id}`);
        await page.getByLabel('Email').fill(`walk-${id}@bench.gleaner`);
        await page.getByLabel('Password').fill(`pw-${id}-long-enough`);
        await page.getByRole('button', { name: 'Create account' }).click();
        await page.getByRole('button', { name: 'Sign out' }).waitFor();
      }
      await page.goto(`/articles/${slug}`);

      const counts = { document: 0, rsc: 0, put: 0, post: 0 };
      let counting = false;
      page.on('request', (request) => {
        if (!counting || !request.url().startsWith(origin)) return;
        if (request.isNavigationRequest()) counts.document++;
        else if (request.headers()['rsc'] === '1') counts.rsc++;
        else if (request.method() === 'PUT') counts.put++;
        else if (request.method() === 'POST') counts.post++;
      });
      const cpuBefore = serverCpuMs();
      const started = performance.now();
      counting = true;
      // A student with an open attempt on this quiz resumes it at its first unanswered question.
      await page.getByRole('button', { name: 'Take the quiz' }).click();
      await page.waitForURL(/\/attempts\/[^/?]+\?q=/);
      let questions = 0;
      for (;;) {
        if (page.url().endsWith('?q=review')) break;
        await page.locator('form[data-keys-ready]').waitFor();
        const heading = await page.getByRole('heading', { level: 1 }).innerText();
        const typed = page.getByLabel('Your answer');
        if (await typed.count()) await typed.fill('an answer');
        else await page.getByRole('radio').first().check();
        questions++;
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
      const wallMs = Math.round(performance.now() - started);
      // The study-schedule update runs after the submit's reply (Next's `after`): let it finish.
      await page.waitForTimeout(500);
      counting = false;
      out.push({ round: round + 1, questions, serverCpuMs: serverCpuMs() - cpuBefore, wallMs, requests: counts });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const pick = (f) => median(out.map(f));
  return {
    rounds: out,
    median: {
      questions: pick((r) => r.questions),
      serverCpuMs: pick((r) => r.serverCpuMs),
      wallMs: pick((r) => r.wallMs),
      requests: {
        document: pick((r) => r.requests.document),
        rsc: pick((r) => r.requests.rsc),
        put: pick((r) => r.requests.put),
        post: pick((r) => r.requests.post),
      },
    },
  };
}
