// A multiple-choice question keeps every choice through the teacher's edit form: one imported
// with six choices is opened, its prompt changed and saved, and all six remain; a four-choice
// question gets a fifth with "Add a choice" (by keyboard); without JavaScript the form shows the
// choices and a disclosure with the rest of the fields up to ten; what a teacher types before the
// page's script has run is kept and nothing on the form moves when it runs. And two tabs approving the same question: the second is told
// calmly that it is already approved. Each test seeds its own article (e2e/support/seed.ts).
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { seed, signIn } from './support/factories';

const SIX = ['Mercury', 'Venus', 'Earth', 'Mars', 'Jupiter', 'Saturn'];
const GIFT = '::Planets:: Which planet has the most moons known today? {~Mercury ~Venus ~Earth ~Mars ~Jupiter =Saturn}\n';
const TEACHER = ['teacher@gleaner.test', 'gleaner-teacher-demo'] as const;

/** An article of our own (THREE_QUESTIONS, approved), and its six-choice question imported from a GIFT file. */
async function articleWithSixChoiceQuestion(page: Page, label: string): Promise<string> {
  const { slug } = seed<{ slug: string }>('assignable-article', `${label}-${Date.now().toString(36)}`);
  await page.goto(`/teach/import?article=${slug}`);
  await page.getByLabel('Question file').setInputFiles({ name: 'planets.gift', mimeType: 'text/plain', buffer: Buffer.from(GIFT) });
  await page.getByRole('button', { name: 'Import questions' }).click();
  await expect(page).toHaveURL(/\?status=approved&imported=1$/);
  return slug;
}

/** The bank's entry for a question, by its prompt. */
const entry = (page: Page, prompt: string) => page.locator('main li[data-question-id]').filter({ hasText: prompt });

async function expectChoiceValues(page: Page, values: string[]) {
  for (const [i, value] of values.entries()) await expect(page.getByLabel(`Choice ${i + 1}`, { exact: true })).toHaveValue(value);
}

test('a six-choice question keeps all six choices when its prompt is edited', async ({ page }) => {
  await signIn(page, ...TEACHER);
  const slug = await articleWithSixChoiceQuestion(page, 'six-choices');
  const imported = entry(page, 'Which planet has the most moons known today?');
  await expect(imported.getByRole('listitem')).toHaveCount(6);
  await imported.getByRole('link', { name: /^Edit question \d+$/ }).click();
  await expect(page.getByRole('heading', { name: 'Edit a question' })).toBeVisible();

  // Every choice is there to edit, the correct one marked, and no more fields than needed.
  await expectChoiceValues(page, SIX);
  await expect(page.getByRole('radio', { name: 'Choice 6 is correct' })).toBeChecked();
  await expect(page.getByLabel(/^Choice \d+$/)).toHaveCount(6);
  await expect(page.getByRole('button', { name: 'Add a choice' })).toBeVisible();
  for (const [label, width, height] of [['390', 390, 844], ['1280', 1280, 900]] as const) {
    await page.setViewportSize({ width, height });
    // Nothing wider than the phone's screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.screenshot({ path: `/tmp/h3-edit-6-choices-${label}.png`, fullPage: true });
  }
  await expectNoAxeViolations(page, 'edit form with six choices');

  await page.getByLabel('Question', { exact: true }).fill('Which planet has the most known moons?');
  await page.getByRole('button', { name: 'Save as a new approved version' }).click();
  await expect(page).toHaveURL(new RegExp(`/teach/articles/${slug}\\?status=approved&saved=edited$`));
  await page.goto(`/teach/articles/${slug}?status=approved`);
  const saved = entry(page, 'Which planet has the most known moons?');
  await expect(saved.getByRole('listitem')).toHaveText(SIX.map((c) => (c === 'Saturn' ? '✓ Saturn (correct)' : `· ${c}`)));
  await saved.getByRole('link', { name: /^Edit question \d+$/ }).click();
  await expectChoiceValues(page, SIX);
  await expect(page.getByRole('radio', { name: 'Choice 6 is correct' })).toBeChecked();
});

