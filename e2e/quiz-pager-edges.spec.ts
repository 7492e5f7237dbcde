// The student's quiz page at its edges (app/attempts/[id]/_components): a double click on Next
// moves once and leaves one history entry; a tab shown again after a while reads the answers
// again, so what was saved meanwhile in another tab shows — the newest saved answer winning over
// the one this tab remembers saving, and Next/Back move at once while that reading is on its way;
// a save still on its way when the student comes back into the quiz by links outlives the reading
// taken before it landed; the key 0 picks a tenth choice.
// Each test seeds its own quiz (e2e/support/seed.ts, "ten-choice-quiz") and student.
import { expect, test, type Page } from '@playwright/test';
import { startQuiz } from './support/factories';

const SAVES = '**/api/attempts/*/answers/*';

/**
 * The tab is hidden or shown, as the browser says when the student switches tabs or windows.
 * Headless Chromium keeps every page visible, so the document's state is set and the event sent
 * as the browser would; the quiz page's own listener does the rest.
 */
async function setVisibility(page: Page, state: 'hidden' | 'visible') {
  await page.evaluate((to) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => to });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => to === 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);
}

/**
 * Holds the page's readings of the quiz (router.refresh, an RSC request) on their way back, as a
 * slow connection would: `asked` when one is requested, `rendered` once the server has answered,
 * `deliver` lets them through; `release` stops holding.
 */
async function holdReadings(page: Page, attemptId: string) {
  let deliver = () => {};
  const delivered = new Promise<void>((resolve) => (deliver = resolve));
  let onAsked = () => {};
  const asked = new Promise<void>((resolve) => (onAsked = resolve));
  let onRendered = () => {};
  const rendered = new Promise<void>((resolve) => (onRendered = resolve));
  const quizPage = (url: URL) => url.pathname === `/attempts/${attemptId}`;
  await page.route(quizPage, async (route) => {
    if (route.request().headers()['rsc'] !== '1') return route.continue();
    onAsked();
    const response = await route.fetch();
    onRendered();
    await delivered;
    // The router may have dropped this reading meanwhile (its request cancelled): nothing to deliver then.
    await route.fulfill({ response }).catch(() => {});
  });
  return { asked, rendered, deliver, release: () => page.unroute(quizPage) };
}

test('a double click on Next while the answer is saving moves one question, and Back returns to the one before', async ({ page }) => {
  await startQuiz(page, 'double-next');
  const entriesBefore = await page.evaluate(() => history.length);
  // A save that takes a moment: both clicks land on question 1's Next while it is on its way.
  await page.route(SAVES, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 600));
    await route.continue();
  });
  await page.getByRole('radio', { name: 'Paris' }).check();
  await page.getByRole('button', { name: 'Next' }).dblclick();
  await expect(page.getByRole('heading', { name: 'Question 2 of 3' })).toBeVisible();
  await expect(page).toHaveURL(/\?q=2$/);
  await expect(page.getByText('1 of 3 answered')).toBeVisible();
  // Both clicks have been answered by now (the save has landed): still one step, one entry.
  expect(await page.evaluate(() => history.length)).toBe(entriesBefore + 1);
  await expect(page.getByRole('heading', { name: 'Question 2 of 3' })).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/\?q=1$/);
  await expect(page.getByRole('heading', { name: 'Question 1 of 3' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Paris' })).toBeChecked();
});

test('coming back to the quiz tab after more than 2 s shows the answer saved meanwhile in another tab', async ({ page, context }) => {
  const attemptId = await startQuiz(page, 'visible-again');
  await expect(page.getByText('0 of 3 answered')).toBeVisible();

  // The student leaves this tab and answers question 2 in another one.
  await setVisibility(page, 'hidden');
  const hiddenAt = Date.now();
  const other = await context.newPage();
  await other.goto(`/attempts/${attemptId}?q=2`);
  await expect(other.locator('form[data-keys-ready]')).toBeVisible();
  await other.getByRole('radio', { name: 'Mars' }).check();
  await expect(other.getByText('Answer saved')).toBeVisible();
  await other.close();
  await page.waitForTimeout(Math.max(0, 2_300 - (Date.now() - hiddenAt)));

  // Back in the first tab: the page reads the answers again.
  await setVisibility(page, 'visible');
  await expect(page.getByText('1 of 3 answered')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Question 1 of 3' })).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: 'Question 2 of 3' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Mars' })).toBeChecked();
  await page.getByRole('link', { name: 'Review and submit' }).click();
  await expect(page.getByRole('link', { name: 'Question 2, answered' })).toBeVisible();
  await expect(page.getByText('You have 2 unanswered questions.')).toBeVisible();
});

