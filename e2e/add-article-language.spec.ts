// A teacher pastes an article that is not English: Gleaner keeps it for reading but draws no
// questions from it (its generator's rules are English), and the review page says so plainly,
// naming the language, instead of a silent empty list or stems of spliced English and French.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { signIn } from './support/factories';

const SHOTS = process.env.INTERCHANGE_SHOTS_DIR ?? 'test-results/interchange-shots';

const FRENCH = `Le conseil municipal de Lyon a voté mardi un budget de 1 500 millions d'euros pour l'année prochaine.
La maire, Claire Dubois, a déclaré que la ville allait construire deux nouvelles écoles et une piscine dans le quartier de la Croix-Rousse.

Les travaux doivent commencer au printemps et durer plusieurs mois. Selon l'opposition, le projet coûtera plus cher que prévu,
mais la majorité estime que les habitants attendent ces équipements depuis longtemps. Le vote a eu lieu après un débat de six heures.`;

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/${name}-desktop.png`, fullPage: true });
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/${name}-390.png`, fullPage: true });
  if (size) await page.setViewportSize(size);
}

test('an article that is not English is saved for reading, and the teacher is told why it has no questions', async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, 'teacher@gleaner.test', 'gleaner-teacher-demo');
  await page.goto('/teach/add-article');
  const title = `Le budget de Lyon ${Date.now()}`;
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Source', { exact: true }).fill('Gleaner e2e');
  await page.getByLabel('Article text').fill(FRENCH);
  await page.getByRole('button', { name: 'Add article and draw questions' }).click();

  await expect(page).toHaveURL(/\/teach\/articles\/le-budget-de-lyon-\d+\?status=draft&added=0&refused=not_english&lang=fr$/, { timeout: 60_000 });
  const notice = page.getByRole('main').getByRole('status');
  await expect(notice).toContainText('Article saved for reading, but no questions were drawn from it.');
  await expect(notice).toContainText('Gleaner draws questions from English text; this article looks like French.');
  await expect(page.getByRole('link', { name: /^To review \(0\)$/ })).toBeVisible();
  await expectNoAxeViolations(page, 'not-English notice');
  await shot(page, 'not-english-notice');

  // The article itself is there to read.
  await page.getByRole('link', { name: 'Read the article' }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Le conseil municipal de Lyon a voté mardi');

  // A language code the page does not know is named as "another language", never echoed.
  await page.goto(`${new URL(page.url()).origin}/teach/articles/${title.toLowerCase().replace(/\s+/g, '-')}?status=draft&added=0&refused=not_english&lang=%3Cb%3Exx`);
  await expect(page.getByRole('main').getByRole('status')).toContainText('this article looks like another language.');
  await expect(page.getByRole('main')).not.toContainText('<b>xx');
});
