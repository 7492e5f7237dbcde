// Imported short answers with other accepted answers: the import page shows what was left out,
// the question bank lists every accepted answer (at a phone's and a laptop's width), an imported
// question opens in the question form and saves again as it is, and a file with an answer the
// form would refuse is refused by question.
import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { seed, signIn } from './support/factories';

const SHOTS = process.env.INTERCHANGE_SHOTS_DIR ?? 'test-results/interchange-accepted-shots';
// An article of its own per test, so the demo articles' banks (which other specs count) stay as they are.
const ownArticle = () => seed<{ slug: string; title: string }>('assignable-article', `interchange-${randomUUID().slice(0, 8)}`);

async function importFile(page: Page, slug: string, name: string, text: string): Promise<void> {
  await page.goto(`/teach/import?article=${slug}`);
  await page.getByLabel('Question file').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
  await page.getByRole('button', { name: 'Import questions' }).click();
}

test('the bank lists every accepted answer, and an imported question saves again in the form', async ({ page }) => {
  test.setTimeout(120_000);
  const id = randomUUID().slice(0, 8);
  const prompt = `Which agency lists World Heritage Sites? (${id})`;
  const long = 'the United Nations Educational, Scientific and Cultural Organization';
  // No spaces to break at: it must still wrap inside the card on a phone.
  const code = 'https://whc.unesco.org/en/about/world-heritage-committee-and-centre';
  // The arrow needs GIFT's [html] form; "*" is Moodle's catch-all, dropped with a note.
  const gift = `${prompt} {\n\t=UNESCO\n\t=${long}\n\t=[html]UN -&gt; culture\n\t=${code.replace(/:/g, '\\:')}\n\t=*\n}\n`;
  await signIn(page, 'teacher@gleaner.test', 'gleaner-teacher-demo');
  const article = ownArticle();
  await importFile(page, article.slug, 'agency.gift', gift);
  // It went through with a note, which the import page shows (the bank's notice has counts only).
  const notes = page.getByRole('main').getByRole('status').filter({ hasText: `Imported 1 question into “${article.title}` });
  await expect(notes).toBeVisible();
  await expect(notes.getByRole('listitem')).toHaveText([
    'GIFT line 1: the catch-all answer "*" was dropped: Moodle accepts any response with it, Gleaner only the answers listed',
  ]);
  await expectNoAxeViolations(page, 'import notes');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/import-notes-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${SHOTS}/import-notes-1280.png` });
  await notes.getByRole('link', { name: 'See the questions in the bank' }).click();
  await expect(page).toHaveURL(/\?status=approved$/);

  const card = page.getByRole('listitem').filter({ has: page.getByText(prompt, { exact: true }) });
  await expect(card.getByText('Answer:')).toContainText('UNESCO');
  const also = card.getByRole('list', { name: 'Also accepted' });
  await expect(also.getByRole('listitem')).toHaveText([long, 'UN -> culture', code]);

  // Readable on a phone: nothing wider than the screen, every answer inside its card.
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `page width at ${width}px`).toBeLessThanOrEqual(width);
    const cardBox = (await card.boundingBox())!;
    for (const item of await also.getByRole('listitem').all()) {
      const box = (await item.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(cardBox.x + cardBox.width);
    }
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/bank-${width}.png`, fullPage: width === 390 });
  }
  await expectNoAxeViolations(page, 'question bank with accepted answers');

  // The imported question opens in the form and saves again unchanged.
  await card.getByRole('link', { name: /^Edit/ }).click();
  await expect(page.getByLabel('Other accepted answers (optional)')).toHaveValue(`${long}\nUN -> culture\n${code}`);
  await page.getByRole('button', { name: 'Save as a new approved version' }).click();
  await expect(page).toHaveURL(new RegExp(`/teach/articles/${article.slug}\\?status=approved&saved=edited$`));
  await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0);
});

test('a file with an accepted answer longer than the form takes is refused, naming the question', async ({ page }) => {
  await signIn(page, 'teacher@gleaner.test', 'gleaner-teacher-demo');
  await importFile(page, ownArticle().slug, 'long.gift', `Fine? {=yes}\n\nToo long? {\n\t=short\n\t=${'x'.repeat(201)}\n}\n`);
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Nothing was imported');
  await expect(page.getByText('GIFT line 3: an accepted answer is over 200 characters')).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/import-too-long-390.png`, fullPage: true });
});

test('a re-import that changes only a question’s accepted answers adds no second copy and says which to edit', async ({ page }) => {
  await signIn(page, 'teacher@gleaner.test', 'gleaner-teacher-demo');
  const article = ownArticle();
  await importFile(page, article.slug, 'first.gift', 'Which city was Lutetia? {\n\t=Paris\n}\n');
  await expect(page).toHaveURL(new RegExp(`/teach/articles/${article.slug}\\?`));
  await importFile(page, article.slug, 'again.gift', 'Which city was Lutetia? {\n\t=Paris\n\t=Lutèce\n}\n');
  const notes = page.getByRole('main').getByRole('status').filter({ hasText: `Nothing new was imported into “${article.title}”` });
  await expect(notes).toContainText('1 question was already in the bank and skipped.');
  await expect(notes.getByRole('listitem')).toHaveText([
    '“Which city was Lutetia?” is in the bank already with other accepted answers, so it was skipped: edit it there to change what is accepted',
  ]);
  await page.goto(`/teach/articles/${article.slug}?status=all`);
  await expect(page.getByText('Which city was Lutetia?')).toHaveCount(1);
});