test('a typed answer replaced by a newer one from another tab shows the new text with its own count', async ({ page, context }) => {
  const attemptId = await startQuiz(page, 'replaced-count');
  await page.goto(`/attempts/${attemptId}?q=3`);
  await expect(page.locator('form[data-keys-ready]')).toBeVisible();
  const box = page.getByLabel('Your answer');
  await box.fill('a'.repeat(280));
  await expect(page.getByText('Answer saved')).toBeVisible();
  await expect(page.getByText('20 characters left', { exact: true }).first()).toBeVisible();

  // Meanwhile another tab saves a short answer to the same question.
  await setVisibility(page, 'hidden');
  const hiddenAt = Date.now();
  const other = await context.newPage();
  await other.goto(`/attempts/${attemptId}?q=3`);
  await expect(other.locator('form[data-keys-ready]')).toBeVisible();
  await other.getByLabel('Your answer').fill('Shakespeare');
  await other.getByLabel('Your answer').blur();
  await expect(other.getByText('Answer saved')).toBeVisible();
  await other.close();
  await page.waitForTimeout(Math.max(0, 2_300 - (Date.now() - hiddenAt)));

  // Back here, the newer answer shows, and the count no longer speaks of the old 280 characters.
  await setVisibility(page, 'visible');
  await expect(box).toHaveValue('Shakespeare');
  await expect(page.getByText(/characters? left/)).toHaveCount(0);
});

test('the key 0 picks the tenth choice of a ten-choice question, and it is saved', async ({ page }) => {
  const attemptId = await startQuiz(page, 'key-zero');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: 'Question 2 of 3' })).toBeFocused();
  await expect(page.locator('form[data-keys-ready]')).toBeVisible();
  // The page tells the student which keys pick which choices.
  await expect(page.getByText('Keys: 1 to 9, or 0 for the tenth to choose, Enter next.')).toBeVisible();

  await page.keyboard.press('9');
  await expect(page.getByRole('radio', { name: 'Pluto' })).toBeChecked();
  await page.keyboard.press('0');
  const tenth = page.getByRole('radio', { name: 'Eris' });
  await expect(tenth).toBeChecked();
  await expect(tenth).toBeFocused();
  await expect(page.getByText('Answer saved')).toBeVisible();
  await expect(page.getByText('1 of 3 answered')).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: '/tmp/quiz-ten-choices-390.png', fullPage: true });

  // Stored on the server: a fresh load of the question shows it.
  await page.goto(`/attempts/${attemptId}?q=2`);
  await expect(page.getByRole('radio', { name: 'Eris' })).toBeChecked();
});

