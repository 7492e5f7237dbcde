import { describe, expect, it } from 'vitest';
import { cardKeySchema, gradeCardSchema, studySettingsSchema } from './study';

describe('study input', () => {
  it('takes desired retention in whole percent between 70 and 97', () => {
    expect(studySettingsSchema.parse({ retentionPercent: '85' })).toEqual({ retentionPercent: 85 });
    for (const bad of ['69', '98', '0.9', 'ninety', '']) expect(studySettingsSchema.safeParse({ retentionPercent: bad }).success).toBe(false);
    // An empty box asks for a number; it is not read as 0 ("at least 70").
    expect(studySettingsSchema.safeParse({ retentionPercent: ' ' }).error?.issues[0].message).toBe('Enter a whole number from 70 to 97.');
  });

  it('accepts only grades 1–4 on a well-formed card key, and no extra fields', () => {
    const ok = { slug: 'a', cardKey: 'f:abc123', version: '2', rating: '3' };
    expect(gradeCardSchema.parse(ok)).toEqual({ slug: 'a', cardKey: 'f:abc123', version: 2, rating: 3 });
    expect(gradeCardSchema.safeParse({ ...ok, rating: '5' }).success).toBe(false);
    expect(gradeCardSchema.safeParse({ ...ok, userId: 'x' }).success).toBe(false);
    expect(cardKeySchema.safeParse('x:abc').success).toBe(false);
    expect(cardKeySchema.safeParse("q:abc' OR 1=1").success).toBe(false);
  });
});
