// The review page's decision action itself (lib/actions/review.ts decide), as the page posts
// it: a decision, its Undo (the form the answer offers), and the refusals when the question was
// changed in another tab or by another teacher — said plainly, never reported as done. Only the
// session lookup and Next's cache are stood in for; the database is real.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '@/lib/auth';
import { disconnectDb, getDb, type Db } from '@/lib/db';
import { createQuiz, createViewer, THREE_QUESTIONS } from '../factories';
import { form } from './action-form';

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock('@/lib/auth', () => ({ getViewer: async () => session.viewer }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const { decide } = await import('@/lib/actions/review');
const { decideQuestion } = await import('@/lib/dal/review');
type State = Awaited<ReturnType<typeof decide>>;

let db: Db;
beforeAll(async () => {
  db = await getDb();
});
afterAll(disconnectDb);
beforeEach(() => {
  session.viewer = null;
});

const statusOf = async (id: string) => (await db.question.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

/** What the page's Undo button posts, from the answer to a decision. */
function undoForm(state: State): FormData {
  if (!state.undo) throw new Error('no undo offered');
  return form({ questionId: state.undo.questionId, decision: state.undo.decision, expected: state.undo.status });
}

const idle: State = { status: 'idle' };

describe('the review decision action', () => {
  it('a decision offers an undo, and the undo restores the previous status and the practice quiz', async () => {
    session.viewer = await createViewer(db, 'teacher');
    const { slug, questionIds } = await createQuiz(db, THREE_QUESTIONS);
    const practice = async () =>
      (await db.quiz.findFirstOrThrow({ where: { article: { slug }, kind: 'practice', isCurrent: true }, include: { questions: true } })).questions.map((q) => q.questionId).sort();
    const before = await practice();

    const rejected = await decide(idle, form({ questionId: questionIds[1], decision: 'reject', shown: 'approved' }));
    expect(rejected).toMatchObject({ status: 'ok', message: `Rejected: “${THREE_QUESTIONS[1].prompt}”`, questionId: questionIds[1] });
    expect(rejected.undo).toEqual({ questionId: questionIds[1], previous: 'approved', status: 'rejected', decision: 'approve' });
    expect(await statusOf(questionIds[1])).toBe('rejected');
    expect(await practice()).not.toContain(questionIds[1]);

    const undone = await decide(rejected, undoForm(rejected));
    expect(undone).toMatchObject({ status: 'ok', message: `Undone: “${THREE_QUESTIONS[1].prompt}” is approved again.`, undone: questionIds[1] });
    expect(undone.undo).toBeUndefined();
    expect(undone.seq).toBe((rejected.seq ?? 0) + 1);
    expect(await statusOf(questionIds[1])).toBe('approved');
    expect(await practice()).toEqual(before);

    // Back to review, undone: approved again.
    const restored = await decide(undone, form({ questionId: questionIds[0], decision: 'restore', shown: 'approved' }));
    expect(await statusOf(questionIds[0])).toBe('draft');
    expect(await decide(restored, undoForm(restored))).toMatchObject({ status: 'ok', message: expect.stringMatching(/^Undone: .* is approved again\.$/) });
    expect(await statusOf(questionIds[0])).toBe('approved');
  });

  it('refuses, and says so, an undo of a question changed since by another teacher', async () => {
    session.viewer = await createViewer(db, 'teacher');
    const other = await createViewer(db, 'teacher');
    const { questionIds } = await createQuiz(db, THREE_QUESTIONS);
    const rejected = await decide(idle, form({ questionId: questionIds[2], decision: 'reject', shown: 'approved' }));
    expect(rejected.status).toBe('ok');

    // Another teacher (or another tab) sends it back to review before Undo is pressed.
    const viewer = session.viewer;
    session.viewer = other;
    expect(await decide(idle, form({ questionId: questionIds[2], decision: 'restore', shown: 'rejected' }))).toMatchObject({ status: 'ok' });
    session.viewer = viewer;

    const refused = await decide(rejected, undoForm(rejected));
    expect(refused.status).toBe('error');
    expect(refused.message).toMatch(/^Not undone: this question was changed in another tab or by another teacher/);
    expect(refused.undo).toBeUndefined();
    expect(await statusOf(questionIds[2])).toBe('draft');
  });

  it('refuses, and says so, a decision made on a page that no longer shows the question as it is', async () => {
    session.viewer = await createViewer(db, 'teacher');
    const { questionIds } = await createQuiz(db, THREE_QUESTIONS);
    // Two tabs show it approved; the first rejects it, then the second (out of date) sends it back to review.
    expect(await decide(idle, form({ questionId: questionIds[0], decision: 'reject', shown: 'approved' }))).toMatchObject({ status: 'ok' });
    const stale = await decide(idle, form({ questionId: questionIds[0], decision: 'restore', shown: 'approved' }));
    expect(stale).toMatchObject({ status: 'error', questionId: questionIds[0] });
    expect(stale.message).toMatch(/^Nothing changed: this question was changed in another tab or by another teacher/);
    expect(stale.undo).toBeUndefined();
    expect(await statusOf(questionIds[0])).toBe('rejected');

    // Edited elsewhere (an edit retires the old version): named as such, not as "no longer exists".
    await db.question.update({ where: { id: questionIds[1] }, data: { status: 'retired' } });
    const gone = await decide(idle, form({ questionId: questionIds[1], decision: 'reject', shown: 'approved' }));
    expect(gone).toMatchObject({ status: 'error' });
    expect(gone.message).toMatch(/edited or retired in another tab or by another teacher/);
    expect(await statusOf(questionIds[1])).toBe('retired');
  });

  it('decideQuestion reports a concurrent decision as changed, not as done', async () => {
    const teacher = await createViewer(db, 'teacher');
    const { questionIds } = await createQuiz(db, THREE_QUESTIONS);
    expect(await decideQuestion(teacher, questionIds[2], 'reject', 'approved')).toBe('ok');
    expect(await decideQuestion(teacher, questionIds[2], 'approve', 'approved')).toBe('changed');
    expect(await statusOf(questionIds[2])).toBe('rejected');
  });

  it('is refused to students and to the signed-out, and to fields the form never sends', async () => {
    const { questionIds } = await createQuiz(db, THREE_QUESTIONS);
    expect(await decide(idle, form({ questionId: questionIds[0], decision: 'reject' }))).toMatchObject({ status: 'error', message: expect.stringMatching(/session has ended/) });
    session.viewer = await createViewer(db, 'student');
    expect(await decide(idle, form({ questionId: questionIds[0], decision: 'reject', shown: 'approved' }))).toMatchObject({ status: 'error', message: 'Only teachers can review questions.' });
    session.viewer = await createViewer(db, 'teacher');
    expect(await decide(idle, form({ questionId: questionIds[0], decision: 'reject', extra: 'x' }))).toMatchObject({ status: 'error' });
    expect(await statusOf(questionIds[0])).toBe('approved');
  });
});
