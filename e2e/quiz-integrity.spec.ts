// The rules of "Gleaner end to end", tried through the running app: no answer key before
// submission (canary), one result for 20 parallel submits, and no access to another's attempt.
import { expect, test, type Page } from '@playwright/test';
import { newStudent, seed, signUp } from './support/factories';

async function startQuiz(page: Page, slug: string): Promise<string> {
  await page.goto(`/articles/${slug}`);
  await page.getByRole('button', { name: 'Take the quiz' }).click();
  await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+\?q=1$/);
  return new URL(page.url()).pathname.split('/')[2];
}

test('the answer key is in no HTML, RSC payload or action response before submission', async ({ page }) => {
  const canary = `CANARY${Date.now()}`;
  const { slug } = seed<{ slug: string }>('canary-quiz', canary);
  await signUp(page, newStudent());

  const bodies: string[] = [];
  // Server action responses (POST) and the answer saves (PUT to their route handler).
  page.on('response', async (response) => {
    if (['POST', 'PUT'].includes(response.request().method())) bodies.push(await response.text().catch(() => ''));
  });

  const attemptId = await startQuiz(page, slug);
  bodies.push(await page.content());
  bodies.push(await (await page.request.get(`/attempts/${attemptId}`)).text());
  bodies.push(await (await page.request.get(`/attempts/${attemptId}?q=2`, { headers: { RSC: '1' } })).text());

  // Answer both questions through the UI, so the saves' responses are captured too.
  await page.getByLabel('Your answer').fill('a wrong guess');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radio', { name: 'Blue' }).check();
  await expect(page.getByText('Answer saved')).toBeVisible();
  await page.getByRole('button', { name: 'Review and submit' }).click();
  bodies.push(await page.content());

  expect(bodies.length).toBeGreaterThan(4);
  for (const body of bodies) expect(body).not.toContain(canary);

  // After submitting, the review shows the key: proof that the check above could fail.
  await page.getByRole('button', { name: 'Submit quiz' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('0/2 (0%)');
  await expect(page.getByRole('main')).toContainText(canary);
  await expect(page.getByRole('main')).toContainText(`also-${canary}`);
});

test('an answer the connection dropped stays on the page, and is saved when the student goes on', async ({ page }) => {
  const { slug } = seed<{ slug: string }>('canary-quiz', 'unused');
  await signUp(page, newStudent());
  const attemptId = await startQuiz(page, slug);
  await expect(page.locator('form[data-keys-ready]')).toBeVisible();
  const saves = '**/api/attempts/*/answers/*';
  let dropped = 0;
  await page.route(saves, (route) => {
    dropped++;
    return route.abort('internetdisconnected');
  });
  const answer = page.getByLabel('Your answer');
  await answer.fill('typed while offline');
  await answer.blur();
  await expect(page.getByText('Not saved: the connection failed')).toBeVisible();
  // Going on while still offline keeps the student here, with the answer.
  await page.getByRole('button', { name: 'Next' }).click();
  await expect.poll(() => dropped).toBe(2);
  await expect(page.getByText('Not saved: the connection failed')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Type the secret word.' })).toBeVisible();
  await expect(page).toHaveURL(/\?q=1$/);
  await expect(answer).toHaveValue('typed while offline');
  // Back online: Next saves it, then moves on; a reload shows it stored.
  await page.unroute(saves);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page).toHaveURL(/\?q=2$/);
  await expect(page.getByText('1 of 2 answered')).toBeVisible();
  await page.goto(`/attempts/${attemptId}?q=1`);
  await expect(page.getByLabel('Your answer')).toHaveValue('typed while offline');
});

test('browser Back to an answered question shows the answer saved, and a change to it saves', async ({ page }) => {
  const { slug } = seed<{ slug: string }>('canary-quiz', 'unused');
  await signUp(page, newStudent());
  const attemptId = await startQuiz(page, slug);
  await expect(page.locator('form[data-keys-ready]')).toBeVisible();
  await page.getByLabel('Your answer').fill('first thought');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page).toHaveURL(/\?q=2$/);
  // The browser's Back restores the page as it was first shown (no answer yet): it must still
  // show, and compare against, what this tab saved.
  await page.goBack();
  await expect(page).toHaveURL(/\?q=1$/);
  const answer = page.getByLabel('Your answer');
  await expect(answer).toHaveValue('first thought');
  await answer.fill('second thought');
  await answer.blur();
  await expect(page.getByText('Answer saved')).toBeVisible();
  await expect(page.getByText('changed in another tab')).toHaveCount(0);
  await page.goto(`/attempts/${attemptId}?q=1`);
  await expect(page.getByLabel('Your answer')).toHaveValue('second thought');
});

test('moving between questions and the review happens in the page: no page request, the URL names the place, focus on its heading', async ({ page }) => {
  const { slug } = seed<{ slug: string }>('canary-quiz', 'unused');
  await signUp(page, newStudent());
  const attemptId = await startQuiz(page, slug);
  await expect(page.locator('form[data-keys-ready]')).toBeVisible();
  // From here on, only answer saves may reach the server: no document, no RSC payload.
  const pageRequests: string[] = [];
  page.on('request', (request) => {
    if (request.isNavigationRequest() || request.headers()['rsc'] === '1') pageRequests.push(`${request.method()} ${request.url()}`);
  });

  await page.getByLabel('Your answer').fill('in the page');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page).toHaveURL(/\?q=2$/);
  await expect(page.getByRole('heading', { name: 'Question 2 of 2' })).toBeFocused();
  await page.keyboard.press('3');
  await expect(page.getByText('2 of 2 answered')).toBeVisible();
  await page.getByRole('link', { name: 'Review and submit' }).click();
  await expect(page).toHaveURL(/\?q=review$/);
  await expect(page.getByRole('heading', { name: 'Review your answers' })).toBeFocused();
  await expect(page.getByText('All questions are answered.')).toBeVisible();
  await page.getByRole('link', { name: 'Question 1, answered' }).click();
  await expect(page).toHaveURL(/\?q=1$/);
  await expect(page.getByLabel('Your answer')).toHaveValue('in the page');
  // The browser's Back and Forward move between the places too.
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Review your answers' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Question 2 of 2' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Blue' })).toBeChecked();
  expect(pageRequests).toEqual([]);

  // A reload asks the server for the place the URL names, with the answers stored.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Question 2 of 2' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Blue' })).toBeChecked();
  expect(new URL(page.url()).pathname).toBe(`/attempts/${attemptId}`);
});

