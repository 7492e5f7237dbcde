// Test data for e2e specs: each spec signs up its own users through the real sign-up form
// or API, and seeds anything else with e2e/support/seed.ts against the server's database.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { expect, type Page } from '@playwright/test';
import { E2E_DATABASE_URL } from '../../playwright.config';

export interface TestUser {
  name: string;
  email: string;
  password: string;
}

export function newStudent(label = 'student'): TestUser {
  const id = randomUUID().slice(0, 8);
  return { name: `E2E ${label} ${id}`, email: `${label}-${id}@e2e.gleaner`, password: `pw-${id}-long-enough` };
}

export async function signUp(page: Page, user: TestUser): Promise<void> {
  await page.goto('/sign-up');
  await page.getByLabel('Name').fill(user.name);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

export function seed<T>(command: string, arg: string, databaseUrl = E2E_DATABASE_URL): T {
  const out = execFileSync('npx', ['tsx', '--conditions=react-server', 'e2e/support/seed.ts', command, arg], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
  });
  return JSON.parse(out) as T;
}

/** A teacher creates a class on /teach/classes; its join code. */
export async function createClassAs(teacher: Page, name: string): Promise<string> {
  await teacher.goto('/teach/classes');
  await teacher.getByLabel('Class name').fill(name);
  await teacher.getByRole('button', { name: 'Create class' }).click();
  await expect(teacher.getByRole('heading', { level: 1, name })).toBeVisible();
  return (await teacher.getByTestId('join-code').innerText()).trim();
}

/** Answers question `n` of a three-question quiz by its visible choice (or typed text) and moves on. */
export async function answerQuestion(page: Page, n: number, answers: Record<string, string>) {
  await expect(page.getByRole('heading', { name: `Question ${n} of 3` })).toBeVisible();
  const main = await page.getByRole('main').innerText();
  const prompt = Object.keys(answers).find((p) => main.includes(p))!;
  const typed = page.getByLabel('Your answer');
  if (await typed.count()) await typed.fill(answers[prompt]);
  else await page.getByRole('radio', { name: answers[prompt], exact: true }).check();
  await page.getByRole('button', { name: /^(Next|Review)/ }).click();
}

/** A new student starts a fresh quiz of ten multiple-choice questions; returns the attempt id. */
export async function startQuiz(page: Page, label: string): Promise<string> {
  const { slug } = seed<{ slug: string }>('ten-choice-quiz', `${label}-${Date.now().toString(36)}`);
  await signUp(page, newStudent());
  await page.goto(`/articles/${slug}`);
  await page.getByRole('button', { name: 'Take the quiz' }).click();
  await expect(page).toHaveURL(/\/attempts\/[a-z0-9]+\?q=1$/);
  await expect(page.locator('form[data-keys-ready]')).toBeVisible();
  return new URL(page.url()).pathname.split('/')[2];
}
