import { describe, expect, it } from 'vitest';
import { createClassSchema, isJoinCode, joinClassSchema, normalizeJoinCode } from './classes';

describe('join codes', () => {
  it('ignore case, spaces and dashes', () => {
    expect(normalizeJoinCode(' abc-def ')).toBe('ABCDEF');
    expect(normalizeJoinCode('ab c\t-d e f')).toBe('ABCDEF');
    expect(joinClassSchema.parse({ code: 'hk7-m3q' })).toEqual({ code: 'HK7M3Q' });
  });

  it('refuse codes with ambiguous characters, the wrong length or nothing at all', () => {
    expect(isJoinCode('HK7M3Q')).toBe(true);
    expect(isJoinCode('HK7M30')).toBe(false); // 0 is not in the alphabet
    expect(isJoinCode('HK7M3')).toBe(false);
    expect(joinClassSchema.safeParse({ code: '' }).success).toBe(false);
    expect(joinClassSchema.safeParse({ code: '--' }).success).toBe(false);
    expect(joinClassSchema.safeParse({ code: 'x'.repeat(41) }).success).toBe(false);
    expect(joinClassSchema.safeParse({ code: 'HK7M3Q', classId: 'c1' }).success).toBe(false);
  });
});

describe('the new class form', () => {
  it('trims the name and caps it at 100 characters', () => {
    expect(createClassSchema.parse({ name: '  Year 9 Biology ' })).toEqual({ name: 'Year 9 Biology' });
    expect(createClassSchema.safeParse({ name: '   ' }).success).toBe(false);
    expect(createClassSchema.safeParse({ name: 'x'.repeat(101) }).success).toBe(false);
  });
});
