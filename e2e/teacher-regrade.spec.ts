// A teacher marks a student's typed answer correct (the key did not foresee it); the student's
// results show the new score and that the teacher changed the mark. Then the same answer,
// typed differently by classmates, is marked correct for everyone who gave it, from the keyboard
// (those marks folded in a disclosure under the one-answer button); the attempts list, the
// student's scores and assignments and the CSV say "mark changed"; and marking it not correct for
// everyone who gave it undoes it all.
import { expect, test, type Page } from '@playwright/test';
import { checkAtWidths } from './support/axe';
import { answerQuestion, createClassAs, newStudent, seed, signIn, signUp, type TestUser } from './support/factories';

const TEACHER = { name: 'Tess Teacher', email: 'teacher@gleaner.test', password: 'gleaner-teacher-demo' };
const HAMLET = 'Who wrote Hamlet?';

/** A new student joins the class, takes the quiz with `hamlet` for the short answer, and sees 1/3; their results address. */
async function takeQuiz(page: Page, user: TestUser, code: string, hamlet: string): Promise<string> {
  await signUp(page, user);
  await page.goto('/classes');
  await page.getByLabel('Class code').fill(code);
  await page.getByRole('button', { name: 'Join class' }).click();
  await page.goto('/assignments');
  await page.getByRole('listitem').filter({ hasText: 'Regrade quiz' }).getByRole('button', { name: /^Start/ }).click();
  const answers = { 'Capital of France?': 'Paris', 'Water boils at 100 °C at sea level.': 'False', [HAMLET]: hamlet };
  for (let n = 1; n <= 3; n++) await answerQuestion(page, n, answers);
  await page.getByRole('button', { name: 'Submit quiz' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('1/3 (33%)');
  return new URL(page.url()).pathname;
}

test('the teacher marks a typed answer correct; the student sees the new score and why', async ({ browser }) => {
  test.setTimeout(420_000); // four sign-ins (argon2 on purpose) and axe scans at two widths
  const suffix = Date.now().toString(36);
  const article = seed<{ slug: string; title: string }>('assignable-article', `regrade-${suffix}`);
  const teacher = await (await browser.newContext()).newPage();
  await signIn(teacher, TEACHER.email, TEACHER.password);
  const code = await createClassAs(teacher, `Regrade ${suffix}`);
  await teacher.getByRole('link', { name: 'New assignment' }).click();
  await teacher.getByRole('link', { name: article.title }).click();
  await teacher.getByLabel('Title', { exact: true }).fill('Regrade quiz');
  await teacher.getByLabel('Students see correct answers').selectOption('immediately');
  await teacher.getByRole('button', { name: 'Assign to the class' }).click();
  await expect(teacher.getByRole('heading', { level: 1, name: 'Regrade quiz' })).toBeVisible();
  const reportUrl = new URL(teacher.url()).pathname;

  const ada = await (await browser.newContext()).newPage();
  const adaUser = newStudent('regrade-a');
  const adaResults = await takeQuiz(ada, adaUser, code, 'Shakespear');
  const ben = await (await browser.newContext()).newPage();
  const benUser = newStudent('regrade-b');
  const benResults = await takeQuiz(ben, benUser, code, 'shakespear!');
  const cy = await (await browser.newContext()).newPage();
  const cyResults = await takeQuiz(cy, newStudent('regrade-c'), code, ' SHAKESPEAR');

  // The teacher opens Ada's answers and marks her short answer correct.
  await teacher.goto(reportUrl);
  await teacher.getByRole('row', { name: new RegExp(adaUser.name) }).getByRole('link', { name: new RegExp(adaUser.name) }).click();
  await expect(teacher.getByRole('heading', { level: 3, name: 'Attempt 1: 1/3 (33%)' })).toBeVisible();
  const answerTo = (prompt: string) => teacher.getByRole('region', { name: 'Answers' }).getByRole('listitem').filter({ hasText: prompt }).last();
  await expect(answerTo(HAMLET)).toContainText('✗ Wrong: Shakespear');
  // Ben and Cy typed the same answer: the bulk button counts all three, folded away at first.
  const sameAnswers = answerTo(HAMLET).locator('summary');
  const bulkForThree = answerTo(HAMLET).getByRole('button', { name: 'Mark this answer correct for everyone who gave it (3 answers in this assignment)' });
  await expect(sameAnswers).toHaveAccessibleName('Mark everyone who gave this answer');
  await expect(sameAnswers).toHaveAccessibleDescription(`3. ${HAMLET}`);
  await expect(bulkForThree).toBeHidden();
  // All three answered alike throughout, so each answer has one — and its one-answer button besides.
  await expect(teacher.getByRole('region', { name: 'Answers' }).locator('summary')).toHaveCount(3);
  await expect(teacher.getByRole('region', { name: 'Answers' }).getByRole('button', { name: /^Mark (not )?correct$/ })).toHaveCount(3);
  await checkAtWidths(teacher, 'regrade-teacher-before');
  // Opened from the keyboard.
  await sameAnswers.focus();
  await teacher.keyboard.press('Enter');
  await expect(bulkForThree).toBeVisible();
  await checkAtWidths(teacher, 'regrade-teacher-before-open');
  // Every answer has a button of this name; its description names the question.
  await expect(answerTo(HAMLET).getByRole('button', { name: 'Mark correct', exact: true })).toHaveAccessibleDescription(`3. ${HAMLET}`);
  await answerTo(HAMLET).getByRole('button', { name: 'Mark correct', exact: true }).click();
  await expect(answerTo(HAMLET)).toContainText('Marked correct.');
  await expect(teacher.getByRole('heading', { level: 3, name: 'Attempt 1: 2/3 (67%)' })).toBeVisible();
  await expect(answerTo(HAMLET)).toContainText('✓ Right: Shakespear');
  await expect(answerTo(HAMLET)).toContainText(`Marked correct by ${TEACHER.name}`);
  await expect(answerTo(HAMLET)).toContainText('(the automatic grade was wrong)');
  await expect(teacher.getByTestId('student-grade')).toContainText('Grade: 67%');
  await expect(answerTo(HAMLET).getByRole('button', { name: 'Mark not correct', exact: true })).toBeVisible();

  // Ada's own results: the new score, and a note that her teacher changed the mark.
  await ada.goto(adaResults);
  await expect(ada.getByRole('heading', { level: 1 })).toHaveText('2/3 (67%)');
  await expect(ada.getByTestId('teacher-marks')).toContainText('Your teacher changed the mark on one answer after you submitted.');
  const adaHamlet = ada.getByRole('listitem').filter({ hasText: HAMLET });
  await expect(adaHamlet).toContainText('Question 3 · Correct');
  await expect(adaHamlet).toContainText(`Marked correct by your teacher, ${TEACHER.name}`);
  await checkAtWidths(ada, 'regrade-student-review');

  // The wrong-key case, from the keyboard: Ben's and Cy's answers too, by the bulk button on Ada's
  // page (the disclosure stayed open while the page redrew Ada's mark).
  const bulk = answerTo(HAMLET).getByRole('button', { name: 'Mark this answer correct for everyone who gave it (2 answers in this assignment)' });
  await bulk.focus();
  await expect(bulk).toBeFocused();
  await teacher.keyboard.press('Enter');
  await expect(answerTo(HAMLET)).toContainText('Marked correct: 2 answers of 2 students in this assignment.');
  // The bulk button is gone (nothing left to mark); the keyboard stays on this answer.
  await expect(bulk).toHaveCount(0);
  await expect(answerTo(HAMLET).getByRole('button', { name: 'Mark not correct', exact: true })).toBeFocused();
  await expect(answerTo(HAMLET).getByRole('button', { name: 'Mark this answer not correct for everyone who gave it (3 answers in this assignment)' })).toBeVisible();
  await checkAtWidths(teacher, 'regrade-teacher-after');
  await ben.goto(benResults);
  await expect(ben.getByRole('heading', { level: 1 })).toHaveText('2/3 (67%)');
  // The attempts list reads the new scores, and says the marks were changed.
  await teacher.goto(reportUrl);
  await expect(teacher.getByRole('row', { name: new RegExp(adaUser.name) })).toContainText('2/3 (67%)1 mark changed');
  await checkAtWidths(teacher, 'regrade-attempts-marked');
  await teacher.getByRole('link', { name: 'Gradebook' }).click();
  await expect(teacher.getByRole('row', { name: new RegExp(adaUser.name) })).toContainText('67%1 attempt1 mark changed');
  await checkAtWidths(teacher, 'regrade-gradebook-marked');
  await teacher.goto(reportUrl);
  // So do the student's own scores and assignments.
  await ada.goto('/scores');
  await expect(ada.getByRole('row').filter({ hasText: 'Regrade quiz' })).toContainText('2/3 (67%)1 mark changed by your teacher');
  await checkAtWidths(ada, 'regrade-student-scores');
  await ada.goto('/assignments');
  const adaCard = ada.getByRole('listitem').filter({ hasText: 'Regrade quiz' });
  await expect(adaCard).toContainText('Grade 67% (best attempt)');
  await expect(adaCard.getByTestId('mark-changed')).toHaveText('1 mark changed by your teacher');
  await checkAtWidths(ada, 'regrade-student-assignments');
  // And the attempts CSV, in a column after the old ones.
  const csv = (await (await teacher.request.get(`${reportUrl}/attempts.csv`)).text()).replace(/^\uFEFF/, '').split('\r\n');
  expect(csv[0]).toBe('Student,Email,Attempt,Status,Started (UTC),Submitted (UTC),Score,Out of,Percent,Late,Closed at time limit,Marks changed');
  expect(csv.find((line) => line.startsWith(`${adaUser.name},`))).toMatch(/,2,3,67,no,no,1$/);

  // Ben's alone marked back: on Ada's answer both bulk marks now reach someone.
  await teacher.getByRole('row', { name: new RegExp(benUser.name) }).getByRole('link', { name: new RegExp(benUser.name) }).click();
  await answerTo(HAMLET).getByRole('button', { name: 'Mark not correct', exact: true }).click();
  await expect(answerTo(HAMLET)).toContainText('Marked not correct.');
  await teacher.goBack();
  await teacher.getByRole('row', { name: new RegExp(adaUser.name) }).getByRole('link', { name: new RegExp(adaUser.name) }).click();
  await sameAnswers.click();
  await expect(answerTo(HAMLET).getByRole('button', { name: 'Mark this answer correct for everyone who gave it (1 answer in this assignment)' })).toBeVisible();
  const undo = answerTo(HAMLET).getByRole('button', { name: 'Mark this answer not correct for everyone who gave it (2 answers in this assignment)' });
  await checkAtWidths(teacher, 'regrade-teacher-both-ways');

  // Undo for everyone: every score and note as the submit left them.
  await undo.click();
  await expect(answerTo(HAMLET)).toContainText('Marked not correct: 2 answers of 2 students in this assignment.');
  await expect(teacher.getByRole('heading', { level: 3, name: 'Attempt 1: 1/3 (33%)' })).toBeVisible();
  await expect(answerTo(HAMLET)).not.toContainText('Marked correct by');
  await checkAtWidths(teacher, 'regrade-teacher-undone');
  for (const [page, results] of [[ada, adaResults], [cy, cyResults]] as const) {
    await page.goto(results);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('1/3 (33%)');
    await expect(page.getByTestId('teacher-marks')).toHaveCount(0);
  }
  await teacher.goto(reportUrl);
  await expect(teacher.getByTestId('mark-changed')).toHaveCount(0);
});
