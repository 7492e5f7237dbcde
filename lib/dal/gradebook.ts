// What a teacher reads after the bell: a class's gradebook (students × assignments, graded by
// each assignment's method), one assignment's attempts, and item analysis of its questions.
// Expired attempts are closed first, so a student who walked away still has a grade.
import 'server-only';
import type { Viewer } from '@/lib/auth';
import { analyseItems, type ItemFlag } from '@/lib/assignments/item-analysis';
import { gradeByMethod, rulesForStudent, studentStatus, type AssignmentSettings, type StudentStatus } from '@/lib/assignments/policy';
import { getDb } from '@/lib/db';
import { choiceValue, percent } from '@/lib/grading';
import { closeExpiredAttempts } from './attempts';
import { CHANGED_MARK } from './response-overrides';
import { parseAccepted, parseChoices } from './question-fields';
import { isTeacher } from './review';

export interface GradebookCell {
  grade: number | null;
  status: StudentStatus;
  attempts: number;
  /** Answers a teacher marked differently from the automatic grade, over the student's submitted attempts. */
  changedMarks: number;
}

export interface Gradebook {
  class: { id: string; name: string };
  assignments: { id: string; title: string; dueAt: Date; gradingMethod: string }[];
  students: { id: string; name: string; email: string; cells: GradebookCell[] }[];
}

/** Teachers: one of their classes' gradebook; null for anyone else's class. */
export async function getGradebook(viewer: Viewer, classId: string, now = new Date()): Promise<Gradebook | null> {
  if (!isTeacher(viewer)) return null;
  const db = await getDb();
  const c = await db.class.findFirst({
    where: { id: classId, teacherId: viewer.id },
    select: {
      id: true, name: true,
      enrollments: { orderBy: [{ user: { name: 'asc' } }, { joinedAt: 'asc' }], select: { user: { select: { id: true, name: true, email: true } } } },
      assignments: { orderBy: [{ dueAt: 'asc' }, { createdAt: 'asc' }], select: { id: true } },
    },
  });
  if (!c) return null;
  await closeExpiredAttempts(now, { assignmentIds: c.assignments.map((a) => a.id) });
  const assignments = await db.assignment.findMany({
    where: { classId },
    orderBy: [{ dueAt: 'asc' }, { createdAt: 'asc' }],
    select: {
      id: true, title: true, openAt: true, dueAt: true, gradingMethod: true, attemptsAllowed: true, timeLimitSeconds: true,
      latePolicy: true, reviewPolicy: true,
      attempts: {
        select: {
          userId: true, status: true, isLate: true, score: true, total: true, submittedAt: true,
          _count: { select: { responses: { where: CHANGED_MARK } } },
        },
      },
      extensions: { select: { userId: true, dueAt: true, extraMinutes: true } },
    },
  });
  return {
    class: { id: c.id, name: c.name },
    assignments: assignments.map((a) => ({ id: a.id, title: a.title, dueAt: a.dueAt, gradingMethod: a.gradingMethod })),
    students: c.enrollments.map(({ user }) => ({
      ...user,
      cells: assignments.map((a) => {
        const mine = a.attempts.filter((t) => t.userId === user.id);
        const submitted = mine.filter((t) => t.status === 'submitted' && t.submittedAt);
        return {
          grade: gradeByMethod(a.gradingMethod, submitted.map((t) => ({ percent: percent(t.score ?? 0, t.total), submittedAt: t.submittedAt! }))),
          // A student with more time is not "missed" at the class's due time.
          status: studentStatus(rulesForStudent(a, a.extensions.find((e) => e.userId === user.id)), now, mine),
          attempts: mine.length,
          changedMarks: submitted.reduce((sum, t) => sum + t._count.responses, 0),
        };
      }),
    })),
  };
}

