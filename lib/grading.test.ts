import { describe, expect, it } from 'vitest';
import { acceptedForms, distinctAcceptedAnswers, isAnswerCorrect } from './grading';

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

describe('short answers with other accepted answers', () => {
  const key = ['the United Nations Educational, Scientific and Cultural Organization', 'UNESCO'];

  it('accepts the answer or any other accepted answer, with the same forgiveness', () => {
    expect(isAnswerCorrect('short_answer', 'unesco.', key)).toBe(true);
    expect(isAnswerCorrect('short_answer', 'The United Nations Educational, Scientific and Cultural Organization', key)).toBe(true);
    expect(isAnswerCorrect('short_answer', 'UNICEF', key)).toBe(false);
    expect(isAnswerCorrect('short_answer', '', key)).toBe(false);
    // A key of one answer grades as the answer alone.
    expect(isAnswerCorrect('short_answer', '1981', ['1981'])).toBe(true);
    expect(isAnswerCorrect('short_answer', '1982', ['1981'])).toBe(false);
  });

  it('applies the surname rule to every accepted answer of a person', () => {
    const cook = ['James Cook', 'Captain Cook', 'Lieutenant James Cook'];
    expect(isAnswerCorrect('short_answer', 'Cook', cook, 'person')).toBe(true);
    expect(isAnswerCorrect('short_answer', 'captain cook', cook, 'person')).toBe(true);
    expect(isAnswerCorrect('short_answer', 'James Cook', cook, 'person')).toBe(true);
    expect(isAnswerCorrect('short_answer', 'Captain', cook, 'person')).toBe(false);
    expect(isAnswerCorrect('short_answer', 'Cook', cook, 'organization')).toBe(false);
  });

  it('grades other types against the first answer only', () => {
    expect(isAnswerCorrect('multiple_choice', 'Paris', ['Paris', 'Lyon'])).toBe(true);
    expect(isAnswerCorrect('multiple_choice', 'Lyon', ['Paris', 'Lyon'])).toBe(false);
    expect(isAnswerCorrect('true_false', 'false', ['true', 'false'])).toBe(false);
  });

  it('lists the accepted forms, answer first', () => {
    expect(acceptedForms(['Karl von Frisch', 'K. v. Frisch'], 'person')).toEqual(['karl von frisch', 'von frisch', 'frisch', 'k. v. frisch', 'v. frisch']);
    expect(acceptedForms(['New York', 'NYC'], 'place')).toEqual(['new york', 'nyc']);
  });

  it('keeps only other answers that grading would not already accept', () => {
    expect(distinctAcceptedAnswers('UNESCO', ['  unesco. ', '', ' United Nations Educational ', 'united nations educational', 'Unesco HQ'])).toEqual([
      'United Nations Educational',
      'Unesco HQ',
    ]);
  });
});

describe('punctuation alone is no answer', () => {
  it('neither accepts punctuation typed nor keeps an accepted answer of punctuation alone', () => {
    // A teacher's line of "—" (or an imported Moodle "*") would otherwise accept "?" as right.
    expect(distinctAcceptedAnswers('Paris', ['—', '...', '*', 'Lutetia'])).toEqual(['Lutetia']);
    expect(isAnswerCorrect('short_answer', '?', ['Paris', '-'])).toBe(false);
    expect(isAnswerCorrect('short_answer', '.', 'Paris')).toBe(false);
    expect(acceptedForms(['Paris', '—'])).toEqual(['paris']);
    expect(isAnswerCorrect('short_answer', 'paris!', ['Paris', '-'])).toBe(true);
  });
});
