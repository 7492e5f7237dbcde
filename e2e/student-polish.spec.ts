// What a student QA tour (keyboard, a 320–390 px phone, a 1280 px laptop) found, one test each.
import { expect, test, type Page } from '@playwright/test';
import { createClassAs, newStudent, seed, signIn, signUp } from './support/factories';

interface Deck {
  slug: string;
}

/** The card's keys work once it has hydrated; it marks itself then. */
const keysReady = (page: Page) => expect(page.locator('[data-keys-ready]')).toBeVisible();

async function studentWithDeck(page: Page, label: string): Promise<{ deck: Deck; email: string }> {
  const deck = seed<Deck>('study-deck', '');
  const student = newStudent(label);
  await signUp(page, student);
  return { deck, email: student.email };
}

test('undo the last grade from the answer box with Ctrl+Z, without typing a "u" into it', async ({ page }) => {
  test.slow(); // seeding runs tsx child processes
  const { deck, email } = await studentWithDeck(page, 'undo-box');
  await page.goto(`/articles/${deck.slug}/study`);
  await expect(page.getByRole('heading', { name: 'Largest planet' })).toBeVisible();
  await expect(page.getByLabel('Type your answer')).toBeFocused();
  await keysReady(page);
  await page.keyboard.type('jupiter');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Your answer is right.')).toBeVisible();
  await page.keyboard.press('3');

  // The next card's box has the focus again; Ctrl+Z in it, still empty, takes the grade back.
  await expect(page.getByRole('heading', { name: 'Red planet' })).toBeVisible();
  const box = page.getByLabel('Type your answer');
  await expect(box).toBeFocused();
  await keysReady(page);
  await page.keyboard.press('Control+z');
  await expect(page.getByText('Grade undone')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Largest planet' })).toBeVisible();
  expect(seed<{ rating: number }[]>('study-logs', email)).toEqual([]);

  // In the box a "u" is a letter, and Ctrl+Z undoes typing there, not a grade.
  await expect(box).toBeFocused();
  await keysReady(page);
  await page.keyboard.type('u');
  await expect(box).toHaveValue('u');
  await expect(page.getByRole('button', { name: /Undo last grade/ })).toHaveCount(0);
  // The visible button is still there once there is a grade to undo.
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: /^Good/ })).toBeVisible();
  await page.keyboard.press('3');
  await expect(page.getByRole('heading', { name: 'Red planet' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Undo last grade/ })).toBeVisible();
  await keysReady(page);
  await page.keyboard.type('ma');
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('heading', { name: 'Red planet' })).toBeVisible();
  await expect(page.getByText('Grade undone')).toHaveCount(0);
  expect(seed<{ rating: number }[]>('study-logs', email).map((l) => l.rating)).toEqual([3]);
  // The hint names the key that works from the box.
  await expect(page.getByText(/Keys: .*Ctrl\+Z/)).toBeVisible();
});

for (const [who, email, password] of [
  ['a student', 'ada@gleaner.test', 'gleaner-student-demo'],
  ['a teacher', 'teacher@gleaner.test', 'gleaner-teacher-demo'],
  ['an admin', 'admin@gleaner.test', 'gleaner-admin-demo'],
] as const) {
  test(`the header fits a phone for ${who}: no sideways scrolling, every link on screen`, async ({ page }) => {
    await signIn(page, email, password);
    for (const width of [320, 390, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/today');
      const nav = page.getByRole('navigation', { name: 'Main' });
      const links = nav.getByRole('link');
      expect(await links.count()).toBeGreaterThanOrEqual(4);
      // Nothing inside the header scrolls sideways, and the page does not either.
      const overflowing = await nav.evaluate((el) =>
        [el, ...el.querySelectorAll('*')].filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible').length,
      );
      expect(overflowing, `a scrolling box in the header at ${width} px`).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      for (const link of await links.all()) {
        const box = (await link.boundingBox())!;
        expect(box.x, `${await link.innerText()} at ${width} px`).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, `${await link.innerText()} at ${width} px`).toBeLessThanOrEqual(width);
        expect(box.height).toBeGreaterThanOrEqual(44);
      }
      await expect(nav.getByRole('link', { name: 'My scores' })).toBeInViewport({ ratio: 1 });
      await page.screenshot({ path: `/tmp/sp-shots/header-${who.split(' ')[1]}-${width}.png` });
    }
  });
}