export interface AttemptRow {
  id: string;
  /** The student's id: their answers are on /teach/assignments/[id]/students/[userId]. */
  userId: string;
  studentName: string;
  studentEmail: string;
  number: number;
  status: 'in_progress' | 'submitted';
  startedAt: Date;
  submittedAt: Date | null;
  deadlineAt: Date | null;
  score: number | null;
  total: number;
  percent: number | null;
  isLate: boolean;
  autoSubmitted: boolean;
  /** Answers a teacher marked differently from the automatic grade (0 while in progress). */
  changedMarks: number;
}

export interface ItemReport {
  questionId: string;
  position: number;
  prompt: string;
  type: string;
  answer: string;
  /** A short answer's other accepted answers (the teacher sees the whole key). */
  accepted: string[];
  /** Still in the bank, so the teacher may edit it; an edited question is retired (a started assignment keeps its wording). */
  isEditable: boolean;
  facility: number;
  discrimination: number | null;
  responses: number;
  unanswered: number;
  /** Each choice (or typed answer) with how many picked it. */
  choices: { label: string; count: number; isCorrect: boolean }[];
  flags: ItemFlag[];
}

export interface AssignmentReport extends AssignmentSettings {
  id: string;
  title: string;
  class: { id: string; name: string };
  article: { slug: string; title: string };
  studentCount: number;
  attempts: AttemptRow[];
  /** Based on each student's first submitted attempt. */
  items: ItemReport[];
  analysedAttempts: number;
}

/** Teachers: one assignment of their own classes, every attempt and its item analysis. */
export async function getAssignmentReport(viewer: Viewer, assignmentId: string, now = new Date()): Promise<AssignmentReport | null> {
  if (!isTeacher(viewer)) return null;
  const db = await getDb();
  const owned = await db.assignment.count({ where: { id: assignmentId, class: { teacherId: viewer.id } } });
  if (!owned) return null;
  await closeExpiredAttempts(now, { assignmentIds: [assignmentId] });
  const a = await db.assignment.findFirstOrThrow({
    where: { id: assignmentId, class: { teacherId: viewer.id } },
    select: {
      id: true, title: true, openAt: true, dueAt: true, attemptsAllowed: true, gradingMethod: true, timeLimitSeconds: true,
      shuffleQuestions: true, shuffleChoices: true, reviewPolicy: true, latePolicy: true,
      class: { select: { id: true, name: true, _count: { select: { enrollments: true } } } },
      quiz: {
        select: {
          article: { select: { slug: true, title: true } },
          questions: { orderBy: { position: 'asc' }, select: { position: true, question: { select: { id: true, type: true, status: true, prompt: true, answer: true, acceptedJson: true, choicesJson: true } } } },
        },
      },
      attempts: {
        orderBy: [{ startedAt: 'asc' }, { id: 'asc' }],
        select: {
          id: true, userId: true, status: true, startedAt: true, submittedAt: true, deadlineAt: true, score: true, total: true,
          isLate: true, autoSubmitted: true,
          user: { select: { name: true, email: true } },
          responses: { select: { questionId: true, answer: true, isCorrect: true, overriddenAt: true } },
        },
      },
    },
  });
  const numberOf = new Map<string, number>();
  const attempts: AttemptRow[] = a.attempts.map((t) => {
    const number = (numberOf.get(t.userId) ?? 0) + 1;
    numberOf.set(t.userId, number);
    const submitted = t.status === 'submitted';
    return {
      id: t.id, userId: t.userId, studentName: t.user.name, studentEmail: t.user.email, number,
      status: submitted ? 'submitted' : 'in_progress',
      startedAt: t.startedAt, submittedAt: t.submittedAt, deadlineAt: t.deadlineAt,
      score: submitted ? t.score : null, total: t.total,
      percent: submitted ? percent(t.score ?? 0, t.total) : null,
      isLate: t.isLate, autoSubmitted: t.autoSubmitted,
      changedMarks: submitted ? t.responses.filter((r) => r.overriddenAt !== null).length : 0,
    };
  });

  const firstSubmitted = new Map<string, (typeof a.attempts)[number]>();
  for (const t of a.attempts) if (t.status === 'submitted' && !firstSubmitted.has(t.userId)) firstSubmitted.set(t.userId, t);
  const analysed = [...firstSubmitted.values()];
  const questions = a.quiz.questions.map((q) => q.question);
  const stats = analyseItems(
    questions.map((q) => q.id),
    analysed.map((t) => ({ responses: t.responses.map((r) => ({ questionId: r.questionId, answer: r.answer, isCorrect: r.isCorrect ?? false })) })),
  );
  // A typed answer is right when it was graded right (the teacher's other accepted answers and
  // surnames included), not only when it matches the answer key letter for letter.
  const gradedRight = new Set<string>();
  for (const t of analysed) for (const r of t.responses) if (r.isCorrect && r.answer) gradedRight.add(`${r.questionId}\u0000${r.answer}`);
  const items = a.quiz.questions.map(({ position, question: q }, i) => {
    const s = stats[i];
    const labels = q.type === 'short_answer' ? [] : parseChoices(q.choicesJson);
    const known = labels.map((label) => {
      const value = choiceValue(q.type, label);
      return { label, count: s.choiceCounts.get(value) ?? 0, isCorrect: value === q.answer };
    });
    // Typed answers: each distinct answer given, most frequent first.
    const typed = q.type === 'short_answer'
      ? [...s.choiceCounts.entries()].sort((x, y) => y[1] - x[1]).map(([label, count]) => ({ label, count, isCorrect: gradedRight.has(`${q.id}\u0000${label}`) }))
      : [];
    return {
      questionId: q.id, position, prompt: q.prompt, type: q.type, answer: q.answer,
      accepted: q.type === 'short_answer' ? parseAccepted(q.acceptedJson) : [], isEditable: q.status !== 'retired',
      facility: s.facility, discrimination: s.discrimination, responses: s.responses, unanswered: s.unanswered,
      choices: [...known, ...typed], flags: s.flags,
    };
  });
  return {
    id: a.id, title: a.title, class: { id: a.class.id, name: a.class.name }, article: a.quiz.article,
    openAt: a.openAt, dueAt: a.dueAt, attemptsAllowed: a.attemptsAllowed, gradingMethod: a.gradingMethod,
    timeLimitSeconds: a.timeLimitSeconds, shuffleQuestions: a.shuffleQuestions, shuffleChoices: a.shuffleChoices,
    reviewPolicy: a.reviewPolicy, latePolicy: a.latePolicy, studentCount: a.class._count.enrollments,
    attempts, items, analysedAttempts: analysed.length,
  };
}

