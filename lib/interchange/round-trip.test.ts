// Property tests: any valid question in normal form survives export then import unchanged.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distinctAcceptedAnswers, normalizeAnswer } from '@/lib/grading';
import { exportGift } from './gift-export';
import { importGift } from './gift-import';
import { defaultQuestionName, exportMoodleXml } from './moodle-xml-export';
import { importMoodleXml } from './moodle-xml-import';
import type { InterchangeQuestion } from './schema';
import { NASTY } from './test-fixtures';
import { normalizeBlock, normalizeLine } from './text';

const SPECIAL = ['~', '=', '#', '{', '}', ':', '\\', '<', '>', '&', '"', "'", ']', '[', '%', '/', '-', '$', ' ', '\n', 'a', 'Z', '1', 'é', '🎉', '\u00A0'];

// Raw text mixes arbitrary Unicode, syntax-heavy strings and known-nasty samples.
const raw = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: fc.constantFrom(...SPECIAL), maxLength: 30 }),
  fc.constantFrom(...NASTY),
  fc.constantFrom('[html]x', '[plain]<b>', '%50%y', '// z', '::t::', 'T', 'FALSE', '####', ']]>', '&amp;', '<p>a</p>'),
);
const block = raw.map(normalizeBlock).filter((t) => t.length > 0);
const line = raw.map(normalizeLine).filter((t) => t.length > 0);
/** Lines sure to hold "->", which GIFT reads as a matching question unless escaped some other way. */
const arrowLine = fc.tuple(raw, raw).map(([a, b]) => normalizeLine(`${a}->${b}`));

const question: fc.Arbitrary<InterchangeQuestion> = fc
  .record({
    kind: fc.constantFrom('multiple_choice', 'true_false', 'short_answer'),
    prompt: block,
    choices: fc.uniqueArray(line, { minLength: 2, maxLength: 5 }),
    pick: fc.nat(),
    // "->" is in play: GIFT has no escape for it, so the exporter writes such keys as [html].
    // A key of punctuation alone is never right (lib/grading), so imports refuse it.
    answer: fc.oneof(line, arrowLine).filter((t) => normalizeAnswer(t) !== ''),
    others: fc.array(fc.oneof(line, arrowLine), { maxLength: 3 }),
    explanation: fc.option(block, { nil: '' }),
    title: fc.option(line, { nil: undefined }),
    isTrue: fc.boolean(),
  })
  .map(({ kind, prompt, choices, pick, answer, others, explanation, title, isTrue }): InterchangeQuestion => {
    const base = { prompt, explanation, ...(title !== undefined ? { title } : {}) };
    if (kind === 'multiple_choice') return { type: kind, choices, answer: choices[pick % choices.length], ...base };
    if (kind === 'true_false') return { type: kind, choices: ['True', 'False'], answer: isTrue ? 'true' : 'false', ...base };
    // Other accepted answers are kept as distinct as grading tells them apart.
    const accepted = distinctAcceptedAnswers(answer, others);
    return { type: 'short_answer', choices: [], answer, ...(accepted.length ? { accepted } : {}), ...base };
  })
  // Moodle XML reads a name equal to the derived default as "no title" (documented in the exporter).
  .filter((q) => q.title !== defaultQuestionName(q.prompt));

const questions = fc.array(question, { minLength: 1, maxLength: 4 });

describe('round trips (property)', () => {
  it('GIFT: import(export(questions)) equals questions', () => {
    fc.assert(
      fc.property(questions, (qs) => {
        expect(importGift(exportGift(qs)).questions).toEqual(qs);
      }),
      { numRuns: 150 },
    );
  });

  it('Moodle XML: import(export(questions)) equals questions', () => {
    fc.assert(
      fc.property(questions, (qs) => {
        expect(importMoodleXml(exportMoodleXml(qs)).questions).toEqual(qs);
      }),
      { numRuns: 150 },
    );
  });

  it('normal form is stable, so exports never drift on re-import', () => {
    fc.assert(
      fc.property(raw, (t) => {
        expect(normalizeBlock(normalizeBlock(t))).toBe(normalizeBlock(t));
        expect(normalizeLine(normalizeLine(t))).toBe(normalizeLine(t));
      }),
      { numRuns: 200 },
    );
  });
});
