'use server';
// A teacher's mark on a submitted answer. A public endpoint: the session is checked here, the
// DAL checks that the viewer teaches the attempt's class (a student, or another teacher, gets
// "not found").
import { revalidatePath } from 'next/cache';
import { markAnswer, markSameAnswers, type MarkResult } from '@/lib/dal/response-overrides';
import type { ActionState } from '@/lib/schemas/action-state';
import { markAnswerSchema, markIntent } from '@/lib/schemas/answer-marks';
import { validatedActionWithViewer } from './validated-action';

const FAILURES: Record<Exclude<MarkResult['result'], 'ok'>, string> = {
  not_found: 'That answer was not found among your classes’ assignments.',
  not_submitted: 'This attempt is still in progress; it can be marked once it is submitted.',
  not_answered: 'This question was left blank, so there is no answer to mark.',
};

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const markAnswerAction = validatedActionWithViewer(markAnswerSchema, async (input, viewer): Promise<ActionState> => {
  const { isCorrect, isBulk } = markIntent(input.intent);
  const target = { attemptId: input.attemptId, questionId: input.questionId, isCorrect };
  const marked = isBulk ? await markSameAnswers(viewer, target) : await markAnswer(viewer, target);
  if (marked.result !== 'ok') return { status: 'error', message: FAILURES[marked.result] };
  // The student's page, the assignment's attempts and statistics, the class's gradebook.
  revalidatePath('/teach', 'layout');
  const word = target.isCorrect ? 'correct' : 'not correct';
  if (!isBulk) return { status: 'ok', message: marked.changed ? `Marked ${word}.` : `It was already ${word}.` };
  if (!marked.changed) return { status: 'ok', message: `Nothing changed: every same answer was already ${word}.` };
  return { status: 'ok', message: `Marked ${word}: ${count(marked.changed, 'answer', 'answers')} of ${count(marked.students, 'student', 'students')} in this assignment.` };
});