/**
 * Gradebook as CSV rows: one row per student, one column per assignment (percent), then one per
 * assignment with the marks a teacher changed (blank where there is no grade). The counts come
 * after every grade, so a spreadsheet built on the older layout still finds its columns.
 */
export function gradebookCsvRows(book: Gradebook): (string | number | null)[][] {
  return [
    ['Student', 'Email', ...book.assignments.map((a) => `${a.title} (%)`), ...book.assignments.map((a) => `${a.title} (marks changed)`)],
    ...book.students.map((s) => [s.name, s.email, ...s.cells.map((c) => c.grade), ...s.cells.map((c) => (c.grade === null ? null : c.changedMarks))]),
  ];
}

/**
 * Every attempt of an assignment as CSV rows. "Marks changed" is last, so a spreadsheet built on
 * the older layout still finds its columns; blank while in progress, like the score.
 */
export function attemptsCsvRows(report: AssignmentReport): (string | number | null)[][] {
  return [
    ['Student', 'Email', 'Attempt', 'Status', 'Started (UTC)', 'Submitted (UTC)', 'Score', 'Out of', 'Percent', 'Late', 'Closed at time limit', 'Marks changed'],
    ...report.attempts.map((t) => [
      t.studentName, t.studentEmail, t.number, t.status === 'submitted' ? 'submitted' : 'in progress',
      t.startedAt.toISOString(), t.submittedAt?.toISOString() ?? null, t.score, t.total, t.percent,
      t.isLate ? 'yes' : 'no', t.autoSubmitted ? 'yes' : 'no', t.status === 'submitted' ? t.changedMarks : null,
    ]),
  ];
}
