// A teacher renames and archives an article a class has used, and approves all drafts of another
// (teacher QA tour): the student no longer finds the archived article in the library, while the
// assignment's results stay readable for both; restoring brings it back.
import { expect, test } from '@playwright/test';
import { answerQuestion, createClassAs, newStudent, seed, signIn, signUp } from './support/factories';

const ANSWERS = { 'Capital of France?': 'Paris', 'Water boils at 100 °C at sea level.': 'True', 'Who wrote Hamlet?': 'William Shakespeare' };

test('rename and archive a used article: gone from the library, its results still readable; restore', async ({ browser }) => {
  test.setTimeout(240_000); // two sign-ins (argon2 on purpose) and a seeding child process
  const suffix = Date.now().toString(36);
  const article = seed<{ slug: string; title: string }>('assignable-article', suffix);

  const teacher = await (await browser.newContext()).newPage();
  await signIn(teacher, 'teacher@gleaner.test', 'gleaner-teacher-demo');
  const code = await createClassAs(teacher, `Archive ${suffix}`);
  await teacher.getByRole('link', { name: 'New assignment' }).click();
  await teacher.getByRole('link', { name: article.title }).click();
  await teacher.getByLabel('Title', { exact: true }).fill(`Archived quiz ${suffix}`);
  await teacher.getByRole('button', { name: 'Assign to the class' }).click();
  await expect(teacher.getByRole('heading', { level: 1, name: `Archived quiz ${suffix}` })).toBeVisible();
  const reportUrl = teacher.url();

  const student = await (await browser.newContext()).newPage();
  const pupil = newStudent('archive');
  await signUp(student, pupil);
  await student.goto('/classes');
  await student.getByLabel('Class code').fill(code);
  await student.getByRole('button', { name: 'Join class' }).click();
  await student.goto('/assignments');
  await student.getByRole('listitem').filter({ hasText: `Archived quiz ${suffix}` }).getByRole('button', { name: /^Start/ }).click();
  for (const n of [1, 2, 3]) await answerQuestion(student, n, ANSWERS);
  await student.getByRole('button', { name: 'Submit quiz' }).click();
  await expect(student.getByRole('heading', { level: 1 })).toHaveText('3/3 (100%)');
  const resultsUrl = student.url();

  // Rename: a title over the limit is refused with its length and kept in the field.
  await teacher.goto(`/teach/articles/${article.slug}`);
  await teacher.getByRole('link', { name: 'Rename or remove' }).click();
  const title = teacher.getByLabel('Title');
  await title.fill(`${'Long '.repeat(41)}`);
  await teacher.getByRole('button', { name: 'Save title' }).click();
  await expect(teacher.getByText('Use at most 200 characters.')).toBeVisible();
  await expect(title).toHaveValue('Long '.repeat(41));
  await title.fill(`Renamed ${suffix}`);
  await teacher.getByRole('button', { name: 'Save title' }).click();
  await expect(teacher.getByRole('status')).toHaveText(`Renamed to “Renamed ${suffix}”.`);
  await expect(teacher.getByRole('heading', { level: 1 })).toHaveText(`Rename or remove: Renamed ${suffix}`);

  // Used, so it can only be archived.
  await expect(teacher.getByText(/It has been used \(1 quiz attempt, 1 assignment/)).toBeVisible();
  await teacher.getByRole('button', { name: 'Archive this article' }).click();
  await expect(teacher.getByRole('heading', { name: 'Archived', exact: true })).toBeVisible();

  await student.goto('/');
  await expect(student.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await expect(student.getByRole('main')).not.toContainText(`Renamed ${suffix}`);
  await student.goto(resultsUrl);
  await expect(student.getByRole('main')).toContainText(`Archived quiz ${suffix}`);
  await expect(student.getByRole('heading', { level: 1 })).toHaveText('3/3 (100%)');
  await teacher.goto(reportUrl);
  await expect(teacher.getByRole('main')).toContainText(pupil.name);

  // Teachers still list it, under Archived, and can restore it.
  await teacher.goto('/teach');
  await teacher.getByRole('region', { name: /Archived/ }).getByRole('link', { name: new RegExp(`Renamed ${suffix}`) }).click();
  await teacher.getByRole('link', { name: 'Restore it' }).click();
  await teacher.getByRole('button', { name: 'Restore to the library' }).click();
  await expect(teacher.getByText(/Restored: it is back in the library/)).toBeVisible();
  await student.goto('/');
  await expect(student.getByRole('main')).toContainText(`Renamed ${suffix}`);
});

test('approve all drafts of an article, after a confirmation that counts them', async ({ page }) => {
  test.setTimeout(120_000);
  const article = seed<{ slug: string; title: string }>('draft-article', Date.now().toString(36));
  await signIn(page, 'teacher@gleaner.test', 'gleaner-teacher-demo');
  await page.goto(`/teach/articles/${article.slug}`);
  await page.getByRole('link', { name: 'Approve all 3 drafts…' }).click();
  await expect(page.getByRole('heading', { name: 'Approve all 3 drafts?' })).toBeVisible();
  await page.getByRole('button', { name: 'Approve 3 drafts' }).click();
  await expect(page).toHaveURL(/status=approved/);
  await expect(page.getByRole('status')).toContainText('Approved 3 drafts.');
  await expect(page.getByRole('link', { name: 'To review (0)' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Approved (3)' })).toBeVisible();
});

test('add an article: a title over 200 characters is not cut in the field, and is refused with its length', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'teacher@gleaner.test', 'gleaner-teacher-demo');
  await page.goto('/teach/add-article');
  const long = `T${'i'.repeat(229)}`;
  const title = page.getByLabel('Title');
  await title.focus();
  // Typed as a browser types a paste: a maxlength would cut it here, silently.
  await page.keyboard.insertText(long);
  await expect(title).toHaveValue(long);
  await page.getByLabel('Source').fill('E2E');
  await page.getByLabel('Article text').fill(Array.from({ length: 12 }, (_, i) => `Glaciers move slowly down valley number ${i + 1}.`).join(' '));
  await page.getByRole('button', { name: /^Add/ }).click();
  await expect(page.getByText('This title has 230 characters; use at most 200.')).toBeVisible();
  await expect(title).toHaveValue(long);
});

test('the quiz page’s skip link jumps to the question without asking the server for the page again', async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, newStudent('skip'));
  const { slug } = seed<{ slug: string }>('assignable-article', `skip-${Date.now().toString(36)}`);
  await page.goto(`/articles/${slug}`);
  await page.getByRole('button', { name: 'Take the quiz' }).click();
  await answerQuestion(page, 1, ANSWERS);
  await expect(page.getByRole('heading', { name: 'Question 2 of 3' })).toBeVisible();
  const pageRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('_rsc=') || r.headers()['rsc']) pageRequests.push(r.url());
  });
  await page.keyboard.press('Control+Home');
  await page.locator('body').focus();
  await page.getByRole('link', { name: 'Skip to content' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await page.waitForTimeout(1500);
  expect(pageRequests).toEqual([]);
  await expect(page.getByRole('heading', { name: 'Question 2 of 3' })).toBeVisible();
});