test('a fifth choice is added to a four-choice question with "Add a choice", by keyboard', async ({ page }) => {
  const { slug } = seed<{ slug: string }>('assignable-article', `fifth-choice-${Date.now().toString(36)}`);
  await signIn(page, ...TEACHER);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/teach/articles/${slug}?status=approved`);
  await entry(page, 'Capital of France?').getByRole('link', { name: /^Edit question \d+$/ }).click();
  await expectChoiceValues(page, ['Berlin', 'Paris', 'Rome', 'Madrid']);
  await expect(page.getByLabel(/^Choice \d+$/)).toHaveCount(4);

  const add = page.getByRole('button', { name: 'Add a choice' });
  await add.focus();
  await page.keyboard.press('Enter');
  const fifth = page.getByLabel('Choice 5', { exact: true });
  await expect(fifth).toBeFocused();
  await page.keyboard.type('Lisbon');
  // A sixth field left blank is dropped on saving.
  await add.click();
  await expect(page.getByLabel('Choice 6', { exact: true })).toBeFocused();
  await page.screenshot({ path: '/tmp/h3-add-choice-390.png', fullPage: true });
  await page.getByRole('button', { name: 'Save as a new approved version' }).click();
  await expect(page).toHaveURL(new RegExp(`/teach/articles/${slug}\\?status=approved&saved=edited$`));
  await page.goto(`/teach/articles/${slug}?status=approved`);
  await expect(entry(page, 'Capital of France?').getByRole('listitem')).toHaveText(['· Berlin', '✓ Paris (correct)', '· Rome', '· Madrid', '· Lisbon']);
});

test('without JavaScript the form shows every choice, and the rest up to ten behind "Add more choices"', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, ...TEACHER);
  const slug = await articleWithSixChoiceQuestion(page, 'six-choices-nojs');
  await entry(page, 'Which planet has the most moons known today?').getByRole('link', { name: /^Edit question \d+$/ }).click();
  await expectChoiceValues(page, SIX);
  await expect(page.getByLabel(/^Choice \d+$/)).toHaveCount(10);
  // The button needs the script: without it, it is not shown; the fields past six wait behind the disclosure.
  await expect(page.getByRole('button', { name: 'Add a choice' })).toBeHidden();
  await expect(page.getByLabel('Choice 7', { exact: true })).toBeHidden();
  // Only the answer section of the checked type shows, without a script too.
  await expect(page.getByLabel('Expected answer (short answer)')).toBeHidden();
  // Playwright's text matching skips <noscript>, whose content this is: found by its tag instead.
  const more = page.locator('summary');
  expect(await more.textContent()).toBe('Add more choices (up to 10)');
  await more.click();
  await expect(page.getByLabel('Choice 7', { exact: true })).toBeVisible();
  await expectChoiceValues(page, [...SIX, '', '', '', '']);
  await page.getByLabel('Choice 7', { exact: true }).fill('Uranus');
  await page.getByLabel('Choice 10', { exact: true }).fill('Neptune');
  // Clearing a choice in the middle drops it; the mark stays on Saturn.
  await page.getByLabel('Choice 2', { exact: true }).fill('');
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: '/tmp/h3-nojs-10-choices-390.png', fullPage: true });
  await page.getByRole('button', { name: 'Save as a new approved version' }).click();
  await expect(page).toHaveURL(new RegExp(`/teach/articles/${slug}\\?status=approved&saved=edited$`));
  await page.goto(`/teach/articles/${slug}?status=approved`);
  const saved = entry(page, 'Which planet has the most moons known today?');
  await expect(saved.getByRole('listitem')).toHaveText(['· Mercury', '· Earth', '· Mars', '· Jupiter', '✓ Saturn (correct)', '· Uranus', '· Neptune']);
  // Opened again: the seven choices, the rest up to ten still there to fill.
  await saved.getByRole('link', { name: /^Edit question \d+$/ }).click();
  await expectChoiceValues(page, ['Mercury', 'Earth', 'Mars', 'Jupiter', 'Saturn', 'Uranus', 'Neptune']);
  await expect(page.getByLabel(/^Choice \d+$/)).toHaveCount(10);
  await context.close();
});

test('without JavaScript a new question takes ten choices, the tenth marked correct', async ({ browser }) => {
  const { slug } = seed<{ slug: string }>('assignable-article', `ten-choices-nojs-${Date.now().toString(36)}`);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, ...TEACHER);
  await page.goto(`/teach/articles/${slug}/new`);
  await expect(page.getByLabel(/^Choice \d+$/).filter({ visible: true })).toHaveCount(4);
  await page.getByLabel('Question', { exact: true }).fill('Which is the tenth planet named here?');
  // Playwright's text matching skips <noscript>, whose content this is: found by its tag instead.
  await page.locator('summary').click();
  const ten = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8', 'P9', 'P10'];
  for (const [i, value] of ten.entries()) await page.getByLabel(`Choice ${i + 1}`, { exact: true }).fill(value);
  await page.getByLabel('Choice 10 is correct').check();
  await page.screenshot({ path: '/tmp/h3-nojs-new-10-1280.png', fullPage: true });
  await page.getByRole('button', { name: 'Add question' }).click();
  await expect(page).toHaveURL(new RegExp(`/teach/articles/${slug}\\?status=approved&saved=added$`));
  await expect(page.getByRole('status').filter({ hasText: 'Question added and approved' })).toBeVisible();
  await page.goto(`/teach/articles/${slug}?status=approved`);
  await expect(entry(page, 'Which is the tenth planet named here?').getByRole('listitem')).toHaveText(
    ten.map((c) => (c === 'P10' ? '✓ P10 (correct)' : `· ${c}`)),
  );
  await context.close();
});

test('what a teacher types before the script runs is kept, and nothing moves when it runs', async ({ page }) => {
  const { slug } = seed<{ slug: string }>('assignable-article', `before-hydration-${Date.now().toString(36)}`);
  await signIn(page, ...TEACHER);
  await page.goto(`/teach/articles/${slug}?status=approved`);
  const edit = await entry(page, 'Capital of France?').getByRole('link', { name: /^Edit question \d+$/ }).getAttribute('href');
  // Hold the page's scripts back (not its styles): the teacher works on the server's HTML meanwhile.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route((url) => url.pathname.startsWith('/_next/static/') && url.pathname.endsWith('.js'), async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(edit!, { waitUntil: 'commit' });
  const save = page.getByRole('button', { name: 'Save as a new approved version' });
  await expect(save).toBeVisible();
  const isHydrated = () => page.evaluate(() => Object.keys(document.querySelector('main form') ?? {}).some((k) => k.startsWith('__reactFiber')));
  expect(await isHydrated()).toBe(false);
  // Every choice field the page shows is filled in (whatever their number), and the prompt changed.
  const fields = page.getByLabel(/^Choice \d+$/).filter({ visible: true });
  const shown = await fields.count();
  const typed = ['Berlin', 'Paris', 'Rome', 'Lisbon', 'Vienna', 'Prague'].slice(0, shown);
  for (const [i, value] of typed.entries()) await page.getByLabel(`Choice ${i + 1}`, { exact: true }).fill(value);
  await page.getByLabel('Question', { exact: true }).fill('Capital of France, again?');
  await expect(page.getByLabel('Expected answer (short answer)')).toBeHidden();
  const before = await save.boundingBox();

  release();
  await expect.poll(isHydrated).toBe(true);
  await page.waitForLoadState('load');
  // Nothing typed is gone, no field came or went, nothing moved.
  await expectChoiceValues(page, typed);
  await expect(page.getByLabel(/^Choice \d+$/).filter({ visible: true })).toHaveCount(shown);
  await expect(page.getByLabel('Question', { exact: true })).toHaveValue('Capital of France, again?');
  await expect(page.getByLabel('Choice 2 is correct')).toBeChecked();
  expect(await save.boundingBox()).toEqual(before);

  // Now the button works: one more field, focused.
  await page.getByRole('button', { name: 'Add a choice' }).click();
  await expect(page.getByLabel(`Choice ${shown + 1}`, { exact: true })).toBeFocused();
  await page.keyboard.type('Madrid');
  await save.click();
  await expect(page).toHaveURL(new RegExp(`/teach/articles/${slug}\\?status=approved&saved=edited$`));
  await page.goto(`/teach/articles/${slug}?status=approved`);
  await expect(entry(page, 'Capital of France, again?').getByRole('listitem')).toHaveText(
    [...typed, 'Madrid'].map((c) => (c === 'Paris' ? '✓ Paris (correct)' : `· ${c}`)),
  );
});

test('choices differing only in capital letters are refused, naming the earlier one', async ({ page }) => {
  const { slug } = seed<{ slug: string }>('assignable-article', `case-choices-${Date.now().toString(36)}`);
  await signIn(page, ...TEACHER);
  await page.goto(`/teach/articles/${slug}?status=approved`);
  await entry(page, 'Capital of France?').getByRole('link', { name: /^Edit question \d+$/ }).click();
  await page.getByLabel('Choice 4', { exact: true }).fill('PARIS');
  await page.getByRole('button', { name: 'Save as a new approved version' }).click();
  const fourth = page.getByLabel('Choice 4', { exact: true });
  await expect(fourth).toHaveAccessibleDescription(/Differs from choice 2 only in capital letters/);
  await expect(fourth).toHaveAttribute('aria-invalid', 'true');
  await expect(fourth).toHaveValue('PARIS');
});

test('approving in two tabs: the second is told it is already approved, calmly', async ({ page, context }) => {
  const { slug } = seed<{ slug: string }>('assignable-article', `two-tabs-${Date.now().toString(36)}`);
  await signIn(page, ...TEACHER);
  const url = `/teach/articles/${slug}?status=approved`;
  await page.goto(url);
  const other = await context.newPage();
  await other.goto(url);

  // Both tabs reject question 1: the second finds it rejected already.
  await page.getByRole('button', { name: 'Reject question 1', exact: true }).click();
  await expect(page.locator('#decision-status')).toHaveText('Rejected: “Capital of France?”');
  await other.getByRole('button', { name: 'Reject question 1', exact: true }).click();
  await expect(other.locator('#decision-status')).toHaveText('Already rejected — nothing to do: “Capital of France?”');
  await expect(other.locator('#decision-notice')).not.toContainText('changed');
  await expect(other.getByRole('button', { name: 'Undo', exact: true })).toHaveCount(0);
  // The list shows it as it is.
  await expect(other.getByRole('link', { name: 'Approved (2)' })).toBeVisible();
  await expect(other.getByRole('link', { name: 'Rejected (1)' })).toBeVisible();

  // Both approve it again from the rejected list.
  const rejected = `/teach/articles/${slug}?status=rejected`;
  await page.goto(rejected);
  await other.goto(rejected);
  await page.getByRole('button', { name: 'Approve question 1', exact: true }).click();
  await expect(page.locator('#decision-status')).toHaveText('Approved: “Capital of France?”');
  await other.getByRole('button', { name: 'Approve question 1', exact: true }).click();
  await expect(other.locator('#decision-status')).toHaveText('Already approved — nothing to do: “Capital of France?”');
  await expect(other.getByRole('link', { name: 'Approved (3)' })).toBeVisible();
  await other.setViewportSize({ width: 390, height: 844 });
  await other.locator('#decision-notice').scrollIntoViewIfNeeded();
  await other.screenshot({ path: '/tmp/h3-already-approved-390.png' });
  await other.close();
});
