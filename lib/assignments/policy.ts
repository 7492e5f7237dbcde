// The rules of an assignment, as pure functions of its settings and the server's clock, so
// every page, action and the closing sweep decide the same way (and tests can move the clock).

export const GRADING_METHODS = ['highest', 'latest', 'first', 'average'] as const;
export const REVIEW_POLICIES = ['immediately', 'after_due', 'never'] as const;
export const LATE_POLICIES = ['refuse', 'mark_late'] as const;
export type GradingMethod = (typeof GRADING_METHODS)[number];
export type ReviewPolicy = (typeof REVIEW_POLICIES)[number];
export type LatePolicy = (typeof LATE_POLICIES)[number];

/** How the teacher's pages name a grading method ("graded by highest attempt"). */
export const GRADING_METHOD_TEXT: Record<string, string> = { highest: 'highest attempt', latest: 'latest attempt', first: 'first attempt', average: 'average of attempts' };

/**
 * Answers and submits are accepted this long after a deadline: the request of a student who
 * clicked at 0:00 left may arrive a moment later. Anything later is refused by the server.
 */
export const GRACE_MS = 15_000;

export interface AssignmentRules {
  openAt: Date;
  dueAt: Date;
  /** null = unlimited */
  attemptsAllowed: number | null;
  timeLimitSeconds: number | null;
  latePolicy: string;
  reviewPolicy: string;
  gradingMethod: string;
}

/**
 * When an attempt started at `startedAt` must end: the time limit, or the due time when late
 * work is refused, whichever comes first. Null means it never expires.
 */
export function attemptDeadline(rules: AssignmentRules, startedAt: Date): Date | null {
  const ends: number[] = [];
  if (rules.timeLimitSeconds) ends.push(startedAt.getTime() + rules.timeLimitSeconds * 1000);
  if (rules.latePolicy === 'refuse') ends.push(rules.dueAt.getTime());
  return ends.length ? new Date(Math.min(...ends)) : null;
}

/** One student's extension: a later due time and/or extra minutes on the time limit. */
export interface StudentExtension {
  dueAt: Date | null;
  extraMinutes: number | null;
}

/**
 * The due time that applies to one student: their extension's, when it is later than the
 * assignment's. An extension only ever gives more time, so a teacher who later moves the whole
 * class's due time past it does not leave that student behind.
 */
export function effectiveDueAt(dueAt: Date, extension?: Pick<StudentExtension, 'dueAt'> | null): Date {
  const own = extension?.dueAt;
  return own && own.getTime() > dueAt.getTime() ? own : dueAt;
}

/**
 * The assignment's rules as they apply to one student: the effective due time, and the time
 * limit plus their extra minutes (extra minutes mean nothing without a time limit).
 */
export function rulesForStudent<R extends Pick<AssignmentRules, 'dueAt' | 'timeLimitSeconds'>>(rules: R, extension?: StudentExtension | null): R {
  if (!extension) return rules;
  const extra = rules.timeLimitSeconds && extension.extraMinutes ? extension.extraMinutes * 60 : 0;
  return {
    ...rules,
    dueAt: effectiveDueAt(rules.dueAt, extension),
    timeLimitSeconds: rules.timeLimitSeconds ? rules.timeLimitSeconds + extra : rules.timeLimitSeconds,
  };
}

/**
 * Notice a running attempt gets when its teacher shortens it (an earlier due time, a shorter
 * time limit, a smaller extension).
 */
export const SHORTEN_NOTICE_MS = 60_000;

/**
 * A running attempt's deadline after its rules changed: recomputed from when it started, as
 * if the new rules had applied from the start. Longer is taken as is. Shorter never ends it
 * sooner than a minute from now, and never later than it would have ended anyway: a student
 * mid-quiz is not cut off without notice, and does not gain time from a cut.
 */
export function recomputedDeadline(rules: AssignmentRules, startedAt: Date, current: Date | null, now: Date): Date | null {
  const next = attemptDeadline(rules, startedAt);
  if (next === null) return null;
  if (current !== null && next.getTime() >= current.getTime()) return next;
  const floor = now.getTime() + SHORTEN_NOTICE_MS;
  const limit = current === null ? floor : Math.min(current.getTime(), floor);
  return new Date(Math.max(next.getTime(), limit));
}

/** When an attempt with this deadline stops taking answers and submits: the deadline plus the grace. */
export function writesEndAt(deadlineAt: Date): Date {
  return new Date(deadlineAt.getTime() + GRACE_MS);
}

/** The earliest deadline whose attempt still takes writes at `now`: `writesEndAt` as a database bound. */
export function openDeadlineCutoff(now: Date): Date {
  return new Date(now.getTime() - GRACE_MS);
}

/** Whether the server still takes answers and submits for an attempt with this deadline. */
export function acceptsWrites(deadlineAt: Date | null, now: Date): boolean {
  return deadlineAt === null || now <= writesEndAt(deadlineAt);
}

/** A submission is late when it arrives after the due time (and its grace period). */
export function isLateSubmission(dueAt: Date, submittedAt: Date): boolean {
  return submittedAt.getTime() > dueAt.getTime() + GRACE_MS;
}

