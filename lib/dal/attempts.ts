// Quiz attempts: start, answer, submit, review. Every function takes the viewer first and puts
// ownership in the query's `where`, so another student's attempt id finds nothing (404).
// Answer keys are read only when grading and in the review of a submitted attempt.
import 'server-only';
import type { Viewer } from '@/lib/auth';
import { getDb } from '@/lib/db';
import { choiceValue, isAnswerCorrect } from '@/lib/grading';
import { recordQuizReviews } from './study';
import { parseChoices } from './question-fields';

export interface QuizQuestionView {
  id: string;
  position: number;
  type: string;
  prompt: string;
  /** What the student picks from; the answer key is not part of this shape. */
  choices: { label: string; value: string }[];
}

export interface AttemptForTaking {
  id: string;
  status: 'in_progress' | 'submitted';
  article: { slug: string; title: string };
  questions: QuizQuestionView[];
  answers: Record<string, string>;
}

export type SaveAnswerResult = 'saved' | 'not_found' | 'closed' | 'invalid_choice';
export type SubmitResult = { outcome: 'submitted'; score: number; total: number } | { outcome: 'already_submitted' | 'not_found' };


/** Students: resume their open attempt at the article's practice quiz, or start one. Null if there is no quiz. */
export async function startPracticeAttempt(viewer: Viewer, slug: string): Promise<string | null> {
  const db = await getDb();
  const quiz = await db.quiz.findFirst({
    where: { kind: 'practice', isCurrent: true, article: { slug } },
    select: { id: true, _count: { select: { questions: true } } },
  });
  if (!quiz) return null;
  const open = await db.attempt.findFirst({
    where: { userId: viewer.id, quizId: quiz.id, status: 'in_progress' },
    orderBy: { startedAt: 'desc' },
    select: { id: true },
  });
  if (open) return open.id;
  const created = await db.attempt.create({
    data: { userId: viewer.id, quizId: quiz.id, total: quiz._count.questions },
    select: { id: true },
  });
  return created.id;
}

/** The attempt's owner only: questions without answers, and the answers saved so far. */
export async function getAttemptForTaking(viewer: Viewer, attemptId: string): Promise<AttemptForTaking | null> {
  const db = await getDb();
  const attempt = await db.attempt.findFirst({
    where: { id: attemptId, userId: viewer.id },
    select: {
      id: true,
      status: true,
      quiz: {
        select: {
          article: { select: { slug: true, title: true } },
          questions: {
            orderBy: { position: 'asc' },
            select: { position: true, question: { select: { id: true, type: true, prompt: true, choicesJson: true } } },
          },
        },
      },
      responses: { select: { questionId: true, answer: true } },
    },
  });
  if (!attempt) return null;
  return {
    id: attempt.id,
    status: attempt.status === 'submitted' ? 'submitted' : 'in_progress',
    article: attempt.quiz.article,
    questions: attempt.quiz.questions.map(({ position, question: q }) => ({
      id: q.id,
      position,
      type: q.type,
      prompt: q.prompt,
      choices: parseChoices(q.choicesJson).map((label) => ({ label, value: choiceValue(q.type, label) })),
    })),
    answers: Object.fromEntries(attempt.responses.map((r) => [r.questionId, r.answer])),
  };
}

/** The attempt's owner only, while it is open: stores (or replaces) one answer. Empty text clears it. */
export async function saveAnswer(viewer: Viewer, attemptId: string, questionId: string, answer: string): Promise<SaveAnswerResult> {
  const db = await getDb();
  const attempt = await db.attempt.findFirst({
    where: { id: attemptId, userId: viewer.id },
    select: { status: true, quiz: { select: { questions: { where: { questionId }, select: { question: { select: { type: true, choicesJson: true } } } } } } },
  });
  if (!attempt) return 'not_found';
  if (attempt.status !== 'in_progress') return 'closed';
  const entry = attempt.quiz.questions[0];
  if (!entry) return 'not_found';
  const { type, choicesJson } = entry.question;
  const trimmed = answer.trim();
  if (trimmed && type !== 'short_answer' && !parseChoices(choicesJson).some((c) => choiceValue(type, c) === trimmed)) {
    return 'invalid_choice';
  }
  return db.$transaction(async (tx) => {
    // Re-checked inside the write so an answer cannot land after the submit that closed the attempt.
    const stillOpen = await tx.attempt.updateMany({
      where: { id: attemptId, userId: viewer.id, status: 'in_progress' },
      data: { updatedAt: new Date() },
    });
    if (stillOpen.count === 0) return 'closed' as const;
    if (!trimmed) {
      await tx.response.deleteMany({ where: { attemptId, questionId } });
    } else {
      await tx.response.upsert({
        where: { attemptId_questionId: { attemptId, questionId } },
        create: { attemptId, questionId, answer: trimmed },
        update: { answer: trimmed, answeredAt: new Date() },
      });
    }
    return 'saved' as const;
  });
}

/**
 * The attempt's owner only: closes and grades it. The status flip is a conditional update,
 * so of many simultaneous submits exactly one grades and the rest see `already_submitted`.
 */
export async function submitAttempt(viewer: Viewer, attemptId: string): Promise<SubmitResult> {
  const db = await getDb();
  const graded = await db.$transaction(async (tx) => {
    const closed = await tx.attempt.updateMany({
      where: { id: attemptId, userId: viewer.id, status: 'in_progress' },
      data: { status: 'submitted', submittedAt: new Date() },
    });
    if (closed.count === 0) {
      const exists = await tx.attempt.count({ where: { id: attemptId, userId: viewer.id } });
      return { outcome: exists ? ('already_submitted' as const) : ('not_found' as const) };
    }
    const attempt = await tx.attempt.findUniqueOrThrow({
      where: { id: attemptId },
      select: {
        responses: { select: { id: true, questionId: true, answer: true } },
        quiz: { select: { questions: { select: { question: { select: { id: true, type: true, answer: true } } } } } },
      },
    });
    const key = new Map(attempt.quiz.questions.map(({ question: q }) => [q.id, q]));
    const correctIds = new Set<string>();
    for (const response of attempt.responses) {
      const q = key.get(response.questionId);
      const isCorrect = q ? isAnswerCorrect(q.type, response.answer, q.answer) : false;
      if (isCorrect) correctIds.add(response.questionId);
      await tx.response.update({ where: { id: response.id }, data: { isCorrect } });
    }
    const score = correctIds.size;
    const total = attempt.quiz.questions.length;
    await tx.attempt.update({ where: { id: attemptId }, data: { score, total } });
    const results = [...key.keys()].map((questionId) => ({ questionId, isCorrect: correctIds.has(questionId) }));
    return { outcome: 'submitted' as const, score, total, results };
  });
  if (graded.outcome !== 'submitted') return graded;
  // Only the submit that won the conditional update gets here, so each answer feeds the
  // schedule once. After the commit: a schedule hiccup must not undo an acknowledged submit.
  try {
    await recordQuizReviews(viewer, graded.results);
  } catch (error) {
    console.error('quiz results could not update the study schedule', error);
  }
  return { outcome: 'submitted', score: graded.score, total: graded.total };
}
