// A teacher brings articles and questions in and takes questions out: paste an article, upload
// a web page, download exports, import a GIFT file; a malformed or oversized file is refused
// with a clear error. Students and signed-out visitors cannot download exports.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { newStudent, signIn, signUp } from './support/factories';

const SHOTS = process.env.INTERCHANGE_SHOTS_DIR ?? 'test-results/interchange-shots';

const ARTICLE = `The honeybee colony is a family of many thousands of insects that live together in one nest.
A strong colony in summer holds about 50,000 worker bees, a few hundred drones and a single queen.

The queen is the only female that lays eggs. In early summer she can lay about 1,500 eggs in a single day.
Worker bees are female and do almost all of the work: they clean the cells, feed the young, build wax comb and guard the entrance.

Foragers collect nectar and pollen from flowers within about three kilometres of the hive.
In 1973 Karl von Frisch shared the Nobel Prize for explaining the waggle dance, which tells other bees where the flowers are.
Bees turn nectar into honey by adding enzymes and fanning it with their wings until most of the water evaporates.`;

const PAGE = `<!doctype html><html><head><title>Mangroves at the Edge of the Sea</title>
<style>body { color: red }</style><script>document.title = "hacked"; alert("injected")</script></head>
<body><nav><a href="/">Home</a> <a href="/about">About</a></nav>
<article><h1>Mangroves</h1>
<p>Mangroves are trees that grow in salty water along tropical coasts. Their tangled roots hold mud in place and shelter young fish.</p>
<p onclick="steal()">The largest mangrove forest in the world is the Sundarbans, which covers about 10,000 square kilometres of India and Bangladesh.</p>
<p>Mangrove forests store large amounts of carbon in their soil, and they protect villages from storm surges and erosion.</p>
<p>In 2004 the Indian Ocean tsunami did less damage where coasts were still lined with healthy mangroves.</p>
<img src="x" onerror="alert(1)"></article><footer>Copyright somebody</footer></body></html>`;

const GIFT = `// Two questions from Moodle
::Sky::The sky on a clear day is {=blue ~green ~red #### Light scatters.}

Bees make honey from nectar. {TRUE}
`;

// The second question's answer block is never closed: line 4 is where it starts.
const BAD_GIFT = `Bees have six legs. {TRUE}

// broken below
Which insect makes honey? {=Bee ~Wasp
`;

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/${name}-desktop.png`, fullPage: true });
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/${name}-390.png`, fullPage: true });
  if (size) await page.setViewportSize(size);
}

