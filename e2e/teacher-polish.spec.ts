// Findings of a QA tour of the teacher's and admin's pages: Copy buttons for the admin's one-time
// links (with a fallback when the browser has no clipboard); an assignment's statistics show a
// short answer's key and an edit link on every question (the edit reaches the assignment until a
// student starts it); the attempts table links each student's answers and keeps the score in view
// on a phone; a scheduled assignment opens with "Now", never by an emptied (or partly typed)
// opening time; a binary file is refused by the import; the export panel's notes sit beside their
// links.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { checkAtWidths } from './support/axe';
import { answerQuestion, createClassAs, newStudent, seed, signIn, signUp } from './support/factories';

const ADMIN = { email: 'admin@gleaner.test', password: 'gleaner-admin-demo' };
const TEACHER = { email: 'teacher@gleaner.test', password: 'gleaner-teacher-demo' };

/** Whether the whole of `locator` is inside the viewport's width (not scrolled off to the right). */
async function isWithinWidth(page: Page, locator: Locator): Promise<boolean> {
  const box = (await locator.boundingBox())!;
  return box.x >= 0 && box.x + box.width <= page.viewportSize()!.width + 0.5;
}

test('the admin copies an invite link, and a reset link where the browser has no clipboard', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const admin = await context.newPage();
  await signIn(admin, ADMIN.email, ADMIN.password);
  await admin.goto('/admin');
  await admin.getByRole('button', { name: 'Create a teacher invite link' }).click();
  const link = await admin.getByLabel('Teacher invite link', { exact: true }).inputValue();
  await admin.getByRole('button', { name: 'Copy teacher invite link' }).click();
  await expect(admin.getByText('Copied', { exact: true })).toBeVisible();
  expect(await admin.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await checkAtWidths(admin, 'admin-invite-copied');

  // No clipboard API (a school server on plain http) and no copy command: the link is selected.
  const bare = await browser.newContext();
  await bare.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
    document.execCommand = () => false;
  });
  const page = await bare.newPage();
  const user = newStudent('copy-reset');
  await signUp(page, user);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto('/admin');
  await page.getByRole('button', { name: `Create password reset link for ${user.name}` }).click();
  const field = page.getByLabel(`Password reset link for ${user.name}`, { exact: true });
  const resetLink = await field.inputValue();
  expect(resetLink).toMatch(/\/reset-password\//);
  await page.getByRole('button', { name: `Copy password reset link for ${user.name}` }).click();
  await expect(page.getByText('Selected: press Ctrl+C (⌘C) to copy')).toBeVisible();
  await expect(field).toBeFocused();
  expect(await field.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd])).toEqual([0, resetLink.length]);
  await bare.close();
  await context.close();
});

