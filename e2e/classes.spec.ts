// Classes: the demo teacher creates a class; one new student joins by code, another by link
// (signed out first, so the link survives sign-in); the teacher removes one, who then no longer
// sees the class. axe checks and screenshots of the class pages at a phone's and a laptop's width.
import { expect, test } from '@playwright/test';
import { newStudent, signIn, signUp } from './support/factories';
import { checkAtWidths } from './support/axe';

test('a teacher makes a class, students join by code and by link, the teacher removes one', async ({ browser }) => {
  // Three sign-ins (argon2 on purpose) and six axe scans.
  test.setTimeout(180_000);
  const teacherContext = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const teacher = await teacherContext.newPage();
  await signIn(teacher, 'teacher@gleaner.test', 'gleaner-teacher-demo');
  await teacher.getByRole('link', { name: 'Teach' }).click();
  await teacher.getByRole('navigation', { name: 'Teaching' }).getByRole('link', { name: 'Classes' }).click();
  await expect(teacher.getByRole('heading', { level: 1, name: 'Classes' })).toBeVisible();

  // An empty name is refused with a message under the field; then the class is made.
  await teacher.getByRole('button', { name: 'Create class' }).click();
  await expect(teacher.getByText('Enter a name for the class.')).toBeVisible();
  const className = `Biology ${Date.now().toString(36)}`;
  await teacher.getByLabel('Class name').fill(className);
  await teacher.getByRole('button', { name: 'Create class' }).click();
  await expect(teacher.getByRole('heading', { level: 1, name: className })).toBeVisible();
  const classUrl = teacher.url();
  const code = (await teacher.getByTestId('join-code').innerText()).trim();
  expect(code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
  const link = (await teacher.getByTestId('join-link').innerText()).trim();
  expect(link).toMatch(new RegExp(`^http://localhost:\\d+/join/${code}$`));
  await teacher.getByRole('button', { name: 'Copy link' }).click();
  await expect(teacher.getByText('Copied')).toBeVisible();
  expect(await teacher.evaluate(() => navigator.clipboard.readText())).toBe(link);

  // Student A types the code, lower case and with a dash; joining twice is harmless.
  const studentAContext = await browser.newContext();
  const a = await studentAContext.newPage();
  const studentA = newStudent('class-a');
  await signUp(a, studentA);
  await a.getByRole('link', { name: 'Classes' }).click();
  await expect(a.getByRole('heading', { level: 1, name: 'My classes' })).toBeVisible();
  await a.getByLabel('Class code').fill('ZZZZZZ');
  await a.getByRole('button', { name: 'Join class' }).click();
  await expect(a.getByText('No open class has that code.')).toBeVisible();
  await expect(a.getByLabel('Class code')).toHaveValue('ZZZZZZ');
  await a.getByLabel('Class code').fill(`${code.slice(0, 3).toLowerCase()}-${code.slice(3).toLowerCase()}`);
  await a.getByRole('button', { name: 'Join class' }).click();
  await expect(a.getByRole('status')).toHaveText(`You are in ${className}.`);
  await expect(a.getByRole('heading', { level: 2, name: className })).toBeVisible();
  await expect(a.getByRole('main')).toContainText('Teacher: Tess Teacher');
  await a.getByLabel('Class code').fill(code);
  await a.getByRole('button', { name: 'Join class' }).click();
  await expect(a.getByRole('heading', { level: 2, name: className })).toHaveCount(1);

  // Student B opens the link signed out, signs in, comes back to it and joins.
  const studentBContext = await browser.newContext();
  const b = await studentBContext.newPage();
  const studentB = newStudent('class-b');
  await signUp(b, studentB);
  await b.getByRole('button', { name: 'Sign out' }).click();
  // Signed out once the header says so (a navigation at once could cancel the sign-out request).
  await expect(b.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await b.goto(link.replace(/^http:\/\/localhost:\d+/, ''));
  await expect(b).toHaveURL(/\/sign-in\?next=/);
  await expect(b.getByRole('note')).toContainText('Sign in, or create an account, to join the class');
  await b.getByLabel('Email').fill(studentB.email);
  await b.getByLabel('Password').fill(studentB.password);
  await b.getByRole('button', { name: 'Sign in' }).click();
  await expect(b.getByRole('heading', { level: 1, name: `Join ${className}` })).toBeVisible();
  await b.getByRole('button', { name: 'Join this class' }).click();
  await expect(b.getByRole('status')).toHaveText(`You are in ${className}.`);

  // The teacher cannot join their own class, and sees both students on the roster.
  await teacher.goto(`/join/${code}`);
  await expect(teacher.getByText('You teach this class, so you cannot join it as a student.')).toBeVisible();
  await teacher.goto(classUrl);
  await expect(teacher.getByRole('heading', { name: 'Students (2)' })).toBeVisible();
  await expect(teacher.getByRole('main')).toContainText(studentA.email);
  await expect(teacher.getByRole('main')).toContainText(studentB.email);
  await checkAtWidths(teacher, 'class-roster');
  await teacher.goto('/teach/classes');
  await expect(teacher.getByRole('link', { name: new RegExp(`${className}.*2 students`) })).toBeVisible();
  await checkAtWidths(teacher, 'teach-classes');
  await checkAtWidths(a, 'my-classes');

  // Remove student B: a disclosure asks first, then the named button removes.
  await teacher.goto(classUrl);
  await teacher.setViewportSize({ width: 1280, height: 900 });
  await teacher.locator('summary').filter({ hasText: studentB.name }).click();
  await teacher.getByRole('button', { name: `Remove ${studentB.name}`, exact: true }).click();
  await expect(teacher.getByRole('heading', { name: 'Students (1)' })).toBeVisible();
  await expect(teacher.getByRole('status')).toContainText('Student removed from the class.');
  // Said once: the note has the keyboard, and the address no longer carries it (a reload does not repeat it).
  await expect(teacher.getByRole('status')).toBeFocused();
  await expect(teacher).not.toHaveURL(/removed=/);
  await expect(teacher.getByRole('main')).not.toContainText(studentB.email);
  await expect(teacher.getByRole('main')).toContainText(studentA.email);

  await b.goto('/classes');
  await expect(b.getByRole('main')).not.toContainText(className);
  await expect(b.getByText('You are not in a class yet.')).toBeVisible();
  // Students get a 404 on the teacher's class page.
  expect((await b.goto(classUrl))?.status()).toBe(404);
  await a.goto('/classes');
  await expect(a.getByRole('heading', { level: 2, name: className })).toBeVisible();

  await Promise.all([teacherContext.close(), studentAContext.close(), studentBContext.close()]);
});

test('a teacher who opens a Teach link signed out comes back to it after signing in', async ({ page }) => {
  await page.goto('/teach/classes?from=mail');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fteach%2Fclasses%3Ffrom%3Dmail$/);
  await page.getByLabel('Email').fill('teacher@gleaner.test');
  await page.getByLabel('Password').fill('gleaner-teacher-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/teach\/classes\?from=mail$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Classes' })).toBeVisible();
});
