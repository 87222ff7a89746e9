import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  adjustment,
  adjustmentWeights,
  cellKey,
  maxAdjustment,
  perturb,
} from '../../../../server/src/modules/reports/perturbation.js';

describe('cell-key perturbation', () => {
  it('the published table: 256 keys, symmetric, zero on average, exact 40 % of the time', () => {
    expect(adjustmentWeights.reduce((a, b) => a + b, 0)).toBe(256);
    expect([...adjustmentWeights].reverse()).toEqual(adjustmentWeights);
    for (const count of [11, 12, 50, 977]) {
      const seen = new Map<number, number>();
      for (let key = 0; key < 256; key++) {
        const d = adjustment(count, key);
        seen.set(d, (seen.get(d) ?? 0) + 1);
      }
      // Every count uses the whole table: each adjustment as often as its weight says.
      expect([-2, -1, 0, 1, 2].map((d) => seen.get(d) ?? 0)).toEqual(adjustmentWeights);
    }
  });

  it('a shown count is never below the threshold and never more than 2 from the truth', () => {
    fc.assert(
      fc.property(fc.integer({ min: 11, max: 100 }), fc.integer({ min: 0, max: 10_000 }), fc.nat(), (t, extra, key) => {
        const count = t + extra;
        const shown = perturb(count, key, t);
        expect(shown).toBeGreaterThanOrEqual(t);
        expect(Math.abs(shown - count)).toBeLessThanOrEqual(maxAdjustment);
      }),
    );
  });

  it('the same count and key always give the same number; the key is the record-key sum mod 256', () => {
    expect(cellKey(256 + 17)).toBe(17);
    expect(perturb(40, 300, 11)).toBe(perturb(40, 44, 11));
    // Two cells with the same key but different counts are not moved together.
    const moves = new Set(Array.from({ length: 20 }, (_, i) => adjustment(30 + i, 5)));
    expect(moves.size).toBeGreaterThan(1);
  });
});
