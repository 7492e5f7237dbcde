// Limits and fixed choices shared by forms in the browser and the zod schemas on the server. Kept free of zod so a
// student page that needs a number does not ship the schema library (about 30 KB gzip).
export const MAX_ANSWER_LENGTH = 300;
export const MAX_TYPED_LENGTH = 300;
export const MIN_RETENTION = 0.7;
export const MAX_RETENTION = 0.97;

/** ts-fsrs Rating: 1 Again, 2 Hard, 3 Good, 4 Easy. */
export const RATINGS = [
  { value: 1, label: 'Again' },
  { value: 2, label: 'Hard' },
  { value: 3, label: 'Good' },
  { value: 4, label: 'Easy' },
] as const;
export type RatingValue = 1 | 2 | 3 | 4;
