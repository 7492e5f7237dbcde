// The admin page and a student's classes write dates as every other page does
// (lib/format-date.ts through components/local-time.tsx): "3 Dec 2026, 08:21" in the reader's
// own zone, or "3 Dec 2026" — not a server-side UTC string of their own.
import { expect, test } from '@playwright/test';
import { newStudent, seed, signIn, signUp } from './support/factories';

const DATE_TIME = /^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}$/;
const DATE = /^\d{1,2} [A-Z][a-z]{2} \d{4}$/;

async function shoot(page: import('@playwright/test').Page, name: string) {
  for (const [label, width, height] of [['phone', 390, 844], ['desktop', 1280, 900]] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `tmp/h3-${name}-${label}.png`, fullPage: true });
  }
}

test('admin invites and a student’s classes use the shared date format', async ({ page, browser }) => {
  await signIn(page, 'admin@gleaner.test', 'gleaner-admin-demo');
  await page.goto('/admin');
  await page.getByRole('button', { name: 'Create a teacher invite link' }).click();
  await expect(page.getByRole('heading', { name: /^Unused invites/ })).toBeVisible();
  const invite = page.getByRole('listitem').filter({ hasText: /^Invite 1: made/ });
  await expect(invite.locator('time')).toHaveCount(2);
  await expect(invite.locator('time').first()).toHaveText(DATE_TIME);
  await expect(invite.locator('time').last()).toHaveText(DATE_TIME);
  await expect(invite).not.toContainText('UTC');
  await shoot(page, 'admin-dates');

  const context = await browser.newContext();
  const student = await context.newPage();
  await signIn(student, 'ada@gleaner.test', 'gleaner-student-demo');
  await student.goto('/classes');
  const joined = student.getByText(/· joined/).first().locator('time');
  await expect(joined).toHaveText(DATE);
  await shoot(student, 'classes-dates');
  await context.close();
});

test('the study summary writes the next due card’s date in the shared format', async ({ page }) => {
  test.slow(); // seeding a deck runs a child process
  const deck = seed<{ slug: string }>('study-deck', '');
  await signUp(page, newStudent('dates-study'));
  await page.goto(`/articles/${deck.slug}/study`);
  await expect(page.getByRole('heading', { name: 'Largest planet' })).toBeVisible();
  await page.getByLabel('Type your answer').fill('Jupiter');
  await page.getByRole('button', { name: 'Show answer' }).click();
  await page.getByRole('button', { name: /^Easy/ }).click();
  for (let i = 0; i < 4; i++) {
    await expect(page.getByTestId('count-new')).toHaveText(String(4 - i));
    await page.getByRole('button', { name: 'Show answer' }).click();
    await page.getByRole('button', { name: /^Easy/ }).click();
  }
  const summary = page.getByRole('region', { name: 'All done for now' });
  await expect(summary).toBeVisible();
  await expect(summary.getByText(/The next card is due/).locator('time')).toHaveText(DATE_TIME);
  await expect(summary).not.toContainText('UTC');
  await shoot(page, 'study-summary-dates');
});
