// Approve / reject on the article review page can be undone: the decision is announced once, in
// a polite live region, and shown with an Undo button where the question was, in the flow of
// the page (covering nothing, at 390 px too); Undo takes the keyboard focus, and after it the
// focus returns to the question. A decision or undo on a question changed meanwhile in another
// tab is refused and said so. It works without JavaScript as well.
import { expect, test, type Locator } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { seed, signIn } from './support/factories';

/** Whether the middle of this element is what a tap there would hit (nothing drawn over it). */
async function isUncovered(locator: Locator): Promise<boolean> {
  await locator.scrollIntoViewIfNeeded();
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && (hit === el || el.contains(hit));
  });
}

test('a teacher rejects a question and undoes it by keyboard', async ({ page }) => {
  const article = seed<{ slug: string; title: string }>('assignable-article', `undo-${Date.now().toString(36)}`);
  await signIn(page, 'teacher@gleaner.test', 'gleaner-teacher-demo');
  await page.goto(`/teach/articles/${article.slug}?status=approved`);
  await expect(page.getByRole('link', { name: 'Approved (3)' })).toBeVisible();
  // The page's live region for decisions (polite, always present so each change is announced).
  const status = page.locator('#decision-status');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await expect(status).toHaveText('');

  // Reject by keyboard: the question leaves "Approved", the page says so and offers Undo.
  await page.getByRole('button', { name: 'Reject question 2', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('Rejected: “Water boils at 100 °C at sea level.”');
  await expect(page.getByRole('link', { name: 'Approved (2)' })).toBeVisible();
  await expect(page.locator('main li[data-question-id]').filter({ hasText: 'Water boils' })).toHaveCount(0);
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  await expect(undo).toBeFocused();
  // The notice is where question 2 was, in the list, before the next question; it is not a
  // second live region (one announcement), and the live region holds the text once.
  const notice = page.locator('#decision-notice');
  await expect(notice).toContainText('Rejected: “Water boils at 100 °C at sea level.”');
  await expect(notice.locator('[aria-live]')).toHaveCount(0);
  await expect(page.locator('main [aria-live]')).toHaveCount(1);
  await expect(page.locator('main ol > li').nth(1)).toHaveId('decision-notice');
  for (const [label, width, height] of [['phone', 390, 844], ['desktop', 1280, 900]] as const) {
    await page.setViewportSize({ width, height });
    // Nothing covers the next question's buttons (Hamlet, numbered 2 now), wherever the page is scrolled.
    await expect.poll(() => isUncovered(page.getByRole('button', { name: 'Send question 2 back to review', exact: true }))).toBe(true);
    await expect.poll(() => isUncovered(page.getByRole('button', { name: 'Reject question 2', exact: true }))).toBe(true);
    await expect.poll(() => isUncovered(undo)).toBe(true);
    await undo.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `tmp/h3-undo-${label}.png` });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.screenshot({ path: `tmp/h3-undo-${label}-bottom.png` });
  }
  await undo.focus();
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectNoAxeViolations(page, 'review page with undo');

  await page.keyboard.press('Enter');
  await expect(status).toHaveText('Undone: “Water boils at 100 °C at sea level.” is approved again.');
  await expect(page.getByRole('link', { name: 'Approved (3)' })).toBeVisible();
  await expect(undo).toHaveCount(0);
  await expect(notice).toContainText('is approved again');
  // The focus goes back to the question that returned.
  await expect(page.getByRole('button', { name: 'Reject question 2', exact: true })).toBeFocused();

  // Approving a draft and undoing it puts it back in review.
  await page.getByRole('button', { name: 'Send question 1 back to review', exact: true }).click();
  await expect(status).toHaveText('Sent back to review: “Capital of France?”');
  await page.goto(`/teach/articles/${article.slug}?status=draft`);
  await page.getByRole('button', { name: 'Approve question 1', exact: true }).click();
  await expect(status).toHaveText('Approved: “Capital of France?”');
  await expect(page.getByRole('link', { name: 'To review (0)' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(status).toHaveText('Undone: “Capital of France?” is back in review.');
  await expect(page.getByRole('link', { name: 'To review (1)' })).toBeVisible();
});

test('a decision or an undo on a question changed meanwhile in another tab is refused, and said so', async ({ page, context }) => {
  const article = seed<{ slug: string; title: string }>('assignable-article', `undo-tabs-${Date.now().toString(36)}`);
  await signIn(page, 'teacher@gleaner.test', 'gleaner-teacher-demo');
  const url = `/teach/articles/${article.slug}?status=approved`;
  await page.goto(url);
  const other = await context.newPage();
  await other.goto(url);
  await expect(other.getByRole('link', { name: 'Approved (3)' })).toBeVisible();

  // This tab rejects question 1; the other tab, still showing it approved, sends it back to review.
  await page.getByRole('button', { name: 'Reject question 1', exact: true }).click();
  await expect(page.locator('#decision-status')).toHaveText('Rejected: “Capital of France?”');
  await other.getByRole('button', { name: 'Send question 1 back to review', exact: true }).click();
  const otherStatus = other.locator('#decision-status');
  await expect(otherStatus).toHaveText(/^Nothing changed: this question was changed in another tab or by another teacher/);
  await expect(other.locator('#decision-notice')).toContainText('Nothing changed');
  // The other tab now shows the list as it is: question 1 is rejected, not approved.
  await expect(other.getByRole('link', { name: 'Approved (2)' })).toBeVisible();
  await expect(other.getByRole('link', { name: 'Rejected (1)' })).toBeVisible();
  for (const [label, width, height] of [['phone', 390, 844], ['desktop', 1280, 900]] as const) {
    await other.setViewportSize({ width, height });
    await other.locator('#decision-notice').scrollIntoViewIfNeeded();
    await other.screenshot({ path: `tmp/h3-review-changed-${label}.png` });
  }

  // This tab's Undo, after the other tab changed the question again: refused, said so.
  await other.goto(`/teach/articles/${article.slug}?status=rejected`);
  await other.getByRole('button', { name: 'Send question 1 back to review', exact: true }).click();
  await expect(otherStatus).toHaveText('Sent back to review: “Capital of France?”');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.locator('#decision-status')).toHaveText(/^Not undone: this question was changed in another tab or by another teacher/);
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveCount(0);
  await other.goto(`/teach/articles/${article.slug}?status=draft`);
  await other.getByRole('button', { name: 'Approve question 1', exact: true }).click();
  await expect(otherStatus).toHaveText('Approved: “Capital of France?”');
  await other.goto(url);
  await expect(other.getByRole('link', { name: 'Approved (3)' })).toBeVisible();
  await other.close();
});

test('undo works without JavaScript', async ({ browser }) => {
  const article = seed<{ slug: string; title: string }>('assignable-article', `undo-nojs-${Date.now().toString(36)}`);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('teacher@gleaner.test');
  await page.getByLabel('Password').fill('gleaner-teacher-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await page.goto(`/teach/articles/${article.slug}?status=approved`);
  await page.getByRole('button', { name: 'Reject question 3', exact: true }).click();
  await expect(page.locator('#decision-status')).toHaveText('Rejected: “Who wrote Hamlet?”');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.locator('#decision-status')).toHaveText('Undone: “Who wrote Hamlet?” is approved again.');
  await page.goto(`/teach/articles/${article.slug}?status=approved`);
  await expect(page.getByRole('link', { name: 'Approved (3)' })).toBeVisible();
  await context.close();
});