test('leaving the quiz and coming back with Back keeps the answered count; "Review and submit" stays put when the save failed', async ({ page }) => {
  const { slug } = seed<{ slug: string }>('canary-quiz', 'unused');
  await signUp(page, newStudent());
  await startQuiz(page, slug);
  await expect(page.locator('form[data-keys-ready]')).toBeVisible();
  await page.getByLabel('Your answer').fill('answered before leaving');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('1 of 2 answered')).toBeVisible();
  // Off to the article and back: the browser shows the page from its cache, as first rendered.
  await page.getByRole('link', { name: /^Article / }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${slug}$`));
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Question 2 of 2' })).toBeVisible();
  await expect(page.getByText('1 of 2 answered')).toBeVisible();

  // The connection drops: the typed answer cannot be saved, so the review does not open.
  await page.route('**/api/attempts/*/answers/*', (route) => route.abort('internetdisconnected'));
  await page.locator('form[data-keys-ready]').waitFor();
  await page.getByRole('radio', { name: 'Blue' }).check();
  await page.getByRole('link', { name: 'Review and submit' }).click();
  await expect(page.getByText('Not saved: the connection failed')).toBeVisible();
  await expect(page).toHaveURL(/\?q=2$/);
  await page.unroute('**/api/attempts/*/answers/*');
  await page.getByRole('link', { name: 'Review and submit' }).click();
  await expect(page).toHaveURL(/\?q=review$/);
  await expect(page.getByText('All questions are answered.')).toBeVisible();
});

test('Back and Forward while a save is on its way: the question shows that answer, and the next change saves', async ({ page }) => {
  const { slug } = seed<{ slug: string }>('canary-quiz', 'unused');
  await signUp(page, newStudent());
  const attemptId = await startQuiz(page, slug);
  await expect(page.locator('form[data-keys-ready]')).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: 'Question 2 of 2' })).toBeVisible();
  // A slow connection: each save lands two seconds after it was sent.
  await page.route('**/api/attempts/*/answers/*', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await route.continue();
  });
  await page.locator('form[data-keys-ready]').waitFor();
  await page.keyboard.press('3');
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Question 1 of 2' })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { name: 'Question 2 of 2' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Blue' })).toBeChecked();
  await page.locator('form[data-keys-ready]').waitFor();
  await page.keyboard.press('2');
  await expect(page.getByText('Answer saved')).toBeVisible({ timeout: 10_000 });
  await expect(page.getByText('changed in another tab')).toHaveCount(0);
  await page.goto(`/attempts/${attemptId}?q=2`);
  await expect(page.getByRole('radio', { name: 'Green' })).toBeChecked();
});

test('a save that fails after its question was left and shown again is sent again by the next step', async ({ page }) => {
  const { slug } = seed<{ slug: string }>('canary-quiz', 'unused');
  await signUp(page, newStudent());
  await startQuiz(page, slug);
  await expect(page.locator('form[data-keys-ready]')).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: 'Question 2 of 2' })).toBeVisible();
  // The connection drops two seconds into the save.
  const saves = '**/api/attempts/*/answers/*';
  await page.route(saves, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await route.abort('internetdisconnected');
  });
  await page.locator('form[data-keys-ready]').waitFor();
  await page.keyboard.press('3');
  await page.goBack();
  await page.goForward();
  await expect(page.getByRole('radio', { name: 'Blue' })).toBeChecked();
  await page.waitForTimeout(2_500); // the first save has failed by now
  await page.unroute(saves);
  await page.getByRole('button', { name: 'Review and submit' }).click();
  await expect(page).toHaveURL(/\?q=review$/);
  await expect(page.getByText('1 of 2 answered')).toBeVisible();
});

test('"Review and submit" waits for the answer just typed, so the review counts it', async ({ page }) => {
  const { slug } = seed<{ slug: string }>('canary-quiz', 'unused');
  await signUp(page, newStudent());
  await startQuiz(page, slug);
  await expect(page.locator('form[data-keys-ready]')).toBeVisible();
  // A slow connection: the save lands a second after the click.
  await page.route('**/api/attempts/*/answers/*', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await route.continue();
  });
  await page.getByLabel('Your answer').fill('typed, then straight to review');
  await page.getByRole('link', { name: 'Review and submit' }).click();
  await expect(page).toHaveURL(/\?q=review$/);
  await expect(page.getByText('1 of 2 answered')).toBeVisible();
});

test('a submit the connection dropped says so and submits nothing; the next try shows the result, and Back does not reopen the quiz', async ({ page }) => {
  const { slug } = seed<{ slug: string }>('canary-quiz', 'unused');
  await signUp(page, newStudent());
  const attemptId = await startQuiz(page, slug);
  await page.goto(`/attempts/${attemptId}?q=2`);
  await page.getByRole('radio', { name: 'Green' }).check();
  await expect(page.getByText('Answer saved')).toBeVisible();
  await page.getByRole('button', { name: 'Review and submit' }).click();
  const submits = '**/api/attempts/*/submit';
  await page.route(submits, (route) => route.abort('internetdisconnected'));
  const submit = page.getByRole('button', { name: 'Submit with 1 unanswered' });
  await submit.click();
  const alert = page.getByRole('alert').filter({ hasText: 'Could not confirm the submit' });
  await expect(alert).toHaveText('Could not confirm the submit: the connection failed or the server did not answer. Your saved answers are kept; trying again is safe.');
  // The keyboard focus is back on the button, ready to try again.
  await expect(submit).toBeFocused();
  await expect(page).toHaveURL(/\?q=review$/);
  expect(seed<{ status: string }>('attempt', attemptId).status).toBe('in_progress');
  await page.unroute(submits);
  await submit.click();
  await expect(page).toHaveURL(new RegExp(`/attempts/${attemptId}/results$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('1/2 (50%)');
  // The browser's Back does not bring the open quiz back: the review page, asked again, sends
  // the student to the result.
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/attempts/${attemptId}/results$`));
  await expect(page.getByRole('button', { name: /^Submit/ })).toHaveCount(0);
});

test('20 parallel submissions of one attempt record one result', async ({ browser }) => {
  const { slug } = seed<{ slug: string }>('canary-quiz', 'unused');
  // Without JavaScript the submit is a plain multipart POST; capture it and replay it 20 times at once.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signUp(page, newStudent()).catch(async () => {
    // Sign-up redirects without client-side navigation here; the header proves the session.
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  });
  const attemptId = await startQuiz(page, slug);
  await page.goto(`/attempts/${attemptId}?q=2`);
  await page.getByRole('radio', { name: 'Green' }).check();
  await page.getByRole('button', { name: 'Review and submit' }).click();
  await expect(page.getByText('1 of 2 answered')).toBeVisible();

  let captured: { url: string; headers: Record<string, string>; body: Buffer } | null = null;
  await page.route(`**/attempts/${attemptId}*`, async (route) => {
    const request = route.request();
    if (request.method() !== 'POST') return route.continue();
    captured = { url: request.url(), headers: await request.allHeaders(), body: request.postDataBuffer() ?? Buffer.alloc(0) };
    await route.abort();
  });
  await page.getByRole('button', { name: 'Submit with 1 unanswered' }).click().catch(() => {});
  await expect.poll(() => captured !== null).toBe(true);
  const { url, headers, body } = captured!;
  const { cookie: _cookie, 'content-length': _length, ...replayHeaders } = headers;
  const responses = await Promise.all(
    Array.from({ length: 20 }, () => context.request.post(url, { headers: replayHeaders, data: body, maxRedirects: 0 })),
  );
  expect(responses.every((r) => r.status() < 500)).toBe(true);

  const stored = seed<{ status: string; score: number; responses: number }>('attempt', attemptId);
  expect(stored).toMatchObject({ status: 'submitted', score: 1, responses: 1 });
  await context.close();
});

test("another student's attempt is not found, and nothing changes", async ({ browser }) => {
  const owner = await browser.newPage();
  await signUp(owner, newStudent('owner'));
  const attemptId = await startQuiz(owner, 'apollo-11-moon-landing');

  const other = await browser.newPage();
  await signUp(other, newStudent('other'));
  for (const path of [`/attempts/${attemptId}`, `/attempts/${attemptId}/results`]) {
    const response = await other.goto(path);
    expect(response?.status()).toBe(404);
    await expect(other.getByRole('heading', { name: 'This quiz is not available' })).toBeVisible();
  }
  const stored = seed<{ status: string; responses: number }>('attempt', attemptId);
  expect(stored).toMatchObject({ status: 'in_progress', responses: 0 });
});

test('a signed-out visitor is sent to sign in and comes back to the article', async ({ page }) => {
  await page.goto('/articles/the-great-barrier-reef');
  await page.getByRole('button', { name: 'Take the quiz' }).click();
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await page.getByRole('link', { name: 'Create an account' }).click();
  const student = newStudent();
  await page.getByLabel('Name').fill(student.name);
  await page.getByLabel('Email').fill(student.email);
  await page.getByLabel('Password').fill(student.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/articles\/the-great-barrier-reef$/);
});

test('bad sign-up input gets clear errors under the fields', async ({ page }) => {
  await page.goto('/sign-up');
  await page.getByLabel('Email').fill('not-an-email');
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Enter your name.')).toBeVisible();
  await expect(page.getByText('Enter a valid email address.')).toBeVisible();
  await expect(page.getByText('Use at least 8 characters.')).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
  // The keyboard is on the first field to fix.
  await expect(page.getByLabel('Name')).toBeFocused();
});

test('a typed answer is saved once typing pauses, without leaving the box: a reload keeps it', async ({ page }) => {
  const { slug } = seed<{ slug: string }>('canary-quiz', 'unused');
  await signUp(page, newStudent());
  const attemptId = await startQuiz(page, slug);
  await expect(page.locator('form[data-keys-ready]')).toBeVisible();
  const answer = page.getByLabel('Your answer');
  await answer.pressSequentially('still in the box', { delay: 20 });
  await expect(answer).toBeFocused();
  await expect(page.getByText('Answer saved')).toBeVisible();
  await expect(page.getByText('1 of 2 answered')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Your answer')).toHaveValue('still in the box');
  expect(new URL(page.url()).pathname).toBe(`/attempts/${attemptId}`);
});

test('an answer given in a tab whose quiz was submitted in another opens the results, saying it was not saved', async ({ page, context }) => {
  const { slug } = seed<{ slug: string }>('canary-quiz', 'unused');
  await signUp(page, newStudent());
  const attemptId = await startQuiz(page, slug);
  await expect(page.locator('form[data-keys-ready]')).toBeVisible();
  const other = await context.newPage();
  await other.goto(`/attempts/${attemptId}?q=review`);
  await other.getByRole('button', { name: /^Submit/ }).click();
  await expect(other).toHaveURL(new RegExp(`/attempts/${attemptId}/results$`));
  await other.close();
  // Back in the first tab, which has not heard: the answer is refused, and the results say why.
  await page.getByLabel('Your answer').fill('too late');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page).toHaveURL(new RegExp(`/attempts/${attemptId}/results\\?closed=1$`));
  await expect(page.getByText('Your last answer was not saved: this quiz had already been submitted')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('0/2 (0%)');
});
