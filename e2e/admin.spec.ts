// Who is a teacher: the admin approves requests, invite links make teachers, a reset link sets
// a new password once and signs the old sessions out; students cannot reach /admin.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { createClassAs, newStudent, signIn, signUp, type TestUser } from './support/factories';

const ADMIN = { email: 'admin@gleaner.test', password: 'gleaner-admin-demo' };

async function adminPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.getByRole('link', { name: 'Admin' }).click();
  await expect(page.getByRole('heading', { name: 'Admin', level: 1 })).toBeVisible();
  return page;
}

async function signUpWith(page: Page, user: TestUser, url = '/sign-up', askToTeach = false): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Name').fill(user.name);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  if (askToTeach) await page.getByLabel('I am a teacher (an admin approves teacher accounts)').check();
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

test('the admin approves a teacher request', async ({ page, browser }) => {
  const asker = newStudent('asker');
  await signUpWith(page, asker, '/sign-up?next=%2Ftoday', true);
  await expect(page.getByRole('link', { name: 'Teach' })).toHaveCount(0);
  // The new account is told its request waits for the admin, with a way on to where it was going.
  await expect(page.getByRole('status')).toContainText('Your request to teach has gone to this Gleaner’s admin');
  await expect(page.getByRole('link', { name: 'Go on to the page you were opening' })).toHaveAttribute('href', '/today');

  const admin = await adminPage(browser);
  await admin.getByRole('button', { name: `Approve ${asker.name} as a teacher` }).click();
  await expect(admin.getByRole('button', { name: `Approve ${asker.name} as a teacher` })).toHaveCount(0);

  await page.reload();
  await page.getByRole('link', { name: 'Teach' }).click();
  await expect(page.getByRole('heading', { name: 'Question review' })).toBeVisible();
});

test('an invite link makes one teacher, once', async ({ page, browser }) => {
  const admin = await adminPage(browser);
  await admin.getByRole('button', { name: 'Create a teacher invite link' }).click();
  const link = await admin.getByLabel('Teacher invite link', { exact: true }).inputValue();
  expect(link).toMatch(/\/sign-up\?invite=[A-Za-z0-9_-]{43}$/);
  await expect(admin.getByRole('heading', { name: /^Unused invites/ })).toBeVisible();

  await page.goto(link);
  await expect(page.getByText('You were invited to teach')).toBeVisible();
  await signUpWith(page, newStudent('invited'), link);
  await expect(page).toHaveURL(/\/teach$/);
  await expect(page.getByRole('heading', { name: 'Question review' })).toBeVisible();

  // The same link again: a clear message, and the new account is a student.
  const second = await (await browser.newContext()).newPage();
  await second.goto(link);
  await expect(second.getByText('This teacher invite link is not valid')).toBeVisible();
  await signUpWith(second, newStudent('late'), link);
  await expect(second.getByRole('link', { name: 'Teach' })).toHaveCount(0);
});

test('a reset link sets a new password once and signs the old sessions out', async ({ page, browser }) => {
  const user = newStudent('forgetful');
  await signUp(page, user);

  const admin = await adminPage(browser);
  await admin.getByRole('button', { name: `Create password reset link for ${user.name}` }).click();
  const link = await admin.getByLabel(`Password reset link for ${user.name}`, { exact: true }).inputValue();
  expect(link).toMatch(/\/reset-password\/[A-Za-z0-9_-]{43}$/);

  const other = await (await browser.newContext()).newPage();
  await other.goto(link);
  await expect(other.getByText(`For ${user.name}.`)).toBeVisible();
  await other.getByLabel('New password', { exact: true }).fill('brand-new-password');
  await other.getByLabel('New password again').fill('brand-new-password');
  await other.getByRole('button', { name: 'Set new password' }).click();
  await expect(other.getByText('Your new password is set')).toBeVisible();

  // The session that was open is gone.
  await page.reload();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  // The old password fails, the new one works, and the link does not work twice.
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('That email and password do not match an account.')).toBeVisible();
  await signIn(page, user.email, 'brand-new-password');
  await other.goto(link);
  await expect(other.getByText('This reset link is not valid')).toBeVisible();
});

test('the admin hands a leaving teacher’s class to another teacher by keyboard, then can remove the account', async ({ page, browser }) => {
  const leaver = newStudent('leaver');
  await signUpWith(page, leaver, '/sign-up', true);
  const admin = await adminPage(browser);
  await admin.getByRole('button', { name: `Approve ${leaver.name} as a teacher` }).click();
  await expect(admin.getByRole('button', { name: `Approve ${leaver.name} as a teacher` })).toHaveCount(0);
  const className = `Handover ${leaver.email.slice(7, 15)}`;
  await createClassAs(page, className);

  await admin.setViewportSize({ width: 390, height: 844 });
  await admin.reload();
  await admin.getByRole('link', { name: `Hand over classes, make student or remove ${leaver.name}…` }).click();
  await expect(admin.getByRole('heading', { name: 'Hand over classes', level: 2 })).toBeVisible();
  await expect(admin.getByRole('checkbox', { name: `${className} 0 students` })).toBeChecked();
  await expectNoAxeViolations(admin, 'class handover form at 390 px');
  // By keyboard: the receiver, the confirming tick, the button.
  await admin.getByLabel('Hand over to').focus();
  await admin.getByLabel('Hand over to').selectOption({ label: 'Tess Teacher (teacher@gleaner.test)' });
  await admin.keyboard.press('Tab');
  await admin.keyboard.press('Space');
  await expect(admin.getByRole('checkbox', { name: /Yes, hand over the ticked classes/ })).toBeChecked();
  await admin.keyboard.press('Tab');
  await expect(admin.getByRole('button', { name: 'Hand over classes' })).toBeFocused();
  await admin.keyboard.press('Enter');
  await expect(admin.getByRole('status')).toContainText('The classes were handed over');
  await expect(admin).toHaveURL(/\?handedOver=1$/);
  await expect(admin.getByRole('button', { name: `Remove ${leaver.name}’s account for good` })).toBeVisible();

  await page.goto('/teach/classes');
  await expect(page.getByText(className)).toHaveCount(0);
  const tess = await (await browser.newContext()).newPage();
  await signIn(tess, 'teacher@gleaner.test', 'gleaner-teacher-demo');
  await tess.goto('/teach/classes');
  await expect(tess.getByRole('link', { name: className })).toBeVisible();
});

test('students get a 404 on /admin and no Admin link', async ({ page }) => {
  await signUp(page, newStudent());
  await expect(page.getByRole('link', { name: 'Admin' })).toHaveCount(0);
  const response = await page.goto('/admin');
  expect(response?.status()).toBe(404);
});

for (const viewport of [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
]) {
  test(`/admin is accessible at ${viewport.width} px`, async ({ page }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await signUpWith(page, newStudent('waiting'), '/sign-up', true);
    await page.context().clearCookies();
    await signIn(page, ADMIN.email, ADMIN.password);
    await page.goto('/admin');
    await page.getByRole('button', { name: 'Create a teacher invite link' }).click();
    await expect(page.getByLabel('Teacher invite link', { exact: true })).toBeVisible();
    await expectNoAxeViolations(page, `admin at ${viewport.width} px`);
    await page.screenshot({ path: `screenshots/admin-${viewport.name}.png`, fullPage: true });
  });
}
