import { describe, expect, it } from 'vitest';
import { editReachNotice, editSavedNotice } from './edit-reach-text';

describe('editReachNotice (the edit page, before saving)', () => {
  it('says nothing when no assignment asks the question', () => {
    expect(editReachNotice({ unstarted: 0, started: 0, others: 0 })).toBeNull();
  });

  it('splits the teacher’s assignments into those that get the edit and those that keep their wording', () => {
    expect(editReachNotice({ unstarted: 1, started: 1, others: 0 })).toBe(
      '2 assignments in your classes ask this question. 1 that no student has started will get your edit; 1 already started keeps the wording its students saw. If a student starts that one before you save, it keeps its wording.',
    );
    expect(editReachNotice({ unstarted: 2, started: 3, others: 0 })).toBe(
      '5 assignments in your classes ask this question. 2 that no student has started will get your edit; 3 already started keep the wording their students saw. If a student starts one of them before you save, that one keeps its wording.',
    );
  });

  it('words one assignment, all unstarted, or all started plainly', () => {
    expect(editReachNotice({ unstarted: 1, started: 0, others: 0 })).toBe(
      'One assignment in your classes asks this question. No student has started it, so it will get your edit. If a student starts it before you save, it keeps its wording.',
    );
    expect(editReachNotice({ unstarted: 0, started: 1, others: 0 })).toBe(
      'One assignment in your classes asks this question. A student has started it, so it keeps the wording its students saw.',
    );
    expect(editReachNotice({ unstarted: 0, started: 2, others: 0 })).toBe(
      '2 assignments in your classes ask this question. Students have started each of them, so they keep the wording their students saw.',
    );
  });

  it('says other teachers’ assignments keep their wording', () => {
    expect(editReachNotice({ unstarted: 0, started: 0, others: 1 })).toBe(
      'An assignment in another teacher’s class asks this question; it keeps the wording it was given.',
    );
    expect(editReachNotice({ unstarted: 2, started: 0, others: 3 })).toBe(
      '2 assignments in your classes ask this question. No student has started them, so they will all get your edit. If a student starts one of them before you save, that one keeps its wording. 3 assignments in other teachers’ classes ask it too and keep the wording they were given.',
    );
  });
});

describe('editSavedNotice (the question bank, after saving)', () => {
  it('says how many assignments got the edit and how many kept their wording', () => {
    expect(editSavedNotice({ unstarted: 0, started: 0, others: 0 })).toBe('Saved as a new approved version, listed below.');
    expect(editSavedNotice({ unstarted: 1, started: 1, others: 0 })).toBe(
      'Saved as a new approved version, listed below. 1 assignment that no student had started now asks your edit. 1 assignment already started keeps the wording its students saw.',
    );
    expect(editSavedNotice({ unstarted: 2, started: 0, others: 1 })).toBe(
      'Saved as a new approved version, listed below. 2 assignments that no student had started now ask your edit. 1 assignment in another teacher’s class keeps the wording it was given.',
    );
    expect(editSavedNotice({ unstarted: 0, started: 2, others: 0 })).toBe(
      'Saved as a new approved version, listed below. No assignment got your edit. 2 assignments already started keep the wording their students saw.',
    );
  });
});
