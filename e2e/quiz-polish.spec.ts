// A keyboard and phone student's tour of the quiz page (app/attempts/[id]): Tab meets Back before
// Next, as they stand, while Enter still presses Next; on first load the question has the focus,
// so Enter works from there.
// Each test seeds its own quiz (e2e/support/seed.ts, "ten-choice-quiz": four choices, ten
// choices, a short answer) and student.
import { expect, test } from '@playwright/test';
import { newStudent, seed, signUp, startQuiz } from './support/factories';

test('Tab meets Back before Next, and Enter in a choice or the typed answer still presses Next', async ({ page }) => {
  const attemptId = await startQuiz(page, 'tab-order');
  await page.goto(`/attempts/${attemptId}?q=2`);
  await expect(page.locator('form[data-keys-ready]')).toBeVisible();
  await page.getByRole('radio', { name: 'Mercury' }).check();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Back' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Next' })).toBeFocused();
  // One Next for Tab and screen readers: the copy that Enter presses (question-form.tsx) is
  // aria-hidden and out of the Tab order, so Tab goes from Next straight on to the review link.
  await expect(page.getByRole('button', { name: 'Next', exact: true })).toHaveCount(1);
  const enterCopy = page.getByRole('button', { name: 'Next', exact: true, includeHidden: true }).and(page.locator('[aria-hidden="true"]'));
  await expect(enterCopy).toHaveCount(1);
  await expect(enterCopy).toHaveAttribute('tabindex', '-1');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Review and submit' })).toBeFocused();
  // Back stands on the left of Next, as before.
  const back = (await page.getByRole('button', { name: 'Back' }).boundingBox())!;
  const next = (await page.getByRole('button', { name: 'Next' }).boundingBox())!;
  expect(back.x).toBeLessThan(next.x);

  // Enter on the chosen radio goes on, not back.
  await page.getByRole('radio', { name: 'Mercury' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Question 3 of 3' })).toBeVisible();
  await expect(page.getByText('1 of 3 answered')).toBeVisible();
  await page.getByLabel('Your answer').fill('Shakespeare');
  await page.getByLabel('Your answer').press('Enter');
  await expect(page.getByRole('heading', { name: 'Review your answers' })).toBeVisible();
  await expect(page.getByText('2 of 3 answered')).toBeVisible();
});

test('without JavaScript, Enter in a choice presses Next too', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const { slug } = seed<{ slug: string }>('ten-choice-quiz', `no-js-enter-${Date.now().toString(36)}`);
  await signUp(page, newStudent()).catch(async () => {
    // Sign-up redirects without client-side navigation here; the header proves the session.
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  });
  await page.goto(`/articles/${slug}`);
  await page.getByRole('button', { name: 'Take the quiz' }).click();
  await expect(page).toHaveURL(/\?q=1$/);
  const attemptId = new URL(page.url()).pathname.split('/')[2];
  await page.goto(`/attempts/${attemptId}?q=2`);
  await page.getByRole('radio', { name: 'Eris' }).check();
  await page.getByRole('radio', { name: 'Eris' }).press('Enter');
  await expect(page).toHaveURL(/\?q=3$/);
  await expect(page.getByText('1 of 3 answered')).toBeVisible();
  await context.close();
});

test('on first load the question has the focus: a key picks, Enter presses Next, and Enter after a move goes on', async ({ page }) => {
  await startQuiz(page, 'first-load');
  // The prompt has the focus (a screen reader reads the question); the page did not scroll.
  await expect(page.getByRole('heading', { name: 'Capital of France?' })).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  // Tab reaches the choices; Space picks, the arrows change the pick, Enter goes on.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Berlin' })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Paris' })).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Question 2 of 3' })).toBeVisible();
  await expect(page.getByText('1 of 3 answered')).toBeVisible();

  // After the move the question's heading has the focus: a key picks, Enter goes on.
  await expect(page.getByRole('heading', { name: 'Question 2 of 3' })).toBeFocused();
  await page.keyboard.press('0');
  await expect(page.getByRole('radio', { name: 'Eris' })).toBeChecked();
  await page.getByRole('heading', { name: 'Question 2 of 3' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Question 3 of 3' })).toBeVisible();
  await expect(page.getByText('2 of 3 answered')).toBeVisible();

  // A reload starts on the question again; Enter from there (nothing typed) goes to the review.
  await page.reload();
  await expect(page.locator('form[data-keys-ready]')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Who wrote Hamlet?' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Review your answers' })).toBeVisible();
});

test('a short answer near its 300-character limit counts down, and a paste that would not fit is refused, not cut', async ({ page }) => {
  const attemptId = await startQuiz(page, 'answer-limit');
  await page.goto(`/attempts/${attemptId}?q=3`);
  await expect(page.locator('form[data-keys-ready]')).toBeVisible();
  const box = page.getByLabel('Your answer');
  await expect(page.getByText(/characters? left/)).toHaveCount(0);
  await box.fill('a'.repeat(280));
  await expect(page.getByText('20 characters left', { exact: true }).first()).toBeVisible();
  // A screen reader hears the count once typing pauses (a polite live region).
  await expect(page.locator('[aria-live="polite"]', { hasText: '20 characters left' })).toHaveCount(1);

  // Pasting 50 characters where 20 fit: nothing is pasted, and the page says why.
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('input[name="answer"]')!;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
    const data = new DataTransfer();
    data.setData('text/plain', 'b'.repeat(50));
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(page.getByText(/Not pasted: that is 50 characters and 20 fit here/).first()).toBeVisible();
  await expect(box).toHaveValue('a'.repeat(280));

  // Typing up to the limit says so; the answer is saved whole.
  await box.pressSequentially('c'.repeat(25));
  await expect(box).toHaveValue(`${'a'.repeat(280)}${'c'.repeat(20)}`);
  await expect(page.getByText('No characters left: answers are at most 300 characters.', { exact: true }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Review and submit' }).click();
  await expect(page.getByText('1 of 3 answered')).toBeVisible();
});

test('the review lists each question by its text and whether it is answered, and fits a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await startQuiz(page, 'review-list');
  await page.getByRole('radio', { name: 'Paris' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: 'Question 2 of 3' })).toBeVisible();
  await page.getByRole('link', { name: 'Review and submit' }).click();
  await expect(page.getByRole('heading', { name: 'Review your answers' })).toBeVisible();

  const rows = page.getByRole('main').getByRole('listitem');
  await expect(rows).toHaveCount(3);
  await expect(page.getByRole('link', { name: 'Question 1, answered: Capital of France?' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Question 2, not answered: Which is the tenth planet in this list?' })).toBeVisible();
  await expect(rows.nth(0)).toContainText('Answered');
  await expect(rows.nth(2)).toContainText('Who wrote Hamlet?');
  await expect(rows.nth(2)).toContainText('Not answered');
  // Nothing runs off the side of a 390 px phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await page.getByRole('link', { name: /Question 3, not answered/ }).click();
  await expect(page.getByRole('heading', { name: 'Question 3 of 3' })).toBeVisible();
});

test.describe('on a touch phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the quiz tells of no keys, and still says answers are saved and where to review', async ({ page }) => {
    await startQuiz(page, 'phone-keys');
    await expect(page.getByRole('heading', { name: 'Question 1 of 3' })).toBeVisible();
    await expect(page.getByText(/Keys: .* to choose, Enter next\./)).toBeHidden();
    await expect(page.getByText('Answers are saved as you go.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Review and submit' })).toBeVisible();
  });
});
