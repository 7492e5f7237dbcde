// axe-core finds no violations on the library, article, sign-in, quiz, results and scores pages,
// at a phone's width and a laptop's; screenshots of each land in screenshots/ to be looked at.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { newStudent, signUp } from './support/factories';

const WIDTHS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
];

async function check(page: Page, name: string) {
  await expectNoAxeViolations(page, name);
  await page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });
}

for (const viewport of WIDTHS) {
  test(`pages are accessible at ${viewport.width} px`, async ({ page }) => {
    test.slow(); // eight pages, each with an axe run and a full-page screenshot
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await page.goto('/');
    await check(page, `library-${viewport.name}`);
    await page.goto('/sign-in');
    await check(page, `sign-in-${viewport.name}`);

    await signUp(page, newStudent());
    await page.goto('/articles/putin-offers-mediation-south-caucasus');
    await check(page, `article-${viewport.name}`);
    await page.getByRole('button', { name: 'Take the quiz' }).click();
    await expect(page.getByRole('heading', { name: 'Question 1 of 10' })).toBeVisible();
    const typed = page.getByLabel('Your answer');
    if (await typed.count()) await typed.fill('an answer');
    else await page.getByRole('radio').nth(1).check();
    await check(page, `quiz-${viewport.name}`);

    await page.getByRole('link', { name: 'Review and submit' }).click();
    await check(page, `review-${viewport.name}`);
    await page.getByRole('button', { name: /Submit/ }).click();
    await expect(page).toHaveURL(/\/results$/);
    await check(page, `results-${viewport.name}`);
    await page.getByRole('main').getByRole('link', { name: 'Show in the article' }).first().click();
    await expect(page.locator('mark#source')).toBeVisible();
    await check(page, `article-highlight-${viewport.name}`);
    await page.goto('/scores');
    await check(page, `scores-${viewport.name}`);
  });
}
