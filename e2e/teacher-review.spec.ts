// A teacher reviews generated questions: approve, reject, edit and add; students cannot get in.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { newStudent, signIn, signUp } from './support/factories';

const ARTICLE = 'how-vaccines-train-the-immune-system';

test('a teacher approves, rejects, edits and adds questions', async ({ page }) => {
  await signIn(page, 'teacher@gleaner.test', 'gleaner-teacher-demo');
  await page.getByRole('link', { name: 'Teach' }).click();
  await expect(page.getByRole('heading', { name: 'Question review' })).toBeVisible();
  await page.getByRole('link', { name: /How Vaccines Train the Immune System/ }).click();
  await expect(page).toHaveURL(new RegExp(`/teach/articles/${ARTICLE}`));

  const toReview = page.getByRole('link', { name: /^To review \((\d+)\)$/ });
  const before = Number((await toReview.innerText()).match(/\d+/)![0]);
  expect(before).toBeGreaterThan(2);

  await expectNoAxeViolations(page, 'teacher review');
  await page.screenshot({ path: 'screenshots/teacher-review-desktop.png', fullPage: true });

  // Approve the first question and reject the next: both leave the "To review" list.
  const firstPrompt = await page.locator('main ol > li').first().locator('p.font-medium').innerText();
  await page.getByRole('button', { name: 'Approve question 1', exact: true }).click();
  await expect(page.getByRole('link', { name: `To review (${before - 1})` })).toBeVisible();
  await page.getByRole('button', { name: 'Reject question 1', exact: true }).click();
  await expect(page.getByRole('link', { name: `To review (${before - 2})` })).toBeVisible();
  await page.getByRole('link', { name: /^Approved/ }).click();
  await expect(page.getByRole('main')).toContainText(firstPrompt);

  // Edit the approved question: the bank shows the new wording.
  await page.getByRole('link', { name: 'Edit question 1', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Edit a question' })).toBeVisible();
  const oldVersion = page.url();
  await page.getByLabel('Question', { exact: true }).fill('Which scientist is credited with the first vaccine, in 1796?');
  await page.getByLabel('Explanation (shown with the answer)').fill('Edward Jenner tested cowpox on James Phipps.');
  await page.getByRole('button', { name: 'Save as a new approved version' }).click();
  // Back on the approved list, where the new version is, told it was saved.
  await expect(page).toHaveURL(new RegExp(`/teach/articles/${ARTICLE}\\?status=approved&saved=edited$`));
  await expect(page.getByRole('status').filter({ hasText: 'Saved as a new approved version' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Which scientist is credited with the first vaccine, in 1796?');
  // The old version's edit link (Back, a bookmark) points at the bank, not at a bare 404.
  await page.goto(oldVersion);
  await expect(page.getByRole('heading', { name: 'This version was replaced' })).toBeVisible();
  await page.getByRole('link', { name: /^Approved questions of/ }).click();
  await expect(page.getByRole('main')).toContainText('Which scientist is credited with the first vaccine, in 1796?');

  // Add a question of one's own; a missing answer is refused with a clear message first.
  await page.getByRole('link', { name: 'Add a question' }).click();
  await page.getByRole('radio', { name: 'Short answer' }).check();
  await page.getByLabel('Question', { exact: true }).fill('What do B cells make?');
  await page.getByRole('button', { name: 'Add question' }).click();
  await expect(page.getByText('Enter the expected answer.')).toBeVisible();
  await page.getByLabel('Expected answer (short answer)').fill('Antibodies');
  await page.getByRole('button', { name: 'Add question' }).click();
  await expect(page).toHaveURL(new RegExp(`/teach/articles/${ARTICLE}\\?status=approved&saved=added$`));
  await expect(page.getByRole('status').filter({ hasText: 'Question added and approved' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('What do B cells make?');
});

test('students get a 404 on teacher pages', async ({ page }) => {
  await signUp(page, newStudent());
  await expect(page.getByRole('link', { name: 'Teach' })).toHaveCount(0);
  for (const path of ['/teach', `/teach/articles/${ARTICLE}`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
  }
});