/** Grades every card of the deck Easy (clicks, so it does not matter which kind each card is). */
async function gradeAllEasy(page: Page, slug: string, cards: number) {
  await page.goto(`/articles/${slug}/study`);
  for (let i = 0; i < cards; i++) {
    await page.getByRole('button', { name: 'Show answer' }).click();
    await page.getByRole('button', { name: /^Easy/ }).click();
    await expect(page.getByRole('button', { name: /^Easy/ })).toHaveCount(0);
  }
  await expect(page.getByRole('heading', { name: 'All done for now' })).toBeVisible();
}

test('Today keeps a deck finished for the day in the list, saying so and when it is next due', async ({ page }) => {
  test.slow();
  const { deck } = await studentWithDeck(page, 'today-done');
  await gradeAllEasy(page, deck.slug, 5);
  await page.goto('/today');
  const decks = page.getByRole('region', { name: 'Decks' });
  const item = decks.getByRole('listitem').filter({ has: page.locator(`a[href="/articles/${deck.slug}/study"]`) });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Done for today');
  await expect(item).toContainText(/next due/i);
  await expect(item.locator('time')).toHaveCount(1);
});

test('Today’s heatmap counts can be read without hovering: a summary and a list by day', async ({ page }) => {
  test.slow();
  const { deck } = await studentWithDeck(page, 'heatmap');
  await page.goto(`/articles/${deck.slug}/study`);
  for (let i = 0; i < 2; i++) {
    await page.getByRole('button', { name: 'Show answer' }).click();
    await page.getByRole('button', { name: /^Good/ }).click();
    await expect(page.getByRole('button', { name: /^Good/ })).toHaveCount(0);
  }
  await page.goto('/today');
  const reviews = page.getByRole('region', { name: 'Reviews' });
  await expect(reviews.getByText('2 reviews in the last 30 days')).toBeVisible();
  // The day-by-day counts open by keyboard (and by a tap), no hover needed.
  const disclosure = reviews.getByText('Reviews by day');
  await disclosure.focus();
  await page.keyboard.press('Enter');
  await expect(reviews.getByRole('listitem').filter({ hasText: /^Today: 2 reviews$/ })).toBeVisible();
});

test('/favicon.ico is served, not a 404', async ({ request }) => {
  const response = await request.get('/favicon.ico');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^image\//);
  expect((await response.body()).length).toBeGreaterThan(0);
});

test('joining a class again says "You are already in <class>", by code and by link', async ({ browser }) => {
  test.slow();
  const teacher = await (await browser.newContext()).newPage();
  await signIn(teacher, 'teacher@gleaner.test', 'gleaner-teacher-demo');
  const className = `Chemistry ${Date.now().toString(36)}`;
  const code = await createClassAs(teacher, className);

  const page = await (await browser.newContext()).newPage();
  await signUp(page, newStudent('rejoin'));
  await page.goto('/classes');
  await page.getByLabel('Class code').fill(code);
  await page.getByRole('button', { name: 'Join class' }).click();
  await expect(page.getByRole('status')).toHaveText(`You are in ${className}.`);
  await page.getByLabel('Class code').fill(code.toLowerCase());
  await page.getByRole('button', { name: 'Join class' }).click();
  await expect(page.getByRole('status')).toHaveText(`You are already in ${className}.`);
  await expect(page.getByRole('heading', { level: 2, name: className })).toHaveCount(1);
  await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0);

  await page.goto(`/join/${code}`);
  await expect(page.getByText(`You are already in ${className}.`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Join this class' })).toHaveCount(0);
});
