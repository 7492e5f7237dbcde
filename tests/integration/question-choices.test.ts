// A multiple-choice question with more than four choices (imports bring up to ten), opened in
// the teacher's edit form and saved through its action (lib/actions/review.ts saveQuestion), keeps
// every choice and its correct answer. Only the session lookup and Next's cache and redirect are
// stood in for; the import, the form's schema and the database are real.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '@/lib/auth';
import { importQuestionsIntoBank } from '@/lib/dal/question-bank-import';
import { getArticleBank, getQuestionForEdit } from '@/lib/dal/review';
import { disconnectDb, getDb, type Db } from '@/lib/db';
import { importGift } from '@/lib/interchange';
import { QUESTION_MAX_CHOICES } from '@/lib/input-limits';
import { createQuiz, createViewer } from '../factories';

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock('@/lib/auth', () => ({ getViewer: async () => session.viewer }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
class Redirected extends Error {
  constructor(readonly url: string) {
    super(`redirect to ${url}`);
  }
}
vi.mock('next/navigation', () => ({
  redirect: (url: string) => {
    throw new Redirected(url);
  },
}));

const { saveQuestion } = await import('@/lib/actions/review');

let db: Db;
beforeAll(async () => {
  db = await getDb();
});
afterAll(disconnectDb);
beforeEach(() => {
  session.viewer = null;
});

const SIX = ['Mercury', 'Venus', 'Earth', 'Mars', 'Jupiter', 'Saturn'];
const GIFT = `::Planets:: Which planet has the most moons known today? {~Mercury ~Venus ~Earth ~Mars ~Jupiter =Saturn}\n`;

/** What the edit form posts without JavaScript: every section, the filled choices and two blank ones. */
function editForm(q: { id: string; slug: string; prompt: string; choices: string[]; answer: string; explanation: string }, changes: Record<string, string> = {}): FormData {
  const data = new FormData();
  const fields: Record<string, string> = {
    slug: q.slug, questionId: q.id, type: 'multiple_choice', prompt: q.prompt,
    correctChoice: String(q.choices.indexOf(q.answer) + 1), shortAnswer: '', acceptedAnswers: '', explanation: q.explanation,
  };
  const count = Math.min(QUESTION_MAX_CHOICES, Math.max(4, q.choices.length + 2));
  for (let i = 0; i < count; i++) fields[`choice${i + 1}`] = q.choices[i] ?? '';
  for (const [k, v] of Object.entries({ ...fields, ...changes })) data.set(k, v);
  return data;
}

/** Saves through the action; a saved question redirects to its article's bank. */
async function save(form: FormData) {
  try {
    return { state: await saveQuestion({ status: 'idle' }, form), redirectedTo: null };
  } catch (error) {
    if (error instanceof Redirected) return { state: null, redirectedTo: error.url };
    throw error;
  }
}

async function importedSixChoice() {
  const teacher = await createViewer(db, 'teacher');
  session.viewer = teacher;
  const { slug } = await createQuiz(db, []);
  const { questions } = importGift(GIFT);
  const imported = await importQuestionsIntoBank(teacher, slug, questions);
  expect(imported).toMatchObject({ status: 'ok', imported: 1 });
  const [question] = (await getArticleBank(teacher, slug))!.questions;
  const forEdit = (await getQuestionForEdit(teacher, question.id))!;
  expect(forEdit).toMatchObject({ choices: SIX, answer: 'Saturn' });
  return { teacher, slug, forEdit };
}

describe('editing a question with more than four choices', () => {
  it('keeps all six imported choices and the correct answer when only the prompt changes', async () => {
    const { teacher, slug, forEdit } = await importedSixChoice();
    const { state, redirectedTo } = await save(editForm(forEdit, { prompt: 'Which planet has the most known moons?' }));
    expect(state).toBeNull();
    expect(redirectedTo).toBe(`/teach/articles/${slug}?status=approved&saved=edited`);

    const bank = (await getArticleBank(teacher, slug))!;
    expect(bank.questions).toHaveLength(1);
    const [saved] = bank.questions;
    expect(saved.id).not.toBe(forEdit.id);
    expect(saved).toMatchObject({ prompt: 'Which planet has the most known moons?', status: 'approved', type: 'multiple_choice', choices: SIX, answer: 'Saturn' });
    // The stored row itself, not only the DTO: the practice quiz grades against this.
    const row = await db.question.findUniqueOrThrow({ where: { id: saved.id }, select: { choicesJson: true, answer: true } });
    expect(row).toEqual({ choicesJson: JSON.stringify(SIX), answer: 'Saturn' });
    expect((await db.question.findUniqueOrThrow({ where: { id: forEdit.id } })).status).toBe('retired');
  });

  it('drops a choice cleared in the middle and keeps the answer on the text that was marked', async () => {
    const { teacher, slug, forEdit } = await importedSixChoice();
    // Clear Venus (2) and Mars (4), mark Jupiter (field 5), add Uranus in the first blank field (7).
    const { redirectedTo } = await save(editForm(forEdit, { choice2: '', choice4: ' ', correctChoice: '5', choice7: 'Uranus' }));
    expect(redirectedTo).toBe(`/teach/articles/${slug}?status=approved&saved=edited`);
    const [saved] = (await getArticleBank(teacher, slug))!.questions;
    expect(saved).toMatchObject({ choices: ['Mercury', 'Earth', 'Jupiter', 'Saturn', 'Uranus'], answer: 'Jupiter' });
  });

  it('adds a fifth choice to a four-choice question', async () => {
    const teacher = await createViewer(db, 'teacher');
    session.viewer = teacher;
    const { slug, questionIds } = await createQuiz(db, [
      { type: 'multiple_choice', prompt: 'Capital of France?', choices: ['Berlin', 'Paris', 'Rome', 'Madrid'], answer: 'Paris' },
    ]);
    const forEdit = (await getQuestionForEdit(teacher, questionIds[0]))!;
    expect((await save(editForm(forEdit, { choice5: 'Lisbon' }))).redirectedTo).toBe(`/teach/articles/${slug}?status=approved&saved=edited`);
    const [saved] = (await getArticleBank(teacher, slug))!.questions;
    expect(saved).toMatchObject({ choices: ['Berlin', 'Paris', 'Rome', 'Madrid', 'Lisbon'], answer: 'Paris' });
  });

  it('refuses choices that differ only in capital letters, says which, and changes nothing', async () => {
    const { teacher, slug, forEdit } = await importedSixChoice();
    const { state, redirectedTo } = await save(editForm(forEdit, { choice7: 'venus' }));
    expect(redirectedTo).toBeNull();
    expect(state).toMatchObject({
      status: 'error',
      fieldErrors: { choice7: ['Differs from choice 2 only in capital letters, which students would read as the same choice; change or clear one.'] },
    });
    // The submitted values come back to refill the form, all of them.
    expect(state?.values).toMatchObject({ choice6: 'Saturn', choice7: 'venus' });
    const [still] = (await getArticleBank(teacher, slug))!.questions;
    expect(still).toMatchObject({ id: forEdit.id, choices: SIX, answer: 'Saturn' });
  });
});
