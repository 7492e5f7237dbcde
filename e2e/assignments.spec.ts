// Assignments, the whole loop in two browsers: the teacher makes a class and assigns a quiz;
// a student joins, takes it and submits; the teacher sees the score, the gradebook and the
// CSV. Then a timed assignment: the countdown submits at zero (the browser's clock is faked),
// and the server refuses answers after the deadline even when the page's timer never fires.
import { expect, test, type Page } from '@playwright/test';
import { answerQuestion, createClassAs, newStudent, seed, signIn, signUp } from './support/factories';
import { checkAtWidths } from './support/axe';

const RIGHT = { 'Capital of France?': 'Paris', 'Water boils at 100 °C at sea level.': 'True', 'Who wrote Hamlet?': 'William Shakespeare' };

async function assign(teacher: Page, articleTitle: string, title: string, extra?: (page: Page) => Promise<void>) {
  await teacher.getByRole('link', { name: 'New assignment' }).click();
  await teacher.getByRole('link', { name: articleTitle }).click();
  await teacher.getByLabel('Title', { exact: true }).fill(title);
  await extra?.(teacher);
  await teacher.getByRole('button', { name: 'Assign to the class' }).click();
  await expect(teacher.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(teacher.getByRole('status')).toContainText('Assigned to');
  // Said once: the address drops its flag, so a reload does not say "Assigned" again.
  await expect(teacher).not.toHaveURL(/created=1/);
}

test('teacher assigns, student submits, teacher reads the gradebook and exports it', async ({ browser }) => {
  test.setTimeout(300_000); // two sign-ins (argon2 on purpose) and ten axe scans
  const suffix = Date.now().toString(36);
  const article = seed<{ slug: string; title: string }>('assignable-article', suffix);

  const teacher = await (await browser.newContext()).newPage();
  await signIn(teacher, 'teacher@gleaner.test', 'gleaner-teacher-demo');
  const className = `Period ${suffix}`;
  const code = await createClassAs(teacher, className);

  // A due time in the past is refused with the reason, and the form keeps what was typed.
  await teacher.getByRole('link', { name: 'New assignment' }).click();
  await checkAtWidths(teacher, 'assign-choose-article');
  await teacher.getByRole('link', { name: article.title }).click();
  await teacher.getByLabel('Title', { exact: true }).fill('Too late');
  await teacher.getByLabel('Due', { exact: true }).fill('2020-01-01T09:00');
  // With another mistake, both are named at once (the past due time was said only on the next submit).
  await teacher.getByLabel('Time limit (minutes)').fill('0');
  await teacher.getByRole('button', { name: 'Assign to the class' }).click();
  await expect(teacher.getByText('At least 1 minute.')).toBeVisible();
  await expect(teacher.getByLabel('Due', { exact: true })).toHaveAccessibleDescription(/The due time has already passed/);
  await teacher.getByLabel('Time limit (minutes)').fill('');
  await teacher.getByRole('button', { name: 'Assign to the class' }).click();
  await expect(teacher.getByRole('main').getByRole('alert')).toContainText('The due time has already passed');
  await expect(teacher.getByLabel('Title', { exact: true })).toHaveValue('Too late');
  await teacher.getByRole('link', { name: className }).click();

  await assign(teacher, article.title, 'France and water', async (page) => {
    await page.getByLabel('Students see correct answers').selectOption('immediately');
    await checkAtWidths(page, 'assign-form');
  });
  const reportUrl = teacher.url();
  await teacher.reload();
  await expect(teacher.getByRole('heading', { level: 1, name: 'France and water' })).toBeVisible();
  await expect(teacher.getByText('Assigned to')).toHaveCount(0);

  // The student joins and finds the assignment.
  const student = await (await browser.newContext()).newPage();
  const pupil = newStudent('assign');
  await signUp(student, pupil);
  await student.getByRole('link', { name: 'Classes' }).click();
  await student.getByLabel('Class code').fill(code);
  await student.getByRole('button', { name: 'Join class' }).click();
  await student.getByRole('link', { name: 'Assignments' }).click();
  const item = student.getByRole('listitem').filter({ hasText: 'France and water' });
  await expect(item).toContainText('Not started');
  await expect(item).toContainText('Attempts used: 0 of 1');
  await checkAtWidths(student, 'assignments-student');
  await item.getByRole('button', { name: /^Start/ }).click();
  for (let n = 1; n <= 3; n++) await answerQuestion(student, n, RIGHT);
  await expect(student.getByRole('heading', { name: 'Review your answers' })).toBeVisible();
  await student.getByRole('button', { name: 'Submit quiz' }).click();
  await expect(student.getByRole('heading', { level: 1 })).toHaveText('3/3 (100%)');
  // Its one attempt is used: no "Try again" on the results.
  await expect(student.getByRole('link', { name: 'Assignments', exact: true }).last()).toBeVisible();
  await expect(student.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  // My scores names the assignment, not only its article.
  await student.goto('/scores');
  await expect(student.getByRole('row').filter({ hasText: 'France and water' })).toContainText(`Assignment · ${article.title}`);
  await student.goBack();
  await expect(student.getByRole('main')).toContainText('Correct answer');
  await student.getByRole('link', { name: 'Assignments' }).first().click();
  const done = student.getByRole('listitem').filter({ hasText: 'France and water' });
  await expect(done).toContainText('Submitted');
  await expect(done).toContainText('Grade 100%');
  await expect(done.getByRole('button', { name: /^Try again/ })).toHaveCount(0); // one attempt allowed

  // The teacher sees the attempt, the question statistics and the gradebook, and exports it.
  await teacher.goto(reportUrl);
  await expect(teacher.getByRole('heading', { name: /Attempts \(1 of 1 students submitted\)/ })).toBeVisible();
  await expect(teacher.getByRole('row', { name: new RegExp(pupil.name) })).toContainText('3/3 (100%)');
  await checkAtWidths(teacher, 'assignment-report');
  await teacher.getByRole('link', { name: 'Gradebook' }).click();
  await expect(teacher.getByRole('row', { name: new RegExp(pupil.name) })).toContainText('100%');
  await checkAtWidths(teacher, 'gradebook');
  const [download] = await Promise.all([teacher.waitForEvent('download'), teacher.getByRole('link', { name: 'Download grades (CSV)' }).click()]);
  const csv = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  // The marks a teacher changed come after every grade, so the old columns keep their places.
  expect(csv.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
    'Student,Email,France and water (%),France and water (marks changed)', `${pupil.name},${pupil.email},100,0`, '',
  ]);

  // Another student cannot open the teacher's pages or download the CSV.
  const outsiderResponse = await student.request.get(`${new URL(teacher.url()).pathname.replace(/\/gradebook$/, '')}/gradebook.csv`);
  expect(outsiderResponse.status()).toBe(404);
  expect((await student.goto(reportUrl))?.status()).toBe(404);
});

test('a timed assignment: the countdown submits at zero, and the server closes an attempt whose page never did', async ({ browser }) => {
  test.slow();
  const suffix = Date.now().toString(36);
  const article = seed<{ slug: string; title: string }>('assignable-article', `timed-${suffix}`);
  const teacher = await (await browser.newContext()).newPage();
  await signIn(teacher, 'teacher@gleaner.test', 'gleaner-teacher-demo');
  const code = await createClassAs(teacher, `Timed ${suffix}`);
  await assign(teacher, article.title, 'Two-minute check', async (page) => {
    await page.getByLabel('Time limit (minutes)').fill('2');
    await page.getByLabel('Attempts allowed').selectOption('unlimited');
  });

  const context = await browser.newContext();
  const student = await context.newPage();
  const pupil = newStudent('timed');
  await signUp(student, pupil);
  await student.goto('/classes');
  await student.getByLabel('Class code').fill(code);
  await student.getByRole('button', { name: 'Join class' }).click();

  // First attempt: the page's clock runs fast; at zero the page submits the saved answer.
  await student.clock.install();
  await student.goto('/assignments');
  await student.getByRole('button', { name: /^Start/ }).click();
  const timer = student.getByRole('timer', { name: 'Time left' });
  await expect(timer).toHaveText(/^[12]:\d\d$/);
  await answerQuestion(student, 1, RIGHT);
  await checkAtWidths(student, 'timed-attempt');
  // A teacher gives more time meanwhile: at zero the page asks, the server says the deadline is
  // ahead, and the countdown goes on to it — nothing is submitted.
  const attemptId = new URL(student.url()).pathname.split('/')[2];
  expect(seed<{ moved: number }>('move-open-deadlines', `${pupil.email},600`).moved).toBe(1);
  await student.clock.fastForward('02:05');
  await expect(timer).toHaveText(/^(9|10):\d\d$/, { timeout: 15_000 });
  await expect(student).toHaveURL(/\?q=\d+$/);
  expect(seed<{ status: string }>('attempt', attemptId).status).toBe('in_progress');
  // Now the server's deadline passes too (within its grace): at zero the page submits the saved answer.
  expect(seed<{ moved: number }>('move-open-deadlines', `${pupil.email},-5`).moved).toBe(1);
  await student.clock.fastForward('10:05');
  await expect(student).toHaveURL(/\/results$/, { timeout: 15_000 });
  await expect(student.getByRole('heading', { level: 1 })).toHaveText(/^1\/3/);
  await expect(student.getByRole('main')).toContainText('Closed when time ran out');

  // Second attempt, from the results page (attempts are unlimited, so it offers one): the page
  // never submits (no timer runs), but the server's deadline passes.
  const firstResults = student.url();
  const second = await context.newPage();
  await student.close();
  await second.goto(firstResults);
  await second.getByRole('button', { name: 'Try again' }).click();
  await expect(second.getByRole('timer', { name: 'Time left' })).toBeVisible();
  expect(seed<{ moved: number }>('expire-open-attempts', pupil.email).moved).toBe(1);
  // Picking an answer saves it; the server refuses it and shows the closed attempt instead.
  await second.getByRole('radio').first().check();
  await expect(second).toHaveURL(/\/results\?closed=1$/);
  await expect(second.getByText('Your last answer was not saved')).toBeVisible();
  await expect(second.getByRole('main')).toContainText('Closed when time ran out');
  await expect(second.getByRole('heading', { level: 1 })).toHaveText(/^0\/3/);

  // Third attempt: the teacher removes the time limit meanwhile; at zero the page asks, hears
  // there is no deadline any more, and stops counting — nothing is submitted.
  const third = await context.newPage();
  await second.close();
  await third.clock.install();
  await third.goto('/assignments');
  await third.getByRole('button', { name: /^Try again/ }).click();
  await expect(third.getByRole('timer', { name: 'Time left' })).toBeVisible();
  const thirdId = new URL(third.url()).pathname.split('/')[2];
  expect(seed<{ moved: number }>('move-open-deadlines', `${pupil.email},none`).moved).toBe(1);
  await third.clock.fastForward('02:05');
  await expect(third.getByText('The time limit was removed: take the time you need.')).toBeVisible({ timeout: 15_000 });
  await expect(third.getByRole('timer')).toHaveCount(0);
  await expect(third).toHaveURL(/\?q=\d+$/);
  expect(seed<{ status: string }>('attempt', thirdId).status).toBe('in_progress');
});

test('the teacher changes an assignment and gives one student more time', async ({ browser }) => {
  test.setTimeout(300_000); // sign-ins (argon2 on purpose) and eight axe scans
  const suffix = Date.now().toString(36);
  const article = seed<{ slug: string; title: string }>('assignable-article', `edit-${suffix}`);
  const teacher = await (await browser.newContext()).newPage();
  await signIn(teacher, 'teacher@gleaner.test', 'gleaner-teacher-demo');
  const code = await createClassAs(teacher, `Edits ${suffix}`);
  await assign(teacher, article.title, 'Changeable quiz', async (page) => {
    await page.getByLabel('Time limit (minutes)').fill('10');
    await page.getByLabel('How many questions').fill('5'); // the article has 3 approved
  });
  await expect(teacher.getByRole('status')).toContainText('It has 3 questions, not 5: that is every approved question of the article.');
  const reportUrl = teacher.url();

  const student = await (await browser.newContext()).newPage();
  const pupil = newStudent('extend');
  await signUp(student, pupil);
  await student.goto('/classes');
  await student.getByLabel('Class code').fill(code);
  await student.getByRole('button', { name: 'Join class' }).click();
  await expect(student.getByRole('main')).toContainText(`Edits ${suffix}`);

  // Edit, by keyboard: a due time before the open time is refused next to the field.
  await teacher.getByRole('link', { name: 'Edit the schedule and rules' }).focus();
  await teacher.keyboard.press('Enter');
  await expect(teacher.getByRole('heading', { level: 1, name: 'Edit “Changeable quiz”' })).toBeVisible();
  await expect(teacher.getByRole('main')).toContainText('can’t be changed here');
  await checkAtWidths(teacher, 'assignment-edit');
  await teacher.getByLabel('Opens').fill('2099-01-02T09:00');
  await teacher.getByLabel('Due', { exact: true }).fill('2099-01-01T09:00');
  await teacher.getByLabel('Title', { exact: true }).fill('Changed quiz');
  await teacher.getByLabel('Title', { exact: true }).press('Enter');
  await expect(teacher.getByRole('main').getByRole('alert')).toContainText('Please correct the fields below');
  const due = teacher.getByLabel('Due', { exact: true });
  await expect(due).toHaveAttribute('aria-invalid', 'true');
  await expect(teacher.locator(`#${await due.getAttribute('aria-describedby').then((ids) => ids!.split(' ').at(-1))}`)).toHaveText('The due time must be after the open time.');
  await expect(teacher.getByLabel('Title', { exact: true })).toHaveValue('Changed quiz');
  // The keyboard is on the field to fix (not back at the top of the page).
  await expect(due).toBeFocused();
  await checkAtWidths(teacher, 'assignment-edit-errors');
  // Minutes that are not whole say so (zod's "Invalid input" showed here).
  await teacher.getByLabel('Due', { exact: true }).fill('2099-01-03T09:00');
  await teacher.getByLabel('Time limit (minutes)').fill('2.5');
  await teacher.getByRole('button', { name: 'Save changes' }).click();
  await expect(teacher.getByText('Whole minutes, please.')).toBeVisible();
  await expect(teacher.getByLabel('Time limit (minutes)')).toBeFocused();

  // A valid change: later due time, 20-minute limit, two attempts.
  await teacher.getByLabel('Opens').fill('2026-01-01T09:00');
  await teacher.getByLabel('Due', { exact: true }).fill('2099-01-01T09:00');
  await teacher.getByLabel('Time limit (minutes)').fill('20');
  await teacher.getByLabel('Attempts allowed').selectOption('2');
  await teacher.getByRole('button', { name: 'Save changes' }).click();
  await expect(teacher.getByRole('heading', { level: 1, name: 'Changed quiz' })).toBeVisible();
  await expect(teacher.getByRole('status')).toContainText('Changes saved.');
  await expect(teacher.getByRole('main')).toContainText('2 attempts, graded by highest attempt; 20-minute time limit');

  // More time for one student: extra minutes on the limit.
  const row = teacher.getByRole('listitem').filter({ hasText: pupil.name });
  await expect(row).toContainText('Not started');
  const extendLink = row.getByRole('link', { name: `Give more time to ${pupil.name}` });
  const extendPath = (await extendLink.getAttribute('href'))!;
  await extendLink.click();
  await expect(teacher.getByRole('heading', { level: 2, name: `More time for ${pupil.name}` })).toBeVisible();
  await checkAtWidths(teacher, 'assignment-extend');
  await teacher.getByRole('button', { name: 'Give more time' }).click();
  await expect(teacher.getByRole('main').getByRole('alert')).toContainText('Please correct the fields below');
  await expect(teacher.getByLabel(`Due time for ${pupil.name}`)).toHaveAccessibleDescription(/Enter a later due time, extra minutes, or both\./);
  await teacher.getByLabel('Extra minutes on the time limit').fill('15');
  await teacher.getByRole('button', { name: 'Give more time' }).click();
  await expect(teacher.getByRole('status')).toContainText(`${pupil.name} has more time.`);
  await expect(teacher.getByRole('listitem').filter({ hasText: pupil.name })).toContainText('Extended: +15 min');
  await checkAtWidths(teacher, 'assignment-report-students');

  // The student sees their own time limit.
  await student.goto('/assignments');
  const item = student.getByRole('listitem').filter({ hasText: 'Changed quiz' });
  await expect(item).toContainText('35-minute time limit');
  await expect(item).toContainText('your teacher gave you more time');
  await expect(item).toContainText('Attempts used: 0 of 2');

  // Taking it back: the student is on the class's rules again.
  await teacher.goto(extendPath);
  await expect(teacher.getByRole('main')).toContainText('Extended: 15 extra minutes');
  await checkAtWidths(teacher, 'assignment-extend-existing');
  await teacher.getByRole('button', { name: 'Remove extension' }).click();
  await expect(teacher.getByRole('status')).toContainText(`${pupil.name} is back on the class’s rules.`);
  await expect(teacher.getByRole('listitem').filter({ hasText: pupil.name }).getByRole('link')).toHaveText(`Give more time to ${pupil.name}`);
  await student.reload();
  await expect(student.getByRole('listitem').filter({ hasText: 'Changed quiz' })).toContainText('20-minute time limit');

  // Nobody but the class's teacher reaches the edit or extension pages.
  expect((await student.goto(`${reportUrl}/edit`))?.status()).toBe(404);
  expect((await student.goto(extendPath))?.status()).toBe(404);
});
