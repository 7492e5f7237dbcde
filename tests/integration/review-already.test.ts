// Two tabs (or two teachers) asking for the same thing: the second finds the question already as
// it asked (approved twice, rejected twice) and is told so calmly — nothing done, nothing to undo,
// and no "changed by another teacher". Only a different decision made since says "changed".
// Only the session lookup and Next's cache are stood in for; the database is real.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '@/lib/auth';
import { disconnectDb, getDb, type Db } from '@/lib/db';
import { createQuiz, createViewer, THREE_QUESTIONS } from '../factories';

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock('@/lib/auth', () => ({ getViewer: async () => session.viewer }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const { decide } = await import('@/lib/actions/review');
const { applyDecision, decideQuestion } = await import('@/lib/dal/review');
type State = Awaited<ReturnType<typeof decide>>;

let db: Db;
beforeAll(async () => {
  db = await getDb();
});
afterAll(disconnectDb);
beforeEach(() => {
  session.viewer = null;
});

const idle: State = { status: 'idle' };
const statusOf = async (id: string) => (await db.question.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;
const updatedAt = async (id: string) => (await db.question.findUniqueOrThrow({ where: { id } })).updatedAt;
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

/** An article whose questions are all drafts, as generation leaves them. */
async function drafts() {
  const quiz = await createQuiz(db, THREE_QUESTIONS);
  await db.question.updateMany({ where: { id: { in: quiz.questionIds } }, data: { status: 'draft' } });
  return quiz;
}

describe('the same decision from a second tab', () => {
  it('approving twice: the second tab is told calmly it is already approved, with nothing to undo', async () => {
    session.viewer = await createViewer(db, 'teacher');
    const { questionIds } = await drafts();
    const [q] = questionIds;
    const first = await decide(idle, form({ questionId: q, decision: 'approve', shown: 'draft' }));
    expect(first).toMatchObject({ status: 'ok', message: 'Approved: “Capital of France?”' });
    const stamp = await updatedAt(q);

    // Tab B still shows it as a draft.
    const second = await decide(first, form({ questionId: q, decision: 'approve', shown: 'draft' }));
    expect(second).toEqual({ status: 'ok', message: 'Already approved — nothing to do: “Capital of France?”', seq: (first.seq ?? 0) + 1, questionId: q });
    expect(await statusOf(q)).toBe('approved');
    // Nothing was written.
    expect(await updatedAt(q)).toEqual(stamp);
  });

  it('rejecting twice, and sending back to review twice, are confirmed the same way', async () => {
    session.viewer = await createViewer(db, 'teacher');
    const other = await createViewer(db, 'teacher');
    const { questionIds } = await createQuiz(db, THREE_QUESTIONS);
    // Another teacher rejects question 2; this one, on a page showing it approved, rejects it too.
    expect(await decideQuestion(other, questionIds[1], 'reject', 'approved')).toBe('ok');
    const rejected = await decide(idle, form({ questionId: questionIds[1], decision: 'reject', shown: 'approved' }));
    expect(rejected).toMatchObject({ status: 'ok', message: 'Already rejected — nothing to do: “Water boils at 100 °C at sea level.”' });
    expect(rejected.undo).toBeUndefined();
    expect(await statusOf(questionIds[1])).toBe('rejected');

    expect(await decideQuestion(other, questionIds[2], 'restore', 'approved')).toBe('ok');
    const restored = await decide(idle, form({ questionId: questionIds[2], decision: 'restore', shown: 'approved' }));
    expect(restored).toMatchObject({ status: 'ok', message: 'Already in review — nothing to do: “Who wrote Hamlet?”' });
    expect(await statusOf(questionIds[2])).toBe('draft');
  });

  it('a different decision made since is still refused as changed', async () => {
    session.viewer = await createViewer(db, 'teacher');
    const { questionIds } = await drafts();
    const [q] = questionIds;
    await decide(idle, form({ questionId: q, decision: 'approve', shown: 'draft' }));
    const stale = await decide(idle, form({ questionId: q, decision: 'reject', shown: 'draft' }));
    expect(stale).toMatchObject({ status: 'error', message: expect.stringMatching(/^Nothing changed: this question was changed in another tab or by another teacher/) });
    expect(await statusOf(q)).toBe('approved');
  });

  it('an undo whose result someone else already brought about is confirmed, not refused', async () => {
    session.viewer = await createViewer(db, 'teacher');
    const other = await createViewer(db, 'teacher');
    const { questionIds } = await createQuiz(db, THREE_QUESTIONS);
    const rejected = await decide(idle, form({ questionId: questionIds[0], decision: 'reject', shown: 'approved' }));
    expect(rejected.undo).toEqual({ questionId: questionIds[0], previous: 'approved', status: 'rejected', decision: 'approve' });
    // Another tab approves it again before Undo is pressed: what the undo asks for is done.
    expect(await decideQuestion(other, questionIds[0], 'approve', 'rejected')).toBe('ok');
    const undo = rejected.undo!;
    const undone = await decide(rejected, form({ questionId: undo.questionId, decision: undo.decision, expected: undo.status }));
    expect(undone).toMatchObject({ status: 'ok', message: 'Already approved — nothing to do: “Capital of France?”', questionId: questionIds[0] });
    expect(undone.undo).toBeUndefined();
    expect(await statusOf(questionIds[0])).toBe('approved');
  });

  it('in the data layer: already, whoever decided, and never for students', async () => {
    const teacher = await createViewer(db, 'teacher');
    const { questionIds } = await createQuiz(db, THREE_QUESTIONS);
    expect(await applyDecision(teacher, questionIds[0], 'approve')).toEqual({ result: 'already', status: 'approved', prompt: 'Capital of France?' });
    expect(await applyDecision(teacher, questionIds[0], 'approve', 'draft')).toEqual({ result: 'already', status: 'approved', prompt: 'Capital of France?' });
    expect(await decideQuestion(await createViewer(db, 'student'), questionIds[0], 'approve', 'draft')).toBe('forbidden');
    await db.question.update({ where: { id: questionIds[1] }, data: { status: 'retired' } });
    expect(await applyDecision(teacher, questionIds[1], 'approve', 'approved')).toEqual({ result: 'not_found' });
  });
});
