import { describe, expect, it } from 'vitest';
import { attemptDeadline, effectiveDueAt, recomputedDeadline, rulesForStudent, SHORTEN_NOTICE_MS, type AssignmentRules } from './policy';

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
