// One student's work on one assignment, as their teacher reads it: every attempt, and for a
// submitted one each answer beside the answer key. Questions are in the quiz's order (the
// order of the assignment's statistics), whatever order the student's shuffle showed.
import 'server-only';
import type { Viewer } from '@/lib/auth';
import { getDb, type Db } from '@/lib/db';
import { gradeByMethod } from '@/lib/assignments/policy';
import { choiceLabel, percent } from '@/lib/grading';
import { closeExpiredAttempts } from './attempts';
import { parseAccepted, parseChoices } from './question-fields';
import { answerMatchKey } from './response-overrides';
import { isTeacher } from './review';

export interface StudentAnswer {
  questionId: string;
  prompt: string;
  type: string;
  /** As the student saw it ("True", not "true"); null when left blank. */
  given: string | null;
  isCorrect: boolean;
  expected: string;
  /** A short answer's other accepted answers. */
  accepted: string[];
  /** A teacher's mark that differs from the automatic grade: who and when. */
  override: { by: string; at: Date } | null;
  /**
   * Submitted answers to this question in the whole assignment (every student, every attempt)
   * that are this same answer (lib/dal/response-overrides.ts answerMatchKey) and not marked correct,
   * this one included: what "mark correct for everyone who gave this answer" would change.
   */
  sameNotCorrect: number;
  /** The same answers marked correct now, this one included if it is: what "mark not correct for everyone" would change. */
  sameCorrect: number;
  /** The same answers in the assignment, this one included. */
  sameTotal: number;
}

export interface StudentAttempt {
  id: string;
  number: number;
  status: 'in_progress' | 'submitted';
  startedAt: Date;
  submittedAt: Date | null;
  score: number | null;
  total: number;
  percent: number | null;
  isLate: boolean;
  autoSubmitted: boolean;
  /** How many questions have an answer saved (an attempt in progress shows only this). */
  answered: number;
  /** Submitted attempts only: running ones are the student's until they submit. */
  answers: StudentAnswer[];
  /** How many of its answers a teacher marked differently from the automatic grade. */
  changedMarks: number;
}

export interface StudentWork {
  assignment: { id: string; title: string; gradingMethod: string; class: { id: string; name: string } };
  /** The student's grade at the assignment by its grading method (as the gradebook shows it); null before a submit. */
  grade: number | null;
  student: { id: string; name: string; email: string };
  attempts: StudentAttempt[];
}


/**
 * Teachers: one student's attempts at an assignment of their own classes. Null for anyone else's
 * assignment, or for someone who is neither in the class nor has an attempt at it. (A student
 * who left the class keeps their attempts here.) An attempt whose time ran out is closed and
 * graded first, so a student who walked away shows their answers.
 */
export async function getStudentWork(viewer: Viewer, assignmentId: string, userId: string, now = new Date()): Promise<StudentWork | null> {
  if (!isTeacher(viewer)) return null;
  const db = await getDb();
  const where = {
    id: assignmentId,
    class: { teacherId: viewer.id },
    OR: [{ class: { enrollments: { some: { userId } } } }, { attempts: { some: { userId } } }],
  };
  if (!(await db.assignment.count({ where }))) return null;
  await closeExpiredAttempts(now, { assignmentIds: [assignmentId], userId });
  const a = await db.assignment.findFirst({
    where,
    select: {
      id: true, title: true, gradingMethod: true,
      class: { select: { id: true, name: true } },
      quiz: {
        select: {
          questions: {
            orderBy: { position: 'asc' },
            select: { question: { select: { id: true, type: true, prompt: true, answer: true, acceptedJson: true, choicesJson: true } } },
          },
        },
      },
      attempts: {
        where: { userId },
        orderBy: [{ startedAt: 'asc' }, { id: 'asc' }],
        select: {
          id: true, status: true, startedAt: true, submittedAt: true, score: true, total: true, isLate: true, autoSubmitted: true,
          responses: { select: { questionId: true, answer: true, isCorrect: true, overriddenById: true, overriddenAt: true } },
        },
      },
    },
  });
  if (!a) return null;
  const student = await db.user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true } });
  if (!student) return null;
  const everyAnswer = await db.response.findMany({
    where: { attempt: { assignmentId, status: 'submitted' }, answer: { not: '' } },
    select: { questionId: true, answer: true, isCorrect: true },
  });
  const types = new Map(a.quiz.questions.map(({ question: q }) => [q.id, q.type]));
  const sameCounts = new Map<string, { total: number; notCorrect: number }>();
  for (const o of everyAnswer) {
    const key = `${o.questionId}\u0000${answerMatchKey(types.get(o.questionId) ?? '', o.answer)}`;
    const counts = sameCounts.get(key) ?? { total: 0, notCorrect: 0 };
    counts.total += 1;
    if (!o.isCorrect) counts.notCorrect += 1;
    sameCounts.set(key, counts);
  }
  const overriders = await teacherNames(db, a.attempts.flatMap((t) => t.responses.map((r) => r.overriddenById)));
  const questions = a.quiz.questions.map(({ question: q }) => ({ ...q, choices: q.type === 'short_answer' ? [] : parseChoices(q.choicesJson) }));
  const attempts: StudentAttempt[] = a.attempts.map((t, i) => {
    const submitted = t.status === 'submitted';
    const byQuestion = new Map(t.responses.map((r) => [r.questionId, r]));
    return {
      id: t.id, number: i + 1, status: submitted ? 'submitted' : 'in_progress',
      startedAt: t.startedAt, submittedAt: t.submittedAt,
      score: submitted ? t.score : null, total: t.total, percent: submitted ? percent(t.score ?? 0, t.total) : null,
      isLate: t.isLate, autoSubmitted: t.autoSubmitted,
      answered: t.responses.filter((r) => r.answer !== '').length,
      answers: submitted
        ? questions.map((q) => {
            const r = byQuestion.get(q.id);
            const given = r?.answer ? choiceLabel(q.type, q.choices, r.answer) : null;
            const same = r?.answer ? sameCounts.get(`${q.id}\u0000${answerMatchKey(q.type, r.answer)}`) : undefined;
            return {
              questionId: q.id, prompt: q.prompt, type: q.type, given, isCorrect: r?.isCorrect ?? false,
              expected: choiceLabel(q.type, q.choices, q.answer),
              accepted: q.type === 'short_answer' ? parseAccepted(q.acceptedJson) : [],
              override: r?.overriddenById && r.overriddenAt ? { by: overriders.get(r.overriddenById) ?? 'a teacher', at: r.overriddenAt } : null,
              sameNotCorrect: same?.notCorrect ?? 0,
              sameCorrect: same ? same.total - same.notCorrect : 0,
              sameTotal: same?.total ?? 0,
            };
          })
        : [],
      changedMarks: submitted ? t.responses.filter((r) => r.overriddenAt !== null).length : 0,
    };
  });
  const submitted = attempts.filter((t) => t.submittedAt && t.percent !== null);
  const grade = gradeByMethod(a.gradingMethod, submitted.map((t) => ({ percent: t.percent!, submittedAt: t.submittedAt! })));
  return { assignment: { id: a.id, title: a.title, gradingMethod: a.gradingMethod, class: a.class }, grade, student, attempts };
}

/** The names of the teachers who marked answers (a user id with no foreign key: one deleted since is unnamed). */
async function teacherNames(db: Db, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (!wanted.length) return new Map();
  const users = await db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}
