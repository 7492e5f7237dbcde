import { describe, expect, it } from 'vitest';
import {
  acceptsWrites, attemptDeadline, canSeeCorrectAnswers, canStartAttempt, GRACE_MS, gradeByMethod, isLateSubmission,
  studentStatus, type AssignmentRules,
} from './policy';

const at = (iso: string) => new Date(iso);
const rules = (over: Partial<AssignmentRules> = {}): AssignmentRules => ({
  openAt: at('2026-03-02T08:00:00Z'),
  dueAt: at('2026-03-02T10:00:00Z'),
  attemptsAllowed: 1,
  timeLimitSeconds: null,
  latePolicy: 'refuse',
  reviewPolicy: 'immediately',
  gradingMethod: 'highest',
  ...over,
});

describe('attempt deadline', () => {
  it('is the time limit when it ends before the due time', () => {
    expect(attemptDeadline(rules({ timeLimitSeconds: 600 }), at('2026-03-02T09:00:00Z'))).toEqual(at('2026-03-02T09:10:00Z'));
  });
  it('is the due time when late work is refused and the limit would run past it', () => {
    expect(attemptDeadline(rules({ timeLimitSeconds: 3600 }), at('2026-03-02T09:30:00Z'))).toEqual(at('2026-03-02T10:00:00Z'));
  });
  it('ignores the due time when late work is only marked late', () => {
    expect(attemptDeadline(rules({ latePolicy: 'mark_late', timeLimitSeconds: 3600 }), at('2026-03-02T09:30:00Z'))).toEqual(at('2026-03-02T10:30:00Z'));
    expect(attemptDeadline(rules({ latePolicy: 'mark_late' }), at('2026-03-02T09:30:00Z'))).toBeNull();
  });
});

describe('writes after the deadline', () => {
  const deadline = at('2026-03-02T09:10:00Z');
  it('are accepted within the grace period and refused after it', () => {
    expect(acceptsWrites(deadline, new Date(deadline.getTime() + GRACE_MS))).toBe(true);
    expect(acceptsWrites(deadline, new Date(deadline.getTime() + GRACE_MS + 1))).toBe(false);
    expect(acceptsWrites(null, at('2030-01-01T00:00:00Z'))).toBe(true);
  });
  it('mark a submission late only after the due time and its grace', () => {
    const due = rules().dueAt;
    expect(isLateSubmission(due, new Date(due.getTime() + 1000))).toBe(false);
    expect(isLateSubmission(due, new Date(due.getTime() + GRACE_MS + 1))).toBe(true);
  });
});

describe('starting an attempt', () => {
  it('waits for the open time, stops at the due time when late work is refused, and counts attempts', () => {
    expect(canStartAttempt(rules(), at('2026-03-02T07:59:59Z'), 0)).toBe('not_open');
    expect(canStartAttempt(rules(), at('2026-03-02T09:00:00Z'), 0)).toBe('ok');
    expect(canStartAttempt(rules(), at('2026-03-02T09:00:00Z'), 1)).toBe('no_attempts_left');
    expect(canStartAttempt(rules({ attemptsAllowed: null }), at('2026-03-02T09:00:00Z'), 40)).toBe('ok');
    expect(canStartAttempt(rules(), at('2026-03-02T10:00:00Z'), 0)).toBe('closed');
    expect(canStartAttempt(rules({ latePolicy: 'mark_late' }), at('2026-03-02T11:00:00Z'), 0)).toBe('ok');
  });
});

describe('grading methods', () => {
  const attempts = [
    { percent: 60, submittedAt: at('2026-03-02T09:00:00Z') },
    { percent: 90, submittedAt: at('2026-03-02T09:20:00Z') },
    { percent: 70, submittedAt: at('2026-03-02T09:40:00Z') },
  ];
  it('take the highest, latest, first or the rounded average', () => {
    // Shuffled input: the order of the rows must not matter.
    const shuffled = [attempts[2], attempts[0], attempts[1]];
    expect(gradeByMethod('highest', shuffled)).toBe(90);
    expect(gradeByMethod('latest', shuffled)).toBe(70);
    expect(gradeByMethod('first', shuffled)).toBe(60);
    expect(gradeByMethod('average', shuffled)).toBe(73);
    expect(gradeByMethod('highest', [])).toBeNull();
  });
});

describe('student status', () => {
  it('follows the attempts and the clock', () => {
    const r = rules();
    expect(studentStatus(r, at('2026-03-02T07:00:00Z'), [])).toBe('upcoming');
    expect(studentStatus(r, at('2026-03-02T09:00:00Z'), [])).toBe('not_started');
    expect(studentStatus(r, at('2026-03-02T09:00:00Z'), [{ status: 'in_progress', isLate: false }])).toBe('in_progress');
    expect(studentStatus(r, at('2026-03-02T11:00:00Z'), [{ status: 'submitted', isLate: false }])).toBe('submitted');
    expect(studentStatus(r, at('2026-03-02T11:00:00Z'), [{ status: 'submitted', isLate: true }])).toBe('late');
    expect(studentStatus(r, at('2026-03-02T11:00:00Z'), [])).toBe('missed');
  });
});

describe('review policy', () => {
  it('shows correct answers immediately, after the due time, or never', () => {
    const before = at('2026-03-02T09:00:00Z');
    const after = at('2026-03-02T10:00:00Z');
    expect(canSeeCorrectAnswers(rules({ reviewPolicy: 'immediately' }), before)).toBe(true);
    expect(canSeeCorrectAnswers(rules({ reviewPolicy: 'after_due' }), before)).toBe(false);
    expect(canSeeCorrectAnswers(rules({ reviewPolicy: 'after_due' }), after)).toBe(true);
    expect(canSeeCorrectAnswers(rules({ reviewPolicy: 'never' }), after)).toBe(false);
  });
});
