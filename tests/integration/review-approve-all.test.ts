// "Approve all N drafts" (lib/actions/review-bulk.ts, lib/dal/review-bulk.ts) against a real
// database: teachers only; exactly the drafts the page showed, each as a single approval would
// (one decided elsewhere meanwhile is left alone and counted); the count reaches the notice.
// Only the session lookup and Next's cache and redirect are stood in for.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '@/lib/auth';
import { disconnectDb, getDb, type Db } from '@/lib/db';
import { createQuiz, createViewer, THREE_QUESTIONS } from '../factories';
import { form } from './action-form';

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock('@/lib/auth', () => ({ getViewer: async () => session.viewer }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/navigation', () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error('NEXT_REDIRECT'), { to });
  },
}));

const { approveAllDrafts } = await import('@/lib/actions/review-bulk');
const { approveDrafts } = await import('@/lib/dal/review-bulk');

let db: Db;
beforeAll(async () => {
  db = await getDb();
});
afterAll(disconnectDb);
beforeEach(() => {
  session.viewer = null;
});

const idle = { status: 'idle' } as const;
const statuses = async (ids: string[]) =>
  Promise.all(ids.map(async (id) => (await db.question.findUniqueOrThrow({ where: { id }, select: { status: true } })).status));

/** An article whose three questions are all drafts. */
async function draftBank() {
  const article = await createQuiz(db, THREE_QUESTIONS);
  await db.question.updateMany({ where: { id: { in: article.questionIds } }, data: { status: 'draft' } });
  return article;
}

describe('approve all drafts', () => {
  it('is refused to a student and to a signed-out visitor, and nothing changes', async () => {
    const { slug, questionIds } = await draftBank();
    const student = await createViewer(db, 'student');
    expect(await approveDrafts(student, slug, questionIds)).toEqual({ result: 'forbidden' });
    session.viewer = student;
    expect(await approveAllDrafts(idle, form({ slug, questionIds: questionIds.join(',') }))).toMatchObject({ status: 'error', message: 'Only teachers can review questions.' });
    session.viewer = null;
    expect(await approveAllDrafts(idle, form({ slug, questionIds: questionIds.join(',') }))).toMatchObject({ status: 'error', message: expect.stringMatching(/session has ended/) });
    expect(await statuses(questionIds)).toEqual(['draft', 'draft', 'draft']);
  });

  it('approves the drafts shown, leaves one decided meanwhile alone, and says how many in the notice', async () => {
    const { slug, questionIds, quizId } = await draftBank();
    const [a, b, c] = questionIds;
    const teacher = await createViewer(db, 'teacher');
    // Another teacher rejected b after this page was loaded; c was not on the page (added later).
    await db.question.update({ where: { id: b }, data: { status: 'rejected' } });
    session.viewer = teacher;
    await expect(approveAllDrafts(idle, form({ slug, questionIds: `${a},${b}` }))).rejects.toMatchObject({
      to: `/teach/articles/${slug}?status=approved&approvedAll=1&leftAlone=1`,
    });
    expect(await statuses([a, b, c])).toEqual(['approved', 'rejected', 'draft']);
    // The practice quiz follows, as after a single approval: a new current quiz, approved first.
    const current = await db.quiz.findFirstOrThrow({ where: { article: { slug }, kind: 'practice', isCurrent: true }, include: { questions: { orderBy: { position: 'asc' } } } });
    expect(current.id).not.toBe(quizId);
    expect(current.questions[0].questionId).toBe(a);
  });

  it('touches no question of another article, and refuses an empty list', async () => {
    const mine = await draftBank();
    const theirs = await draftBank();
    const teacher = await createViewer(db, 'teacher');
    expect(await approveDrafts(teacher, mine.slug, theirs.questionIds)).toEqual({ result: 'ok', approved: 0, skipped: 3 });
    expect(await statuses(theirs.questionIds)).toEqual(['draft', 'draft', 'draft']);
    session.viewer = teacher;
    expect(await approveAllDrafts(idle, form({ slug: mine.slug, questionIds: '' }))).toMatchObject({
      status: 'error', fieldErrors: { questionIds: ['There are no drafts to approve.'] },
    });
  });
});
