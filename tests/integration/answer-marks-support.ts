// What the teacher's-mark tests share: the classroom's three questions by prompt, an assignment
// of its quiz, a student's attempt with given answers, and the stored score. Imported after the
// test file's vi.mock of the session, like the DAL it calls.
import { expect } from 'vitest';
import type { Viewer } from '@/lib/auth';
import type { Db } from '@/lib/db';
import { createAssignment, startAssignmentAttempt } from '@/lib/dal/assignments';
import { getAttemptForTaking, saveAnswer, submitAttempt } from '@/lib/dal/attempts';
import type { createClassroom } from '../factories';
import { assignInput, minutes } from './assignment-inputs';

export type Room = Awaited<ReturnType<typeof createClassroom>>;
export const HAMLET = 'Who wrote Hamlet?';
export const FRANCE = 'Capital of France?';
export const WATER = 'Water boils at 100 °C at sea level.';

export async function assign(room: Room, over: Parameters<typeof assignInput>[1] = {}) {
  const created = await createAssignment(room.teacher, assignInput(room, over), minutes(-60));
  if (created.result !== 'ok') throw new Error(`not assigned: ${created.result}`);
  return created.id;
}

/** One attempt with these answers (by prompt); submitted unless told otherwise. Returns its id and question ids by prompt. */
export async function take(student: Viewer, assignmentId: string, at: Date, answers: Record<string, string>, submit = true) {
  const started = await startAssignmentAttempt(student, assignmentId, at);
  if (started.outcome !== 'ok') throw new Error(`not started: ${started.outcome}`);
  const taking = (await getAttemptForTaking(student, started.attemptId, at))!;
  const ids: Record<string, string> = {};
  for (const q of taking.questions) {
    ids[q.prompt] = q.id;
    if (answers[q.prompt]) expect(await saveAnswer(student, started.attemptId, q.id, answers[q.prompt], at)).toBe('saved');
  }
  if (submit) await submitAttempt(student, started.attemptId, at);
  return { attemptId: started.attemptId, ids };
}

export const scoreOf = async (db: Db, attemptId: string) => (await db.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { score: true } })).score;