export type StartCheck = 'ok' | 'not_open' | 'closed' | 'no_attempts_left';

/** Whether a student may start a new attempt (resuming an open one is always allowed). */
export function canStartAttempt(rules: AssignmentRules, now: Date, attemptsUsed: number): StartCheck {
  if (now < rules.openAt) return 'not_open';
  if (rules.latePolicy === 'refuse' && now >= rules.dueAt) return 'closed';
  if (rules.attemptsAllowed !== null && attemptsUsed >= rules.attemptsAllowed) return 'no_attempts_left';
  return 'ok';
}

export interface GradedAttempt {
  percent: number;
  submittedAt: Date;
}

/** The student's grade for an assignment by its grading method, in percent; null if none submitted. */
export function gradeByMethod(method: string, attempts: GradedAttempt[]): number | null {
  if (attempts.length === 0) return null;
  const byTime = [...attempts].sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
  switch (method) {
    case 'latest':
      return byTime[byTime.length - 1].percent;
    case 'first':
      return byTime[0].percent;
    case 'average':
      return Math.round(byTime.reduce((sum, a) => sum + a.percent, 0) / byTime.length);
    default:
      return Math.max(...byTime.map((a) => a.percent));
  }
}

export type StudentStatus = 'upcoming' | 'not_started' | 'in_progress' | 'submitted' | 'late' | 'missed';

export interface StudentAttemptSummary {
  status: string;
  isLate: boolean;
}

/** What a student's assignment list says about one assignment. */
export function studentStatus(rules: AssignmentRules, now: Date, attempts: StudentAttemptSummary[]): StudentStatus {
  if (attempts.some((a) => a.status === 'in_progress')) return 'in_progress';
  const submitted = attempts.filter((a) => a.status === 'submitted');
  if (submitted.length > 0) return submitted.every((a) => a.isLate) ? 'late' : 'submitted';
  if (now < rules.openAt) return 'upcoming';
  return now >= rules.dueAt ? 'missed' : 'not_started';
}

/**
 * The clock of a whole class at one assignment: its due time, every student's extension, and
 * the deadlines of attempts still running (extra minutes, or a time limit that runs past the
 * due time when late work is accepted).
 */
export interface ClassClock {
  dueAt: Date;
  extensions: { userId: string; dueAt: Date | null }[];
  runningDeadlines: (Date | null)[];
}

/**
 * When the last student of the class runs out of time. Before then an answer shown to anyone
 * (a review, a flashcard, a practice quiz) could reach a classmate who is still working.
 * A running attempt takes answers until its deadline plus the grace (`acceptsWrites`), so it
 * holds them that long too. An attempt without a deadline holds nothing past the due times:
 * late work with no time limit would otherwise keep answers back for ever.
 */
export function answersReleaseAt(clock: ClassClock): Date {
  const dueTimes = [clock.dueAt, ...clock.extensions.map((e) => e.dueAt)].filter((d): d is Date => d !== null).map((d) => d.getTime());
  const writesEnd = clock.runningDeadlines.filter((d): d is Date => d !== null).map((d) => writesEndAt(d).getTime());
  return new Date(Math.max(...dueTimes, ...writesEnd));
}

/**
 * The one rule for every page (DESIGN.md): an assignment keeps its questions' answers from
 * every student of its class — out of study decks and practice quizzes, and out of "after the
 * due time" reviews — until the last student's time is up. `hidingAssignmentsWhere`
 * (lib/dal/assignment-visibility.ts) is the same rule as a database condition.
 */
export function holdsAnswers(clock: ClassClock, now: Date): boolean {
  return now < answersReleaseAt(clock);
}

/**
 * Why the review of a student's submitted attempt shows no correct answers yet, or null when
 * it shows them: the teacher's setting; "after the due time" means the student's own due time
 * (so they know when to come back), and then the last classmate's (not named, not dated: the
 * date would tell the class about one student's extension).
 */
export type ReviewHold = { reason: 'never' } | { reason: 'after_due'; until: Date } | { reason: 'classmate_time' } | null;

export function reviewHold(reviewPolicy: string, clock: ClassClock, studentId: string, now: Date): ReviewHold {
  if (reviewPolicy === 'never') return { reason: 'never' };
  if (reviewPolicy !== 'after_due') return null;
  const own = effectiveDueAt(clock.dueAt, clock.extensions.find((e) => e.userId === studentId));
  if (now < own) return { reason: 'after_due', until: own };
  return holdsAnswers(clock, now) ? { reason: 'classmate_time' } : null;
}

/** An assignment's settings as pages show them (dates as Date on the server, as form strings in a form). */
export interface AssignmentSettings<D = Date> {
  openAt: D;
  dueAt: D;
  attemptsAllowed: number | null;
  gradingMethod: string;
  timeLimitSeconds: number | null;
  shuffleQuestions: boolean;
  shuffleChoices: boolean;
  reviewPolicy: string;
  latePolicy: string;
}
