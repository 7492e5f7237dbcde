import { describe, expect, it } from 'vitest';
import {
  acceptsWrites, answersReleaseAt, attemptDeadline, canStartAttempt, effectiveDueAt, GRACE_MS, gradeByMethod, holdsAnswers, isLateSubmission,
  recomputedDeadline, reviewHold, rulesForStudent, SHORTEN_NOTICE_MS, studentStatus, type AssignmentRules, type ClassClock,
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
  const clock = (over: Partial<ClassClock> = {}): ClassClock => ({ dueAt: at('2026-03-02T10:00:00Z'), extensions: [], runningDeadlines: [], ...over });

  it('shows correct answers immediately, after the due time, or never', () => {
    const before = at('2026-03-02T09:00:00Z');
    const after = at('2026-03-02T10:00:00Z');
    expect(reviewHold('immediately', clock(), 'a', before)).toBeNull();
    expect(reviewHold('after_due', clock(), 'a', before)).toEqual({ reason: 'after_due', until: at('2026-03-02T10:00:00Z') });
    expect(reviewHold('after_due', clock(), 'a', after)).toBeNull();
    expect(reviewHold('never', clock(), 'a', after)).toEqual({ reason: 'never' });
  });

  it('after the due time waits for the classmate with the latest extension, without naming them', () => {
    const c = clock({ extensions: [{ userId: 'b', dueAt: at('2026-03-03T10:00:00Z') }, { userId: 'c', dueAt: null }] });
    expect(answersReleaseAt(c)).toEqual(at('2026-03-03T10:00:00Z'));
    const between = at('2026-03-02T12:00:00Z');
    // a and c are past their due time; b still has a day.
    expect(reviewHold('after_due', c, 'a', between)).toEqual({ reason: 'classmate_time' });
    expect(reviewHold('after_due', c, 'c', between)).toEqual({ reason: 'classmate_time' });
    expect(reviewHold('after_due', c, 'b', between)).toEqual({ reason: 'after_due', until: at('2026-03-03T10:00:00Z') });
    for (const who of ['a', 'b', 'c']) expect(reviewHold('after_due', c, who, at('2026-03-03T10:00:00Z'))).toBeNull();
    // "Right after submitting" stays immediate for everyone.
    expect(reviewHold('immediately', c, 'a', between)).toBeNull();
  });

  it('waits for attempts still running past the due time (extra minutes, late work with a time limit)', () => {
    const c = clock({ runningDeadlines: [null, at('2026-03-02T09:30:00Z'), at('2026-03-02T10:45:00Z')] });
    // Until the deadline's grace is over: the attempt still takes answers until then.
    expect(answersReleaseAt(c)).toEqual(new Date(at('2026-03-02T10:45:00Z').getTime() + GRACE_MS));
    expect(acceptsWrites(at('2026-03-02T10:45:00Z'), at('2026-03-02T10:45:14Z'))).toBe(true);
    expect(holdsAnswers(c, at('2026-03-02T10:45:14Z'))).toBe(true);
    expect(holdsAnswers(c, new Date(at('2026-03-02T10:45:00Z').getTime() + GRACE_MS))).toBe(false);
    expect(reviewHold('after_due', c, 'a', at('2026-03-02T10:30:00Z'))).toEqual({ reason: 'classmate_time' });
    // An attempt with no deadline (late work, no time limit) does not hold answers for ever.
    expect(answersReleaseAt(clock({ runningDeadlines: [null] }))).toEqual(at('2026-03-02T10:00:00Z'));
  });

  it('an extension earlier than the class’s due time changes nothing', () => {
    const c = clock({ extensions: [{ userId: 'b', dueAt: at('2026-03-01T10:00:00Z') }] });
    expect(answersReleaseAt(c)).toEqual(at('2026-03-02T10:00:00Z'));
    expect(reviewHold('after_due', c, 'b', at('2026-03-02T09:00:00Z'))).toEqual({ reason: 'after_due', until: at('2026-03-02T10:00:00Z') });
  });
});

describe('a student extension', () => {
  it('moves the due time only later', () => {
    const due = at('2026-03-02T10:00:00Z');
    expect(effectiveDueAt(due, { dueAt: at('2026-03-03T10:00:00Z') })).toEqual(at('2026-03-03T10:00:00Z'));
    expect(effectiveDueAt(due, { dueAt: at('2026-03-01T10:00:00Z') })).toEqual(due);
    expect(effectiveDueAt(due, { dueAt: null })).toEqual(due);
    expect(effectiveDueAt(due, null)).toEqual(due);
  });

  it('adds extra minutes to a time limit, and nothing without one', () => {
    expect(rulesForStudent(rules({ timeLimitSeconds: 600 }), { dueAt: null, extraMinutes: 5 }).timeLimitSeconds).toBe(900);
    expect(rulesForStudent(rules(), { dueAt: null, extraMinutes: 5 }).timeLimitSeconds).toBeNull();
    expect(rulesForStudent(rules({ timeLimitSeconds: 600 }), null).timeLimitSeconds).toBe(600);
  });

  it('sets the deadline of an attempt started under it', () => {
    const mine = rulesForStudent(rules({ timeLimitSeconds: 3600 }), { dueAt: at('2026-03-02T12:00:00Z'), extraMinutes: 30 });
    // 90 minutes from 9:30 ends at 11:00, before the student's own due time of 12:00.
    expect(attemptDeadline(mine, at('2026-03-02T09:30:00Z'))).toEqual(at('2026-03-02T11:00:00Z'));
  });
});

describe('recomputing a running attempt', () => {
  const started = at('2026-03-02T09:00:00Z');
  const now = at('2026-03-02T09:20:00Z');

  it('takes a longer deadline as is', () => {
    const current = at('2026-03-02T09:30:00Z');
    expect(recomputedDeadline(rules({ timeLimitSeconds: 3600 }), started, current, now)).toEqual(at('2026-03-02T10:00:00Z'));
    expect(recomputedDeadline(rules({ latePolicy: 'mark_late' }), started, current, now)).toBeNull();
  });

  it('takes a shorter deadline that still lies ahead', () => {
    const current = at('2026-03-02T10:00:00Z');
    expect(recomputedDeadline(rules({ timeLimitSeconds: 40 * 60 }), started, current, now)).toEqual(at('2026-03-02T09:40:00Z'));
  });

  it('never cuts a running attempt off sooner than a minute from now', () => {
    const current = at('2026-03-02T10:00:00Z');
    const cut = recomputedDeadline(rules({ timeLimitSeconds: 10 * 60 }), started, current, now);
    expect(cut).toEqual(new Date(now.getTime() + SHORTEN_NOTICE_MS));
    // Adding a time limit to an attempt that had no deadline is a cut too.
    expect(recomputedDeadline(rules({ latePolicy: 'mark_late', timeLimitSeconds: 600 }), started, null, now)).toEqual(new Date(now.getTime() + SHORTEN_NOTICE_MS));
  });

  it('never gives more time than the attempt had when cutting', () => {
    const current = at('2026-03-02T09:20:30Z'); // 30 s left
    expect(recomputedDeadline(rules({ timeLimitSeconds: 5 * 60 }), started, current, now)).toEqual(current);
  });
});
