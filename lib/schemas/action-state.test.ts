import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldErrorState } from './action-state';

const errorsFor = (schema: z.ZodType, input: unknown) => fieldErrorState(schema.safeParse(input).error!).fieldErrors;

describe('field errors a person reads', () => {
  const form = z.object({ kind: z.enum(['a', 'b']), name: z.string(), count: z.union([z.literal(''), z.coerce.number().int()]), note: z.string().max(3, 'Use at most 3 characters.') }).strict();

  it('keeps the schema\'s own messages and never shows zod\'s default wording', () => {
    const errors = errorsFor(form, { kind: 'c', count: '1.5', note: 'long', extra: 'x' })!;
    expect(errors.note).toEqual(['Use at most 3 characters.']);
    expect(errors.name).toEqual(['Fill in or choose this.']);
    expect(errors.kind).toEqual(['This value is not accepted here; check it.']);
    expect(errors.count).toEqual(['This value is not accepted here; check it.']);
    expect(errors.form).toEqual(['Unexpected field.']);
    expect(Object.values(errors).flat().join(' ')).not.toMatch(/\bInvalid\b|\bexpected\b|\breceived\b/);
  });
});