test('an assignment’s page: answer keys and edit links, each student’s answers, the score on a phone, a scheduled one opened with Now', async ({ browser }) => {
  test.setTimeout(300_000); // two sign-ins (argon2 on purpose) and axe scans at two widths
  const suffix = Date.now().toString(36);
  const article = seed<{ slug: string; title: string }>('assignable-article', `polish-${suffix}`);
  const teacher = await (await browser.newContext()).newPage();
  await signIn(teacher, TEACHER.email, TEACHER.password);
  const code = await createClassAs(teacher, `Polish ${suffix}`);
  await teacher.getByRole('link', { name: 'New assignment' }).click();
  await teacher.getByRole('link', { name: article.title }).click();
  await teacher.getByLabel('Title', { exact: true }).fill('Polish quiz');
  await teacher.getByLabel('Attempts allowed').selectOption('2');
  await teacher.getByRole('button', { name: 'Assign to the class' }).click();
  await expect(teacher.getByRole('heading', { level: 1, name: 'Polish quiz' })).toBeVisible();
  const reportUrl = new URL(teacher.url()).pathname;

  // Nobody answered yet: the short answer's key shows anyway, and every question can be edited.
  const hamlet = teacher.getByRole('listitem').filter({ hasText: 'Who wrote Hamlet?' });
  await expect(hamlet).toContainText('Expected answer: William Shakespeare');
  await expect(teacher.getByRole('link', { name: /^Edit in the question bank/ })).toHaveCount(3);
  // Nobody has started: the edit page says the edit will reach this assignment, and after saving
  // how many got it; the assignment then asks the new version (editable again).
  const editHamlet = hamlet.getByRole('link', { name: 'Edit in the question bank (question 3; no student has started, so this assignment gets your edit)' });
  const oldVersion = await editHamlet.getAttribute('href');
  await editHamlet.click();
  await expect(teacher.getByRole('main')).toContainText('One assignment in your classes asks this question. No student has started it, so it will get your edit.');
  await teacher.getByLabel('Explanation (shown with the answer)').fill('Hamlet is a tragedy by William Shakespeare.');
  await teacher.getByRole('button', { name: 'Save as a new approved version' }).click();
  await expect(teacher.getByRole('status').filter({ hasText: 'Saved as a new approved version' })).toContainText('1 assignment that no student had started now asks your edit.');
  await teacher.goto(reportUrl);
  await expect(teacher.getByRole('link', { name: /^Edit in the question bank/ })).toHaveCount(3);
  await expect(editHamlet).not.toHaveAttribute('href', oldVersion!);

  // A student takes it and gets the short answer wrong.
  const student = await (await browser.newContext()).newPage();
  const pupil = newStudent('polish');
  await signUp(student, pupil);
  await student.goto('/classes');
  await student.getByLabel('Class code').fill(code);
  await student.getByRole('button', { name: 'Join class' }).click();
  await expect(student.getByRole('main')).toContainText(`Polish ${suffix}`);
  await student.goto('/assignments');
  await student.getByRole('listitem').filter({ hasText: 'Polish quiz' }).getByRole('button', { name: /^Start/ }).click();
  const answers = { 'Capital of France?': 'Paris', 'Water boils at 100 °C at sea level.': 'False', 'Who wrote Hamlet?': 'Christopher Marlowe' };
  for (let n = 1; n <= 3; n++) await answerQuestion(student, n, answers);
  await student.getByRole('button', { name: 'Submit quiz' }).click();
  await expect(student.getByRole('heading', { level: 1 })).toHaveText('1/3 (33%)');

  // Nobody got the short answer right: its key still shows, beside what was typed.
  await teacher.goto(reportUrl);
  await expect(hamlet).toContainText('Expected answer: William Shakespeare');
  await expect(hamlet).toContainText('Christopher Marlowe');
  await expect(teacher.getByRole('link', { name: /^Edit in the question bank/ })).toHaveCount(3);
  const edit = hamlet.getByRole('link', { name: 'Edit in the question bank (question 3; this assignment keeps its wording)' });
  await expect(edit).toHaveAttribute('href', /^\/teach\/questions\/[^/]+\/edit$/);
  // Started now: the edit page says before saving that this assignment keeps the wording its students saw.
  await edit.click();
  await expect(teacher.getByRole('heading', { level: 1, name: 'Edit a question' })).toBeVisible();
  await expect(teacher.getByRole('main')).toContainText('One assignment in your classes asks this question. A student has started it, so it keeps the wording its students saw.');
  await teacher.goto(reportUrl);

  // On a phone the score stays in view, without scrolling the table sideways.
  const row = teacher.getByRole('row', { name: new RegExp(pupil.name) });
  await expect(row).toContainText('1/3 (33%)');
  await teacher.setViewportSize({ width: 390, height: 844 });
  await expect(teacher.getByRole('columnheader', { name: 'Score' })).toBeVisible();
  await expect(row.getByRole('cell', { name: '1/3 (33%)' })).toBeVisible();
  expect(await isWithinWidth(teacher, teacher.getByRole('columnheader', { name: 'Score' }))).toBe(true);
  expect(await isWithinWidth(teacher, row.getByRole('cell', { name: '1/3 (33%)' }))).toBe(true);
  await expect(row).toContainText('Attempt 1');
  await checkAtWidths(teacher, 'assignment-report-polish');

  // The student's name opens their answers, each beside the answer key.
  await row.getByRole('link', { name: new RegExp(pupil.name) }).click();
  await expect(teacher.getByRole('heading', { level: 1, name: pupil.name })).toBeVisible();
  await expect(teacher.getByRole('heading', { level: 3, name: 'Attempt 1: 1/3 (33%)' })).toBeVisible();
  // The innermost list item naming the prompt: the question's, not its attempt's.
  const answerTo = (prompt: string) => teacher.getByRole('region', { name: 'Answers' }).getByRole('listitem').filter({ hasText: prompt }).last();
  await expect(answerTo('Capital of France?')).toContainText('✓ Right: Paris');
  await expect(answerTo('Water boils')).toContainText('✗ Wrong: False');
  await expect(answerTo('Water boils')).toContainText('Correct answer: True');
  await expect(answerTo('Who wrote Hamlet?')).toContainText('✗ Wrong: Christopher Marlowe');
  await expect(answerTo('Who wrote Hamlet?')).toContainText('Correct answer: William Shakespeare');
  await expect(teacher.getByRole('heading', { level: 2, name: `More time for ${pupil.name}` })).toBeVisible();
  await checkAtWidths(teacher, 'student-answers');
  // Only the class's teacher reaches it.
  expect((await student.goto(teacher.url()))?.status()).toBe(404);

  // Opens: moved to the future; the assignment is then not open yet.
  await teacher.goto(`${reportUrl}/edit`);
  await expect(teacher.getByRole('button', { name: 'Now', exact: true })).toHaveCount(0);
  await teacher.getByLabel('Opens').fill('2098-12-01T09:00');
  await teacher.getByLabel('Due', { exact: true }).fill('2099-01-01T09:00');
  await teacher.getByRole('button', { name: 'Save changes' }).click();
  await expect(teacher.getByRole('status')).toContainText('Changes saved.');
  await expect(teacher.getByRole('main')).toContainText('1 Dec 2098');
  await teacher.getByRole('link', { name: 'Edit the schedule and rules' }).click();
  // Emptied (as a partly typed time arrives): refused, nothing opened, the field says why.
  await teacher.getByLabel('Opens').fill('');
  await teacher.getByRole('button', { name: 'Save changes' }).click();
  await expect(teacher.getByLabel('Opens')).toHaveAccessibleDescription(/Enter when it opens/);
  await expect(teacher.getByLabel('Opens')).toBeFocused();
  // "Now" fills in the time; saved, it opens.
  await teacher.getByRole('button', { name: 'Now', exact: true }).click();
  await expect(teacher.getByLabel('Opens')).not.toHaveValue('');
  await teacher.getByRole('button', { name: 'Save changes' }).click();
  await expect(teacher.getByRole('status')).toContainText('Changes saved.');
  await expect(teacher.getByRole('main')).not.toContainText('2098');
  // Open now: the student may start their second attempt.
  await student.goto('/assignments');
  await expect(student.getByRole('listitem').filter({ hasText: 'Polish quiz' }).getByRole('button', { name: /^Try again|^Start/ })).toBeVisible();
});