test('two tabs: the newest saved answer wins when the first tab is shown again, and the next change there saves', async ({ page, context }) => {
  const attemptId = await startQuiz(page, 'newest-wins');
  /** The student works in another tab on question 1 while this one is hidden, then comes back. */
  async function elsewhere(work: (other: Page) => Promise<void>) {
    await setVisibility(page, 'hidden');
    const hiddenAt = Date.now();
    const other = await context.newPage();
    await other.goto(`/attempts/${attemptId}?q=1`);
    await expect(other.locator('form[data-keys-ready]')).toBeVisible();
    await work(other);
    await other.close();
    await page.waitForTimeout(Math.max(0, 2_300 - (Date.now() - hiddenAt)));
    await setVisibility(page, 'visible');
  }

  // This tab saves Paris to question 1 and goes on; the other tab changes it to Rome and answers
  // question 3.
  await page.getByRole('radio', { name: 'Paris' }).check();
  await expect(page.getByText('Answer saved')).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: 'Question 2 of 3' })).toBeVisible();
  await elsewhere(async (other) => {
    await other.getByRole('radio', { name: 'Rome' }).check();
    await expect(other.getByText('Answer saved')).toBeVisible();
    await other.goto(`/attempts/${attemptId}?q=3`);
    await other.getByLabel('Your answer').fill('Shakespeare');
    await other.getByRole('link', { name: 'Review and submit' }).click();
    await expect(other.getByText('2 of 3 answered')).toBeVisible();
  });
  // The page has read the answers again; back on question 1: Rome, the newest, not the Paris
  // this tab remembers saving.
  await expect(page.getByText('2 of 3 answered')).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 3' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Rome' })).toBeChecked();

  // While question 1 is on screen here, the other tab changes it to Berlin: it shows here too.
  await elsewhere(async (other) => {
    await other.getByRole('radio', { name: 'Berlin' }).check();
    await expect(other.getByText('Answer saved')).toBeVisible();
  });
  await expect(page.getByRole('radio', { name: 'Berlin' })).toBeChecked();
  // A change made here now is the newest: saved, not refused as changed in another tab.
  await page.getByRole('radio', { name: 'Madrid' }).check();
  await expect(page.getByText('Answer saved')).toBeVisible();
  await expect(page.getByText('changed in another tab')).toHaveCount(0);
  await expect(page.getByText('2 of 3 answered')).toBeVisible();
  await page.goto(`/attempts/${attemptId}?q=1`);
  await expect(page.getByRole('radio', { name: 'Madrid' })).toBeChecked();
});

test('an answer saved while the page is being read again stays: the older reading does not undo it', async ({ page, context }) => {
  const attemptId = await startQuiz(page, 'save-during-refresh');
  await page.getByRole('radio', { name: 'Paris' }).check();
  await expect(page.getByText('1 of 3 answered')).toBeVisible();
  // The page's reading of the answers is held on its way back (a slow connection), after the
  // server has rendered it.
  const reading = await holdReadings(page, attemptId);

  // Away for a while, question 3 answered in another tab; back, the page asks for the answers.
  await setVisibility(page, 'hidden');
  const hiddenAt = Date.now();
  const other = await context.newPage();
  await other.goto(`/attempts/${attemptId}?q=3`);
  await other.getByLabel('Your answer').fill('Shakespeare');
  await other.getByRole('link', { name: 'Review and submit' }).click();
  await expect(other.getByText('2 of 3 answered')).toBeVisible();
  await other.close();
  await page.waitForTimeout(Math.max(0, 2_300 - (Date.now() - hiddenAt)));
  await setVisibility(page, 'visible');
  await reading.rendered;
  // Meanwhile the student changes question 1 to Rome, and it is saved.
  const save = page.waitForResponse((response) => response.request().method() === 'PUT');
  await page.getByRole('radio', { name: 'Rome' }).check();
  expect((await save).status()).toBe(200);
  // The page has taken the reply in (its status moves on from "Saving…") before the reading arrives.
  await expect(page.getByText('Saving…')).toHaveCount(0);
  reading.deliver();
  // The reading arrives (question 3 now counts), with Paris for question 1: Rome, newer, stays.
  await expect(page.getByText('2 of 3 answered')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Rome' })).toBeChecked();
  await reading.release();
  // The next change compares against Rome, what is stored: saved, not refused as changed elsewhere.
  const next = page.waitForResponse((response) => response.request().method() === 'PUT');
  await page.getByRole('radio', { name: 'Madrid' }).check();
  expect((await next).status()).toBe(200);
  await expect(page.getByText('changed in another tab')).toHaveCount(0);
  await page.goto(`/attempts/${attemptId}?q=1`);
  await expect(page.getByRole('radio', { name: 'Madrid' })).toBeChecked();
});

test('Next and Back move at once while the page is being read again on its way back', async ({ page }) => {
  const attemptId = await startQuiz(page, 'move-during-refresh');
  // The reading of the page, asked for when the tab is shown again, is held (a slow connection).
  const reading = await holdReadings(page, attemptId);
  await setVisibility(page, 'hidden');
  await page.waitForTimeout(2_300);
  await setVisibility(page, 'visible');
  await reading.asked;

  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: 'Question 2 of 3' })).toBeVisible({ timeout: 3_000 });
  await expect(page).toHaveURL(/\?q=2$/);
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 3' })).toBeVisible({ timeout: 3_000 });
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: 'Question 2 of 3' })).toBeVisible({ timeout: 3_000 });
  reading.deliver();
  await reading.release();
  // The reading lands: the place the student moved to stays.
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('heading', { name: 'Question 2 of 3' })).toBeVisible();
  await expect(page).toHaveURL(/\?q=2$/);
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Question 1 of 3' })).toBeVisible();
});

