// Approve / reject on the article review page can be undone: the decision is announced in a
// live region with an Undo button that takes the keyboard focus when the question leaves the
// list; Undo puts the question back as it was. It works without JavaScript as well.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { seed, signIn } from './support/factories';

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
  await expect(page.locator('main ol')).not.toContainText('Water boils');
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  await expect(undo).toBeFocused();
  for (const [label, width, height] of [['phone', 390, 844], ['desktop', 1280, 900]] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `tmp/h3-undo-${label}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectNoAxeViolations(page, 'review page with undo');

  await page.keyboard.press('Enter');
  await expect(status).toHaveText('Undone: “Water boils at 100 °C at sea level.” is approved again.');
  await expect(page.getByRole('link', { name: 'Approved (3)' })).toBeVisible();
  await expect(undo).toHaveCount(0);
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
