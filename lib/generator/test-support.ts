// Helpers the generator's tests share: what kind a name is read as, and how a sentence reads
// shortened. Test code only; the generator never imports it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from './analyze';
import { clozeCandidates } from './candidates/cloze';
import { piece, reductions } from './candidates/reduce';
import { buildPools } from './distractors';

/** The kind the article's analysis gives the entity named `name`, if any. */
export const kindOf = (text: string, name: string): string | undefined => [...analyze(text).entities.values()].find((e) => e.name === name)?.kind;

/** Sentence `k` (the first by default) of `text` as each of its shortened readings reads, spaces collapsed. */
export const readingsOf = (text: string, k = 0): string[] => {
  const a = analyze(text);
  const s = a.sentences[k];
  return reductions(a, k).map((r) => piece(a, s.start, s.end, r).trim().replace(/\s+/g, ' '));
};

/** A fixture article's body, its front matter left out. */
export const fixtureBody = (name: string): string => readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');

/** The wrong choices of every multiple-choice reading of `text` whose answer is `answer`. */
export const choicesFor = (text: string, answer: string): string[][] => {
  const a = analyze(text);
  return clozeCandidates(a, buildPools(a), 5)
    .filter((c) => c.type === 'multiple_choice' && c.answer === answer)
    .map((c) => c.choices.filter((x) => x !== answer));
};

/** Every stem of `text` whose answer is `answer` (`maxCount`: the most mentions of any name, as the generator passes it). */
export const stemsFor = (text: string, answer: string, maxCount = 5): string[] => {
  const a = analyze(text);
  return clozeCandidates(a, buildPools(a), maxCount).filter((c) => c.answer === answer).map((c) => c.prompt);
};