for (const order of ['before', 'after'] as const) {
  test(`a save still on its way when the student follows links back into the quiz is not undone by the page read before it landed (its reply ${order} the page)`, async ({ page }) => {
    const attemptId = await startQuiz(page, `save-across-links-${order}`);
    // Question 1's save is held on its way (a slow connection) ...
    let sendSave = () => {};
    const saveHeld = new Promise<void>((resolve) => {
      void page.route(SAVES, async (route) => {
        resolve();
        await new Promise<void>((release) => (sendSave = release));
        await route.continue();
      });
    });
    await page.getByRole('radio', { name: 'Paris' }).check();
    await saveHeld;
    // ... while the student goes to the article and takes the quiz again from there.
    await page.locator('main a[href^="/articles/"]').first().click();
    await expect(page.getByRole('button', { name: 'Take the quiz' })).toBeVisible();
    // The quiz the server renders for that click reads the answers before the save is stored. (The
    // start's own redirect is rendered inside its reply, out of the test's reach; the page it
    // sends to has no ?q= and sends on to ?q=1, which the browser asks for: that is held.)
    const reading = await holdReadings(page, attemptId);
    await page.getByRole('button', { name: 'Take the quiz' }).click();
    await reading.rendered;
    const landSave = async () => {
      const save = page.waitForResponse((response) => response.request().method() === 'PUT');
      sendSave();
      const saved = await save;
      expect(saved.status()).toBe(200);
      await saved.finished();
      await page.unroute(SAVES);
    };
    if (order === 'before') {
      // The save's reply reaches the page first, then the older reading.
      await landSave();
      reading.deliver();
    } else {
      // The older reading is shown first (the answer on its way shows, not yet counted), then the
      // save lands — in the quiz now on screen, not the one it was begun in.
      reading.deliver();
      await expect(page.getByRole('heading', { name: 'Question 1 of 3' })).toBeVisible();
      await expect(page.getByText('0 of 3 answered')).toBeVisible();
      await landSave();
    }
    // The quiz shows the answer the student gave, counted, and the next change saves over it.
    await expect(page.getByRole('heading', { name: 'Question 1 of 3' })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Paris' })).toBeChecked();
    await expect(page.getByText('1 of 3 answered')).toBeVisible();
    await reading.release();
    const next = page.waitForResponse((response) => response.request().method() === 'PUT');
    await page.getByRole('radio', { name: 'Rome' }).check();
    expect((await next).status()).toBe(200);
    await expect(page.getByText('changed in another tab')).toHaveCount(0);
  });
}
