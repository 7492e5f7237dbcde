// Wide tables on a phone say that they scroll (components/scroll-table.tsx): a cue and an edge
// shadow while there is more to the side, a labelled region the keyboard can scroll, and no cue
// when the table fits. And one way of writing dates: "My scores" and the results page agree.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { newStudent, seed, signIn, signUp } from './support/factories';

const RIGHT: Record<string, string> = { 'Capital of France?': 'Paris', 'Water boils at 100 °C at sea level.': 'True', 'Who wrote Hamlet?': 'William Shakespeare' };
const DATE_TIME = /^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}$/;

async function answerAll(page: Page) {
  for (let n = 1; n <= 3; n++) {
    await expect(page.getByRole('heading', { name: `Question ${n} of 3` })).toBeVisible();
    const main = await page.getByRole('main').innerText();
    const prompt = Object.keys(RIGHT).find((p) => main.includes(p))!;
    const typed = page.getByLabel('Your answer');
    if (await typed.count()) await typed.fill(RIGHT[prompt]);
    else await page.getByRole('radio', { name: RIGHT[prompt], exact: true }).check();
    await page.getByRole('button', { name: /^(Next|Review)/ }).click();
  }
  await page.getByRole('button', { name: 'Submit quiz' }).click();
}

test('a wide gradebook shows a scroll cue on a phone and none on a laptop', async ({ page }) => {
  test.setTimeout(360_000);
  const article = seed<{ slug: string; title: string }>('assignable-article', `tables-${Date.now().toString(36)}`);
  await signIn(page, 'teacher@gleaner.test', 'gleaner-teacher-demo');
  await page.goto('/teach/classes');
  await page.getByRole('link', { name: 'Demo class 8A' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Demo class 8A' })).toBeVisible();
  const classUrl = page.url();
  // Three more assignments: four columns of grades, wider than a phone.
  for (const title of ['Tables one', 'Tables two', 'Tables three']) {
    await page.goto(classUrl);
    await page.getByRole('link', { name: 'New assignment' }).click();
    await page.getByRole('link', { name: article.title }).click();
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page.getByRole('button', { name: 'Assign to the class' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }
  await page.goto(`${classUrl}/gradebook`);
  const region = page.getByRole('region', { name: /^Grades/ });
  await expect(region).toBeVisible();

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(region).toHaveAccessibleName('Grades (scrolls sideways)');
  await expect(page.getByText('Scroll sideways for more →')).toBeVisible();
  await expect(page.getByTestId('scroll-cue')).toBeVisible();
  await page.screenshot({ path: 'tmp/h3-gradebook-phone.png', fullPage: true });
  await expectNoAxeViolations(page, 'gradebook at 390 px');
  // The keyboard scrolls it; at the end the cue says so.
  await region.focus();
  await expect(region).toBeFocused();
  for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByText('← Scroll back')).toBeVisible();
  await expect(page.getByTestId('scroll-cue')).toHaveCount(0);
  await page.screenshot({ path: 'tmp/h3-gradebook-phone-scrolled.png', fullPage: true });
  // Scrolled, the left shadow is drawn over the scrolling cells only: it begins where the
  // sticky names column ends, so the names stay readable.
  const shadow = page.getByTestId('scroll-cue-left');
  await expect(shadow).toBeVisible();
  const names = (await page.getByRole('columnheader', { name: 'Student' }).boundingBox())!;
  expect((await shadow.boundingBox())!.x).toBeGreaterThanOrEqual(names.x + names.width - 1);
  await expectNoAxeViolations(page, 'gradebook scrolled under its sticky column');

  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(region).toHaveAccessibleName('Grades');
  await expect(page.getByText('Scroll sideways for more →')).toHaveCount(0);
  await expect(region).not.toHaveAttribute('tabindex', /.*/);
  await page.screenshot({ path: 'tmp/h3-gradebook-desktop.png', fullPage: true });
});

test('“My scores” and the results page write the same date the same way', async ({ page }) => {
  const article = seed<{ slug: string; title: string }>('assignable-article', `dates-${Date.now().toString(36)}`);
  await signUp(page, newStudent('dates'));
  await page.goto(`/articles/${article.slug}`);
  await page.getByRole('button', { name: 'Take the quiz' }).click();
  await answerAll(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('3/3 (100%)');
  const submitted = page.getByRole('main').locator('time').first();
  await expect(submitted).toHaveText(DATE_TIME);
  const onResults = await submitted.innerText();

  await page.goto('/scores');
  const row = page.getByRole('row').filter({ hasText: article.title });
  await expect(row.locator('time')).toHaveText(onResults);
  for (const [label, width, height] of [['phone', 390, 844], ['desktop', 1280, 900]] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `tmp/h3-scores-${label}.png`, fullPage: true });
  }
  await expectNoAxeViolations(page, 'my scores');
});
