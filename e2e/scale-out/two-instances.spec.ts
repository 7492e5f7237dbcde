// The app tier is stateless: a quiz started on one instance is finished on the other, and the
// score is recorded once. Both instances share only the PostgreSQL database and the secret.
import { expect, test } from '@playwright/test';
import { newStudent, seed, signUp } from '../support/factories';

const A = 'http://localhost:3301';
const B = 'http://localhost:3302';

test('a quiz started on instance A is finished on instance B and recorded once', async ({ page }) => {
  await signUp(page, newStudent('scale'));
  await page.goto(`${A}/articles/apollo-11-moon-landing`);
  await page.getByRole('button', { name: 'Take the quiz' }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 10' })).toBeVisible();
  const attemptId = new URL(page.url()).pathname.split('/')[2];
  const typed = page.getByLabel('Your answer');
  if (await typed.count()) await typed.fill('an answer');
  else await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('1 of 10 answered')).toBeVisible();

  // Same browser, same session cookie, the other instance: the attempt resumes at question 2.
  await page.goto(`${B}/attempts/${attemptId}`);
  await expect(page.getByRole('heading', { name: 'Question 2 of 10' })).toBeVisible();
  await expect(page.getByText('1 of 10 answered')).toBeVisible();
  await page.getByRole('link', { name: 'Review and submit' }).click();
  await page.getByRole('button', { name: 'Submit with 9 unanswered' }).click();
  await expect(page).toHaveURL(`${B}/attempts/${attemptId}/results`);

  // Instance A sees the same single result.
  await page.goto(`${A}/scores`);
  await expect(page.getByRole('row')).toHaveCount(2);
  const stored = seed<{ status: string; responses: number }>('attempt', attemptId, process.env.E2E_PG_URL);
  expect(stored).toMatchObject({ status: 'submitted', responses: 1 });
});
