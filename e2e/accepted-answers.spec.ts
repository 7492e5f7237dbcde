// A teacher gives a short answer another accepted answer; a student's quiz answer with it is
// graded right, and the results show it beside the expected answer.
import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { checkAtWidths } from './support/axe';
import { newStudent, seed, signIn, signUp } from './support/factories';

test('an accepted answer added by a teacher is graded right in a student’s quiz', async ({ browser }) => {
  // Three approved questions; the third is "Who wrote Hamlet?" → William Shakespeare.
  const article = seed<{ slug: string; title: string; questionIds: string[] }>('assignable-article', randomUUID().slice(0, 8));

  // A context each (axe needs one), so the teacher and the student have their own sessions.
  const teacher = await (await browser.newContext()).newPage();
  await signIn(teacher, 'teacher@gleaner.test', 'gleaner-teacher-demo');
  await teacher.goto(`/teach/questions/${article.questionIds[2]}/edit`);
  await expect(teacher.getByRole('heading', { name: 'Edit a question' })).toBeVisible();
  const expected = teacher.getByLabel('Expected answer (short answer)');
  const others = teacher.getByLabel('Other accepted answers (optional)');
  await expect(expected).toHaveValue('William Shakespeare');
  await expect(others).toHaveValue('');

  // Keyboard: the box follows the expected answer in the tab order.
  await expected.focus();
  await teacher.keyboard.press('Tab');
  await expect(others).toBeFocused();

  await others.fill('The Bard\nthe Swan of Avon');
  await checkAtWidths(teacher, 'question-accepted-answers');

  // Eleven answers are one too many: a clear message under the field, and nothing is lost.
  const eleven = Array.from({ length: 11 }, (_, i) => `Playwright ${i + 1}`).join('\n');
  await others.fill(eleven);
  await teacher.getByRole('button', { name: 'Save as a new approved version' }).click();
  const error = teacher.getByText('Give at most 10 other answers (this has 11).');
  await expect(error).toBeVisible();
  await expect(others).toHaveAttribute('aria-invalid', 'true');
  await expect(others).toHaveAttribute('aria-describedby', /field-acceptedAnswers-error/);
  await expect(others).toHaveValue(eleven);
  await checkAtWidths(teacher, 'question-accepted-answers-error');

  await others.fill('The Bard\nthe Swan of Avon');
  await teacher.getByRole('button', { name: 'Save as a new approved version' }).click();
  await expect(teacher).toHaveURL(new RegExp(`/teach/articles/${article.slug}\\?status=approved&saved=edited$`));
  await expect(teacher.getByRole('status').filter({ hasText: 'Saved as a new approved version' })).toBeVisible();

  const student = await (await browser.newContext()).newPage();
  await signUp(student, newStudent());
  await student.goto(`/articles/${article.slug}`);
  await student.getByRole('button', { name: 'Take the quiz' }).click();
  for (let i = 1; i <= 3; i++) {
    await expect(student.getByRole('heading', { name: `Question ${i} of 3` })).toBeVisible();
    await expect(student.locator('form[data-keys-ready]')).toBeVisible();
    // A typed answer goes with the Next (or Review) button's post; a choice saves at once.
    const typed = student.getByLabel('Your answer');
    if (await typed.count()) await typed.fill('  the bard ');
    else {
      const paris = student.getByRole('radio', { name: 'Paris' });
      await ((await paris.count()) ? paris : student.getByRole('radio', { name: 'True' })).check();
      await expect(student.getByText('Answer saved')).toBeVisible();
    }
    if (i < 3) await student.getByRole('button', { name: 'Next' }).click();
  }
  await student.getByRole('button', { name: 'Review and submit' }).click();
  await student.getByRole('button', { name: 'Submit quiz' }).click();

  await expect(student.getByRole('heading', { level: 1 })).toHaveText('3/3 (100%)');
  const hamlet = student.getByRole('main').getByRole('listitem').filter({ hasText: 'Who wrote Hamlet?' });
  await expect(hamlet).toContainText('Correct');
  await expect(hamlet).toContainText('the bard');
  await expect(hamlet).toContainText('William Shakespeare');
  // A middle dot between them on screen; a screen reader hears ", or " (visually hidden).
  await expect(hamlet).toContainText(/Also accepted\s*The Bard · , or the Swan of Avon/);
  await checkAtWidths(student, 'results-also-accepted');
});
