// Generator 1.21.9 (issue #3), from reading the tuning quizzes: "Hannah Crewe, a schoolteacher from
// the market town of Ashby Fold" was read as a place (the appositive's head was taken after
// "from"), and once a person, her name could only be hidden as "kept by her, a schoolteacher …,".
// 1.21.17: an appositive cut before "according to" took the comma that sets the attribution off
// ("the town's annual Lantern Walk according to organisers"). Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { kindOf, readingsOf } from './test-support';

describe('appositives', () => {
  const diary = 'The diary was kept by Hannah Crewe, a twenty-two-year-old schoolteacher from the market town of Ashby Fold, during her voyage to South Australia.';

  it('takes the head of "a schoolteacher from the market town of …" before "from"', () => {
    expect(kindOf(diary, 'Hannah Crewe')).toBe('person');
  });

  it('lets the appositive stand in for a name inside the sentence', () => {
    expect(readingsOf(diary)).toContain('The diary was kept by a twenty-two-year-old schoolteacher from the market town of Ashby Fold during her voyage to South Australia.');
  });

  it('keeps the comma before a closing attribution when an appositive before it is cut', () => {
    const readings = readingsOf("More than 18,000 people packed the streets of Brackenford on Saturday for the town's annual Lantern Walk, the biggest crowd in its 26-year history, according to organisers.");
    expect(readings).toContain("More than 18,000 people packed the streets of Brackenford on Saturday for the town's annual Lantern Walk, according to organisers.");
    expect(readings.filter((r) => r.includes('Walk according'))).toEqual([]);
  });
});
