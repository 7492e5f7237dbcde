import { describe, expect, it } from 'vitest';
import { isAnswerCorrect } from './grading';

describe('isAnswerCorrect for short answers', () => {
  it('forgives case, accents, surrounding punctuation and spacing', () => {
    expect(isAnswerCorrect('short_answer', '  jAMES   cook. ', 'James Cook')).toBe(true);
    expect(isAnswerCorrect('short_answer', 'Zurich', 'Zürich')).toBe(true);
    expect(isAnswerCorrect('short_answer', 'James Cooke', 'James Cook')).toBe(false);
  });

  it('takes a person’s surname alone, with its particles or without', () => {
    expect(isAnswerCorrect('short_answer', 'Cook', 'James Cook', 'person')).toBe(true);
    expect(isAnswerCorrect('short_answer', 'von Frisch', 'Karl von Frisch', 'person')).toBe(true);
    expect(isAnswerCorrect('short_answer', 'frisch', 'Karl von Frisch', 'person')).toBe(true);
  });

  it('does not take a first name, a part of a place or any part of a one-word answer', () => {
    expect(isAnswerCorrect('short_answer', 'James', 'James Cook', 'person')).toBe(false);
    expect(isAnswerCorrect('short_answer', 'York', 'New York', 'place')).toBe(false);
    expect(isAnswerCorrect('short_answer', 'Cook', 'James Cook')).toBe(false);
    expect(isAnswerCorrect('short_answer', '', 'Aristotle', 'person')).toBe(false);
    expect(isAnswerCorrect('short_answer', '.', 'James Cook', 'person')).toBe(false);
    // A generational suffix names nobody alone; the surname before it does.
    expect(isAnswerCorrect('short_answer', 'Jr', 'Martin Luther King Jr.', 'person')).toBe(false);
    expect(isAnswerCorrect('short_answer', 'King Jr', 'Martin Luther King Jr.', 'person')).toBe(false);
    expect(isAnswerCorrect('short_answer', 'King', 'Martin Luther King Jr.', 'person')).toBe(true);
    expect(isAnswerCorrect('short_answer', 'III', 'Charles III', 'person')).toBe(false);
  });

  it('compares choices exactly', () => {
    expect(isAnswerCorrect('multiple_choice', 'Paris', 'Paris')).toBe(true);
    expect(isAnswerCorrect('multiple_choice', 'paris', 'Paris')).toBe(false);
    expect(isAnswerCorrect('true_false', null, 'true')).toBe(false);
  });
});
