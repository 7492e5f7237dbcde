// A teacher deletes an assignment while a student is in the middle of its quiz: the teacher is
// told who is taking it before confirming, and the student's next save ends on a page that says
// the quiz is not available (the countdown and the inputs gone), not on a quiz that still ticks.
import { expect, test } from '@playwright/test';
import { createClassAs, newStudent, seed, signIn, signUp } from './support/factories';

test('deleting an assignment mid-quiz: the teacher is warned, the student is told', async ({ browser }) => {
  test.setTimeout(180_000); // two sign-ins (argon2 on purpose) and a seeding child process
  const suffix = Date.now().toString(36);
  const article = seed<{ slug: string; title: string }>('assignable-article', suffix);

  const teacher = await (await browser.newContext()).newPage();
  await signIn(teacher, 'teacher@gleaner.test', 'gleaner-teacher-demo');
  const code = await createClassAs(teacher, `Deleting ${suffix}`);
  await teacher.getByRole('link', { name: 'New assignment' }).click();
  await teacher.getByRole('link', { name: article.title }).click();
  await teacher.getByLabel('Title', { exact: true }).fill('Soon gone');
  await teacher.getByLabel('Time limit (minutes)').fill('10');
  await teacher.getByRole('button', { name: 'Assign to the class' }).click();
  await expect(teacher.getByRole('heading', { level: 1, name: 'Soon gone' })).toBeVisible();
  const reportUrl = teacher.url();

  const student = await (await browser.newContext()).newPage();
  const pupil = newStudent('deleted');
  await signUp(student, pupil);
  await student.goto('/classes');
  await student.getByLabel('Class code').fill(code);
  await student.getByRole('button', { name: 'Join class' }).click();
  await student.goto('/assignments');
  await student.getByRole('listitem').filter({ hasText: 'Soon gone' }).getByRole('button', { name: /^Start/ }).click();
  await expect(student.getByRole('heading', { name: 'Question 1 of 3' })).toBeVisible();
  await expect(student.getByRole('timer')).toBeVisible();

  // Before the delete, the teacher learns who would lose their answers.
  await teacher.goto(reportUrl);
  await teacher.getByText('Delete this assignment…').click();
  await expect(teacher.getByText('1 student has started it and not submitted')).toBeVisible();
  await expect(teacher.getByText(/started it and not submitted/).locator('..')).toContainText(`(${pupil.name})`);
  await teacher.getByRole('button', { name: 'Delete assignment and its attempts' }).click();
  await expect(teacher).toHaveURL(/\/teach\/classes\/[^/?]+\?deleted=1/);

  // The student's next answer is refused by the server (a choice saves when picked, a typed
  // answer with Enter); the page is loaded again and says what happened.
  const typed = student.getByLabel('Your answer');
  if (await typed.count()) {
    await typed.fill('anything');
    await typed.press('Enter');
  } else {
    await student.getByRole('radio').first().click();
  }
  await expect(student.getByRole('heading', { level: 1, name: 'This quiz is not available' })).toBeVisible();
  await expect(student.getByRole('timer')).toHaveCount(0);
  await expect(student.getByRole('radio')).toHaveCount(0);
  await student.getByRole('main').getByRole('link', { name: 'assignments' }).click();
  await expect(student.getByRole('main')).not.toContainText('Soon gone');
});
