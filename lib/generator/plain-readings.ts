// Last look at a chosen quiz: a stem that puts a plain description in place of another fact of
// its sentence ("It now employs many bakers and sells bread in _____", "He grows apples on
// _____") does so only so that fact can be asked as well. Where no question of the quiz asks it,
// the description says less than the article for nothing ("Pre-tax profit reached tens of
// millions of pounds, up from tens of millions of pounds …"), so the question is asked the way
// of its readings that describes least, when that reading gives nothing away to the rest.
import type { Candidate } from './candidates/candidate';

/** How much a reading blurs its sentence: plain descriptions put in place of its other facts (a pronoun for a name counts 3). */
export const vagueness = (c: Candidate): number => c.vague ?? 0;
/** Readings that ask the same thing the same way: one answer, type and sentence. */
export const readingKey = (c: Candidate): string => `${c.type}|${c.sentence}|${c.answer}`;

/**
 * Replaces, in place, each chosen question that has plain descriptions by the reading of the same
 * answer, type and sentence that has the fewest, the strongest of those, when it conflicts with no
 * other chosen question. `pool` is sorted strongest first. It writes to the quiz's own list, after
 * the selection's indexes are done with: nothing reads them once this has run.
 */
export function sayPlainly(chosen: Candidate[], pool: Candidate[], conflictOf: (x: Candidate, y: Candidate) => boolean): void {
  const wanted = new Set(chosen.filter((c) => vagueness(c) > 0).map(readingKey));
  if (!wanted.size) return;
  const readings = new Map<string, Candidate[]>();
  for (const c of pool) {
    const key = readingKey(c);
    if (!wanted.has(key)) continue;
    const list = readings.get(key);
    if (list) list.push(c);
    else readings.set(key, [c]);
  }
  chosen.forEach((c, i) => {
    if (vagueness(c) === 0) return;
    let best: Candidate | null = null;
    for (const alt of readings.get(readingKey(c)) ?? []) {
      // Strongest first: a later reading replaces the best found only by describing less.
      if (vagueness(alt) >= (best ? vagueness(best) : vagueness(c))) continue;
      if (chosen.some((o, j) => j !== i && conflictOf(alt, o))) continue;
      best = alt;
    }
    if (best) chosen[i] = best;
  });
}
