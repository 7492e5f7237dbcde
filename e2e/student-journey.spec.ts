// A new student's first visit, steps 1–7 of "Gleaner end to end": library, sign-up, article,
// a keyboard-driven quiz that survives a reload, results with source sentences, and scores.
import { expect, test } from '@playwright/test';
import { loadArticles } from '../lib/content';
import { newStudent, signIn, signUp } from './support/factories';

const SEED_TITLE = 'Putin Offers Russian Mediation in Armenian-Azerbaijani Peace Talks';

test('library lists every article with source, reading time and question count', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
  const cards = page.getByRole('listitem');
  // Other specs seed their own articles, so check for the shipped ones rather than a total.
  const shipped = await loadArticles('content/articles');
  expect(shipped.length).toBeGreaterThanOrEqual(4);
  for (const article of shipped) await expect(cards.filter({ hasText: article.frontMatter.title })).toHaveCount(1);
  const seed = cards.filter({ hasText: SEED_TITLE });
  await expect(seed).toContainText("RFE/RL's Armenian Service");
  await expect(seed).toContainText(/\d+ min read · \d+ questions/);
});

test('a student signs up, signs out and signs in again; a wrong password is refused', async ({ page }) => {
  const student = newStudent();
  await signUp(page, student);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();

  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(student.email);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'do not match' })).toHaveText('That email and password do not match an account.');
  // The keyboard is on the message, not back at the top of the page.
  await expect(page.getByRole('alert').filter({ hasText: 'do not match' })).toBeFocused();

  await signIn(page, student.email, student.password);
  await expect(page.getByRole('link', { name: 'My scores' })).toBeVisible();
});

test('the demo teacher signs in with the seeded account', async ({ page }) => {
  await signIn(page, 'teacher@gleaner.test', 'gleaner-teacher-demo');
  await expect(page.getByText('Tess Teacher (teacher)')).toBeVisible();
});

test('take a quiz by keyboard, resume after a reload, submit, review and see the score', async ({ page }) => {
  await signUp(page, newStudent());
  await page.goto('/');
  await page.getByRole('link', { name: new RegExp(SEED_TITLE) }).click();
  await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();
  await page.getByRole('button', { name: 'Take the quiz' }).click();

  await expect(page.getByRole('heading', { name: 'Question 1 of 10' })).toBeVisible();
  // The tab names the quiz, so a student with several tabs open can tell them apart.
  await expect(page).toHaveTitle(`Quiz: ${SEED_TITLE} · Gleaner`);
  const progress = page.getByRole('progressbar', { name: 'Questions answered' });
  await expect(progress).toHaveAttribute('aria-valuenow', '0');

  // Answer questions 1–3 by keyboard: a digit picks a choice (or type for short answers), Enter moves on.
  for (let i = 1; i <= 3; i++) {
    await expect(page.getByRole('heading', { name: `Question ${i} of 10` })).toBeVisible();
    await expect(page.locator('form[data-keys-ready]')).toBeVisible();
    const text = page.getByLabel('Your answer');
    if (await text.count()) {
      await text.fill('my typed answer');
      await text.press('Enter');
    } else {
      await page.keyboard.press('1');
      await expect(page.getByRole('radio').first()).toBeChecked();
      await expect(page.getByText(`${i} of 10 answered`)).toBeVisible(); // saved before moving on
      await page.keyboard.press('Enter');
    }
  }
  await expect(page.getByRole('heading', { name: 'Question 4 of 10' })).toBeVisible();
  await expect(page.getByText('3 of 10 answered')).toBeVisible();
  await expect(progress).toHaveAttribute('aria-valuenow', '3');

  // Back to question 2: its answer is still chosen.
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('heading', { name: 'Question 3 of 10' })).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('heading', { name: 'Question 2 of 10' })).toBeVisible();
  const typed = page.getByLabel('Your answer');
  if (await typed.count()) await expect(typed).toHaveValue('my typed answer');
  else await expect(page.getByRole('radio').first()).toBeChecked();

  // A reload (or a closed tab) loses nothing: the attempt resumes where it stopped.
  const attemptUrl = page.url().split('?')[0];
  await page.goto(attemptUrl);
  await expect(page.getByRole('heading', { name: 'Question 4 of 10' })).toBeVisible();
  await expect(page.getByText('3 of 10 answered')).toBeVisible();

  // Go to review with unanswered questions: the submit button asks for confirmation.
  await page.getByRole('link', { name: 'Review and submit' }).click();
  await expect(page.getByText('You have 7 unanswered questions.')).toBeVisible();
  await page.getByRole('button', { name: 'Submit with 7 unanswered' }).click();

  await expect(page).toHaveURL(/\/results$/);
  await expect(page).toHaveTitle(`Results: ${SEED_TITLE} · Gleaner`);
  const score = page.getByRole('heading', { level: 1 });
  await expect(score).toHaveText(/^\d+\/10 \(\d+%\)$/);
  const items = page.getByRole('main').getByRole('listitem');
  await expect(items).toHaveCount(10);
  await expect(items.nth(9)).toContainText('Not answered');
  await expect(items.first()).toContainText('Correct answer');

  // The source link opens the article with that sentence highlighted.
  const sentence = (await items.first().locator('blockquote').innerText()).replace(/\s*Show in the article$/, '');
  await items.first().getByRole('link', { name: 'Show in the article' }).click();
  await expect(page).toHaveURL(/\?hl=\d+-\d+&from=%2Fattempts%2F[^%]+%2Fresults#source$/);
  const mark = page.locator('mark#source');
  await expect(mark).toBeVisible();
  const highlighted = (await page.locator('mark.source-highlight').allInnerTexts()).join('');
  expect(highlighted.replace(/\s+/g, ' ').trim()).toBe(sentence.replace(/\s+/g, ' ').trim());
  // And a link leads back to the results.
  await expect(page.getByRole('link', { name: 'Back to your results' })).toHaveCount(2); // in the note at the top and below the article
  await page.getByRole('link', { name: 'Back to your results' }).last().click();
  await expect(page).toHaveURL(/\/attempts\/[^/]+\/results$/);
  await expect(score).toHaveText(/^\d+\/10 \(\d+%\)$/);

  // My scores lists the attempt with best and latest.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My scores' }).click();
  await expect(page.getByRole('heading', { name: 'Best and latest per quiz' })).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('main')).toContainText(SEED_TITLE);
  await expect(page.getByRole('row').nth(1)).toContainText('Practice quiz');
});
