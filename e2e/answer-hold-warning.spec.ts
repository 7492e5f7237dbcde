// Assigning questions that another of the teacher's assignments still holds the answers back
// for: the assign form and the edit form say which assignment, until when, and what it means
// for this one, before the teacher saves — following the questions, dates and review setting
// as they are changed.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { seed, signIn } from './support/factories';

const pad = (n: number) => String(n).padStart(2, '0');
/** A `datetime-local` value in this machine's zone (the browser's too). */
const localInput = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
const days = (n: number) => new Date(Date.now() + n * 86_400_000);

async function createClass(page: Page, name: string) {
  await page.goto('/teach/classes');
  await page.getByLabel('Class name').fill(name);
  await page.getByRole('button', { name: 'Create class' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

async function shoot(page: Page, name: string) {
  for (const [label, width, height] of [['phone', 390, 844], ['desktop', 1280, 900]] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `tmp/h3-${name}-${label}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('the assign and edit forms warn about another class’s assignment that holds the answers back', async ({ page }) => {
  test.setTimeout(180_000);
  const suffix = Date.now().toString(36);
  const article = seed<{ slug: string; title: string }>('assignable-article', `holds-${suffix}`);
  await signIn(page, 'teacher@gleaner.test', 'gleaner-teacher-demo');

  // Class A gets the questions first, answers shown after a due time ten days away.
  const classA = `Holds A ${suffix}`;
  await createClass(page, classA);
  await page.getByRole('link', { name: 'New assignment' }).click();
  await page.getByRole('link', { name: article.title }).click();
  await expect(page.getByRole('note')).toHaveCount(0);
  await page.getByLabel('Title', { exact: true }).fill('Reef check A');
  await page.getByLabel('Due', { exact: true }).fill(localInput(days(10)));
  await page.getByRole('button', { name: 'Assign to the class' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reef check A' })).toBeVisible();

  // Class B, same article: the form names A, its class and until when, before anything is saved.
  const classB = `Holds B ${suffix}`;
  await createClass(page, classB);
  await page.getByRole('link', { name: 'New assignment' }).click();
  await page.getByRole('link', { name: article.title }).click();
  const warning = page.getByRole('note').filter({ hasText: 'holds back' });
  await expect(warning).toContainText('Another assignment still holds back answers to these questions');
  await expect(warning).toContainText(`Reef check A (${classA}) holds back the answers to 3 of these questions until`);
  await expect(warning.getByRole('link', { name: 'Reef check A' })).toBeVisible();
  await expect(warning.getByRole('listitem').locator('time')).toHaveText(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}$/);
  // The default due time (a week) is before A's: "after the due time" would show them sooner.
  await expect(warning).toContainText('Students here would see them after this assignment’s due time');
  await expect(page.getByRole('button', { name: 'Assign to the class' })).toHaveAttribute('aria-describedby', 'answer-holds');

  // It follows the form: a review right after submitting, then a due time after A's.
  await page.getByLabel('Students see correct answers').selectOption('immediately');
  await expect(warning).toContainText('would see them right after submitting');
  await expect(warning).toContainText('To keep them back');
  await shoot(page, 'assign-warning');
  await expectNoAxeViolations(page, 'assign form with a warning');
  await page.getByLabel('Students see correct answers').selectOption('after_due');
  await page.getByLabel('Due', { exact: true }).fill(localInput(days(12)));
  await expect(warning).toContainText('With these settings this assignment does not show them sooner.');
  await expect(warning).not.toContainText('To keep them back');

  // Only the questions chosen count; none of A's chosen, or opening after A is done: no warning.
  await page.getByRole('radio', { name: 'Only the questions I tick below' }).check();
  await expect(warning).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Assign to the class' })).not.toHaveAttribute('aria-describedby', /.+/);
  await page.getByText('Approved questions (3)').click();
  await page.getByRole('checkbox', { name: /Capital of France/ }).check();
  await expect(warning).toContainText('holds back the answers to 1 of these questions');
  await page.getByLabel('Opens', { exact: true }).fill(localInput(days(11)));
  await expect(warning).toHaveCount(0);
  await page.getByLabel('Opens', { exact: true }).fill('');
  await expect(warning).toContainText('1 of these questions');

  // Saved anyway (it is a warning, not a refusal), with answers right after submitting.
  await page.getByLabel('Title', { exact: true }).fill('Reef check B');
  await page.getByLabel('Students see correct answers').selectOption('immediately');
  await page.getByRole('button', { name: 'Assign to the class' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reef check B' })).toBeVisible();

  // B's edit form names A too, and follows the review setting and due time.
  await page.getByRole('link', { name: 'Edit the schedule and rules' }).click();
  const editWarning = page.getByRole('note').filter({ hasText: 'holds back' });
  await expect(editWarning).toContainText(`Reef check A (${classA}) holds back the answers to 1 of these questions until`);
  await expect(editWarning).toContainText('would see them right after submitting');
  await shoot(page, 'edit-warning');
  await expectNoAxeViolations(page, 'edit form with a warning');
  await page.getByLabel('Students see correct answers').selectOption('never');
  await expect(editWarning).toContainText('does not show them sooner');
  // "Never" hides the review only: past its due time B's questions return to its students'
  // flashcards, so a due time before A's hold ends shows them sooner all the same.
  await page.getByLabel('Due', { exact: true }).fill(localInput(days(7)));
  await expect(editWarning).toContainText('after this assignment’s due time (on their flashcards');
  await expect(editWarning).toContainText('set this assignment’s due time after');

  // Back in class A, a second assignment on the same questions is told about both, A as "this class".
  await page.goto('/teach/classes');
  await page.getByRole('link', { name: classA }).click();
  await page.getByRole('link', { name: 'New assignment' }).click();
  await page.getByRole('link', { name: article.title }).click();
  const both = page.getByRole('note').filter({ hasText: 'holds back' });
  await expect(both).toContainText('2 other assignments still hold back answers to these questions');
  await expect(both).toContainText('Reef check A (this class) holds back the answers to 3 of these questions');
  await expect(both).toContainText('in this assignment’s review too');
  await expect(both).toContainText(`Reef check B (${classB}) holds back the answers to 1 of these questions`);
  await shoot(page, 'assign-warning-same-class');
});

test('a form left open stops warning once the hold has ended (the clock runs on)', async ({ page }) => {
  test.setTimeout(120_000);
  const suffix = Date.now().toString(36);
  const article = seed<{ slug: string; title: string }>('assignable-article', `holds-clock-${suffix}`);
  await signIn(page, 'teacher@gleaner.test', 'gleaner-teacher-demo');
  const className = `Holds clock ${suffix}`;
  await createClass(page, className);
  // A first assignment whose answers are held back for two hours.
  await page.getByRole('link', { name: 'New assignment' }).click();
  await page.getByRole('link', { name: article.title }).click();
  await page.getByLabel('Title', { exact: true }).fill('Two-hour check');
  await page.getByLabel('Due', { exact: true }).fill(localInput(new Date(Date.now() + 2 * 3_600_000)));
  await page.getByRole('button', { name: 'Assign to the class' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Two-hour check' })).toBeVisible();

  // A second one, its form opened now and left open: the warning is right, at first…
  await page.clock.install();
  await page.goto('/teach/classes');
  await page.getByRole('link', { name: className }).click();
  await page.getByRole('link', { name: 'New assignment' }).click();
  await page.getByRole('link', { name: article.title }).click();
  const warning = page.getByRole('note').filter({ hasText: 'holds back' });
  await expect(warning).toContainText('Two-hour check (this class) holds back the answers to 3 of these questions');
  const submit = page.getByRole('button', { name: 'Assign to the class' });
  await expect(submit).toHaveAttribute('aria-describedby', 'answer-holds');
  // …and three hours later, with nothing touched, the hold is over and so is the warning.
  await page.clock.fastForward('03:00:00');
  await expect(warning).toHaveCount(0);
  await expect(submit).not.toHaveAttribute('aria-describedby', /.+/);
  await shoot(page, 'assign-warning-after-hold');
});
