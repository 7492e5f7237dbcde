import { describe, expect, it } from 'vitest';
import { extensionSchema, updateAssignmentSchema } from './assignments';

const form = (over: Record<string, string> = {}) => ({
  assignmentId: 'abc123', title: 'Quiz', openAt: '2026-03-02T08:00', dueAt: '2026-03-02T10:00', tzOffset: '-60',
  attemptsAllowed: '2', gradingMethod: 'highest', timeLimitMinutes: '', reviewPolicy: 'after_due', latePolicy: 'refuse', ...over,
});

describe('the edit form', () => {
  it('reads numbers, checkboxes and an empty time limit from form data', () => {
    const parsed = updateAssignmentSchema.parse(form({ shuffleChoices: 'on', timeLimitMinutes: '' }));
    expect(parsed).toMatchObject({ attemptsAllowed: 2, tzOffset: -60, shuffleChoices: true, shuffleQuestions: false });
    expect(parsed.timeLimitMinutes).toBeUndefined();
  });

  it('puts each problem on its field', () => {
    const result = updateAssignmentSchema.safeParse(form({ dueAt: '2026-03-02T08:00', title: ' ', timeLimitMinutes: '0' }));
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
    expect(paths).toEqual(expect.arrayContaining(['title: Enter a title.', 'timeLimitMinutes: At least 1 minute.']));
    // The open/due check runs once the fields themselves are valid.
    const due = updateAssignmentSchema.safeParse(form({ dueAt: '2026-03-02T07:59' }));
    expect(due.error!.issues).toEqual([expect.objectContaining({ path: ['dueAt'], message: 'The due time must be after the open time.' })]);
  });

  it('lets an opening time through empty: the DAL keeps an open assignment as it opened and refuses it for one not open yet', () => {
    expect(updateAssignmentSchema.parse(form({ openAt: '' })).openAt).toBe('');
    expect(updateAssignmentSchema.parse({ ...form(), openAt: undefined }).openAt).toBeUndefined();
    // Nothing to compare the due time with: no "after the open time" refusal.
    expect(updateAssignmentSchema.safeParse(form({ openAt: '', dueAt: '2026-03-01T09:00' })).success).toBe(true);
  });

  it('refuses fields it does not know (the questions are not editable here)', () => {
    expect(updateAssignmentSchema.safeParse({ ...form(), questionIds: ['x'] }).success).toBe(false);
  });
});

describe('the extension form', () => {
  it('needs a due time, extra minutes, or both', () => {
    const none = extensionSchema.safeParse({ assignmentId: 'a1', userId: 'u1', dueAt: '', extraMinutes: '' });
    expect(none.error!.issues).toEqual([expect.objectContaining({ path: ['dueAt'] })]);
    expect(extensionSchema.parse({ assignmentId: 'a1', userId: 'u1', dueAt: '', extraMinutes: '15' }).extraMinutes).toBe(15);
    expect(extensionSchema.safeParse({ assignmentId: 'a1', userId: 'u1', extraMinutes: '601' }).success).toBe(false);
  });

  it('says what is wrong with minutes that are not whole, not a number, or none (not "Invalid input")', () => {
    const message = (extraMinutes: string) => extensionSchema.safeParse({ assignmentId: 'a1', userId: 'u1', extraMinutes }).error?.issues[0].message;
    expect(message('2.5')).toBe('Whole minutes, please.');
    expect(message('ten')).toBe('Enter a number of minutes.');
    expect(message('0')).toBe('At least 1 minute.');
    const limit = updateAssignmentSchema.safeParse(form({ timeLimitMinutes: '1.5' }));
    expect(limit.error!.issues.map((i) => `${String(i.path[0])}: ${i.message}`)).toEqual(['timeLimitMinutes: Whole minutes, please.']);
    expect(updateAssignmentSchema.parse(form({ timeLimitMinutes: ' 20 ' })).timeLimitMinutes).toBe(20);
  });
});
