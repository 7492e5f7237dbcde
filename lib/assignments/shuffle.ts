// Per-attempt shuffling of questions and choices. The order is derived from the attempt's id,
// so it needs no storage, stays the same across reloads and instances, and the results page
// shows the order the student saw.
import { createHash } from 'node:crypto';

function seededRandom(seed: string): () => number {
  // mulberry32 seeded from the first 4 bytes of a SHA-256: small, fast, well distributed.
  let state = createHash('sha256').update(seed).digest().readUInt32LE(0);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Fisher–Yates shuffle determined by `seed`; the input is not changed. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const out = [...items];
  const random = seededRandom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export interface ShuffleSettings {
  shuffleQuestions: boolean;
  shuffleChoices: boolean;
}

/** Questions (and each question's choices) in the order this attempt shows them. */
export function orderForAttempt<Q extends { id: string; type: string; choices: C[] }, C>(
  attemptId: string,
  questions: readonly Q[],
  settings: ShuffleSettings | null,
): Q[] {
  if (!settings) return [...questions];
  const ordered = settings.shuffleQuestions ? seededShuffle(questions, `${attemptId}:questions`) : [...questions];
  if (!settings.shuffleChoices) return ordered;
  // True/false keeps True before False: shuffling two fixed words only confuses.
  return ordered.map((q) => (q.type === 'multiple_choice' ? { ...q, choices: seededShuffle(q.choices, `${attemptId}:${q.id}`) } : q));
}