test('a teacher adds articles, exports approved questions and imports a GIFT file', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, 'teacher@gleaner.test', 'gleaner-teacher-demo');

  // Paste an article: its questions land in review.
  await page.goto('/teach');
  await page.getByRole('link', { name: 'Add an article' }).click();
  await expect(page.getByRole('heading', { name: 'Add an article' })).toBeVisible();
  await expectNoAxeViolations(page, 'add an article');
  const title = `Inside the Honeybee Colony ${Date.now()}`;
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Source', { exact: true }).fill('Gleaner e2e');
  await page.getByLabel('Article text').fill(ARTICLE);
  await expect(page.getByText(/Now: \d+ words/)).toBeVisible();
  await shot(page, 'add-article');
  await page.getByRole('button', { name: 'Add article and draw questions' }).click();
  await expect(page).toHaveURL(/\/teach\/articles\/inside-the-honeybee-colony-\d+\?status=draft&added=\d+$/, { timeout: 60_000 });
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByRole('main').getByRole('status')).toContainText(/Article added\. Gleaner drew \d+ questions? from it/);
  const toReview = page.getByRole('link', { name: /^To review \((\d+)\)$/ });
  expect(Number((await toReview.innerText()).match(/\d+/)![0])).toBeGreaterThan(0);
  const articleUrl = new URL(page.url()).pathname;

  // Approve the first question, then download the approved questions.
  const firstPrompt = await page.locator('main ol > li').first().locator('p.font-medium').innerText();
  await page.getByRole('button', { name: 'Approve question 1', exact: true }).click();
  await expect(page.getByRole('link', { name: /^Approved \(1\)$/ })).toBeVisible();
  // The export menu works from the keyboard: the disclosure opens with Enter.
  await page.getByText('Export or import questions').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: 'GIFT (approved questions)' })).toBeVisible();
  await expectNoAxeViolations(page, 'review with exports');
  await shot(page, 'review-with-exports');
  const [gift] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /^GIFT/ }).click()]);
  expect(gift.suggestedFilename()).toMatch(/^inside-the-honeybee-colony-\d+-gift\.txt$/);
  const giftText = await readFile((await gift.path())!, 'utf8');
  expect(giftText).toContain('// Exported from Gleaner: 1 question');
  expect(giftText).toContain(firstPrompt.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).slice(0, 30));
  const [qti] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /^QTI 3\.0 package/ }).click()]);
  expect(qti.suggestedFilename()).toMatch(/-qti3\.zip$/);
  expect((await readFile((await qti.path())!)).subarray(0, 2).toString()).toBe('PK');
  const moodle = await page.request.get(`${articleUrl}/export/moodle-xml`);
  expect(moodle.headers()['content-disposition']).toMatch(/^attachment; filename=".+-moodle\.xml"$/);
  expect(await moodle.text()).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<quiz>/);
  const cards = await page.request.get(`${articleUrl}/export/cards-anki`);
  expect(await cards.text()).toMatch(/^#separator:tab\n#html:false\n#columns:Front\tBack\n/);

  // Students are refused; signed-out visitors are sent to sign in.
  const signedOut = await browser.newContext();
  const anonymous = await signedOut.request.get(`${articleUrl}/export/gift`, { maxRedirects: 0 });
  expect(anonymous.status()).toBe(303);
  expect(anonymous.headers().location).toMatch(/^\/sign-in\?next=/);
  const studentPage = await signedOut.newPage();
  await signUp(studentPage, newStudent());
  expect((await studentPage.request.get(`${articleUrl}/export/gift`)).status()).toBe(403);
  expect((await studentPage.goto('/teach/add-article'))?.status()).toBe(404);
  await signedOut.close();

  // Import a GIFT file into this article: the questions arrive approved.
  await page.getByRole('link', { name: 'Import questions' }).click();
  await expect(page.getByRole('heading', { name: 'Import questions' })).toBeVisible();
  await expect(page.getByLabel('Add the questions to')).toHaveValue(articleUrl.split('/').pop()!);
  await page.getByLabel('Question file').setInputFiles({ name: 'moodle.gift', mimeType: 'text/plain', buffer: Buffer.from(GIFT) });
  await page.getByRole('button', { name: 'Import questions' }).click();
  await expect(page).toHaveURL(/\?status=approved&imported=2$/);
  await expect(page.getByRole('main').getByRole('status')).toContainText('Imported 2 questions. They are approved');
  await expect(page.getByRole('main')).toContainText('The sky on a clear day is');
  await expect(page.getByRole('main')).toContainText('Light scatters.');
  await expect(page.getByRole('link', { name: /^Approved \(3\)$/ })).toBeVisible();

  // A malformed file is refused, naming the line; an oversized one before it is sent.
  await page.goto(`/teach/import?article=${articleUrl.split('/').pop()}`);
  await page.getByLabel('Question file').setInputFiles({ name: 'broken.gift', mimeType: 'text/plain', buffer: Buffer.from(BAD_GIFT) });
  await page.getByRole('button', { name: 'Import questions' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Nothing was imported');
  await expect(page.getByText(/^GIFT line 4: /)).toBeVisible();
  await expect(page.getByLabel('Question file')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'import error');
  await shot(page, 'import-error');
  await page.getByLabel('Question file').setInputFiles({ name: 'huge.gift', mimeType: 'text/plain', buffer: Buffer.alloc(600_000, 'a') });
  await expect(page.getByText('The file is 600 KB; the limit is 500 KB. Split it into smaller parts.')).toBeVisible();
  await page.getByRole('button', { name: 'Import questions' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Please correct the fields below.');
  await page.goto(articleUrl + '?status=approved');
  await expect(page.getByRole('link', { name: /^Approved \(3\)$/ })).toBeVisible();

  // Upload a web page: scripts, styles and markup are dropped; the page title is used.
  await page.goto('/teach/add-article');
  await page.getByLabel('Source', { exact: true }).fill('A saved web page');
  await page.getByLabel('Upload a file').setInputFiles({ name: 'mangroves.html', mimeType: 'text/html', buffer: Buffer.from(PAGE) });
  await expect(page.getByText(/Chosen: mangroves\.html/)).toBeVisible();
  // Hold the request a moment to see the progress shown while questions are drawn.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/teach/add-article', async (route) => {
    if (route.request().method() === 'POST') await held;
    await route.continue();
  });
  await page.getByRole('button', { name: 'Add article and draw questions' }).click();
  await expect(page.getByText('Adding the article and drawing questions from it…')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Working…' })).toBeDisabled();
  await shot(page, 'add-article-progress');
  release();
  await expect(page.getByRole('heading', { name: 'Mangroves at the Edge of the Sea' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('main').getByRole('status')).toContainText('Article added');
  await page.getByRole('link', { name: 'Read the article' }).click();
  const reader = page.getByRole('main');
  await expect(reader).toContainText('The largest mangrove forest in the world is the Sundarbans');
  // The page's <h1> "Mangroves" opened its title "Mangroves at the Edge of the Sea": not repeated.
  await expect(reader.getByRole('heading', { name: 'Mangroves', exact: true })).toHaveCount(0);
  await expect(reader).not.toContainText('injected');
  await expect(reader).not.toContainText('Copyright somebody');
});

test('an article that is too short or too large is refused with a clear message', async ({ page }) => {
  await signIn(page, 'teacher@gleaner.test', 'gleaner-teacher-demo');
  await page.goto('/teach/add-article');
  await page.getByLabel('Title', { exact: true }).fill('Too short');
  await page.getByLabel('Source', { exact: true }).fill('Nobody');
  await page.getByLabel('Article text').fill('Bees make honey.');
  // Two mistakes are both named at once: the address (a URL the browser accepts, not a web page) and the length.
  await page.getByLabel('Web address (optional)').fill('ftp://example.org/bees');
  await page.getByRole('button', { name: 'Add article and draw questions' }).click();
  await expect(page.getByText('Enter a web address that starts with http:// or https://')).toBeVisible();
  await expect(page.getByText('The article is too short to draw questions from: it has 3 words. Give at least 40 words.')).toBeVisible();
  // The keyboard lands on the first field to fix, not back at the top of the page.
  await expect(page.getByLabel('Web address (optional)')).toBeFocused();
  await page.getByLabel('Web address (optional)').fill('');
  await page.getByRole('button', { name: 'Add article and draw questions' }).click();
  await expect(page.getByText('Enter a web address that starts with http:// or https://')).toHaveCount(0);
  await expect(page.getByText('The article is too short to draw questions from: it has 3 words. Give at least 40 words.')).toBeVisible();
  await expect(page.getByLabel('Article text')).toBeFocused();
  // What was typed is still there after the refusal.
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Too short');
  await expect(page.getByLabel('Article text')).toHaveValue('Bees make honey.');

  await page.getByLabel('Article text').fill('');
  await page.getByLabel('Upload a file').setInputFiles({ name: 'big.md', mimeType: 'text/markdown', buffer: Buffer.alloc(700_000, 'word ') });
  await expect(page.getByText('The file is 700 KB; the limit is 500 KB. Split it into smaller parts.')).toBeVisible();
  await page.getByRole('button', { name: 'Add article and draw questions' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Please correct the fields below.');
  await expect(page).toHaveURL(/\/teach\/add-article$/);
});

test('a pasted article that opens with its headline needs no title typed', async ({ page }) => {
  await signIn(page, 'teacher@gleaner.test', 'gleaner-teacher-demo');
  await page.goto('/teach/add-article');
  const headline = `Okapis ${Date.now().toString(36)}`;
  await page.getByLabel('Source', { exact: true }).fill('Nature notes');
  await page.getByLabel('Article text').fill(`${headline}\n\n${ARTICLE}`);
  await page.getByRole('button', { name: 'Add article and draw questions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: headline })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('link', { name: 'Read the article' }).click();
  // The headline is the article's title, not its first paragraph.
  await expect(page.getByRole('heading', { level: 1, name: headline })).toBeVisible();
  await expect(page.getByRole('main').locator('p').filter({ hasText: headline })).toHaveCount(0);
});

test('the add and import forms work without JavaScript', async ({ page, browser }) => {
  await signIn(page, 'teacher@gleaner.test', 'gleaner-teacher-demo');
  const noJs = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const plain = await noJs.newPage();

  await plain.goto('/teach/import?article=the-great-barrier-reef');
  await plain.getByLabel('Question file').setInputFiles({ name: 'broken.gift', mimeType: 'text/plain', buffer: Buffer.from(BAD_GIFT) });
  await plain.getByRole('button', { name: 'Import questions' }).click();
  await expect(plain.getByText(/^GIFT line 4: /)).toBeVisible();
  await expect(plain.getByLabel('Add the questions to')).toHaveValue('the-great-barrier-reef');

  await plain.goto('/teach/add-article');
  const title = `Honeybees without scripts ${Date.now()}`;
  await plain.getByLabel('Title', { exact: true }).fill(title);
  await plain.getByLabel('Article text').fill(ARTICLE);
  await plain.getByRole('button', { name: 'Add article and draw questions' }).click();
  // The missing source is refused, and the page comes back with what was typed.
  await expect(plain.getByText('Enter where the article comes from, e.g. a publication or author.')).toBeVisible();
  await expect(plain.getByLabel('Article text')).toHaveValue(ARTICLE);
  await plain.getByLabel('Source', { exact: true }).fill('Gleaner e2e');
  await plain.getByRole('button', { name: 'Add article and draw questions' }).click();
  await expect(plain.getByRole('heading', { name: title })).toBeVisible({ timeout: 60_000 });
  await expect(plain.getByRole('main').getByRole('status')).toContainText('Article added');
  await noJs.close();
});