test('the import refuses a PDF renamed to .gift and a file with NUL bytes, naming the formats it takes', async ({ page }) => {
  await signIn(page, TEACHER.email, TEACHER.password);
  await page.goto('/teach/import?article=the-great-barrier-reef');
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  await page.getByLabel('Question file').setInputFiles({ name: 'questions.gift', mimeType: 'application/octet-stream', buffer: pdf });
  await page.getByRole('button', { name: 'Import questions' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Nothing was imported');
  await expect(page.getByText('This is not a text file (it looks like a PDF). Upload a GIFT (.gift or .txt) or Moodle XML (.xml) file.')).toBeVisible();
  await expect(page.getByLabel('Question file')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('main')).not.toContainText('GIFT line');

  const withNul = Buffer.concat([Buffer.from('Bees have six legs. {TRUE}\n'), Buffer.from([0, 1, 2, 0])]);
  await page.getByLabel('Question file').setInputFiles({ name: 'questions.txt', mimeType: 'text/plain', buffer: withNul });
  await page.getByRole('button', { name: 'Import questions' }).click();
  await expect(page.getByText('This is not a text file. Upload a GIFT (.gift or .txt) or Moodle XML (.xml) file.')).toBeVisible();
  await checkAtWidths(page, 'import-binary-refused');
});

test('the export panel keeps each format’s note beside its link, at a phone’s and a laptop’s width', async ({ page }) => {
  await signIn(page, TEACHER.email, TEACHER.password);
  await page.goto('/teach/articles/apollo-11-moon-landing');
  await page.getByText('Export or import questions').click();
  const items = page.getByRole('region', { name: /^Approved questions/ }).getByRole('listitem');
  await expect(items).toHaveCount(5);
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const notes: number[] = [];
    for (const item of await items.all()) {
      const link = (await item.getByRole('link').boundingBox())!;
      const note = (await item.locator('span').last().boundingBox())!;
      // Beside the link (to its right, starting on its line), not wrapped under it.
      expect(note.x, `note of ${await item.innerText()} at ${width} px`).toBeGreaterThanOrEqual(link.x + link.width - 1);
      expect(note.y).toBeLessThan(link.y + link.height);
      notes.push(Math.round(note.x));
    }
    // The notes start in one column.
    expect(new Set(notes).size).toBe(1);
  }
  await checkAtWidths(page, 'export-panel');
});
