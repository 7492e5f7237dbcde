// Rules added with generator 1.21.19 (issue #3), from a teacher's reading of every tuning quiz: an
// amount is not cut from a noun or a preposition that needs it ("Patients were sent to _____, a
// drive.", "Mayor _____ cut the ribbon in front."), and one everyday word read as a place ("Local",
// "Sea", "Competition") is offered as no town. Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { generate } from './index';
import { fixtureBody, readingsOf } from './test-support';

describe('amount cuts', () => {
  it('keeps the amount a journey or "in front of" needs', () => {
    const drive = readingsOf('Patients were sent to Carlisle, a drive of almost three hours, until the new unit opened in 2009.');
    expect(drive.length).toBeGreaterThan(0);
    for (const r of drive) expect(r).not.toMatch(/a drive(?! of)/);
    const ribbon = readingsOf('Mayor Diane Kowalski cut the ribbon in front of 300 residents on Saturday morning.');
    for (const r of ribbon) expect(r).not.toMatch(/in front(?! of)/);
  });
});

describe('place choices', () => {
  it('offers no everyday word as a town', () => {
    for (const f of ['business-press-release-heat-pumps.md', 'business-ceramics-maker-sale.md', 'travel-river-expedition.md']) {
      for (const q of generate(fixtureBody(f), { count: 14 }).questions) {
        if (q.kind === 'place') expect(q.choices.filter((c) => /^(?:Local|Sea|Competition)$/.test(c))).toEqual([]);
      }
    }
  });
});
