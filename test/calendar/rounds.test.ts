import { describe, expect, it } from 'vitest';
import { evaluationRounds, nextEvaluationRound } from '../../src/index.js';

describe('evaluationRounds (26/2026 Điều 5)', () => {
  it('gives the four fixed rounds of a year, "trước ngày" read as exclusive', () => {
    expect(evaluationRounds(2026).map((r) => [r.level, r.round, r.proposalsBy, r.heldBy])).toEqual([
      ['province', 1, '2026-04-29', '2026-06-29'],
      ['province', 2, '2026-10-29', '2026-12-29'],
      ['central', 1, '2026-07-29', '2026-09-29'],
      ['central', 2, '2027-01-29', '2027-03-29'],
    ]);
    expect(evaluationRounds(2026)[0]?.reference).toMatch(/Điều 5/);
  });

  it('has no rounds under the older rule sets', () => {
    expect(() => evaluationRounds(2024, 'qd148-2023')).toThrow(
      expect.objectContaining({ code: 'rounds_not_available' }),
    );
    expect(() => evaluationRounds(2026.5)).toThrow(expect.objectContaining({ code: 'invalid_date' }));
  });
});

describe('nextEvaluationRound', () => {
  it.each([
    ['2026-05-22', 'province', 'province', 2, 2026],
    ['2026-10-29', 'province', 'province', 2, 2026],
    ['2026-10-30', 'province', 'province', 1, 2027],
    ['2026-07-29', 'central', 'central', 1, 2026],
    ['2026-07-30', 'central', 'central', 2, 2026],
    ['2027-01-29', 'central', 'central', 2, 2026],
    ['2027-01-30', 'central', 'central', 1, 2027],
  ] as const)('proposed %s at %s level → %s round %i of %i', (proposedOn, level, expectedLevel, round, year) => {
    expect(nextEvaluationRound(proposedOn, { level })).toMatchObject({ level: expectedLevel, round, year });
  });

  it('throws before 26/2026, which introduced fixed rounds', () => {
    expect(() => nextEvaluationRound('2026-05-21', { level: 'province' })).toThrow(
      expect.objectContaining({ code: 'rounds_not_available' }),
    );
  });
});
