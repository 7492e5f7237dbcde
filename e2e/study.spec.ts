// Study mode in Chromium: the whole keyboard flow on a seeded deck (turn over, type, grade,
// undo, survive a reload), two tabs grading one card, forms without JavaScript, touch-sized
// buttons on a phone, the Today page, and axe checks with screenshots at 390 and 1280 px.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { newStudent, seed, signUp, type TestUser } from './support/factories';

interface Deck {
  slug: string;
}

/** The card's keys work once it has hydrated; it marks itself then. */
const keysReady = (page: Page) => expect(page.locator('[data-keys-ready]')).toBeVisible();

const counts = (page: Page) => ({
  new: page.getByTestId('count-new'),
  learning: page.getByTestId('count-learning'),
  due: page.getByTestId('count-due'),
});

async function axe(page: Page, name: string) {
  await expectNoAxeViolations(page, name);
  await page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });
}

async function newDeckAndStudent(page: Page): Promise<{ deck: Deck; student: TestUser }> {
  const deck = seed<Deck>('study-deck', '');
  const student = newStudent('study');
  await signUp(page, student);
  return { deck, student };
}

test('study a deck by keyboard: type, turn over, grade, undo, and keep it all after a reload', async ({ page }) => {
  test.slow(); // three seeding child processes (tsx), each several seconds on a busy 2-core machine
  const { deck, student } = await newDeckAndStudent(page);
  await page.goto(`/articles/${deck.slug}`);
  await page.getByRole('link', { name: 'Study flashcards' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Study' })).toBeVisible();
  await expect(page).toHaveTitle(/^Study: .+ · Gleaner$/);
  const c = counts(page);
  await expect(c.new).toHaveText('5');

  // Card 1 (Jupiter) is typable: the answer field has focus; a typo is forgiven and shown.
  await expect(page.getByRole('heading', { name: 'Largest planet' })).toBeVisible();
  await expect(page.getByLabel('Type your answer')).toBeFocused();
  await keysReady(page);
  // A mouse and keyboard are told the keys.
  await expect(page.getByText('Keys: Space or Enter shows the answer')).toBeVisible();
  await page.keyboard.type('Jupitre');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Right, with one typo.')).toBeVisible();
  await expect(page.getByTestId('typed-diff')).toBeVisible();
  await expect(page.getByText('Jupiter is the largest planet.')).toBeVisible();
  // Each button shows its next interval ("Good · 10m"); screen readers hear "next review in 10 minutes".
  await expect(page.getByRole('button', { name: /^Good\b.*next review in \d+ minutes/ })).toHaveText(/^Good · \d+m/);
  await page.keyboard.press('3');

  // Card 2 (Mars): Space turns it over from the empty answer field, as from anywhere else.
  await expect(page.getByRole('heading', { name: 'Red planet' })).toBeVisible();
  await expect(c.new).toHaveText('4');
  await expect(c.learning).toHaveText('1');
  await expect(page.getByLabel('Type your answer')).toBeFocused();
  // Esc leaves the answer field (so U and the grades are keys again); back in it, Space turns over.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Red planet' })).toBeFocused();
  await page.getByLabel('Type your answer').focus();
  await page.keyboard.press('Space');
  await expect(page.getByText('Mars is called the red planet.')).toBeVisible();
  await page.keyboard.press('1');

  // Card 3, a multiple-choice question: Enter turns it over; the back shows the right choice.
  await expect(page.getByRole('heading', { name: 'Capital of France?' })).toBeVisible();
  await page.getByRole('heading', { name: 'Capital of France?' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Answer')).toContainText('Paris');
  await page.keyboard.press('4');
  await expect(page.getByRole('heading', { name: 'Water boils at 100 °C at sea level.' })).toBeVisible();
  await expect(c.new).toHaveText('2');
  await expect(c.learning).toHaveText('2');

  // A reload keeps every grade: the schedule lives in the database.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Water boils at 100 °C at sea level.' })).toBeVisible();
  await expect(c.new).toHaveText('2');
  expect(seed<{ rating: number }[]>('study-logs', student.email).map((l) => l.rating)).toEqual([3, 1, 4]);
  await keysReady(page);

  // U takes back the last grade (Easy on the France card), which comes back to be graded again.
  await page.keyboard.press('u');
  await expect(page.getByText('Grade undone')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Capital of France?' })).toBeVisible();
  await expect(c.new).toHaveText('3');
  expect(seed<{ rating: number }[]>('study-logs', student.email).map((l) => l.rating)).toEqual([3, 1]);
  await page.getByRole('heading', { name: 'Capital of France?' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByLabel('Answer')).toContainText('Paris');
  await page.keyboard.press('3');
  // What comes next depends on the clock (Mars, graded Again, is due a minute later).
  await expect(page.getByRole('heading', { name: 'Capital of France?' })).toHaveCount(0);
  expect(seed<{ rating: number }[]>('study-logs', student.email).map((l) => l.rating)).toEqual([3, 1, 3]);
});

test.describe('on a touch phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('no answer box takes the focus (the keyboard would cover the card) and no key hints show', async ({ page }) => {
    test.slow(); // seeding runs a tsx child process
    const { deck } = await newDeckAndStudent(page);
    await page.goto(`/articles/${deck.slug}/study`);
    await keysReady(page);
    // The front's heading has the focus, as a screen reader wants; the typable card's box does not.
    await expect(page.getByRole('heading', { name: 'Largest planet' })).toBeFocused();
    await expect(page.getByLabel('Type your answer')).not.toBeFocused();
    await expect(page.getByText('Keys: Space or Enter shows the answer')).toBeHidden();
    await page.getByRole('button', { name: 'Show answer' }).tap();
    await expect(page.getByLabel('Answer')).toBeFocused();
    await expect(page.getByText('key 3', { exact: true })).toBeHidden();
    await expect(page.getByText('Keys: Space or Enter shows the answer')).toBeHidden();
    await page.getByRole('button', { name: /^Good/ }).tap();
    // The next card is typable too: still no focus in its box.
    await expect(page.getByRole('heading', { name: 'Red planet' })).toBeFocused();
    await expect(page.getByLabel('Type your answer')).not.toBeFocused();
  });
});

test('two tabs grading the same card count it once', async ({ page, context }) => {
  const { deck, student } = await newDeckAndStudent(page);
  const other = await context.newPage();
  for (const p of [page, other]) {
    await p.goto(`/articles/${deck.slug}/study`);
    await p.getByRole('button', { name: 'Show answer' }).click();
    await expect(p.getByRole('button', { name: /^Good/ })).toBeVisible();
  }
  await page.getByRole('button', { name: /^Good/ }).click();
  await expect(page.getByRole('heading', { name: 'Red planet' })).toBeVisible();
  await other.getByRole('button', { name: /^Easy/ }).click();
  await expect(other.getByText('already graded')).toBeVisible();
  await expect(other.getByRole('heading', { name: 'Red planet' })).toBeVisible();
  expect(seed<{ rating: number }[]>('study-logs', student.email).map((l) => l.rating)).toEqual([3]);
});

test('studying works without JavaScript', async ({ browser }) => {
  const deck = seed<Deck>('study-deck', '');
  const student = newStudent('nojs');
  const withJs = await browser.newContext();
  await signUp(await withJs.newPage(), student);
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await withJs.storageState() });
  const page = await context.newPage();
  await page.goto(`/articles/${deck.slug}/study`);
  await page.getByLabel('Type your answer').fill('jupiter');
  await page.getByRole('button', { name: 'Show answer' }).click();
  await expect(page.getByText('Your answer is right.')).toBeVisible();
  await page.getByRole('button', { name: /^Good/ }).click();
  await expect(page.getByRole('heading', { name: 'Red planet' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo last grade' }).click();
  await expect(page.getByRole('heading', { name: 'Largest planet' })).toBeVisible();
  expect(seed<unknown[]>('study-logs', student.email)).toHaveLength(0);
  await context.close();
  await withJs.close();
});

const WIDTHS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
];

for (const viewport of WIDTHS) {
  test(`study and Today pages are accessible at ${viewport.width} px`, async ({ page }) => {
    test.slow(); // several pages, each with an axe run and a screenshot
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    const { deck } = await newDeckAndStudent(page);
    await page.goto(`/articles/${deck.slug}/study`);
    await expect(page.getByRole('heading', { name: 'Largest planet' })).toBeVisible();
    await axe(page, `study-front-${viewport.name}`);
    await page.getByLabel('Type your answer').fill('Jupitre');
    await page.getByRole('button', { name: 'Show answer' }).click();
    await expect(page.getByRole('button', { name: /^Good/ })).toBeVisible();
    await axe(page, `study-back-${viewport.name}`);
    // Touch targets: every grading button is at least 44 px tall.
    for (const button of await page.getByRole('group').getByRole('button').all()) {
      expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    }
    await page.getByRole('button', { name: /^Easy/ }).click();
    for (let i = 0; i < 4; i++) {
      await expect(counts(page).new).toHaveText(String(4 - i));
      await page.getByRole('button', { name: 'Show answer' }).click();
      await page.getByRole('button', { name: /^Easy/ }).click();
    }
    // Easy sends each new card days ahead, so nothing is left for now: the session summary shows.
    await expect(page.getByRole('heading', { name: 'All done for now' })).toBeVisible();
    // No card, so no card keys to explain.
    await expect(page.getByText('Keys: Space or Enter shows the answer')).toHaveCount(0);
    await axe(page, `study-summary-${viewport.name}`);

    // A shipped article's deck: the generator's flashcards, stored at import, with their source sentence.
    await page.goto('/articles/putin-offers-mediation-south-caucasus/study');
    await expect(counts(page).new).not.toHaveText('0');
    await page.getByRole('button', { name: 'Show answer' }).click();
    await expect(page.getByLabel('Answer').locator('blockquote')).toBeVisible();
    await axe(page, `study-article-${viewport.name}`);

    await page.getByRole('link', { name: 'Today', exact: true }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    await expect(page.getByText(/streak 1 day/)).toBeVisible();
    await expect(page.getByRole('cell', { name: /: 5 reviews$/ })).toHaveCount(1);
    await axe(page, `today-${viewport.name}`);
    // Out of range is refused by the browser first (and by the action's schema if it gets there).
    await page.getByLabel('Desired retention (%)').fill('99');
    expect(await page.getByLabel('Desired retention (%)').evaluate((el: HTMLInputElement) => el.checkValidity())).toBe(false);
    await page.getByLabel('Desired retention (%)').fill('85');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Saved: cards will be scheduled for 85% recall.')).toBeVisible();
  });
}

test.describe('the Today page in the student’s time zone', () => {
  // A zone whose calendar day differs from UTC's right now (+14 h from 10:00 UTC, -11 h before 11:00),
  // so a review counted on the UTC day would land in the wrong cell.
  const zone = new Date().getUTCHours() >= 10 ? 'Pacific/Kiritimati' : 'Pacific/Pago_Pago';
  test.use({ timezoneId: zone });

  test('counts today’s review on the student’s own day', async ({ page }) => {
    test.slow(); // seeding runs a tsx child process
    const { deck } = await newDeckAndStudent(page);
    await page.goto(`/articles/${deck.slug}/study`);
    await keysReady(page);
    await page.getByRole('button', { name: 'Show answer' }).click();
    await page.getByRole('button', { name: /^Good/ }).click();
    await expect(counts(page).new).toHaveText('4');

    await page.goto('/today');
    const localDay = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
    const label = new Date(`${localDay}T00:00:00Z`).toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
    await expect(page.getByRole('cell', { name: `${label}: 1 review` })).toHaveCount(1);
    await expect(page.getByText('1 review today')).toBeVisible();
    await expect(page.getByText(/in the last 12 weeks$/)).toBeVisible(); // no "(UTC days)" once the zone is known
  });
});
