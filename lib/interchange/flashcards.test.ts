import { describe, expect, it } from 'vitest';
import { exportAnki, exportQuizlet, questionsToCards } from './flashcard-export';
import { SAMPLE_QUESTIONS } from './test-fixtures';

const cards = [
  { front: 'Capital of France', back: 'Paris' },
  { front: 'Tab\there', back: 'Line one\nline "two"' },
  { front: '#hashtag first', back: '<b>not bold</b> & more' },
];

describe('Anki text export', () => {
  it('starts with the header lines Anki reads and writes one tab-separated row per card', () => {
    const lines = exportAnki(cards).split('\n');
    expect(lines.slice(0, 3)).toEqual(['#separator:tab', '#html:false', '#columns:Front\tBack']);
    expect(lines[3]).toBe('Capital of France\tParis');
  });

  it('quotes fields holding tabs, newlines, quotes or a leading #', () => {
    const text = exportAnki(cards);
    expect(text).toContain('"Tab\there"\t"Line one\nline ""two"""\n');
    expect(text).toContain('"#hashtag first"\t<b>not bold</b> & more\n');
  });
});

describe('Quizlet export', () => {
  it('writes term<TAB>definition, one card per line, with no tabs or newlines inside fields', () => {
    const lines = exportQuizlet(cards).trimEnd().split('\n');
    expect(lines).toEqual(['Capital of France\tParis', 'Tab here\tLine one / line "two"', '#hashtag first\t<b>not bold</b> & more']);
    for (const line of lines) expect(line.split('\t')).toHaveLength(2);
  });
});

describe('questions as cards', () => {
  it('lists multiple-choice options on the front and puts answer and explanation on the back', () => {
    const [mc, tf, , sa] = questionsToCards(SAMPLE_QUESTIONS);
    expect(mc).toEqual({
      front: 'Which river flows through Paris?\na) The Seine\nb) The Thames\nc) The Danube\nd) The Rhine',
      back: 'The Seine\n\nParis lies on the Seine.',
    });
    expect(tf.back).toBe('True');
    expect(sa.back).toBe('Shakespeare\n\nWilliam Shakespeare, around 1600.');
    expect(exportQuizlet(questionsToCards(SAMPLE_QUESTIONS)).split('\n')[0]).toBe(
      'Which river flows through Paris? / a) The Seine / b) The Thames / c) The Danube / d) The Rhine\tThe Seine / Paris lies on the Seine.',
    );
  });
});
